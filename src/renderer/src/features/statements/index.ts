import '../../ui/checkScreens.css';
import './statements.css';
export { StatementSection } from './StatementSection';
export { statementView, useStatementView } from './store';
