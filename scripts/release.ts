/**
 * What the release workflow needs from the repository, checked before anything is tagged: the version of
 * package.json as a tag (vX.Y.Z) and the major tag it moves (vX), and the CHANGELOG.md section of that
 * version as the release notes. Writes `tag`, `major` and `notes-file` to GITHUB_OUTPUT; exits 1 with a
 * message naming the file to fix.
 *
 *   tsx scripts/release.ts            # in the workflow
 */
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

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const tags = releaseTags(version);
  const notes = changelogSection(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version);
  const notesFile = path.join(process.env.RUNNER_TEMP ?? root, 'release-notes.md');
  writeFileSync(notesFile, notes + '\n');
  const out = `tag=${tags.tag}\nmajor=${tags.major}\nnotes-file=${notesFile}\n`;
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, out);
  process.stdout.write(out);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`::error::${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
