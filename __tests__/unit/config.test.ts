import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import schema from '../../schema/ci-recovery.schema.json' with { type: 'json' };
import { configFromJson, DEFAULT_CONFIG, MAX_CONFIG_BYTES, parseConfig } from '../../src/core/config.js';
import { closest, MAX_REPORTED_PROBLEMS } from '../../src/core/config-schema-errors.js';
import { UserError } from '../../src/core/errors.js';
import { effectiveConfig, loadConfig, writeEffectiveConfig } from '../../src/adapters/config-file.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { cpuTimedAsync } from '../cpu-time.js';

const jobEnv = (vars: Record<string, string>) => parseJobEnv(vars, { cwd: '/nowhere', tmpdir: '/tmp' });

const FILE = '.github/ci-recovery.yml';

async function errorOf(text: string): Promise<string> {
  try {
    await parseConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected parseConfig to throw');
}

describe('parseConfig', () => {
  it('an empty or comment-only file gives the defaults', async () => {
    expect(await parseConfig('', FILE)).toEqual(DEFAULT_CONFIG);
    expect(
      await parseConfig('# yaml-language-server: $schema=../schema/ci-recovery.schema.json\n', FILE),
    ).toEqual(DEFAULT_CONFIG);
  });

  it('reads every section, kebab-case to camelCase, keeping defaults for what is left out', async () => {
    const config = await parseConfig(
      [
        'lanes:',
        '  docs: ["**/*.md"]',
        '  heavy-diff-lines: 50',
        'policy:',
        '  - name: retry-e2e',
        '    when: { type: [test, timeout], lane: HEAVY, branch: pr, attempt-below: 2 }',
        '    strategy: retry',
        'budgets:',
        '  HEAVY:',
        '    max-attempts: 5',
        '    checkpoint: false',
        'checkpoint:',
        '  paths: [build/, .cache]',
        '  retention-days: 3',
        '  store: dir:/var/ckpt',
        'revert:',
        '  mode: push',
        '  daily-cap: 1',
        'ledger:',
        '  enabled: false',
      ].join('\n'),
      FILE,
    );
    expect(config.lanes.docs).toEqual(['**/*.md']);
    expect(config.lanes.heavyDiffLines).toBe(50);
    expect(config.lanes.heavy).toEqual(DEFAULT_CONFIG.lanes.heavy);
    expect(config.policy).toEqual([
      {
        name: 'retry-e2e',
        when: { type: ['test', 'timeout'], lane: 'HEAVY', branch: 'pr', attemptBelow: 2 },
        strategy: 'retry',
      },
    ]);
    expect(config.budgets.HEAVY).toEqual({
      ...DEFAULT_CONFIG.budgets.HEAVY,
      maxAttempts: 5,
      checkpoint: false,
    });
    expect(config.budgets.DOCS).toEqual(DEFAULT_CONFIG.budgets.DOCS);
    expect(config.checkpoint).toEqual({
      paths: ['build/', '.cache'],
      retentionDays: 3,
      store: 'dir:/var/ckpt',
      when: 'pays',
    });
    expect(config.revert).toEqual({ ...DEFAULT_CONFIG.revert, mode: 'push', dailyCap: 1 });
    expect(config.ledger.enabled).toBe(false);
  });

  it('YAML nested 20,000 deep and an alias bomb are refused at once, naming the file, not with a stack overflow', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'cfg-bomb-'));
    try {
      await mkdir(path.join(ws, '.github'));
      const file = path.join(ws, '.github/ci-recovery.yml');
      const bombs: [string, RegExp][] = [
        [
          `policy: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
          /^\.github\/ci-recovery\.yml:1: the YAML nests deeper than 64 levels/,
        ],
        [
          Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
          /^\.github\/ci-recovery\.yml:130: the YAML nests deeper than 64 levels/,
        ],
        [
          'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
            'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n' +
            'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
          /^\.github\/ci-recovery\.yml: the YAML's aliases \(\*name\) expand too far/,
        ],
      ];
      for (const [text, message] of bombs) {
        await writeFile(file, text);
        // CPU time, not wall-clock: an expansion burns CPU, a busy machine only delays the answer.
        const { value: error, cpuMs } = await cpuTimedAsync(() =>
          loadConfig(ws).then(
            () => undefined,
            (e: unknown) => e,
          ),
        );
        expect(error).toBeInstanceOf(UserError);
        expect((error as Error).message).toMatch(message);
        expect(cpuMs).toBeLessThan(500);
      }
      // A config that uses an alias or two, sensibly, still loads.
      await writeFile(file, 'checkpoint:\n  paths: &p [build]\nlanes:\n  heavy: *p\n');
      expect((await loadConfig(ws)).config.lanes.heavy).toEqual(['build']);
    } finally {
      await rm(ws, { recursive: true, force: true });
    }
  });

  it('bad YAML: file, line, column and how to fix it', async () => {
    const message = await errorOf('lanes:\n  docs: [a, b\nbudgets: {}\n');
    expect(message).toMatch(/^\.github\/ci-recovery\.yml:3:1: invalid YAML: .*; /);
  });

  it('a duplicate key is an error at the second key', async () => {
    expect(await errorOf('ledger:\n  enabled: true\nledger:\n  enabled: false\n')).toMatch(
      /^\.github\/ci-recovery\.yml:3:1: invalid YAML: .*; keep one/,
    );
  });

  it('unknown key: points at the key and suggests the closest valid one', async () => {
    expect(await errorOf('budgets:\n  HEAVY:\n    max-attemps: 3\n')).toBe(
      ".github/ci-recovery.yml:3:5: unknown key 'max-attemps' in budgets.HEAVY; write 'max-attempts' instead",
    );
    expect(await errorOf('polcy: []\n')).toBe(
      ".github/ci-recovery.yml:1:1: unknown key 'polcy' at the top level; write 'policy' instead",
    );
  });

  it('unknown key with nothing close: lists the allowed keys', async () => {
    expect(await errorOf('ledger:\n  zzzzzzzz: 1\n')).toBe(
      ".github/ci-recovery.yml:2:3: unknown key 'zzzzzzzz' in ledger; use one of: enabled",
    );
  });

  it('wrong type: points at the value and says what to write', async () => {
    expect(await errorOf('budgets:\n  HEAVY:\n    max-attempts: "three"\n')).toBe(
      '.github/ci-recovery.yml:3:19: budgets.HEAVY.max-attempts must be an integer, got "three"; write a whole number, e.g. 3',
    );
    expect(await errorOf('ledger:\n  enabled: maybe\n')).toMatch(
      /^\.github\/ci-recovery\.yml:2:12: ledger\.enabled must be a boolean.*write true or false$/,
    );
  });

  it('the keys that were inputs (tests.retries, tests.max-failures, supervise.sweep-window-minutes): read, and bounded', async () => {
    const config = await parseConfig(
      'tests:\n  retries: 0\n  max-failures: 3\n  fail-on-passed-after-retry: true\nsupervise:\n  sweep-window-minutes: 15\n',
      FILE,
    );
    expect(config.tests).toMatchObject({ retries: 0, maxFailures: 3, failOnPassedAfterRetry: true });
    expect(config.supervise.sweepWindowMinutes).toBe(15);
    expect((await parseConfig('', FILE)).tests).toMatchObject({
      retries: 2,
      maxFailures: 10,
      failOnPassedAfterRetry: false,
    });
    expect(await errorOf('tests:\n  retries: 11\n')).toBe(
      '.github/ci-recovery.yml:2:12: tests.retries is out of range, got 11; write a value <= 10',
    );
    expect(await errorOf('supervise:\n  sweep-window-minutes: 0\n')).toMatch(
      /supervise\.sweep-window-minutes is out of range, got 0; write a value >= 1$/,
    );
  });

  it('wrong enum value: the allowed values, and the closest one', async () => {
    expect(await errorOf('policy:\n  - when: {type: network}\n    strategy: retyr\n')).toBe(
      '.github/ci-recovery.yml:3:15: "retyr" is not allowed for policy[0].strategy; write \'retry\' instead (allowed: retry, resume, skip, rollback, manual)',
    );
    const inList = await errorOf('policy:\n  - when:\n      type: [network, flakey]\n    strategy: retry\n');
    expect(inList).toMatch(
      /^\.github\/ci-recovery\.yml:3:23: "flakey" is not allowed for policy\[0\]\.when\.type\[1\]; write one of: test, build/,
    );
    expect(inList.split('\n')).toHaveLength(1);
  });

  it('a missing required key and an out-of-range number', async () => {
    expect(await errorOf('policy:\n  - when:\n      lane: HEAVY\n')).toBe(
      ".github/ci-recovery.yml:2:5: policy[0] has no 'strategy'; add 'strategy:' followed by one of: retry, resume, skip, rollback, manual",
    );
    expect(await errorOf('budgets:\n  DOCS: {max-attempts: 0}\n')).toBe(
      '.github/ci-recovery.yml:2:24: budgets.DOCS.max-attempts is out of range, got 0; write a value >= 1',
    );
  });

  it('reports every problem, one line each, in file order', async () => {
    const lines = (
      await errorOf('ledger:\n  enabld: true\nbudgets:\n  HEAVY: {timeout-minutes: -1}\n')
    ).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\.github\/ci-recovery\.yml:2:3: unknown key 'enabld'/);
    expect(lines[1]).toMatch(
      /^\.github\/ci-recovery\.yml:4:28: budgets\.HEAVY\.timeout-minutes is out of range/,
    );
  });

  it('25k unknown keys (a file at the size limit): the first problems in file order and a count of the rest', async () => {
    // Quadratic checks took 136 s on 100k keys; this is linear now.
    const text = Array.from({ length: 25_000 }, (_, i) => `k${i}: 1\n`).join('');
    const lines = (await errorOf(text)).split('\n');
    expect(lines).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(lines[0]).toMatch(/^\.github\/ci-recovery\.yml:1:1: unknown key 'k0' at the top level/);
    expect(lines[MAX_REPORTED_PROBLEMS - 1]).toMatch(new RegExp(`:${MAX_REPORTED_PROBLEMS}:1: unknown key`));
    expect(lines[MAX_REPORTED_PROBLEMS]).toBe(`... and ${25_000 - MAX_REPORTED_PROBLEMS} more problem(s)`);
  });

  it('duplicate keys in a big mapping are each found, at the later key', async () => {
    const text = `ledger:\n${Array.from({ length: 20_000 }, (_, i) => `  k${i % 10_000}: 1\n`).join('')}`;
    const lines = (await errorOf(text)).split('\n');
    expect(lines[0]).toMatch(/^\.github\/ci-recovery\.yml:10002:3: invalid YAML: .*'?k0'?.*; keep one/);
    expect(lines.at(-1)).toBe(`... and ${10_000 - MAX_REPORTED_PROBLEMS} more problem(s)`);
  });

  it('a huge value or key is quoted back cut short, with its length', async () => {
    const big = 'x'.repeat(1_000_000);
    const value = await errorOf(`budgets: "${big}"\n`);
    expect(value).toMatch(
      /^\.github\/ci-recovery\.yml:1:10: budgets must be a mapping, got "x{60}"\.\.\. \(1000000 chars\)/,
    );
    expect(value.length).toBeLessThan(300);
    const key = await errorOf(`? ${big}\n: 1\n`);
    expect(key).toMatch(/unknown key 'x{60}\.\.\. \(1000000 chars\)' at the top level; use one of: /);
    expect(key.length).toBeLessThan(500);
  });

  it('a top level that is not a mapping', async () => {
    expect(await errorOf('- a\n- b\n')).toMatch(
      /^\.github\/ci-recovery\.yml:1:1: the config must be a mapping/,
    );
  });
});

describe('schema', () => {
  it('is a valid JSON Schema that describes every property (for editor completion)', () => {
    const ajv = new Ajv({ strict: true, strictTypes: false, allowUnionTypes: true });
    expect(() => ajv.compile(schema)).not.toThrow();
    const missing: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const props = (node as { properties?: Record<string, unknown> }).properties ?? {};
      for (const [key, child] of Object.entries(props)) {
        if (!(child as { description?: string }).description) missing.push(`${where}.${key}`);
        walk(child, `${where}.${key}`);
      }
      const defs = (node as { definitions?: Record<string, unknown> }).definitions ?? {};
      for (const [key, child] of Object.entries(defs)) walk(child, `#${key}`);
      walk((node as { items?: unknown }).items, `${where}[]`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});

describe('closest', () => {
  it('suggests only near misses', () => {
    expect(closest('strategi', ['strategy', 'when'])).toBe('strategy');
    expect(closest('xyz', ['strategy', 'when'])).toBeUndefined();
  });
});

describe('loadConfig / effectiveConfig', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cfg-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('no file: defaults and no file name', async () => {
    expect(await loadConfig(dir)).toEqual({ config: DEFAULT_CONFIG });
  });

  it('a config named explicitly that is missing is an error naming it, not the defaults', async () => {
    const refused = loadConfig(dir, 'ci/recovery.yml');
    await expect(refused).rejects.toThrow(UserError);
    await expect(refused).rejects.toThrow(
      "Config file 'ci/recovery.yml' does not exist in the workspace (the 'config' input or --config names it)",
    );
    // The default location, absent, still means the defaults.
    expect(await loadConfig(dir)).toEqual({ config: DEFAULT_CONFIG });
  });

  it('reads .github/ci-recovery.yml and names it in errors', async () => {
    await mkdir(path.join(dir, '.github'));
    await writeFile(path.join(dir, '.github/ci-recovery.yml'), 'ledger:\n  enabled: false\n');
    const { config, file } = await loadConfig(dir);
    expect(file).toBe('.github/ci-recovery.yml');
    expect(config.ledger.enabled).toBe(false);
    await writeFile(path.join(dir, 'custom.yml'), 'ledgr: {}\n');
    await expect(loadConfig(dir, 'custom.yml')).rejects.toThrow(/^custom\.yml:1:1: unknown key 'ledgr'/);
  });

  it('refuses a file over the size limit before parsing it, naming the file and the limit', async () => {
    await writeFile(path.join(dir, 'big.yml'), `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    const refused = loadConfig(dir, 'big.yml');
    await expect(refused).rejects.toThrow(UserError);
    await expect(refused).rejects.toThrow(
      `big.yml: the file is ${MAX_CONFIG_BYTES + 3} bytes, over the limit of ${MAX_CONFIG_BYTES} bytes (256 KiB)`,
    );
  });

  it('prefers the config main wrote to the file it exported, else the workspace file', async () => {
    const fromMain = await writeEffectiveConfig(dir, {
      ...DEFAULT_CONFIG,
      ledger: { ...DEFAULT_CONFIG.ledger, enabled: false },
    });
    expect(fromMain).toBe(path.join(dir, 'ci-recovery', 'effective-config.json'));
    expect(
      (await effectiveConfig(jobEnv({ CI_RECOVERY_CONFIG_FILE: fromMain, GITHUB_WORKSPACE: dir }))).ledger
        .enabled,
    ).toBe(false);
    expect(await effectiveConfig(jobEnv({ GITHUB_WORKSPACE: dir }))).toEqual(DEFAULT_CONFIG);
    // A file that went away, or is not a config: the workspace file again.
    for (const gone of [path.join(dir, 'missing.json'), path.join(dir, 'big.yml')])
      expect(await effectiveConfig(jobEnv({ CI_RECOVERY_CONFIG_FILE: gone, GITHUB_WORKSPACE: dir }))).toEqual(
        DEFAULT_CONFIG,
      );
    expect(configFromJson('not json')).toBeUndefined();
  });
});

describe('a number in the config is written in decimal digits', () => {
  // YAML reads 0x10 as 16, 0o17 as 15, 1e1 as 10 and 1e400 or .inf as Infinity: as inputs do, the config
  // takes decimal digits only, and says which value and what to write.
  test.each([
    [
      'max-attempts: 0x10',
      /budgets\.yml:2:29: '0x10' is not a decimal number \(YAML reads it as 16\); write it in decimal digits, e\.g\. 16/,
    ],
    ['max-attempts: 0o3', /'0o3' is not a decimal number \(YAML reads it as 3\)/],
    ['max-attempts: 1e1', /'1e1' is not a decimal number \(YAML reads it as 10\)/],
    [
      'timeout-minutes: 1e400',
      /'1e400' is not a decimal number \(YAML reads it as Infinity\); write it in decimal digits\b/,
    ],
    ['timeout-minutes: .inf', /'\.inf' is not a decimal number/],
    ['timeout-minutes: +5', /'\+5' is not a decimal number/],
  ])('%s is refused naming the line and the fix', async (line, message) => {
    const text = `budgets:\n  STANDARD: { ${line} }\n`;
    await expect(parseConfig(text, 'budgets.yml')).rejects.toThrow(message);
  });

  test('decimal numbers, negative zero and quoted text keep their meaning', async () => {
    const c = await parseConfig('budgets:\n  STANDARD: { max-attempts: 3, backoff-seconds: 0 }\n', 'b.yml');
    expect(c.budgets.STANDARD).toMatchObject({ maxAttempts: 3, backoffSeconds: 0 });
  });
});
