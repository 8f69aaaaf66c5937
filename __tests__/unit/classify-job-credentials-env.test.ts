/**
 * A job set up without what its tool needs, in the tool's own words (config, never retried): a container
 * registry's 401 to a job that did not log in (rule registry-auth-required, distribution/distribution's errcode
 * as the docker CLI prints it) and `uv pip` with no virtual environment and no `--system` (rule uv-venv-missing,
 * astral-sh/uv's EnvironmentNotFound). Neither wording is in the corpus: both stand on the tools' published text.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

describe("a registry's 401 to a job that did not log in (rule registry-auth-required)", () => {
  // What `docker push` prints (moby distribution/push_v2.go's 'The push refers to repository [%s]', a layer's
  // progress), then the registry's error as distribution's errcode formats it; the image is made up.
  const push = [
    'The push refers to repository [docker.io/acme/app]',
    '5f70bf18a086: Preparing',
    'unauthorized: authentication required',
  ];

  test('is config, shown on the registry line, and not retried', () => {
    const result = classify({ log: failedRunLog('docker push acme/app:latest', push) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('registry-auth-required');
    expect(result.evidence?.text).toBe('unauthorized: authentication required');
    expect(retriedOnPr(result)).toBe(false);
  });

  test("a logged-in user's refusal stays job-setup-invalid's, and a test's words about authorization are not this", () => {
    const denied = 'denied: requested access to the resource is denied';
    const result = classify({
      log: failedRunLog('docker push acme/app:latest', [...push.slice(0, 2), denied]),
    });
    expect(result.rule).toBe('job-setup-invalid');
    const rules = defaultRuleSet();
    expect(ruleFires(rules, 'registry-auth-required', denied)).toBe(false);
    expect(ruleFires(rules, 'registry-auth-required', '  ✓ returns 401 unauthorized without a token')).toBe(
      false,
    );
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
