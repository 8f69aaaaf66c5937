import { load } from '../checkpoint/index.js';
import { DEFAULT_CLI_STORE, openCliStore, print, printJson, stdoutToStderr } from './support.js';
import { parseFlags, str } from './flags.js';
import { progressOnTerminal, withArchiveProgress } from './progress.js';
import { wantsHelp, type CliCommand } from './verb.js';
import { inert } from '../core/text.js';

const HELP = `usage: ci-recovery validate [--store SPEC] [--name NAME] [--json]

Reads every archive a checkpoint needs and checks every entry's path, every file's size and sha256 and
each archive's digest, writing nothing. Without --name, validates every checkpoint. Exit code 1 if any
checkpoint is bad.

  --store SPEC      dir:PATH or artifact (default ${DEFAULT_CLI_STORE})
  --name NAME       validate only this checkpoint
  --json            machine-readable result on stdout

example:
  ci-recovery validate --name before-tests`;

export default {
  run: (argv, { env }) =>
    stdoutToStderr(async () => {
      if (wantsHelp(argv)) return (print(HELP), 0);
      const f = parseFlags('validate', argv, { store: 'string', name: 'string', json: 'bool' });
      const store = await openCliStore(str(f, 'store'), env);
      const { listCheckpoints, validateCheckpoint } = await load.engine();
      const name = str(f, 'name');
      const ids = name ? [name] : (await listCheckpoints(store)).map((c) => c.id);
      const progress = progressOnTerminal('validate', f.json === true, {
        countFiles: true,
        total: ids.length,
        unit: 'checkpoints',
      });
      const counted = withArchiveProgress(store, progress);
      const results = [];
      try {
        for (const id of ids) {
          results.push(await validateCheckpoint(counted, id));
          progress?.add(1, 0);
        }
      } finally {
        progress?.done();
      }
      if (f.json) printJson(results);
      else {
        for (const r of results)
          print(
            r.ok
              ? `ok   ${inert(r.id)} (${r.files} files, ${r.archives.length} archive(s))`
              : `BAD  ${inert(r.id)}: ${inert(r.problems.join('; '))}`,
          );
        if (results.length === 0) print(`no checkpoints in ${inert(store.spec)}`);
      }
      return results.every((r) => r.ok) ? 0 : 1;
    }),
} satisfies CliCommand;
