/**
 * A job set up without what its tool needs, in the tool's own words (config, never retried): `uv pip` with no
 * virtual environment and no `--system` (rule uv-venv-missing, astral-sh/uv's EnvironmentNotFound), a wording
 * not in the corpus. A container registry's 401 is not typed config: the registry also says it when it fails.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

describe("a registry's 401 is no rule's: Docker Hub answers it now and then to pulls of public images", () => {
  // docker/hub-feedback#1692 and moby/moby#34365: intermittent 401s on public pulls, and a token expiring
  // during a slow pull. A rule typing it config would have a default branch's re-run confirm a "breakage"
  // during a Hub incident and revert an innocent commit.
  test('a pull or push ending on it is not typed config', () => {
    for (const [run, output] of [
      [
        'docker pull node:22',
        [
          '22: Pulling from library/node',
          '5f70bf18a086: Downloading',
          'unauthorized: authentication required',
        ],
      ],
      [
        'docker run --rm node:22 node -v',
        ['docker: Error response from daemon: unauthorized: authentication required.'],
      ],
      [
        'docker push acme/app:latest',
        ['The push refers to repository [docker.io/acme/app]', 'unauthorized: authentication required'],
      ],
    ] as const)
      expect(classify({ log: failedRunLog(run, [...output]) }).type).not.toBe('config');
  });
});

describe('uv pip with no virtual environment (rule uv-venv-missing)', () => {
  // uv colours `uv venv` and `--system` green (owo_colors); the normalized line is what the rule reads.
  const green = (s: string): string => `\u001b[32m${s}\u001b[39m`;
  const line =
    `error: No virtual environment found; run \`${green('uv venv')}\` to create an environment, ` +
    `or pass \`${green('--system')}\` to install into a non-virtual environment`;

  test('is config, not a package that failed to install, even with its colours', () => {
    const result = classify({ log: failedRunLog('uv pip install -r requirements.txt', [line]) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('uv-venv-missing');
    expect(retriedOnPr(result)).toBe(false);
  });

  test("uv's search for any interpreter (no `--system` advice) is not this rule's", () => {
    const any =
      'error: No virtual environment or system Python installation found; run `uv venv` to create an environment';
    expect(ruleFires(defaultRuleSet(), 'uv-venv-missing', any)).toBe(false);
  });
});
