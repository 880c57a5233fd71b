import type { Stage } from '../../../../shared/domain/stage';
import { SCALE_WORDS } from './scale';
import './checkpointStage.css';

type CheckpointResultsStage = Extract<Stage, { kind: 'checkpointResults' }>;

/**
 * A revealed checkpoint on the projector: per question the distribution as bars with
 * their counts, how many answered and agreement in words, most mixed first. Drawn from
 * the stage alone (derived results), so the room sees no comment and no name. Sized to
 * its own box, so the console's thumbnail shows the same card small.
 */
export function CheckpointStageCard({ stage }: { stage: CheckpointResultsStage }) {
  // Up to four questions two by two, large; five or six in rows of three.
  const many = stage.questions.length > 4;
  return (
    <div className="stage stage-checkpoint" aria-label={`Results: ${stage.title}`}>
      <h1 dir="auto">{stage.title}</h1>
      <ol className={`stage-checkpoint-list${many ? ' stage-checkpoint-many' : ''}`}>
        {stage.questions.map((q, index) => {
          const most = Math.max(1, ...q.counts);
          const tone = q.label.toLowerCase().replace(/ /g, '-');
          return (
            <li key={index} className={`stage-checkpoint-question tone-${tone}`} aria-label={q.wording}>
              <h2 dir="auto">{q.wording}</h2>
              <p className="stage-checkpoint-label">
                <strong>{q.label}</strong>
                <span>
                  {' '}
                  · {q.n} {q.n === 1 ? 'answer' : 'answers'}
                </span>
              </p>
              <ol className="stage-checkpoint-bars" aria-label="How many answered each score">
                {q.counts.map((count, i) => (
                  <li key={i} aria-label={`${i + 1} ${SCALE_WORDS[i]}: ${count}`}>
                    <span className="stage-bar-label">
                      {i + 1} {SCALE_WORDS[i]}
                    </span>
                    <span className="stage-bar-track" aria-hidden="true">
                      <span className="stage-bar-fill" style={{ width: `${(count / most) * 100}%` }} />
                    </span>
                    <span className="stage-bar-count">{count}</span>
                  </li>
                ))}
              </ol>
              <p className="stage-checkpoint-reading">{q.reading}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
