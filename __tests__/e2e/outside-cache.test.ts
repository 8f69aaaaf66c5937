/**
 * `cache-paths` through the real bundles (see stand/scenarios/outside-cache.ts): a stage that installed
 * into ~/.m2 resumes and the later stage succeeds; when ~/.m2 was not checkpointed, it runs again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runOutsideCacheScenario, type OutsideCacheResult } from '../../stand/scenarios/outside-cache.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
let held: OutsideCacheResult;
let notHeld: OutsideCacheResult;

beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/App.java': 'class App {}\n' } }],
  });
  held = await runOutsideCacheScenario(stand);
  notHeld = await runOutsideCacheScenario(stand, { runId: 3200, cachePathsInAttempt1: false });
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

const warnings = (job: OutsideCacheResult['attempt2']): string[] =>
  job.stages.flatMap((s) => s.annotations.filter((a) => a.level === 'warning').map((a) => a.message));

test('a stage that installed into ~/.m2 resumes: ~/.m2 comes back to the same place and the build succeeds', () => {
  expect(held.attempt1.conclusion).toBe('failure');
  expect(held.attempt1.stage('build', 'main')?.log).toMatch(
    /~\/\.m2 checkpointed as ci-recovery-ckpt-r3100-build-a1-build-\d{3}-root1/,
  );
  expect(held.attempt2.stage('recovery', 'main')?.outputs).toMatchObject({
    resumed: 'true',
    'completed-stages': 'install',
  });
  expect(held.attempt2.stage('install', 'main')?.outputs.skipped).toBe('true');
  expect(held.attempt2.stage('build', 'main')?.outcome).toBe('success');
  expect(held.attempt2.stage('build', 'main')?.log).toContain('lib 1.0 from attempt 1');
  expect(held.attempt2.conclusion).toBe('success');
  expect(readFileSync(path.join(held.home, '.m2/repository/org/lib/lib-1.0.jar'), 'utf8')).toBe(
    'lib 1.0 from attempt 1\n',
  );
  expect(warnings(held.attempt2)).toEqual([]);
});

test('when ~/.m2 was not checkpointed, the install stage runs again instead of skipping, and the build succeeds', () => {
  expect(notHeld.attempt2.stage('recovery', 'main')?.outputs['completed-stages']).toBe('install');
  expect(notHeld.attempt2.stage('install', 'main')?.outputs.skipped).toBe('false');
  expect(warnings(notHeld.attempt2)).toContain(
    "ci-recovery: stage 'install' fills ~/.m2, which the checkpoint did not bring back: it runs again.",
  );
  expect(notHeld.attempt2.stage('build', 'main')?.log).toContain('lib 1.0 from attempt 2');
  expect(notHeld.attempt2.conclusion).toBe('success');
});
