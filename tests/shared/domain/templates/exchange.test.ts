import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInTemplates,
  exportFileName,
  exportTemplate,
  fromPortable,
  MAX_IMPORT_BYTES,
  parseTemplateFile,
  Template,
  toPortable,
} from '../../../../src/shared/domain/templates';
import { userTemplate } from './templateArbitrary';

const NOW = new Date('2026-11-21T09:00:00.000Z');
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
let n = 0;
const ids = () => `imported-${++n}`;

const refused = (text: string): string => {
  const outcome = parseTemplateFile(text);
  if (outcome.ok) throw new Error('expected the import to be refused');
  expect(outcome.message).toMatch(/^This file cannot be imported: .+ Nothing was imported\.$/);
  return outcome.message;
};
const qbr = builtInTemplates()[0]!;
type Loose = Record<string, unknown>;
type Doc = Loose & { template: Loose & { sections: Loose[] } };
const exported = () => JSON.parse(exportTemplate(qbr, NOW)) as Doc;

describe('template export and import', () => {
  it('round-trips every valid template: export, import, export again', () => {
    fc.assert(
      fc.property(userTemplate, (t) => {
        const file = exportTemplate(t, NOW);
        const outcome = parseTemplateFile(file);
        expect(outcome).toEqual({ ok: true, template: toPortable(t) });
        if (!outcome.ok) return;
        const imported = fromPortable(outcome.template, [], ids, NOW);
        expect(Template.safeParse(imported).success).toBe(true);
        expect(imported).toMatchObject({
          origin: 'user',
          builtInVersion: null,
          createdAt: NOW.toISOString(),
        });
        expect(exportTemplate(imported, NOW)).toBe(file);
      }),
      { numRuns: RUNS },
    );
  });

  it('exports what a template says, not where it lived', () => {
    const file = exported();
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'template']);
    expect(file['format']).toBe('offsite.template');
    expect(JSON.stringify(file)).not.toContain(qbr.id);
    expect(Object.keys(file.template)).toEqual(['name', 'kind', 'description', 'sections']);
  });

  it('imports a built-in’s export as a user template under a free name', () => {
    const outcome = parseTemplateFile(exportTemplate(qbr, NOW));
    if (!outcome.ok) throw new Error(outcome.message);
    const t = fromPortable(outcome.template, [qbr.name], ids, NOW);
    expect(t.name).toBe('Quarterly Business Review (2)');
    expect(t.sections.map((s) => s.title)).toEqual(qbr.sections.map((s) => s.title));
    expect(t.sections.every((s) => s.id.startsWith('imported-'))).toBe(true);
  });

  it('names a safe file for the export', () => {
    expect(exportFileName({ name: 'Q1: Board / Prep?' })).toBe('Q1 Board Prep.offsite-template.json');
    expect(exportFileName({ name: '...' })).toBe('template.offsite-template.json');
    expect(exportFileName({ name: 'a\u0000b\nc' })).toBe('a b c.offsite-template.json');
  });

  describe('refuses hostile or wrong files, naming the problem', () => {
    it('not JSON, empty, or not an object', () => {
      expect(refused('{"format": "offsite.template",')).toMatch(/cut off/);
      expect(refused('')).toMatch(/cut off/);
      expect(refused('[1, 2, 3]')).toMatch(/does not contain an Offsite template/);
      expect(refused('"just a string"')).toMatch(/does not contain an Offsite template/);
      expect(refused('null')).toMatch(/does not contain an Offsite template/);
    });

    it('some other file, a workspace, or a newer format', () => {
      expect(refused('{"name": "x"}')).toMatch(/not an Offsite template file/);
      expect(refused(JSON.stringify({ schemaVersion: 2, participants: [] }))).toMatch(
        /workspace, not a template/,
      );
      expect(refused(JSON.stringify({ ...exported(), version: 7 }))).toMatch(
        /newer version of Offsite.*format 7/,
      );
    });

    it('wrong types, named by where they are', () => {
      const withSection = (patch: Record<string, unknown>) => {
        const file = exported();
        file.template.sections[2] = { ...file.template.sections[2], ...patch };
        return JSON.stringify(file);
      };
      expect(refused(withSection({ type: 'chart' }))).toMatch(
        /^This file cannot be imported: section 3, “type”: “chart” is not a section type; use one of title, text, /,
      );
      expect(refused(withSection({ type: 7 }))).toMatch(/section 3, “type”: A number is not a section type/);
      expect(refused(withSection({ minutes: '30' }))).toMatch(/section 3, “minutes”: .*number/);
      expect(refused(withSection({ minutes: 1.5 }))).toMatch(/whole number of minutes/);
      expect(refused(withSection({ prompts: ['ok', 7] }))).toMatch(/section 3, prompt 2: .*string/);
      expect(refused(withSection({ onclick: 'x' }))).toMatch(/section 3: .*onclick/);
      const file = exported();
      file.template.name = 42;
      expect(refused(JSON.stringify(file))).toMatch(/“name”: .*string/);
      file.template.name = '   ';
      expect(refused(JSON.stringify(file))).toMatch(/A template needs a name\./);
      (file as Loose)['template'] = { ...exported().template, sections: 'all' };
      expect(refused(JSON.stringify(file))).toMatch(/“sections”: .*array/);
    });

    it('huge files and texts over their limits', () => {
      const big = JSON.stringify({ ...exported(), padding: 'x'.repeat(MAX_IMPORT_BYTES) });
      expect(refused(big)).toMatch(/1\.0 MB, and a template file is at most 1 MB/);
      const file = exported();
      file.template.description = 'x'.repeat(1001);
      expect(refused(JSON.stringify(file))).toMatch(/“description”/);
      file.template = { ...exported().template };
      file.template.sections = Array.from({ length: 61 }, () => exported().template.sections[0]!);
      expect(refused(JSON.stringify(file))).toMatch(/at most 60 sections/);
      const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
      expect(refused(`{"format":"offsite.template","version":1,"exportedAt":"","template":${deep}}`)).toMatch(
        /built in a way no saved file ever is/,
      );
    });

    it('__proto__ and constructor keys, without touching Object.prototype', () => {
      const text = exportTemplate(qbr, NOW).replace('"name":', '"__proto__": {"polluted": true}, "name":');
      expect(refused(text)).toMatch(/no saved file ever has/);
      expect(refused('{"constructor": {"prototype": {"polluted": 1}}}')).toMatch(/no saved file ever has/);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('keeps markup as the plain text it is', () => {
      const file = exported();
      file.template.name = '<script>window.__pwned = 1</script>';
      file.template.sections[0]!.prompts = ['<img src=x onerror="window.__pwned = 1">'];
      const outcome = parseTemplateFile(JSON.stringify(file));
      expect(outcome.ok && outcome.template.name).toBe('<script>window.__pwned = 1</script>');
      expect(outcome.ok && outcome.template.sections[0]!.prompts[0]).toBe(
        '<img src=x onerror="window.__pwned = 1">',
      );
    });
  });

  it('never throws on mutated files: either a valid template or a reason', () => {
    const base = JSON.parse(exportTemplate(qbr, NOW)) as unknown;
    const paths: Array<Array<string | number>> = [
      ['format'],
      ['version'],
      ['template'],
      ['template', 'name'],
      ['template', 'kind'],
      ['template', 'sections'],
      ['template', 'sections', 0],
      ['template', 'sections', 1, 'type'],
      ['template', 'sections', 1, 'prompts'],
      ['template', 'sections', 1, 'minutes'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, replacement) => {
        const doc = structuredClone(base) as Loose;
        let at = doc;
        for (const key of path.slice(0, -1)) at = at[key] as Loose;
        at[path[path.length - 1]!] = replacement;
        const outcome = parseTemplateFile(JSON.stringify(doc) ?? '');
        if (outcome.ok) {
          expect(Template.safeParse(fromPortable(outcome.template, [], ids, NOW)).success).toBe(true);
        } else {
          expect(outcome.message).toMatch(/^This file cannot be imported: /);
        }
      }),
      { numRuns: RUNS * 3 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
