/**
 * Tests failing by the million (issue 64, item 7), through the real `dist/run.js` as the runner starts it:
 * 25 JUnit reports of 40,000 failing cases each. The wrapper reads reports one at a time up to a total cap
 * of failed tests, so its peak memory stays at or under 300 MB (it was 2.2 GB), every step output stays
 * under 1 MB (failed-tests was 62 MB), and one log line says what was not read. bench/test-report-limits.ts
 * prints the same figures.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { outputSizes, outputValues, writeFailingReports } from '../../bench/test-report-files.js';
import { runStepEnv } from '../../stand/runner/run-step-env.js';
import { standNode } from '../../stand/services/node24.js';
import { repoRoot } from '../../stand/services/paths.js';

const REPORTS = 25;
const CASES = 40_000;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'run-test-report-limits-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/**
 * The wrapper's own peak resident memory, written as it exits (KiB, the kernel's VmHWM of its address space).
 * Not `resourceUsage().maxRSS`: Linux carries a process's peak across exec, so a child forked from this jest
 * worker reports the worker's RSS at the fork (449 MB once, with two suites running) when it is the larger.
 */
const PEAK = `data:text/javascript,${encodeURIComponent(
  "import{readFileSync,writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.PEAK_FILE,/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status','utf8'))?.[1]??'0'))",
)}`;

test(`${REPORTS} reports x ${CASES} failing cases: peak memory <= 300 MB, outputs < 1 MB, one line on what was not read`, async () => {
  const { workspace, runnerTemp, step } = await runStepEnv(root);
  await writeFailingReports(path.join(root, 'made'), REPORTS, CASES);
  const env = await step({
    run: `mv '${path.join(root, 'made')}' reports && touch reports/*.xml && exit 1`,
    stage: 'tests',
    'test-report': 'reports/*.xml',
    'test-runner': 'jest',
  });
  const peakFile = path.join(root, 'peak');
  const child = spawn(standNode(), ['--import', PEAK, path.join(repoRoot, 'dist/run.js')], {
    env: { ...env, PEAK_FILE: peakFile },
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  expect(await new Promise((resolve) => child.on('close', resolve))).toBe(1);
  const peakKiB = Number(await readFile(peakFile, 'utf8'));
  expect(peakKiB).toBeGreaterThan(0);
  expect(peakKiB).toBeLessThanOrEqual(300 * 1000);
  const sizes = await outputSizes(path.join(runnerTemp, 'output'));
  expect(Object.keys(sizes)).toEqual(expect.arrayContaining(['failed-tests', 'tests-failed', 'strategy']));
  for (const bytes of Object.values(sizes)) expect(bytes).toBeLessThan(1_000_000);
  // The output says nothing of tests: the reports type the failure (it was `unknown` beside 20,000 failed tests).
  const values = await outputValues(path.join(runnerTemp, 'output'));
  expect(values['failure-type']).toBe('test');
  expect(values.evidence).toMatch(
    /^jest:src\/mod0\.test\.ts::case 0 x+ failed \(1 of at least 20000 failed tests\)$/,
  );
  const output = await readFile(path.join(runnerTemp, 'output'), 'utf8');
  expect(output).toMatch(/\n\(\d+ more not listed: a step output holds at most 1 MB\)\n/);
  const lines = log.split('\n').filter((l) => l.startsWith('ci-recovery: test reports: '));
  expect(lines).toEqual([
    `ci-recovery: test reports: kept 20000 failed test(s) from 1 report(s); not read: 20000 more failed test(s) past the cap of 20000 (it bounds the step's memory), ${REPORTS - 1} report(s) (too large, not JUnit XML, or past the cap). Not every failed test is known: none is re-run and the step keeps its failure.`,
  ]);
}, 120_000);
