import { notDoingRationale } from '../deck/workspaceSlides';
import { DECK_LIMITS, type Deck, type DeckSection } from '../workspace/deckSchema';
import type { Workspace } from '../workspace/schema';

/**
 * A department's brief: a short deck for the people who were not in the room, so they get
 * the why and not just the what. The company's committed priorities with the focus first;
 * why (the decision log's rationale, what was weighed against what on the board and at
 * what cost); what the company will not do and why; this department's own objectives and
 * the priorities each serves; the agreed messages; and what success means.
 *
 * It is a Deck of written sections, so it is shown and printed by the deck's own slide
 * machinery (page splitting, footer, fonts, the PDF export) with nothing new to trust.
 * Everything typed by a person is escaped: it reads as text, never as markdown.
 */
export function departmentBrief(w: Workspace, departmentId: string): Deck {
  const department = w.cascade.departments.find((d) => d.id === departmentId);
  if (!department) throw new Error(`No department ${departmentId} in the cascade.`);
  const name = department.name;
  const sections: DeckSection[] = [
    {
      id: 'brief-title',
      type: 'title',
      title: `${name}: department brief`,
      // The period and the day are printed under it already.
      subtitle: w.name,
      markdown: text(`What the leadership committed to, why, and what ${name} does for it.`),
    },
    ...written('brief-priorities', 'What we committed to', committedBlocks(w)),
    ...written('brief-why', 'Why', whyBlocks(w)),
    ...written('brief-not-doing', 'What we will not do', notDoingBlocks(w)),
    ...written('brief-ours', `What ${name} does for it`, contributionBlocks(w, departmentId)),
    ...written('brief-messages', 'What every team will hear', messageBlocks(w)),
  ];
  return { templateId: null, confidential: true, sections };
}

/** Backslash before every markdown sign, so "Q1 *draft*" or "1. Hire" print as typed. */
export function plain(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+\-.!|~<>]/g, '\\$&');
}
const text = plain;
const bullet = (s: string) => `- ${s}`;
/** Lines of one list item or paragraph, each on its own line (a markdown hard break). */
const lines = (...parts: string[]) => parts.join('\\\n  ');

/**
 * Blocks (separated by blank lines, where the deck may turn the page) packed into as many
 * sections as the deck's size limit for one section's text needs.
 */
function written(id: string, title: string, blocks: string[]): DeckSection[] {
  const limit = DECK_LIMITS.markdown - 100;
  const parts: string[][] = [[]];
  let used = 0;
  for (const block of blocks.map((b) => b.slice(0, limit))) {
    if (used + block.length + 2 > limit && parts[parts.length - 1]!.length > 0) {
      parts.push([]);
      used = 0;
    }
    parts[parts.length - 1]!.push(block);
    used += block.length + 2;
  }
  return parts.map((part, i) => ({
    id: i === 0 ? id : `${id}-${i + 1}`,
    type: 'text',
    title: i === 0 ? title : `${title} (continued)`,
    markdown: part.join('\n\n'),
  }));
}

const committedOf = (w: Workspace) => {
  const committed = w.priorities.filter((p) => p.status === 'committed');
  // The focus first: it is what every department should put ahead of the rest.
  return [
    ...committed.filter((p) => p.id === w.focusPriorityId),
    ...committed.filter((p) => p.id !== w.focusPriorityId),
  ];
};

function committedBlocks(w: Workspace): string[] {
  const committed = committedOf(w);
  if (committed.length === 0) return [text('Nothing is committed yet.')];
  return committed.map((p) => {
    const owner = p.owner.trim() ? ` (owner: ${text(p.owner)})` : '';
    const head = p.id === w.focusPriorityId ? `**Focus: ${text(p.title)}**` : `**${text(p.title)}**`;
    return bullet(p.description.trim() ? lines(`${head}${owner}`, text(p.description)) : `${head}${owner}`);
  });
}

function whyBlocks(w: Workspace): string[] {
  const committed = committedOf(w);
  const titles = new Map(w.priorities.map((p) => [p.id, p.title]));
  const blocks: string[] = [];
  for (const p of committed) {
    const decisions = w.decisions
      .filter((d) => d.priorityIds.includes(p.id) && d.why.trim().length > 0)
      .sort((a, b) => b.date.localeCompare(a.date));
    const tradeOffs = w.links.filter(
      (l) => (l.from === p.id || l.to === p.id) && (l.kind === 'trades-off' || l.kind === 'conflicts-with'),
    );
    if (decisions.length === 0 && tradeOffs.length === 0) continue;
    const items = [`**${text(p.title)}**`];
    for (const d of decisions) {
      const parts = [`${text(d.why)} (${text(d.what)}, ${d.date})`];
      if (d.alternatives.trim()) parts.push(`Weighed against: ${text(d.alternatives)}`);
      if (d.dissent.trim()) parts.push(`Recorded dissent: ${text(d.dissent)}`);
      items.push(bullet(lines(...parts)));
    }
    for (const l of tradeOffs) {
      const other = titles.get(l.from === p.id ? l.to : l.from);
      if (other === undefined) continue;
      const verb = l.kind === 'trades-off' ? 'Traded off against' : 'Conflicts with';
      const cost = l.cost.trim() ? `; the cost: ${text(l.cost)}` : '';
      items.push(bullet(`${verb} ${text(other)}${cost}`));
    }
    blocks.push(items.join('\n'));
  }
  return blocks.length > 0 ? blocks : [text('The decision log gives no reasons for these priorities yet.')];
}

function notDoingBlocks(w: Workspace): string[] {
  const out = w.priorities.filter((p) => p.status === 'deferred' || p.status === 'dropped');
  if (out.length === 0) return [text('Nothing was deferred or dropped.')];
  return out.map((p) => {
    const why = notDoingRationale(w.decisions, p.id).trim();
    const status = p.status === 'deferred' ? 'Deferred' : 'Dropped';
    return bullet(`**${text(p.title)}**: ${status}${why ? `. ${text(why)}` : ''}`);
  });
}

function contributionBlocks(w: Workspace, departmentId: string): string[] {
  const department = w.cascade.departments.find((d) => d.id === departmentId)!;
  const own = w.cascade.contributions
    .filter((c) => c.departmentId === departmentId)
    .sort((a, b) => (a.localRank ?? Infinity) - (b.localRank ?? Infinity));
  const titles = new Map(w.priorities.map((p) => [p.id, p]));
  const used = own.reduce((sum, c) => sum + c.effort, 0);
  const load = text(
    `Planned: ${points(used)} effort points against a capacity of ${points(department.capacity)}.`,
  );
  if (own.length === 0) return [text(`${department.name} has no objectives in the cascade yet.`), load];
  const blocks = own.map((c) => {
    const serves = c.priorityIds
      .map((id) => titles.get(id))
      .filter((p) => p !== undefined)
      .map((p) => (p.status === 'committed' ? text(p.title) : `${text(p.title)} (${p.status})`));
    return bullet(
      lines(
        `**${text(c.objective)}**`,
        `Serves: ${serves.length > 0 ? serves.join('; ') : 'no company priority'}`,
        `Owner: ${text(c.owner) || 'not named'}; measure: ${text(c.measure) || 'not set'}; horizon: ${c.horizon}; effort: ${points(c.effort)}`,
      ),
    );
  });
  return [...blocks, load];
}

function messageBlocks(w: Workspace): string[] {
  const blocks = w.agreedMessages.map((m, i) => `${i + 1}\\. ${text(m)}`);
  if (blocks.length === 0) blocks.push(text('No messages were agreed.'));
  const success = w.successDefinition;
  const about = success ? w.priorities.find((p) => p.id === success.priorityId) : undefined;
  // Like everywhere else, a definition about a card that is gone or not committed means nothing.
  if (success && about?.status === 'committed') {
    blocks.push(
      `**What success means for ${text(about.title)}:** ${text(success.metric)}, target ${text(success.target)}`,
    );
  }
  return blocks;
}

const points = (n: number) => String(Math.round(n * 10) / 10);
