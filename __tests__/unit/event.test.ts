import { branchKind, runContext } from '../../src/core/event.js';
import { parseJobEnv } from '../../src/core/job-env.js';

const env = (extra: Record<string, string>) =>
  parseJobEnv(
    { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'abc', ...extra },
    { cwd: '/w', tmpdir: '/tmp' },
  );

describe('run context', () => {
  it('treats a push to the default branch as the default branch, with the pushed range', () => {
    const before = 'de'.repeat(20);
    const context = runContext(env({}), { repository: { default_branch: 'main' }, before });
    expect(branchKind(context)).toBe('default');
    expect(context.before).toBe(before);
  });

  it('takes a before that is no full commit id for no base: it would reach git as a revision expression', () => {
    for (const before of ['HEAD', 'main', '--upload-pack=touch /tmp/x', 'abc123', 'g'.repeat(40), 42])
      expect(runContext(env({}), { before }).before).toBeUndefined();
    expect(runContext(env({}), { before: 'a'.repeat(64) }).before).toBe('a'.repeat(64));
  });

  it('ignores the all-zero before of a new branch', () => {
    expect(
      runContext(env({}), { before: '0000000000000000000000000000000000000000' }).before,
    ).toBeUndefined();
  });

  it('treats a push to another branch as other', () => {
    expect(
      branchKind(
        runContext(env({ GITHUB_REF: 'refs/heads/feature' }), { repository: { default_branch: 'main' } }),
      ),
    ).toBe('other');
  });

  it('reads a same-repo pull request with labels and its head branch', () => {
    const context = runContext(
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_HEAD_REF: 'fix' }),
      {
        repository: { default_branch: 'main', full_name: 'o/r' },
        pull_request: {
          number: 7,
          base: { ref: 'main', sha: 'b', repo: { full_name: 'o/r' } },
          head: { sha: 'h', repo: { full_name: 'o/r' } },
          labels: [{ name: 'ci:heavy' }],
        },
      },
    );
    expect(branchKind(context)).toBe('pr');
    expect(context.pr).toEqual({
      number: 7,
      baseRef: 'main',
      baseSha: 'b',
      headSha: 'h',
      labels: ['ci:heavy'],
      fromFork: false,
    });
    expect(context.branch).toBe('fix');
  });

  it('marks a pull request from another repository (or a deleted fork) as a fork PR', () => {
    const fork = runContext(env({ GITHUB_EVENT_NAME: 'pull_request' }), {
      pull_request: {
        number: 1,
        base: { ref: 'main', repo: { full_name: 'o/r' } },
        head: { repo: { full_name: 'x/r' } },
      },
    });
    const deleted = runContext(env({ GITHUB_EVENT_NAME: 'pull_request' }), {
      pull_request: { number: 2, base: { ref: 'main', repo: { full_name: 'o/r' } }, head: { repo: null } },
    });
    expect(fork.pr?.fromFork).toBe(true);
    expect(deleted.pr?.fromFork).toBe(true);
  });

  it('survives a payload that is not an object', () => {
    expect(runContext(env({}), 'garbage')).toEqual({
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: 'abc',
      branch: 'main',
    });
  });
});
