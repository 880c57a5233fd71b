import fc from 'fast-check';
import {
  BALLOT_METHODS,
  CURRENT_SCHEMA_VERSION,
  type BallotContent,
  type BallotMethod,
  type Round,
  HORIZONS,
  LINK_KINDS,
  PRIORITY_STATUSES,
  WORKSPACE_KINDS,
  type Workspace,
  ACTION_STATUSES,
  type ActionItem,
  AXIS_PRESETS,
  type Decision,
  DECISION_KINDS,
  linkKey,
  BLOCK_KINDS,
  PARKED_OUTCOMES,
  type Agenda,
  type ParkedItem,
  emptyAgenda,
} from '../../src/shared/domain/workspace';

const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
const name = (max: number) => text(max).filter((s) => s.trim().length > 0);
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const colour = fc.stringMatching(/^#[0-9a-f]{6}$/);
const score = fc
  .double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true })
  .map((n) => (Object.is(n, -0) ? 0 : n));

/** Any valid workspace: unique ids, links only between existing distinct priorities. */
export const workspaceArbitrary: fc.Arbitrary<Workspace> = fc
  .record({
    id: fc.uuid(),
    name: name(200),
    kind: fc.constantFrom(...WORKSPACE_KINDS),
    period: text(40),
    organisation: text(200),
    createdAt: isoDate,
    updatedAt: isoDate,
    participants: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        name: name(120),
        role: text(120),
        department: text(120),
        colour,
        isFacilitator: fc.boolean(),
        votes: fc.boolean(),
      }),
      { maxLength: 8, selector: (p) => p.id },
    ),
    priorities: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        title: name(200),
        description: text(400),
        owner: text(120),
        department: text(120),
        impact: score,
        effort: score,
        horizon: fc.constantFrom(...HORIZONS),
        status: fc.constantFrom(...PRIORITY_STATUSES),
        scores: fc.record({ urgency: score, value: score, customY: score }, { requiredKeys: [] }),
      }),
      { maxLength: 8, selector: (p) => p.id },
    ),
    templateId: fc.option(fc.uuid(), { nil: null }),
    focusSeed: fc.option(fc.nat(), { nil: null }),
    roundSeeds: fc.array(
      fc.record({
        id: fc.uuid(),
        question: name(300),
        method: fc.constantFrom(...BALLOT_METHODS),
        items: fc.array(fc.nat(), { maxLength: 6 }),
        budget: fc.integer({ min: 1, max: 1000 }),
        dots: fc.integer({ min: 1, max: 10 }),
        ahpStrength: fc.boolean(),
        revealed: fc.boolean(),
        createdAt: isoDate,
        voters: fc.array(fc.nat(), { maxLength: 4 }),
        amounts: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 6 }),
        chainPrevious: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    board: fc.record({
      axes: fc.constantFrom(...AXIS_PRESETS),
      customX: text(40),
      customY: text(40),
      capacity: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
      notes: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          text: text(200),
          x: fc.integer({ min: -5000, max: 5000 }),
          y: fc.integer({ min: -5000, max: 5000 }),
        }),
        { maxLength: 3, selector: (n) => n.id },
      ),
    }),
    decisionSeeds: fc.array(
      fc.record({
        id: fc.uuid(),
        kind: fc.constantFrom(...DECISION_KINDS),
        what: name(300),
        why: text(200),
        dissent: text(100),
        date: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        linked: fc.array(fc.nat(), { maxLength: 3 }),
        action: fc.option(
          fc.record({ id: fc.uuid(), text: name(300), status: fc.constantFrom(...ACTION_STATUSES) }),
          {
            nil: null,
          },
        ),
      }),
      { maxLength: 3 },
    ),
    blockSeeds: fc.array(
      fc.record({
        id: fc.uuid(),
        title: name(200),
        kind: fc.constantFrom(...BLOCK_KINDS),
        minutes: fc.integer({ min: 1, max: 480 }),
        shrink: fc.nat(),
        fixedStart: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: null }),
        secondDay: fc.boolean(),
        spentMs: fc.integer({ min: 0, max: 3_600_000 }),
        done: fc.boolean(),
      }),
      { maxLength: 5 },
    ),
    parkedSeeds: fc.array(
      fc.record({
        id: fc.uuid(),
        text: name(300),
        parkedAt: isoDate,
        outcome: fc.constantFrom(...PARKED_OUTCOMES),
        reason: text(100),
        dots: fc.integer({ min: 0, max: 30 }),
      }),
      { maxLength: 4 },
    ),
    linkSeeds: fc.array(
      fc.record({
        id: fc.uuid(),
        a: fc.nat(),
        b: fc.nat(),
        kind: fc.constantFrom(...LINK_KINDS),
        cost: text(100),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ linkSeeds, roundSeeds, focusSeed, decisionSeeds, blockSeeds, parkedSeeds, ...w }): Workspace => {
    const ids = w.priorities.map((p) => p.id);
    const taken = new Set([...w.participants.map((p) => p.id), ...ids]);
    const links =
      ids.length < 2
        ? []
        : linkSeeds.flatMap((s) => {
            const from = ids[s.a % ids.length]!;
            const to = ids[(s.a + 1 + (s.b % (ids.length - 1))) % ids.length]!;
            const key = linkKey({ from, to, kind: s.kind });
            if (taken.has(s.id) || taken.has(key)) return [];
            taken.add(s.id);
            taken.add(key);
            return [{ id: s.id, from, to, kind: s.kind, cost: s.cost }];
          });
    const rounds: Round[] = [];
    for (const seed of roundSeeds) {
      if (taken.has(seed.id)) continue;
      taken.add(seed.id);
      const itemIds = ids.length === 0 ? [] : [...new Set(seed.items.map((n) => ids[n % ids.length]!))];
      const voterIds =
        w.participants.length === 0
          ? []
          : [...new Set(seed.voters.map((n) => w.participants[n % w.participants.length]!.id))];
      const ballots = voterIds.map((participantId, v) => ({
        participantId,
        submittedAt: seed.createdAt,
        content: ballotFor(seed.method, itemIds, seed.amounts, v),
      }));
      rounds.push({
        id: seed.id,
        question: seed.question,
        method: seed.method,
        itemIds,
        budget: seed.budget,
        dots: seed.dots,
        ahpStrength: seed.ahpStrength,
        status: seed.revealed ? 'revealed' : 'open',
        createdAt: seed.createdAt,
        revealedAt: seed.revealed ? seed.createdAt : null,
        previousRoundId: seed.chainPrevious && rounds.length > 0 ? rounds[rounds.length - 1]!.id : null,
        ballots,
      });
    }
    const focusPriorityId = focusSeed === null || ids.length === 0 ? null : ids[focusSeed % ids.length]!;
    const decisions: Decision[] = [];
    const actionItems: ActionItem[] = [];
    for (const seed of decisionSeeds) {
      if (taken.has(seed.id)) continue;
      taken.add(seed.id);
      decisions.push({
        id: seed.id,
        kind: seed.kind,
        what: seed.what,
        why: seed.why,
        alternatives: '',
        dissent: seed.dissent,
        owner: '',
        date: seed.date.toISOString().slice(0, 10),
        priorityIds: ids.length === 0 ? [] : [...new Set(seed.linked.map((n) => ids[n % ids.length]!))],
      });
      if (seed.action && !taken.has(seed.action.id)) {
        taken.add(seed.action.id);
        actionItems.push({ ...seed.action, owner: 'Dana', due: '', decisionId: seed.id });
      }
    }
    const notes = w.board.notes.filter((n) => !taken.has(n.id));
    const agenda: Agenda = {
      timeZone: 'Europe/Paris',
      days: [
        { id: 'day-1', date: '2027-01-14', start: 540, end: 1020 },
        { id: 'day-2', date: '2027-01-15', start: 510, end: 960 },
      ],
      blocks: [],
      run: { blockId: null, timer: { state: 'idle' }, countingSince: null, chime: false },
    };
    for (const seed of blockSeeds) {
      if (taken.has(seed.id)) continue;
      taken.add(seed.id);
      agenda.blocks.push({
        id: seed.id,
        dayId: seed.secondDay ? 'day-2' : 'day-1',
        title: seed.title,
        kind: seed.kind,
        minutes: seed.minutes,
        minMinutes: 1 + (seed.shrink % seed.minutes),
        fixedStart: seed.fixedStart,
        roundId: rounds[0]?.id ?? null,
        priorityIds: ids.slice(0, 2),
        sectionId: null,
        spentMs: seed.spentMs,
        done: seed.done,
      });
    }
    if (agenda.blocks.length > 0) {
      agenda.run = {
        blockId: agenda.blocks[0]!.id,
        timer: { state: 'running', endsAt: 1_800_000_000_000, totalMs: 1_800_000 },
        countingSince: 1_799_999_000_000,
        chime: true,
      };
    }
    const parkingLot: ParkedItem[] = [];
    for (const seed of parkedSeeds) {
      if (taken.has(seed.id)) continue;
      taken.add(seed.id);
      parkingLot.push({
        ...seed,
        blockId: agenda.blocks[0]?.id ?? null,
        priorityId: ids[0] ?? null,
        resultId: null,
      });
    }
    const board = { ...w.board, notes };
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      ...w,
      links,
      rounds,
      focusPriorityId,
      board,
      decisions,
      actionItems,
      deck: null,
      speakerNotes: {},
      agenda,
      parkingLot,
      series: null,
      agreedMessages: [],
      successDefinition: null,
      carriedIn: null,
      cascade: { departments: [], contributions: [] },
      checkpoints: [],
      translationChecks: [],
      statementChecks: [],
      supportChecks: [],
    };
  })
  .filter(
    (w) =>
      new Set([...w.participants, ...w.priorities].map((x) => x.id)).size ===
      w.participants.length + w.priorities.length,
  );

function ballotFor(method: BallotMethod, itemIds: string[], amounts: number[], shift: number): BallotContent {
  const rotated = itemIds.map((_, i) => itemIds[(i + shift) % itemIds.length]!);
  if (method === 'order') return { kind: 'order', tiers: rotated.map((i) => [i]) };
  if (method === 'pairwise') {
    const judgements = rotated
      .slice(1)
      .map((b, i) => ({ a: rotated[i]!, b, prefer: 'a' as const, strength: 1 + (i % 9) }));
    return { kind: 'pairwise', judgements };
  }
  return { kind: method, allocation: itemIds.map((itemId, i) => ({ itemId, amount: amounts[i] ?? 0 })) };
}

/** A large, realistic workspace: the benchmark and budget fixture. */
export function bigWorkspace(priorities: number, links: number): Workspace {
  const at = '2026-11-21T10:00:00.000Z';
  const list = Array.from({ length: priorities }, (_, i) => ({
    id: `p${i}`,
    title: `Priority ${i}: expand into segment ${i % 17}`,
    description:
      'Grow revenue in the mid-market by shipping the self-serve onboarding flow and pricing page.',
    owner: `Owner ${i % 23}`,
    department: ['Sales', 'Engineering', 'Finance', 'People', 'Operations'][i % 5]!,
    impact: (i * 7) % 11,
    effort: (i * 3) % 11,
    horizon: HORIZONS[i % 3]!,
    status: PRIORITY_STATUSES[i % 4]!,
    scores: {},
  }));
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'big',
    name: 'Benchmark workspace',
    kind: 'qbr',
    period: '2027-Q1',
    organisation: 'Northwind Ltd',
    createdAt: at,
    updatedAt: at,
    participants: Array.from({ length: 12 }, (_, i) => ({
      id: `u${i}`,
      name: `Participant ${i}`,
      role: 'VP',
      department: 'Sales',
      colour: '#0072b2',
      isFacilitator: i === 0,
      votes: i !== 0,
    })),
    priorities: list,
    links: Array.from({ length: links }, (_, i) => ({
      id: `l${i}`,
      // Each lap round the priorities links to a farther neighbour, so no pair repeats.
      from: `p${i % priorities}`,
      to: `p${(i + 1 + 7 * Math.floor(i / priorities)) % priorities}`,
      kind: LINK_KINDS[i % 4]!,
      cost: i % 4 === 2 ? 'Launch EU slips 6 weeks' : '',
    })),
    templateId: null,
    focusPriorityId: 'p1',
    rounds: [],
    board: { axes: 'impact-effort', customX: '', customY: '', capacity: priorities * 2, notes: [] },
    decisions: [],
    actionItems: [],
    deck: null,
    speakerNotes: {},
    agenda: emptyAgenda('Europe/Paris', 'day-1'),
    parkingLot: [],
    series: null,
    agreedMessages: [],
    successDefinition: null,
    carriedIn: null,
    cascade: { departments: [], contributions: [] },
    checkpoints: [],
    translationChecks: [],
    statementChecks: [],
    supportChecks: [],
  };
}
