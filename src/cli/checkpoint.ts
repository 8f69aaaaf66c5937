import path from 'node:path';
// The modules themselves, not the index: a save needs none of restore, resume or their git client.
import { newestCheckpointOver } from '../adapters/checkpoint/manage.js';
import { resolveCheckpointPaths } from '../adapters/checkpoint/path-globs.js';
import { loadManifest, saveCheckpoint } from '../adapters/checkpoint/save.js';
import { inertText } from '../adapters/runner.js';
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
import { isValidId, type Manifest } from '../core/checkpoint/index.js';
import { excludeFor, LOCAL_RUN_ID } from '../core/checkpoint/step.js';
import { UsageError, UserError } from '../core/errors.js';
import { wantsHelp, type CliCommand } from './verb.js';

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
        cwd: 'string',
        json: 'bool',
      });
      const name = str(f, 'name');
      if (!name)
        throw new UsageError("'--name' is required: the checkpoint's name, e.g. --name before-tests");
      if (!isValidId(name))
        throw new UsageError(
          `'--name ${name}' is not a valid name: use letters, digits, '.', '_' and '-' (at most 200).`,
        );
      const store = await openCliStore(str(f, 'store'), env);
      const manifestCache = cliManifestCache(store, env);
      const cwd = path.resolve(str(f, 'cwd') ?? process.cwd());
      const patterns = list(f, 'paths') ?? ['.'];
      const includeHidden = f['include-hidden-files'] === true;
      const resolved = resolveCheckpointPaths(cwd, patterns, { includeHidden });
      if (!resolved.roots.length)
        throw new UserError(`No files match --paths ${patterns.join(' ')} in ${cwd}; nothing was saved.`);
      if (resolved.unmatched.length)
        process.stderr.write(
          inertText(`warning: --paths that match nothing: ${resolved.unmatched.join(' ')}`) + '\n',
        );
      const paths = resolved.roots;
      const exclude = excludeFor(list(f, 'exclude'), resolved.exclude, '--exclude');
      let parent: string | Manifest | undefined = str(f, 'parent');
      if (!parent && !f.full)
        parent = await newestCheckpointOver(store, paths, name, (id) =>
          loadManifest(store, id, manifestCache, cwd),
        );
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
          meta: { stage: str(f, 'stage') ?? name, job: 'cli', runId: LOCAL_RUN_ID, attempt: 1 },
          ...(manifestCache ? { manifestCache } : {}),
          logger: { ...logger, info: () => undefined },
        }),
      );
      const m = r.manifest;
      const out = {
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
        timings: m.timings,
      };
      if (f.json) printJson(out);
      else
        print(
          `${m.id}: ${m.kind}${m.parent ? ` on ${m.parent}` : ''}, ${r.files} files (${bytes(r.bytes)}), stored ${r.stored} entries (${bytes(r.storedBytes)}) in ${bytes(m.archive.size)} ${m.archive.compression}, ${m.deleted.length} deleted, ${m.timings.totalMs} ms`,
        );
      return 0;
    }),
} satisfies CliCommand;
