import { checkpointResultsOf, type QuestionResult } from '../../../../shared/domain/alignment';
import type { Checkpoint } from '../../../../shared/domain/workspace';
import { LABEL_WORDS, SCALE_WORDS } from './scale';

/**
 * The revealed checkpoint: per question the distribution (never only the mean), how many
 * answered, agreement in words, the most mixed question first, comments without names.
 * Derived from the saved answers each time it is drawn.
 */
export function CheckpointResults({ checkpoint }: { checkpoint: Checkpoint }) {
  const results = checkpointResultsOf(checkpoint);
  return (
    <section className="checkpoint-results" aria-label="Results">
      <p className="muted">
        Most mixed question first. Comments are listed without names, in no particular order.
      </p>
      <ol className="checkpoint-result-list">
        {results.map((r) => (
          <QuestionCard key={r.questionId} result={r} />
        ))}
      </ol>
    </section>
  );
}

function QuestionCard({ result }: { result: QuestionResult }) {
  const most = Math.max(1, ...result.counts);
  return (
    <li
      className={`checkpoint-result checkpoint-${result.label.replace(/ /g, '-')}`}
      aria-label={result.wording}
    >
      <h3>{result.wording}</h3>
      <p className="checkpoint-reading">
        <strong className="checkpoint-label">{LABEL_WORDS[result.label]}</strong>
        <span>
          {result.n} {result.n === 1 ? 'answer' : 'answers'}
          {result.median !== null ? ` · median ${result.median}` : ''}
        </span>
      </p>
      <p className="checkpoint-reading-line">{result.reading}</p>
      <ol className="checkpoint-distribution" aria-label="How many answered each score">
        {result.counts.map((count, i) => (
          <li key={i} aria-label={`${i + 1} ${SCALE_WORDS[i]}: ${count}`}>
            <span className="bar-label">
              <span className="bar-number">{i + 1}</span> {SCALE_WORDS[i]}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${(count / most) * 100}%` }} />
            </span>
            <span className="bar-count">{count}</span>
          </li>
        ))}
      </ol>
      {result.comments.length > 0 ? (
        <h4 className="checkpoint-comments-title">
          {result.comments.length} {result.comments.length === 1 ? 'comment' : 'comments'}
        </h4>
      ) : null}
      {result.comments.length > 0 ? (
        <ul className="checkpoint-comments" aria-label="Comments">
          {result.comments.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
