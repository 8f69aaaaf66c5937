/**
 * The lane of a change: DOCS, STANDARD or HEAVY, from the changed files, PR labels and diff size. Globs are
 * picomatch globs; a glob starting with `!` excludes what the others include (it never adds: see
 * dorny/paths-filter#97). A glob without a slash matches the file's base name anywhere (`*.md`).
 */
import picomatch from 'picomatch';
import type { Lane } from './types.js';
import type { LaneRules } from './lane-rules.js';

export { DEFAULT_LANE_RULES, type LaneRules } from './lane-rules.js';

export interface Change {
  /** Changed paths relative to the repository root; undefined when they could not be read. */
  files?: string[];
  labels?: string[];
  /** Added plus deleted lines. */
  changedLines?: number;
  /** Why the files could not be read (no git, unknown base, the API's file limit), for the lane's reason. */
  unknownBecause?: string;
}

/**
 * The text every match of `glob` contains, when it is made of plain characters, `*` and `/` alone (what
 * picomatch reads literally, between its wildcards); undefined for any other glob.
 */
export function requiredText(glob: string): string[] | undefined {
  if (!/^[\w.\-/*]+$/.test(glob)) return undefined;
  // picomatch drops a leading `./` and reads `.` and `..` segments its own way: no literal text to require.
  if (/(?:^|\/)\.{1,2}(?:\/|$)/.test(glob)) return undefined;
  return glob.split(/[*/]+/).filter(Boolean);
}

/**
 * A glob's test, compiled at its first use by a file that holds its required text: picomatch compiles each
 * glob into a regular expression (~0.1 ms each, ~5 ms of main's CPU for the default lane rules' 39 on
 * every job, issue 67), and most globs cannot match a given file (Cargo.lock's glob, a path without that
 * name). The answer is picomatch's either way.
 */
function lazyGlob(glob: string): (file: string) => boolean {
  // A glob without a slash matches a base name at any depth, like .gitignore.
  const pattern = glob.includes('/') ? glob : `**/${glob}`;
  const needs = requiredText(pattern);
  let test: picomatch.Matcher | undefined;
  return (file) => {
    if (needs && !needs.every((text) => file.includes(text))) return false;
    test ??= picomatch(pattern, { dot: true, basename: false });
    return test(file);
  };
}

/** Compiles a glob list into a test: some positive glob matches and no `!` glob does. */
export function globList(globs: readonly string[]): (file: string) => string | undefined {
  const include = globs.filter((g) => !g.startsWith('!')).map((g) => ({ glob: g, test: lazyGlob(g) }));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => lazyGlob(g.slice(1)));
  return (file) => {
    const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (exclude.some((test) => test(normalized))) return undefined;
    return include.find(({ test }) => test(normalized))?.glob;
  };
}

const lower = (labels: readonly string[]): string[] => labels.map((l) => l.toLowerCase());

export function decideLane(change: Change, rules: LaneRules): { lane: Lane; reason: string } {
  const labels = lower(change.labels ?? []);
  const heavyLabel = lower(rules.heavyLabels).find((l) => labels.includes(l));
  if (heavyLabel) return { lane: 'HEAVY', reason: `label '${heavyLabel}'` };
  if (change.changedLines !== undefined && change.changedLines > rules.heavyDiffLines) {
    return { lane: 'HEAVY', reason: `${change.changedLines} changed lines (over ${rules.heavyDiffLines})` };
  }
  const docsLabel = lower(rules.docsLabels).find((l) => labels.includes(l));
  const files = change.files;
  if (files === undefined) {
    const unknown = `changed files unknown${change.unknownBecause ? `: ${change.unknownBecause}` : ''}`;
    // A person's docs label is the only knowledge left; without it the change is unknown.
    if (docsLabel) return { lane: 'DOCS', reason: `label '${docsLabel}' (${unknown})` };
    return { lane: 'STANDARD', reason: unknown };
  }
  const heavy = globList(rules.heavy);
  for (const file of files) {
    const glob = heavy(file);
    if (glob) return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
  }
  if (files.length === 0) return { lane: 'STANDARD', reason: 'no changed files' };
  const docs = globList(rules.docs);
  const other = files.find((file) => !docs(file));
  if (other === undefined) return { lane: 'DOCS', reason: `all ${files.length} changed files are docs` };
  return { lane: 'STANDARD', reason: `${other} is not docs` };
}
