/** When `run/`'s save before a stage may stand on the checkpoint main's resume restored (checkpoint/core/step.ts). */
import { resumedCandidate, sameCheckpoint } from '../../src/checkpoint/index.js';

const restored = {
  stage: 'test',
  job: 'build',
  runId: '7',
  paths: ['node_modules', 'build'],
  exclude: ['.git', '**/.*'],
  completedStages: ['install', 'build'],
};

describe('resumedCandidate', () => {
  it('is the resumed checkpoint while it is still the job last one', () => {
    expect(resumedCandidate({ resumedFrom: 'a1-test', lastCheckpoint: 'a1-test' })).toBe('a1-test');
  });
  it('is nothing once a checkpoint was saved since, without a resume, or with paths outside the workspace', () => {
    expect(resumedCandidate({ resumedFrom: 'a1-test', lastCheckpoint: 'a2-test' })).toBeUndefined();
    expect(resumedCandidate({ lastCheckpoint: 'a2-test' })).toBeUndefined();
    const cachePaths = { install: ['~/.npm'] };
    expect(resumedCandidate({ resumedFrom: 'a', lastCheckpoint: 'a', cachePaths })).toBeUndefined();
  });
});

describe('sameCheckpoint', () => {
  it('holds for the same stage, job, run, roots, exclusions and completed stages, in any order', () => {
    const planned = { ...restored, paths: ['build', 'node_modules'], completedStages: ['build', 'install'] };
    expect(sameCheckpoint(restored, planned)).toBe(true);
  });
  it.each([
    ['stage', { stage: 'deploy' }],
    ['job', { job: 'build.leg1' }],
    ['run', { runId: '8' }],
    ['roots', { paths: ['node_modules'] }],
    ['exclusions', { exclude: ['.git'] }],
    ['completed stages', { completedStages: ['install'] }],
  ])('fails on another %s', (_what, other) => {
    expect(sameCheckpoint(restored, { ...restored, ...other })).toBe(false);
  });
  it('fails when the restored one holds roots outside the workspace', () => {
    const roots = [{ name: 'home-npm', path: '~/.npm', id: 'x', stages: ['install'] }];
    expect(sameCheckpoint({ ...restored, roots } as never, restored)).toBe(false);
  });
});
