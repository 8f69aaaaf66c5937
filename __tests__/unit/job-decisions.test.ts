/** Main's and post's decisions around the lane, the change, the jobs API and the sticky comment (core/prepare, core/finish). */
import type { RunContext } from '../../src/core/event.js';
import {
  commentAction,
  commentWanted,
  jobsApiAccess,
  laneFromState,
  needsPlan,
  noteComment,
  runUrl,
} from '../../src/core/finish.js';
import { changeBase, laneOfChange, mergeChange, wantsResume } from '../../src/core/prepare.js';
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

  it("comments unless main's setting says not to", () => {
    expect(commentWanted('')).toBe(true);
    expect(commentWanted('{"comment":false}')).toBe(false);
    expect(commentWanted('{not json')).toBe(true);
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
    expect(commentAction(push, true, true)).toEqual({ action: 'none' });
    expect(commentAction(pr, false, true)).toEqual({ action: 'none' });
    expect(commentAction(pr, true, true)).toEqual({ action: 'write', pr: 5 });
    expect(commentAction({ ...pr, pr: { ...pr.pr!, fromFork: true } }, true, true)).toMatchObject({
      action: 'supervisor',
    });
    expect(commentAction(pr, true, false)).toMatchObject({ action: 'supervisor' });
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
