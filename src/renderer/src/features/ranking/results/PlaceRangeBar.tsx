/**
 * A strip over places 1…count: the band spans the places the item could take, the dot
 * sits at its average place. Same drawing as the deck's, so a row never contradicts its dot.
 */
export function PlaceRangeBar({
  first,
  last,
  mean,
  count,
}: {
  first: number;
  last: number;
  mean: number;
  count: number;
}) {
  const at = (place: number) => (count <= 1 ? 50 : ((place - 1) / (count - 1)) * 100);
  return (
    <span className="range-bar" aria-hidden="true">
      <span className="range-band" style={{ left: `${at(first)}%`, width: `${at(last) - at(first)}%` }} />
      <span className="range-dot" style={{ left: `${at(mean)}%` }} />
    </span>
  );
}
