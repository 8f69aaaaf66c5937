/**
 * The team rules' engine (re2js) is loaded on demand, where a config is read, so a start with no rules does not
 * compile its code. A rule compiled before that is the caller's mistake: said as such, and never reported as a
 * problem of the team's rule. Its own file: the engine, once loaded, stays loaded for the file's tests.
 */
import { compileTeamRules, loadTeamRuleEngine, teamRuleProblems } from '../../src/core/classify/index.js';

const rules = [{ id: 'mac-dns', pattern: 'nodename nor servname', type: 'config' as const }];

test('rules compiled before the engine is loaded throw a programming error, not a problem of the rule', async () => {
  expect(teamRuleProblems([])).toEqual([]);
  expect(() => teamRuleProblems(rules)).toThrow(/await loadTeamRuleEngine\(\)/);
  expect(() => compileTeamRules(rules)).toThrow(/await loadTeamRuleEngine\(\)/);
  await loadTeamRuleEngine();
  expect(teamRuleProblems(rules)).toEqual([]);
  expect(compileTeamRules(rules)[0]?.re.test('getaddrinfo: nodename nor servname provided')).toBe(true);
  expect(teamRuleProblems([{ pattern: '(?<=a)b', type: 'config' }])).toMatchObject([
    { index: 0, field: 'pattern', unsupported: true },
  ]);
});
