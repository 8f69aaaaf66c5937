/**
 * OSC sequences (OSC 8 links, titles) are taken out of a log's bytes as it is read (log-read.ts EscapeStripper):
 * the text a terminal shows is left, whatever the chunks, line feeds and CRs stay, and nothing unbounded is kept.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classifyLog } from '../../src/adapters/log-file.js';
import { EscapeStripper } from '../../src/adapters/log-read.js';

const ESC = '\u001b';

function stripped(text: string, size = Infinity): string {
  const data = Buffer.from(text);
  const stripper = new EscapeStripper();
  const out: Buffer[] = [];
  const step = Number.isFinite(size) ? size : data.length || 1;
  for (let i = 0; i < data.length; i += step)
    out.push(Buffer.from(stripper.strip(data.subarray(i, i + step))));
  const rest = stripper.end();
  if (rest) out.push(rest);
  return Buffer.concat(out).toString('utf8');
}

const SHOWN: readonly [string, string][] = [
  [`see ${ESC}]8;;file:///src/errors.rs${ESC}\\errors.rs${ESC}]8;;${ESC}\\ now\n`, 'see errors.rs now\n'],
  [`${ESC}]8;id=7;https://x.invalid/fatal\u0007link${ESC}]8;;\u0007 ok\r\n`, 'link ok\r\n'],
  [`${ESC}]0;title\u0007x\r 57%\rdone\n`, 'x\r 57%\rdone\n'],
  // Not terminated on its line: not an OSC, its text kept (the review: it may be the line that decides).
  [`${ESC}]8;;https://x.invalid/a\nnext line\n`, `${ESC}]8;;https://x.invalid/a\nnext line\n`],
  [
    `${ESC}]0;FATAL ERROR: Reached heap limit\nnext${ESC}]8;;u${ESC}\\ line\n`,
    `${ESC}]0;FATAL ERROR: Reached heap limit\nnext line\n`,
  ],
  // Colour and other codes stay for the scan and the line reader, which step over them; so does a lone ESC.
  [
    `${ESC}[1;31merror${ESC}[0m: ${ESC}(B${ESC}[m${ESC}\n`,
    `${ESC}[1;31merror${ESC}[0m: ${ESC}(B${ESC}[m${ESC}\n`,
  ],
  [`a${ESC}\u00e9b${ESC}`, `a${ESC}\u00e9b${ESC}`],
];

test.each(SHOWN)('%j reads as the text a terminal shows, however the chunks fall', (text, shown) => {
  for (const size of [1, 2, 3, 5, 7, Infinity]) expect(stripped(text, size)).toBe(shown);
});

test('a log that ends inside a sequence keeps its bytes; a sequence longer than 4 KiB is none', () => {
  expect(stripped(`tail ${ESC}]8;;https://x`)).toBe(`tail ${ESC}]8;;https://x`);
  const open = `${ESC}]8;;${'u'.repeat(5000)}`;
  for (const size of [1000, Infinity]) expect(stripped(`${open}\n`, size)).toBe(`${open}\n`);
});

test('a chunk without an OSC is passed on as it is', () => {
  const chunk = Buffer.from(`plain ${ESC}[31mred${ESC}[0m line\n`);
  expect(new EscapeStripper().strip(chunk)).toBe(chunk);
});

describe('the verdict of a log with links and colour', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'log-escapes-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("an OSC 8 link's URL is not read as the log's words", async () => {
    const plain = 'src/lib.rs:3:5: warning: unused import\nall checks passed\n';
    const linked = plain.replace(
      'src/lib.rs',
      `${ESC}]8;;file:///w/src/fatal-error-segmentation-fault.rs${ESC}\\src/lib.rs${ESC}]8;;${ESC}\\`,
    );
    const a = path.join(dir, 'plain.log');
    const b = path.join(dir, 'linked.log');
    writeFileSync(a, plain);
    writeFileSync(b, linked);
    expect(await classifyLog(b)).toEqual(await classifyLog(a));
  });
});
