import { failedSteps } from '../../src/core/failed-steps.js';
import type { StepRecord } from '../../src/core/records.js';

const record = (stage: string, outcome: StepRecord['outcome']): StepRecord => ({
  kind: 'run',
  step: stage,
  stage,
  startedAt: '2026-01-01T00:00:00Z',
  completedAt: '2026-01-01T00:01:00Z',
  outcome,
  attempts: [
    {
      attempt: 1,
      startedAt: '2026-01-01T00:00:00Z',
      durationMs: 60000,
      exitCode: outcome === 'failure' ? 1 : 0,
    },
  ],
});

describe('failed steps', () => {
  it('puts own records first and joins the API step they explain', () => {
    const failed = failedSteps(
      [record('install', 'success'), record('test', 'failure')],
      [
        { name: 'Set up job', conclusion: 'success' },
        { name: 'Run tests (test)', conclusion: 'failure' },
      ],
    );
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      name: 'test',
      source: 'record',
      outcome: { name: 'Run tests (test)' },
    });
  });

  it('adds failed API steps that no record explains', () => {
    const failed = failedSteps(
      [record('test', 'failure')],
      [
        { name: 'Run tests (test)', conclusion: 'failure' },
        { name: 'Lint', conclusion: 'failure' },
        { name: 'Docs', conclusion: 'skipped' },
      ],
    );
    expect(failed.map((f) => [f.name, f.source])).toEqual([
      ['test', 'record'],
      ['Lint', 'jobs-api'],
    ]);
  });

  it('joins a record to the API step whose time span holds it when the names say nothing', () => {
    const failed = failedSteps(
      [record('test', 'failure')],
      [
        {
          name: 'Run ci-recovery/ci-recovery/run@v1',
          conclusion: 'failure',
          startedAt: '2025-12-31T23:59:59Z',
          completedAt: '2026-01-01T00:01:00Z',
        },
        {
          name: 'Run ci-recovery/ci-recovery/run@v1',
          conclusion: 'failure',
          startedAt: '2026-01-01T00:02:00Z',
          completedAt: '2026-01-01T00:03:00Z',
        },
      ],
    );
    expect(failed.map((f) => [f.source, f.outcome?.startedAt])).toEqual([
      ['record', '2025-12-31T23:59:59Z'],
      ['jobs-api', '2026-01-01T00:02:00Z'],
    ]);
  });

  it('works from records alone when the API could not be read', () => {
    expect(failedSteps([record('build', 'failure')], undefined).map((f) => f.name)).toEqual(['build']);
  });
});
