import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWorkspace, MAX_DEPTH, parseJsonSafely } from '../../../../src/shared/domain/workspace';
import { workspaceArbitrary } from '../../../support/workspaceArbitrary';

/** Generated documents per run (docs/quality.md V2 asks for at least 10,000); FUZZ_RUNS raises it. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('safe JSON parsing (V2)', () => {
  it('refuses __proto__ and constructor.prototype keys anywhere in the document', () => {
    for (const text of [
      '{"__proto__": {"polluted": true}}',
      '{"a": [{"b": {"__proto__": {}}}]}',
      '{"constructor": {"prototype": {"polluted": true}}}',
    ]) {
      expect(parseJsonSafely(text)).toMatchObject({ ok: false, reason: 'forbidden-key' });
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it(`accepts ${MAX_DEPTH} levels of nesting and refuses ${MAX_DEPTH + 1}`, () => {
    expect(parseJsonSafely(nested(MAX_DEPTH)).ok).toBe(true);
    expect(parseJsonSafely(nested(MAX_DEPTH + 1))).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(parseJsonSafely(nested(100_000))).toMatchObject({ ok: false });
  });

  it('calls 100,000 nested brackets too deep, not "not valid JSON"; brackets inside strings do not count', () => {
    expect(parseJsonSafely(nested(100_000))).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(parseJsonSafely(`{"a": ${nested(100_000)}}`)).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(parseJsonSafely(JSON.stringify({ title: '['.repeat(500), note: '\\"[[[' })).ok).toBe(true);
  });

  it('reports bad syntax without throwing', () => {
    expect(parseJsonSafely('{"a": ')).toMatchObject({ ok: false, reason: 'syntax' });
    expect(parseJsonSafely('\u0000\u0000')).toMatchObject({ ok: false, reason: 'syntax' });
  });

  it(`gives only validation errors for ${RUNS} generated and mutated documents, and never pollutes Object.prototype`, () => {
    const mutated = workspaceArbitrary.chain((w) => {
      const text = JSON.stringify(w);
      return fc.oneof(
        fc.constant(text),
        // Cut the file anywhere (a torn write or a truncated download).
        fc.nat(text.length).map((n) => text.slice(0, n)),
        // Flip a character anywhere.
        fc
          .tuple(fc.nat(Math.max(0, text.length - 1)), fc.string({ minLength: 1, maxLength: 1 }))
          .map(([i, c]) => text.slice(0, i) + c + text.slice(i + 1)),
        // Inject a hostile key or deep nesting into the object.
        fc
          .constantFrom(
            '"__proto__":{"polluted":1},',
            '"constructor":{"prototype":{"polluted":1}},',
            `"deep":${nested(80)},`,
          )
          .map((inject) => `{${inject}${text.slice(1)}`),
        // Replace a value by an arbitrary JSON value.
        fc.jsonValue().map((v) => JSON.stringify({ ...w, participants: v })),
      );
    });
    fc.assert(
      fc.property(mutated, (text) => {
        const decoded = decodeWorkspace(text);
        if (!decoded.ok) expect(['CORRUPT', 'INVALID', 'TOO_NEW']).toContain(decoded.code);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    // Ten thousand whole workspaces: seconds of work, more on a busy CI machine.
  }, 120_000);
});
