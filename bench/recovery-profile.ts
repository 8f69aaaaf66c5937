/**
 * Where a (c) job's time goes: a green job with ci-recovery, an in-step retry of a connection the remote reset
 * (network-late), and a resume after a lost runner, run through
 * the stand as `bench:recovery` runs them, with every node stage of the actions started through a wrapper
 * that stamps each line of its output with the milliseconds since the stage's process started. Prints, per
 * stage, its wall time and the gaps between its log lines (where a phase spends its time), and the job's
 * time outside node stages (checkout, the stand's own work).
 *
 * `plain` is the same green job without ci-recovery (mode (a): plain `run:` steps), and `nopaths` the (c) job
 * in the STANDARD lane, whose budget checkpoints nothing: the job with no checkpoint paths. With `plain`
 * among the jobs, each run's (c) jobs are also told against it, paired within the run, and the medians
 * over the runs close the output: what ci-recovery adds to a green job, with and without checkpoints.
 *
 * `--against DIR` (another checkout, its dist/ built) runs the green job with that build's action too, in
 * alternating order within each run, and closes with each build's wait before each stage's command.
 *
 *   npx tsx bench/recovery-profile.ts [--runs 3] [--lost-after 20] [--only plain,green,nopaths,network,lost] [--against DIR]
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { standNode } from '../stand/services/node24.js';
import { startStand } from '../stand/services/stand.js';
import { outage } from '../stand/scenarios/network-retry.js';
import { runSupervisor, startNextAttempt } from '../stand/scenarios/supervise-stand.js';
import { attempt, JEST, SCENARIOS, type Env, type Scenario } from './recovery.js';
import { workloadFiles } from './workload.js';
import { median } from './stats.js';

/** Runs node with the stage's arguments; appends one JSON line per stage: its output lines, timed. */
const WRAPPER = `
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
const [log, node] = [LOG, NODE];
const args = process.argv.slice(2);
const t0 = Date.now();
const lines = [];
let rest = { stdout: '', stderr: '' };
const child = spawn(node, args, { stdio: ['ignore', 'pipe', 'pipe'] });
for (const stream of ['stdout', 'stderr'])
  child[stream].on('data', (chunk) => {
    process[stream].write(chunk);
    const text = rest[stream] + chunk.toString('utf8');
    const parts = text.split('\\n');
    rest[stream] = parts.pop();
    const at = Date.now() - t0;
    for (const line of parts) lines.push([at, line.slice(0, 200)]);
  });
child.on('close', (code, signal) => {
  const entry = args[0].split('/').slice(-1)[0];
  // The reaped child's CPU (user + sys, its own children's too): cutime and cstime of /proc/self/stat.
  let cpuMs;
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    cpuMs = (Number(f[13]) + Number(f[14])) * 10;
  } catch {}
  appendFileSync(log, JSON.stringify({ t0, ms: Date.now() - t0, cpuMs, entry, action: process.env.GITHUB_ACTION,
    stage: process.env.INPUT_STAGE, attempt: process.env.GITHUB_RUN_ATTEMPT, run: process.env.GITHUB_RUN_ID,
    code, lines }) + '\\n');
  process.exitCode = code ?? 1;
});
`;

interface StageLog {
  t0: number;
  ms: number;
  /** CPU (user + sys) of the stage's process and what it waited on; absent off Linux. */
  cpuMs?: number;
  entry: string;
  action: string;
  stage?: string;
  attempt: string;
  run: string;
  code: number;
  lines: [number, string][];
}

function wrapper(dir: string): { node: string; log: string } {
  const log = path.join(dir, 'stages.jsonl');
  writeFileSync(log, '');
  // A script run by its shebang, not through sh: dash drops the runner's INPUT_GITHUB-TOKEN-style names.
  const node = path.join(dir, 'node.mjs');
  const consts = `const LOG = ${JSON.stringify(log)};\nconst NODE = ${JSON.stringify(standNode())};\n`;
  writeFileSync(node, `#!${standNode()}\n${consts}${WRAPPER}`);
  chmodSync(node, 0o755);
  return { node, log };
}

function stagesOf(log: string, run: number, runAttempt: number): StageLog[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as StageLog)
    .filter((s) => s.run === String(run) && s.attempt === String(runAttempt));
}

/** Each node stage: wall time, and its log lines with the time since the previous one (≥ 100 ms shown). */
function describe(stages: StageLog[], jobSeconds: number, verbose: boolean): string {
  const out: string[] = [];
  let inNode = 0;
  for (const s of stages) {
    inNode += s.ms;
    out.push(
      `  ${`${s.entry} ${s.action}${s.stage ? ` (${s.stage})` : ''}`.padEnd(40)}${(s.ms / 1000).toFixed(2).padStart(7)} s, CPU ${((s.cpuMs ?? 0) / 1000).toFixed(2)} s`,
    );
    if (!verbose) continue;
    let prev = 0;
    for (const [at, line] of s.lines) {
      if (at - prev >= 100 || /checkpoint|restor|saved|upload|ci-recovery/i.test(line))
        out.push(
          `      +${String(at - prev).padStart(6)} ms @${String(at).padStart(6)}  ${line.slice(0, 140)}`,
        );
      prev = at;
    }
    if (s.ms - prev >= 100)
      out.push(`      +${String(s.ms - prev).padStart(6)} ms @${String(s.ms).padStart(6)}  (exit)`);
  }
  out.push(
    `  node stages ${(inNode / 1000).toFixed(2)} s, CPU ${(cpuOf(stages) / 1000).toFixed(2)} s; job ${jobSeconds.toFixed(2)} s; outside node stages ${(jobSeconds - inNode / 1000).toFixed(2)} s`,
  );
  return out.join('\n');
}

/**
 * Each `run/` stage's milliseconds from its start to its command's (the line saying the stage's attempt
 * starts): the checkpoint before it, and the fixed cost of the step, as the job waits for them.
 */
function commandWaits(stages: StageLog[]): Record<string, number> {
  const waits: Record<string, number> = {};
  for (const s of stages) {
    const at = s.lines.find(([, line]) => /ci-recovery: stage '.*', attempt \d+/.test(line))?.[0];
    if (s.entry === 'run.js' && s.stage && at !== undefined) waits[s.stage] = at;
  }
  return waits;
}

/** The node stages' CPU milliseconds, together. */
const cpuOf = (stages: StageLog[]): number => stages.reduce((sum, s) => sum + (s.cpuMs ?? 0), 0);

/** A (c) job's seconds against the plain job of the same run (both green), kept and said. */
function pairWith(
  plain: number | undefined,
  leg: { seconds: number; conclusion?: string },
  into: number[],
  name: string,
): void {
  if (plain === undefined || leg.conclusion !== 'success') return;
  into.push(leg.seconds - plain);
  console.log(`  ${name} - plain, same run: ${(leg.seconds - plain).toFixed(2)} s`);
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const runs = Number(value('--runs') ?? 1);
  const only = (value('--only') ?? 'green,lost').split(',');
  const verbose = !argv.includes('--quiet');
  const against = value('--against') && path.resolve(value('--against')!);
  if (
    against &&
    !['action.yml', 'run/action.yml', 'dist/run.js'].every((f) => existsSync(path.join(against, f)))
  )
    throw new Error(`--against ${against}: not a checkout with action.yml, run/action.yml and dist/ built`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'recovery-profile-'));
  const { node, log } = wrapper(dir);
  const stand = await startStand({ commits: [{ message: 'the workload', files: workloadFiles() }] });
  const remote = await outage('coverage-upload.git');
  try {
    const markers = await mkdtemp(path.join(stand.root, 'markers-'));
    const env: Env = {
      stand,
      outage: remote.url,
      markers,
      nextRun: 500,
      node,
      loseAfterMs: Number(value('--lost-after') ?? 20) * 1000,
    };
    console.log(`load: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
    const added: { green: number[]; nopaths: number[] } = { green: [], nopaths: [] };
    // What the stages of ci-recovery cost in CPU, steadier than wall time on a shared machine.
    const cpu: { green: number[]; nopaths: number[] } = { green: [], nopaths: [] };
    // Each green job's run stages: how long each waited before its command (its checkpoint, mostly).
    const waited: { green: Record<string, number>[]; against: Record<string, number>[] } = {
      green: [],
      against: [],
    };
    for (let i = 0; i < runs; i++) {
      let plainSeconds: number | undefined;
      if (only.includes('plain')) {
        const green: Scenario = {
          name: 'green',
          lane: 'HEAVY',
          test: () => JEST,
        };
        const runId = (env.nextRun += 1);
        const t = performance.now();
        const leg = await attempt(env, green, 'a', { runId, attempt: 1 }, 0);
        if (leg.conclusion === 'success') plainSeconds = leg.seconds;
        console.log(
          `\n[plain green ${i + 1}] ${leg.conclusion} ${((performance.now() - t) / 1000).toFixed(2)} s (load ${os.loadavg()[0]?.toFixed(2)})`,
        );
      }
      if (only.includes('green')) {
        const green: Scenario = {
          name: 'green',
          lane: 'HEAVY',
          test: () => JEST,
        };
        // With --against, that build's green job too, in alternating order: the stages paired by run.
        const builds = against ? (i % 2 === 0 ? [undefined, against] : [against, undefined]) : [undefined];
        for (const root of builds) {
          const runId = (env.nextRun += 1);
          const leg = await attempt(
            { ...env, ...(root ? { root } : {}) },
            green,
            'c',
            { runId, attempt: 1 },
            0,
          );
          const name = root ? 'green (c) --against' : 'green (c)';
          console.log(`\n[${name} ${i + 1}] ${leg.conclusion} (load ${os.loadavg()[0]?.toFixed(2)})`);
          const stages = stagesOf(log, runId, 1);
          console.log(describe(stages, leg.seconds, verbose));
          const waits = commandWaits(stages);
          console.log(
            `  before the command: ${Object.entries(waits)
              .map(([s, ms]) => `${s} ${(ms / 1000).toFixed(2)} s`)
              .join(', ')}`,
          );
          (root ? waited.against : waited.green).push(waits);
          if (root) continue;
          cpu.green.push(cpuOf(stages) / 1000);
          pairWith(plainSeconds, leg, added.green, 'green (c)');
        }
      }
      if (only.includes('nopaths')) {
        // The same (c) job in the STANDARD lane: its budget checkpoints nothing (no checkpoint paths).
        const green: Scenario = {
          name: 'green',
          lane: 'STANDARD',
          test: () => JEST,
        };
        const runId = (env.nextRun += 1);
        const leg = await attempt(env, green, 'c', { runId, attempt: 1 }, 0);
        console.log(
          `\n[no checkpoint paths (c) ${i + 1}] ${leg.conclusion} (load ${os.loadavg()[0]?.toFixed(2)})`,
        );
        console.log(describe(stagesOf(log, runId, 1), leg.seconds, verbose));
        cpu.nopaths.push(cpuOf(stagesOf(log, runId, 1)) / 1000);
        pairWith(plainSeconds, leg, added.nopaths, 'no checkpoint paths (c)');
      }
      if (only.includes('network')) {
        // network-late in (c): the test stage's in-step retry after a connection reset, in one job.
        const network = SCENARIOS.find((s) => s.name === 'network-late')!;
        const runId = (env.nextRun += 1);
        const leg = await attempt(env, network, 'c', { runId, attempt: 1, round: i + 1 }, 0);
        console.log(`\n[network-late (c) ${i + 1}] ${leg.conclusion} (load ${os.loadavg()[0]?.toFixed(2)})`);
        console.log(describe(stagesOf(log, runId, 1), leg.seconds, verbose));
      }
      if (only.includes('lost')) {
        const lost = SCENARIOS.find((s) => s.name === 'runner-lost-late')!;
        const runId = (env.nextRun += 1);
        const first = await attempt(env, lost, 'c', { runId, attempt: 1 }, 0);
        console.log(
          `\n[lost (c) ${i + 1}, attempt 1] ${first.conclusion} (load ${os.loadavg()[0]?.toFixed(2)})`,
        );
        console.log(describe(stagesOf(log, runId, 1), first.seconds, verbose));
        const names = (): string =>
          stand.github
            .artifactsOf(runId)
            .map((a) => a.name)
            .join(', ');
        console.log(`  artifacts after attempt 1: ${names() || 'none'}`);
        const t = performance.now();
        const sup = await runSupervisor(stand, { runId, runAttempt: 1 });
        console.log(`  supervisor: ${sup.decisions.map((d) => `${d.action} (${d.reason})`).join('; ')}`);
        console.log(`  artifacts after the supervisor: ${names() || 'none'}`);
        console.log(`  supervisor ${((performance.now() - t) / 1000).toFixed(2)} s`);
        startNextAttempt(stand, runId);
        const second = await attempt(env, lost, 'c', { runId, attempt: 2 }, 0);
        console.log(
          `\n[lost (c) ${i + 1}, attempt 2] ${second.conclusion} (load ${os.loadavg()[0]?.toFixed(2)})`,
        );
        console.log(describe(stagesOf(log, runId, 2), second.seconds, verbose));
      }
    }
    for (const [name, xs] of Object.entries(added))
      if (xs.length > 0)
        console.log(
          `\nadded by ci-recovery to a green job, ${name}: median ${median(xs).toFixed(2)} s over ${xs.length} run(s) (${xs.map((x) => x.toFixed(2)).join(', ')}), paired with the plain job of the same run`,
        );
    for (const [name, runs] of Object.entries(waited)) {
      // The first run publishes the keyed entry: the steady state is the runs after it.
      const steady = runs.slice(1);
      const stages = [...new Set(steady.flatMap((w) => Object.keys(w)))];
      if (stages.length > 0)
        console.log(
          `\nbefore the command, ${name === 'green' ? 'this build' : `--against ${against}`}, runs 2..${runs.length} (median): ${stages
            .map(
              (st) =>
                `${st} ${(median(steady.map((w) => w[st] ?? NaN)) / 1000).toFixed(2)} s (${steady.map((w) => ((w[st] ?? NaN) / 1000).toFixed(2)).join(', ')})`,
            )
            .join('; ')}`,
        );
    }
    for (const [name, xs] of Object.entries(cpu))
      if (xs.length > 0)
        console.log(
          `CPU of ci-recovery's node stages, ${name}: median ${median(xs).toFixed(2)} s over ${xs.length} run(s) (${xs.map((x) => x.toFixed(2)).join(', ')})`,
        );
  } finally {
    await remote.close();
    await stand.stop();
    console.log(`\nstage logs: ${log}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
