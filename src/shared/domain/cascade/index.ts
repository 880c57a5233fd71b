/** The cascade from company priorities to department objectives, and what to look at in it. */
export { CASCADE_LIMITS, Cascade, Contribution, Department } from './cascadeSchema';
export {
  cascadeFlags,
  FLAG_KINDS,
  type CascadeFlag,
  type CascadeInput,
  type FlagKind,
  type FlagTarget,
} from './flags';
export {
  addContribution,
  addDepartment,
  cascadeWithoutPriority,
  CascadeError,
  editContribution,
  linkPriority,
  removeContribution,
  removeDepartment,
  renameDepartment,
  setDepartmentCapacity,
  unlinkPriority,
  type ContributionPatch,
} from './cascadeEdits';
export { departmentBrief } from './departmentBrief';
