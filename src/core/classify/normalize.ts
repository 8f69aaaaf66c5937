import { stripVTControlCharacters } from 'node:util';

/**
 * The byte order mark GitHub's log service puts at the head of each step's log, as `gh run view --log` passes
 * it on: U+FEFF, or its three UTF-8 bytes (EF BB BF) read back in whatever code page the Windows console that
 * saved the log used, then stored as UTF-8. Each code page turns them into one to three characters, none of them
 * ASCII but a best-fit `?`: CP437 `∩╗┐`, CP850 `´╗┐`, CP866 `я╗┐`, CP1252 `ï»¿`, CP1251 `п»ї`, CP932 `・ｿ`
 * (or U+FFFD `ｻｿ`), CP936 `锘` then `?` or U+FFFD, CP949 `癤`, CP950 `嚜`, or `???` where the console had no
 * glyph (Python's codecs and the corpus's saved logs agree on these). Enumerating code pages misses the next
 * one, so the mark is read by its shape: up to six such characters (a mark saved twice) right before a
 * timestamp, which is what every form shares. A regex fragment, used only before a timestamp.
 */
export const BOM = '(?:(?:[^\\x00-\\x7F]|\\?){1,6})';

/**
 * A timestamp's year, after a byte order mark in any of its forms. A double-byte code page (936, 949, 950) takes
 * BF and the year's first digit for one character it cannot map and prints `?` for both, so `锘?025-11-28T...`:
 * the year's three last digits after a non-ASCII character and `?` are a year too.
 */
export const MARKED_YEAR = `(?:${BOM}?\\d{4}|[^\\x00-\\x7F]\\?\\d{3})`;
const BOM_AT_START = new RegExp(`^${MARKED_YEAR}-\\d\\d-\\d\\dT`);

/** Whether a line starts with a byte order mark, in any of BOM's forms, before a timestamp. */
export function startsWithBom(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c >= 0x80 || c === 0x3f) && BOM_AT_START.test(line);
}

/**
 * Prefixes that CI systems put before the text a tool printed. Stripped so rules see the tool's own line:
 * `gh run view --log` job/step columns, GitHub `2024-01-01T00:00:00.0000000Z `, Taskcluster
 * `[task 2024-...Z] ` / `[taskcluster 2024-... ]`, mozharness `12:00:00     INFO - `, Jenkins timestamper
 * `[2024-01-01T00:00:00.000Z] ` / `00:00:01.234 `, the `#=MATCH=# ` marker of pytorch/test-infra fixtures, and
 * BuildKit's plain progress `#8 1.234 ` before each line a RUN instruction printed (moby/buildkit
 * util/progress/progressui/printer.go '#%d %s' with display.go's seconds, 1 to 3 decimals): a tool failing
 * inside `docker build` says what failed in its own words. After the build, buildx repeats the failed step's
 * last lines in an error summary (util/progress/progressui/display.go printErrorLogs @ 73ed6825: `------`,
 * ` > [build 4/6] RUN npm ci:`, then each line as `%s %s` with the seconds alone, 3 decimals under 10 s, 2
 * under 100 s, else 1, so `12.34 npm ERR! code ETIMEDOUT`), and that summary may be all a log shows. Only those
 * exact precisions are taken, so `1.5 MB` or `0.12s` stay. Ant's task column (apache/ant
 * src/main/org/apache/tools/ant/DefaultLogger.java: `[task] ` right-aligned in a 12-character column, so
 * `    [javac] Foo.java:3: error: ...`; Gradle's `[ant:checkstyle] `; maven-antrun and maven-ant-tasks print
 * the same column): javac, junit or checkstyle run by Ant print their lines after it. Only Ant's task names, and
 * not `[checkstyle] `, which rule lint-other reads: sbt's `[info] `/`[error] ` and Maven's `[INFO] `/`[ERROR] `
 * levels stay, rules read them (junit-summary, checkstyle-violation, success-maven).
 */
const PREFIXES: readonly RegExp[] = [
  /^#=MATCH=# ?/,
  // Each column at most 200 characters (stripColumns); the regex leaves the bound out: irregexp steps over an
  // unbounded class without keeping a place to go back to for each character.
  new RegExp(`^[^\\t\\n]*\\t[^\\t\\n]*\\t(?=${MARKED_YEAR}-\\d\\d-\\d\\dT)`),
  new RegExp(`^${MARKED_YEAR}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z ?`),
  /^\[(?:task|taskcluster|vcs|setup|fetches)(?:[: ][^\]]{0,40})?\] ?/,
  /^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?Z?\] ?/,
  /^\d\d:\d\d:\d\d(?:\.\d+)? +(?:(?:INFO|WARNING|ERROR|CRITICAL|FATAL|DEBUG) +- +)?/,
  /^#\d+ \d+\.\d{1,3} /,
  /^(?:\d\.\d{3}|\d\d\.\d\d|\d{3,}\.\d) /,
  /^\s*\[(?:(?:ant|artifact|ivy|jacoco):[\w-]+|javac|junit|junitreport|java|exec|apply|echo|copy|move|mkdir|delete|jar|war|ear|zip|unzip|tar|untar|get|javadoc|native2ascii|scalac|groovyc|kotlinc|pmd|findbugs|spotbugs|cobertura|testng|xslt|rmic|sshexec|antcall|subant|concat|sql)\] /,
];

/**
 * What a line needs for each of PREFIXES to match, in the same order, checked before the regex runs: most lines
 * have none, and the tab-column prefix would otherwise backtrack over 200 characters of every line.
 */
const PREFIX_GUARDS: readonly ((line: string) => boolean)[] = [
  (line) => line.startsWith('#'),
  (line) => line.includes('\t'),
  (line) => startsWithDigit(line) || startsWithBom(line),
  (line) => line.startsWith('['),
  (line) => line.startsWith('['),
  startsWithDigit,
  (line) => line.startsWith('#'),
  (line) => startsWithDigit(line) && BUILDKIT_ERROR_LOG.test(line),
  (line) => line.includes('] ') && ANT_TASK_START.test(line),
];

/** The guards of PREFIXES that search the whole line for a tab and for `] `. */
const TAB_GUARD = 1;
const ANT_GUARD = 8;
/** Any of the guards but the tab column's (mayOpen). */
const ANY_GUARD = -1;

/** The head of a line in BuildKit's error summary: seconds with display.go's precision, then a space. */
const BUILDKIT_ERROR_LOG = /^(?:\d\.\d{3}|\d\d\.\d\d|\d{3,}\.\d) /;

/** A line starting (after spaces) with a lowercase bracketed word: the cheap check before Ant's task column. */
const ANT_TASK_START = /^\s*\[[a-z]/;

function startsWithDigit(line: string): boolean {
  const c = line.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Runner boilerplate that follows every failure and so decides nothing: the exit status lines of the
 * GitHub runner, Travis, Jenkins and Taskcluster.
 */
const BOILERPLATE =
  /^(?:##\[error\])?(?:Process completed with exit code \d+|Error: Process completed with exit code \d+|Done\. Your build exited with \d+|Build step '[^']*' marked build as failure|Finished: (?:FAILURE|ABORTED|UNSTABLE))\.?$/;

/** Longest line text kept for matching and evidence; the head of a longer line is what tells. */
export const MAX_LINE_CHARS = 2000;

/**
 * The text a rule sees for one raw log line: ANSI codes, CR-overwritten progress, CI timestamp prefixes and
 * `##[error]`-style annotations removed. Returns '' for blank lines and runner boilerplate.
 */
export function normalizeLine(raw: string): string {
  const line = stripLine(raw);
  return isBoilerplate(line) ? '' : line;
}

/** Runner exit-status boilerplate: it decides nothing, but it ends a step (`Process completed with exit code 1`). */
export function isBoilerplate(line: string): boolean {
  return BOILERPLATE.test(line);
}

/** A line with colour codes, CR-overwritten progress and CI prefixes removed, boilerplate kept. */
export function stripLine(raw: string): string {
  return stripLineCut(raw).text;
}

/**
 * stripLine's text with its indentation kept: what the command printed, for the tests' console parsers
 * (jest's `  ● describe › test` is told by its two leading spaces, as `run/` reads the command's output).
 */
export function stripLineIndented(raw: string): string {
  return stripLineCut(raw, true).text;
}

/** What stripLineCut takes out or replaces besides prefixes: CR, ESC, CSI, NUL, `‹` and caret-notation ESC (`^[`). */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\r\u001b\u009b\0\u2039^]/;

/**
 * Whether a line holds one of SPECIAL's characters. Node 20's V8 (11.3) scans a character class several times
 * slower than Node 24's (13.x); six string searches are faster there: on the 557 thousand lines the 270 MB
 * corpus log decodes, 61 ms for the searches against 172 ms for the regex under Node 20, and 75 against 25 ms
 * under Node 24, which keeps the regex. End to end too: the CLI on that log under Node 20 (bench:classify,
 * paired, medians) spent 3.07 s of CPU against 3.22 s with the regex alone, 3.17 against 3.27 s in six more
 * pairs. The engine is told by a feature it shipped in the same generation (Set's union, V8 12.2, Node 22),
 * core reading no process state.
 */
export const hasSpecial: (line: string) => boolean =
  'union' in Set.prototype ? (line) => SPECIAL.test(line) : searchSpecial;

/** hasSpecial under Node 20: a string search per character. */
export function searchSpecial(line: string): boolean {
  return (
    line.includes('\u001b') ||
    line.includes('\r') ||
    line.includes('^') ||
    line.includes('\0') ||
    line.includes('\u009b') ||
    line.includes('\u2039')
  );
}
/**
 * A colour code in caret notation, as `cat -v` or a console that shows control characters writes ESC: `^[`,
 * then a CSI's parameter, intermediate and final bytes (ECMA-48 5.4). A log saved so carries the runner's
 * cyan script lines as `^[[36;1mtimeout 120 ...^[[0m`.
 */
const CARET_CSI = /\^\[\[[0-?]*[ -/]*[@-~]/g;

/**
 * stripLine's text, and whether it is a stretch of `raw` (a cut: nothing taken out of its middle, nothing
 * replaced). Then any text it holds, the raw line's bytes hold too, where the keyword automaton finds it: the
 * scanner's exact guards rely on it.
 */
export function stripLineCut(raw: string, keepIndent = false): { text: string; cut: boolean } {
  let line = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
  let cut = true;
  // Most lines hold none of the characters the steps below look for, but for a CRLF line's last: one search
  // tells (each was its own search, six of a CRLF line). The CR goes first, so a CRLF line (most of a Windows
  // runner's or a downloaded log's) is searched once, not to its end twice (Node 20's irregexp: 2.5x the time).
  if (line.endsWith('\r')) line = line.slice(0, -1);
  const special = hasSpecial(line);
  if (special) {
    if (line.includes('\r')) {
      // A terminal shows only what was written after the last carriage return.
      const parts = line.split('\r').filter((p) => p.trim() !== '');
      line = parts[parts.length - 1] ?? '';
    }
    // Colour codes start with ESC or CSI: a line with neither has none to strip.
    if (line.includes('\u001b') || line.includes('\u009b')) {
      line = stripVTControlCharacters(line);
      cut = false;
    }
    if (line.includes('\0')) {
      line = line.replace(/\0+/g, ' ');
      cut = false;
    }
    if (line.includes('^[[')) {
      line = line.replace(CARET_CSI, '');
      cut = false;
    }
  }
  line = stripPrefixes(line);
  // pytorch/test-infra fixtures wrap the span their classifier matched in these marks.
  if (special && line.includes('\u2039')) {
    line = line.replace(/[\u2039\u203a]/g, '');
    cut = false;
  }
  return { text: keepIndent ? line.trimEnd() : line.trim(), cut };
}

/**
 * The bytes of what stripLineCut takes out of a line's middle or replaces that the keyword automaton does not
 * step over (it steps over a real ESC's colour code only), as the automaton reads them (latin1, a character a
 * byte): caret-notation ESC `^[[`, NUL, `‹` (E2 80 B9) and an 8-bit CSI (U+009B, C2 9B). A keyword the text
 * holds across one of them is not in the bytes (` - ^[[31merror` reads ` - error`), so a line holding one is
 * searched again as the patterns read it (scan-lines.ts LineReader.spliced). `›` alone is left in the text.
 * Also the string terminators BEL and 8-bit ST (U+009C, C2 9C): stripVTControlCharacters takes out a whole
 * string sequence ended by one (an OSC 8 link `ESC ]8;;url BEL`, an OSC 0 title), whose body the automaton reads
 * as text; one ended by ST (`ESC \`) the automaton reads as BEL (keyword-lanes.ts TERMINATED).
 */
export const SPLICE_KEYWORDS: readonly string[] = [
  '^[[',
  '\0',
  '\u00e2\u0080\u00b9',
  '\u00c2\u009b',
  '\u0007',
  '\u00c2\u009c',
];

/** What besides colour codes stripLineCut takes out of a line's middle or replaces, or that a later reader may. */
// eslint-disable-next-line no-control-regex
const SPLICED = /[\u001b\0\r\u2039\u203a]|\^\[\[/;

/**
 * Whether stripLineCut(raw)'s text, or that text with colour codes taken out, may hold a match of `literals`, an
 * alternation of literal strings (so it matches a string holding a substring it matches). False only when it
 * holds none: the line is no longer than MAX_LINE_CHARS, and once its colour codes are out (the same
 * stripVTControlCharacters) it holds no CR, ESC, NUL, `‹`, `›` or caret-notation ESC, so the text is a stretch
 * of what is left, and the literals are not there. A prefix is never read: a line whose colour codes alone
 * could join a literal is told without stripping it whole.
 */
export function strippedMayHold(raw: string, literals: RegExp): boolean {
  if (raw.length > MAX_LINE_CHARS) return true;
  const plain = stripVTControlCharacters(raw);
  return SPLICED.test(plain) || literals.test(plain);
}

/**
 * PREFIXES taken off a line's head, each where its guard (PREFIX_GUARDS) holds, in their order, up to three
 * passes (a prefix may follow another). Taking a prefix off adds no tab: a line without one is not searched for
 * it on each pass (the tab-column prefix needs one).
 */
function stripPrefixes(text: string): string {
  let line = text;
  const tab = line.includes('\t');
  for (let pass = 0; pass < 3; pass++) {
    // The line's first character, read again only when a prefix was taken off: each of the nine guards read it.
    let c = firstCode(line);
    if (!tab && !mayOpen(ANY_GUARD, c)) break;
    const before = line;
    for (let i = 0; i < PREFIXES.length; i++) {
      if (i === TAB_GUARD) {
        if (tab) c = firstCode((line = stripColumns(line)));
      } else if (mayOpen(i, c) && PREFIX_GUARDS[i]?.(line)) {
        c = firstCode((line = line.replace(PREFIXES[i] as RegExp, '')));
      } else if (i > TAB_GUARD && !mayOpen(ANY_GUARD, c)) break;
    }
    if (line === before) break;
  }
  return line;
}

/**
 * `gh run view --log`'s job and step columns taken off (PREFIXES[TAB_GUARD]): each at most 200 characters, before
 * a timestamp. The columns hold no tab, so the regex's match ends at the line's second tab, whatever the bound.
 */
function stripColumns(line: string): string {
  const first = line.indexOf('\t');
  if (first < 0 || first > COLUMN_CHARS) return line;
  const match = (PREFIXES[TAB_GUARD] as RegExp).exec(line);
  if (!match) return line;
  const end = match[0].length;
  return end - first - 2 <= COLUMN_CHARS ? line.slice(end) : line;
}

/** The longest job or step column of `gh run view --log` taken off (PREFIXES[TAB_GUARD]). */
const COLUMN_CHARS = 200;

/**
 * A line's first UTF-16 code unit, -1 for an empty line. Not charCodeAt's NaN: the first empty line left
 * after a prefix, often deep into a log, made V8 drop the optimised line reader that inlines this.
 */
function firstCode(line: string): number {
  return line.length > 0 ? line.charCodeAt(0) : -1;
}

/**
 * Whether PREFIX_GUARDS[i] may hold for a line starting with character `c` (-1 for an empty line): each but
 * the tab column's wants a `#`, a digit, a `[` or a byte order mark first, Ant's column spaces then `[`. Most
 * lines start otherwise and skip their guards (ANY_GUARD: whether one of them may hold).
 */
function mayOpen(i: number, c: number): boolean {
  if (i === ANY_GUARD) return mayOpen(0, c) || mayOpen(ANT_GUARD, c);
  if (i === ANT_GUARD) return c === 0x5b || (c >= 0 && c <= 0x20) || c >= 0xa0;
  return c === 0x23 || c === 0x5b || c === 0x3f || (c >= 0x30 && c <= 0x39) || c >= 0x80;
}
