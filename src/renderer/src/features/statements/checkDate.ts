import type { StatementCheck } from '../../../../shared/domain/workspace/statementCheckSchema';

/** "Check of 6 December 2026": the day the room wrote and agreed, in the reader's language. */
export function checkDate(check: Pick<StatementCheck, 'createdAt'>): string {
  const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(check.createdAt));
  return `Check of ${day}`;
}
