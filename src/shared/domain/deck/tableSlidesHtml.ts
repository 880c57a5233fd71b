import { ringSvg } from './charts';
import { emptyNote, esc, markdownBlock, table, withUnit } from './htmlParts';
import {
  COMMITMENT_GRADE_LABELS,
  KPI_STATUS_LABELS,
  KPI_STATUS_SYMBOLS,
  kpiStatusCount,
  type KpiStatus,
} from './scorecard';
import type { SlideContentMap } from './slideTypes';

/** Bodies of the slides that are tables of workspace records. */
const DECISION_KINDS: Record<string, string> = {
  commit: 'Commit',
  defer: 'Defer',
  drop: 'Drop',
  decision: 'Decision',
};
const ACTION_STATUS: Record<string, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done' };
const LINK_KINDS: Record<string, string> = {
  'depends-on': 'depends on',
  'conflicts-with': 'conflicts with',
  'trades-off': 'trades off against',
};
const badge = (kind: string, text: string, symbol = '') =>
  `<span class="deck-badge deck-badge-${esc(kind)}">${symbol ? `<span aria-hidden="true">${symbol}</span> ` : ''}${esc(text)}</span>`;
const muted = (text: string) => (text.trim() ? `<span class="deck-muted">${esc(text)}</span>` : '');

export function decisionsBody(c: SlideContentMap['decisions']): string {
  if (c.rows.length === 0) return emptyNote(c.empty) + markdownBlock(c.markdown);
  const items = c.rows.map((d) => {
    const facts = [d.owner && `Owner: ${d.owner}`, d.date, d.priorities.length ? d.priorities.join(', ') : '']
      .filter(Boolean)
      .join(' · ');
    const line = (label: string, text: string) =>
      text.trim() ? `<p class="deck-decision-line"><strong>${label}</strong> ${esc(text)}</p>` : '';
    return (
      `<li class="deck-decision">${badge(d.kind, DECISION_KINDS[d.kind] ?? d.kind)} <strong class="deck-decision-what">${esc(d.what)}</strong>` +
      `<p class="deck-muted">${esc(facts)}</p>${line('Why:', d.why)}${line('Alternatives rejected:', d.alternatives)}${line('Dissent:', d.dissent)}</li>`
    );
  });
  const start = c.firstNumber > 1 ? ` start="${c.firstNumber}"` : '';
  return `<ol class="deck-decisions"${start}>${items.join('')}</ol>${markdownBlock(c.markdown, 'deck-note')}`;
}

export function actionItemsBody(c: SlideContentMap['action-items']): string {
  if (c.rows.length === 0) return emptyNote(c.empty) + markdownBlock(c.markdown);
  const rows = c.rows.map((a) => [
    esc(a.text),
    esc(a.owner || '–'),
    esc(a.due || '–'),
    badge(a.status, ACTION_STATUS[a.status] ?? a.status),
    muted(a.decision),
  ]);
  return (
    table('deck-actions', ['Action', 'Owner', 'Due', 'Status', 'Decision'], rows) +
    markdownBlock(c.markdown, 'deck-note')
  );
}

export function prioritiesBody(c: SlideContentMap['priorities-focus']): string {
  const focus = c.focus
    ? `<div class="deck-focus"><p class="deck-kicker">The single focus</p><p class="deck-focus-title">${esc(c.focus.title)}</p>${c.focus.owner ? `<p class="deck-muted">Owner: ${esc(c.focus.owner)}</p>` : ''}</div>`
    : `<div class="deck-focus deck-focus-none"><p class="deck-kicker">The single focus</p><p>Not chosen yet.</p></div>`;
  const committed = c.committed.length
    ? `<ul class="deck-list">${c.committed
        .map(
          (p) =>
            `<li>${p.isFocus ? badge('focus', 'Focus', '★') + ' ' : ''}<strong>${esc(p.title)}</strong> ${p.owner ? muted(`· ${p.owner}`) : ''}</li>`,
        )
        .join('')}</ul>`
    : emptyNote('No committed priorities on this slide.');
  const notDoing = c.notDoing.length
    ? `<ul class="deck-list">${c.notDoing
        .map(
          (p) =>
            `<li>${badge(p.status, p.status === 'dropped' ? 'Dropped' : 'Deferred')} <strong>${esc(p.title)}</strong>${p.rationale.trim() ? `<p class="deck-muted">${esc(p.rationale)}</p>` : ''}</li>`,
        )
        .join('')}</ul>`
    : emptyNote('Nothing dropped or deferred.');
  return (
    `<div class="deck-columns">${focus}<div><h3 class="deck-subhead">Committed</h3>${committed}</div>` +
    `<div><h3 class="deck-subhead">What we will not do</h3>${notDoing}</div></div>${markdownBlock(c.markdown, 'deck-note')}`
  );
}

export function risksBody(c: SlideContentMap['risks']): string {
  const rows = c.rows.map((r) => [
    `<strong>${esc(r.from)}</strong>`,
    esc(LINK_KINDS[r.kind] ?? r.kind),
    `<strong>${esc(r.to)}</strong>`,
    r.kind === 'trades-off' ? esc(r.cost || '–') : '',
  ]);
  const tableHtml = rows.length
    ? table('deck-risks', ['Priority', 'Relation', 'Priority', 'Cost accepted'], rows)
    : emptyNote(c.empty);
  return tableHtml + markdownBlock(c.markdown, 'deck-note');
}

export function kpiBody(c: SlideContentMap['kpi']): string {
  const summary = (Object.keys(c.summary) as KpiStatus[])
    .filter((s) => c.summary[s] > 0)
    .map((s) => badge(s, kpiStatusCount(s, c.summary[s]), KPI_STATUS_SYMBOLS[s]))
    .join(' ');
  if (c.rows.length === 0) return emptyNote('No KPIs entered yet.') + markdownBlock(c.markdown);
  const rows = c.rows.map((r) => [
    `<strong>${esc(r.metric)}</strong><span class="deck-muted deck-small"> ${r.better === 'higher' ? 'higher is better' : 'lower is better'}</span>`,
    withUnit(r.actual, r.unit),
    withUnit(r.target, r.unit),
    withUnit(r.prior, r.unit),
    badge(r.status, KPI_STATUS_LABELS[r.status], KPI_STATUS_SYMBOLS[r.status]),
    esc(r.comment),
  ]);
  return (
    `<p class="deck-summary">${summary}</p>` +
    table('deck-kpis', ['Metric', 'Actual', 'Target', 'Prior period', 'Status', 'Comment'], rows) +
    markdownBlock(c.markdown, 'deck-note')
  );
}

export function commitmentsBody(c: SlideContentMap['commitments']): string {
  const { completion } = c;
  const side =
    `<div class="deck-completion">${ringSvg(completion.percent)}<p class="deck-muted">` +
    `${completion.done} done · ${completion.partly} partly · ${completion.missed} missed` +
    `</p><p class="deck-small deck-muted">Done counts 1, partly ½, missed 0; ungraded items are left out.</p></div>`;
  const rows = c.rows.map((r) => [
    esc(r.commitment),
    esc(r.owner || '–'),
    badge(r.grade, COMMITMENT_GRADE_LABELS[r.grade]),
    esc(r.comment),
  ]);
  const tableHtml = rows.length
    ? table('deck-commitments', ['Commitment', 'Owner', 'Grade', 'Comment'], rows)
    : emptyNote('No commitments listed yet.');
  return `<div class="deck-aside-layout"><div>${tableHtml}${markdownBlock(c.markdown, 'deck-note')}</div>${side}</div>`;
}
