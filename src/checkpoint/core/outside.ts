/**
 * Paths outside the workspace a stage fills (package caches, toolchains), named explicitly by the `run/`
 * input `cache-paths`: `~/.m2`, `~/.cache/pip`, `$RUNNER_TOOL_CACHE/node`. Each is saved as its own
 * checkpoint and recorded in the workspace checkpoint's manifest as a root (`roots`), so the workspace's
 * confinement rules stay as they are and each root is restored only to the place its name says, and only
 * by a `run/` step that names it (main's resume restores the workspace alone).
 *
 * Only two bases: the home directory (`~/...`, never `~` itself) and the runner's tool cache
 * (`$RUNNER_TOOL_CACHE`, or a path inside it as `${{ runner.tool_cache }}` expands). Nothing else outside
 * the workspace, never `/`. Pure: the bases come from the job's environment.
 */
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { safeEntryPath } from '../../core/entry-paths.js';

export type RootBase = 'home' | 'tool-cache';

/** A path outside the workspace, named by its base and a normal relative path under it. */
export interface OutsideRoot {
  /** `home:.m2`, `tool-cache:node/20.1.0` (`tool-cache:.` for the whole tool cache). */
  name: string;
  /** As the user spells it: `~/.m2`, `$RUNNER_TOOL_CACHE/node`. */
  path: string;
}

/** A root as a workspace checkpoint's manifest records it. */
export interface RootRecord extends OutsideRoot {
  /** The checkpoint holding the root's files (a full one, restored into the root). */
  checkpoint: string;
  /** The completed stages that filled it: they skip themselves on resume only when it came back. */
  stages: string[];
}

export interface RootBases {
  /** HOME of the job. */
  home?: string;
  /** RUNNER_TOOL_CACHE of the job. */
  toolCache?: string;
}

const SPELLING: Record<RootBase, string> = { home: '~', 'tool-cache': '$RUNNER_TOOL_CACHE' };
const MAX_ROOTS = 20;

function root(base: RootBase, rel: string): OutsideRoot {
  return { name: `${base}:${rel}`, path: rel === '.' ? SPELLING[base] : `${SPELLING[base]}/${rel}` };
}

function relUnder(rel: string, entry: string, input: string): string {
  const trimmed = rel.replace(/^\/+|\/+$/g, '');
  if (trimmed === '' || trimmed === '.') return '.';
  if (/[*?[\]{}!]/.test(trimmed))
    throw new UserError(`${input}: '${entry}' has a glob: name each path outside the workspace exactly.`);
  try {
    return safeEntryPath(trimmed);
  } catch {
    throw new UserError(`${input}: '${entry}' is not a plain path below its base (no '..', no '//').`);
  }
}

/**
 * One `cache-paths` entry as a root. Refuses `/`, `~` itself, `~user`, globs, `..`, and absolute paths
 * outside the tool cache, each with the fix.
 */
export function parseOutsidePath(entry: string, bases: RootBases, input = 'cache-paths'): OutsideRoot {
  const e = entry.trim();
  const home = /^(?:~|\$HOME|\$\{HOME\})(\/.*)?$/.exec(e);
  if (home) {
    const rel = relUnder(home[1] ?? '', e, input);
    if (rel === '.')
      throw new UserError(
        `${input}: '${e}' is the whole home directory: name the caches in it (~/.m2, ~/.cache/pip).`,
      );
    return root('home', rel);
  }
  const tool = /^(?:\$RUNNER_TOOL_CACHE|\$\{RUNNER_TOOL_CACHE\})(\/.*)?$/.exec(e);
  if (tool) return root('tool-cache', relUnder(tool[1] ?? '', e, input));
  if (path.posix.isAbsolute(e) && bases.toolCache) {
    const rel = path.posix.relative(bases.toolCache, path.posix.normalize(e));
    if (rel === '' || (!rel.startsWith('..') && !path.posix.isAbsolute(rel)))
      return root('tool-cache', relUnder(rel, e, input));
  }
  throw new UserError(
    `${input}: '${e}' is not a path ci-recovery may restore outside the workspace: name it under the home directory (~/.m2) or the tool cache ($RUNNER_TOOL_CACHE/node); workspace paths go in checkpoint-paths.`,
  );
}

/** The absolute directory of `root` in this job, or why it has none (its base is not set). */
export function resolveRoot(r: Pick<OutsideRoot, 'name'>, bases: RootBases): { dir?: string; base?: string } {
  const [base, rel = ''] = splitName(r.name);
  const dir = base === 'home' ? bases.home : base === 'tool-cache' ? bases.toolCache : undefined;
  if (!dir || !path.isAbsolute(dir) || path.resolve(dir) === path.parse(dir).root) return {};
  return { dir: rel === '.' ? path.resolve(dir) : path.resolve(dir, rel), base: path.resolve(dir) };
}

function splitName(name: string): [string, string | undefined] {
  const at = name.indexOf(':');
  return at < 0 ? [name, undefined] : [name.slice(0, at), name.slice(at + 1)];
}

/** A root that would hold the workspace or the runner's temp directory is refused (they are not caches). */
export function rootOverlaps(dir: string, others: readonly string[]): string | undefined {
  return others.find((o) => {
    const rel = path.relative(dir, o);
    const within = path.relative(o, dir);
    return rel === '' || !rel.startsWith('..') || within === '' || !within.startsWith('..');
  });
}

/**
 * The `roots` of a manifest (untrusted): each a known base and a safe relative path, its spelling derived
 * from its name, a valid checkpoint id, and its stages. Throws a message naming the first bad field.
 */
export function checkedRootRecords(
  value: unknown,
  isValidId: (id: string) => boolean,
): RootRecord[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_ROOTS)
    throw new Error(`'roots' must be a list of at most ${MAX_ROOTS} roots`);
  return value.map((v, i): RootRecord => {
    const r = v as Partial<RootRecord> | null;
    const [base, rel] = splitName(typeof r?.name === 'string' ? r.name : '');
    if ((base !== 'home' && base !== 'tool-cache') || rel === undefined)
      throw new Error(`'roots[${i}].name' must be home:<path> or tool-cache:<path>`);
    const relOk = rel === '.' ? base === 'tool-cache' : safeRel(rel);
    if (!relOk) throw new Error(`'roots[${i}].name' names an unsafe path`);
    const expected = root(base, rel);
    if (r?.path !== expected.path) throw new Error(`'roots[${i}].path' must be '${expected.path}'`);
    if (typeof r.checkpoint !== 'string' || !isValidId(r.checkpoint))
      throw new Error(`'roots[${i}].checkpoint' must be a checkpoint id`);
    if (!Array.isArray(r.stages) || !r.stages.every((s) => typeof s === 'string'))
      throw new Error(`'roots[${i}].stages' must be a list of stage names`);
    return { ...expected, checkpoint: r.checkpoint, stages: [...r.stages] };
  });
}

function safeRel(rel: string): boolean {
  try {
    return safeEntryPath(rel) === rel;
  } catch {
    // not a safe relative path: not one
    return false;
  }
}

/** Roots to save with the next checkpoint: each declared root of a completed stage once, with its stages. */
export function rootsToSave(
  cachePaths: Readonly<Record<string, readonly string[]>>,
  completedStages: readonly string[],
  bases: RootBases,
): { roots: (OutsideRoot & { stages: string[] })[]; refused: string[] } {
  const byName = new Map<string, OutsideRoot & { stages: string[] }>();
  const refused: string[] = [];
  for (const stage of completedStages) {
    for (const entry of cachePaths[stage] ?? []) {
      try {
        const r = parseOutsidePath(entry, bases);
        const known = byName.get(r.name) ?? { ...r, stages: [] };
        if (!known.stages.includes(stage)) known.stages.push(stage);
        byName.set(r.name, known);
      } catch (error) {
        refused.push((error as Error).message);
      }
    }
  }
  return { roots: [...byName.values()].slice(0, MAX_ROOTS), refused };
}
