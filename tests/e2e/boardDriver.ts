import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createWorkspace, type Link, type Priority, type Workspace } from '../../src/shared/domain/workspace';
import { newPriority } from '../../src/shared/domain/priorities';
import type { Harness } from './harness';

const TITLES = [
  'Launch in the EU',
  'Enterprise SSO',
  'Self-serve onboarding',
  'Usage-based pricing',
  'SOC 2 Type II',
  'Partner channel in DACH',
  'Mobile app v2',
  'Data warehouse migration',
  'Reduce churn in SMB',
  'Hire VP Marketing',
  'Customer advisory board',
  'AI assistant beta',
  'Cut cloud spend 20%',
  'Rebuild billing',
  'Public API v3',
  'Office in Singapore',
  'Sales playbook refresh',
  'Accessibility audit',
  'Support in 24/7',
  'Brand refresh',
  'Marketplace integrations',
  'Quarterly planning tool',
  'Employer brand',
  'Security champions',
  'Renewals desk',
  'Pricing page tests',
  'Onboarding emails',
  'Status page',
  'Design system 2.0',
  'Field marketing events',
  'Procurement portal',
  'Analyst relations',
  'Exec dashboard',
  'Churn early warning',
  'Legal templates',
  'Revenue operations team',
  'Localisation (FR, DE)',
  'Trial-to-paid nudges',
  'Incident reviews',
  'Leadership coaching',
];
const OWNERS = [
  ['Lena Ortiz', 'Sales'],
  ['Tom Becker', 'Engineering'],
  ['Ravi Menon', 'Finance'],
  ['Aiko Tanaka', 'People'],
  ['Marcus Hale', 'Operations'],
  ['Dana Whitfield', 'Executive'],
] as const;

/** A realistic board of `count` cards (≤ 40 named, then numbered), some linked and committed. */
export function demoBoardWorkspace(count: number, linkCount = Math.round(count * 0.4)): Workspace {
  const base = createWorkspace(
    { name: 'Q1 2027 Leadership Offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind Ltd' },
    'demo-board',
    new Date('2027-01-10T09:00:00Z'),
  );
  const priorities: Priority[] = Array.from({ length: count }, (_, i) => {
    const [owner, department] = OWNERS[i % OWNERS.length]!;
    return {
      ...newPriority({ title: TITLES[i] ?? `Initiative ${i + 1}`, owner, department }, `c${i}`),
      impact: Math.round(((i * 37) % 97) / 9.7),
      effort: Math.round(((i * 53 + 11) % 89) / 8.9),
      status: i % 7 === 0 ? 'committed' : i % 11 === 5 ? 'deferred' : i % 13 === 8 ? 'dropped' : 'candidate',
    };
  });
  const kinds: Link['kind'][] = ['depends-on', 'supports', 'conflicts-with', 'trades-off'];
  const seen = new Set<string>();
  const links: Link[] = [];
  for (let i = 0; links.length < linkCount && i < linkCount * 4; i++) {
    const from = `c${(i * 3) % count}`;
    // Each pass over the cards reaches 5 further along, so more links than cards can exist.
    const to = `c${(i * 3 + 1 + (i % 5) + 5 * Math.floor(i / count)) % count}`;
    const kind = kinds[i % 4]!;
    const key = [from, to].sort().join('|');
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    links.push({ id: `l${i}`, from, to, kind, cost: kind === 'trades-off' ? 'Launch EU slips 6 weeks' : '' });
  }
  return { ...base, priorities, links, board: { ...base.board, capacity: Math.round(count * 0.6) } };
}

/**
 * The board a room really brings: 40 cards, some with long titles and titles in other
 * scripts (Greek, Cyrillic, Arabic), linked, with trade-off costs.
 */
export function realisticBoardWorkspace(): Workspace {
  const w = demoBoardWorkspace(40);
  const retitled: Record<number, string> = {
    3: 'Replace the legacy order management system before the peak season',
    9: 'Консолидация поставщиков в Восточной Европе',
    14: 'Επέκταση στην ελληνική αγορά',
    21: 'توسيع فريق المبيعات في الخليج',
    30: 'Migrate every customer to the new billing platform without downtime',
  };
  return { ...w, priorities: w.priorities.map((p, i) => (retitled[i] ? { ...p, title: retitled[i] } : p)) };
}

/** `count` priorities pasted as a list: no scores given, so all at 5 and 5. */
export function pastedListWorkspace(count: number): Workspace {
  const w = demoBoardWorkspace(count, 0);
  return {
    ...w,
    name: 'Pasted priorities',
    priorities: w.priorities.map((p) => ({ ...p, impact: 5, effort: 5, status: 'candidate' })),
  };
}

/** Writes the workspace as a folder in Documents and opens it as the user would (Open…), on `tab`. */
export async function openOnTab(app: Harness, w: Workspace, tab: string): Promise<string> {
  const dir = join(app.documentsDir, w.name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'workspace.json'), JSON.stringify(w, null, 2));
  app.dialogs.workspaceFolders.push(dir);
  await app.page.getByRole('button', { name: /^Open/ }).click();
  await app.page.getByRole('heading', { level: 1, name: w.name }).waitFor();
  await app.page.getByRole('tab', { name: tab }).click();
  return dir;
}

/** The same, on the Board tab, once its cards are drawn. */
export async function openOnBoard(app: Harness, w: Workspace): Promise<string> {
  const dir = await openOnTab(app, w, 'Board');
  await app.page.getByTestId('board-card').first().waitFor();
  return dir;
}

/** A card on the canvas by its title. */
export function card(page: Page, title: string) {
  return page.getByTestId('board-card').filter({ hasText: title });
}
