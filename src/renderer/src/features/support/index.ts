import '../../ui/checkScreens.css';
import './support.css';
export { SupportSection } from './SupportSection';
export { supportView, useSupportView } from './store';
