import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AudienceStage } from '../../../src/renderer/src/features/presenter/AudienceStage';
import { useChime } from '../../../src/renderer/src/features/agenda/timer/chime';
import type { TimerPhase } from '../../../src/renderer/src/features/agenda/timer/timerReading';
import type { Stage } from '../../../src/shared/domain/stage';
import { dayOneAt } from '../../support/offsiteAgenda';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(dayOneAt('10:25'));
});

const stage = (timer: Extract<Stage, { kind: 'timer' }>['timer']): Stage => ({
  kind: 'timer',
  title: 'Ranking round: which of the twelve candidate bets do we fund for the first half of 2027?',
  next: 'Coffee',
  timer,
});
const running = stage({ state: 'running', endsAt: dayOneAt('10:35'), totalMs: 60 * 60_000 });

describe('the timer on the audience window', () => {
  it('counts down from the end time by its own clock: one stage, no message per second', async () => {
    render(<AudienceStage stage={running} />);
    expect(screen.getByRole('timer').textContent).toBe('10:00');
    expect(screen.getByText(/Ranking round: which of the twelve/)).toBeTruthy();
    expect(screen.getByText('Next: Coffee')).toBeTruthy();
    // The projector's laptop slept, or the window was busy: the next tick is right again.
    vi.setSystemTime(dayOneAt('10:33'));
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(screen.getByRole('timer').textContent).toBe('2:00');
    expect(screen.getByLabelText('Block timer').className).toContain('timer-tone-red');
    expect(screen.getByText(/Nearly out of time/)).toBeTruthy();
    vi.setSystemTime(dayOneAt('10:37'));
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(screen.getByRole('timer').textContent).toBe('−2:00');
    expect(screen.getByText(/Over time/)).toBeTruthy();
  });

  it('says the tone in words and a shape, not in colour only', () => {
    vi.setSystemTime(dayOneAt('10:24'));
    render(<AudienceStage stage={running} />);
    const timer = screen.getByLabelText('Block timer');
    expect(timer.className).toContain('timer-tone-amber');
    expect(timer.textContent).toContain('▲');
    expect(timer.textContent).toContain('A fifth left');
  });

  it('holds still while paused, whatever the clock does', async () => {
    render(
      <AudienceStage
        stage={stage({ state: 'paused', remainingMs: 7 * 60_000 + 5_000, totalMs: 3_600_000 })}
      />,
    );
    await act(() => vi.advanceTimersByTimeAsync(120_000));
    expect(screen.getByRole('timer').textContent).toBe('7:05');
    expect(screen.getByText(/Paused/)).toBeTruthy();
  });
});

describe('the chime', () => {
  const started: number[] = [];
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    createOscillator() {
      const node = {
        type: 'sine',
        frequency: { value: 0 },
        connect: (next: unknown) => next,
        start: () => started.push(node.frequency.value),
        stop: () => undefined,
      };
      return node;
    }
    createGain() {
      return {
        gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined },
        connect: (next: unknown) => next,
      };
    }
  }
  beforeEach(() => {
    started.length = 0;
    vi.stubGlobal('AudioContext', FakeAudioContext);
  });
  afterEach(() => vi.unstubAllGlobals());

  function Chimer(props: { phase: TimerPhase; blockId: string; on: boolean }) {
    useChime(props.phase, true, props.blockId, props.on);
    return null;
  }

  it('sounds once on entering amber, red and over, only when on, never on opening mid-block', () => {
    const view = render(<Chimer phase="amber" blockId="ranking" on />);
    expect(started).toHaveLength(0);
    view.rerender(<Chimer phase="red" blockId="ranking" on />);
    view.rerender(<Chimer phase="red" blockId="ranking" on />);
    view.rerender(<Chimer phase="over" blockId="ranking" on />);
    expect(started).toEqual([550, 440]);
    view.rerender(<Chimer phase="normal" blockId="coffee" on={false} />);
    view.rerender(<Chimer phase="amber" blockId="coffee" on={false} />);
    expect(started).toHaveLength(2);
  });
});
