/**
 * The problem matchers the setup actions register for the rest of a job (`##[add-matcher]`), as their repositories
 * hold them: actions/setup-node @ ae0d4ed08881f17d1511386f5be3e62356acd4a6 (.github/tsc.json, eslint-stylish.json,
 * eslint-compact.json, added in that order by src/main.ts), actions/setup-python @
 * 5fda3b95a4ea91299a34e894583c3862153e4b97 (.github/python.json) and actions/setup-go @
 * fba3fb4ead8c8e09a06f1d32ae5436e5818eff15 (matchers.json). A line one matches is written to the job log as
 * `##[error]` (or `##[warning]`) and the line (runner-output.ts).
 */
import type { MatcherConfig } from './runner-output.js';

const TSC: MatcherConfig = {
  owner: 'tsc',
  pattern: [
    {
      regexp:
        '^([^\\s].*)[\\(:](\\d+)[,:](\\d+)(?:\\):\\s+|\\s+-\\s+)(error|warning|info)\\s+TS(\\d+)\\s*:\\s*(.*)$',
      severity: 4,
      message: 6,
    },
  ],
};

const ESLINT_STYLISH: MatcherConfig = {
  owner: 'eslint-stylish',
  pattern: [
    { regexp: '^\\s*([^\\s].*)$' },
    {
      regexp: '^\\s+(\\d+):(\\d+)\\s+(error|warning|info)\\s+(.*)\\s\\s+(.*)$',
      severity: 3,
      message: 4,
      loop: true,
    },
  ],
};

const ESLINT_COMPACT: MatcherConfig = {
  owner: 'eslint-compact',
  pattern: [
    {
      regexp:
        '^(.+):\\sline\\s(\\d+),\\scol\\s(\\d+),\\s([Ee]rror|[Ww]arning|[Ii]nfo)\\s-\\s(.+)\\s\\((.+)\\)$',
      severity: 4,
      message: 5,
    },
  ],
};

const PYTHON: MatcherConfig = {
  owner: 'python',
  pattern: [
    { regexp: '^\\s*File\\s\\"(.*)\\",\\sline\\s(\\d+),\\sin\\s(.*)$' },
    { regexp: "^\\s*raise\\s(.*)\\(\\'(.*)\\'\\)$", message: 2 },
  ],
};

const GO: MatcherConfig = {
  owner: 'go',
  pattern: [{ regexp: '^\\s*(.+\\.go):(?:(\\d+):(\\d+):)? (.*)', message: 4 }],
};

export type Setup = 'node' | 'python' | 'go';

/**
 * The matchers in the order the runner tries them: each `add-matcher` is put first (OutputManager.cs
 * OnMatcherChanged), so setup-node's last is tried first.
 */
export function setupMatchers(setups: readonly Setup[]): MatcherConfig[] {
  const added = setups.flatMap((s) =>
    s === 'node' ? [TSC, ESLINT_STYLISH, ESLINT_COMPACT] : s === 'python' ? [PYTHON] : [GO],
  );
  return added.reverse();
}
