export { nextQuarter, SeriesError, type NextQuarter, type NextQuarterInput } from './nextQuarter';
export {
  activeSuccessDefinition,
  setSuccessDefinition,
  clearSuccessDefinition,
  setAgreedMessages,
  gradeCommitment,
  gradePreviousSuccess,
  repointPrevious,
  SeriesEditError,
} from './seriesEdits';
