/** The 1–5 scale in words: a number alone means different things to different people. */
export const SCALE_WORDS = ['Not at all', 'A little', 'Partly', 'Mostly', 'Completely'] as const;

/** The agreement label as the room reads it. */
export const LABEL_WORDS = {
  aligned: 'Aligned',
  mixed: 'Mixed',
  split: 'Split',
  'too few answers': 'Too few answers',
} as const;
