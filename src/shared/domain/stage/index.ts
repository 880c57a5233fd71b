export { Stage, StageJoin, StageTimer, STAGE_LIMITS, type StageKind } from './stageSchema';
export { cueList, cueKey, type Cue, type CueEntry } from './cues';
export { deriveStage, roundVoters, AUDIENCE_BOARD_SIZE, type StageOptions } from './deriveStage';
export { notesKey, speakerNote, setSpeakerNote } from './speakerNotes';
