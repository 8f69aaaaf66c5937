/**
 * A team's own rules (config classify.rules): they rank above the shipped rules and say so (`team:<id>`, the
 * line); their step and command filters; the config's file:line errors for a bad rule; the policy honouring
 * their `retryable`; and the step a line is in (gh's columns, a raw log's `Run …` groups). The log lines are
 * real: d0098 (a pytorch job whose uv download failed on DNS), from the corpus fixtures.
 */
import {
  classify,
  loadTeamRuleEngine,
  StepTracker,
  teamVerdict,
  type TeamRule,
} from '../../src/core/classify/index.js';
import { configFromJson, DEFAULT_CONFIG, parseConfig } from '../../src/core/config.js';
import { UserError } from '../../src/core/errors.js';
import { decide } from '../../src/core/policy.js';
import { readFixtures } from '../../scripts/corpus-fixtures.js';
import { cpuTimed } from '../cpu-time.js';

// As every reader of a config does (adapters/config-file.ts): the rules compile on this engine.
beforeAll(() => loadTeamRuleEngine());

const d0098 = readFixtures().get('d0098')!;
/** The failed uv download's lines 31-38 of d0098, without the pytorch fixture's match marks. */
const uvLines = [31, 32, 33, 34, 35, 37, 38].map((n) => d0098.get(n)!.replace('#=MATCH=# ', ''));
const TS = '2026-07-29T17:45:21.0000000Z';
const DNS = 'nodename nor servname provided';

/** A raw GitHub Actions job log: set-up, the uv step (`Run …` group), its error, post-job cleanup. */
const rawLog = [
  `\uFEFF${TS} Current runner version: '2.336.0'`,
  `${TS} ##[group]Run uv python install 3.15`,
  `${TS} ##[endgroup]`,
  ...uvLines,
  `${TS} ##[error]Process completed with exit code 2.`,
  `${TS} Post job cleanup.`,
].join('\n');

/** The same as `gh run view --log-failed` prints it: job and step columns before each line. */
const ghLog = rawLog
  .split('\n')
  .map((line, i) => `build\t${i === 0 ? 'Set up job' : 'Install python'}\t${line}`)
  .join('\n');

const rule = (extra: Partial<TeamRule> = {}): TeamRule => ({
  id: 'mac-dns',
  pattern: DNS,
  type: 'infrastructure',
  ...extra,
});

describe('team rules run in time linear in the line, whatever the pattern', () => {
  /**
   * CPU milliseconds the team rules take on one log line, for a step and command the caller names: CPU time,
   * not wall-clock, so other processes on the machine do not count (a backtracking match burns CPU alike).
   */
  const timed = (rules: TeamRule[], line: string, at: { step?: string; command?: string } = {}) => {
    // The rules compiled and the engine warm first, on a short line: what is timed is the match on `line`
    // (the first call's compile took 116 ms of CPU on a loaded 2-core machine, where the match takes a few).
    teamVerdict('a', rules, at);
    const { value: verdict, cpuMs } = cpuTimed(() => teamVerdict(line, rules, at));
    return { ms: cpuMs, rule: verdict?.rule };
  };
  // The attacks: `(a|aa)+$` passed safe-regex2 and took 12.7 s on 41 characters in a JavaScript RegExp;
  // a step or command filter `/(a+)+$/` was never checked and ran past 20 s.
  const attack = 'a'.repeat(41) + '!';
  const long = 'a'.repeat(10_000) + '!';

  test('(a|aa)+$ as a pattern: under 100 ms of CPU on 41 characters and on 10,000', () => {
    const rules: TeamRule[] = [{ id: 'alt', pattern: '(a|aa)+$', type: 'test' }];
    const { ms, rule } = timed(rules, attack);
    expect(ms).toBeLessThan(100);
    expect(rule).toBeUndefined();
    // A log line is cut to its first MAX_LINE_CHARS: the '!' is cut off and the rest matches.
    const cut = timed(rules, long);
    expect(cut.ms).toBeLessThan(100);
    expect(cut.rule).toBe('team:alt');
  });

  test('/(a+)+$/ as a step and as a command filter: under 100 ms of CPU on a 10,000-character step and command', () => {
    const step: TeamRule[] = [{ id: 'step', pattern: 'boom', type: 'test', step: '/(a+)+$/' }];
    const command: TeamRule[] = [{ id: 'cmd', pattern: 'boom', type: 'test', command: '/(a+)+$/' }];
    for (const name of [attack, long]) {
      const byStep = timed(step, 'boom', { step: name });
      expect(byStep.ms).toBeLessThan(100);
      expect(byStep.rule).toBeUndefined();
      const byCommand = timed(command, 'boom', { command: name });
      expect(byCommand.ms).toBeLessThan(100);
      expect(byCommand.rule).toBeUndefined();
    }
    expect(timed(step, 'boom', { step: 'a'.repeat(10_000) }).rule).toBe('team:step');
  });
});

describe('team rules in the verdict', () => {
  test('a team rule ranks above the shipped rules and says so: team:<id>, high, the line it matched', () => {
    const ours = classify({ log: rawLog });
    expect(ours).toMatchObject({ type: 'network' });
    expect(ours.rule.startsWith('team:')).toBe(false);
    const theirs = classify({ log: rawLog, teamRules: [rule()] });
    expect(theirs).toEqual({
      type: 'infrastructure',
      confidence: 'high',
      retryable: true,
      rule: 'team:mac-dns',
      evidence: { line: 9, text: uvLines[5]!.replace(/^\S+ /, '').trim() },
    });
  });

  test('the first team rule in the file order wins; no id is rule-<n>; retryable defaults from the type', () => {
    const verdict = classify({
      log: rawLog,
      teamRules: [
        { pattern: 'no such line', type: 'network' },
        { pattern: 'Caused by', type: 'test' },
        rule(),
      ],
    });
    expect(verdict).toMatchObject({ rule: 'team:rule-2', type: 'test', retryable: false });
    expect(verdict.evidence?.line).toBe(6);
    const flaky = classify({ log: rawLog, teamRules: [{ pattern: DNS, type: 'test', retryable: true }] });
    expect(flaky).toMatchObject({ type: 'test', retryable: true, rule: 'team:rule-1' });
  });

  test('ignore-case; a team rule matches the line as the shipped rules see it (timestamp stripped)', () => {
    expect(classify({ log: rawLog, teamRules: [rule({ pattern: DNS.toUpperCase() })] }).rule).not.toBe(
      'team:mac-dns',
    );
    expect(
      classify({ log: rawLog, teamRules: [rule({ pattern: DNS.toUpperCase(), ignoreCase: true })] }).rule,
    ).toBe('team:mac-dns');
    expect(
      classify({ log: rawLog, teamRules: [rule({ pattern: '^\\s*Caused by: failed to lookup' })] }).rule,
    ).toBe('team:mac-dns');
  });

  test("a step filter matches gh's step column (glob, case-insensitive) or a raw log's Run group", () => {
    expect(classify({ log: ghLog, teamRules: [rule({ step: 'install*' })] }).rule).toBe('team:mac-dns');
    expect(classify({ log: ghLog, teamRules: [rule({ step: 'Deploy*' })] }).rule).not.toBe('team:mac-dns');
    expect(classify({ log: rawLog, teamRules: [rule({ step: 'Run uv *' })] }).rule).toBe('team:mac-dns');
    expect(classify({ log: rawLog, teamRules: [rule({ step: '/^run uv/i' })] }).rule).toBe('team:mac-dns');
    expect(classify({ log: rawLog, teamRules: [rule({ step: '/^run uv/' })] }).rule).not.toBe('team:mac-dns');
  });

  test("a command filter matches the step's command: the Run group's, else the caller's (a run/ step)", () => {
    expect(classify({ log: ghLog, teamRules: [rule({ command: 'uv python *' })] }).rule).toBe('team:mac-dns');
    expect(classify({ log: ghLog, teamRules: [rule({ command: 'npm *' })] }).rule).not.toBe('team:mac-dns');
    // run/'s own output has no groups: the step and command it ran decide.
    const output = uvLines.map((l) => l.replace(/^\S+ /, '')).join('\n');
    const runStep = { log: output, stage: 'setup', step: 'setup', command: 'uv python install 3.15' };
    expect(classify({ ...runStep, teamRules: [rule({ command: 'uv *', step: 'setup' })] }).rule).toBe(
      'team:mac-dns',
    );
    expect(classify({ ...runStep, teamRules: [rule({ step: 'e2e' })] }).rule).not.toBe('team:mac-dns');
    // A filter with nothing to test against does not match.
    expect(classify({ log: output, teamRules: [rule({ step: '*' })] }).rule).not.toBe('team:mac-dns');
  });
});

test('a rule of the wrong shape (CI_RECOVERY_CONFIG is JSON from main) is left out, never matches every line', () => {
  const broken = [{ type: 'test' }, { pattern: '', type: 'test' }, { pattern: DNS, type: 'flaky' }];
  const verdict = classify({ log: rawLog, teamRules: broken as unknown as TeamRule[] });
  expect(verdict.rule.startsWith('team:')).toBe(false);
  expect(verdict.type).toBe('network');
});

describe('the step a line is in', () => {
  const track = (log: string): StepTracker => {
    const steps = new StepTracker();
    log.split('\n').forEach((line, i) => steps.line(line, i + 1));
    return steps;
  };

  test("gh's columns name the job and step; the Run group adds the command", () => {
    const steps = track(ghLog);
    expect(steps.stepAt(1)).toEqual({ job: 'build', step: 'Set up job' });
    expect(steps.stepAt(9)).toEqual({
      job: 'build',
      step: 'Install python',
      command: 'uv python install 3.15',
    });
  });

  test("gh's UNKNOWN STEP (it had only the whole job log): the Run groups name the steps", () => {
    const steps = track(
      rawLog
        .split('\n')
        .map((line) => `build\tUNKNOWN STEP\t${line}`)
        .join('\n'),
    );
    expect(steps.stepAt(1)).toEqual({ job: 'build' });
    expect(steps.stepAt(9)).toEqual({
      job: 'build',
      step: 'Run uv python install 3.15',
      command: 'uv python install 3.15',
    });
    expect(steps.stepAt(12)).toEqual({ job: 'build', step: 'Post job cleanup' });
  });

  test('a raw log: the Run group, nothing before it, post-job cleanup apart', () => {
    const steps = track(rawLog);
    expect(steps.stepAt(1)).toEqual({});
    expect(steps.stepAt(9)).toEqual({
      step: 'Run uv python install 3.15',
      command: 'uv python install 3.15',
    });
    expect(steps.stepAt(12)).toEqual({ step: 'Post job cleanup' });
  });
});

describe('classify.rules in the config', () => {
  const FILE = '.github/ci-recovery.yml';
  const errorOf = async (text: string): Promise<string> => {
    try {
      await parseConfig(text, FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return (error as Error).message;
    }
    throw new Error('expected parseConfig to throw');
  };

  test('parsed into camelCase rules; none by default', async () => {
    expect(DEFAULT_CONFIG.classify).toEqual({ rules: [] });
    const config = await parseConfig(
      [
        'classify:',
        '  rules:',
        '    - id: mac-dns',
        '      description: the macOS runners lose DNS',
        `      pattern: '${DNS}'`,
        '      ignore-case: true',
        '      type: infrastructure',
        '      retryable: true',
        "      step: 'Install*'",
        "      command: '/^uv /'",
      ].join('\n'),
      FILE,
    );
    expect(config.classify.rules).toEqual([
      {
        id: 'mac-dns',
        description: 'the macOS runners lose DNS',
        pattern: DNS,
        ignoreCase: true,
        type: 'infrastructure',
        retryable: true,
        step: 'Install*',
        command: '/^uv /',
      },
    ]);
  });

  test("reach run/ steps through main's effective config (CI_RECOVERY_CONFIG, JSON)", async () => {
    const config = await parseConfig(
      `classify:\n  rules:\n    - pattern: '${DNS}'\n      type: infrastructure\n`,
      FILE,
    );
    expect(configFromJson(JSON.stringify(config))?.classify.rules).toEqual([
      { pattern: DNS, type: 'infrastructure' },
    ]);
    // A JSON from an older main, without the section: no team rules.
    expect(configFromJson(JSON.stringify({ ...config, classify: undefined }))?.classify).toEqual({
      rules: [],
    });
  });

  test('a bad regular expression is an error at its file:line:col naming the rule and what to write', async () => {
    const message = await errorOf(
      [
        'classify:',
        '  rules:',
        '    - id: grid',
        "      pattern: 'SessionNotCreated(Exception'",
        '      type: infrastructure',
        '    - pattern: ok',
        '      type: test',
        "      step: '/[e2e/'",
      ].join('\n'),
    );
    const lines = message.split('\n');
    expect(lines[0]).toMatch(
      /^\.github\/ci-recovery\.yml:4:16: classify\.rules\[0\] \('grid'\): pattern "SessionNotCreated\(Exception" is not a valid regular expression \(missing closing \): `SessionNotCreated\(Exception`\); write a regular expression in RE2's syntax/,
    );
    expect(lines[1]).toMatch(
      /^\.github\/ci-recovery\.yml:8:13: classify\.rules\[1\] \('rule-2'\): step "\/\[e2e\/" is not a valid regular expression \(missing closing \]: `\[e2e`\); write a glob/,
    );
    expect(lines).toHaveLength(2);
  });

  test('lookaround and backreferences, which no linear-time engine runs, are refused at their file:line naming the rule', async () => {
    expect(
      await errorOf("classify:\n  rules:\n    - id: ahead\n      pattern: 'foo(?=bar)'\n      type: test\n"),
    ).toBe(
      `${FILE}:4:16: classify.rules[0] ('ahead'): pattern "foo(?=bar)" needs what team rules cannot run in time linear in the line (invalid or unsupported Perl syntax: \`(?=\`): they run on RE2, which has no lookaround ('(?=', '(?!', '(?<=') and no backreferences ('\\1'); match the text itself instead, e.g. 'foo bar' rather than 'foo(?= bar)'`,
    );
    const twice = (
      await errorOf(
        "classify:\n  rules:\n    - id: twice\n      pattern: '(ab)\\1'\n      type: test\n      command: '/(?<=x)y/'\n",
      )
    ).split('\n');
    expect(twice[0]).toMatch(
      /^\.github\/ci-recovery\.yml:4:16: classify\.rules\[0\] \('twice'\): pattern "\(ab\)\\\\1" needs what team rules cannot run in time linear/,
    );
    expect(twice[1]).toMatch(
      /^\.github\/ci-recovery\.yml:6:16: classify\.rules\[0\] \('twice'\): command "\/\(\?<=x\)y\/" needs what/,
    );
    // Nested repetition is no longer refused: it runs in linear time (below).
    expect(
      (await parseConfig("classify:\n  rules:\n    - pattern: '(a+)+$'\n      type: test\n", FILE)).classify
        .rules,
    ).toHaveLength(1);
  });

  test('retryable: false on a type the policy retries is refused, saying what to write', async () => {
    expect(
      await errorOf('classify:\n  rules:\n    - pattern: x\n      type: timeout\n      retryable: false\n'),
    ).toBe(
      `${FILE}:5:18: classify.rules[0] ('rule-1'): retryable: false cannot hold, a timeout failure is retried by the policy; to keep it from retries give it a type that is not retried (config, dependency, build, ...) or add a policy rule for its type`,
    );
    // git has its own rule for a failure that is not transport: allowed.
    expect(
      (
        await parseConfig(
          'classify:\n  rules:\n    - pattern: x\n      type: git\n      retryable: false\n',
          FILE,
        )
      ).classify.rules,
    ).toHaveLength(1);
    // So has network, for a failure a retry meets again (a certificate the client refused): allowed.
    expect(
      (
        await parseConfig(
          'classify:\n  rules:\n    - pattern: x\n      type: network\n      retryable: false\n',
          FILE,
        )
      ).classify.rules,
    ).toHaveLength(1);
    // So has resource, for a limit the job sets itself (a ulimit): allowed.
    expect(
      (
        await parseConfig(
          'classify:\n  rules:\n    - pattern: x\n      type: resource\n      retryable: false\n',
          FILE,
        )
      ).classify.rules,
    ).toHaveLength(1);
  });

  test('the schema: a missing type, an unknown type or key, a duplicate id, each at its line', async () => {
    expect(await errorOf('classify:\n  rules:\n    - pattern: x\n')).toBe(
      `${FILE}:3:7: classify.rules[0] has no 'type'; add 'type:'`,
    );
    expect(await errorOf('classify:\n  rules:\n    - pattern: x\n      type: tset\n')).toMatch(
      /^\.github\/ci-recovery\.yml:4:13: "tset" is not allowed for classify\.rules\[0\]\.type; write 'test' instead/,
    );
    expect(
      await errorOf('classify:\n  rules:\n    - pattern: x\n      type: test\n      retry: true\n'),
    ).toMatch(
      /^\.github\/ci-recovery\.yml:5:7: unknown key 'retry' in classify\.rules\[0\]; use one of: id, description, pattern, ignore-case, type, retryable, step, command$/,
    );
    expect(
      await errorOf(
        'classify:\n  rules:\n    - {id: a, pattern: x, type: test}\n    - {id: a, pattern: y, type: test}\n',
      ),
    ).toBe(`${FILE}:4:12: classify.rules[1] ('a'): the id 'a' is also rule 1's; give each rule its own id`);
  });
});

describe("the policy honours a rule's retryable", () => {
  const input = { lane: 'STANDARD', branchKind: 'pr', attempt: 1 } as const;

  test('a flaky test a team marked retryable is retried once; without it, not on a PR', () => {
    expect(decide({ ...input, type: 'test', retryable: true })).toMatchObject({
      strategy: 'retry',
      rule: 'classified-retryable-retry-once',
      maxAttempts: 2,
    });
    expect(decide({ ...input, type: 'test', retryable: false })).toMatchObject({ strategy: 'manual' });
    expect(decide({ ...input, type: 'test' })).toMatchObject({ rule: 'deterministic-pr-manual' });
  });

  test('retryable on a transient type: true changes nothing; false is honoured where the policy has a rule for it', () => {
    expect(decide({ ...input, type: 'network', retryable: true })).toMatchObject({ rule: 'transient-retry' });
    expect(decide({ ...input, type: 'network', retryable: false })).toMatchObject({
      strategy: 'manual',
      rule: 'network-not-transient',
    });
    expect(decide({ ...input, type: 'infrastructure', retryable: false })).toMatchObject({
      rule: 'transient-retry',
    });
    expect(decide({ ...input, type: 'git', retryable: false })).toMatchObject({ rule: 'git-not-transient' });
  });
});
