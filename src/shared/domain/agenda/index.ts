export { replanDay, fitSegment, type PlanBlock, type PlannedBlock, type Replan } from './replan';
