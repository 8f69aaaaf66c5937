/** Why GitHub refused a call, decided from its status, message and headers (src/core/api-refusal.ts). */
import { explainRefusal, refusalKind } from '../../src/core/api-refusal.js';

const forbidden = { status: 403, message: 'Resource not accessible by integration' };
const NOW = new Date('2026-11-23T12:00:00Z');

describe('refusalKind', () => {
  it('tells a bad token, a rate limit and a missing permission apart', () => {
    expect(refusalKind({ status: 401, message: 'Bad credentials' }, 'actions:read')).toBe('bad-credentials');
    expect(refusalKind({ ...forbidden, headers: { 'x-ratelimit-remaining': '0' } }, 'actions:read')).toBe(
      'rate-limit',
    );
    expect(
      refusalKind(
        { status: 429, message: 'Too Many Requests', headers: { 'retry-after': '60' } },
        'actions:read',
      ),
    ).toBe('rate-limit');
    // A remaining budget is not a rate limit: the 403 is about permissions.
    expect(refusalKind({ ...forbidden, headers: { 'x-ratelimit-remaining': '4999' } }, 'actions:read')).toBe(
      'permission',
    );
    expect(refusalKind(forbidden, 'metadata:read')).toBe('metadata');
    expect(refusalKind({ status: 422, message: 'Validation Failed' }, 'pull-requests:write')).toBe('other');
    expect(refusalKind({ status: 404, message: 'Not Found' }, 'actions:read')).toBe('other');
    expect(refusalKind({ status: 404, message: 'Not Found' }, 'contents:write')).toBe('permission');
  });

  it("knows a re-run limit by the run's age or attempts when GitHub's wording is not recognised", () => {
    const refused = { status: 403, message: 'Forbidden' };
    const old = { runCreatedAt: '2026-10-23T11:59:59Z', latestAttempt: 3, now: NOW };
    expect(refusalKind(refused, 'actions:write', old)).toBe('rerun-too-old');
    expect(refusalKind(refused, 'actions:write', { ...old, runCreatedAt: '2026-11-01T00:00:00Z' })).toBe(
      'permission',
    );
    expect(refusalKind(refused, 'actions:write', { latestAttempt: 50, now: NOW })).toBe('rerun-too-many');
  });
});

describe('explainRefusal', () => {
  it('names the permission of the call: comments name pull-requests: write and issues: write', () => {
    expect(explainRefusal(forbidden, 'commenting on #5', 'comments:write')?.message).toBe(
      "commenting on #5: GitHub answered 403 (Resource not accessible by integration): grant the job 'permissions: pull-requests: write' " +
        "(to comment on a pull request; 'issues: write' also allows it).",
    );
    expect(explainRefusal({ status: 500, message: 'Server Error' }, 'x', 'actions:read')).toBeUndefined();
  });
});
