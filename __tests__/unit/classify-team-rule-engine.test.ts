/**
 * The team rules' engine (re2js) is loaded on demand, where a config file is parsed or run/ classifies a failure,
 * so a start with no rules does not compile its code. A rule compiled before that is the caller's mistake: said
 * as such, and never reported as a problem of the team's rule. Its own file: the engine, once loaded, stays loaded for the file's tests, so the
 * one test below walks the whole way (unloaded, still unloaded after reading main's effective config, loaded by
 * run/'s classify port for a failure, compiled).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { effectiveConfig, writeEffectiveConfig } from '../../src/adapters/config-file.js';
import { runPorts } from '../../src/adapters/run-step.js';
import { compileTeamRules, loadTeamRuleEngine, teamRuleProblems } from '../../src/core/classify/index.js';
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { runSettings } from '../run-settings.js';

const rules = [{ id: 'mac-dns', pattern: 'nodename nor servname', type: 'config' as const }];

test("rules compile once run/'s classify port loaded their engine, not on reading main's config; before, the caller's error", async () => {
  expect(teamRuleProblems([])).toEqual([]);
  expect(() => teamRuleProblems(rules)).toThrow(/await loadTeamRuleEngine\(\)/);
  expect(() => compileTeamRules(rules)).toThrow(/await loadTeamRuleEngine\(\)/);
  // A run/ step reads the rules from the config main wrote (JSON): that read loads nothing (a green step, a
  // checkpoint step pay nothing); its classify port loads the engine for a failure to classify.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'team-rule-engine-'));
  try {
    const fromMain = await writeEffectiveConfig(dir, { ...DEFAULT_CONFIG, classify: { rules } });
    const env = parseJobEnv(
      { CI_RECOVERY_CONFIG_FILE: fromMain, GITHUB_WORKSPACE: dir },
      { cwd: dir, tmpdir: dir },
    );
    const config = await effectiveConfig(env);
    expect(config.classify.rules).toEqual(rules);
    expect(() => compileTeamRules(config.classify.rules)).toThrow(/await loadTeamRuleEngine\(\)/);
    const ports = runPorts(runSettings(), env, config, new RecordingRunner(), new AbortController().signal);
    const log = 'npm ERR! getaddrinfo ENOTFOUND registry.npmjs.org: nodename nor servname provided';
    expect(await ports.classify({ log, teamRules: config.classify.rules })).toMatchObject({
      type: 'config',
      rule: 'team:mac-dns',
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await loadTeamRuleEngine(); // again: a no-op
  expect(teamRuleProblems(rules)).toEqual([]);
  expect(teamRuleProblems([{ pattern: '(?<=a)b', type: 'config' }])).toMatchObject([
    { index: 0, field: 'pattern', unsupported: true },
  ]);
});
