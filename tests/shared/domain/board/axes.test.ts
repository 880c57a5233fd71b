import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AXIS_PRESET_LABELS,
  axesOf,
  BoardError,
  matrixPoint,
  placeCard,
  quadrantOf,
  setCardScores,
} from '../../../../src/shared/domain/board';
import { AXIS_PRESETS, Workspace } from '../../../../src/shared/domain/workspace';
import { boardWith } from './boardFixture';

describe('board axes', () => {
  it('reads impact × effort as the classic matrix: quick wins top-left, money pits bottom-right', () => {
    const axes = axesOf({ axes: 'impact-effort', customX: '', customY: '' });
    expect(axes.x.dimension).toBe('effort');
    expect(axes.y.dimension).toBe('impact');
    const w = boardWith([
      { id: 'quick', impact: 9, effort: 2 },
      { id: 'pit', impact: 2, effort: 9 },
    ]);
    const quadrant = (id: string) =>
      axes.quadrants[
        quadrantOf(
          matrixPoint(
            w.priorities.find((p) => p.id === id)!,
            axes,
          ),
        )
      ];
    expect(quadrant('quick')).toBe('Quick wins');
    expect(quadrant('pit')).toBe('Money pits');
  });

  it('labels every preset, and custom axes use the facilitator’s words', () => {
    for (const preset of AXIS_PRESETS) expect(AXIS_PRESET_LABELS[preset]).toBeTruthy();
    const axes = axesOf({ axes: 'custom', customX: 'Cost to serve', customY: 'Customer value' });
    expect(axes.x.label).toBe('Cost to serve');
    expect(axes.quadrants[1]).toBe('High Customer value, high Cost to serve');
  });

  it('dragging a card into another quadrant changes its scores; typing scores moves it back', () => {
    const axes = axesOf({ axes: 'impact-effort', customX: '', customY: '' });
    let w = boardWith([{ id: 'a', impact: 8, effort: 2 }]);
    w = placeCard(w, 'a', axes, { x: 7.84, y: 3.21 });
    expect(w.priorities[0]).toMatchObject({ effort: 7.8, impact: 3.2 });
    expect(axes.quadrants[quadrantOf(matrixPoint(w.priorities[0]!, axes))]).toBe('Money pits');
    w = setCardScores(w, 'a', axes, { x: 1, y: 9 });
    expect(matrixPoint(w.priorities[0]!, axes)).toEqual({ x: 1, y: 9, placed: true });
  });

  it('other presets keep their own scores and leave impact and effort alone', () => {
    const axes = axesOf({ axes: 'urgency-importance', customX: '', customY: '' });
    let w = boardWith([{ id: 'a', impact: 8, effort: 2 }]);
    expect(matrixPoint(w.priorities[0]!, axes)).toEqual({ x: 5, y: 5, placed: false });
    w = placeCard(w, 'a', axes, { x: 9, y: 1 });
    expect(w.priorities[0]).toMatchObject({ impact: 8, effort: 2, scores: { urgency: 9, importance: 1 } });
    expect(axes.quadrants[quadrantOf(matrixPoint(w.priorities[0]!, axes))]).toBe('Delegate');
  });

  it('refuses scores out of range with a message and changes nothing', () => {
    const axes = axesOf({ axes: 'impact-effort', customX: '', customY: '' });
    const w = boardWith([{ id: 'a', impact: 8, effort: 2 }]);
    for (const bad of [-1, 10.5, Number.NaN, Infinity]) {
      expect(() => setCardScores(w, 'a', axes, { y: bad })).toThrow(BoardError);
      expect(() => setCardScores(w, 'a', axes, { y: bad })).toThrow('Impact must be a number from 0 to 10.');
    }
    expect(w.priorities[0]).toMatchObject({ impact: 8, effort: 2 });
  });

  it('any drop point, however far off the board, yields a valid workspace with scores in 0–10', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AXIS_PRESETS),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (preset, x, y) => {
          const w0 = boardWith([{ id: 'a' }]);
          const w = { ...w0, board: { ...w0.board, axes: preset } };
          const axes = axesOf(w.board);
          const placed = placeCard(w, 'a', axes, { x, y });
          const pt = matrixPoint(placed.priorities[0]!, axes);
          expect(pt.placed).toBe(true);
          expect(pt.x).toBeGreaterThanOrEqual(0);
          expect(pt.x).toBeLessThanOrEqual(10);
          expect(Workspace.safeParse(placed).success).toBe(true);
        },
      ),
    );
  });
});
