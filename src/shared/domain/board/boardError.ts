import { DomainError } from '../domainError';

/** A board edit that was refused; the message is for the person who tried it. */
export class BoardError extends DomainError {
  override name = 'BoardError';

  constructor(message: string) {
    super('BOARD_REFUSED', message);
  }
}
