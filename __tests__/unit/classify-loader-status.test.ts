/**
 * Status 127 is also the dynamic loader's: glibc's ld.so prints `prog: error while loading shared libraries: …`
 * and exits 127 (bminor/glibc elf/dl-printf.c _dl_fatal_printf), the status bash gives a command it did not
 * find. A program built here against a shared library that is then removed, run as a step runs it (`bash
 * --noprofile --norc -eo pipefail`): the loader's line says why, so the step is the missing library's
 * (dependency), not the shell's missing command (config).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify, defaultRuleSet, evidencePieces, scanText } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

function run(cmd: string, args: string[], cwd: string): { output: string[]; status: number } {
  const done = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  const output = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l !== '');
  return { output, status: done.status ?? -1 };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'loader-status-'));
  writeFileSync(join(dir, 'foo.c'), 'int foo(void) { return 0; }\n');
  writeFileSync(join(dir, 'main.c'), 'int foo(void);\nint main(void) { return foo(); }\n');
  expect(run('gcc', ['-shared', '-fPIC', '-o', 'libfoo.so.1', 'foo.c'], dir).status).toBe(0);
  expect(run('gcc', ['-o', 'prog', 'main.c', '-L.', '-l:libfoo.so.1'], dir).status).toBe(0);
  rmSync(join(dir, 'libfoo.so.1'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pieces of evidence the classifier weighs for a log. */
function pieceKeys(log: string): string[] {
  const ruleSet = defaultRuleSet();
  const scan = scanText(log, ruleSet);
  return evidencePieces(scan, ruleSet, scan.command).map((p) => p.key);
}

const step = (script: string) =>
  run('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], dir);

describe("the loader's status 127", () => {
  test("a program whose shared library is missing: dependency, on the loader's line", () => {
    const { output, status } = step('echo "starting the checker"; ./prog');
    expect(status).toBe(127);
    expect(output.join('\n')).toContain('error while loading shared libraries: libfoo.so.1');
    const v = classify({ log: failedRunLog('./prog', output, status) });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toContain('error while loading shared libraries');
    // The status is the loader's, stated by its line: it weighs for no type of its own.
    expect(pieceKeys(failedRunLog('./prog', output, status))).not.toContain('exit:127');
  });

  test("the shell's own 127 (no such command) stays config", () => {
    const { output, status } = step('echo "starting the checker"; no-such-checker-xyz --all');
    expect(status).toBe(127);
    const v = classify({ log: failedRunLog('no-such-checker-xyz --all', output, status) });
    expect(v.type).toBe('config');
    expect(pieceKeys(failedRunLog('no-such-checker-xyz --all', output, status))).toContain('exit:127');
  });
});
