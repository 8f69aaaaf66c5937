import { ESCAPE, NEWLINE } from './rules.js';

/**
 * The keyword automaton's byte loop (rules.ts scannerTable), run over two stretches of a chunk at once. Each
 * byte's lookup waits for the one before it (the next state depends on the last), so one stretch leaves the CPU
 * idle between loads; two independent stretches, the second starting at a line start where the state is 0,
 * fill that gap: the loop runs about 1.6 times as fast. Each lane records the bytes that need more than a move
 * (line feeds, keyword ends) in order, and the scanner replays them lane after lane, as if read in one pass.
 */
export class Lane {
  /** The automaton's state (a table offset) and the colour-code state: 1 after ESC, 2 inside a CSI. */
  state = 0;
  escape = 0;
  /** Pairs (byte index, table entry) of line feeds and keyword ends, in byte order. */
  events = new Int32Array(4096);
  count = 0;

  record(index: number, entry: number): void {
    if (this.count + 2 > this.events.length) {
      const grown = new Int32Array(this.events.length * 2);
      grown.set(this.events);
      this.events = grown;
    }
    this.events[this.count++] = index;
    this.events[this.count++] = entry;
  }
}

/**
 * Steps over a colour code from `from` up to `end` (inside a phrase, "reset\x1b[0m by peer", it would hide its
 * keyword), also when the stretch ends inside one: returns where the keyword search goes on, leaving a line feed
 * to it.
 */
function skipEscape(lane: Lane, chunk: Uint8Array, from: number, end: number): number {
  let escape = lane.escape;
  let i = from;
  for (; i < end && escape !== 0; i++) {
    const byte = chunk[i] as number;
    if (byte === 10) break;
    if (byte === 27) escape = 1;
    else if (escape === 1) escape = byte === 0x5b ? 2 : 0;
    else if (byte >= 0x40 && byte <= 0x7e) escape = 0;
    else if (byte < 0x20 || byte > 0x3f) escape = 0;
  }
  lane.escape = escape;
  return i;
}

/** A byte whose entry is negative, read in `state`: returns the next byte to read; `lane.state` is updated. */
function special(
  lane: Lane,
  chunk: Uint8Array,
  i: number,
  entry: number,
  state: number,
  end: number,
): number {
  if (entry === NEWLINE) {
    lane.record(i, entry);
    lane.state = 0;
    lane.escape = 0;
    return i + 1;
  }
  if (entry === ESCAPE) {
    lane.escape = 1;
    lane.state = state;
    return skipEscape(lane, chunk, i + 1, end);
  }
  lane.record(i, entry);
  lane.state = ~entry;
  return i + 1;
}

/** One lane over chunk[from, end), from the lane's state. */
export function runLane(table: Int32Array, chunk: Uint8Array, lane: Lane, from: number, end: number): void {
  let i = lane.escape === 0 ? from : skipEscape(lane, chunk, from, end);
  let state = lane.state;
  while (i < end) {
    const entry = table[state | (chunk[i] as number)] as number;
    if (entry >= 0) {
      state = entry;
      i++;
    } else {
      i = special(lane, chunk, i, entry, state, end);
      state = lane.state;
    }
  }
  lane.state = state;
}

/**
 * Lane `a` over chunk[from, mid) and lane `b` over chunk[mid, end) in one loop; chunk[mid - 1] must be a line
 * feed and `b` fresh (state 0, no colour code), so `b` reads as if `a` had gone before it.
 */
export function runLanes(
  table: Int32Array,
  chunk: Uint8Array,
  a: Lane,
  b: Lane,
  [from, mid, end]: [number, number, number],
): void {
  let i = a.escape === 0 ? from : skipEscape(a, chunk, from, mid);
  let j = mid;
  let s = a.state;
  let t = b.state;
  while (i < mid && j < end) {
    const x = table[s | (chunk[i] as number)] as number;
    const y = table[t | (chunk[j] as number)] as number;
    if ((x | y) >= 0) {
      s = x;
      t = y;
      i++;
      j++;
      continue;
    }
    if (x >= 0) {
      s = x;
      i++;
    } else {
      i = special(a, chunk, i, x, s, mid);
      s = a.state;
    }
    if (y >= 0) {
      t = y;
      j++;
    } else {
      j = special(b, chunk, j, y, t, end);
      t = b.state;
    }
  }
  a.state = s;
  b.state = t;
  runLane(table, chunk, a, i, mid);
  runLane(table, chunk, b, j, end);
}
