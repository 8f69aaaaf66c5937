import { load } from '../checkpoint/index.js';
import {
  bytes,
  DEFAULT_CLI_STORE,
  openCliStore,
  print,
  printJson,
  table,
  stdoutToStderr,
} from './support.js';
import { parseFlags, str } from './flags.js';
import { wantsHelp, type CliCommand } from './verb.js';
import { inert } from '../core/text.js';

const HELP = `usage: ci-recovery list [--store SPEC] [--json]

Lists the checkpoints in a store, oldest first.

  --store SPEC      dir:PATH or artifact (default ${DEFAULT_CLI_STORE})
  --json            machine-readable result on stdout

example:
  ci-recovery list --store dir:/tmp/checkpoints`;

export default {
  run: (argv, { env }) =>
    stdoutToStderr(async () => {
      if (wantsHelp(argv)) return (print(HELP), 0);
      const f = parseFlags('list', argv, { store: 'string', json: 'bool' });
      const store = await openCliStore(str(f, 'store'), env);
      const { listCheckpoints } = await load.engine();
      const items = await listCheckpoints(store);
      const rows = items.map((c) => {
        const m = c.summary;
        if (!m) return { id: c.id, error: c.error };
        const s = m.stats;
        return {
          id: c.id,
          kind: m.kind,
          parent: m.parent ?? null,
          stage: m.stage,
          job: m.job,
          runId: m.runId,
          attempt: m.attempt,
          createdAt: m.createdAt,
          files: s.files,
          bytes: s.bytes,
          changed: s.changed,
          deleted: s.deleted,
          archiveBytes: m.archive.size,
          compression: m.archive.compression,
          completedStages: m.completedStages,
        };
      });
      if (f.json) return (printJson(rows), 0);
      if (rows.length === 0) return (print(`no checkpoints in ${inert(store.spec)}`), 0);
      print(
        table([
          ['NAME', 'KIND', 'STAGE', 'ATTEMPT', 'FILES', 'SIZE', 'ARCHIVE', 'CREATED'],
          // A store's text (names, stages, times: anyone who can write a dir: store wrote them) goes out inert.
          ...rows.map((r) =>
            ('error' in r
              ? [r.id, 'unreadable', r.error ?? '', '', '', '', '', '']
              : [
                  r.id,
                  r.kind,
                  r.stage,
                  String(r.attempt),
                  String(r.files),
                  bytes(r.bytes),
                  bytes(r.archiveBytes),
                  r.createdAt,
                ]
            ).map(inert),
          ),
        ]),
      );
      return 0;
    }),
} satisfies CliCommand;
