/**
 * What ci-recovery leaves behind and costs per job, through the stand and the dist/ bundles: a Node job
 * (real packages from this repository's node_modules) and a Python job (a real `python3 -m venv`), each
 * with two checkpointed stages (deps, build), run green and failed. Prints per job the checkpoint
 * artifacts and ledger/history cache entries left after post (count and bytes) and the seconds of
 * ci-recovery's own stages (pre, main, post and the checkpoint/ steps) against the whole job.
 *
 *   npm run build && npx tsx bench/green-cost.ts [--runs 2]
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult, type Step } from '../stand/runner/job.js';
import { repoRoot } from '../stand/services/paths.js';
import { startStand, type Stand } from '../stand/services/stand.js';

const NODE_PACKAGES = ['typescript', '@actions', '@octokit', 'semver', 'yaml'].filter((p) =>
  existsSync(path.join(repoRoot, 'node_modules', p)),
);

interface Kind {
  name: string;
  deps: string;
  depsPath: string;
  build: string;
}

const KINDS: Kind[] = [
  {
    name: 'Node',
    deps: `mkdir -p node_modules && ${NODE_PACKAGES.map((p) => `cp -r ${JSON.stringify(path.join(repoRoot, 'node_modules', p))} node_modules/`).join(' && ')}`,
    depsPath: 'node_modules',
    build: 'mkdir -p dist && for i in $(seq 1 50); do echo "export const m$i = $i;" > dist/m$i.js; done',
  },
  {
    name: 'Python',
    deps: 'python3 -m venv .venv',
    depsPath: '.venv',
    build: 'mkdir -p build && for i in $(seq 1 50); do echo "x$i = $i" > build/m$i.py; done',
  },
];

function steps(kind: Kind, green: boolean): Step[] {
  return [
    { id: 'checkout', uses: 'actions/checkout@v4' },
    { id: 'recovery', uses: '.' },
    { id: 'deps', uses: 'run', with: { stage: 'deps', run: kind.deps } },
    {
      id: 'ckpt-deps',
      uses: 'checkpoint',
      with: { paths: kind.depsPath, stage: 'deps', 'include-hidden-files': true },
    },
    { id: 'build', uses: 'run', with: { stage: 'build', run: kind.build } },
    {
      id: 'ckpt-build',
      uses: 'checkpoint',
      with: { paths: `${kind.depsPath}\ndist\nbuild`, stage: 'build', 'include-hidden-files': true },
    },
    {
      id: 'test',
      name: 'Test',
      run: green ? 'echo "all tests passed"' : 'echo "1 failing test" >&2; exit 1',
    },
  ];
}

interface Cost {
  artifacts: number;
  artifactBytes: number;
  caches: number;
  cacheBytes: number;
  ourSeconds: number;
  postSeconds: number;
  jobSeconds: number;
  conclusion: string;
}

/** Ours: the root action's three stages and the checkpoint/ steps (run/ steps also run the user's command). */
function ourMs(job: JobResult): number {
  return job.stages
    .filter((s) => s.stepId === 'recovery' || s.stepId.startsWith('ckpt-'))
    .reduce((sum, s) => sum + s.ms, 0);
}

async function measure(stand: Stand, kind: Kind, green: boolean, runId: number): Promise<Cost> {
  const cachesBefore = new Set(stand.results.caches.map((c) => c.id));
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  const t0 = performance.now();
  const job = await runJob({
    stand,
    runId,
    jobId: runId + 1,
    jobKey: kind.name.toLowerCase(),
    event,
    workspace: await mkdtemp(path.join(stand.root, 'workspace-')),
    steps: steps(kind, green),
  });
  const jobSeconds = (performance.now() - t0) / 1000;
  // Everything the job left among the run's artifacts: checkpoints, and a failed job's plan.
  const left = stand.results.artifacts.filter((a) => a.finalized && a.runId === runId);
  const caches = stand.results.caches.filter((c) => c.finalized && !cachesBefore.has(c.id));
  return {
    artifacts: left.length,
    artifactBytes: left.reduce((s, a) => s + a.size, 0),
    caches: caches.length,
    cacheBytes: caches.reduce((s, c) => s + c.size, 0),
    ourSeconds: ourMs(job) / 1000,
    postSeconds: (job.stage('recovery', 'post')?.ms ?? 0) / 1000,
    jobSeconds,
    conclusion: job.conclusion,
  };
}

const mib = (b: number): string =>
  b < 1024 * 1024 ? `${(b / 1024).toFixed(1)} KiB` : `${(b / 1024 / 1024).toFixed(1)} MiB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 2;
  const stand = await startStand({ commits: [{ message: 'app', files: { 'README.md': 'app\n' } }] });
  let runId = 9100;
  const rows: string[] = [
    '| job | outcome | artifacts left | bytes | cache entries saved | bytes | ci-recovery s | of which post | job s |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  try {
    for (const kind of KINDS)
      for (const green of [true, false]) {
        const costs: Cost[] = [];
        for (let i = 0; i < runs; i++) costs.push(await measure(stand, kind, green, (runId += 10)));
        const c = costs.at(-1)!;
        rows.push(
          `| ${kind.name} | ${c.conclusion} | ${c.artifacts} | ${mib(c.artifactBytes)} | ${c.caches} | ${mib(c.cacheBytes)} | ${median(costs.map((x) => x.ourSeconds)).toFixed(1)} | ${median(costs.map((x) => x.postSeconds)).toFixed(1)} | ${median(costs.map((x) => x.jobSeconds)).toFixed(1)} |`,
        );
        console.error(`${kind.name} ${green ? 'green' : 'failed'}: done`);
      }
  } finally {
    await stand.stop();
  }
  console.log(rows.join('\n'));
}

await main();
