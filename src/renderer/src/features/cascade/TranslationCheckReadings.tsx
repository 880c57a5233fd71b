import { BUILT_IN_CHECKPOINT_QUESTIONS, LABEL_WORDS } from '../../../../shared/domain/alignment';
import { departmentReadings, type TranslationCheck } from '../../../../shared/domain/translation';
import type { Workspace } from '../../../../shared/domain/workspace';

/**
 * The checkpoint questions a translation check asked after the ranking: per question, the
 * leadership's answers beside each department's — the median large, how many gave each score
 * under it, and a sentence for every gap of a point or more. Comments are listed per
 * department without names, as the checkpoint lists them.
 */

/** What a new check asks: the leadership's latest checkpoint's questions, so every answer has a match. */
export function questionsToAsk(w: Workspace): ReadonlyArray<{ id: string; wording: string }> {
  return w.checkpoints.at(-1)?.questions ?? BUILT_IN_CHECKPOINT_QUESTIONS;
}

const median = (m: number | null) => (m === null ? '—' : Number.isInteger(m) ? String(m) : m.toFixed(1));

function Cell({
  result,
}: {
  result: { median: number | null; n: number; counts: readonly number[] } | null;
}) {
  if (!result || result.n === 0) return <td className="reading-cell is-empty">no scores</td>;
  return (
    <td className="reading-cell">
      <span className="reading-median">{median(result.median)}</span>
      <span className="reading-counts">
        n {result.n} · {result.counts.map((c, i) => `${i + 1}:${c}`).join(' ')}
      </span>
    </td>
  );
}

export function TranslationCheckReadings({
  workspace,
  check,
}: {
  workspace: Workspace;
  check: TranslationCheck;
}) {
  if (check.questions.length === 0) return null;
  const readings = departmentReadings(workspace, check);
  const answered = readings.filter((d) => d.respondents > 0);
  const gaps = answered.flatMap((d) =>
    d.questions.filter((q) => q.medianGap !== null && Math.abs(q.medianGap) >= 1).map((q) => q.words),
  );
  return (
    <section className="translation-readings" aria-label="The checkpoint questions, by department">
      <h4>The checkpoint questions, by department</h4>
      {answered.length === 0 ? (
        <p className="muted">No department has answered yet: the questions come after the ranking.</p>
      ) : (
        <>
          <table className="translation-readings-table">
            <caption className="muted">
              Median answer, 1 Not at all … 5 Completely; under it how many answered and how many gave each
              score.
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Leadership</th>
                {answered.map((d) => (
                  <th scope="col" key={d.departmentId}>
                    {d.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {check.questions.map((question) => {
                const cells = answered.map((d) => d.questions.find((q) => q.questionId === question.id)!);
                const leadership = cells[0]?.leadership ?? null;
                return (
                  <tr key={question.id}>
                    <th scope="row">{question.wording}</th>
                    <Cell result={leadership} />
                    {cells.map((q, i) => (
                      <Cell key={answered[i]!.departmentId} result={q.department} />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {gaps.length > 0 ? (
            <ul className="translation-reading-gaps" aria-label="Read differently from the leadership">
              {gaps.map((words) => (
                <li key={words}>{words}</li>
              ))}
            </ul>
          ) : (
            <p>Every department answered within a point of the leadership on every question.</p>
          )}
          {answered.map((d) => {
            const comments = d.questions.flatMap((q) =>
              q.department.comments.map((c) => `${q.wording.replace(/\?$/, '')}: ${c}`),
            );
            const agreement = d.questions
              .filter((q) => q.department.label !== 'too few answers')
              .map((q) => `${LABEL_WORDS[q.department.label].toLowerCase()} on “${q.wording}”`);
            return comments.length + agreement.length > 0 ? (
              <details key={d.departmentId} className="translation-reading-comments">
                <summary>
                  {d.name}: {d.respondents} {d.respondents === 1 ? 'reply' : 'replies'}
                  {agreement.length > 0 ? ` — ${agreement.join('; ')}` : ''}
                </summary>
                {comments.length > 0 ? (
                  <ul>
                    {comments.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">No comments.</p>
                )}
              </details>
            ) : null;
          })}
        </>
      )}
    </section>
  );
}
