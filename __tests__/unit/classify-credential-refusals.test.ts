/**
 * Credentials the job cannot use, in the tools' own words (config, never retried), where the classifier said
 * `unknown` or the command's kind before (issue 68 item 1): a container registry refusing a push or a login
 * (rule container-registry-auth-refused), the repository's setting that keeps GITHUB_TOKEN from opening a pull
 * request (actions-pr-creation-refused) and webfactory/ssh-agent given an empty key (ssh-key-unusable). None of
 * these lines is in the corpus; they are built from the tools' sources and documentation, cited in each rule's
 * `why`.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

describe('a container registry refusing the push or the login (rule container-registry-auth-refused)', () => {
  const push = (line: string): string[] => [
    'The push refers to repository [ghcr.io/acme/app]',
    '5f70bf18a086: Preparing',
    'd9c568470cfa: Preparing',
    line,
  ];

  test.each([
    ['docker push ghcr.io/acme/app:1', push('denied: permission_denied: write_package')],
    ['docker push ghcr.io/acme/app:1', push('unauthorized: authentication required')],
    [
      'podman push ghcr.io/acme/app:1',
      [
        'Getting image source signatures',
        'Error: writing blob: initiating layer upload to /v2/acme/app/blobs/uploads/ in ghcr.io: denied: permission_denied: write_package',
      ],
    ],
    [
      'docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1',
      [
        'The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/app]',
        'no basic auth credentials',
      ],
    ],
    [
      'echo "$TOKEN" | docker login -u acme --password-stdin',
      [
        'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
      ],
    ],
  ])('%s refused is config, not retried', (run, lines) => {
    const result = classify({ log: failedRunLog(run, lines) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('container-registry-auth-refused');
    expect(result.evidence?.text).toBe(lines.at(-1));
    expect(retriedOnPr(result)).toBe(false);
  });

  test("buildx's failed push is config over the buildx command's kind", () => {
    const buildx = [
      '#12 exporting to image',
      '#12 pushing layers 0.3s done',
      '#12 ERROR: failed to push ghcr.io/acme/app:1: denied: permission_denied: write_package',
      '------',
      ' > exporting to image:',
      '------',
      'ERROR: failed to solve: failed to push ghcr.io/acme/app:1: denied: permission_denied: write_package',
    ];
    const result = classify({
      log: failedRunLog('docker buildx build --push -t ghcr.io/acme/app:1 .', buildx),
    });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('container-registry-auth-refused');
    expect(retriedOnPr(result)).toBe(false);
  });

  test('docker/login-action refused by GHCR is config', () => {
    const denied = '##[error]Error response from daemon: Get "https://ghcr.io/v2/": denied: denied';
    const log = jobLog(actionsStep({ uses: 'docker/login-action@v3' }, ['Logging into ghcr.io...', denied]));
    const result = classify({ log });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('container-registry-auth-refused');
  });

  test('a registry 5xx stays the network and is retried', () => {
    const result = classify({
      log: failedRunLog(
        'docker push ghcr.io/acme/app:1',
        push('received unexpected HTTP status: 503 Service Unavailable'),
      ),
    });
    expect(result.type).toBe('network');
    expect(retriedOnPr(result)).toBe(true);
  });

  test("a push under continue-on-error before the tests that failed the job is not the job's failure", () => {
    // GHCR's refusal to create an organisation's package is left out of the rule: a workflow pushes under
    // continue-on-error and runs its tests after it (the corpus holds such a job, labelled test).
    const lines = [
      ...actionsStep(
        { run: 'docker push ghcr.io/acme/app:1' },
        push('denied: installation not allowed to Write organization package'),
        1,
      ),
      ...actionsStep(
        { run: 'python -m pytest' },
        [
          'FAILED tests/test_app.py::test_parse - AssertionError: assert 1 == 2',
          '========================= 1 failed, 12 passed in 0.31s =========================',
        ],
        1,
      ),
    ];
    expect(classify({ log: jobLog(lines) }).type).toBe('test');
  });

  test('a pull warned about, or a retry podman went on from, is not this rule', () => {
    const rules = defaultRuleSet();
    const compose =
      "judge-image Warning pull access denied for judge, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
    const retrying =
      'time="2026-01-01T10:00:00Z" level=warning msg="failed, retrying in 1s ... (1/3). Error: writing blob: initiating layer upload to /v2/acme/app/blobs/uploads/ in ghcr.io: denied: permission_denied: write_package"';
    for (const line of [compose, retrying, 'denied: installation not allowed to Write organization package'])
      expect(ruleFires(rules, 'container-registry-auth-refused', line)).toBe(false);
  });
});

describe('a token kept from opening pull requests, and an empty SSH key (rules actions-pr-creation-refused, ssh-key-unusable)', () => {
  test.each([
    [
      'gh pr create --fill',
      'pull request create failed: GraphQL: GitHub Actions is not permitted to create or approve pull requests (createPullRequest)',
    ],
  ])('%s refused by the repository setting is config', (run, line) => {
    const result = classify({ log: failedRunLog(run, [line]) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('actions-pr-creation-refused');
    expect(retriedOnPr(result)).toBe(false);
  });

  test('peter-evans/create-pull-request refused is config', () => {
    const lines = [
      'Create or update the pull request',
      'Attempting creation of pull request',
      '##[error]GitHub Actions is not permitted to create or approve pull requests.',
    ];
    const result = classify({
      log: jobLog(actionsStep({ uses: 'peter-evans/create-pull-request@v7' }, lines)),
    });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('actions-pr-creation-refused');
  });

  test("the setting's name in a script's message is not this rule", () => {
    const hint =
      'Enable "Allow GitHub Actions to create and approve pull requests" in the repository settings';
    expect(ruleFires(defaultRuleSet(), 'actions-pr-creation-refused', hint)).toBe(false);
  });

  test('webfactory/ssh-agent given an empty key is config', () => {
    const empty =
      '##[error]The ssh-private-key argument is empty. Maybe the secret has not been configured, or you are using a wrong secret name in your workflow file.';
    const result = classify({ log: jobLog(actionsStep({ uses: 'webfactory/ssh-agent@v0.9.0' }, [empty])) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('ssh-key-unusable');
    expect(retriedOnPr(result)).toBe(false);
  });
});
