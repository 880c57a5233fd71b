/**
 * The heatmap's colours: orange for little support, white for the middle of the scale, purple
 * for full support (ColorBrewer's PuOr, readable by the common colour blindnesses). Every cell
 * also prints its number: the colour only helps the eye find the extremes.
 */
const STOPS: ReadonlyArray<readonly [number, number, number]> = [
  [179, 88, 6], // 1
  [241, 163, 64], // 2
  [247, 247, 247], // 3
  [153, 142, 195], // 4
  [84, 39, 136], // 5
];

export function supportColour(mean: number): string {
  const at = Math.min(4, Math.max(0, mean - 1));
  const low = Math.floor(at);
  const high = Math.min(4, low + 1);
  const t = at - low;
  const [r, g, b] = STOPS[low]!.map((c, i) => Math.round(c + (STOPS[high]![i]! - c) * t));
  return `rgb(${r}, ${g}, ${b})`;
}

/**
 * White type on the darkest ends of the scale, dark type elsewhere: each keeps a contrast of
 * 4.5:1 or more (the orange at 1.5 reads 5.7:1 with dark type, 3:1 with white).
 */
export function supportInk(mean: number): 'light' | 'dark' {
  return mean < 1.25 || mean >= 4.4 ? 'light' : 'dark';
}
