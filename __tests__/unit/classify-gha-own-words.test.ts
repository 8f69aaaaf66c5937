/**
 * Common GitHub Actions failures in their tools' own words (issue 68: config failures on logs nobody here saw): an
 * official action's core.setFailed line, a library every action shares (@actions/github, @actions/artifact), Go's
 * SSH client under the deploy actions, GitHub's own refusal of an action it cannot resolve, and git's submodule
 * check as actions/checkout runs it (real git). Each line is cited from its source in rules/log-rules.json; values
 * (paths, names, versions) filled in. Beside each, what the rule must not take.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const rules = defaultRuleSet();

function verdictOf(uses: string, output: string[]) {
  return classify({ log: jobLog(actionsStep({ uses }, output)) });
}

describe('setup actions told to read a version from a file or input the job lacks (setup-action-version-input-missing)', () => {
  test.each([
    [
      'actions/setup-node@v4',
      'The specified node version file at: /home/runner/work/app/app/.nvmrc does not exist',
    ],
    [
      'actions/setup-go@v5',
      'The specified go version file at: /home/runner/work/app/app/go.mod does not exist',
    ],
    ['actions/setup-python@v5', "The specified python version file at: .python-version doesn't exist."],
    ['actions/setup-java@v4', 'java-version or java-version-file input expected'],
  ])('%s: %s is configuration, never retried', (uses, message) => {
    const v = verdictOf(uses, [`##[error]${message}`]);
    expect(v).toMatchObject({ type: 'config', rule: 'setup-action-version-input-missing' });
    expect(v.evidence?.text).toBe(`##[error]${message}`);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("setup-python's warning that a default file is absent (it then falls back) is not the failure", () => {
    // actions/setup-python src/setup-python.ts: logWarning(`${versionFile} doesn't exist.`) before its fallback.
    expect(
      ruleFires(rules, 'setup-action-version-input-missing', "##[warning].python-version doesn't exist."),
    ).toBe(false);
  });
});

describe('an empty token handed to @actions/github (actions-token-missing)', () => {
  test.each([
    '##[error]Parameter token or opts.auth is required',
    '##[error]Unhandled error: Error: Parameter token or opts.auth is required',
  ])('%s is configuration, never retried', (line) => {
    const v = verdictOf('actions/github-script@v7', [line]);
    expect(v).toMatchObject({ type: 'config', rule: 'actions-token-missing' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a sentence that only mentions the parameter further on is not the refusal', () => {
    expect(
      ruleFires(
        rules,
        'actions-token-missing',
        'Parameter token or opts.auth is required when calling the API',
      ),
    ).toBe(false);
  });
});

describe('upload-artifact refusing a name or file its service would not take (artifact-name-invalid)', () => {
  test.each([
    'The artifact name is not valid: coverage-ubuntu/node-20. Contains the following character:  Forward slash /',
    'The path for one of the files in artifact is not valid: reports/test 10:00:00.xml. Contains the following character:  Colon :',
  ])('%s is configuration', (message) => {
    // core.setFailed of the multi-line message: the runner shows its first line behind ##[error], then the rest.
    const v = verdictOf('actions/upload-artifact@v4', [
      `##[error]${message}`,
      '          ',
      'Invalid characters include:  Double quote ", Colon :, Less than <, Greater than >',
    ]);
    expect(v).toMatchObject({ type: 'config', rule: 'artifact-name-invalid' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test('an artifact name that passed is no refusal', () => {
    expect(ruleFires(rules, 'artifact-name-invalid', 'Artifact name is valid!')).toBe(false);
  });
});

describe('upload-artifact/merge finding nothing its pattern names (artifact-merge-none-matched)', () => {
  test('is configuration, never retried', () => {
    const v = verdictOf('actions/upload-artifact/merge@v4', [
      "##[error]No artifacts found matching pattern 'coverage-*'",
    ]);
    expect(v).toMatchObject({ type: 'config', rule: 'artifact-merge-none-matched' });
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("a deploy step's SSH login refused (ssh-auth-refused, golang.org/x/crypto/ssh)", () => {
  test('appleboy/ssh-action ending on the handshake that found no method left is configuration', () => {
    const v = verdictOf('appleboy/ssh-action@v1', [
      '======CMD======',
      'cd /srv/app && git pull',
      '======END======',
      '2026/01/01 10:00:05 ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain',
    ]);
    expect(v).toMatchObject({ type: 'config', rule: 'ssh-auth-refused' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a host that never answered is no refused login', () => {
    expect(
      ruleFires(
        rules,
        'ssh-auth-refused',
        'ssh: handshake failed: read tcp 10.1.0.4:41234->203.0.113.7:22: read: connection reset by peer',
      ),
    ).toBe(false);
  });
});

describe('an Azure deploy action with no credentials (azure-login-missing)', () => {
  test('is configuration, never retried', () => {
    const v = verdictOf('Azure/webapps-deploy@v3', [
      '##[error]Deployment Failed, Error: No credentials found. Add an Azure login action before this action. For more details refer https://github.com/azure/login',
    ]);
    expect(v).toMatchObject({ type: 'config', rule: 'azure-login-missing' });
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('an action GitHub cannot resolve (gha-action-missing)', () => {
  test.each([
    "##[error]Unable to resolve action 'owner1/invalid-action@0123456789', repository not found",
    '##[error]Unable to resolve action `actions/checkout@v9`, unable to find version `v9`',
  ])('%s is configuration on its own rule', (line) => {
    const v = verdictOf('actions/checkout@v9', [line]);
    expect(v).toMatchObject({ type: 'config', rule: 'gha-action-missing' });
    expect(retriedOnPr(v)).toBe(false);
  });

  test("the runner's retried lookup (no answer yet) is not the refusal", () => {
    // actions/runner ActionManager.cs: output of a failed attempt it retries, then `Retrying in N seconds`.
    expect(
      ruleFires(
        rules,
        'gha-action-missing',
        'Failed to resolve action download info. Error: Response status code does not indicate success: 503',
      ),
    ).toBe(false);
  });
});

describe('actions/checkout refusing a `path` or `repository` input (checkout-input-refused)', () => {
  test.each([
    "Repository path '/home/runner/work/app/tools' is not under '/home/runner/work/app/app'",
    "Invalid repository 'https://github.com/acme/tools'. Expected format {owner}/{repo}.",
  ])('%s is configuration, never retried', (message) => {
    const v = verdictOf('actions/checkout@v4', [`##[error]${message}`]);
    expect(v).toMatchObject({ type: 'config', rule: 'checkout-input-refused' });
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("git's submodule without a URL, as actions/checkout's `submodules: true` meets it (real git)", () => {
  let repo = '';
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'a',
        GIT_AUTHOR_EMAIL: 'a@example.com',
        GIT_COMMITTER_NAME: 'a',
        GIT_COMMITTER_EMAIL: 'a@example.com',
      },
    });

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'cls-submodule-'));
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'first');
    // A gitlink that .gitmodules does not name: a folder committed from another clone.
    git('update-index', '--add', '--cacheinfo', `160000,${git('rev-parse', 'HEAD').trim()},vendor/lib`);
    git('commit', '-q', '-m', 'gitlink');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  /** What git prints for `command` in the repository, and its exit status. */
  const run = (args: string[]) => {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    return { status: r.status, lines: `${r.stdout}${r.stderr}`.split('\n').filter((l) => l !== '') };
  };

  test("checkout's submodule update stopping on it is a git failure, on git's line", () => {
    // As actions/checkout's git-command-manager.ts submoduleUpdate runs it.
    const update = run([
      '-c',
      'protocol.version=2',
      'submodule',
      'update',
      '--init',
      '--force',
      '--depth=1',
      '--recursive',
    ]);
    expect(update.status).toBe(128);
    const fatal = update.lines.find((l) => l.startsWith('fatal: No url found'))!;
    expect(fatal).toBe("fatal: No url found for submodule path 'vendor/lib' in .gitmodules");
    const v = verdictOf('actions/checkout@v4', [
      '[command]/usr/bin/git -c protocol.version=2 submodule update --init --force --depth=1 --recursive',
      ...update.lines,
      "##[error]The process '/usr/bin/git' failed with exit code 128",
    ]);
    expect(v).toMatchObject({ type: 'git', rule: 'git-submodule-url-missing' });
    expect(v.evidence?.text).toBe(fatal);
    // git is a transient type: this one fails alike on every attempt.
    expect(retriedOnPr(v)).toBe(false);
  });

  test("checkout's post step printing it from `git submodule foreach` is no submodule update (a warning it survives)", () => {
    const foreach = run(['submodule', 'foreach', '--recursive', 'true']);
    expect(foreach.lines.some((l) => l.startsWith('fatal: No url found'))).toBe(true);
    // Inside a failed run step, so the step is what the classifier reads: the line there is no evidence of it.
    const v = classify({
      log: failedRunLog('./cleanup.sh', [
        '[command]/usr/bin/git submodule foreach --recursive true',
        ...foreach.lines,
      ]),
    });
    expect(v.rule).not.toBe('git-submodule-url-missing');
  });
});
