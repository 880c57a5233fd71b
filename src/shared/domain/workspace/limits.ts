/**
 * The workspace's text and list limits, and the horizons a priority (or a department's
 * objective) can be on. Their own module, so the cascade's schema can read them while the
 * workspace schema reads the cascade's.
 */
export const LIMITS = {
  id: 64,
  name: 200,
  shortText: 120,
  longText: 4000,
  period: 40,
  participants: 200,
  priorities: 5000,
  links: 20000,
  rounds: 100,
  speakerNotes: 1000,
} as const;

export const HORIZONS = ['now', 'next', 'later'] as const;
