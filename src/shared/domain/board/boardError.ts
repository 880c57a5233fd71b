/** A board edit that was refused; the message is for the person who tried it. */
export class BoardError extends Error {
  override name = 'BoardError';
}
