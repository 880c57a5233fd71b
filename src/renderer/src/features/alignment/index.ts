import '../../ui/checkScreens.css';
import './alignment.css';
export { CheckpointSection } from './CheckpointSection';
export { checkpointView, useCheckpointView } from './store';
export { CheckpointStageCard } from './CheckpointStageCard';
export { OpenCheckpointButton } from './OpenCheckpointButton';
