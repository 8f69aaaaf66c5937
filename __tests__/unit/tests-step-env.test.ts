/**
 * What the step's environment sets for its runner, unseen on its command line, and a package script that
 * changes directory before it: each left tests unrun (go's GOFLAGS=-failfast, rspec's SPEC_OPTS=--fail-fast,
 * npm's workspaces from its environment or .npmrc, mocha 7's test/mocha.opts --bail), so the step runs whole
 * once after its failed tests pass alone (test-recovery/core/step-env.ts, step-run.ts, stopped.ts). Pure.
 */
import { planStepRun } from '../../src/test-recovery/core/step-run.js';
import { npmWorkspaces, stepEnvName } from '../../src/test-recovery/core/step-env.js';
import type { TestRunner } from '../../src/core/test-identity.js';

const GO_FAIL = '--- FAIL: TestA (0.00s)\nFAIL\nFAIL\tx\t0.01s\n';
const plan = (
  command: string,
  runner: TestRunner,
  vars: Record<string, string> = {},
  scripts: Record<string, string> = {},
  npmrc?: string | null,
) =>
  planStepRun(
    command,
    true,
    scripts,
    runner,
    runner === 'go' ? GO_FAIL : '',
    {},
    {
      vars,
      ...(npmrc !== undefined ? { npmrc } : {}),
    },
  ).after;

const GO_WHY =
  "GOFLAGS in the step's environment sets -failfast, so go test started no test after the failed one and the tests after it did not run";

describe("go: -failfast in GOFLAGS (the step's env, the job's, an export, an assignment before go)", () => {
  it('each place GOFLAGS can come from, each spelling of true the flag package takes', () => {
    for (const GOFLAGS of [
      '-failfast',
      '-mod=mod -failfast',
      '--failfast=true',
      '-failfast=1',
      '-test.failfast=T',
    ])
      expect([GOFLAGS, plan('go test ./...', 'go', { GOFLAGS })]).toEqual([
        GOFLAGS,
        { kind: 'whole', why: GO_WHY },
      ]);
    expect(plan('export GOFLAGS=-failfast\ngo test ./...', 'go')).toEqual({ kind: 'whole', why: GO_WHY });
    expect(plan('GOFLAGS="-mod=mod -failfast" go test ./...', 'go')).toEqual({ kind: 'whole', why: GO_WHY });
    expect(plan('env GOFLAGS=-failfast go test ./...', 'go')).toEqual({ kind: 'whole', why: GO_WHY });
    // go's base.InitGOFLAGS splits GOFLAGS with cmd/internal/quoted.Split: quotes around a field are not its.
    for (const GOFLAGS of ["'-failfast'", '-mod=mod "-failfast=true"'])
      expect([GOFLAGS, plan('go test ./...', 'go', { GOFLAGS }).kind]).toEqual([GOFLAGS, 'whole']);
    // A quoted field is one flag: -failfast inside another flag's value is not go test's.
    expect(plan('go test ./...', 'go', { GOFLAGS: "'-ldflags=-X main.v=1 -failfast'" }).kind).toBe('nothing');
  });

  it('an export in the package script that runs go or rspec sets it for them too', () => {
    const go = { test: 'export GOFLAGS=-failfast && go test ./...' };
    expect(plan('npm test', 'go', {}, go)).toEqual({ kind: 'whole', why: GO_WHY });
    const rspec = { spec: 'export SPEC_OPTS=--fail-fast; rspec' };
    expect(plan('npm run spec', 'rspec', {}, rspec).kind).toBe('whole');
    // One that clears it clears it.
    expect(
      plan('npm test', 'go', { GOFLAGS: '-failfast' }, { test: 'export GOFLAGS= && go test ./...' }).kind,
    ).toBe('nothing');
  });

  it('no -failfast, false, or a later -failfast=false on the command line: the re-run stands for the step', () => {
    for (const GOFLAGS of ['', '-mod=mod', '-failfast=false', '-failfast=0', '-failfast -failfast=F'])
      expect([GOFLAGS, plan('go test ./...', 'go', { GOFLAGS }).kind]).toEqual([GOFLAGS, 'nothing']);
    expect(plan('go test -failfast=false ./...', 'go', { GOFLAGS: '-failfast' }).kind).toBe('nothing');
    // A variable named like it in another case is not go's.
    expect(stepEnvName('goflags')).toBe(false);
  });
});

describe('rspec: --fail-fast in SPEC_OPTS, read after the command line and .rspec', () => {
  it('SPEC_OPTS sets it, even over --no-fail-fast on the command line; its own last word wins', () => {
    const why =
      "SPEC_OPTS in the step's environment sets --fail-fast, so rspec stopped at its failure limit and the tests after it did not run";
    for (const SPEC_OPTS of ['--fail-fast', '--format progress --fail-fast=3', '--no-fail-fast --fail-fast'])
      expect(plan('bundle exec rspec', 'rspec', { SPEC_OPTS })).toEqual({ kind: 'whole', why });
    expect(plan('bundle exec rspec --no-fail-fast', 'rspec', { SPEC_OPTS: '--fail-fast' }).kind).toBe(
      'whole',
    );
    expect(plan('SPEC_OPTS=--fail-fast bundle exec rspec', 'rspec').kind).toBe('whole');
    // rspec-core splits SPEC_OPTS with Shellwords: quotes and backslashes are the shell's, not the option's.
    for (const SPEC_OPTS of ["'--fail-fast'", '--format documentation "--fail-fast=2"', '--fail\\-fast'])
      expect([SPEC_OPTS, plan('bundle exec rspec', 'rspec', { SPEC_OPTS }).kind]).toEqual([
        SPEC_OPTS,
        'whole',
      ]);
    for (const SPEC_OPTS of ['', '--format progress', '--fail-fast --no-fail-fast'])
      expect([SPEC_OPTS, plan('bundle exec rspec', 'rspec', { SPEC_OPTS }).kind]).toEqual([
        SPEC_OPTS,
        'nothing',
      ]);
  });
});

describe("npm's workspaces from its config: the environment's npm_config_* or the project's .npmrc", () => {
  const root = { test: 'jest' };
  const whyScript = (origin: string) => ({
    kind: 'whole',
    why: `npm runs the 'test' script of each workspace its config names (${origin}), not the root's read here, so where it runs jest is not known`,
  });

  it("npm test: each workspace's script ran, not the root's", () => {
    expect(plan('npm test', 'jest', { npm_config_workspaces: 'true' }, root)).toEqual(
      whyScript("npm_config_workspaces in the step's environment"),
    );
    expect(plan('npm test', 'jest', { NPM_CONFIG_WORKSPACE: 'api' }, root)).toEqual(
      whyScript("NPM_CONFIG_WORKSPACE in the step's environment"),
    );
    expect(plan('export npm_config_workspaces=true\nnpm test', 'jest', {}, root)).toEqual(
      whyScript("npm_config_workspaces in the step's environment"),
    );
    expect(plan('npm test', 'jest', {}, root, 'workspaces=true\n')).toEqual(
      whyScript(".npmrc's workspaces=true"),
    );
    expect(plan('npm test', 'jest', {}, root, 'workspace[] = packages/api\n')).toEqual(
      whyScript(".npmrc's workspace=packages/api"),
    );
    expect(plan('npm test', 'jest', {}, root, null)).toEqual(
      whyScript('.npmrc (not read whole, so it may set workspaces)'),
    );
  });

  it('npx jest under the same config runs jest in each workspace, stopping at the first that fails', () => {
    const why =
      'npm exec runs jest in each workspace in turn and stops at the first where it fails, so any workspace after that one did not run';
    expect(plan('npx jest', 'jest', { npm_config_workspaces: 'true' })).toEqual({ kind: 'whole', why });
    expect(plan('npx jest', 'jest', {}, {}, 'workspaces=true')).toEqual({ kind: 'whole', why });
  });

  it("false, empty, a comment, another key, or the command's --workspaces=false: the root's script ran", () => {
    expect(plan('npm test', 'jest', { npm_config_workspaces: 'false' }, root)).toEqual({ kind: 'nothing' });
    expect(plan('npm test', 'jest', { npm_config_workspace: '' }, root)).toEqual({ kind: 'nothing' });
    expect(
      plan('npm test', 'jest', {}, root, '; workspaces=true\n# workspace=api\nworkspaces=false\n'),
    ).toEqual({
      kind: 'nothing',
    });
    expect(plan('npm test', 'jest', {}, root, 'include-workspace-root=true\n')).toEqual({ kind: 'nothing' });
    expect(plan('npm test --workspaces=false', 'jest', { npm_config_workspaces: 'true' }, root)).toEqual({
      kind: 'nothing',
    });
    expect(plan('npx --ws=false jest', 'jest', {}, {}, 'workspaces=true')).toEqual({ kind: 'nothing' });
    expect(npmWorkspaces({})).toBeUndefined();
  });

  // ini 6.0.0's decode (lib/ini.js, as npm 11.19.1 bundles it): lines split on any run of \r or \n, a key with no
  // `=` is true, an unquoted value ends at the first unescaped `;` or `#`, a quoted one is JSON.
  it('.npmrc as npm reads it (ini): a bare key, a lone \\r between lines, a comment after the value', () => {
    expect(plan('npm test', 'jest', {}, root, 'workspaces\n')).toEqual(whyScript(".npmrc's workspaces=true"));
    expect(plan('npm test', 'jest', {}, root, 'registry=https://r.example/\rworkspaces=true\r')).toEqual(
      whyScript(".npmrc's workspaces=true"),
    );
    expect(plan('npx jest', 'jest', {}, {}, '  workspaces ; all of them\n').kind).toBe('whole');
    expect(npmWorkspaces({ npmrc: 'workspace = api # the one\n' })).toBe(".npmrc's workspace=api");
    // false with a comment after it is false: the root's script ran.
    expect(plan('npm test', 'jest', {}, root, 'workspaces=false ; not here\n')).toEqual({ kind: 'nothing' });
    expect(plan('npm test', 'jest', {}, root, 'workspaces = "false"\n')).toEqual({ kind: 'nothing' });
  });
});

describe('a package script that changes directory before the runner', () => {
  it('"test": "cd web && mocha": its config files there were not read, the step runs whole once', () => {
    const why =
      "its package script 'test' changes directory before it runs mocha, so what may stop mocha there (its config files) is not known";
    expect(plan('npm test', 'mocha', {}, { test: 'cd web && mocha' })).toEqual({ kind: 'whole', why });
    expect(plan('npm test', 'mocha', {}, { test: 'builtin cd web; mocha' })).toEqual({ kind: 'whole', why });
    expect(plan('npm run ci', 'mocha', {}, { ci: 'npm test', test: 'pushd web && mocha' }).kind).toBe(
      'whole',
    );
    // A cd at the step's own level is followed (the re-run and the config reads go there).
    expect(plan('cd web && npx mocha', 'mocha', {}, {}).kind).toBe('nothing');
    expect(plan('npm test', 'mocha', {}, { test: 'mocha' }).kind).toBe('nothing');
  });
});

describe("mocha 7's test/mocha.opts with --bail", () => {
  const after = (texts: Record<string, string | null>, command = 'npx mocha') =>
    planStepRun(command, true, {}, 'mocha', '', texts).after;
  it('--bail or -b in it (not in a comment), or a file not read whole: whole', () => {
    expect(after({ 'test/mocha.opts': '--require test/setup.js\n--bail\n' })).toEqual({
      kind: 'whole',
      why: "mocha's config 'test/mocha.opts' sets bail (its console does not say it stopped), so the tests after it did not run",
    });
    expect(after({ 'test/mocha.opts': '-R spec -b' }).kind).toBe('whole');
    // mocha 6 and 7 parse its words with yargs-parser, which takes a boolean's `--name=value` too.
    expect(after({ 'test/mocha.opts': '--bail=true\n' }).kind).toBe('whole');
    expect(after({ 'test/mocha.opts': '--bail=false\n' }).kind).toBe('nothing');
    expect(after({ 'ci.opts': '--bail' }, 'npx mocha --opts ci.opts').kind).toBe('whole');
    expect(after({ 'test/mocha.opts': null }).kind).toBe('whole');
    expect(after({ 'test/mocha.opts': '# --bail\n--reporter dot\n' }).kind).toBe('nothing');
    expect(after({ 'test/mocha.opts': '--bail' }, 'npx mocha --no-opts').kind).toBe('nothing');
  });
});
