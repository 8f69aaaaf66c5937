import { readChange } from '../adapters/changed-files.js';
import { loadConfig } from '../adapters/config-file.js';
import { getOctokit, repoFromEnv } from '../adapters/github.js';
import { inertJson, inertText } from '../runner/adapters/runner.js';
import { UserError } from '../core/errors.js';
import { decideLane, loadGlobs } from '../core/lanes.js';
import { stderrLogger } from './support.js';
import { wantsHelp, type CliCommand } from './verb.js';
import { int, list, parseFlags, str } from './flags.js';
import { inert } from '../core/text.js';

const HELP = `usage: ci-recovery lanes [--base REF] [--pr N] [--label L]... [--config FILE] [--json]

Decides the lane (DOCS, STANDARD, HEAVY) of the change in the current git checkout: the files changed since
the merge base with REF (a shallow clone is deepened as needed), PR labels and the diff size, with the lane
globs of the config. Without a base the change is unknown: STANDARD.

  --base REF      base branch or commit (default: $GITHUB_BASE_REF)
  --pr N          read files (when git cannot) and labels from pull request N; needs GITHUB_TOKEN and
                  GITHUB_REPOSITORY
  --label L       a PR label to take into account (repeatable)
  --config FILE   config file (default .github/ci-recovery.yml in the current directory, if any)
  --json          {"lane","reason","files","changedLines","labels"} on stdout

examples:
  ci-recovery lanes --base main
  GITHUB_TOKEN=$(gh auth token) GITHUB_REPOSITORY=o/r ci-recovery lanes --pr 42 --json`;

export default {
  async run(argv, { env, token }) {
    if (wantsHelp(argv)) {
      process.stdout.write(HELP + '\n');
      return 0;
    }
    const flags = parseFlags('lanes', argv, {
      base: 'string',
      pr: 'string',
      label: 'list',
      config: 'string',
      json: 'bool',
    });
    const pr = int(flags, 'pr', { min: 1, max: Number.MAX_SAFE_INTEGER });
    const base = str(flags, 'base') ?? env.baseRef;
    if (pr !== undefined && !token)
      throw new UserError(
        "--pr reads the pull request through GitHub's REST API and needs a token: set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)) and GITHUB_REPOSITORY=owner/repo",
      );
    const cwd = process.cwd();
    const { config } = await loadConfig(cwd, str(flags, 'config'));
    const change = await readChange({
      cwd,
      ...(base ? { base } : {}),
      ...(pr !== undefined && token
        ? { octokit: getOctokit(token, { logger: stderrLogger(env.debug) }), repo: repoFromEnv(env), pr }
        : {}),
    });
    const labels = [...(change.labels ?? []), ...(list(flags, 'label') ?? [])];
    const { lane, reason } = decideLane({ ...change, labels }, config.lanes, await loadGlobs());
    if (flags.json === true) {
      const out = {
        lane,
        reason,
        files: change.files ?? null,
        changedLines: change.changedLines ?? null,
        labels,
      };
      process.stdout.write(inertJson(out) + '\n');
    } else {
      const size = change.files
        ? `${change.files.length} file(s), ${change.changedLines ?? '?'} changed line(s)`
        : 'files unknown';
      process.stdout.write(
        // The base is an argument and the reason may quote it: one inert line, no raw line break.
        inertText(inert(`${lane}: ${reason} (${size}${base ? `, base ${base}` : ', no base'})`)) + '\n',
      );
    }
    return 0;
  },
} satisfies CliCommand;
