/** Time for a phase: what time it is, and waiting. `FakeClock` moves only when told to, or when waited on. */

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Starts at `start`; a sleep returns at once and moves the time on by its length. */
export class FakeClock implements Clock {
  readonly slept: number[] = [];
  constructor(private time = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    this.slept.push(ms);
    this.time += ms;
    return Promise.resolve();
  }
  advance(ms: number): void {
    this.time += ms;
  }
}
