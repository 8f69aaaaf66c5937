/**
 * Reading a config file loads the team rules' engine (re2js, 263 KB of code) only when the file has team
 * rules: main reads most teams' configs, which have none, on every job. Its own file: once loaded, the engine
 * stays loaded for the file's tests, so one test walks the way (a file without rules, then one with).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/adapters/config-file.js';
import { teamRuleEngineLoaded } from '../../src/core/classify/index.js';

test('a config without team rules is read without their engine; one with rules loads it and checks them', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'config-engine-'));
  const write = (text: string) => writeFile(path.join(dir, '.github', 'ci-recovery.yml'), text);
  try {
    await mkdir(path.join(dir, '.github'));
    await write('budgets:\n  HEAVY: { max-attempts: 3 }\nclassify:\n  rules: []\n');
    const plain = await loadConfig(dir);
    expect(plain.config.budgets.HEAVY.maxAttempts).toBe(3);
    expect(teamRuleEngineLoaded()).toBe(false);

    // A rule the engine cannot run is refused at its place, so the engine was there to check it.
    await write("classify:\n  rules:\n    - pattern: 'a(?=b)'\n      type: config\n");
    await expect(loadConfig(dir)).rejects.toThrow(
      /^\.github\/ci-recovery\.yml:3:16: classify\.rules\[0\] \('rule-1'\): pattern .* RE2, which has no lookaround/,
    );
    expect(teamRuleEngineLoaded()).toBe(true);
    await write("classify:\n  rules:\n    - pattern: 'nodename nor servname'\n      type: config\n");
    expect((await loadConfig(dir)).config.classify.rules).toEqual([
      { pattern: 'nodename nor servname', type: 'config' },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
