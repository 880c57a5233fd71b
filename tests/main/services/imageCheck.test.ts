import fc from 'fast-check';
import { deflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCompletePng, isSafeSvg } from '../../../src/main/services/imageCheck';
import { renderBoardSvg } from '../../../src/shared/domain/board';
import { boardWith } from '../../shared/domain/board/boardFixture';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real 2×1 PNG, built by hand. */
function tinyPng(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 0, 255]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('board images are checked whole before they are written', () => {
  it('a complete PNG passes; a PNG header in front of anything else does not', () => {
    const png = tinyPng();
    expect(isCompletePng(png)).toBe(true);
    expect(isCompletePng(Buffer.concat([png.subarray(0, 8), Buffer.from('<script>alert(1)</script>')]))).toBe(
      false,
    );
    expect(isCompletePng(Buffer.concat([png, Buffer.from('#!/bin/sh\nrm -rf ~\n')]))).toBe(false);
    expect(isCompletePng(png.subarray(0, png.length - 4))).toBe(false);
    const flipped = Buffer.from(png);
    flipped[40] = flipped[40]! ^ 0xff; // inside IDAT: its CRC no longer matches
    expect(isCompletePng(flipped)).toBe(false);
  });

  it('random bytes after a PNG signature never pass', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (tail) => {
        const bytes = Buffer.concat([tinyPng().subarray(0, 8), Buffer.from(tail)]);
        expect(isCompletePng(bytes)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('an SVG that could run script or load anything is refused', () => {
    const ok = '<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="2">Launch EU</text></svg>';
    expect(isSafeSvg(Buffer.from(ok))).toBe(true);
    for (const bad of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"></svg>',
      '<svg><foreignObject><iframe src="x"/></foreignObject></svg>',
      '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
      '<svg><image href="https://tracker.example/p.png"/></svg>',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>',
      '<svg><text>\u0001</text></svg>',
      'not an svg <svg></svg>',
      '<svg></svg> trailing',
    ]) {
      expect(isSafeSvg(Buffer.from(bad))).toBe(false);
    }
    expect(isSafeSvg(Buffer.from([0x3c, 0x73, 0x76, 0x67, 0x3e, 0xff, 0xfe]))).toBe(false);
  });

  it('the board’s own SVG passes, whatever the card titles hold (control characters included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { minLength: 1, maxLength: 6 }),
        (titles) => {
          const w = boardWith(
            titles.map((title, i) => ({
              id: `c${i}`,
              title: title.trim() === '' ? `Card ${i}` : title,
              impact: 5,
              effort: 5,
            })),
            20,
          );
          expect(isSafeSvg(Buffer.from(renderBoardSvg(w)))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});
