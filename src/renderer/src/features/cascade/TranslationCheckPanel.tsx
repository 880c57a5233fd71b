import { useState } from 'react';
import type { Department } from '../../../../shared/domain/cascade';
import type { TranslationCheck } from '../../../../shared/domain/translation';
import type { Workspace } from '../../../../shared/domain/workspace';
import { hasBridge } from '../../bridge';
import {
  DEFAULT_QUESTION,
  importReplyFolder,
  makeBallotFiles,
  makeRoomBallots,
  startCheck,
  type StepOutcome,
} from './TranslationCheckFiles';
import { DepartmentRoomLink, useDepartmentLinkOf } from './TranslationCheckRoom';
import { questionsToAsk, TranslationCheckReadings } from './TranslationCheckReadings';
import { TranslationCheckResults } from './TranslationCheckResults';
import './TranslationCheck.css';

/**
 * The translation check at the end of the cascade: after the offsite, each department
 * ranks the committed priorities on a ballot file, without the leadership's order in view;
 * the replies come back as files and show how each department read the strategy.
 */
export function TranslationCheckPanel({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const checks = workspace.translationChecks;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const check = checks.find((c) => c.id === chosenId) ?? checks.at(-1) ?? null;
  return (
    <section className="card translation-check" aria-labelledby="translation-check-title">
      <header className="translation-check-head">
        <h3 id="translation-check-title">Translation check</h3>
        {checks.length > 1 ? (
          <label>
            Check{' '}
            <select value={check?.id ?? ''} onChange={(e) => setChosenId(e.target.value)}>
              {checks.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.createdAt.slice(0, 10)} · {c.question}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {check && !readOnly && !starting ? (
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => setStarting(true)}
          >
            Start another check…
          </button>
        ) : null}
      </header>
      <p className="muted">
        Ask each department, after the offsite, to rank the committed priorities on its own. Their order next
        to the leadership’s shows how the strategy came across.
      </p>
      {(!check || starting) && !readOnly ? (
        <NewCheckForm
          workspace={workspace}
          onDone={(created) => {
            setStarting(false);
            if (created) setChosenId(null);
          }}
          cancellable={check !== null}
        />
      ) : null}
      {check ? <CheckDetails workspace={workspace} check={check} readOnly={readOnly} /> : null}
    </section>
  );
}

function NewCheckForm({
  workspace,
  onDone,
  cancellable,
}: {
  workspace: Workspace;
  onDone: (created: boolean) => void;
  cancellable: boolean;
}) {
  const revealed = workspace.rounds.filter((r) => r.status === 'revealed');
  const [question, setQuestion] = useState(DEFAULT_QUESTION);
  const [anonymous, setAnonymous] = useState(false);
  const [askQuestions, setAskQuestions] = useState(true);
  const questions = questionsToAsk(workspace);
  const [chosenRoundId, setRoundId] = useState('');
  // The latest revealed round until one is chosen (rounds revealed while the form is open count).
  const roundId = revealed.some((r) => r.id === chosenRoundId) ? chosenRoundId : (revealed.at(-1)?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="translation-new"
      aria-label="New translation check"
      onSubmit={(e) => {
        e.preventDefault();
        const refused = startCheck({
          question,
          anonymous,
          leadershipRoundId: roundId || null,
          questions: askQuestions ? questions : [],
        });
        setError(refused);
        if (refused === null) onDone(true);
      }}
    >
      <label className="translation-field">
        Question
        <input value={question} maxLength={400} onChange={(e) => setQuestion(e.target.value)} />
      </label>
      <label className="translation-field">
        Compare with the leadership’s round
        <select value={roundId} onChange={(e) => setRoundId(e.target.value)}>
          {revealed.length === 0 ? <option value="">No revealed round yet</option> : null}
          {revealed.map((r) => (
            <option key={r.id} value={r.id}>
              {r.question} (revealed {r.revealedAt?.slice(0, 10) ?? ''})
            </option>
          ))}
        </select>
      </label>
      <label className="translation-checkbox">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        Anonymous ballots (no names kept; you give each department a number of files)
      </label>
      <label className="translation-checkbox">
        <input type="checkbox" checked={askQuestions} onChange={(e) => setAskQuestions(e.target.checked)} />
        Then ask the {questions.length} checkpoint questions (1–5 and a comment), to set each department’s
        answers beside the leadership’s
      </label>
      {error ? (
        <p className="translation-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="translation-actions">
        <button type="submit" className="button button-small">
          Start the translation check
        </button>
        {cancellable ? (
          <button type="button" className="button button-small button-ghost" onClick={() => onDone(false)}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function CheckDetails({
  workspace,
  check,
  readOnly,
}: {
  workspace: Workspace;
  check: TranslationCheck;
  readOnly: boolean;
}) {
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<StepOutcome | null>(null);
  const [byPhone, setByPhone] = useState<string | null>(null);
  const linked = useDepartmentLinkOf(check.id);
  const round = workspace.rounds.find((r) => r.id === check.leadershipRoundId);
  const { departments } = workspace.cascade;
  const phoneDepartment = departments.find((d) => d.id === (linked ?? byPhone));
  return (
    <div className="translation-details">
      <p>
        <strong>{check.question}</strong>{' '}
        <span className="muted">
          · {check.anonymous ? 'anonymous' : 'named'} ballots · compared with{' '}
          {round ? `“${round.question}”` : 'no leadership round'} · {check.ballots.length} ballots handed out
          · {check.replies.length} replies counted
        </span>
      </p>
      {departments.length === 0 ? (
        <p className="muted">Add departments to the cascade to hand out ballot files.</p>
      ) : null}
      {readOnly ? null : (
        <ul className="translation-departments">
          {departments.map((d) => (
            <DepartmentBallots key={d.id} department={d} check={check} onRankByPhone={setByPhone} />
          ))}
        </ul>
      )}
      {phoneDepartment && !readOnly ? (
        <DepartmentRoomLink
          workspace={workspace}
          check={check}
          department={phoneDepartment}
          onHide={() => setByPhone(null)}
        />
      ) : null}
      {readOnly ? null : (
        <div className="translation-import">
          <button
            type="button"
            className="button button-small"
            disabled={importing}
            onClick={() => {
              setImporting(true);
              void importReplyFolder(check.id)
                .then((outcome) => outcome && setReport(outcome))
                .finally(() => setImporting(false));
            }}
          >
            Import replies from a folder…
          </button>
          <Outcome outcome={report} label="Import report" />
        </div>
      )}
      <TranslationCheckResults workspace={workspace} check={check} />
      <TranslationCheckReadings workspace={workspace} check={check} />
    </div>
  );
}

function DepartmentBallots({
  department,
  check,
  onRankByPhone,
}: {
  department: Department;
  check: TranslationCheck;
  /** Shows the room link for this department (its ballots made for the room when there are none). */
  onRankByPhone: (departmentId: string) => void;
}) {
  const [names, setNames] = useState('');
  const [count, setCount] = useState('5');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<StepOutcome | null>(null);
  const issued = check.ballots.filter((b) => b.departmentId === department.id);
  const tokens = new Set(issued.map((b) => b.token));
  const replied = check.replies.filter((r) => tokens.has(r.token)).length;
  const make = () => {
    setBusy(true);
    void makeBallotFiles({
      checkId: check.id,
      departmentId: department.id,
      respondents: names.split('\n').filter((n) => n.trim() !== ''),
      count: Number.parseInt(count, 10) || 0,
    })
      .then((result) => result && setOutcome(result))
      .finally(() => setBusy(false));
  };
  return (
    <li className="translation-department" aria-label={`Ballots for ${department.name}`}>
      <div className="translation-department-head">
        <strong>{department.name}</strong>
        <span className="muted">
          {issued.length} handed out · {replied} replied
        </span>
      </div>
      {check.anonymous ? (
        <label className="translation-field">
          How many ballot files
          <input
            type="number"
            min={1}
            max={500}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            aria-label={`How many ballot files for ${department.name}`}
          />
        </label>
      ) : (
        <label className="translation-field">
          Respondents, one name a line
          <textarea
            rows={3}
            value={names}
            onChange={(e) => setNames(e.target.value)}
            aria-label={`Respondents in ${department.name}, one a line`}
          />
        </label>
      )}
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={make}
        aria-label={`Make ballot files for ${department.name}…`}
      >
        Make ballot files…
      </button>
      {hasBridge() ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            // No ballots yet: made for the room from the form above, with no file written.
            const refusal =
              issued.length > 0
                ? null
                : makeRoomBallots({
                    checkId: check.id,
                    departmentId: department.id,
                    respondents: names.split('\n').filter((n) => n.trim() !== ''),
                    count: Number.parseInt(count, 10) || 0,
                  });
            if (refusal) setOutcome({ tone: 'error', lines: [refusal] });
            else onRankByPhone(department.id);
          }}
          aria-label={`Rank by phone: ${department.name}`}
          title="Each ballot becomes a seat on the room link: members rank on their own phones"
        >
          Rank by phone…
        </button>
      ) : null}
      <Outcome outcome={outcome} label={`Ballot files for ${department.name}`} />
    </li>
  );
}

function Outcome({ outcome, label }: { outcome: StepOutcome | null; label: string }) {
  if (!outcome) return null;
  return (
    <div
      className={outcome.tone === 'error' ? 'translation-outcome is-error' : 'translation-outcome'}
      role="status"
      aria-label={label}
    >
      {outcome.lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
      {outcome.refused && outcome.refused.length > 0 ? (
        <div className="translation-refused">
          <p>
            <strong>Not counted ({outcome.refused.length}):</strong>
          </p>
          <ul>
            {outcome.refused.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
