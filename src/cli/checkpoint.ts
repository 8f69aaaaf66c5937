import path from 'node:path';
// The modules themselves, not the index: a save needs none of restore, resume or their git client.
import { inertText } from '../runner/adapters/runner.js';
import {
  bytes,
  cliManifestCache,
  DEFAULT_CLI_STORE,
  openCliStore,
  print,
  printJson,
  stderrLogger,
  stdoutToStderr,
} from './support.js';
import { list, parseFlags, str } from './flags.js';
import { progressOnTerminal, withArchiveProgress, withFileCounts } from './progress.js';
import {
  isValidId,
  reservedNameProblem,
  keyedPathProblems,
  normalKeyedPaths,
  type KeyedPath,
  type Manifest,
} from '../checkpoint/index.js';
import { excludeFor, load, LOCAL_RUN_ID, type SaveResult } from '../checkpoint/index.js';
import { UsageError, UserError } from '../core/errors.js';
import { wantsHelp, type CliCommand } from './verb.js';
import { inert, stageNameProblem } from '../core/text.js';
import { checkpointHead } from './head.js';

const HELP = `usage: ci-recovery checkpoint --name NAME --paths P... [options]

Saves a checkpoint of the given paths. Incremental against the newest checkpoint of the same paths in
the store, unless --full or --parent is given.

  --store SPEC      dir:PATH or artifact (default ${DEFAULT_CLI_STORE})
  --name NAME       checkpoint name (letters, digits, . _ -)
  --paths P...      paths or quoted globs relative to --cwd, '!GLOB' to leave out (default .)
  --exclude G...    globs to leave out, on top of .git, .ci-recovery and hidden names
  --include-hidden-files
                    keep hidden files and directories (.env, .cache) below the paths; .git stays
                    out unless a path names it
  --stage NAME      stage recorded in the manifest (default: the name)
  --parent NAME     incremental against this checkpoint
  --full            store everything
  --keyed P=F...    keep directory P once per content of the files F (comma-separated globs), as
                    actions/cache keys it: --keyed node_modules=package-lock.json. The first
                    checkpoint of a key packs P into an entry beside a dir: store (in the cache
                    service on a runner); later ones take it from there when P still matches it
  --keyed-verify V  how P is compared with its entry: stat (default: path, type, mode, size, link
                    for an entry this save published; content for any other) or content (always)
  --cwd DIR         workspace (default: current directory)
  --json            machine-readable result on stdout

example:
  ci-recovery checkpoint --name before-tests --paths build node_modules`;

export default {
  run: (argv, { env }) =>
    stdoutToStderr(async () => {
      if (wantsHelp(argv)) return (print(HELP), 0);
      const f = parseFlags('checkpoint', argv, {
        store: 'string',
        name: 'string',
        paths: 'list',
        exclude: 'list',
        stage: 'string',
        parent: 'string',
        full: 'bool',
        'include-hidden-files': 'bool',
        keyed: 'list',
        'keyed-verify': 'string',
        cwd: 'string',
        json: 'bool',
      });
      const name = str(f, 'name');
      if (!name)
        throw new UsageError("'--name' is required: the checkpoint's name, e.g. --name before-tests");
      if (!isValidId(name))
        throw new UsageError(
          `'--name ${inert(name)}' is not a valid name: use letters, digits, '.', '_' and '-' (at most 200).`,
        );
      const reserved = reservedNameProblem(name, '--name');
      if (reserved) throw new UsageError(reserved);
      const stage = stageFlag(str(f, 'stage')) ?? name;
      const store = await openCliStore(str(f, 'store'), env);
      const manifestCache = await cliManifestCache(store, env);
      const { newestCheckpointOver, resolveCheckpointPaths, loadManifest, saveCheckpoint, leaveTopTierOut } =
        await load.engine();
      leaveTopTierOut(); // the process ends after this save
      const cwd = path.resolve(str(f, 'cwd') ?? process.cwd());
      const patterns = list(f, 'paths') ?? ['.'];
      const includeHidden = f['include-hidden-files'] === true;
      const resolved = resolveCheckpointPaths(cwd, patterns, { includeHidden });
      if (!resolved.roots.length)
        throw new UserError(`No files match --paths ${patterns.join(' ')} in ${cwd}; nothing was saved.`);
      if (resolved.unmatched.length)
        process.stderr.write(
          inertText(inert(`warning: --paths that match nothing: ${resolved.unmatched.join(' ')}`)) + '\n',
        );
      const paths = resolved.roots;
      const keyed = keyedFlags(list(f, 'keyed') ?? [], str(f, 'keyed-verify'), paths);
      const exclude = excludeFor(list(f, 'exclude'), resolved.exclude, '--exclude');
      let parent: string | Manifest | undefined = str(f, 'parent');
      if (!parent && !f.full)
        parent = await newestCheckpointOver(store, paths, name, (id) =>
          loadManifest(store, id, manifestCache, cwd),
        );
      // The commit and branch it was taken at, as a job's checkpoint records them (head.ts).
      const head = await checkpointHead(env, cwd);
      const logger = stderrLogger(env.debug);
      const progress = progressOnTerminal('checkpoint', f.json === true, { countFiles: true });
      const r = await withFileCounts(progress, () =>
        saveCheckpoint({
          store: withArchiveProgress(store, progress),
          workspace: cwd,
          paths,
          id: name,
          ...(parent ? { parent } : {}),
          full: f.full === true,
          ...(exclude?.length ? { exclude } : {}),
          includeHidden,
          keyed,
          meta: { stage, job: 'cli', runId: LOCAL_RUN_ID, attempt: 1, ...head },
          ...(manifestCache ? { manifestCache } : {}),
          logger: { ...logger, info: () => undefined },
        }),
      );
      printSaved(r, f.json === true);
      return 0;
    }),
} satisfies CliCommand;

/** What a save did: one line (and one per keyed path), or the JSON result. */
/** `--stage`, under the stage-name rules (a line break or a comma in it is a usage error naming the flag). */
function stageFlag(stage: string | undefined): string | undefined {
  if (stage === undefined) return undefined;
  const problem = stageNameProblem(stage);
  if (problem)
    throw new UsageError(
      `--stage '${inert(stage)}' is not a valid stage name: ${problem}. Write one line of at most 100 characters without commas, e.g. --stage build.`,
    );
  return stage;
}

function printSaved(r: SaveResult, asJson: boolean): void {
  const m = r.manifest;
  if (asJson)
    return printJson({
      id: m.id,
      kind: m.kind,
      parent: m.parent ?? null,
      files: r.files,
      bytes: r.bytes,
      stored: r.stored,
      storedBytes: r.storedBytes,
      deleted: m.deleted.length,
      leftOut: m.leftOut ?? 0,
      archive: m.archive,
      keyed: r.keyed ?? [],
      timings: m.timings,
    });
  print(
    `${m.id}: ${m.kind}${m.parent ? ` on ${m.parent}` : ''}, ${r.files} files (${bytes(r.bytes)}), stored ${r.stored} entries (${bytes(r.storedBytes)}) in ${bytes(m.archive.size)} ${m.archive.compression}, ${m.deleted.length} deleted, ${m.timings.totalMs} ms`,
  );
  for (const k of r.keyed ?? []) print(inert(`  keyed ${k.path}: ${k.outcome} (${k.key})`));
}

/** `--keyed PATH=GLOB,GLOB` as the config's `checkpoint.keyed`, checked the same way. */
function keyedFlags(
  specs: readonly string[],
  verify: string | undefined,
  paths: readonly string[],
): KeyedPath[] {
  if (verify !== undefined && verify !== 'stat' && verify !== 'content')
    throw new UsageError(`--keyed-verify '${verify}' is not valid; write stat or content`);
  const keyed = specs.map((spec): KeyedPath => {
    const at = spec.indexOf('=');
    const hashFiles = spec
      .slice(at + 1)
      .split(',')
      .filter(Boolean);
    if (at <= 0 || hashFiles.length === 0)
      throw new UsageError(
        `--keyed '${spec}' is not valid; write the directory, '=' and the files that decide it, e.g. --keyed node_modules=package-lock.json`,
      );
    return { path: spec.slice(0, at), hashFiles, ...(verify ? { verify } : {}) };
  });
  const problem = keyedPathProblems(keyed, paths)[0];
  if (problem)
    throw new UsageError(
      `--keyed '${specs[problem.index]}': ${problem.detail.replace('checkpoint.paths', '--paths')}`,
    );
  return normalKeyedPaths(keyed);
}
