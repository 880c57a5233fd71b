import './freshDb';
import './setupTemplates';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { failingWrites, freshDb } from './freshDb';
import { installTemplatesMain } from './fakeTemplatesMain';
import { renderApp } from '../renderApp';
import { getTemplate, userTemplates } from '../../../src/renderer/src/features/templates/repository';
import type { TemplatesDb } from '../../../src/renderer/src/features/templates/db';
import { createUserTemplate } from '../../../src/shared/domain/templates';

let db: TemplatesDb;
beforeEach(() => {
  db = freshDb();
  installTemplatesMain();
});

async function openLibrary() {
  const app = await renderApp();
  await app.user.click(screen.getByRole('button', { name: 'Templates' }));
  await screen.findByRole('button', { name: /Quarterly Business Review/ });
  return app;
}

const library = () => screen.getByRole('navigation', { name: 'Template library' });
const mineCount = async () => (await userTemplates()).length;
const only = async () => {
  const list = await userTemplates();
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe('the template library', () => {
  it('tells the user, on the home screen, when templates were restored from disk', async () => {
    const saved = createUserTemplate(
      { name: 'Board prep' },
      () => 'saved-1',
      new Date('2026-11-01T00:00:00Z'),
    );
    installTemplatesMain({ savedAt: '2026-11-01T00:00:00.000Z', templates: [saved] });
    await renderApp();
    const title = await screen.findByText('Templates restored');
    expect(title.closest('[role="status"]')?.textContent).toMatch(/1 template was restored/);
    expect(await getTemplate('saved-1')).toEqual(saved);
  });

  it('lists the five built-ins, shows one read-only, and duplicates it into an editable copy', async () => {
    const { user } = await openLibrary();
    const builtIn = within(library()).getByRole('region', { name: /Built-in/ });
    expect(
      within(builtIn)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      expect.stringMatching(/^Quarterly Business Review/),
      expect.stringMatching(/^Annual Business Review/),
      expect.stringMatching(/^Two-day leadership offsite/),
      expect.stringMatching(/^Alignment checkpoint/),
      expect.stringMatching(/^Quarterly focus/),
    ]);

    await user.click(within(builtIn).getByRole('button', { name: /Quarterly Business Review/ }));
    await screen.findByRole('heading', { level: 2, name: 'Quarterly Business Review' });
    expect(
      within(screen.getByRole('list', { name: 'Sections' })).getAllByRole('listitem', {}).length,
    ).toBeGreaterThan(13); // 13 sections, each with its prompts
    expect(screen.queryByRole('textbox', { name: 'Template name' })).toBeNull();
    expect(screen.getByText(/Built-in templates are read-only/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Duplicate to edit' }));
    const name = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Template name' });
    expect(name.value).toBe('Quarterly Business Review (copy)');
    const copy = await only();
    expect(copy.sections).toHaveLength(13);
    expect(within(library()).getByRole('button', { current: true }).textContent).toMatch(/\(copy\)/);
  });

  it('creates a template and saves every edit: name, kind, sections, prompts, timebox, order', async () => {
    const { user } = await openLibrary();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    const name = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Template name' });
    expect(name.value).toBe('Untitled template');
    const id = (await only()).id;

    await user.clear(name);
    await user.type(name, 'Board prep');
    await waitFor(async () => expect((await getTemplate(id))?.name).toBe('Board prep'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Template kind' }), 'QBR');
    await waitFor(async () => expect((await getTemplate(id))?.kind).toBe('qbr'));

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Type of the new section' }),
      'KPI scorecard',
    );
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    await screen.findByRole('textbox', { name: /Guidance prompts for “KPI scorecard”/ });
    const prompts = screen.getByRole('textbox', { name: /Guidance prompts for “KPI scorecard”/ });
    await user.clear(prompts);
    await user.type(prompts, 'ARR against plan{Enter}{Enter}  Net retention  ');
    await waitFor(async () =>
      expect((await getTemplate(id))?.sections[1]?.prompts).toEqual(['ARR against plan', 'Net retention']),
    );
    await user.type(screen.getByRole('spinbutton', { name: /Timebox for “KPI scorecard”/ }), '45');
    await waitFor(async () => expect((await getTemplate(id))?.sections[1]?.minutes).toBe(45));

    await user.click(screen.getByRole('button', { name: 'Move “KPI scorecard” up' }));
    await waitFor(async () =>
      expect((await getTemplate(id))?.sections.map((s) => s.type)).toEqual(['kpi-scorecard', 'title']),
    );
    const rows = within(screen.getByRole('list', { name: 'Sections' })).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Section 1: KPI scorecard',
      'Section 2: Title',
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove “Title”' }));
    await waitFor(async () =>
      expect((await getTemplate(id))?.sections.map((s) => s.type)).toEqual(['kpi-scorecard']),
    );
  });

  it('deletes a template with a way back', async () => {
    const { user } = await openLibrary();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await screen.findByRole('textbox', { name: 'Template name' });
    const before = await only();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const undo = (await screen.findByText(/^Deleted “/)).closest<HTMLElement>('[role="status"]')!;
    expect(undo.textContent).toMatch(/Deleted “Untitled template”/);
    expect(await mineCount()).toBe(0);
    await user.click(within(undo).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getTemplate(before.id)).toEqual(before));
    expect(await screen.findByRole('textbox', { name: 'Template name' })).toBeTruthy();
  });

  it('finds templates by words and by kind', async () => {
    const { user } = await openLibrary();
    const names = () =>
      within(library())
        .queryAllByRole('button')
        .map((b) => b.querySelector('.template-item-name')?.textContent);
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'same message');
    await waitFor(() => expect(names()).toEqual(['Alignment checkpoint']));
    await user.clear(screen.getByRole('searchbox', { name: 'Search templates' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Offsite');
    await waitFor(() => expect(names()).toEqual(['Two-day leadership offsite']));
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'nothing like this');
    expect(await screen.findByText(/No template matches/)).toBeTruthy();
  });

  it('a failed save (full disk) is shown, and the stored template stays whole', async () => {
    const fail = failingWrites(db);
    const { user } = await openLibrary();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    const name = await screen.findByRole('textbox', { name: 'Template name' });
    const before = await only();
    fail.failFrom(1);
    await user.type(name, '!');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Your last change was not saved/);
    expect(alert.textContent).toMatch(/disk is too full/);
    fail.off();
    expect(await getTemplate(before.id)).toEqual(before);
  });
});
