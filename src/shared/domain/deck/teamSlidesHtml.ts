import { emptyNote, esc, markdownBlock } from './htmlParts';
import type { CascadeContent, MessagesContent } from './seriesSlideTypes';

/** Bodies of the "What every team will hear" and cascade slides; every piece of user text is escaped. */

const text = (s: string) => `<span dir="auto">${esc(s)}</span>`;

export function messagesBody(c: MessagesContent): string {
  const list = c.messages.length
    ? `<ol class="deck-messages" start="${c.firstNumber}">${c.messages.map((m) => `<li dir="auto">${esc(m)}</li>`).join('')}</ol>`
    : '';
  const empty = c.empty ? emptyNote(c.empty) : '';
  let success = '';
  if (c.success && 'empty' in c.success) {
    success = `<div class="deck-focus deck-success"><p class="deck-kicker">What success means</p>${emptyNote(c.success.empty)}</div>`;
  } else if (c.success) {
    const s = c.success;
    success =
      `<div class="deck-focus deck-success"><p class="deck-kicker">What success means</p>` +
      `<p class="deck-success-what">${text(s.priority)}</p>` +
      `<p class="deck-success-line"><span class="deck-muted">Metric:</span> ${text(s.metric)}</p>` +
      `<p class="deck-success-line"><span class="deck-muted">Target:</span> ${text(s.target)}</p></div>`;
  }
  const previous = c.previous
    ? `<p class="deck-success-previous"><strong>Last quarter${c.previous.period ? ` (${esc(c.previous.period)})` : ''}:</strong> ` +
      `${text(c.previous.title)}: ${text(c.previous.metric)}, target ${text(c.previous.target)}. ` +
      `<strong>Graded: ${esc(c.previous.grade)}</strong></p>`
    : '';
  return list + empty + success + previous + markdownBlock(c.markdown, 'deck-note');
}

export function cascadeBody(c: CascadeContent): string {
  const summary = `<p class="deck-summary"><strong>${esc(c.flagSummary)}</strong></p>`;
  if (c.empty) return summary + emptyNote(c.empty) + markdownBlock(c.markdown, 'deck-note');
  const head = ['Department', 'Objective', 'Owner', 'Measure', 'Horizon']
    .map((h) => `<th scope="col">${h}</th>`)
    .join('');
  const priorities = c.priorities
    .map((p) => {
      const heading =
        `<h3 class="deck-cascade-priority">${p.isFocus ? '<span class="deck-badge deck-badge-focus">Focus</span> ' : ''}` +
        `${text(p.title)}${p.continued ? ' <span class="deck-muted">(continued)</span>' : ''}</h3>`;
      if (p.none) return heading + `<p class="deck-empty deck-cascade-none">${esc(p.none)}</p>`;
      const rows = p.rows
        .map(
          (r) =>
            `<tr><td>${text(r.department)}</td><td>${text(r.objective)}</td><td>${r.owner.trim() ? text(r.owner) : '<span class="deck-muted">not named</span>'}</td>` +
            `<td>${r.measure.trim() ? text(r.measure) : '<span class="deck-muted">not set</span>'}</td><td>${esc(r.horizon)}</td></tr>`,
        )
        .join('');
      return `${heading}<table class="deck-table deck-cascade"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('');
  const flags = c.flags.length
    ? `<h3 class="deck-subhead deck-flags-head">Flags</h3><ul class="deck-flags">${c.flags
        .map(
          (f) =>
            `<li><span class="deck-badge deck-badge-contested">${esc(f.kind)}</span> <span dir="auto">${esc(f.message)}</span></li>`,
        )
        .join('')}</ul>`
    : '';
  return summary + priorities + flags + markdownBlock(c.markdown, 'deck-note');
}
