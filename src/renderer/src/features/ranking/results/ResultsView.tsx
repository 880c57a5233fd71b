import { useMemo } from 'react';
import { roundResults } from '../../../../../shared/domain/rounds';
import type { Round, Workspace } from '../../../../../shared/domain/workspace';
import { AgreementMap } from './AgreementMap';
import { AlignmentHeadline } from './AlignmentHeadline';
import { ballotMethodView } from '../ballotMethodViews';
import { CommitPanel } from './CommitPanel';
import { CondorcetNote } from './CondorcetNote';
import { ConsensusTable } from './ConsensusTable';
import { ContestedTime } from './ContestedTime';
import { ConvergencePanel } from './ConvergencePanel';
import { DiscussFirst } from './DiscussFirst';
import { ItemStrips } from './ItemStrips';
import { PresentPager } from './PresentPager';
import { usePresentPage } from './usePresentPage';

/**
 * Everything the room needs after the reveal, on one screen and without hover: a photo of
 * the projector carries the whole result. Computed from the ballots, never stored.
 */
export function ResultsView({
  workspace,
  round,
  hideNames,
  presenting,
  readOnly,
}: {
  workspace: Workspace;
  round: Round;
  hideNames: boolean;
  presenting: boolean;
  readOnly: boolean;
}) {
  const results = useMemo(() => roundResults(workspace, round), [workspace, round]);
  const [page, setPage] = usePresentPage(presenting);
  if (!results.ok) {
    return (
      <p className="form-error" role="alert">
        {results.message}
      </p>
    );
  }
  const { analysis, titles } = results;
  const MethodResults = ballotMethodView(round.method).Results;
  const order = <ConsensusTable analysis={analysis} titles={titles} />;
  const details = (
    <>
      {analysis.convergence ? (
        <ConvergencePanel convergence={analysis.convergence} titles={titles} hideNames={hideNames} />
      ) : null}
      <div className="results-middle">
        <CondorcetNote analysis={analysis} titles={titles} />
        {MethodResults ? <MethodResults results={results} titles={titles} /> : null}
      </div>
      <ItemStrips
        workspace={workspace}
        round={round}
        order={analysis.consensus.ranking}
        titles={titles}
        hideNames={hideNames}
      />
      <AgreementMap analysis={analysis} hideNames={hideNames} />
    </>
  );
  if (presenting) {
    // The projector: the reading fits one screen; the details are one key away.
    return (
      <div className={`results results-present results-${page}`} data-testid="results">
        {page === 'summary' ? (
          <div className="present-summary">
            {order}
            <div className="present-side">
              <AlignmentHeadline analysis={analysis} titles={titles} hideNames={hideNames} />
              <DiscussFirst analysis={analysis} titles={titles}>
                <ContestedTime workspace={workspace} analysis={analysis} />
              </DiscussFirst>
              <PresentPager page={page} onChange={setPage} />
            </div>
          </div>
        ) : (
          <>
            <PresentPager page={page} onChange={setPage} />
            {details}
          </>
        )}
      </div>
    );
  }
  return (
    <div className="results" data-testid="results">
      <div className="results-top">
        <AlignmentHeadline analysis={analysis} titles={titles} hideNames={hideNames} />
        <DiscussFirst analysis={analysis} titles={titles}>
          <ContestedTime workspace={workspace} analysis={analysis} />
        </DiscussFirst>
      </div>
      {order}
      {details}
      <CommitPanel
        workspace={workspace}
        round={round}
        analysis={analysis}
        titles={titles}
        hideNames={hideNames}
        readOnly={readOnly}
      />
    </div>
  );
}
