import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { createDeck, DEFAULT_DECK_ORDER } from '../../../src/shared/domain/deck';
import { SECTION_TYPE_INFO } from '../../../src/shared/domain/templates';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { advance, renderApp } from '../renderApp';
import { openDeck, openQbrTab, openSection, outline, outlineTitles, preview } from './openQbr';

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers();
  main = installFakeApi();
});

const DEFAULT_TITLES = DEFAULT_DECK_ORDER.map((t) =>
  t === 'title' ? 'Q1 2027 QBR' : SECTION_TYPE_INFO[t].defaultTitle,
);

describe('the QBR deck editor', () => {
  it('makes a deck in the usual QBR order when there is no template, and saves it', async () => {
    const { user, path } = await openQbrTab(main);
    await user.click(screen.getByRole('button', { name: 'Create deck' }));
    expect(outlineTitles()).toEqual(DEFAULT_TITLES);
    await advance(2000);
    expect(main.onDisk(path)?.deck?.sections.map((s) => s.type)).toEqual([...DEFAULT_DECK_ORDER]);
    expect(main.onDisk(path)?.deck?.confidential).toBe(true);
  });

  it('shows a KPI row’s status from its numbers as they are typed, and which way is better counts', async () => {
    const { user, path } = await openDeck(main);
    await openSection(user, /KPI scorecard/);
    await user.click(screen.getByRole('button', { name: 'Add KPI' }));
    await user.type(screen.getByLabelText('Metric 1'), 'Net revenue retention');
    const status = () => screen.getByRole('status', { name: 'Status of Net revenue retention' }).textContent;
    expect(status()).toBe('No data');
    await user.type(screen.getByLabelText('Target for Net revenue retention'), '110');
    await user.type(screen.getByLabelText('Actual for Net revenue retention'), '104');
    expect(status()).toBe('At risk'); // 6 short of 110: within 10 % of the target
    const actual = screen.getByLabelText('Actual for Net revenue retention');
    await user.clear(actual);
    await user.type(actual, '95');
    expect(status()).toBe('Off track');
    await user.selectOptions(screen.getByLabelText('Which way is better for Net revenue retention'), 'lower');
    expect(status()).toBe('On track'); // 95 against a ceiling of 110
    // The slide follows the editor.
    await advance(10);
    const slideRow = within(preview()).getByText('Net revenue retention').closest('tr')!;
    expect(slideRow.textContent).toMatch(/On track/);
    await advance(2000);
    const kpi = main.onDisk(path)?.deck?.sections.find((s) => s.type === 'kpi-scorecard');
    expect(kpi).toMatchObject({
      rows: [{ metric: 'Net revenue retention', target: 110, actual: 95, better: 'lower', prior: null }],
    });
  });

  it('keeps a half-typed figure on screen without saving it', async () => {
    const { user, path } = await openDeck(main);
    await openSection(user, /KPI scorecard/);
    await user.click(screen.getByRole('button', { name: 'Add KPI' }));
    const target = screen.getByLabelText<HTMLInputElement>('Target for KPI 1');
    await user.type(target, '1,200');
    await user.type(target, 'x');
    expect(target.value).toBe('1,200x');
    expect(target.getAttribute('aria-invalid')).toBe('true');
    await advance(2000);
    const kpi = main.onDisk(path)?.deck?.sections.find((s) => s.type === 'kpi-scorecard');
    expect(kpi).toMatchObject({ rows: [{ target: 1200 }] });
  });

  it('shows the commitments’ completion as they are graded', async () => {
    const { user } = await openDeck(main);
    await openSection(user, /commitments/);
    const completion = () => screen.getByRole('status', { name: 'Completion' }).textContent;
    expect(completion()).toMatch(/grade the commitments/);
    for (const [i, [text, grade]] of [
      ['Launch EU', 'done'],
      ['Hire a CFO', 'partly'],
      ['Cut churn', 'missed'],
      ['New pricing', 'ungraded'],
    ].entries()) {
      await user.click(screen.getByRole('button', { name: 'Add commitment' }));
      await user.type(screen.getByLabelText(`Commitment ${i + 1}`), text!);
      await user.selectOptions(screen.getByLabelText(`Grade for ${text}`), grade!);
    }
    // done 1 + partly ½ + missed 0, over the 3 graded: 50 %.
    expect(completion()).toMatch(/^Completion 50% — 1 done, 1 partly, 1 missed \(1 not graded yet\)$/);
    await user.selectOptions(screen.getByLabelText('Grade for Cut churn'), 'done');
    expect(completion()).toMatch(/Completion 83%/);
  });

  it('reorders sections from the keyboard with the move buttons, and saves the order', async () => {
    const { user, path } = await openDeck(main);
    const down = within(outline()).getByRole('button', { name: 'Move “Agenda” down' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(outlineTitles().slice(0, 3)).toEqual(['Q1 2027 QBR', 'KPI scorecard', 'Agenda']);
    within(outline()).getByRole('button', { name: 'Move “Agenda” up' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(outlineTitles().slice(0, 3)).toEqual(['Agenda', 'Q1 2027 QBR', 'KPI scorecard']);
    await advance(2000);
    expect(
      main
        .onDisk(path)
        ?.deck?.sections.slice(0, 2)
        .map((s) => s.type),
    ).toEqual(['agenda', 'title']);
  });

  it('removes a section and puts it back in its place with Undo', async () => {
    const { user, path } = await openDeck(main);
    await user.click(within(outline()).getByRole('button', { name: 'Remove “KPI scorecard”' }));
    expect(outlineTitles()).not.toContain('KPI scorecard');
    const bar = screen
      .getByText('KPI scorecard', { selector: 'strong' })
      .closest<HTMLElement>('[role="status"]')!;
    expect(bar.textContent).toMatch(/^Removed “KPI scorecard”\./);
    await advance(2000);
    expect(main.onDisk(path)?.deck?.sections.some((s) => s.type === 'kpi-scorecard')).toBe(false);
    await user.click(within(bar).getByRole('button', { name: 'Undo' }));
    expect(outlineTitles()).toEqual(DEFAULT_TITLES);
    expect(screen.queryByText(/Removed “KPI scorecard”/)).toBeNull();
    // The restored section is open in the editor.
    expect(screen.getByRole('region', { name: 'Edit “KPI scorecard”' })).toBeTruthy();
    await advance(2000);
    expect(main.onDisk(path)?.deck?.sections.map((s) => s.type)).toEqual([...DEFAULT_DECK_ORDER]);
  });

  it('adds a section of any type after the selected one, and renames it', async () => {
    const { user } = await openDeck(main);
    await openSection(user, /Agenda/);
    await user.selectOptions(screen.getByLabelText('Type of the new section'), 'appendix');
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    expect(outlineTitles().slice(0, 3)).toEqual(['Q1 2027 QBR', 'Agenda', 'Appendix']);
    const title = screen.getByRole('textbox', { name: 'Section title' });
    await user.clear(title);
    await user.type(title, 'Definitions');
    expect(outlineTitles()[2]).toBe('Definitions');
    await advance(10);
    expect(within(preview()).getByRole('heading', { name: 'Definitions' })).toBeTruthy();
  });

  it('shows a Markdown payload as text in the preview, never as markup', async () => {
    const { user } = await openDeck(main);
    await openSection(user, /Agenda/);
    const text = screen.getByRole('textbox', { name: 'Text' });
    await user.clear(text);
    fireEvent.change(text, {
      target: { value: '<img src=x onerror=alert(1)> and <script>window.__pwned=1</script>' },
    });
    await advance(10);
    const slide = within(preview()).getAllByRole('figure')[0]!;
    expect(slide.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(slide.textContent).toContain('<script>window.__pwned=1</script>');
    expect(slide.querySelector('img, script, [onerror]')).toBeNull();
  });

  it('says where a live section comes from, and lets the facilitator pick the ranking round', async () => {
    const { user } = await openDeck(main);
    await openSection(user, /Decision log/);
    expect(
      screen.getByText(/^The decision log: 0 decisions\. Add or change them in the Decisions tab\.$/),
    ).toBeTruthy();
    await openSection(user, /Ranking result/);
    const round = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Ranking round' });
    expect([...round.options].map((o) => o.textContent)).toEqual(['No round']);
    expect(screen.getByText(/no ranking rounds yet: run one in the Ranking tab/)).toBeTruthy();
  });

  it('turns the Confidential footer off and on', async () => {
    const { user, path } = await openDeck(main);
    await advance(10);
    expect(within(preview()).getByText('Confidential')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /Confidential/ }));
    await advance(10);
    expect(within(preview()).queryByText('Confidential')).toBeNull();
    await advance(2000);
    expect(main.onDisk(path)?.deck?.confidential).toBe(false);
  });
});

describe('a read-only workspace', () => {
  it('shows the deck and its preview but offers no way to change it', async () => {
    const path = main.seed({ name: 'Held elsewhere', kind: 'qbr', readOnlyReason: 'Dana has it open.' });
    const stored = main.onDisk(path)!;
    stored.deck = createDeck(
      null,
      stored,
      (() => {
        let n = 0;
        return () => `s${++n}`;
      })(),
    );
    const { user } = await renderApp();
    await act(() => workspaceActions.openRecent(path));
    await user.click(screen.getByRole('tab', { name: 'QBR' }));
    expect(outlineTitles()).toEqual(DEFAULT_TITLES.map((t) => (t === 'Q1 2027 QBR' ? 'Held elsewhere' : t)));
    expect(screen.queryByRole('button', { name: /^Remove|^Move|^Drag|Add section/ })).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Section title' }).readOnly).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Confidential/ }).disabled).toBe(true);
    await advance(10);
    expect(within(preview()).getAllByRole('figure')).toHaveLength(1);
  });
});
