import { describe, expect, it } from 'vitest';
import { agendaFromTemplate, formatClock, scheduleAgenda } from '../../../../src/shared/domain/agenda';
import { builtInTemplates } from '../../../../src/shared/domain/templates';
import { Workspace } from '../../../../src/shared/domain/workspace';
import { emptyOffsite } from './agendaFixture';

let n = 0;
const newId = () => `t-${++n}`;

describe('an agenda built from a template', () => {
  it('has a block per timeboxed section with its timebox, lunch fixed at 12:30, more days when needed', () => {
    const template = builtInTemplates().find((t) => t.kind === 'offsite')!;
    const timed = template.sections.filter((s) => s.minutes !== null);
    const w = agendaFromTemplate(emptyOffsite(), template.sections, newId);
    expect(Workspace.safeParse(w).success).toBe(true);
    const blocks = w.agenda.blocks.filter((b) => b.title !== 'Lunch');
    expect(blocks.map((b) => [b.title, b.minutes])).toEqual(
      timed.map((s) => [s.title.replace(/^Day \d · /, ''), s.minutes]),
    );
    // The template's "Day 2 · …" sections start the second day.
    const dayOf = (title: string) => w.agenda.blocks.find((b) => b.title === title)!.dayId;
    expect(dayOf('Re-vote and consensus')).toBe(w.agenda.days[1]!.id);
    expect(dayOf('Wrap-up and parking lot')).toBe(w.agenda.days[0]!.id);
    const lunch = w.agenda.blocks.find((b) => b.title === 'Lunch');
    const total = timed.reduce((s, x) => s + x.minutes!, 0);
    if (total > 210) expect(lunch).toMatchObject({ fixedStart: 750, kind: 'break' });
    for (const day of scheduleAgenda(w.agenda)) {
      expect(day.overrun, `day ${day.day.id} ends ${formatClock(day.end)}`).toBe(0);
    }
  });

  it('spreads a long programme over several days, each within its hours', () => {
    const sections = Array.from({ length: 12 }, (_, i) => ({
      type: 'text' as const,
      title: `Session ${i + 1}`,
      minutes: 90,
    }));
    const w = agendaFromTemplate(emptyOffsite(), sections, newId);
    expect(w.agenda.days.length).toBeGreaterThanOrEqual(3);
    expect(w.agenda.days[1]!.date).toBe('2027-01-15');
    for (const day of scheduleAgenda(w.agenda)) expect(day.overrun).toBe(0);
    expect(w.agenda.blocks.filter((b) => b.title.startsWith('Session'))).toHaveLength(12);
  });
});
