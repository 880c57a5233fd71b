import './decisions.css';
export { DecisionLogView } from './DecisionLogView';
export { decisionLogView, useDecisionLog } from './store';
