import type { SupportMatrix } from '../../../../shared/domain/alignment/supportMatrix';
import type { SupportCheck } from '../../../../shared/domain/workspace/supportCheckSchema';
import { supportColour, supportInk } from './heatmapColour';
import { SUPPORT_WORDS } from './scale';
import { pairKey } from './pairKey';

/**
 * Rows are the departments giving support, columns those receiving it, whose executives gave
 * the rating. Each cell prints its mean and how many rated it; the colour repeats the number.
 * It is asymmetric on purpose: Sales → Finance and Finance → Sales are two different cells.
 */
export function SupportHeatmap({
  check,
  matrix,
  linked,
  onLink,
}: {
  check: SupportCheck;
  matrix: SupportMatrix;
  linked: string | null;
  onLink: (key: string | null) => void;
}) {
  const cells = new Map(matrix.cells.map((c) => [`${c.from}\u0000${c.to}`, c]));
  const departments = check.departments;
  return (
    <figure className="support-heatmap-figure">
      <table className="support-heatmap">
        <caption>
          Each row’s department <strong>gives support →</strong> to each column’s department,{' '}
          <strong>as rated by</strong> the column’s executives: mean of 1 (No support) to 5 (Full support), n
          = how many rated.
        </caption>
        <colgroup>
          <col className="support-col-giver" />
        </colgroup>
        <thead>
          <tr>
            <td className="support-corner" />
            <th scope="colgroup" colSpan={departments.length} className="support-axis">
              as rated by ↓ (the department receiving the support)
            </th>
          </tr>
          <tr>
            <th scope="col" className="support-axis support-axis-rows">
              gives support →
            </th>
            {departments.map((d) => (
              <th key={d} scope="col" className="support-receiver">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {departments.map((giver) => (
            <tr key={giver}>
              <th scope="row" className="support-giver">
                {giver}
              </th>
              {departments.map((receiver) => {
                if (giver === receiver)
                  return (
                    <td
                      key={receiver}
                      className="support-cell support-self"
                      aria-label="Own department: not rated"
                    >
                      —
                    </td>
                  );
                const cell = cells.get(`${giver}\u0000${receiver}`);
                const key = pairKey(giver, receiver);
                const on = linked === key;
                const link = {
                  tabIndex: 0,
                  onMouseEnter: () => onLink(key),
                  onMouseLeave: () => onLink(null),
                  onFocus: () => onLink(key),
                  onBlur: () => onLink(null),
                };
                if (!cell)
                  return (
                    <td
                      key={receiver}
                      {...link}
                      className={`support-cell support-empty${on ? ' support-cell-linked' : ''}`}
                      aria-label={`${giver} gives ${receiver}: no rating`}
                    >
                      no rating
                    </td>
                  );
                const mean = cell.mean.toFixed(1);
                return (
                  <td
                    key={receiver}
                    {...link}
                    data-from={giver}
                    data-to={receiver}
                    className={`support-cell support-ink-${supportInk(cell.mean)}${on ? ' support-cell-linked' : ''}`}
                    style={{ background: supportColour(cell.mean) }}
                    aria-label={`${giver} gives ${receiver} ${mean} out of 5, as ${cell.n} from ${receiver} rated it`}
                  >
                    <span className="support-mean">{mean}</span>
                    <span className="support-n">n = {cell.n}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="support-key" aria-label="Colour key">
        {SUPPORT_WORDS.map((word, i) => (
          <li key={word}>
            <span
              className={`support-swatch support-ink-${supportInk(i + 1)}`}
              style={{ background: supportColour(i + 1) }}
            >
              {i + 1}
            </span>
            {word}
          </li>
        ))}
      </ol>
    </figure>
  );
}
