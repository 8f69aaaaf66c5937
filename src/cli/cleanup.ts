import {
  cliManifestCache,
  DEFAULT_CLI_STORE,
  openCliStore,
  print,
  printJson,
  stderrLogger,
  stdoutToStderr,
} from './support.js';
import { load, restoreJournals } from '../checkpoint/index.js';
import { int, parseFlags, str } from './flags.js';
import { DEFAULT_CONFIG } from '../core/config.js';
import { wantsHelp, type CliCommand } from './verb.js';
import { inert } from '../core/text.js';

const HELP = `usage: ci-recovery cleanup [--store SPEC] [--retention-days N] [--dest DIR] [--dry-run] [--json]

Deletes checkpoints older than the retention, except those a younger checkpoint's chain still needs.
Never deletes rollback records (ci-recovery-rollback-*). Also removes what killed saves left in the
store (archives without manifest, partial files; never those of a save still running) and finishes
restores into --dest that were killed (undone from their journal, staging removed). Beside a dir: store,
keyed entries (checkpoint.keyed) that no remaining checkpoint takes files from and that no save looked up
within the retention are deleted too, and a keyed entry whose publication was refused or killed is
published again by the next save.

  --store SPEC          dir:PATH or artifact (default ${DEFAULT_CLI_STORE})
  --retention-days N    keep checkpoints younger than N days (default ${DEFAULT_CONFIG.checkpoint.retentionDays})
  --dest DIR            workspace whose interrupted restores to finish (default: current directory)
  --dry-run             list what would be deleted
  --json                machine-readable result on stdout

example:
  ci-recovery cleanup --retention-days 3 --dry-run`;

export default {
  run: (argv, { env }) =>
    stdoutToStderr(async () => {
      if (wantsHelp(argv)) return (print(HELP), 0);
      const f = parseFlags('cleanup', argv, {
        store: 'string',
        'retention-days': 'string',
        dest: 'string',
        'dry-run': 'bool',
        json: 'bool',
      });
      const retentionDays =
        int(f, 'retention-days', { min: 0, max: 36500 }) ?? DEFAULT_CONFIG.checkpoint.retentionDays;
      const store = await openCliStore(str(f, 'store'), env);
      const { cleanupCheckpoints, forgetPublishNotes } = await load.engine();
      const dryRun = f['dry-run'] === true;
      const dest = str(f, 'dest') ?? process.cwd();
      const journalDir = restoreJournals(env);
      const r = await cleanupCheckpoints(store, {
        retentionDays,
        dryRun,
        dest,
        ...(journalDir ? { journalDir } : {}),
        logger: { ...stderrLogger(env.debug), info: () => undefined },
      });
      // The local manifests' notes of publications tried (keyed.ts): the next save tries those keys again.
      const manifests = await cliManifestCache(store, env);
      const republish = manifests ? await forgetPublishNotes(manifests, dryRun) : [];
      if (f.json) return (printJson({ dryRun, retentionDays, ...r, republish }), 0);
      for (const id of r.deleted) print(inert(`${dryRun ? 'would delete' : 'deleted'} ${id}`));
      for (const name of r.leftovers) print(inert(`${dryRun ? 'would delete' : 'deleted'} leftover ${name}`));
      for (const name of r.debris) print(inert(`${dryRun ? 'would delete' : 'deleted'} unfinished ${name}`));
      for (const id of r.keyedEntries)
        print(inert(`${dryRun ? 'would delete' : 'deleted'} unused keyed entry ${id}`));
      for (const name of r.staging) print(inert(`finished interrupted restore ${name}`));
      for (const name of republish)
        print(
          inert(
            `${dryRun ? 'would publish' : 'the next save publishes'} keyed entry ${name.replace(/\.[^.]+$/, '')} again`,
          ),
        );
      for (const id of r.keptForChain) print(inert(`kept ${id} (a younger checkpoint needs it)`));
      print(
        inert(
          `${r.deleted.length} checkpoint(s) ${dryRun ? 'to delete' : 'deleted'}, retention ${retentionDays} day(s)`,
        ),
      );
      return 0;
    }),
} satisfies CliCommand;
