/** The same-message and success checks: edits, and the reveal derived from the drafts. */
export * from './statementEdits';
export * from './statementViews';
