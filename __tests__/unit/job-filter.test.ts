import { DEFAULT_SUPERVISE_SCOPE, globMatches, outOfScope } from '../../src/core/job-filter.js';
import { cpuTimed } from '../cpu-time.js';

test('globs match whole names, case-insensitively, with * and ?', () => {
  expect(globMatches('deploy*', 'Deploy to prod')).toBe(true);
  expect(globMatches('*deploy*', 'pre-deploy-check')).toBe(true);
  expect(globMatches('e2e-?', 'e2e-1')).toBe(true);
  expect(globMatches('e2e-?', 'e2e-12')).toBe(false);
  expect(globMatches('lint', 'lint (node 20)')).toBe(false);
  expect(globMatches('a.b', 'axb')).toBe(false); // no regular expression underneath
  expect(globMatches('(x+)+', '(x+)+')).toBe(true);
});

test('a glob with many stars against a long hostile job name answers at once (no backtracking blow-up)', () => {
  // CPU time, not wall-clock: a blow-up burns CPU, a busy machine only delays the answer.
  const { value, cpuMs } = cpuTimed(() => globMatches('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000)));
  expect(value).toBe(false);
  expect(cpuMs).toBeLessThan(200);
});

test('out of scope: the reason names the setting that excluded the job', () => {
  const steps = [{ name: 'Publish', conclusion: 'failure' }];
  expect(outOfScope({ name: 'unit', steps: [] })).toBeUndefined();
  expect(outOfScope({ name: 'release-notes', steps: [] })).toMatch(/deploy-jobs '\*release\*'/);
  expect(outOfScope({ name: 'x', steps: [], environment: 'prod' })).toMatch(/environment 'prod'/);
  expect(outOfScope({ name: 'x', steps }, { ...DEFAULT_SUPERVISE_SCOPE, excludeSteps: ['pub*'] })).toMatch(
    /failed step 'Publish' matches supervise.exclude-steps 'pub\*'/,
  );
});
