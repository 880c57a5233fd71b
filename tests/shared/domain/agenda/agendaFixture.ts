import { addBlock, agendaFromTemplate } from '../../../../src/shared/domain/agenda';
import { createWorkspace, Workspace, type Workspace as W } from '../../../../src/shared/domain/workspace';

/** An offsite in Lisbon: 09:00–17:00, lunch fixed at 12:30, two priorities the team splits over. */
export function offsite(): W {
  let w = createWorkspace(
    { name: 'Leadership offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind' },
    'ws-1',
    new Date('2027-01-14T08:00:00Z'),
  );
  w = {
    ...w,
    agenda: {
      ...w.agenda,
      timeZone: 'Europe/Lisbon',
      days: [{ id: 'day-1', date: '2027-01-14', start: 540, end: 1020 }],
    },
    priorities: ['Launch in the EU', 'Enterprise SSO'].map((title, i) => ({
      id: `p${i + 1}`,
      title,
      description: '',
      owner: '',
      department: '',
      impact: 5,
      effort: 5,
      horizon: 'now' as const,
      status: 'candidate' as const,
      scores: {},
    })),
  };
  const blocks = [
    { id: 'b1', title: 'Check-in', minutes: 30, kind: 'discussion' as const },
    {
      id: 'b2',
      title: 'Rank the bets',
      minutes: 90,
      kind: 'ranking' as const,
      minMinutes: 45,
      priorityIds: ['p1', 'p2'],
    },
    {
      id: 'b3',
      title: 'Board: EU against SSO',
      minutes: 60,
      kind: 'board' as const,
      minMinutes: 30,
      priorityIds: ['p1'],
    },
    { id: 'b4', title: 'Lunch', minutes: 60, kind: 'break' as const, fixedStart: 750 },
    { id: 'b5', title: 'Commit to one focus', minutes: 120, kind: 'discussion' as const, minMinutes: 60 },
    { id: 'b6', title: 'Messages to our teams', minutes: 90, kind: 'discussion' as const, minMinutes: 30 },
  ];
  for (const { id, ...input } of blocks) w = addBlock(w, { ...input, dayId: 'day-1' }, id);
  return Workspace.parse(w);
}

export function emptyOffsite(): W {
  return { ...offsite(), agenda: { ...offsite().agenda, blocks: [] } };
}

export { agendaFromTemplate };

/** 2027-01-14 at hh:mm in Lisbon (UTC+0 in winter). */
export const at = (clock: string) => Date.parse(`2027-01-14T${clock}:00Z`);
export const MIN = 60_000;
