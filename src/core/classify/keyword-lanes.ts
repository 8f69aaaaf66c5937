/** A line feed ends the line and an ESC byte starts a colour code, in any state (keywords are printable). */
export const NEWLINE = -1;
export const ESCAPE = -2;
/**
 * The colour-code state after ST (`ESC \`), which ends a string sequence (OSC, DCS, …) that stripVTControlCharacters
 * takes out whole while the automaton read its body as text: the caller reads it as BEL, a splice keyword
 * (normalize.ts SPLICE_KEYWORDS), so the line is searched again as the patterns read it.
 */
export const TERMINATED = 4;
const BEL = 7;

/**
 * The scanner table (keyword-automaton.ts buildAutomaton): a row per state, an int32 entry per byte class (the
 * bytes the keywords tell apart, `classes`), a state numbered by its row's byte offset. The next entry is at
 * `state + classes[byte] * 4`: the class lookup waits on the byte alone, so the chain from one load to the
 * next holds one add, as the 256-column table's `state | byte << 2` held one or, in a table under a third its size.
 */
export interface ByteTable {
  table: Int32Array;
  /** Each byte's class: its column in every row. */
  classes: Uint8Array;
  /** Entries per row (the number of classes). */
  stride: number;
}

/**
 * The keyword automaton's byte loop (keyword-automaton.ts KeywordAutomaton), run over two stretches of a chunk at
 * once. Each byte's lookup waits for the one before it (the next state depends on the last), so one stretch leaves
 * the CPU idle between loads; two independent stretches, the second starting at a line start where the state is 0,
 * fill that gap (on the 270 MB bench log: 600-740 ms of CPU in one lane, 530-600 in two). Each lane records the
 * bytes that need more than a move (line feeds, keyword ends) in order, and the scanner replays them lane after
 * lane, as if read in one pass.
 */
export class Lane {
  /**
   * The automaton's state (a byte offset in the table) and the colour-code state: 1 after ESC, 2 inside a CSI,
   * 3 inside an escape sequence's intermediates (skipEscape).
   */
  state = 0;
  escape = 0;
  /** Pairs (byte index, table entry) of line feeds and keyword ends, in byte order. */
  events = new Int32Array(0);
  count = 0;

  /** Room for one event per byte of a stretch, so the loops record without checking. */
  reserve(bytes: number): void {
    if (this.count + 2 * bytes <= this.events.length) return;
    const grown = new Int32Array(this.count + 2 * bytes);
    grown.set(this.events.subarray(0, this.count));
    this.events = grown;
  }
}

/**
 * Steps over a colour code from `from` up to `end` (inside a phrase, "reset\x1b[0m by peer", it would hide its
 * keyword), also when the stretch ends inside one: returns where the keyword search goes on, leaving a line feed
 * to it. ESC then one byte, a CSI (`ESC [`, parameters and intermediates, a final byte), and an escape sequence
 * with intermediates (ECMA-35's `ESC ( B` that `tput sgr0` prints before `ESC [m`, state 3: intermediates 0x20-0x2f
 * up to a final byte), each as stripLineCut's stripVTControlCharacters takes them out: a keyword the text holds
 * across one (`Error\x1b(B\x1b[m: ` reads `Error: `) is in what the automaton reads.
 */
function skipEscape(lane: Lane, chunk: Uint8Array, from: number, end: number): number {
  let escape = lane.escape;
  let i = from;
  for (; i < end && escape !== 0; i++) {
    const byte = chunk[i] as number;
    if (byte === 10) break;
    if (byte === 27) escape = 1;
    else if (escape === 1 && byte === 0x5c) {
      // ST (`ESC \`): the end of a string sequence, read as BEL (TERMINATED).
      escape = TERMINATED;
      i++;
      break;
    } else if (escape === 1) escape = byte === 0x5b ? 2 : byte >= 0x20 && byte <= 0x2f ? 3 : 0;
    else if (escape === 3) {
      if (byte < 0x20 || byte > 0x2f) escape = 0;
    } else if (byte >= 0x40 && byte <= 0x7e) escape = 0;
    else if (byte < 0x20 || byte > 0x3f) escape = 0;
  }
  lane.escape = escape;
  return i;
}

/**
 * ST (`ESC \`, its `\` at `at`) read as BEL from `state`: a keyword end recorded in the lane's events if BEL ends
 * one (it does in the scanner's table, SPLICE_KEYWORDS). Returns the state after it.
 */
function terminate(table: Int32Array, classes: Uint8Array, lane: Lane, state: number, at: number): number {
  lane.escape = 0;
  const bel = table[(state >> 2) + (classes[BEL] as number)] as number;
  if (bel >= 0) return bel;
  lane.events[lane.count++] = at;
  lane.events[lane.count++] = bel;
  return ~bel;
}

/** One lane over chunk[from, end), from the lane's state. */
export function runLane(
  { table, classes }: ByteTable,
  chunk: Uint8Array,
  lane: Lane,
  from: number,
  end: number,
): void {
  lane.reserve(end - from + 1);
  const events = lane.events;
  let count = lane.count;
  let i = lane.escape === 0 || lane.escape === TERMINATED ? from : skipEscape(lane, chunk, from, end);
  let state = lane.state;
  if (lane.escape === TERMINATED) {
    lane.count = count;
    state = terminate(table, classes, lane, state, i - 1);
    count = lane.count;
  }
  while (i < end) {
    const entry = table[(state >> 2) + (classes[chunk[i] as number] as number)] as number;
    if (entry >= 0) {
      state = entry;
      i++;
    } else if (entry === ESCAPE) {
      lane.escape = 1;
      i = skipEscape(lane, chunk, i + 1, end);
      if (lane.escape === TERMINATED) {
        lane.count = count;
        state = terminate(table, classes, lane, state, i - 1);
        count = lane.count;
      }
    } else {
      events[count++] = i++;
      events[count++] = entry;
      if (entry === NEWLINE) lane.escape = 0;
      state = entry === NEWLINE ? 0 : ~entry;
    }
  }
  lane.state = state;
  lane.count = count;
}

/**
 * Lane `a` over chunk[from, mid) and lane `b` over chunk[mid, end) in one loop; chunk[mid - 1] must be a line
 * feed and `b` fresh (state 0, no colour code), so `b` reads as if `a` had gone before it. A colour code is
 * stepped over in its own lane; line feeds and keyword ends are recorded inline (the common case of both lanes
 * only moving costs two lookups and one comparison).
 */
export function runLanes(
  bytes: ByteTable,
  chunk: Uint8Array,
  a: Lane,
  b: Lane,
  [from, mid, end]: [number, number, number],
): void {
  const { table, classes } = bytes;
  a.reserve(mid - from + 1);
  b.reserve(end - mid);
  const ea = a.events;
  const eb = b.events;
  let na = a.count;
  let nb = b.count;
  let i = a.escape === 0 || a.escape === TERMINATED ? from : skipEscape(a, chunk, from, mid);
  let j = mid;
  let s = a.state;
  let t = b.state;
  // ST (TERMINATED) in either lane leaves the rest to runLane, which reads it as BEL.
  while (i < mid && j < end && a.escape !== TERMINATED) {
    const x = table[(s >> 2) + (classes[chunk[i] as number] as number)] as number;
    const y = table[(t >> 2) + (classes[chunk[j] as number] as number)] as number;
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
    } else if (x === ESCAPE) {
      a.escape = 1;
      i = skipEscape(a, chunk, i + 1, mid);
      if (a.escape === TERMINATED) break;
    } else {
      ea[na++] = i++;
      ea[na++] = x;
      if (x === NEWLINE) a.escape = 0;
      s = x === NEWLINE ? 0 : ~x;
    }
    if (y >= 0) {
      t = y;
      j++;
    } else if (y === ESCAPE) {
      b.escape = 1;
      j = skipEscape(b, chunk, j + 1, end);
      if (b.escape === TERMINATED) break;
    } else {
      eb[nb++] = j++;
      eb[nb++] = y;
      if (y === NEWLINE) b.escape = 0;
      t = y === NEWLINE ? 0 : ~y;
    }
  }
  a.state = s;
  b.state = t;
  a.count = na;
  b.count = nb;
  runLane(bytes, chunk, a, i, mid);
  runLane(bytes, chunk, b, j, end);
}

/** The byte loop over one window: lane `a` over chunk[from, mid) and a fresh `b` over chunk[mid, end). */
export interface LaneKernel {
  /** `mid` 0: lane `a` alone over chunk[from, end). */
  run(chunk: Uint8Array, a: Lane, b: Lane, from: number, mid: number, end: number): void;
}

/** The loops above, in JavaScript: the reference the WebAssembly kernel is tested against. */
export function jsKernel(bytes: ByteTable): LaneKernel {
  return {
    run(chunk, a, b, from, mid, end) {
      if (mid > 0) runLanes(bytes, chunk, a, b, [from, mid, end]);
      else runLane(bytes, chunk, a, from, end);
    },
  };
}
