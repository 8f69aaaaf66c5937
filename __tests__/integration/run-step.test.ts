import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import { DEFAULT_CONFIG as DEFAULTS } from '../../src/core/config.js';

/** Every checkpoint taken (checkpoint.when: always): these tests are of the save's mechanics; whether one pays is checkpoint-pays.test.ts's. */
const DEFAULT_CONFIG = { ...DEFAULTS, checkpoint: { ...DEFAULTS.checkpoint, when: 'always' as const } };
import { parseJobEnv } from '../../src/core/job-env.js';
import { parseKeyValueFile } from '../../src/core/file-commands.js';
import { STAGES_SUBDIR } from '../../src/core/stage-ledger.js';
import type { RunSettings } from '../../src/core/run-step.js';
import { groupMembers } from '../../src/adapters/process.js';
import { readRecords } from '../../src/adapters/records.js';
import { processPort } from '../../src/adapters/run-step.js';
import { recordsPort } from '../../src/adapters/records.js';
import { runStep, type RunContext, type RunPorts } from '../../src/phases/run.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { RecordingTreeKill } from '../../src/ports/process.js';
import type { RecordingLogger } from '../../src/runner/ports/logger.js';
import type { StageCheckpointPort, StageSave, StageSaved } from '../../src/ports/stage-checkpoint.js';
import { run } from '../../src/actions/run.js';
import { actionInputDefaults } from '../../stand/runner/action-defaults.js';
import { outage } from '../../stand/scenarios/network-retry.js';
import { corpusRoot, standLogs } from '../../stand/services/paths.js';
import { describeIfCorpus } from '../corpus.js';
import { runSettings } from '../run-settings.js';

const CORPUS = standLogs;

let dir: string;
let runner: RecordingRunner;
let logger: RecordingLogger;
let slept: number[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'run-step-'));
  runner = new RecordingRunner();
  logger = runner.log;
  slept = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const settings = (over: Partial<RunSettings>): RunSettings =>
  runSettings({ run: 'true', stage: 'stage', ...over });
interface Case {
  ctx?: Partial<RunContext>;
  /** The job's environment over the test's (the command's environment too). */
  env?: Record<string, string | undefined>;
  /** The stages main restored and the step may skip (as runPhase finds them still there). */
  restoredStages?: string[];
  checkpoint?: StageCheckpointPort['save'];
  abortSignal?: AbortSignal;
  onOutput?: (chunk: Buffer) => void;
  /** The process port's runner OS, and its Windows tree kill. */
  windows?: boolean;
  treeKill?: RecordingTreeKill;
  /** Where the process port writes the scripts. */
  tempDir?: string;
}

/** The phase's step with the real process port, and every other port in memory. */
function step(s: RunSettings, c: Case = {}) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: dir, ...c.env };
  const ports: RunPorts = {
    runner,
    process: processPort({
      tempDir: c.tempDir ?? path.join(dir, 'tmp'),
      env,
      killGraceMs: 500,
      onOutput: c.onOutput ?? (() => undefined),
      ...(c.abortSignal ? { abortSignal: c.abortSignal } : {}),
      ...(c.windows !== undefined ? { windows: c.windows } : {}),
      ...(c.treeKill ? { treeKill: c.treeKill } : {}),
    }),
    checkpoint: {
      save: c.checkpoint ?? (() => settledSave(Promise.resolve(undefined))),
      stillComplete: (stages) => Promise.resolve(stages),
      size: () => ({ bytes: 0, keyedBytes: 0, files: 0 }),
    },
    records: recordsPort({ runnerTemp: dir }),
    classify: (signals) => classify(signals),
    clock: {
      now: () => Date.now(),
      sleep: (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
    },
  };
  const ctx: RunContext = {
    lane: 'STANDARD',
    branchKind: 'pr',
    config: DEFAULT_CONFIG,
    windows: false,
    ...c.ctx,
  };
  const job = parseJobEnv(env, { cwd: dir, tmpdir: dir });
  return runStep(s, job, ctx, ports, c.restoredStages ?? []);
}

/** A checkpoint whose save settles before the command starts (nothing left to store while it runs). */
function settledSave(saved: Promise<StageSaved | undefined>): StageSave {
  saved.catch(() => undefined);
  return {
    read: saved.then(
      () => false,
      () => false,
    ),
    saved,
  };
}

describe('runStep', () => {
  it('a network failure on attempt 1 is retried with backoff and passes on attempt 2', async () => {
    const remote = await outage();
    const marker = path.join(dir, 'tried');
    const script = `if [ ! -f '${marker}' ]; then touch '${marker}'; git ls-remote ${remote.url}; fi\necho fetched`;
    const r = await step(settings({ run: script, stage: 'fetch' })).finally(() => remote.close());
    expect(r).toMatchObject({ success: true, skipped: false, exitCode: 0 });
    const { evidence, ...rest } = r.outputs;
    expect(rest).toEqual({
      attempts: '2',
      'exit-code': '0',
      'failure-type': 'network',
      strategy: 'retry',
      skipped: 'false',
    });
    expect(evidence).toMatch(
      /^fatal: unable to access 'http:\/\/127\.0\.0\.1:\d+\/fixtures\.git\/': Recv failure: Connection reset by peer$/,
    );
    expect(r.attempts.map((a) => a.exitCode)).toEqual([128, 0]);
    expect(r.decision?.rule).toBe('transient-retry');
    // The backoff counts from the failed attempt's end: the classifier's time is taken off the sleep.
    const backoff = DEFAULT_CONFIG.budgets.STANDARD.backoffSeconds * 1000;
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeLessThan(backoff);
    expect(slept[0]).toBeGreaterThan(backoff - 5000);
  });

  it('a failing test on a PR is not retried: manual, with the failing test as evidence', async () => {
    const r = await step(settings({ run: `cat '${CORPUS}/d0021.log'; exit 101`, stage: 'unit-tests' }));
    expect(r.success).toBe(false);
    expect(r.attempts).toHaveLength(1);
    expect(r.outputs).toMatchObject({
      attempts: '1',
      'exit-code': '101',
      'failure-type': 'test',
      strategy: 'manual',
    });
    // The evidence names a failing test (a panic), not cargo's closing tally.
    expect(r.outputs.evidence).toMatch(/^thread '\w+' panicked at 'Ref test failed/);
    expect(r.decision?.rule).toBe('deterministic-pr-manual');
  });

  it('on Windows a timed-out attempt is ended by the tree kill (taskkill /T /F) and retried (issue 45: 4)', async () => {
    // The Windows path on this machine: no process group, the tree kill through its port (here a SIGKILL
    // standing in for taskkill). `node {0}` is one argument, so the verbatim command line splits the same
    // way here. The old code ran it once, with no limit: exit 3 after 4 s.
    const treeKill = new RecordingTreeKill((pid) => process.kill(pid, 'SIGKILL'));
    const r = await step(
      settings({
        run: 'setTimeout(() => process.exit(3), 4000)',
        shell: 'node',
        retryOn: ['any'],
        maxAttempts: 2,
        timeoutMinutes: 0.005,
      }),
      { ctx: { windows: true }, windows: true, treeKill },
    );
    expect(r.attempts).toHaveLength(2);
    expect(r.attempts.map((a) => a.timedOut)).toEqual([true, true]);
    expect(r.exitCode).toBe(124);
    expect(treeKill.killed).toHaveLength(2);
    expect(logger.messages('warning').filter((m) => /Windows/.test(m))).toEqual([]);
  });

  it('a working-directory that does not exist is named as such, not blamed on the shell', async () => {
    const error = await step(settings({ run: 'true', workingDirectory: 'packages/missing' })).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe(
      `Input 'working-directory': 'packages/missing' (${path.join(dir, 'packages/missing')}) does not exist or is not a directory; create it in an earlier step, or give a path relative to the workspace that exists.`,
    );
    expect(error?.message).not.toMatch(/shell/);
    await writeFile(path.join(dir, 'a-file'), '');
    const notDir = await step(settings({ run: 'true', workingDirectory: 'a-file' })).then(
      () => '',
      (e: unknown) => (e as Error).message,
    );
    expect(notDir).toMatch(/^Input 'working-directory': 'a-file' .* is not a directory/);
  });

  it('writes a pwsh script as the runner does, and hands it over as `-command ". \'<path>\'"`, a path with a space too', async () => {
    // pwsh is not installable here: a stand-in `pwsh` on PATH checks the two arguments .NET splits the
    // runner's `-command ". '{0}'"` into (ScriptHandlerHelpers.cs line 16), copies the script it names,
    // then exits 7. The old code passed `-command`, `.`, `<path>`: pwsh joins those with spaces, and a
    // path with a space breaks.
    const bin = path.join(dir, 'bin');
    const seen = path.join(dir, 'seen.ps1');
    await mkdir(bin);
    await writeFile(
      path.join(bin, 'pwsh'),
      [
        '#!/bin/sh',
        `[ "$#" = 2 ] && [ "$1" = '-command' ] || exit 90`,
        `case "$2" in ". '"*"'") ;; *) exit 91 ;; esac`,
        `script=\${2#". '"}; cp "\${script%"'"}" '${seen}'`,
        'exit 7',
      ].join('\n') + '\n',
      { mode: 0o755 },
    );
    const r = await step(settings({ run: 'Get-Item ./missing\n./tool', shell: 'pwsh' }), {
      env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` },
      tempDir: path.join(dir, 'a b'),
    });
    expect(r.exitCode).toBe(7);
    expect(readFileSync(seen, 'utf8')).toBe(
      "$ErrorActionPreference = 'stop'\nGet-Item ./missing\n./tool\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }",
    );
  });

  it('retry-on overrides the policy for the listed types', async () => {
    const r = await step(
      settings({ run: `cat '${CORPUS}/d0021.log'; exit 101`, retryOn: ['test'], maxAttempts: 3 }),
    );
    expect(r.attempts).toHaveLength(3);
    expect(r.decision).toMatchObject({ strategy: 'manual', rule: 'budget-exhausted' });
    expect(r.attempts[0]?.classification?.type).toBe('test');
  });

  it('a hang is killed at its time limit with its children, typed timeout, and not retried past max-attempts', async () => {
    const pids = path.join(dir, 'pids');
    // The limit is counted from the start: a start slowed by load can reach 1.8 s before the command has forked
    // its child and written its pid. Such a run is tried again with a longer limit; the last one must have it.
    let r!: Awaited<ReturnType<typeof step>>;
    let minutes = 0.03;
    for (minutes of [0.03, 0.1, 0.3]) {
      r = await step(
        settings({
          run: `sleep 300 & echo $! >> '${pids}'\nsleep 300`,
          timeoutMinutes: minutes,
          maxAttempts: 1,
        }),
      );
      if (existsSync(pids)) break;
    }
    expect(r.success).toBe(false);
    expect(r.outputs).toMatchObject({
      attempts: '1',
      'exit-code': '124',
      'failure-type': 'timeout',
      strategy: 'manual',
    });
    expect(r.attempts[0]).toMatchObject({ timedOut: true, signal: 'SIGTERM' });
    expect(r.outputs.evidence).toContain(`hit its time limit of ${minutes} minutes`);
    const child = Number(readFileSync(pids, 'utf8').trim());
    expect(groupMembers(child)).toEqual([]);
  });

  it("a HEAVY timeout on the step's only try still resumes: max-attempts caps tries, not job re-runs", async () => {
    const r = await step(settings({ run: 'sleep 300', timeoutMinutes: 0.01, maxAttempts: 1 }), {
      ctx: { lane: 'HEAVY' },
      env: { GITHUB_RUN_ATTEMPT: '1' },
    });
    expect(r.outputs).toMatchObject({ attempts: '1', 'failure-type': 'timeout', strategy: 'resume' });
    expect(r.decision?.rule).toBe('timeout-heavy-resume');
  });

  it('a cancelled step kills its command, is typed cancelled and is not retried', async () => {
    const controller = new AbortController();
    const r = await step(settings({ run: 'echo started; sleep 300', retryOn: ['any'], maxAttempts: 3 }), {
      abortSignal: controller.signal,
      onOutput: (chunk) => {
        if (chunk.toString().includes('started')) controller.abort();
      },
    });
    expect(r.success).toBe(false);
    expect(r.attempts).toHaveLength(1);
    expect(r.outputs).toMatchObject({ 'failure-type': 'cancelled', strategy: 'skip' });
  });

  it('keeps the GITHUB_OUTPUT values of the final attempt only, heredocs included', async () => {
    const marker = path.join(dir, 'tried');
    const script = [
      `if [ ! -f '${marker}' ]; then touch '${marker}'; echo "stale=from-attempt-1" >> "$GITHUB_OUTPUT"; echo "curl: (6) Could not resolve host: example.invalid"; exit 6; fi`,
      'echo "version=1.2.3" >> "$GITHUB_OUTPUT"',
      'printf "notes<<EOF\\nline one\\nline=two\\nEOF\\n" >> "$GITHUB_OUTPUT"',
      'echo "FROM_STEP=yes" >> "$GITHUB_ENV"',
    ].join('\n');
    const r = await step(settings({ run: script }));
    expect(r.outputs.attempts).toBe('2');
    expect(r.commandOutputs).toEqual({ version: '1.2.3', notes: 'line one\nline=two' });
    expect(r.commandEnv).toBe('FROM_STEP=yes\n');
  });

  it('reads GITHUB_OUTPUT as the runner does: a UTF-16 file with its BOM (Windows PowerShell 5.1), `=value` accepted', async () => {
    // `"version=1.2.3" | Out-File -Append $env:GITHUB_OUTPUT` in Windows PowerShell 5.1 writes UTF-16 LE with a
    // BOM; the runner's File.ReadAllText decodes it. An `=value` line is accepted there too (no name).
    const script = [
      `printf '\\xff\\xfe' > "$GITHUB_OUTPUT"`,
      `printf 'version=1.2.3\\n=orphan\\n' | iconv -f UTF-8 -t UTF-16LE >> "$GITHUB_OUTPUT"`,
    ].join('\n');
    const r = await step(settings({ run: script }));
    expect(r.success).toBe(true);
    expect(r.commandOutputs).toEqual({ version: '1.2.3' });
  });

  it('runs on-retry between attempts', async () => {
    const log = path.join(dir, 'log');
    const r = await step(
      settings({
        run: `echo run >> '${log}'; echo "Error: connect ECONNREFUSED 127.0.0.1:9"; exit 1`,
        onRetry: `echo cleanup >> '${log}'`,
        maxAttempts: 2,
      }),
    );
    expect(r.success).toBe(false);
    expect(readFileSync(log, 'utf8')).toBe('run\ncleanup\nrun\n');
  });

  it('skips itself when its stage completed in an earlier attempt', async () => {
    const marker = path.join(dir, 'ran');
    const r = await step(settings({ run: `touch '${marker}'`, stage: 'build' }), {
      restoredStages: ['deps', 'build'],
    });
    expect(r).toMatchObject({ skipped: true, success: true });
    expect(r.outputs).toMatchObject({ skipped: 'true', attempts: '0' });
    expect(existsSync(marker)).toBe(false);
  });

  it('checkpoints before the command when paths are given, and a failed checkpoint only warns', async () => {
    const calls: string[][] = [];
    const ok = await step(settings({ checkpointPaths: ['out'] }), {
      checkpoint: (_stage, p) => (calls.push(p), settledSave(Promise.resolve({ id: 'ckpt-1' }))),
    });
    expect(calls).toEqual([['out']]);
    expect(ok.checkpointId).toBe('ckpt-1');
    const failed = await step(settings({ checkpointPaths: ['out'] }), {
      checkpoint: () => settledSave(Promise.reject(new Error('store down'))),
    });
    expect(failed.success).toBe(true);
    expect(logger.messages('warning').join('\n')).toContain('store down');
    // HEAVY checkpoints the config's paths by default; STANDARD does not.
    const config = { ...DEFAULT_CONFIG, checkpoint: { ...DEFAULT_CONFIG.checkpoint, paths: ['build'] } };
    calls.length = 0;
    const cp = (_stage: string, p: string[]): StageSave => (
      calls.push(p),
      settledSave(Promise.resolve({ id: 'x' }))
    );
    await step(settings({}), { ctx: { lane: 'STANDARD', config }, checkpoint: cp });
    await step(settings({}), { ctx: { lane: 'HEAVY', config }, checkpoint: cp });
    expect(calls).toEqual([['build']]);
  });
});

describe('run (the entry point)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  async function invoke(inputs: Record<string, string>, env: Record<string, string> = {}) {
    const files = { output: path.join(dir, 'out'), env: path.join(dir, 'env'), path: path.join(dir, 'path') };
    await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
    // As the runner passes them: action.yml's defaults, then the step's own.
    Object.assign(process.env, actionInputDefaults('run'));
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
    Object.assign(process.env, {
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: dir,
      ...env,
    });
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk: string | Uint8Array): boolean => (out.push(String(chunk)), true);
    process.exitCode = undefined;
    try {
      await run();
    } finally {
      process.stdout.write = write;
    }
    const exitCode = process.exitCode;
    process.exitCode = undefined;
    return {
      exitCode,
      stdout: out.join(''),
      outputs: parseKeyValueFile(readFileSync(files.output, 'utf8')),
      env: parseKeyValueFile(readFileSync(files.env, 'utf8')),
      records: await readRecords(path.join(dir, 'ci-recovery/records')),
    };
  }

  it('success: re-emits the command outputs, appends its stage to the completed stages, writes a record', async () => {
    const r = await invoke(
      {
        run: 'echo "artifact=dist.tgz" >> "$GITHUB_OUTPUT"; echo "attempts=999" >> "$GITHUB_OUTPUT"',
        stage: 'package',
      },
      { CI_RECOVERY_COMPLETED_STAGES: 'deps' },
    );
    expect(r.exitCode).toBeUndefined();
    expect(r.outputs).toMatchObject({
      artifact: 'dist.tgz',
      attempts: '1',
      'exit-code': '0',
      skipped: 'false',
    });
    expect(r.env.CI_RECOVERY_COMPLETED_STAGES).toBe('deps,package');
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({
      kind: 'run',
      stage: 'package',
      outcome: 'success',
      outputs: { attempts: '1' },
    });
  });

  it('failure: non-zero exit and an error annotation naming the evidence line', async () => {
    await writeFile(
      path.join(dir, 'event.json'),
      JSON.stringify({ pull_request: { number: 7, base: { ref: 'main' } } }),
    );
    const r = await invoke(
      { run: `tail -n 40 '${CORPUS}/d0021.log'; exit 101`, stage: 'tests' },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
      },
    );
    expect(r.exitCode).toBe(101);
    const annotation = r.stdout.split('\n').find((l) => l.startsWith('::error'));
    expect(annotation).toMatch(
      /^::error title=ci-recovery%3A tests failed \(test\)::Stage 'tests' failed after 1 attempt\(s\): test \(rust-test\); decision manual \(deterministic-pr-manual\).* Evidence, line \d+ of its output: thread '\w+' panicked at 'Ref test failed/,
    );
    expect(r.outputs).toMatchObject({ 'failure-type': 'test', attempts: '1' });
    expect(r.env.CI_RECOVERY_COMPLETED_STAGES).toBeUndefined();
    expect(r.records[0]).toMatchObject({ outcome: 'failure', classification: { type: 'test' } });
  });

  it('checkpoints the given paths into the configured store before the command, chained for the next one', async () => {
    await writeFile(path.join(dir, 'state.txt'), 'built');
    const store = path.join(dir, 'store');
    const config = { ...DEFAULT_CONFIG, checkpoint: { ...DEFAULT_CONFIG.checkpoint, store: `dir:${store}` } };
    const configFile = path.join(dir, 'effective-config.json');
    await writeFile(configFile, JSON.stringify(config));
    const r = await invoke(
      { run: 'rm state.txt', stage: 'clean', 'checkpoint-paths': 'state.txt' },
      {
        CI_RECOVERY_CONFIG_FILE: configFile,
        GITHUB_JOB: 'build',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '1',
      },
    );
    expect(r.exitCode).toBeUndefined();
    const id = r.env.CI_RECOVERY_LAST_CHECKPOINT;
    expect(id).toBe('ci-recovery-ckpt-r42-build-a1-clean-001');
    expect(r.records[0]?.checkpointId).toBe(id);
    const manifest = JSON.parse(readFileSync(path.join(store, `${id}.manifest.json`), 'utf8')) as {
      stage: string;
      files?: { path: string }[];
      entries?: { path: string }[];
    };
    expect(manifest.stage).toBe('clean');
    expect(JSON.stringify(manifest)).toContain('state.txt');
    expect(existsSync(path.join(dir, 'state.txt'))).toBe(false);
  });

  it('a bad config file fails the step with an annotation on its line', async () => {
    await mkdir(path.join(dir, '.github'));
    await writeFile(path.join(dir, '.github/ci-recovery.yml'), 'budgets:\n  HEAVY:\n    max-attemps: 3\n');
    const r = await invoke({ run: 'true' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      "::error file=.github/ci-recovery.yml,line=3,col=5::.github/ci-recovery.yml:3:5: unknown key 'max-attemps' in budgets.HEAVY; write 'max-attempts' instead",
    );
  });

  it("a second step of the same stage name in one attempt runs: only an earlier attempt's stage is skipped", async () => {
    // Two steps whose first lines are the same share a default stage name ('echo-checking').
    const first = await invoke({ run: 'echo checking' });
    expect(first.outputs).toMatchObject({ skipped: 'false', attempts: '1' });
    const marker = path.join(dir, 'second-ran');
    const second = await invoke({ run: `echo checking\ntouch '${marker}'` }, first.env);
    expect(second.outputs).toMatchObject({ skipped: 'false', attempts: '1' });
    expect(existsSync(marker)).toBe(true);
    expect(second.stdout).toContain("::notice::Stage 'echo-checking' was already run by an earlier step");
  });

  it.each([
    ['GITHUB_ENV', true],
    ['the stage ledger in RUNNER_TEMP (background steps)', false],
  ])(
    'on a resume, the first step of a restored stage is skipped and a second of its name runs: told by %s',
    async (_by, throughEnv) => {
      // Main restored a checkpoint taken once 'echo-checking' had passed: the second step's work may not be in it.
      const resumed = {
        CI_RECOVERY_COMPLETED_STAGES: 'echo-checking',
        CI_RECOVERY_RESTORED_STAGES: 'echo-checking',
      };
      const marks = [path.join(dir, 'first-ran'), path.join(dir, 'second-ran')];
      const first = await invoke({ run: `echo checking\ntouch '${marks[0]}'` }, resumed);
      expect(first.outputs).toMatchObject({ skipped: 'true' });
      expect(first.env.CI_RECOVERY_ATTEMPT_STAGES).toBe('echo-checking');
      if (throughEnv) await rm(path.join(dir, STAGES_SUBDIR), { recursive: true, force: true });
      const second = await invoke(
        { run: `echo checking\ntouch '${marks[1]}'` },
        throughEnv ? { ...resumed, ...first.env } : resumed,
      );
      expect(second.outputs).toMatchObject({ skipped: 'false' });
      expect(marks.map((m) => existsSync(m))).toEqual([false, true]);
    },
  );

  it('bad input: names the input and fails without running anything', async () => {
    const r = await invoke({ run: 'true', 'retry-on': 'network, flakey' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("Input 'retry-on' has 'flakey'");
    expect(await readdir(dir)).not.toContain('ci-recovery');
  });
});

describeIfCorpus("the step's own command", () => {
  it('types a failure by the tool it ran when the output names none (a real cargo check report)', async () => {
    // A `cargo` on PATH that prints cargo check's report (rustc's lines name no tool) and fails as cargo does.
    const bin = path.join(dir, 'bin');
    await mkdir(bin);
    const report = path.join(corpusRoot, 'tools/cargo-check.txt');
    await writeFile(path.join(bin, 'cargo'), `#!/bin/sh\ncat '${report}'\nexit 101\n`, { mode: 0o755 });
    const r = await step(settings({ run: 'cargo check --all-targets', stage: 'build' }), {
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    expect(r.outputs).toMatchObject({ 'failure-type': 'build', strategy: 'manual' });
    // Without the command, the same output is not typed build (its lines read as a linter's).
    expect(
      classify({
        stage: 'build',
        step: 'build',
        conclusion: 'failure',
        exitCode: 101,
        log: readFileSync(report, 'utf8'),
      }).type,
    ).not.toBe('build');
  });
});
