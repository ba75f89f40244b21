import type { Clock } from '../../src/server/lib/clock';

export interface TestClock extends Clock {
  /** Moves time forward (or back, with a negative value). */
  advance(ms: number): void;
}

/** A clock that stands still until a test moves it. */
export function testClock(start: Date = new Date()): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
  };
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
