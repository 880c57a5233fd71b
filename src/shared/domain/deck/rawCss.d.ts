/** Vite (and vitest) hand a `?raw` import over as the file's text. */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
