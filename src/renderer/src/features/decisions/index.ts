export { DecisionLogView } from './DecisionLogView';
export { decisionLogView, useDecisionLog } from './store';
