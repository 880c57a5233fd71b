/** The support scale's words, 1 to 5, on the private screen and in the heatmap's key. */
export const SUPPORT_WORDS = ['No support', 'Little', 'Some', 'Good', 'Full support'] as const;
