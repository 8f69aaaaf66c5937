/**
 * Where a small suite's recovery spends beyond the test runner's own work: flaky-test-small's (c) job
 * (bench/recovery-tests.ts: a 2 s pytest suite, one test failing once) through the stand, with every node
 * stage of the action started through a shim that stamps each output line with the wall clock and prints
 * the stage's own CPU at its exit. Per job: from the suite's failure (pytest's FAILURES line) to the re-run's
 * start (ci-recovery's "re-running" line), from the re-run's PASSES line to the verdict, and each stage's
 * CPU. With `--against DIR` (another checkout, its dist/ built) both builds' jobs run in turn, paired.
 *
 *   npm run build && npx tsx bench/rerun-gap.ts [--pairs 8] [--against DIR]
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runJob, type JobResult } from '../stand/runner/job.js';
import { startStand } from '../stand/services/stand.js';
import { repoRoot } from '../stand/services/paths.js';
import { checkout, pullRequestEvent } from '../stand/scenarios/workspace.js';
import { suiteFiles } from './recovery-tests.js';
import { median } from './stats.js';

const PYTEST = 'python3 -m pytest -p no:cacheprovider -q --junitxml=reports/junit.xml tests';

/** An action directory whose entries run `checkout`'s dist/ behind the stamping shim. */
async function shimmed(checkoutDir: string, into: string): Promise<string> {
  await mkdir(path.join(into, 'dist'), { recursive: true });
  await mkdir(path.join(into, 'run'), { recursive: true });
  await copyFile(path.join(checkoutDir, 'action.yml'), path.join(into, 'action.yml'));
  await copyFile(path.join(checkoutDir, 'run', 'action.yml'), path.join(into, 'run', 'action.yml'));
  for (const entry of ['pre', 'main', 'post', 'run']) {
    // A build without a pre stage (today's) has no dist/pre.js, and its action.yml names none.
    if (!existsSync(path.join(checkoutDir, 'dist', `${entry}.js`))) continue;
    const shim = `const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) =>
  write(String(chunk).replace(/^(?=.)/gm, () => '@' + Date.now() + ' '), ...rest);
process.on('exit', () => { const u = process.cpuUsage(); console.log('cpu ' + Math.round((u.user + u.system) / 1000)); });
await import(${JSON.stringify(path.join(checkoutDir, 'dist', `${entry}.js`))});
`;
    await writeFile(path.join(into, 'dist', `${entry}.js`), shim);
  }
  return into;
}

interface Gap {
  failToRerun: number;
  passesToVerdict: number;
  cpu: Record<string, number>;
}

/** The stamped lines of the job's stages: when, which stage, what. */
function gap(job: JobResult): Gap {
  const lines = job.stages.flatMap((s) =>
    s.stdout.split('\n').flatMap((l) => {
      const m = /^@(\d+) (.*)/.exec(l);
      return m ? [{ at: Number(m[1]), stage: `${s.stepId}/${s.stage}`, text: m[2]! }] : [];
    }),
  );
  const at = (re: RegExp): number => lines.find((l) => re.test(l.text))?.at ?? NaN;
  const cpu = Object.fromEntries(
    job.stages.map((s) => {
      const line = lines
        .filter((l) => l.stage === `${s.stepId}/${s.stage}` && /^cpu \d+$/.test(l.text))
        .at(-1);
      return [`${s.stepId}/${s.stage}`, Number(line?.text.slice(4) ?? NaN)];
    }),
  );
  return {
    failToRerun: at(/re-running \d+ failed test/) - at(/^=+ FAILURES =+/),
    passesToVerdict: at(/failed, then passed on re-run/) - at(/^=+ PASSES =+/),
    cpu,
  };
}

async function main(argv = process.argv.slice(2)): Promise<void> {
  const value = (flag: string): string | undefined => argv[argv.indexOf(flag) + 1];
  const pairs = argv.includes('--pairs') ? Number(value('--pairs')) : 8;
  const against = argv.includes('--against') ? path.resolve(value('--against') ?? '') : undefined;
  const shims = await mkdtemp(path.join(os.tmpdir(), 'rerun-gap-'));
  const builds: [string, string][] = [['this build', await shimmed(repoRoot, path.join(shims, 'this'))]];
  if (against) builds.push(['--against', await shimmed(against, path.join(shims, 'against'))]);
  const stand = await startStand({ commits: [{ message: 'the suite', files: suiteFiles(0.25) }] });
  const results = new Map<string, Gap[]>(builds.map(([name]) => [name, []]));
  try {
    const base = stand.git.seeded.at(-1)!;
    const head = { ref: 'feature-13', sha: base };
    const files = [{ filename: 'docs/notes.md', status: 'modified' as const }];
    stand.github.addPull({ repo: stand.repo, number: 13, head, title: 'small', files });
    const event = pullRequestEvent({ repo: stand.repo, number: 13, base, head: { ref: 'feature-13' } });
    let run = 700;
    for (let i = 0; i < pairs; i++)
      for (const [name, action] of i % 2 ? [...builds].reverse() : builds) {
        run += 1;
        const workspace = await checkout(stand, 'main', { 'docs/notes.md': 'notes, edited\n' });
        const env = { FLAKY_MARKER: path.join(shims, `${run}.marker`), TEST_SLEEP: '0.048' };
        const job = await runJob({
          ...{ stand, workspace, runId: run, runAttempt: 1, jobId: run * 10 + 1, jobKey: 'tests' },
          ...{ jobName: 'tests', ref: 'refs/pull/13/merge', event },
          steps: [
            { id: 'recovery', uses: action, with: {} },
            {
              ...{ id: 'test', name: 'test', uses: path.join(action, 'run'), env },
              with: { stage: 'test', run: PYTEST, 'test-report': 'reports/*.xml' },
            },
          ],
        });
        if (job.conclusion !== 'success') throw new Error(`${name}: the job was not green`);
        const g = gap(job);
        results.get(name)!.push(g);
        const cpu = Object.entries(g.cpu).map(([k, v]) => `${k} ${v}`);
        console.log(
          `${name} pair ${i + 1}: failure to re-run ${g.failToRerun} ms, PASSES to verdict ${g.passesToVerdict} ms; CPU ms ${cpu.join(', ')} (load ${os.loadavg()[0]!.toFixed(1)})`,
        );
      }
  } finally {
    await stand.stop();
  }
  report(results);
}

function report(results: Map<string, Gap[]>): void {
  for (const [name, gaps] of results) {
    const stages = Object.keys(gaps[0]?.cpu ?? {});
    console.log(
      `${name}, medians of ${gaps.length}: failure to re-run ${median(gaps.map((g) => g.failToRerun))} ms, PASSES to verdict ${median(gaps.map((g) => g.passesToVerdict))} ms; CPU ms ${stages.map((k) => `${k} ${median(gaps.map((g) => g.cpu[k] ?? NaN))}`).join(', ')}`,
    );
  }
  const [mine, theirs] = [results.get('this build') ?? [], results.get('--against')];
  if (!theirs) return;
  const paired = (f: (g: Gap) => number): number => median(mine.map((g, i) => f(g) - f(theirs[i]!)));
  console.log(
    `this build - --against, paired: failure to re-run ${paired((g) => g.failToRerun)} ms, run/ CPU ${paired((g) => g.cpu['test/main'] ?? NaN)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
