import './decisions.css';
export { decisionLogView, useDecisionLog } from './store';
