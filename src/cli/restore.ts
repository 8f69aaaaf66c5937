import type { Logger } from '../runner/adapters/logger.js';
import {
  cliManifestCache,
  DEFAULT_CLI_STORE,
  type EnginePart,
  openCliStore,
  print,
  printJson,
  stderrLogger,
  stdoutToStderr,
} from './support.js';
import { list, parseFlags, str, type Flags } from './flags.js';
import { progressOnTerminal, withArchiveProgress, withFileCounts } from './progress.js';
import {
  parseRestoreVerify,
  RESTORE_VERIFY,
  shownChanges,
  type Manifest,
  type RestoreVerify,
} from '../checkpoint/index.js';
import {
  changeLines,
  load,
  newestReadable,
  restoreJournals,
  type CheckpointStore,
} from '../checkpoint/index.js';
import { UserError } from '../core/errors.js';
import type { JobEnv } from '../core/job-env.js';
import { wantsHelp, type CliCommand } from './verb.js';
import { inert } from '../core/text.js';

const HELP = `usage: ci-recovery restore [--name NAME] [options]

Restores a checkpoint (the newest when --name is not given). Every archive of its chain is verified in
a staging directory before anything in --dest changes; a refused restore changes nothing.
The checkpointed paths end up exactly as saved: entries below them that the checkpoint does not have are
deleted (what the save excluded is left alone; .git, .ci-recovery and the store are never touched,
whatever the checkpoint says). Use --dry-run first.

  --store SPEC      dir:PATH or artifact (default ${DEFAULT_CLI_STORE})
  --name NAME       checkpoint to restore
  --dest DIR        where to restore (default: current directory): inside the workspace (the current
                    directory, or GITHUB_WORKSPACE in a job), or a new or empty directory elsewhere;
                    never /, the home directory or a directory that contains the workspace
  --dest-outside-workspace
                    allow a --dest outside the workspace that is not empty
  --keep-special-modes
                    set setuid, setgid, sticky and world-writable bits as saved (dropped by default)
  --verify MODE     archive (default): each archive's sha256 against the manifest and every file's
                    size; full: every file's sha256 too. Files a checkpoint takes from its parent's
                    archive are always hashed (validate hashes every file)
  --paths P...      restore only these paths
  --dry-run         list what would be added, modified and deleted (a directory added or deleted whole
                    is listed without its contents); change nothing
  --repair          only finish restores into --dest that were killed: undo their half-made changes
                    from the journal in their staging directory (a restore does this first by itself);
                    it reads no archive, and puts back only what the journal kept
  --json            machine-readable result on stdout

examples:
  ci-recovery restore --name before-tests --dry-run
  ci-recovery restore --name before-tests --paths build
  ci-recovery restore --repair --dest .`;

export default {
  run: (argv, { env }) =>
    stdoutToStderr(async () => {
      if (wantsHelp(argv)) return (print(HELP), 0);
      const f = parseFlags('restore', argv, {
        store: 'string',
        name: 'string',
        dest: 'string',
        paths: 'list',
        'dry-run': 'bool',
        repair: 'bool',
        'dest-outside-workspace': 'bool',
        'keep-special-modes': 'bool',
        verify: 'string',
        json: 'bool',
      });
      const verify = verifyFlag(f);
      const journalDir = restoreJournals(env);
      if (f.repair) return repair(f, journalDir);
      // A named checkpoint needs the engine's restoring part alone (support.ts EnginePart), here and below;
      // finding the newest takes the store's listing, in the whole engine, and one part a process.
      const part: EnginePart = str(f, 'name') === undefined ? 'engine' : 'restoring';
      const store = await openCliStore(str(f, 'store'), env, part);
      const manifestCache = await cliManifestCache(store, env, part);
      const { restoreCheckpoint, leaveTopTierOut } = await load[part]();
      leaveTopTierOut(); // the process ends after this restore
      const logger = stderrLogger(env.debug);
      const checkpoint = str(f, 'name') ?? (await newestInStore(store, logger));
      const dryRun = f['dry-run'] === true;
      const progress = progressOnTerminal('restore', f.json === true, { countFiles: true });
      const r = await withFileCounts(
        progress,
        () =>
          restoreCheckpoint({
            store: withArchiveProgress(store, progress),
            checkpoint,
            ...destination(f, env),
            ...(journalDir ? { journalDir } : {}),
            keepSpecialModes: f['keep-special-modes'] === true,
            verify,
            ...(list(f, 'paths') ? { paths: list(f, 'paths') } : {}),
            dryRun,
            ...(manifestCache ? { manifestCache } : {}),
            logger: { ...logger, info: () => undefined },
          }),
        part,
      );
      const c = r.changes;
      if (f.json) {
        const { added, deleted } = shownChanges(c);
        printJson({
          id: r.manifest.id,
          restored: r.restored,
          dryRun,
          added,
          modified: c.modified,
          deleted,
          unchanged: c.unchanged,
          completedStages: r.manifest.completedStages,
        });
        return 0;
      }
      if (dryRun) changeLines(c).forEach((l) => print(inert(l)));
      print(
        `${dryRun ? 'would change' : 'restored'} ${inert(r.manifest.id)}: ${c.added.length} added, ${c.modified.length} modified, ${c.deleted.length} deleted, ${c.unchanged} unchanged`,
      );
      return 0;
    }),
} satisfies CliCommand;

/** The newest readable checkpoint in the store (the action's search over the whole store). */
async function newestInStore(store: CheckpointStore, logger: Logger): Promise<Manifest> {
  const { checkpointsNewestFirst } = await load.engine();
  const choice = await newestReadable(checkpointsNewestFirst(store));
  for (const p of choice.passedOver) logger.warning(`checkpoint ${p.id} is passed over: ${p.error}`);
  if (!choice.chosen)
    throw new UserError(
      `No checkpoints in ${store.spec}: save one with 'ci-recovery checkpoint --store ${store.spec} --name NAME --paths ...'.`,
    );
  return choice.chosen.manifest;
}

/** --dest, confined to the workspace unless --dest-outside-workspace (checkpoint/core/destination.ts). */
function destination(f: Flags, env: Pick<JobEnv, 'workspace'>) {
  return {
    dest: str(f, 'dest') ?? process.cwd(),
    workspace: env.workspace,
    destOutsideWorkspace: f['dest-outside-workspace'] === true,
    destInput: { input: '--dest', optIn: '--dest-outside-workspace' },
  };
}

/** --verify: archive (default) or full (checkpoint/core/verify.ts). */
function verifyFlag(f: Flags): RestoreVerify {
  const given = str(f, 'verify') ?? '';
  const verify = parseRestoreVerify(given);
  if (verify === undefined)
    throw new UserError(
      `--verify must be one of ${RESTORE_VERIFY.join(', ')}, got '${inert(given)}': 'archive' checks each archive's sha256 and every file's size, 'full' also every file's sha256.`,
    );
  return verify;
}

/** --repair: finishes killed restores into --dest from their journals. */
async function repair(f: Flags, journalDir: string | undefined): Promise<number> {
  const dest = str(f, 'dest') ?? process.cwd();
  const r = await (await load.engine()).repairDestination(dest, journalDir);
  if (f.json) return (printJson({ dest, ...r }), 0);
  for (const name of r.rolledBack) print(inert(`undone ${name}: ${dest} is as it was before that restore`));
  for (const name of r.removed) print(inert(`removed ${name} (nothing to undo)`));
  for (const name of r.inProgress) print(inert(`left ${name}: its restore is still running`));
  for (const name of r.stuck) print(inert(`kept ${name}: some files could not be put back; they are in it`));
  for (const name of r.foreign)
    print(
      inert(
        `left ${name} alone: no restore on this machine made it (it came with the files); nothing in it was used`,
      ),
    );
  print(inert(`${r.rolledBack.length + r.removed.length} interrupted restore(s) finished in ${dest}`));
  return r.stuck.length ? 1 : 0;
}
