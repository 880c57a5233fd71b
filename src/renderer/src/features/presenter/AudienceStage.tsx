import type { Stage, StageJoin } from '../../../../shared/domain/stage';
import { ScaledSlide } from '../../ui/ScaledSlide';
import { TimerStage } from '../agenda/views';
import { CheckpointStageCard } from '../alignment';

/**
 * One stage drawn for the room: the audience window paints it full size, the console
 * draws the same component small ("what the audience sees now"), so the two cannot differ.
 */
export function AudienceStage({ stage }: { stage: Stage | null }) {
  if (!stage) return <div className="stage stage-waiting" aria-label="Nothing sent yet" />;
  switch (stage.kind) {
    case 'blank':
      return <div className="stage stage-blank" aria-label="Black screen" />;
    case 'title':
      return (
        <div className="stage stage-title" aria-label="Title card">
          <h1 dir="auto">{stage.title}</h1>
          {stage.subtitle && <p dir="auto">{stage.subtitle}</p>}
        </div>
      );
    case 'voteProgress':
      return <VoteProgressCard stage={stage} />;
    case 'checkpointResults':
      return <CheckpointStageCard stage={stage} />;
    case 'slide':
      return (
        <div className="stage stage-slide">
          <ScaledSlide html={stage.html} fit="fit" label={stage.label} />
        </div>
      );
    case 'board':
      return (
        <div className="stage stage-board">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(stage.svg)}`} alt={stage.label} />
        </div>
      );
    case 'timer':
      return <TimerStage stage={stage} />;
  }
}

function VoteProgressCard({ stage }: { stage: Extract<Stage, { kind: 'voteProgress' }> }) {
  const voted = stage.voters.filter((v) => v.voted).length;
  // An open checkpoint's board: the same board, in its own words.
  const verb = stage.verb ?? 'voted';
  return (
    <div
      className={`stage stage-progress${stage.join ? ' stage-progress-join' : ''}`}
      aria-label={`Who has ${verb}`}
    >
      {stage.join ? (
        <JoinCard join={stage.join} action={stage.verb === 'answered' ? 'answer' : 'vote'} />
      ) : null}
      <h1 dir="auto">{stage.question}</h1>
      <p className="stage-progress-count" aria-live="polite">
        {voted} of {stage.voters.length} have {verb}
      </p>
      <ul className="stage-voters">
        {stage.voters.map((v, i) => (
          <li key={i} className={v.voted ? 'voted' : 'waiting'}>
            <span className="stage-voter-mark" aria-hidden="true">
              {v.voted ? '✓' : '…'}
            </span>
            <span dir="auto">{v.name}</span>
            <span className="visually-hidden">{v.voted ? ` has ${verb}` : ` has not ${verb} yet`}</span>
          </li>
        ))}
      </ul>
      <p className="stage-progress-note">
        {stage.verb === 'answered'
          ? 'Answers stay private until the results are revealed, and never show a name.'
          : 'Ballots stay private until the results are revealed.'}
      </p>
    </div>
  );
}

/** How the room joins the vote from their phones: the QR large enough to scan from the back. */
function JoinCard({ join, action }: { join: StageJoin; action: 'vote' | 'answer' }) {
  return (
    <aside className="stage-join" aria-label={`${action === 'vote' ? 'Vote' : 'Answer'} from your phone`}>
      <img
        className="stage-join-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(join.qrSvg)}`}
        alt={`QR code to join the ${action === 'vote' ? 'vote' : 'checkpoint'}: ${join.url}`}
      />
      <p className="stage-join-lead">Scan to {action} from your phone</p>
      <p className="stage-join-url">or open {join.url}</p>
      <p className="stage-join-code" aria-label={`Join code ${join.code.split('').join(' ')}`}>
        {join.code}
      </p>
    </aside>
  );
}
