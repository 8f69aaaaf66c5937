/**
 * The release, as the release workflow runs it, in the repository it is run from (the current directory):
 *
 *   tsx scripts/release.ts          # check: the tags of package.json's version, the CHANGELOG.md section
 *                                   # as notes, and a refusal when vX.Y.Z exists; writes `tag`, `major`
 *                                   # and `notes-file` to GITHUB_OUTPUT
 *   tsx scripts/release.ts tag      # tag HEAD vX.Y.Z, move the major tag vX to it, push both to origin
 *
 * Exits 1 with a message naming the file or tag to fix. The git identity of the tags is the caller's.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ReleaseTags {
  /** vX.Y.Z */
  tag: string;
  /** vX, moved to every X.y.z release so that `@vX` users get it. */
  major: string;
}

/** The tags of a version; only plain X.Y.Z is released (no pre-releases on the moving major tag). */
export function releaseTags(version: string): ReleaseTags {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m)
    throw new Error(`package.json: version '${version}' is not X.Y.Z; set it to the version to release`);
  return { tag: `v${version}`, major: `v${m[1]}` };
}

/** The body of the `## X.Y.Z` section of a Keep-a-Changelog file (up to the next `## `), trimmed. */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split('\n');
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start === -1)
    throw new Error(`CHANGELOG.md: no '## ${version}' section; add one that says what changed`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  const body = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
  if (!body) throw new Error(`CHANGELOG.md: the '## ${version}' section is empty; say what changed`);
  return body;
}

const git = (root: string, args: string[]): string =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function tagExists(root: string, tag: string): boolean {
  try {
    git(root, ['rev-parse', '--quiet', '--verify', `refs/tags/${tag}`]);
    return true;
  } catch {
    return false;
  }
}

function versionOf(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Checks what the release needs and writes the notes; nothing is tagged. */
function check(root: string): void {
  const version = versionOf(root);
  const tags = releaseTags(version);
  const notes = changelogSection(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (tagExists(root, tags.tag))
    throw new Error(
      `${tags.tag} exists already: bump the version in package.json and add its CHANGELOG.md section`,
    );
  const notesFile = path.join(process.env.RUNNER_TEMP ?? root, 'release-notes.md');
  writeFileSync(notesFile, notes + '\n');
  const out = `tag=${tags.tag}\nmajor=${tags.major}\nnotes-file=${notesFile}\n`;
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, out);
  process.stdout.write(out);
}

/** Tags HEAD and moves the major tag; vX.Y.Z is pushed first, so a refused push moves nothing. */
function tag(root: string): void {
  const { tag: full, major } = releaseTags(versionOf(root));
  git(root, ['tag', '-a', full, '-m', full]);
  git(root, ['tag', '-fa', major, '-m', `${major}: moved to ${full}`]);
  git(root, ['push', 'origin', `refs/tags/${full}`]);
  git(root, ['push', '--force', 'origin', `refs/tags/${major}`]);
  process.stdout.write(`tagged ${full}, moved ${major} to it, pushed both to origin\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const verb = process.argv[2] ?? 'check';
    if (verb === 'check') check(process.cwd());
    else if (verb === 'tag') tag(process.cwd());
    else throw new Error(`unknown verb '${verb}': use 'check' (default) or 'tag'`);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`::error::${stderr ? `${message}\n${stderr}` : message}\n`);
    process.exitCode = 1;
  }
}
