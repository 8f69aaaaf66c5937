/**
 * Streaming classification of log files: the same verdict whatever the chunking, gzip or plain, and bad input
 * (empty, NUL bytes, invalid UTF-8, CRLF, missing, corrupt gzip, one huge line) gives a per-file error or
 * `unknown`, never a crash.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { classifyLogFile, scanLogFile } from '../../src/adapters/log-file.js';
import { classify, defaultRuleSet, LogScanner, scanText } from '../../src/core/classify/index.js';
import { UserError } from '../../src/core/errors.js';
import { logPath } from '../../bench/eval-classify.js';
import { describeIfCorpus } from '../corpus.js';
import { corpusRoot as corpus } from '../../stand/services/paths.js';

const read = (id: string): Buffer => {
  const data = readFileSync(logPath(corpus, id));
  return data[0] === 0x1f ? gunzipSync(data) : data;
};
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'classify-log-file-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: Buffer | string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

describeIfCorpus('on real corpus logs', () => {
  test('the verdict, its line number and the failing command do not depend on how the bytes are chunked', () => {
    for (const id of ['d0257', 'd0019', 'd0460', 'd0179', 'd0055', 'd0132']) {
      const data = read(id);
      const whole = scanText(data.toString('utf8'), defaultRuleSet());
      for (const size of [1, 7, 4096]) {
        const scanner = new LogScanner(defaultRuleSet());
        for (let i = 0; i < data.length; i += size) scanner.push(data.subarray(i, i + size));
        const scan = scanner.end();
        expect(scan.last).toEqual(whole.last);
        expect(scan.firstFailedStep).toEqual(whole.firstFailedStep);
        expect(scan.command).toEqual(whole.command);
        expect(scan.lines).toBe(whole.lines);
      }
    }
  });

  test('a gzipped log classifies like the plain one', async () => {
    const data = read('d0060');
    const plain = await classifyLogFile(file('d0060.log', data));
    const gz = await classifyLogFile(file('d0060.log.gz', gzipSync(data)));
    expect(plain).toMatchObject({ type: 'resource', rule: 'disk-full' });
    expect(gz).toEqual(plain);
  });

  test('a log saved as UTF-16 (PowerShell 5.1 Out-File), either byte order, classifies like the UTF-8 one', async () => {
    const text = read('d1494').toString('utf8');
    const utf8 = await classifyLogFile(file('d1494.log', text));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    expect(utf8.type).toBe('build');
    expect(await classifyLogFile(file('le.log', le))).toEqual(utf8);
    expect(await classifyLogFile(file('be.log', be))).toEqual(utf8);
    expect(await classifyLogFile(file('le.log.gz', gzipSync(le)))).toEqual(utf8);
  });

  test('CRLF line ends do not change the verdict or the evidence text', async () => {
    const data = read('d0257').toString('utf8');
    const crlf = await classifyLogFile(file('crlf.log', data.replace(/\n/g, '\r\n')));
    expect(crlf).toEqual(classify({ log: data }));
  });

  test('NUL bytes and invalid UTF-8 around a real failure line do not hide it', async () => {
    const line =
      read('d0060')
        .toString('utf8')
        .split('\n')
        .find((l) => l.includes('No space left on device')) ?? '';
    expect(line).not.toBe('');
    const data = Buffer.concat([
      Buffer.from([0, 0, 0xff, 0xfe, 0xc3, 0x28, 10]),
      Buffer.from(line),
      Buffer.from([0, 0xff, 10]),
    ]);
    const verdict = await classifyLogFile(file('binary.log', data));
    expect(verdict).toMatchObject({ type: 'resource', evidence: { line: 2 } });
  });

  test('a missing file and a corrupt .gz are clear UserErrors naming the file', async () => {
    const missing = path.join(dir, 'nope.log');
    await expect(classifyLogFile(missing)).rejects.toThrow(UserError);
    await expect(classifyLogFile(missing)).rejects.toThrow(`${missing}: no such file`);
    const gz = gzipSync(read('d0060'));
    const truncated = file('truncated.log.gz', gz.subarray(0, gz.length >> 1));
    await expect(classifyLogFile(truncated)).rejects.toThrow(/truncated\.log\.gz: corrupt or truncated gzip/);
    const fake = file('fake.log.gz', 'not gzip at all');
    await expect(classifyLogFile(fake)).rejects.toThrow(/fake\.log\.gz: not a gzip file/);
    await expect(classifyLogFile(dir)).rejects.toThrow(/is a directory/);
  });

  test('one 50 MB line without a newline is scanned with bounded memory and its head still decides', () => {
    const head =
      read('d0060')
        .toString('utf8')
        .split('\n')
        .find((l) => l.includes('No space left on device')) ?? '';
    const scanner = new LogScanner(defaultRuleSet());
    scanner.push(Buffer.from(head));
    const block = Buffer.alloc(1 << 20, 'x');
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < 50; i++) scanner.push(block);
    // The scanner keeps only the head of the line, not the 50 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 << 20);
    const scan = scanner.end();
    expect(scan.lines).toBe(1);
    expect(scan.bytes).toBe(head.length + 50 * block.length);
    const disk = defaultRuleSet().rules.find((r) => r.spec.id === 'disk-full');
    expect(scan.first[disk?.index ?? -1]?.line).toBe(1);
  });
});

test('an empty file is unknown', async () => {
  expect(await classifyLogFile(file('empty.log', ''))).toMatchObject({ type: 'unknown', confidence: 'low' });
  expect((await scanLogFile(path.join(dir, 'empty.log'))).lines).toBe(0);
});

test('binary content is unknown', async () => {
  const data = Buffer.alloc(1 << 16);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251;
  expect((await classifyLogFile(file('random.bin', data))).type).toBe('unknown');
});

test('a keyword cut by colour codes is found wherever the chunks split the line, and the codes never match', () => {
  // "reset by peer" reaches the rule only if the scanner steps over each code (ESC, CSI, a chunk ending inside
  // one); "\x1b[31mreset" keeps ESC's own bytes out of the keyword search; a line feed ends an unfinished code.
  const log = Buffer.from(
    'step 1\n' +
      '\x1b[1;31mcurl: (56) Recv failure: Connection re\x1b[0mset\x1b[1m by \x1b[22mpeer\x1b[0m\n' +
      'half a code \x1b[3\n' +
      'fine: everything passed \u00e9\u4e2d\n',
  );
  const whole = scanText(log.toString('utf8'), defaultRuleSet());
  const network = defaultRuleSet().rules.findIndex((r) => r.spec.id === 'network');
  expect(whole.first[network]).toEqual({
    line: 2,
    text: 'curl: (56) Recv failure: Connection reset by peer',
  });
  expect(whole.counts[network]).toBe(1);
  for (let size = 1; size <= 12; size++) {
    const scanner = new LogScanner(defaultRuleSet());
    for (let i = 0; i < log.length; i += size) scanner.push(log.subarray(i, i + size));
    expect(scanner.end()).toEqual(whole);
  }
  // Long enough that each chunk is read in two lanes (keyword-lanes.ts), codes falling in either lane.
  const long = Buffer.concat(Array.from({ length: 1000 }, () => log));
  const byByte = new LogScanner(defaultRuleSet());
  for (let i = 0; i < long.length; i++) byByte.push(long.subarray(i, i + 1));
  const reference = byByte.end();
  expect(reference.counts[network]).toBe(1000);
  for (const size of [4099, 65536, long.length]) {
    const scanner = new LogScanner(defaultRuleSet());
    for (let i = 0; i < long.length; i += size) scanner.push(long.subarray(i, i + size));
    expect(scanner.end()).toEqual(reference);
  }
});

/**
 * A regular file's read lets the event loop run between its chunks: the supervisor classifies a job's log under
 * its phase budget (adapters/deadline.ts), whose timer could not give up a long log if the read never yielded
 * (a synchronous fileChunks did so: a 263 MB log was answered after 1.3 s under a budget of 100 ms).
 */
test("a long log's read lets the event loop run between its chunks", async () => {
  const line = 'npm ERR! code ELIFECYCLE ' + 'x'.repeat(100) + '\n';
  const log = file('long-turns.log', line.repeat(Math.ceil((9 << 20) / line.length)));
  let turns = 0;
  let done = false;
  const turn = (): void => {
    turns++;
    if (!done) setImmediate(turn);
  };
  setImmediate(turn);
  await scanLogFile(log);
  done = true;
  expect(turns).toBeGreaterThanOrEqual(2);
});
