/**
 * The release script run as the release workflow runs it, on a clone of the stand's git remote (a bare
 * repository standing in for GitHub): it tags vX.Y.Z, moves the major tag and leaves older tags alone,
 * writes the CHANGELOG section as the notes, and refuses a version that was released already.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createGitRemote, type GitRemote } from '../../stand/services/git-remote.js';
import { repoRoot } from '../../stand/services/paths.js';

const exec = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const script = path.join(repoRoot, 'scripts/release.ts');
const identity = {
  GIT_AUTHOR_NAME: 'release bot',
  GIT_AUTHOR_EMAIL: 'bot@example.com',
  GIT_COMMITTER_NAME: 'release bot',
  GIT_COMMITTER_EMAIL: 'bot@example.com',
};
const changelog = (versions: string[]): string =>
  '# Changelog\n\n' + versions.map((v) => `## ${v}\n\n- what changed in ${v}\n\n`).join('');
const pkg = (version: string): string => JSON.stringify({ name: 'x', version }) + '\n';

let base: string;
let remote: GitRemote;
let clone: string;

const release = (verb: string[], env: Record<string, string> = {}) =>
  exec(process.execPath, [tsx, script, ...verb], {
    cwd: clone,
    env: { ...process.env, ...identity, GITHUB_OUTPUT: '', ...env },
  });
const peeled = async (tag: string) => remote.revParse(`refs/tags/${tag}`);

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'release-'));
  remote = await createGitRemote({
    repo: 'octo-org/action',
    root: base,
    commits: [
      { message: '1.1.0', files: { 'package.json': pkg('1.1.0'), 'CHANGELOG.md': changelog(['1.1.0']) } },
      {
        message: '1.2.0',
        files: { 'package.json': pkg('1.2.0'), 'CHANGELOG.md': changelog(['1.2.0', '1.1.0']) },
      },
    ],
  });
  // The previous release: v1.1.0 and v1 on the first commit.
  const [first] = remote.seeded;
  await remote.git(['tag', 'v1.1.0', first!]);
  await remote.git(['tag', 'v1', first!]);
  clone = path.join(base, 'clone');
  await exec('git', ['clone', '--quiet', remote.bareDir, clone]);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

test('check, then tag: v1.2.0 on HEAD, v1 moved to it, v1.1.0 untouched, the notes are the section', async () => {
  const checked = await release([], { RUNNER_TEMP: base });
  expect(checked.stdout).toContain('tag=v1.2.0\nmajor=v1\n');
  expect(await readFile(path.join(base, 'release-notes.md'), 'utf8')).toBe('- what changed in 1.2.0\n');

  await release(['tag']);
  const [first, second] = remote.seeded;
  expect(await peeled('v1.2.0')).toBe(second);
  expect(await peeled('v1')).toBe(second);
  expect(await peeled('v1.1.0')).toBe(first);
  // Annotated tags, as `gh release create --verify-tag` and the marketplace expect.
  expect((await remote.git(['cat-file', '-t', 'refs/tags/v1.2.0'])).trim()).toBe('tag');
});

test('a version that was released already is refused before anything is tagged', async () => {
  const refs = await remote.refs();
  const refused = await release([]).then(
    () => '',
    (error: { stderr: string }) => error.stderr,
  );
  expect(refused).toContain('v1.2.0 exists already: bump the version in package.json');
  expect(await remote.refs()).toEqual(refs);
});
