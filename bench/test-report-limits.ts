/**
 * Memory and outputs of `run/` when a step's tests fail by the million (issue 64, item 7): the real bundle
 * `dist/run.js` runs a command that leaves REPORTS JUnit reports of CASES failing test cases each (as
 * jest-junit writes them, NAME_CHARS characters per name) and fails. Prints the wrapper's peak RSS (GNU
 * time's %M) and CPU seconds (%U user, %S system), the largest step output, the log's line on the reports,
 * the attempt's failure type and evidence, and the wall time. Promised: peak RSS at most 300 MB, every output
 * under 1 MiB, one line saying what was not read.
 *
 *   npm run build && npm run bench:test-reports [-- REPORTS CASES NAME_CHARS]   (default 25 40000 40)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { standNode } from '../stand/services/node24.js';
import { repoRoot } from '../stand/services/paths.js';
import { runStepEnv } from '../stand/runner/run-step-env.js';
import { outputSizes, outputValues, writeFailingReports } from './test-report-files.js';

const REPORTS = Number(process.argv[2] ?? 25);
const CASES = Number(process.argv[3] ?? 40_000);
const NAME_CHARS = Number(process.argv[4] ?? 40);
// BENCH_DIST: another build to compare with (e.g. a copy of dist/ from before a change).
const bundle = path.join(process.env.BENCH_DIST ?? path.join(repoRoot, 'dist'), 'run.js');
const TIME = '/usr/bin/time';

async function main(): Promise<void> {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run 'npm run build' first`);
  if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed for the peak RSS`);
  const root = await mkdtemp(path.join(os.tmpdir(), 'bench-test-reports-'));
  try {
    const { workspace, runnerTemp, step } = await runStepEnv(root);
    const bytes = await writeFailingReports(path.join(root, 'made'), REPORTS, CASES, NAME_CHARS);
    // The command "writes" them (moved and touched now: they count as this attempt's) and fails as tests do.
    const env = await step({
      run: `mv '${path.join(root, 'made')}' reports && touch reports/*.xml && exit 1`,
      stage: 'tests',
      'test-report': 'reports/*.xml',
      'test-runner': 'jest',
    });
    const started = Date.now();
    const child = spawn(TIME, ['-f', 'maxrss=%M cpu=%U+%S', standNode(), bundle], {
      env,
      cwd: workspace,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const seconds = (Date.now() - started) / 1000;
    const maxrssKiB = Number(/maxrss=(\d+)/.exec(stderr)?.[1]);
    const [user, sys] = (/cpu=([\d.]+)\+([\d.]+)/.exec(stderr) ?? []).slice(1).map(Number);
    const values = await outputValues(path.join(runnerTemp, 'output'));
    const outputs = await outputSizes(path.join(runnerTemp, 'output'));
    const largest = Object.entries(outputs).sort((a, b) => b[1] - a[1])[0];
    const lines = stdout.split('\n').filter((l) => /test report|test case|tests? failed/.test(l));
    console.log(
      `${REPORTS} reports x ${CASES} failing cases (names ${NAME_CHARS} chars, ${(bytes / 2 ** 20).toFixed(0)} MiB on disk): ` +
        `exit ${code}, peak RSS ${(maxrssKiB / 1024).toFixed(0)} MiB, CPU ${((user ?? NaN) + (sys ?? NaN)).toFixed(2)} s, largest output ${largest ? `${largest[0]} ${(largest[1] / 2 ** 20).toFixed(2)} MiB` : 'none'}, ${seconds.toFixed(1)} s`,
    );
    console.log(`  failure-type ${values['failure-type'] || '(none)'}: ${values.evidence ?? ''}`);
    for (const line of lines.slice(0, 6)) console.log(`  log: ${line.slice(0, 300)}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
