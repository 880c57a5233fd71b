import { useEffect, useMemo, useRef, useState } from 'react';
import { cascadeFlags, type Contribution } from '../../../../shared/domain/cascade';
import type { Priority, Workspace } from '../../../../shared/domain/workspace';
import { AddObjectiveForm } from './AddObjectiveForm';
import { exportBrief, type BriefExportState } from './briefExport';
import { BriefStatus } from './BriefStatus';
import { ContributionRow } from './ContributionRow';
import { DepartmentsPanel } from './DepartmentsPanel';
import { FlagList } from './FlagList';
import { targetKey, targetPropsFor, type TargetProps } from './targets';
import { TranslationCheckPanel } from './TranslationCheckPanel';
import './cascade.css';

/**
 * The cascade: each committed company priority (the focus first) with what each department
 * contributes to it, the departments with their capacity used and stated, and above them
 * the flags in words. Objectives that serve no committed priority are listed on their own,
 * so an orphan flag always has something to point at.
 */
export function CascadeView({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const { departments, contributions } = workspace.cascade;
  const flags = useMemo(
    () =>
      cascadeFlags({
        priorities: workspace.priorities,
        links: workspace.links,
        focusPriorityId: workspace.focusPriorityId,
        departments,
        contributions,
      }),
    [workspace.priorities, workspace.links, workspace.focusPriorityId, departments, contributions],
  );
  const [selected, setSelected] = useState<number | null>(null);
  const [brief, setBrief] = useState<BriefExportState>({ status: 'idle' });
  const flag = selected !== null ? flags[selected] : undefined;
  const highlighted = useMemo(
    () => new Set((flag?.targets ?? []).map((t) => targetKey(t.kind, t.id))),
    [flag],
  );
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!flag) return;
    // The first thing the flag names that is on this screen (a board link is not).
    for (const t of flag.targets) {
      const el = root.current?.querySelector(
        `[data-cascade-target="${CSS.escape(targetKey(t.kind, t.id))}"]`,
      );
      if (el) {
        el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
        return;
      }
    }
  }, [flag]);
  const targetProps = targetPropsFor(highlighted);

  const committed = workspace.priorities.filter((p) => p.status === 'committed');
  const ordered = [
    ...committed.filter((p) => p.id === workspace.focusPriorityId),
    ...committed.filter((p) => p.id !== workspace.focusPriorityId),
  ];
  const committedIds = new Set(committed.map((p) => p.id));
  const orphans = contributions.filter((c) => !c.priorityIds.some((p) => committedIds.has(p)));

  return (
    <div className="cascade" ref={root}>
      <header className="cascade-head">
        <h2>Cascade</h2>
        <span className="muted">
          {departments.length} {departments.length === 1 ? 'department' : 'departments'} ·{' '}
          {contributions.length} {contributions.length === 1 ? 'objective' : 'objectives'}
        </span>
      </header>
      <FlagList flags={flags} selected={selected} onSelect={setSelected} />
      <BriefStatus state={brief} onDismiss={() => setBrief({ status: 'idle' })} />
      <div className="cascade-columns">
        <div className="cascade-priorities">
          {ordered.length === 0 ? (
            <p className="empty">
              No committed priorities yet. Commit priorities on the board, then say here what each department
              contributes to them.
            </p>
          ) : null}
          {ordered.map((p) => (
            <PriorityBlock
              key={p.id}
              priority={p}
              isFocus={p.id === workspace.focusPriorityId}
              workspace={workspace}
              readOnly={readOnly}
              targetProps={targetProps}
            />
          ))}
          {orphans.length > 0 ? (
            <section className="card cascade-priority is-orphans" aria-labelledby="cascade-orphans-title">
              <h3 id="cascade-orphans-title">Not serving a committed priority</h3>
              <ContributionList
                contributions={orphans}
                workspace={workspace}
                readOnly={readOnly}
                targetProps={targetProps}
              />
            </section>
          ) : null}
        </div>
        <DepartmentsPanel
          departments={departments}
          contributions={contributions}
          readOnly={readOnly}
          exporting={brief.status === 'running'}
          onExportBrief={(id) => void exportBrief(id, setBrief)}
          targetProps={targetProps}
        />
      </div>
      <TranslationCheckPanel workspace={workspace} readOnly={readOnly} />
    </div>
  );
}

function PriorityBlock({
  priority,
  isFocus,
  workspace,
  readOnly,
  targetProps,
}: {
  priority: Priority;
  isFocus: boolean;
  workspace: Workspace;
  readOnly: boolean;
  targetProps: TargetProps;
}) {
  const serving = workspace.cascade.contributions.filter((c) => c.priorityIds.includes(priority.id));
  const target = targetProps('priority', priority.id);
  return (
    <section
      {...target}
      className={['card cascade-priority', isFocus ? 'is-focus' : '', target.className]
        .filter(Boolean)
        .join(' ')}
      aria-label={isFocus ? `Focus: ${priority.title}` : priority.title}
    >
      <h3>
        {isFocus ? <span className="focus-badge">Focus</span> : null}
        {priority.title}
        {priority.owner ? <span className="muted priority-owner"> · {priority.owner}</span> : null}
      </h3>
      {serving.length === 0 ? <p className="muted">No department contributes to this yet.</p> : null}
      <ContributionList
        contributions={serving}
        workspace={workspace}
        readOnly={readOnly}
        targetProps={targetProps}
      />
      {readOnly ? null : (
        <AddObjectiveForm
          priorityId={priority.id}
          priorityTitle={priority.title}
          departments={workspace.cascade.departments}
        />
      )}
    </section>
  );
}

/** Objectives grouped by department, in the order the departments are listed. */
function ContributionList({
  contributions,
  workspace,
  readOnly,
  targetProps,
}: {
  contributions: readonly Contribution[];
  workspace: Workspace;
  readOnly: boolean;
  targetProps: TargetProps;
}) {
  return (
    <>
      {workspace.cascade.departments.map((d) => {
        const own = contributions
          .filter((c) => c.departmentId === d.id)
          .sort((a, b) => (a.localRank ?? Infinity) - (b.localRank ?? Infinity));
        if (own.length === 0) return null;
        return (
          <div key={d.id} className="cascade-department-group">
            <h4>{d.name}</h4>
            <ul className="contribution-list">
              {own.map((c) => (
                <ContributionRow
                  key={c.id}
                  contribution={c}
                  priorities={workspace.priorities}
                  readOnly={readOnly}
                  targetProps={targetProps}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
