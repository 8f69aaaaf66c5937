/**
 * Logs as they are saved: each corpus log (every k-th) transformed the way a real tool saves or damages it, and
 * its verdict compared with the clean log's (type, confidence, retry decision, rule, the line shown and its
 * number, the step it names, the failed tests, run/'s recovered mark). Every transform keeps the line numbers,
 * so the line shown maps back one to one. Prints, per transform, how many sampled logs moved, and which.
 *   npm run bench:saved [-- [--every K] [--only NAME,...] [--list] [CORPUS_DIR]]
 * The metamorphic test (__tests__/integration/saved-logs.test.ts) asserts the same on a sample.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { classifyLog, type LogVerdict } from '../src/adapters/log-file.js';
import { testKey } from '../src/core/test-identity.js';
import { logPath, readLabels } from './lopo.js';

/** One way a log is saved: its name, the bytes it saves, the file's extension. */
export interface SavedForm {
  name: string;
  save: (clean: Buffer) => Buffer;
  ext?: string;
  /** The clean log it is compared with, when not the log itself (a cut log: the part that arrived, ended). */
  reference?: (clean: Buffer) => Buffer;
}

const LF = 10;

function splitLines(data: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let nl = data.indexOf(LF); nl >= 0; nl = data.indexOf(LF, (start = nl + 1)))
    lines.push(data.subarray(start, nl));
  lines.push(data.subarray(start));
  return lines;
}

const joinLines = (lines: Buffer[]): Buffer =>
  Buffer.concat(lines.flatMap((l, i) => (i > 0 ? [Buffer.from([LF]), l] : [l])));

/** `gh run view --log`'s job and step columns, then the runner's timestamp (maybe after a mark already). */
const GH_COLUMNS = /^([^\t\n]{0,200})\t([^\t\n]{0,200})\t/;
// eslint-disable-next-line no-control-regex
const TIMESTAMP = /^(?:[^\x00-\x7F]{1,6}|\?{1,3})?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;

/**
 * Where the tool's own text starts in a line: after gh's columns and the runner's timestamp (latin1, so byte
 * offsets are character offsets; the prefixes are ASCII but for a mark already there).
 */
function contentStart(line: Buffer): number {
  // gh's columns only before a timestamp: go test's `ok  \tpkg\t1.5s` has tabs too.
  const columns = GH_COLUMNS.exec(line.toString('latin1', 0, 420));
  for (const at of columns ? [columns[0].length, 0] : [0]) {
    const stamp = TIMESTAMP.exec(line.subarray(at).toString('utf8', 0, 64));
    if (stamp) return at + Buffer.byteLength(stamp[0]);
  }
  return 0;
}

/** Where a line's timestamp starts (after gh's columns), or -1 when the line has none. */
function timestampAt(line: Buffer): number {
  const text = line.toString('latin1', 0, 420);
  const columns = GH_COLUMNS.exec(text);
  const at = columns ? columns[0].length : 0;
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(text.slice(at)) ? at : -1;
}

/**
 * A UTF-8 byte order mark (EF BB BF) as a Windows console's code page read it back and the file stored it as
 * UTF-8 (the forms normalize.ts BOM lists; Python's codecs give the same). `eatsDigit`: a double-byte code page
 * took BF and the next byte (the year's first digit) for one character and printed `?` for it.
 */
export const GARBLED_BOMS: readonly { page: string; mark: string; eatsDigit?: boolean }[] = [
  { page: 'utf8', mark: '\uFEFF' },
  { page: 'cp437', mark: '∩╗┐' },
  { page: 'cp850', mark: '´╗┐' },
  { page: 'cp866', mark: 'я╗┐' },
  { page: 'cp1252', mark: 'ï»¿' },
  { page: 'cp1251', mark: 'п»ї' },
  { page: 'cp932', mark: '・ｿ' },
  { page: 'cp936', mark: '锘?', eatsDigit: true },
  { page: 'cp949', mark: '癤?', eatsDigit: true },
  { page: 'cp950', mark: '嚜?', eatsDigit: true },
  { page: 'fffd', mark: '\uFFFD\uFFFD\uFFFD' },
  { page: 'ascii', mark: '???' },
];

/** The mark put before a line's timestamp at `at` (a double-byte page eats the year's first digit). */
function marked(line: Buffer, at: number, form: (typeof GARBLED_BOMS)[number]): Buffer {
  const skip = form.eatsDigit && at >= 0 ? 1 : 0;
  const from = Math.max(0, at);
  return Buffer.concat([line.subarray(0, from), Buffer.from(form.mark), line.subarray(from + skip)]);
}

/** Whether a line starts a step: gh's step column changes, or the runner's `##[group]Run ` after a timestamp. */
function stepStarts(lines: Buffer[]): boolean[] {
  let last = '';
  let seen = false;
  return lines.map((line) => {
    const at = timestampAt(line);
    if (at < 0) return false;
    const text = line.toString('latin1', 0, 420);
    const columns = GH_COLUMNS.exec(text);
    if (columns) {
      const key = `${columns[1]}\t${columns[2]}`;
      const starts = key !== last;
      last = key;
      return starts;
    }
    const first = !seen;
    seen = true;
    return first || text.slice(at).replace(TIMESTAMP, '').startsWith('##[group]Run ');
  });
}

/** The mark before the log's first line (its timestamp, when it has one), as one saved step file shows it. */
function markFirst(form: (typeof GARBLED_BOMS)[number]): (clean: Buffer) => Buffer {
  return (clean) => {
    const lines = splitLines(clean);
    const first = lines[0] ?? Buffer.alloc(0);
    lines[0] = marked(first, timestampAt(first), form);
    return joinLines(lines);
  };
}

/** The mark before every step's first timestamp, as `gh run view --log` through a Windows console saves it. */
function markSteps(form: (typeof GARBLED_BOMS)[number]): (clean: Buffer) => Buffer {
  return (clean) => {
    const lines = splitLines(clean);
    const starts = stepStarts(lines);
    return joinLines(lines.map((line, i) => (starts[i] ? marked(line, timestampAt(line), form) : line)));
  };
}

/**
 * A line the runner writes itself (GitHub's `##[group]`, `[command]`; Travis's folds and timers; GitLab's
 * sections): no tool's colour, progress or link is in it.
 */
const RUNNER_LINE = /^(?:##\[|\[command\]|travis_|section_(?:start|end):)/;

/** Each line the tool's text starts after `at`, changed by `edit` on every `every`-th line with text. */
function editContent(every: number, edit: (content: Buffer, n: number) => Buffer): (clean: Buffer) => Buffer {
  return (clean) =>
    joinLines(
      splitLines(clean).map((line, i) => {
        if (i % every !== 0) return line;
        const cr = line[line.length - 1] === 13 ? 1 : 0;
        const at = contentStart(line);
        const body = line.subarray(at, line.length - cr);
        if (body.length === 0 || RUNNER_LINE.test(body.toString('latin1', 0, 16))) return line;
        return Buffer.concat([line.subarray(0, at), edit(body, i), line.subarray(line.length - cr)]);
      }),
    );
}

/** Words wrapped in `open` and `close` (every other word), as a coloured tool or a hyperlinking one writes them. */
function wrapWords(open: string, close: string): (content: Buffer) => Buffer {
  return (content) => {
    const words = content.toString('latin1').split(/(?<= )/);
    return Buffer.from(
      words
        .map((w, i) =>
          i % 2 === 0 && w.trim() ? `${open}${w.trimEnd()}${close}${w.slice(w.trimEnd().length)}` : w,
        )
        .join(''),
      'latin1',
    );
  };
}

const ESC = '\u001b';

/** The log up to the middle of its last line (perhaps inside a UTF-8 character or a colour code). */
function cutLast(c: Buffer): Buffer {
  let end = c.length;
  while (end > 0 && (c[end - 1] === LF || c[end - 1] === 13)) end--;
  const start = c.lastIndexOf(LF, end - 1) + 1;
  return c.subarray(0, start + Math.ceil((end - start) / 2));
}

/** The forms a log is saved in, each as a real tool saves it. */
export const SAVED_FORMS: readonly SavedForm[] = [
  // Windows: `gh run view --log > f` in a console, git's autocrlf, Notepad.
  {
    name: 'crlf',
    save: (c) =>
      joinLines(
        splitLines(c).map((l, i, all) =>
          i < all.length - 1 && l[l.length - 1] !== 13 ? Buffer.concat([l, Buffer.from('\r')]) : l,
        ),
      ),
  },
  // PowerShell 5.1's `>` and Out-File: UTF-16LE with FF FE.
  {
    name: 'utf16le',
    save: (c) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.toString('utf8'), 'utf16le')]),
  },
  // PowerShell 5.1 `Set-Content -Encoding UTF8`, Notepad's "UTF-8 with BOM".
  { name: 'utf8-bom', save: (c) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), c]) },
  ...GARBLED_BOMS.flatMap((form) => [
    { name: `bom-${form.page}-first`, save: markFirst(form) },
    { name: `bom-${form.page}-steps`, save: markSteps(form) },
  ]),
  // A progress bar redrawn with lone CRs before the line's last text (git's `Receiving objects: 10%\r...`).
  {
    name: 'cr-redraw',
    save: editContent(3, (body) => Buffer.concat([Buffer.from('  3% [>      ]\r 57% [###>   ]\r'), body])),
  },
  // SGR colour around words (a coloured tool under FORCE_COLOR).
  { name: 'ansi', save: editContent(2, wrapWords(`${ESC}[1;31m`, `${ESC}[0m`)) },
  // OSC 8 hyperlinks around words, ST- and BEL-terminated (ls --hyperlink, cargo, gcc 10's diagnostics).
  {
    name: 'osc8',
    save: editContent(2, wrapWords(`${ESC}]8;;https://example.invalid/a${ESC}\\`, `${ESC}]8;;${ESC}\\`)),
  },
  {
    name: 'osc8-bel',
    save: editContent(3, wrapWords(`${ESC}]8;id=1;file:///w/a.c\u0007`, `${ESC}]8;;\u0007`)),
  },
  // A download interrupted: the log ends in the middle of its last line (perhaps inside a UTF-8 character).
  {
    name: 'cut',
    save: (c) => cutLast(c),
    reference: (c) => Buffer.concat([cutLast(c), Buffer.from([LF])]),
  },
  // A log file copy-truncated while its writer went on: a run of NULs where the old bytes were, before the first line.
  { name: 'nul-head', save: (c) => Buffer.concat([Buffer.alloc(4096), c]) },
  // A writer killed on a full disk or a crash: the file's last blocks allocated, never written.
  { name: 'nul-tail', save: (c) => Buffer.concat([c, Buffer.alloc(8192)]) },
  // The last line with no line feed (a step file of the API's archive, a copy from a browser).
  {
    name: 'no-final-newline',
    save: (c) => {
      let end = c.length;
      while (end > 0 && (c[end - 1] === LF || c[end - 1] === 13)) end--;
      return c.subarray(0, end);
    },
  },
  // gzip'ed (`gh run view --log | gzip`).
  { name: 'gzip', save: (c) => gzipSync(c), ext: '.log.gz' },
];

/** What a verdict says, as the CLI's --json does, to compare. */
export function verdictKey(v: LogVerdict): string {
  const c = v.classification;
  return JSON.stringify({
    type: c.type,
    confidence: c.confidence,
    retryable: c.retryable,
    rule: c.rule,
    line: c.evidence?.line ?? null,
    text: c.evidence?.text ?? null,
    job: v.step.job ?? null,
    step: v.step.step ?? null,
    tests: (v.failedTests ?? []).map(testKey),
    recovered: v.recovered?.line ?? null,
  });
}

/** The CLI's read of one log (classifyLog with the failed tests), from a file. */
export async function verdictOf(file: string): Promise<LogVerdict> {
  return classifyLog(file, {}, { tests: true });
}

export function cleanLog(corpus: string, id: string): Buffer {
  const data = readFileSync(logPath(corpus, id));
  return data[0] === 0x1f ? gunzipSync(data) : data;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const every = Number(flag('--every') ?? 1);
  const only = flag('--only')?.split(',');
  const positional = argv.filter(
    (a, i) => !a.startsWith('--') && !['--every', '--only'].includes(argv[i - 1] ?? ''),
  );
  const corpus = path.resolve(positional[0] ?? path.resolve(import.meta.dirname, '../../shared/corpus'));
  const forms = SAVED_FORMS.filter((f) => !only || only.includes(f.name));
  const ids = readLabels(corpus)
    .map((l) => l.id)
    .filter((_, i) => i % every === 0);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saved-logs-'));
  const moved = new Map<string, string[]>(forms.map((f) => [f.name, []]));
  try {
    for (const id of ids) {
      const clean = cleanLog(corpus, id);
      const cleanFile = path.join(dir, `${id}.log`);
      writeFileSync(cleanFile, clean);
      const cleanKey = verdictKey(await verdictOf(cleanFile));
      for (const form of forms) {
        let key = cleanKey;
        if (form.reference) {
          writeFileSync(cleanFile, form.reference(clean));
          key = verdictKey(await verdictOf(cleanFile));
        }
        const file = path.join(dir, `${id}-${form.name}${form.ext ?? '.log'}`);
        writeFileSync(file, form.save(clean));
        let got: string;
        try {
          got = verdictKey(await verdictOf(file));
        } catch (error) {
          got = `error: ${String(error)}`;
        }
        rmSync(file);
        if (got !== key) {
          moved.get(form.name)?.push(id);
          if (argv.includes('--list'))
            process.stdout.write(`${form.name} ${id}\n  clean ${key}\n  saved ${got}\n`);
        }
      }
      rmSync(cleanFile);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${ids.length} logs (every ${every}th of the corpus)\n`);
  for (const [name, list] of moved)
    process.stdout.write(
      `${name.padEnd(22)} ${String(list.length).padStart(4)}  ${list.slice(0, 12).join(' ')}\n`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
