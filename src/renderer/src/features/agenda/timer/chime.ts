import { useEffect, useRef } from 'react';
import type { TimerPhase } from './timerReading';

/** Higher for the first warning, lower as time runs out: soft sine tones, no audio file. */
const PITCH: Record<Exclude<TimerPhase, 'normal'>, number> = { amber: 660, red: 550, over: 440 };

let context: AudioContext | null = null;

/** One soft tone (about a second, quiet); silently nothing where there is no audio. */
export function playChime(phase: Exclude<TimerPhase, 'normal'>): void {
  const Context = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!Context) return;
  try {
    context ??= new Context();
    const at = context.currentTime;
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.type = 'sine';
    tone.frequency.value = PITCH[phase];
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.12, at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
    tone.connect(gain).connect(context.destination);
    tone.start(at);
    tone.stop(at + 1.25);
  } catch {
    // No sound device, or audio blocked: the colour, the words and the shape still say it.
  }
}

const RANK: Record<TimerPhase, number> = { normal: 0, amber: 1, red: 2, over: 3 };

/**
 * Chimes once when the running timer enters amber, red and over (when the facilitator has
 * the chime on). Opening the console mid-block, moving to another block or adding time
 * does not chime: only time running into a worse phase does.
 */
export function useChime(phase: TimerPhase, running: boolean, blockId: string | null, on: boolean): void {
  const last = useRef<{ phase: TimerPhase; blockId: string | null } | null>(null);
  useEffect(() => {
    const before = last.current;
    last.current = { phase, blockId };
    if (!on || !running || !before || before.blockId !== blockId) return;
    if (phase !== 'normal' && RANK[phase] > RANK[before.phase]) playChime(phase);
  }, [phase, running, blockId, on]);
}
