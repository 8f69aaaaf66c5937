/**
 * Containers, infrastructure and deploys on their tools' own published lines (`__tests__/published-infra-battery.ts`,
 * each wording cited to its source there), as whole GitHub Actions steps: every failure typed as a person would
 * label it, retried only when transient, the line shown stating the cause and never the step's echo or a wrapper;
 * a passing look-alike, inside a job whose later step fails saying nothing, gives `unknown`, not retried.
 */
import { classify } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr, runAttemptVerdict } from '../classify-logs.js';
import { expectVerdict, passedThenFailed } from '../e2e/real-verdicts.js';
import { INFRA_CASES, infraLog, infraStep, stepText, type InfraCase } from '../published-infra-battery.js';

/**
 * Docker's, Helm's and the runner's wrappers: they say a step failed, never why. An action's own `##[error]` line
 * (core.setFailed with its message) is its cause line; the runner's exit line is not.
 */
const WRAPPER =
  /^##\[group\]|^##\[error\]Process completed with exit code|^shell: |did not complete successfully: exit code|^Error: \d+ chart\(s\) linted/;

describe('containers, infrastructure and deploys as their tools print them', () => {
  const failing = INFRA_CASES.filter((c) => c.type !== null);
  test.each(failing.map((c) => [c.name, c]))('%s', (_name, c: InfraCase) => {
    expect(c.output.some((l) => c.cause.test(l))).toBe(true);
    const v = classify({ log: infraLog(c) });
    expectVerdict(
      { name: c.name, run: stepText(c), cause: c.cause, ...(c.left ? { left: c.left } : {}) },
      c.type!,
      v,
      {
        table: 'INFRA_TABLE',
        notShown: WRAPPER,
        // a miss left as it stands may show the step's own script: asserted so, until it is mended
        echoShown: c.left !== undefined && !c.left.causeShown,
      },
    );
    // A script under run/ (its own output, command and status) is typed and retried alike.
    if ('run' in c.step && c.exit !== undefined) {
      const own = runAttemptVerdict(c.step.run, c.output, c.exit);
      expect({ type: own.type, retried: retriedOnPr(own) }).toEqual({
        type: v.type,
        retried: retriedOnPr(v),
      });
    }
  });

  const passes = INFRA_CASES.filter((c) => c.type === null);
  test.each(passes.map((c) => [c.name, c]))('%s', (_name, c: InfraCase) => {
    expect(c.output.some((l) => c.cause.test(l))).toBe(true);
    const lines = infraStep(c);
    const v = classify({ log: passedThenFailed({ lines, exit: 0, log: jobLog(lines), records: lines }) });
    expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'unknown', retried: false });
  });
});

/**
 * Review of h/published-infra: botocore's unreachable endpoint is a network outage only for AWS's own hosts, never
 * for a job's LocalStack by any of its names, nor when a test prints it above a failed tally; the Go SDK's 403 in
 * S3's form (with `HostID`) is config as the other services' form is.
 */
describe('aws endpoint and 403 lines, as tests and LocalStack jobs print them', () => {
  const local = [
    'http://localhost:4566',
    'http://127.0.0.1:4566',
    'http://localstack:4566',
    'http://host.docker.internal:4566',
  ];
  test.each(local)('aws --endpoint-url %s unreachable is not a network outage to retry', (url) => {
    const v = classify({
      log: jobLog(
        actionsStep(
          { run: `aws --endpoint-url ${url} s3 mb s3://test-bucket` },
          ['', `Could not connect to the endpoint URL: "${url}/test-bucket"`],
          255,
        ),
      ),
    });
    expect(v.type).not.toBe('network');
  });
  // aws-cli 1.45.11 (botocore 1.43.11) run against endpoints that refused or dropped the connection; hosts as S3's.
  test.each([
    [
      'aws s3 cp ./dist/app.js s3://octo-site/app.js',
      'upload failed: dist/app.js to s3://octo-site/app.js Could not connect to the endpoint URL: "https://octo-site.s3.us-east-1.amazonaws.com/app.js"',
    ],
    [
      'aws s3 ls s3://octo-site',
      'Connection was closed before we received a valid response from endpoint URL: "https://octo-site.s3.us-east-1.amazonaws.com/?list-type=2&prefix=&delimiter=%2F&encoding-type=url".',
    ],
    [
      'aws s3 cp s3://octo-site/app.js ./app.js',
      'download failed: s3://octo-site/app.js to ./app.js Read timeout on endpoint URL: "https://octo-site.s3.us-east-1.amazonaws.com/app.js"',
      'aws-retries-exhausted',
    ],
  ])(
    '%s: an AWS endpoint out of reach is network, retried',
    (run, line, rule = 'aws-endpoint-unreachable') => {
      const v = classify({ log: jobLog(actionsStep({ run }, ['', line], 1)) });
      expect({ type: v.type, rule: v.rule, retried: retriedOnPr(v) }).toEqual({
        type: 'network',
        rule,
        retried: true,
      });
      expect(v.evidence?.text).toBe(line);
    },
  );
  test.each(local)('aws s3 cp to %s refused (the transfer prefix) is not a network outage', (url) => {
    const v = classify({
      log: jobLog(
        actionsStep(
          { run: `aws --endpoint-url ${url} s3 cp a.txt s3://test-bucket/a.txt` },
          [
            `upload failed: ./a.txt to s3://test-bucket/a.txt Could not connect to the endpoint URL: "${url}/test-bucket/a.txt"`,
          ],
          1,
        ),
      ),
    });
    expect(v.type).not.toBe('network');
  });
  test.each([...local, 'https://sts.amazonaws.com'])(
    'a pytest test printing it for %s, then 1 failed: not retried',
    (url) => {
      const line = `botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "${url}/"`;
      const v = classify({
        log: jobLog(
          actionsStep(
            { run: 'pytest tests/' },
            [
              'tests/test_s3.py F.',
              `E   ${line}`,
              `FAILED tests/test_s3.py::test_upload - ${line}`,
              '==== 1 failed, 1 passed in 0.52s ====',
            ],
            1,
          ),
        ),
      });
      expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'test', retried: false });
    },
  );
  test('terraform init: the S3 backend refused (HostID form) is config', () => {
    const v = classify({
      log: jobLog(
        actionsStep(
          { run: 'terraform init -input=false' },
          [
            'Initializing the backend...',
            '╷',
            '│ Error: error loading state: operation error S3: GetObject, https response error StatusCode: 403, RequestID: 9XK2QH3B4C5D6E7F, HostID: a1b2c3d4e5f6g7h8=, api error AccessDenied: Access Denied',
            '╵',
          ],
          1,
        ),
      ),
    });
    expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'config', retried: false });
  });
});
