/** Main's and post's decisions around the lane, the change, the jobs API and the sticky comment (core/prepare, core/finish). */
import type { RunContext } from '../../src/core/event.js';
import {
  commentAction,
  jobsApiAccess,
  laneFromState,
  needsPlan,
  noteComment,
  reportSettings,
  runUrl,
  summaryMode,
  worthReporting,
} from '../../src/core/finish.js';
import {
  changeBase,
  laneOfChange,
  mergeChange,
  parseReportWhen,
  wantsResume,
} from '../../src/core/prepare.js';
import { DEFAULT_LANE_RULES } from '../../src/core/lanes.js';
import type { JobReport } from '../../src/core/report/index.js';
import { firstLine } from '../../src/core/text.js';

const push: RunContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: 'abc',
  before: 'b4',
  defaultBranch: 'main',
};
const pr: RunContext = { ...push, pr: { number: 5, baseRef: 'dev', labels: ['ci:docs'], fromFork: false } };

describe("main's decisions", () => {
  it('measures the change against the input, else the PR base, the push before, the default branch', () => {
    expect(changeBase('rel', pr)).toBe('rel');
    expect(changeBase(undefined, pr)).toBe('dev');
    expect(changeBase(undefined, push)).toBe('b4');
    expect(changeBase(undefined, { ...push, before: undefined })).toBe('main');
    expect(changeBase(undefined, { eventName: 'push', ref: '', sha: '' })).toBeUndefined();
  });

  it("takes git's files with the API's labels, else the API's files, else both reasons", () => {
    expect(mergeChange({ files: ['a'], changedLines: 1 }, { files: ['x'], labels: ['l'] })).toEqual({
      files: ['a'],
      changedLines: 1,
      labels: ['l'],
    });
    expect(mergeChange({ unknownBecause: 'shallow' }, { files: ['x'], changedLines: 2 })).toEqual({
      files: ['x'],
      changedLines: 2,
    });
    expect(mergeChange({ unknownBecause: 'shallow' }, { unknownBecause: '403' })).toEqual({
      unknownBecause: 'shallow; 403',
    });
    expect(mergeChange({ unknownBecause: 'shallow' }, undefined)).toEqual({ unknownBecause: 'shallow' });
  });

  it("adds the event's PR labels to the change's", () => {
    expect(laneOfChange({ unknownBecause: 'shallow' }, pr, DEFAULT_LANE_RULES).lane).toBe('DOCS');
    expect(laneOfChange({ unknownBecause: 'shallow' }, push, DEFAULT_LANE_RULES).lane).toBe('STANDARD');
  });

  it('resumes only a re-run attempt with resume on', () => {
    expect(wantsResume({ resume: true }, { attempt: 2 })).toBe(true);
    expect(wantsResume({ resume: true }, { attempt: 1 })).toBe(false);
    expect(wantsResume({ resume: false }, { attempt: 3 })).toBe(false);
  });
});

describe("post's decisions", () => {
  it("takes main's lane from state, else the environment's, else STANDARD", () => {
    expect(laneFromState('{"lane":"HEAVY","reason":"lock file"}', 'DOCS')).toEqual({
      lane: 'HEAVY',
      reason: 'lock file',
    });
    expect(laneFromState('{"lane":"BOGUS"}', 'DOCS')).toEqual({
      lane: 'DOCS',
      reason: 'from the job environment',
    });
    expect(laneFromState('', undefined)).toEqual({
      lane: 'STANDARD',
      reason: 'main did not decide a lane, so the change is taken as unknown',
    });
  });

  it("reads main's comment and summary settings; quiet on green when main did not say", () => {
    const quiet = { comment: 'on-failure', summary: 'on-failure' };
    expect(reportSettings('')).toEqual(quiet);
    expect(reportSettings('{not json')).toEqual(quiet);
    expect(reportSettings('{"comment":"always","summary":"never"}')).toEqual({
      comment: 'always',
      summary: 'never',
    });
    expect(reportSettings('{"comment":false}')).toEqual({ ...quiet, comment: 'never' });
  });

  it('takes on-failure, always or never for comment and summary; true and false keep their old meaning', () => {
    // Its default is action.yml's, which the runner passes: an empty value is the step's own, and wrong.
    expect(() => parseReportWhen('comment', '')).toThrow(/Input 'comment' must be on-failure/);
    expect(parseReportWhen('summary', ' Always ')).toBe('always');
    expect(parseReportWhen('comment', 'true')).toBe('always');
    expect(parseReportWhen('comment', 'false')).toBe('never');
    expect(() => parseReportWhen('summary', 'on-error')).toThrow(
      "Input 'summary' must be on-failure (the default: only when something failed or was recovered), always or never, got 'on-error'.",
    );
  });

  it('a job is worth a report when it failed, was cancelled or recovered, and only then', () => {
    const stage = { name: 'test', kind: 'run' as const, outcome: 'success' as const, attempts: [] };
    const green = { conclusion: 'success' as const, failures: [], stages: [stage] };
    expect(worthReporting(green)).toBe(false);
    expect(worthReporting({ ...green, conclusion: 'failure' })).toBe(true);
    const retried = {
      ...stage,
      attempts: [
        { attempt: 1, startedAt: '', durationMs: 1 },
        { attempt: 2, startedAt: '', durationMs: 1 },
      ],
    };
    expect(worthReporting({ ...green, stages: [retried] })).toBe(true);
    expect(worthReporting({ ...green, stages: [{ ...stage, resumed: true }] })).toBe(true);
    expect(summaryMode('on-failure', false)).toBe('line');
    expect(summaryMode('on-failure', true)).toBe('full');
    expect(summaryMode('always', false)).toBe('full');
    expect(summaryMode('never', true)).toBe('none');
    // A warning (no token, no jobs API) may hide a failure: the full summary says it.
    expect(summaryMode('on-failure', false, 1)).toBe('full');
  });

  it('reads the jobs API only with a client and a positive job id', () => {
    expect(jobsApiAccess(true, '12')).toEqual({ read: true, jobId: 12 });
    const warning = (access: ReturnType<typeof jobsApiAccess>) => (access.read ? '' : access.warning);
    expect(warning(jobsApiAccess(false, '12'))).toMatch(/^no GitHub token/);
    expect(warning(jobsApiAccess(true, undefined))).toMatch(/job id is unknown/);
    expect(jobsApiAccess(true, '-1')).toMatchObject({ read: false });
  });

  it('links the run attempt when the repository and run are known', () => {
    const start = { startedAt: '', runId: '9', attempt: 2, job: 'b', identity: 'b' };
    expect(runUrl('https://ghe.example', 'o/r', start)).toBe(
      'https://ghe.example/o/r/actions/runs/9/attempts/2',
    );
    expect(runUrl('https://github.com', '', start)).toBeUndefined();
  });

  it('leaves the comment of a fork to the supervisor, and writes it otherwise', () => {
    const fork = { ...pr, pr: { ...pr.pr!, fromFork: true } };
    expect(commentAction(push, 'always', true, true)).toEqual({ action: 'none' });
    expect(commentAction(pr, 'never', true, true)).toEqual({ action: 'none' });
    expect(commentAction(pr, 'on-failure', true, true)).toEqual({ action: 'write', pr: 5, fixed: false });
    expect(commentAction(pr, 'always', true, false)).toEqual({ action: 'write', pr: 5, fixed: false });
    expect(commentAction(fork, 'on-failure', true, true)).toMatchObject({ action: 'supervisor' });
    expect(commentAction(pr, 'on-failure', false, true)).toMatchObject({ action: 'supervisor' });
  });

  it('on a quiet green job only turns an earlier section to fixed, and says nothing for a fork', () => {
    const fork = { ...pr, pr: { ...pr.pr!, fromFork: true } };
    expect(commentAction(pr, 'on-failure', true, false)).toEqual({ action: 'write', pr: 5, fixed: true });
    expect(commentAction(fork, 'on-failure', true, false)).toEqual({ action: 'none' });
    expect(commentAction(pr, 'on-failure', false, false)).toEqual({ action: 'none' });
  });

  it('notes the comment in the report without changing the one given', () => {
    const report = { warnings: ['w'], conclusion: 'failure' } as unknown as JobReport;
    expect(noteComment(report, { status: 'created', url: 'u' }).links).toEqual({ 'PR comment': 'u' });
    expect(noteComment(report, { status: 'degraded', reason: '403' }).warnings[1]).toMatch(
      /^the token may not comment on PRs \(403\)/,
    );
    expect(report.warnings).toEqual(['w']);
    expect(needsPlan(report)).toBe(true);
    expect(needsPlan({ conclusion: 'success' })).toBe(false);
  });
});

test('firstLine keeps the first line of a message', () => {
  expect(firstLine('one\ntwo')).toBe('one');
  expect(firstLine('')).toBe('');
});
