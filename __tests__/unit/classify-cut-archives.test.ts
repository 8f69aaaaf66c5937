/**
 * A download cut short, as the decompressor it was piped into says it (issue 68: "a truncated download"; rule
 * archive-truncated): xz (`Unexpected end of input`), zstd (`Read error (39) : premature end`), bzip2 (`Compressed
 * file ends unexpectedly;`) and lz4 (`Error 68 : Unfinished stream`, programs/lz4io.c), each run here on an archive
 * cut short (lz4 1.9.4 is /usr/bin/lz4; absent, its test fails under CI_RECOVERY_REQUIRE_RUNNERS=1). Beside them what
 * is not a cut download: an empty input after curl said 404, xz's word for an input that is no archive at all,
 * CPython's EOFError (no download in it), pytest quoting the error, and each line mixed with the step's true end (a
 * time limit's 124, the OOM killer's 137 after it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cut-archives-'));
  // Random bytes do not compress: half of each archive is half of its stream.
  writeFileSync(join(dir, 'data.bin'), randomBytes(400_000));
  const made = spawnSync('/bin/bash', ['-eo', 'pipefail', '-c', 'tar cf a.tar data.bin'], { cwd: dir });
  expect(made.status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` in the temp dir as a step's bash does and returns its output lines and status. */
function runStep(script: string): { output: string[]; status: number } {
  const done = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: dir,
    encoding: 'utf8',
  });
  const output = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l !== '');
  return { output, status: done.status ?? -1 };
}

/** Compresses a.tar with `compress` into `name` and keeps its first `bytes` (half) in `cut-<name>`. */
function cutArchive(compress: string, name: string, bytes?: number): string {
  expect(runStep(`${compress} -c a.tar > ${name}`).status).toBe(0);
  const whole = readFileSync(join(dir, name));
  writeFileSync(join(dir, `cut-${name}`), whole.subarray(0, bytes ?? whole.length >> 1));
  return `cut-${name}`;
}

function retriedAsCut(run: string, output: string[], status: number): void {
  const v = classify({ log: failedRunLog(run, output, status) });
  expect([v.type, v.rule, retriedOnPr(v)]).toEqual(['network', 'archive-truncated', true]);
}

describe('a decompressor whose input stopped before its stream ended (rule archive-truncated)', () => {
  test.each([
    ['xz', '-xJf -', /^xz: \(stdin\): Unexpected end of input$/],
    ['zstd', '--zstd -xf -', /^\/\*stdin\*\\ : Read error \(39\) : premature end ?$/],
  ])('%s under tar, a download piped in cut within its first block', (compress, tar, line) => {
    // Cut this early, tar never saw a block: it says `Child returned status 1`, not `Unexpected EOF in archive`.
    const cut = cutArchive(compress, `a.tar.${compress}`, 300);
    const { output, status } = runStep(`cat ${cut} | tar ${tar}`);
    expect(status).toBe(2);
    expect(output).toContainEqual(expect.stringMatching(line));
    expect(output).not.toContain('tar: Unexpected EOF in archive');
    retriedAsCut(`curl -sSL https://example.org/tool.tar.${compress} | tar ${tar}`, output, status);
  });

  test('bzip2 under tar says the same of an empty input as of a cut one: low, retried once', () => {
    // `wget -qO- <404> | tar xj` gives tar nothing; bzip2's words and tar's status 2 are those of a cut archive.
    const empty = runStep(': | tar -xjf -');
    const cut = runStep(`cat ${cutArchive('bzip2', 'a.tar.bz2')} | tar -xjf -`);
    for (const { output, status } of [empty, cut]) {
      expect(status).toBe(2);
      expect(output).toContain('bzip2: Compressed file ends unexpectedly;');
      expect(output).toContain('tar: Child returned status 2');
      const v = classify({
        log: failedRunLog('wget -qO- https://example.org/t.tar.bz2 | tar xj', output, status),
      });
      expect([v.type, v.rule, v.confidence]).toEqual(['network', 'archive-empty-input-bzip2', 'low']);
    }
  });

  test('xz -d on a file cut short', () => {
    const xz = cutArchive('xz', 'b.tar.xz');
    const unxz = runStep(`xz -d ${xz}`);
    expect(unxz.output).toContain(`xz: ${xz}: Unexpected end of input`);
    retriedAsCut(`curl -fsSLO https://example.org/${xz} && xz -d ${xz}`, unxz.output, unxz.status);
  });

  test("CPython's EOFError carries no download: a script's own gzip writer, a corrupt fixture", () => {
    // The same words for a file the script itself wrote unfinished (never closed) and read back.
    const py = runStep(
      `python3 -c "import gzip; f = gzip.open('own.gz', 'wb'); f.write(b'x' * 100000); f.flush(); gzip.open('own.gz').read()"`,
    );
    expect(py.status).toBe(1);
    expect(py.output.at(-1)).toBe(
      'EOFError: Compressed file ended before the end-of-stream marker was reached',
    );
    expect(ruleFires(defaultRuleSet(), 'archive-truncated', py.output.at(-1) ?? '')).toBe(false);
    const v = classify({ log: failedRunLog('python scripts/roundtrip.py', py.output, py.status) });
    expect(v.type).not.toBe('network');
  });

  test('lz4 -d on a file cut short, alone and piped into tar', () => {
    // lz4 1.9.4 is /usr/bin/lz4 here; where it is missing, the test fails only when runners are required.
    const have = spawnSync('lz4', ['--version']).status === 0;
    if (!have && process.env.CI_RECOVERY_REQUIRE_RUNNERS === '1')
      throw new Error('CI_RECOVERY_REQUIRE_RUNNERS=1 but lz4 is not installed (Debian: apt-get install lz4)');
    if (!have) {
      retriedAsCut('lz4 -d t.tar.lz4 | tar x', ['Error 68 : Unfinished stream '], 68);
      return;
    }
    const cut = cutArchive('lz4', 'a.tar.lz4');
    const alone = runStep(`lz4 -dc ${cut} > /dev/null`);
    expect([alone.output, alone.status]).toEqual([['Error 68 : Unfinished stream '], 68]);
    retriedAsCut(`curl -fsSLO https://example.org/${cut} && lz4 -dc ${cut} > t.tar`, alone.output, 68);
    const piped = runStep(`cat ${cut} | lz4 -d | tar -xf -`);
    expect(piped.output[0]).toBe('Error 68 : Unfinished stream ');
    retriedAsCut('curl -sSL https://example.org/t.tar.lz4 | lz4 -d | tar x', piped.output, piped.status);
  });

  test('what is not a download cut short', () => {
    const rules = defaultRuleSet();
    // An input that is no archive at all (an HTML error page), and zstd's word for an empty one: run here.
    const html = runStep('echo "<html>404</html>" | xz -dc');
    expect(html.output).toContain('xz: (stdin): File format not recognized');
    const empty = runStep('zstd -dc < /dev/null');
    expect(empty.output[0]).toMatch(/^zstd: \/\*stdin\*\\: unexpected end of file ?$/);
    for (const line of [html.output[0] ?? '', empty.output[0] ?? '']) {
      expect([line, ruleFires(rules, 'archive-truncated', line)]).toEqual([line, false]);
    }
    // bzip2 says the same of an empty input: after curl's 404 the refusal is the failure.
    const refused = [
      'curl: (22) The requested URL returned error: 404',
      'bzip2: Compressed file ends unexpectedly;',
      'tar: Child returned status 2',
    ];
    const v = classify({
      log: failedRunLog('curl -fsSL https://example.org/t.tar.bz2 | tar xj', refused, 2),
    });
    expect(retriedOnPr(v)).toBe(false);
    const quoted = [
      '___________________________ test_reads_cut_archive ___________________________',
      'E   EOFError: Compressed file ended before the end-of-stream marker was reached',
      'FAILED tests/test_io.py::test_reads_cut_archive - EOFError: Compressed file ended before the end-of-stream marker was reached',
      '========================= 1 failed, 41 passed in 2.10s =========================',
    ];
    const test = classify({ log: failedRunLog('python -m pytest', quoted, 1) });
    expect([test.type, retriedOnPr(test)]).toEqual(['test', false]);
  });

  test("the step's true end outweighs the cut: a time limit's 124 or the OOM killer after it", () => {
    const cut = 'xz: (stdin): Unexpected end of input';
    const limited = classify({
      log: failedRunLog('timeout 900 ./ci/fetch-and-test.sh', [cut, 'running the integration suite'], 124),
    });
    expect(limited.type).toBe('timeout');
    const oom = classify({
      log: failedRunLog(
        './ci/fetch-and-test.sh',
        [cut, '[ 812.0031] Out of memory: Killed process 911 (java) total-vm:9000000kB, anon-rss:7000000kB'],
        137,
      ),
    });
    expect(oom.type).toBe('resource');
  });
});
