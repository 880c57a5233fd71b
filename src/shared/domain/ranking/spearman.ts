/**
 * Spearman's ρ between two rankings given as mid-ranks: the Pearson correlation of
 * the ranks, which is the tie-aware form. Null when either ranking ties every item
 * (there is no order to correlate).
 */
export function spearmanRho(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (saa <= 1e-12 || sbb <= 1e-12) return null;
  return sab / Math.sqrt(saa * sbb);
}

/**
 * Mean ρ over all pairs of raters. Without ties it equals (mW − 1)/(m − 1) (Kendall
 * 1948), which the tests check; pairs involving an all-tied ranking are left out.
 */
export function meanSpearman(rows: ReadonlyArray<ArrayLike<number>>): { mean: number | null; pairs: number } {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const rho = spearmanRho(rows[i]!, rows[j]!);
      if (rho === null) continue;
      total += rho;
      pairs++;
    }
  }
  return { mean: pairs === 0 ? null : total / pairs, pairs };
}
