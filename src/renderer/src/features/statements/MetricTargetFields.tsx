import { STATEMENT_LIMITS } from '../../../../shared/domain/workspace/statementCheckSchema';

/** A definition of success as typed: the metric, then the target, each within the stored limit. */
export function MetricTargetFields({
  metric,
  target,
  onMetric,
  onTarget,
}: {
  metric: string;
  target: string;
  onMetric: (value: string) => void;
  onTarget: (value: string) => void;
}) {
  return (
    <>
      <label className="statement-field">
        Metric
        <input
          value={metric}
          maxLength={STATEMENT_LIMITS.metric}
          onChange={(e) => onMetric(e.target.value)}
        />
      </label>
      <label className="statement-field">
        Target
        <input
          value={target}
          maxLength={STATEMENT_LIMITS.target}
          onChange={(e) => onTarget(e.target.value)}
        />
      </label>
    </>
  );
}
