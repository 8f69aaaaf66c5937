/**
 * The lane of a change: DOCS, STANDARD or HEAVY, from the changed files, PR labels and diff size. Globs are
 * picomatch globs; a glob starting with `!` excludes what the others include (it never adds: see
 * dorny/paths-filter#97). A glob without a slash matches the file's base name anywhere (`*.md`).
 */
import type picomatch from 'picomatch';
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
  /**
   * The API's list only: why git, where it can tell, may say otherwise (renamed files, whose lines git counts
   * and the API does not; a list shorter than the PR's count), so git's answer is still worth waiting for.
   */
  notAsGit?: string;
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
 * picomatch, which compiles the globs. Its module (~60 KB) is loaded by the caller (`loadGlobs`) only when
 * `compilesGlobs` says a file may match some glob: most changes' files hold no glob's required text, and
 * main then compiles neither the globs nor picomatch itself (~6 ms of its CPU, issue 67).
 */
export type GlobCompiler = typeof picomatch;

export async function loadGlobs(): Promise<GlobCompiler> {
  return (await import('picomatch')).default;
}

/** A glob as it is matched: one without a slash matches a base name at any depth, like .gitignore. */
const patternOf = (glob: string): string => (glob.includes('/') ? glob : `**/${glob}`);

/** Whether `file` may match the glob whose required text is `needs` (undefined: any file may). */
const mayMatch = (needs: string[] | undefined, file: string): boolean =>
  !needs || needs.every((text) => file.includes(text));

/** A file as the globs see it: forward slashes, no leading `./`. */
const normalize = (file: string): string => file.replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * A glob's test, compiled at its first use by a file that holds its required text: picomatch compiles each
 * glob into a regular expression (~0.1 ms each, ~5 ms of main's CPU for the default lane rules' 39 on
 * every job, issue 67), and most globs cannot match a given file (Cargo.lock's glob, a path without that
 * name). The answer is picomatch's either way.
 */
function lazyGlob(glob: string, compile: GlobCompiler | undefined): (file: string) => boolean {
  const pattern = patternOf(glob);
  const needs = requiredText(pattern);
  let test: picomatch.Matcher | undefined;
  return (file) => {
    if (!mayMatch(needs, file)) return false;
    if (!compile) throw new Error(`the lane glob '${glob}' is to be compiled, and picomatch was not loaded`);
    test ??= compile(pattern, { dot: true, basename: false });
    return test(file);
  };
}

/**
 * Whether deciding the lane of `files` compiles some glob of `rules`: whether some file holds a glob's
 * required text (or a glob has none). When it does not, `decideLane` needs no compiler.
 */
export function compilesGlobs(files: readonly string[] | undefined, rules: LaneRules): boolean {
  if (!files) return false;
  const needs = [...rules.heavy, ...rules.docs].map((g) => requiredText(patternOf(g.replace(/^!/, ''))));
  return files.some((file) => needs.some((n) => mayMatch(n, normalize(file))));
}

/**
 * Compiles a glob list into a test: some positive glob matches and no `!` glob does. `compile` may be left
 * out where `compilesGlobs` says no glob is compiled for the files tested.
 */
export function globList(
  globs: readonly string[],
  compile: GlobCompiler | undefined,
): (file: string) => string | undefined {
  const include = globs
    .filter((g) => !g.startsWith('!'))
    .map((g) => ({ glob: g, test: lazyGlob(g, compile) }));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => lazyGlob(g.slice(1), compile));
  return (file) => {
    const normalized = normalize(file);
    if (exclude.some((test) => test(normalized))) return undefined;
    return include.find(({ test }) => test(normalized))?.glob;
  };
}

const lower = (labels: readonly string[]): string[] => labels.map((l) => l.toLowerCase());

/** The lane; `compile` may be left out where `compilesGlobs` says the change's files compile no glob. */
export function decideLane(
  change: Change,
  rules: LaneRules,
  compile: GlobCompiler | undefined,
): { lane: Lane; reason: string } {
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
  const heavy = globList(rules.heavy, compile);
  for (const file of files) {
    const glob = heavy(file);
    if (glob) return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
  }
  if (files.length === 0) return { lane: 'STANDARD', reason: 'no changed files' };
  const docs = globList(rules.docs, compile);
  const other = files.find((file) => !docs(file));
  if (other === undefined) return { lane: 'DOCS', reason: `all ${files.length} changed files are docs` };
  return { lane: 'STANDARD', reason: `${other} is not docs` };
}
