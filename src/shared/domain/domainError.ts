/**
 * The one way a domain operation refuses: a DomainError with a code (for the program)
 * and a message (for the person who tried, in the words of the screen, saying what to do).
 * Operations on a workspace throw it; reading outside text (a file, a CSV, a pasted
 * template) returns a result instead, because there a refusal is an expected answer.
 * BoardError, RoundError and RankingInputError are its kinds, so a screen catches one
 * class: `isDomainError`. Anything else thrown is a bug, and is left to surface.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
