/**
 * The evaluation's views where users are (bench/lopo.ts, bench/eval-classify.ts): which corpus logs are whole
 * GitHub Actions job logs of 2025-26, and the verdicts that moved between two runs (`--baseline`), per source.
 */
import { movedVerdicts, verdictRight } from '../../bench/eval-classify.js';
import type { SavedVerdict } from '../../bench/eval-classify.js';
import { firstTimestampYear, isRecentWholeJobLog } from '../../bench/lopo.js';

// The first line the GitHub runner (actions/runner) prints in a job, `Current runner version: '<version>'`, with
// the timestamp the runner puts before every line (`yyyy-MM-ddTHH:mm:ss.fffffffZ `, seven decimals); as a
// downloaded job log (starting with a byte-order mark) and as `gh run view --log` prints it (job and step
// columns first, separated by tabs). Versions filled in.
const jobLog = "\uFEFF2025-10-11T05:34:29.5171291Z Current runner version: '2.327.1'\n";
const ghRunView = "build\tSet up job\t\uFEFF2026-01-14T21:59:22.7136615Z Current runner version: '2.330.0'\n";

test('the year of the first runner timestamp, wherever it stands on the line', () => {
  expect(firstTimestampYear(jobLog)).toBe(2025);
  expect(firstTimestampYear(ghRunView)).toBe(2026);
  expect(firstTimestampYear('$ npm test\n> jest\n')).toBeUndefined();
  // A version or a date in plain text is not a runner timestamp.
  expect(firstTimestampYear('Version: 20251211.462\nreleased 2025-12-11\n')).toBeUndefined();
});

test('a whole job log of 2025-26 is a gha-committed log whose runner timestamps say 2025 or later', () => {
  expect(isRecentWholeJobLog({ source: 'gha-committed' }, 2025)).toBe(true);
  expect(isRecentWholeJobLog({ source: 'gha-committed' }, 2026)).toBe(true);
  expect(isRecentWholeJobLog({ source: 'gha-committed' }, 2021)).toBe(false);
  expect(isRecentWholeJobLog({ source: 'gha-committed' }, undefined)).toBe(false);
  expect(isRecentWholeJobLog({ source: 'bugswarm' }, 2025)).toBe(false);
});

const saved = (source: string, label: string, lopo: string, bySource = lopo): SavedVerdict => ({
  source,
  label,
  lopo,
  bySource,
});

test('a pass log is right while nothing is claimed above low', () => {
  expect(verdictRight('pass', 'unknown/low')).toBe(true);
  expect(verdictRight('pass', 'test/low')).toBe(true);
  expect(verdictRight('pass', 'test/medium')).toBe(false);
  expect(verdictRight('build', 'build/low')).toBe(true);
  expect(verdictRight('build', 'test/high')).toBe(false);
});

test('moved verdicts per source: right to wrong, wrong to right, wrong to another wrong', () => {
  const baseline = {
    a1: saved('gha-committed', 'build', 'build/high'),
    a2: saved('gha-committed', 'test', 'unknown/low'),
    a3: saved('gha-committed', 'config', 'unknown/low'),
    a4: saved('gha-committed', 'pass', 'unknown/low'),
    b1: saved('logchunks', 'test', 'test/high', 'build/medium'),
    gone: saved('logchunks', 'test', 'test/high'),
  };
  const current = {
    a1: saved('gha-committed', 'build', 'test/medium'),
    a2: saved('gha-committed', 'test', 'test/high'),
    a3: saved('gha-committed', 'config', 'build/low'),
    a4: saved('gha-committed', 'pass', 'timeout/medium'),
    b1: saved('logchunks', 'test', 'test/high', 'test/high'),
    fresh: saved('logchunks', 'test', 'build/high'),
  };
  const lopo = movedVerdicts(baseline, current, 'lopo');
  expect(lopo).toEqual([
    {
      source: 'gha-committed',
      logs: 4,
      rightToWrong: ['a1', 'a4'],
      wrongToRight: ['a2'],
      wrongToWrong: ['a3'],
    },
    { source: 'logchunks', logs: 1, rightToWrong: [], wrongToRight: [], wrongToWrong: [] },
  ]);
  const held = movedVerdicts(baseline, current, 'bySource');
  expect(held[1]).toEqual({
    source: 'logchunks',
    logs: 1,
    rightToWrong: [],
    wrongToRight: ['b1'],
    wrongToWrong: [],
  });
});
