import { parseArgs } from 'node:util';
import { readChange } from '../adapters/changed-files.js';
import { loadConfig } from '../adapters/config-file.js';
import { getOctokit, repoFromEnv } from '../adapters/github.js';
import { UserError } from '../core/errors.js';
import { decideLane } from '../core/lanes.js';
import type { CliCommand } from './commands.js';

const HELP = `usage: ci-recovery lanes [--base REF] [--pr N] [--label L]... [--config FILE] [--json]

Decides the lane (DOCS, STANDARD, HEAVY) of the change in the current git checkout: the files changed since
the merge base with REF (a shallow clone is deepened as needed), PR labels and the diff size, with the lane
globs of the config. Without a base the change is unknown: STANDARD.

  --base REF      base branch or commit (default: $GITHUB_BASE_REF)
  --pr N          read files (when git cannot) and labels from pull request N; needs GITHUB_TOKEN and
                  GITHUB_REPOSITORY
  --label L       a PR label to take into account (repeatable)
  --config FILE   config file (default .github/ci-recovery.yml in the current directory, if any)
  --json          {"lane","reason","files","changedLines","labels"} on stdout`;

export default {
  summary: 'decide the lane (DOCS, STANDARD, HEAVY) of the change in the current checkout',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        base: { type: 'string' },
        pr: { type: 'string' },
        label: { type: 'string', multiple: true },
        config: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(HELP + '\n');
      return 0;
    }
    let pr: number | undefined;
    if (values.pr !== undefined) {
      pr = Number(values.pr);
      if (!Number.isInteger(pr) || pr < 1)
        throw new UserError(`--pr '${values.pr}' is not valid; write a pull request number`);
    }
    const base = values.base ?? (process.env.GITHUB_BASE_REF || undefined);
    const token = process.env.GITHUB_TOKEN;
    if (pr !== undefined && !token) throw new UserError('--pr needs a token: set GITHUB_TOKEN');
    const cwd = process.cwd();
    const { config } = await loadConfig(cwd, values.config);
    const change = await readChange({
      cwd,
      ...(base ? { base } : {}),
      ...(pr !== undefined && token ? { octokit: getOctokit(token), repo: repoFromEnv(), pr } : {}),
    });
    const labels = [...(change.labels ?? []), ...(values.label ?? [])];
    const { lane, reason } = decideLane({ ...change, labels }, config.lanes);
    if (values.json) {
      const out = {
        lane,
        reason,
        files: change.files ?? null,
        changedLines: change.changedLines ?? null,
        labels,
      };
      process.stdout.write(JSON.stringify(out) + '\n');
    } else {
      const size = change.files
        ? `${change.files.length} file(s), ${change.changedLines ?? '?'} changed line(s)`
        : 'files unknown';
      process.stdout.write(`${lane}: ${reason} (${size}${base ? `, base ${base}` : ', no base'})\n`);
    }
    return 0;
  },
} satisfies CliCommand;
