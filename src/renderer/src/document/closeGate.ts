/**
 * What must be asked before the open workspace closes (the parking lot's untriaged items):
 * a feature registers the question, every way of closing (← Home, Close workspace, New,
 * Open) asks it through `documentActions.close`, and "stay" keeps the workspace open.
 */
export type CloseAnswer = 'close' | 'stay';
type Gate = () => Promise<CloseAnswer>;

const noQuestion: Gate = () => Promise.resolve('close');
let gate: Gate = noQuestion;

/** Registers the question; the returned function takes it away again. */
export function setCloseGate(ask: Gate): () => void {
  gate = ask;
  return () => {
    if (gate === ask) gate = noQuestion;
  };
}

export function askBeforeClosing(): Promise<CloseAnswer> {
  return gate();
}
