import './freshDb';
import './setupTemplates';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from './freshDb';
import { installTemplatesMain } from './fakeTemplatesMain';
import { renderApp } from '../renderApp';
import {
  builtInTemplates,
  createUserTemplate,
  exportTemplate,
  parseTemplateFile,
  toPortable,
  type Template,
} from '../../../src/shared/domain/templates';
import { userTemplates } from '../../../src/renderer/src/features/templates/repository';

const NOW = new Date('2026-11-21T09:00:00.000Z');
let main: ReturnType<typeof installTemplatesMain>['main'];
beforeEach(() => {
  freshDb();
  ({ main } = installTemplatesMain());
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (window as { __pwned?: unknown }).__pwned;
});

async function openLibrary() {
  const app = await renderApp();
  await app.user.click(screen.getByRole('button', { name: 'Templates' }));
  await screen.findByRole('button', { name: /Quarterly Business Review/ });
  return app;
}

const fileOf = (text: string, name = 'template.json') => new File([text], name, { type: 'application/json' });
const importInput = () => screen.getByLabelText<HTMLInputElement>('Template file to import');

const HOSTILE = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';
function hostileTemplate(): Template {
  const t = createUserTemplate({ name: `Q1 ${HOSTILE}`, kind: 'qbr', description: HOSTILE }, () => 'h', NOW);
  return {
    ...t,
    sections: [
      { id: 's1', type: 'text', title: HOSTILE, prompts: [HOSTILE, 'javascript:alert(1)'], minutes: 30 },
    ],
  };
}

describe('export and import in the library', () => {
  it('exports a template to a .json download that imports back to the same template', async () => {
    let blob: Blob | null = null;
    let downloaded = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:offsite/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    const { user } = await openLibrary();
    await user.click(screen.getByRole('button', { name: /Two-day leadership offsite/ }));
    await user.click(await screen.findByRole('button', { name: 'Export…' }));
    expect(downloaded).toBe('Two-day leadership offsite.offsite-template.json');
    const text = await blob!.text();
    const parsed = parseTemplateFile(text);
    const offsite = builtInTemplates().find((t) => t.id === 'builtin-offsite-two-day')!;
    expect(parsed).toEqual({ ok: true, template: toPortable(offsite) });

    await user.upload(importInput(), fileOf(text));
    const notice = await screen.findByText('Template imported');
    expect(notice.closest('[role="status"]')?.textContent).toMatch(
      /“Two-day leadership offsite \(2\)” was imported with 15 sections/,
    );
    const [imported] = await userTemplates();
    expect(toPortable(imported!)).toEqual({ ...toPortable(offsite), name: 'Two-day leadership offsite (2)' });
    expect((await screen.findByRole<HTMLInputElement>('textbox', { name: 'Template name' })).value).toBe(
      'Two-day leadership offsite (2)',
    );
  });

  const hostileFiles: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format":', /cut off/],
    ['a workspace', JSON.stringify({ schemaVersion: 2, participants: [] }), /workspace, not a template/],
    [
      'a wrong type',
      exportTemplate(builtInTemplates()[0]!, NOW).replace('"type": "kpi-scorecard"', '"type": 42'),
      /section 5, “type”/,
    ],
    [
      'a __proto__ key',
      exportTemplate(builtInTemplates()[0]!, NOW).replace('"name":', '"__proto__": {"x": 1}, "name":'),
      /no saved file ever has/,
    ],
    ['a huge file', `{"padding": "${'x'.repeat(1_100_000)}"}`, /at most 1 MB/],
  ];
  for (const [what, text, reason] of hostileFiles) {
    it(`refuses ${what}, names the problem and imports nothing`, async () => {
      const { user } = await openLibrary();
      await user.upload(importInput(), fileOf(text));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/Nothing imported/);
      expect(alert.textContent).toMatch(reason);
      expect(await userTemplates()).toEqual([]);
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    });
  }

  it('X1: markup in a template is shown as text and never runs', async () => {
    const { user } = await openLibrary();
    await user.upload(importInput(), fileOf(exportTemplate(hostileTemplate(), NOW)));
    const name = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Template name' });
    expect(name.value).toBe(`Q1 ${HOSTILE}`);
    const prompts = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Guidance prompts/ });
    expect(prompts.value).toBe(`${HOSTILE}\njavascript:alert(1)`);
    expect(within(screen.getByRole('navigation')).getByText(`Q1 ${HOSTILE}`)).toBeTruthy();
    expect(document.querySelector('img, iframe, object, embed')).toBeNull();
    expect([...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('pwned'))).toEqual(
      [],
    );
    await new Promise((r) => setTimeout(r, 20));
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('starts a new workspace from the template that fits its kind, or the one picked', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'New workspace' }));
    const dialog = screen.getByRole('dialog', { name: 'New workspace' });
    const picker = within(dialog).getByLabelText<HTMLSelectElement>('Start from template');
    await user.type(within(dialog).getByLabelText('Name'), 'Q1 QBR');
    await user.click(within(dialog).getByRole('radio', { name: 'QBR' }));
    await waitFor(() => expect(picker.value).toBe('builtin-qbr'));
    await user.click(within(dialog).getByRole('radio', { name: 'Annual review' }));
    expect(picker.value).toBe('builtin-annual-review');
    await user.selectOptions(picker, 'Alignment checkpoint');
    await user.click(within(dialog).getByRole('radio', { name: 'Offsite' }));
    expect(picker.value).toBe('builtin-alignment-checkpoint'); // a choice sticks
    await user.click(within(dialog).getByRole('button', { name: 'Create workspace' }));
    expect(main.requestsTo('workspace:create').map((r) => r.input.templateId)).toEqual([
      'builtin-alignment-checkpoint',
    ]);
    const path = main.requestsTo('workspace:create')[0]!.parentDir + '/Q1 QBR';
    expect(main.onDisk(path)?.templateId).toBe('builtin-alignment-checkpoint');
  });

  it('a new workspace can start from no template', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'New workspace' }));
    const dialog = screen.getByRole('dialog', { name: 'New workspace' });
    await user.type(within(dialog).getByLabelText('Name'), 'Blank');
    const picker = within(dialog).getByLabelText<HTMLSelectElement>('Start from template');
    await waitFor(() => expect(picker.value).toBe('builtin-offsite-two-day'));
    await user.selectOptions(picker, 'No template');
    await user.click(within(dialog).getByRole('button', { name: 'Create workspace' }));
    expect(main.requestsTo('workspace:create')[0]!.input).not.toHaveProperty('templateId');
  });
});
