import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

/**
 * Bundles a peer page's entry source (production build, minified, like our renderer)
 * and writes its files into `dir` as `<name>.js` (and `<name>.css` when it imports CSS).
 * Peer pages are generated in code, so the entry is a virtual module.
 */
export async function bundlePage(dir: string, name: string, entrySource: string): Promise<string[]> {
  const id = `virtual:${name}`;
  const resolved = `\0${name}.js`;
  const virtual: Plugin = {
    name: `${name}-entry`,
    resolveId: (source) => (source === id ? resolved : null),
    load: (source) => (source === resolved ? entrySource : null),
  };
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve('.'),
    plugins: [virtual],
    build: {
      write: false,
      minify: true,
      cssCodeSplit: false,
      rolldownOptions: {
        input: id,
        output: { format: 'es', entryFileNames: `${name}.js`, assetFileNames: `${name}[extname]` },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const files = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  for (const file of files) {
    await writeFile(join(dir, file.fileName), file.type === 'chunk' ? file.code : file.source);
  }
  return files.map((f) => f.fileName);
}
