/**
 * The stand's GitHub API loads GitHub's OpenAPI description (13 MB, which it validates every answer against)
 * before it listens, not on the first request. The first request was a job's: main reading its job's name,
 * under main's 10 s limit. It paid 1-2 s at load 6, the next calls 3-40 ms. At load 15, one rehearsal saw
 * a caller of a reusable workflow lose its identity that way. GitHub's own first answer costs nothing of the kind.
 */
import { afterAll, expect, it } from '@jest/globals';
import { startGitHubApi, type GitHubApi } from '../../stand/services/github-api.js';
import { specLoaded } from '../../stand/services/openapi.js';

let api: GitHubApi | undefined;

afterAll(async () => {
  await api?.stop();
});

it('loads the description before it listens, and answers the first call from it', async () => {
  // Jest gives each test file its own module registry: nothing in this file loaded the description yet.
  expect(specLoaded()).toBe(false);
  api = await startGitHubApi();
  expect(specLoaded()).toBe(true);
  const repo = 'o/r';
  api.addRepo(repo);
  const job = api.addJob({ repo, runId: 7, name: 'unit / test' });
  const response = await fetch(`${api.url}/repos/${repo}/actions/jobs/${job.id}`, {
    headers: { authorization: 'Bearer t', accept: 'application/vnd.github+json' },
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { name?: string }).name).toBe('unit / test');
  expect(api.validationErrors).toEqual([]);
});
