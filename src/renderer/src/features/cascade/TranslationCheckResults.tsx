import type { Workspace } from '../../../../shared/domain/workspace';
import type { TranslationCheck } from '../../../../shared/domain/translation';
import { tauBInWords, translationCheckResults } from '../../../../shared/domain/translation';

/**
 * Each department's reading of the priorities next to the leadership's: a table of the
 * numbers with their meaning in words, and a heatmap of the gaps, department by priority.
 * Every cell carries its number; the shade only repeats its size.
 */
const place = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** "+1.5" when the department puts it lower, "−1.0" when higher, "0" when in the same place. */
export function signedGap(gap: number): string {
  const rounded = Math.round(gap * 10) / 10;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`;
}

/** τ-b with a true minus sign, as the heatmap writes its numbers. */
const signed = (n: number) => (n < 0 ? `−${Math.abs(n).toFixed(2)}` : n.toFixed(2));

export function TranslationCheckResults({
  workspace,
  check,
}: {
  workspace: Workspace;
  check: TranslationCheck;
}) {
  const results = translationCheckResults(workspace, check);
  if (!results) {
    return (
      <p className="muted">
        No results to show: this check has no revealed leadership round to compare the departments with.
      </p>
    );
  }
  const title = (id: string) => workspace.priorities.find((p) => p.id === id)?.title ?? id;
  const maxGap = Math.max(
    1,
    ...results.heatmap.rows.flatMap((r) => r.gaps.map((g) => (g === null ? 0 : Math.abs(g)))),
  );
  const nameOf = (id: string) => results.departments.find((d) => d.departmentId === id)?.name ?? id;
  return (
    <div className="translation-results">
      <h4>How each department reads the priorities</h4>
      <div className="translation-table-wrap">
        <table className="translation-table">
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col">Replies</th>
              <th scope="col">Against the leadership (τ-b)</th>
              <th scope="col">Top 3 shared</th>
              <th scope="col">Agreement within (W)</th>
              <th scope="col">Read differently</th>
            </tr>
          </thead>
          <tbody>
            {results.departments.map((d) => (
              <tr key={d.departmentId} aria-label={`Results for ${d.name}`}>
                <th scope="row">{d.name}</th>
                <td>{d.respondents}</td>
                <td>{d.tauB === null ? '—' : `${signed(d.tauB)}: ${tauBInWords(d.tauB)}`}</td>
                <td>{d.topOverlap ? `${d.topOverlap.shared.length} of ${d.topOverlap.k}` : '—'}</td>
                <td>{d.withinW === null ? '—' : d.withinW.toFixed(2)}</td>
                <td>
                  {d.readDifferently.length === 0
                    ? '—'
                    : d.readDifferently
                        .map(
                          (g) =>
                            `“${title(g.priorityId)}” place ${place(g.departmentPlace)} (leadership: ${place(g.leadershipPlace)})`,
                        )
                        .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="translation-summaries">
        {results.departments.map((d) => (
          <li key={d.departmentId}>{d.summary}</li>
        ))}
      </ul>
      <h4 id="translation-heatmap-title">Places away from the leadership’s order</h4>
      <p className="muted translation-legend">
        “+2.0” means the department puts the priority two places lower than the leadership does, “−2.0” two
        places higher; “—” means no one from the department has replied. Darker cells are further away.
      </p>
      <div className="translation-table-wrap">
        <table className="translation-heatmap" aria-labelledby="translation-heatmap-title">
          <thead>
            <tr>
              <th scope="col">Department</th>
              {results.heatmap.priorityIds.map((id) => (
                <th scope="col" key={id}>
                  {title(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.heatmap.rows.map((row) => (
              <tr key={row.departmentId}>
                <th scope="row">{nameOf(row.departmentId)}</th>
                {row.gaps.map((gap, i) => {
                  const id = results.heatmap.priorityIds[i]!;
                  if (gap === null) {
                    return (
                      <td key={id} className="gap-cell is-empty" title="No one has replied">
                        —
                      </td>
                    );
                  }
                  const strength = Math.min(1, Math.abs(gap) / maxGap);
                  const side = gap > 0 ? 'lower' : 'higher';
                  return (
                    <td
                      key={id}
                      className={['gap-cell', strength >= 0.6 ? 'is-strong' : ''].filter(Boolean).join(' ')}
                      style={{ ['--gap-strength' as string]: strength.toFixed(2) }}
                      title={
                        Math.abs(gap) < 0.05
                          ? `${nameOf(row.departmentId)} puts “${title(id)}” where the leadership does`
                          : `${nameOf(row.departmentId)} puts “${title(id)}” ${place(Math.abs(Math.round(gap * 10) / 10))} places ${side} than the leadership`
                      }
                    >
                      {signedGap(gap)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
