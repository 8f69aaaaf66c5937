/**
 * A log's tail, raw (TailBytes), and the failed tests a test runner's console output in it names (tailTests):
 * only the lines that may name one are decoded, found by their bytes (ByteNeedle).
 */
import { MAX_LINE_CHARS, stripLineIndented, strippedMayHold } from '../core/classify/normalize.js';
import {
  CONSOLE_RUNNERS,
  FAILED_LINES,
  FAILED_NEEDS,
  failedFromConsole,
  plainLine,
} from '../test-recovery/index.js';
import type { TestId } from '../core/test-identity.js';

/** The bytes of a line the rules read (normalize.ts cuts its text at MAX_LINE_CHARS). */
export const LINE_BYTES = 2 * MAX_LINE_CHARS;

/** The longest needle Buffer.indexOf finds by memchr on its first byte (node's StringSearch). */
const SHORT_NEEDLE = 6;

/**
 * The bytes most frequent in CI logs, most frequent first (on the 145 whole job logs: a space 7 %, `e` 5 %, `T`
 * 1.2 % for the timestamps' own, `k` 0.5 %, `w` 0.4 %); any byte not here is rarer than all of them.
 */
const COMMON_BYTES = Buffer.from(' e02ta-1irson.:ld/c563mu4p987TgbhZfy_v[kSEw', 'latin1');
/** A byte's frequency rank (COMMON_BYTES): 0 for a rare byte, higher the more frequent. */
const BYTE_RANK = new Uint8Array(256);
COMMON_BYTES.forEach((byte, i) => (BYTE_RANK[byte] = COMMON_BYTES.length - i));

/**
 * A string searched for in bytes, found from a part Buffer.indexOf finds fast: at most SHORT_NEEDLE bytes from
 * the needle's rarest byte (BYTE_RANK, the first of the rarest) that leaves the part two bytes, whose every
 * occurrence memchr stops at (a one-byte part would stop the JavaScript loop at each). From its first byte or
 * upper-case letter, `rspec ` was searched from an `r` (3 % of a log's bytes), `TIMEOUT [` and `There w` from the
 * `T` of every timestamp. The bytes around each place the part is found are then compared. Exact: `indexIn` is
 * `indexOf` of the whole needle.
 */
export class ByteNeedle {
  private readonly whole: Buffer;
  /** Where the part starts in the needle. */
  readonly from: number;
  private readonly part: Buffer;
  constructor(text: string) {
    const whole = Buffer.from(text);
    let from = 0;
    for (let i = 1; i + 2 <= whole.length; i++)
      if ((BYTE_RANK[whole[i] as number] as number) < (BYTE_RANK[whole[from] as number] as number)) from = i;
    this.whole = whole;
    this.from = from;
    this.part = whole.subarray(from, from + SHORT_NEEDLE);
  }

  indexIn(bytes: Buffer, start = 0): number {
    const { whole, from, part } = this;
    for (let at = bytes.indexOf(part, start + from); at >= 0; at = bytes.indexOf(part, at + 1)) {
      const begin = at - from;
      if (begin + whole.length > bytes.length) return -1;
      if (bytes.compare(whole, 0, whole.length, begin, begin + whole.length) === 0) return begin;
    }
    return -1;
  }
}

const byteNeedles = new Map<string, ByteNeedle>();

/** A need's ByteNeedle, made once (searched by indexOf, the 18 console needs took ~6 % of the 145 job logs' CPU). */
function byteNeedle(need: string): ByteNeedle {
  let needle = byteNeedles.get(need);
  if (!needle) byteNeedles.set(need, (needle = new ByteNeedle(need)));
  return needle;
}

/**
 * The characters (as UTF-8 bytes) of what stripLineIndented takes out of a line's middle or replaces, after which a line's text may
 * hold what its bytes do not: ESC and CSI (U+009B) start the colour codes it strips, NUL becomes a space, and
 * `‹` `›` are dropped.
 */
const SPLICES: readonly string[] = ['\u001b', '\u009b', '\u0000', '\u2039', '\u203a'];

/**
 * What a tail must hold for failedFromConsole to find a test: one of every console parser's needs. Undefined
 * when a parser has none (it is always asked), so every tail is read.
 */
const TEST_NEEDS: readonly string[] | undefined = CONSOLE_RUNNERS.every((r) => FAILED_NEEDS[r])
  ? [...new Set(CONSOLE_RUNNERS.flatMap((r) => FAILED_NEEDS[r] ?? []))]
  : undefined;

/**
 * The failed tests a log's tail names: none, without decoding it whole, when no line of it may name one. On the
 * 145 whole job logs, 71 tails held a parser's needs (`FAIL`, `Failed `) and 13 named a test.
 */
export function tailTests(tail: TailBytes): TestId[] {
  if (TEST_NEEDS && !tail.someLine(TEST_NEEDS, LINE_BYTES, mayNameTest)) return [];
  return failedFromConsole(tail.text(LOG_TEST_CHARS, LINE_BYTES));
}

/**
 * Whether a parser may name a failed test from this stripped line: it holds one of the parser's needs and, for a
 * runner with a line shape (FAILED_LINES), has it once plain, as failedFromConsole reads it.
 */
export function mayNameTest(stripped: string): boolean {
  const line = plainLine(stripped);
  return CONSOLE_RUNNERS.some(
    (runner) =>
      FAILED_NEEDS[runner]?.some((need) => line.includes(need)) !== false &&
      (FAILED_LINES[runner]?.test(line) ?? true),
  );
}

/** How someLine searches for a list of needs, made once per list. */
interface NeedsSearch {
  /** Any of the needs, for strippedMayHold. */
  literals: RegExp;
  /** The needs and SPLICES searched in the bytes: none that holds another (its lines are the other's). */
  needles: ByteNeedle[];
}

const needsSearches = new Map<string, NeedsSearch>();

function needsSearch(needs: readonly string[]): NeedsSearch {
  const key = JSON.stringify(needs);
  let search = needsSearches.get(key);
  if (!search) {
    const literals = new RegExp(needs.map((need) => need.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    search = { literals, needles: searchedNeeds([...needs, ...SPLICES]).map(byteNeedle) };
    needsSearches.set(key, search);
  }
  return search;
}

/**
 * The strings whose lines are all the lines holding one of `strings`: those holding no other one. A line with
 * `FAILED ` holds `FAIL`: five of the console needs hold it, five searches of every tail for lines the search
 * for `FAIL` finds.
 */
export function searchedNeeds(strings: readonly string[]): string[] {
  const unique = [...new Set(strings)];
  return unique.filter((s) => !unique.some((other) => other !== s && s.includes(other)));
}

/**
 * A log's last bytes, raw, in one ring allocated once: only they can hold the tail a test runner's names are
 * read from, so the lines before are never decoded (decoding and stripping every line of a 263 MB log for the
 * tail doubled the CLI's CPU time, and the spent copies its peak RSS).
 */
export class TailBytes {
  private ring: Buffer;
  private at = 0;
  private wrapped = false;
  /**
   * The ring the last tail gave back (release): the next tail starts from it, so a process's rings grow once, not
   * once per log (64 KiB, 128 KiB, ... each its own allocation: ~1 MB per log of the 145 job logs).
   */
  private static spare: Buffer | undefined;

  /** The bytes of the ring waiting for the next tail (for the tests). */
  static get spareBytes(): number {
    return TailBytes.spare?.length ?? 0;
  }

  /**
   * `max` bytes are kept; the ring starts as the one the last tail gave back when it is no larger than `max`,
   * else at `initial`, and grows to `max` only as a log is that long.
   */
  constructor(
    private readonly max: number,
    initial = 64 << 10,
  ) {
    const spare = TailBytes.spare;
    if (spare && spare.length <= max) {
      TailBytes.spare = undefined;
      this.ring = spare;
    } else this.ring = Buffer.allocUnsafe(Math.min(max, initial));
  }

  /** Gives the ring back for the next tail; this tail is empty after. */
  release(): void {
    if (this.ring.length > 0) TailBytes.spare = this.ring;
    this.ring = Buffer.alloc(0);
    this.at = 0;
    this.wrapped = false;
  }
  push(chunk: Buffer): void {
    this.grow(this.at + chunk.length);
    const size = this.ring.length;
    if (chunk.length >= size) {
      chunk.copy(this.ring, 0, chunk.length - size);
      this.at = 0;
      this.wrapped = true;
      return;
    }
    const first = Math.min(chunk.length, size - this.at);
    chunk.copy(this.ring, this.at, 0, first);
    if (first < chunk.length) {
      chunk.copy(this.ring, 0, first);
      this.wrapped = true;
    }
    this.at = (this.at + chunk.length) % size;
    if (this.at === 0 && chunk.length > 0) this.wrapped = true;
  }
  /**
   * Makes room for `bytes` bytes without wrapping, up to `max`: a short log's tail costs no ring of `max`
   * (one per log classified, all left to the collector). Kept bytes stay where they are, so the ring keeps
   * what one of `max` bytes would.
   */
  private grow(bytes: number): void {
    if (this.wrapped || this.ring.length >= this.max || bytes < this.ring.length) return;
    const ring = Buffer.allocUnsafe(Math.min(this.max, Math.max(2 * this.ring.length, bytes + 1)));
    this.ring.copy(ring, 0, 0, this.at);
    this.ring = ring;
  }

  /** The kept bytes, oldest first, from the first line the ring holds whole. */
  private lines(): Buffer {
    if (!this.wrapped) return this.ring.subarray(0, this.at);
    if (this.at > 0) {
      // Turned in place, the oldest byte first: a copy added the ring's 2 MiB at the CLI's peak RSS (its end).
      this.ring.subarray(0, this.at).reverse();
      this.ring.subarray(this.at).reverse();
      this.ring.reverse();
      this.at = 0;
    }
    return this.ring.subarray(this.ring.indexOf(10) + 1 || this.ring.length);
  }

  /**
   * Whether `test` holds for one of the kept lines that may hold one of `needs` (each without a line feed), each
   * cut at `keep` bytes and stripped as text() gives it: those whose bytes hold a need, and those holding a SPLICE
   * (only they may hold, stripped, a need their bytes lack: a colour code inside `FAILED`, or NUL made its space). Only those lines are decoded.
   * `test` must hold only for a line that holds a need once its colour codes are out (mayNameTest): a line that
   * cannot (strippedMayHold) is not stripped whole. Of the 145 whole job logs' 25 579 such lines, 25 392 were
   * found by a colour code alone, and stripping and asking them was a twentieth of the CLI's CPU.
   */
  someLine(needs: readonly string[], keep: number, test: (line: string) => boolean): boolean {
    const { literals, needles } = needsSearch(needs);
    const all = this.lines();
    const asked = new Set<number>();
    // Each needle found as a ByteNeedle, whose part Buffer.indexOf finds by memchr (a need's leading space did not).
    // A line is asked when a needle first finds it (the order they were asked in before), so the first that holds
    // ends the search: bench:classify's corpus log names a test in the 14th line found, after which its tail's
    // 13,695 lines with a colour code were all found, to no end (tailTests' CPU 89 -> 74 ms under Node 20, 71 -> 51
    // under Node 24).
    for (const needle of needles) {
      for (let at = needle.indexIn(all); at >= 0;) {
        const from = all.lastIndexOf(10, at) + 1;
        const feed = all.indexOf(10, at);
        if (!asked.has(from)) {
          asked.add(from);
          const end = Math.min(feed < 0 ? all.length : feed, from + keep);
          const raw = all.toString('utf8', from, end);
          if (strippedMayHold(raw, literals) && test(stripLineIndented(raw))) return true;
        }
        at = feed < 0 ? -1 : needle.indexIn(all, feed);
      }
    }
    return false;
  }

  /**
   * The last `chars` characters of the kept lines, each cut at `keep` bytes and stripped as the rules see it,
   * joined by line feeds, each line counted with its feed; a line the ring cut is left out. Read from the end,
   * so the lines before the last `chars` characters are never decoded.
   */
  text(chars: number, keep: number): string {
    const all = this.lines();
    const kept: string[] = [];
    let total = 0;
    // A last line without its line feed is a line; the feed ending the bytes starts none.
    let end = all.length > 0 && all[all.length - 1] === 10 ? all.length - 1 : all.length;
    while (end >= 0 && all.length > 0) {
      const from = end > 0 ? all.lastIndexOf(10, end - 1) + 1 : 0;
      const line = stripLineIndented(all.toString('utf8', from, Math.min(end, from + keep)));
      total += line.length + 1;
      if (total > chars) break;
      kept.push(line);
      if (from === 0) break;
      end = from - 1;
    }
    return kept.reverse().join('\n');
  }
}

/**
 * The characters of a log's tail the CLI reads failed tests from. Runners print their failures last; on the
 * corpus (1567 logs, 151 naming failed tests) 1 MiB names the same tests as run/'s MAX_CONSOLE_CHARS, at an
 * eighth of the memory: the tail's parse, not the scan, set the CLI's peak RSS on a 263 MB log.
 */
export const LOG_TEST_CHARS = 1 << 20;
