/**
 * Issue 68's missing mechanisms on the tools' published lines (`__tests__/published-battery.ts`: each wording
 * from the tool's source, cited there), not on the corpus: every line typed as a person would label it, a
 * transient retried and a deterministic failure not. And the mechanisms this battery found missing:
 * schema-utils' refusal of a webpack, loader or plugin configuration (rule schema-options-invalid), rsync's
 * source path that does not exist (rule path-operand-missing), an Azure service's server-side error code (rule
 * azure-server-error) and a download's gzip stream cut short (rule download-stream-truncated).
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr, ruleFires, runAttemptVerdict } from '../classify-logs.js';
import { caseLog, CYPRESS_NO_SERVER, PUBLISHED_CASES } from '../published-battery.js';

const TRANSIENT = new Set(['network', 'infrastructure', 'timeout']);
const DETERMINISTIC = new Set(['test', 'build', 'quality-gate', 'dependency', 'config']);

describe('published lines of the failures issue 68 lists', () => {
  test.each(PUBLISHED_CASES.map((c) => [c.run, c.type, c]))('%s: %s', (_run, type, c) => {
    const v = classify({ log: caseLog(c) });
    expect(v.type).toBe(type);
    // The same command under run/ (its own output, command and status) is typed and retried alike.
    const own = runAttemptVerdict(c.run, c.output, c.exit);
    expect({ type: own.type, retried: retriedOnPr(own) }).toEqual({ type: v.type, retried: retriedOnPr(v) });
    if (TRANSIENT.has(c.type)) expect(retriedOnPr(v)).toBe(true);
    if (DETERMINISTIC.has(c.type)) expect(retriedOnPr(v)).toBe(false);
  });
});

const step = (run: string, output: string[], code = 1): string => jobLog(actionsStep({ run }, output, code));

describe("schema-utils refusing a tool's configuration (rule schema-options-invalid)", () => {
  // webpack/schema-utils src/ValidationError.js, read at b9ca275d: `Invalid ${baseDataPath} object. ${headerName}
  // has been initialized using ${article} ${baseDataPath} object that does not match the API schema.`
  // ('configuration' for webpack, 'options' for a loader or plugin); first in 0512f32 (2019-07-16, v2.0.0), spelt
  // 'initialised' until 70f12d3 (v2.6.4).
  test("webpack's own configuration refused is a config failure, not a failed build", () => {
    const v = classify({
      log: step(
        'npx webpack --mode production',
        [
          '[webpack-cli] Invalid configuration object. Webpack has been initialized using a configuration object that does not match the API schema.',
          ' - configuration.output.path: The provided value "dist" is not an absolute path!',
          '   -> The output directory as **absolute path** (required).',
        ],
        2,
      ),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'schema-options-invalid' });
  });

  test("a loader's options refused under webpack's `Module build failed` is the configuration, not the code", () => {
    const v = classify({
      log: step('npm run build', [
        '> app@1.0.0 build',
        '> webpack --mode production',
        '',
        'ERROR in ./src/styles/main.scss',
        'Module build failed (from ./node_modules/sass-loader/dist/cjs.js):',
        'ValidationError: Invalid options object. Sass Loader has been initialized using an options object that does not match the API schema.',
        " - options has an unknown property 'outputStyle'. These properties are valid:",
        '   object { implementation?, api?, sassOptions?, additionalData?, sourceMap?, webpackImporter?, warnRuleAsWarning? }',
        '',
        'webpack 5.90.0 compiled with 1 error in 2101 ms',
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'schema-options-invalid' });
  });

  test("schema-utils before v2.6.4 spelt it 'initialised'", () => {
    expect(
      ruleFires(
        defaultRuleSet(),
        'schema-options-invalid',
        'Invalid options object. Sass Loader has been initialised using an options object that does not match the API schema.',
      ),
    ).toBe(true);
  });

  test("another library's ValidationError (Joi's, in a test) is not it", () => {
    expect(
      ruleFires(
        defaultRuleSet(),
        'schema-options-invalid',
        '     ValidationError: "forumTopicId" is not allowed',
      ),
    ).toBe(false);
    // the article and the data path must agree, as schema-utils writes them
    expect(
      ruleFires(
        defaultRuleSet(),
        'schema-options-invalid',
        'Invalid options object. X has been initialized using a configuration object that does not match the API schema.',
      ),
    ).toBe(false);
  });
});

describe('rsync cannot find the source the step names (rule path-operand-missing)', () => {
  // RsyncProject/rsync flist.c @ b62ea517 ("change_dir %s failed", "link_stat %s failed"), log.c rsyserr:
  // 'rsync: [<role>] ' (since ff272503, v3.2.0) + the message + ': <strerror> (<errno>)'.
  test.each([
    'rsync: [sender] change_dir "/home/runner/work/app/app/public" failed: No such file or directory (2)',
    'rsync: link_stat "/home/runner/work/app/app/site" failed: No such file or directory (2)',
  ])('%s: the folder to deploy was never built there, a config failure', (line) => {
    const v = classify({
      log: step(
        'rsync -a public/ deploy@example.org:/srv/www/',
        [
          line,
          'rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]',
        ],
        23,
      ),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'path-operand-missing' });
  });

  test('a source rsync may not read is another cause', () => {
    expect(
      ruleFires(
        defaultRuleSet(),
        'path-operand-missing',
        'rsync: [sender] change_dir "/home/runner/work/app/app/public" failed: Permission denied (13)',
      ),
    ).toBe(false);
  });
});

describe("an Azure service's own server-side error code (rule azure-server-error)", () => {
  // Azure/azure-sdk-for-python sdk/core/azure-core/azure/core/exceptions.py @ 20c2fea3 (ODataV4Format.__str__
  // '({code}) {message}', message_details 'Code: ...'), as the Azure CLI prints it behind 'ERROR: '.
  test('a 5xx code is a transient the policy retries, not the az command failing', () => {
    const v = classify({
      log: step('az webapp deploy --src-path app.zip', [
        'ERROR: (ServiceUnavailable) The service is temporarily unavailable. Please try again later.',
        'Code: ServiceUnavailable',
        'Message: The service is temporarily unavailable. Please try again later.',
      ]),
    });
    expect(v).toMatchObject({ type: 'network', rule: 'azure-server-error' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each([
    "ERROR: (AuthorizationFailed) The client 'x' with object id 'y' does not have authorization to perform action 'z'.",
    "ERROR: (ResourceNotFound) The Resource 'Microsoft.Web/sites/app' under resource group 'rg' was not found.",
    'Code: InternalServerError',
    '(InternalError) Partition key path /tenantId is missing from the document',
    '(ServerBusy) The server is currently unable to receive requests. Please retry your request.',
  ])(
    "a client-side code, the detail line, or the bare form without the CLI's ERROR: is not it: %s",
    (line) => {
      expect(ruleFires(defaultRuleSet(), 'azure-server-error', line)).toBe(false);
    },
  );

  test("a project's own script printing a bare '(InternalError) ...' is not retried", () => {
    const v = classify({
      log: step('python scripts/seed.py', [
        'Traceback (most recent call last):',
        '  File "/home/runner/work/app/app/scripts/seed.py", line 12, in <module>',
        '    client.upsert_item(item)',
        'azure.cosmos.exceptions.CosmosHttpResponseError: (BadRequest) One of the specified inputs is invalid',
        '(InternalError) Partition key path /tenantId is missing from the document',
      ]),
    });
    expect(v.rule).not.toBe('azure-server-error');
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('a download whose gzip stream ended early (rule download-stream-truncated)', () => {
  // nodejs/node src/node_zlib.cc (Z_BUF_ERROR at Z_FINISH: 'unexpected end of file'), behind the URL yarn 1 fetched.
  test('yarn reporting a tarball cut short is a transient, not a dependency that cannot resolve', () => {
    const v = classify({
      log: step('yarn install --frozen-lockfile', [
        '[1/4] Resolving packages...',
        '[2/4] Fetching packages...',
        'error An unexpected error occurred: "https://registry.yarnpkg.com/typescript/-/typescript-5.3.3.tgz: unexpected end of file".',
        'info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.',
      ]),
    });
    expect(v).toMatchObject({ type: 'network', rule: 'download-stream-truncated' });
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each([
    '/home/runner/work/_temp/a.sh: line 4: syntax error: unexpected end of file',
    'gzip: stdin: unexpected end of file',
    'FetchError: Invalid response body while trying to fetch http://localhost:4173/about: unexpected end of file',
    'Error: http://127.0.0.1:5000/assets/index.js.gz: unexpected end of file',
    'error An unexpected error occurred: "http://localhost:4873/typescript/-/typescript-5.3.3.tgz: unexpected end of file".',
  ])('not yarn reporting a remote fetch, another cause: %s', (line) => {
    expect(ruleFires(defaultRuleSet(), 'download-stream-truncated', line)).toBe(false);
  });

  test.each([
    [
      'node scripts/prerender.mjs',
      [
        'Prerendering 14 routes from http://localhost:4173',
        'FetchError: Invalid response body while trying to fetch http://localhost:4173/about: unexpected end of file',
        '    at Gunzip.<anonymous> (file:///home/runner/work/app/app/node_modules/node-fetch/src/index.js:412:15)',
        '',
        'Node.js v20.11.0',
      ],
    ],
    [
      'npm run build',
      [
        '> app@1.0.0 build',
        '> vite build && node scripts/check-assets.mjs',
        'vite v5.0.12 building for production...',
        'Error: http://127.0.0.1:5000/assets/index.js.gz: unexpected end of file',
        '    at checkAsset (/home/runner/work/app/app/scripts/check-assets.mjs:22:11)',
      ],
    ],
  ])("the project's own fetch or build cut short is not retried: %s", (run, output) => {
    const v = classify({ log: step(run, output) });
    expect(v.rule).not.toBe('download-stream-truncated');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("rebar3 eunit's failed assertion (rule eunit-progress-failure; rebar3 is not installed in CI)", () => {
  // seancribbs/eunit_formatters src/eunit_progress.erl, vendored in rebar3: each failed test's header, the
  // `Failure/Error: ?assert...(...)` line stating what was asserted, and the tally `N tests, M failures` last.
  test.each(PUBLISHED_CASES.filter((c) => c.run.startsWith('rebar3 eunit')).map((c) => [c.run, c]))(
    'the line shown is the failed assertion, not the tally: %s',
    (_run, c) => {
      const v = classify({ log: caseLog(c) });
      expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'test', retried: false });
      expect(v.evidence?.text).toMatch(/^\s*Failure\/Error: \?assert(?:Equal)?\(/);
    },
  );

  test("RSpec's Failure/Error (an expectation, no `?`) is not EUnit's", () => {
    const line = '     Failure/Error: expect(cart.total).to eq(3)';
    expect(ruleFires(defaultRuleSet(), 'eunit-progress-failure', line)).toBe(false);
  });
});

describe("Composer's download cut short (rule composer-download-truncated)", () => {
  // composer/composer src/Composer/Util/RemoteFilesystem.php: `Content-Length mismatch, received %d bytes out of
  // the expected %d` (Debian composer 2.5.5 line 318), a transport's cut: retried.
  const cut = 'Content-Length mismatch, received 2048 bytes out of the expected 65536';

  test('under composer install it is the network, retried', () => {
    const v = classify({
      log: step('composer install --no-interaction --no-progress', [
        'Installing dependencies from lock file (including require-dev)',
        '  - Downloading acme/util (1.4.0)',
        '',
        'In RemoteFilesystem.php line 318:',
        '',
        `  ${cut}  `,
        '',
        `::error ::${cut}`,
      ]),
    });
    expect({ type: v.type, rule: v.rule, retried: retriedOnPr(v) }).toEqual({
      type: 'network',
      rule: 'composer-download-truncated',
      retried: true,
    });
  });

  test("printed by a program a PHPUnit test runs, the test's failure decides: not retried", () => {
    const v = classify({
      log: step('vendor/bin/phpunit', [
        'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.',
        '',
        cut,
        'F                                                                   1 / 1 (100%)',
        '',
        'There was 1 failure:',
        '',
        '1) MirrorTest::testSyncsPackages',
        'Failed asserting that 1 is identical to 0.',
        '',
        '/home/runner/work/app/app/tests/MirrorTest.php:31',
        '',
        'FAILURES!',
        'Tests: 1, Assertions: 1, Failures: 1.',
      ]),
    });
    expect({ type: v.type, retried: retriedOnPr(v) }).toEqual({ type: 'test', retried: false });
  });
});

describe("a download's 5xx in Cypress's words, apt's lock held by the machine (rules cypress-binary-download-server-error, dpkg-lock-held)", () => {
  const cypress = (code: string, message: string): string =>
    step('npm ci', [
      '> cypress@13.8.1 postinstall',
      '> node index.js --exec install',
      'The Cypress App could not be downloaded.',
      'Error: Failed downloading the Cypress binary.',
      `Response code: ${code}`,
      `Response message: ${message}`,
      'npm error code 1',
      'npm error path /home/runner/work/app/app/node_modules/cypress',
      'npm error command failed',
    ]);

  test('a 404 from the CDN (a version it does not serve) is never retried', () => {
    const log = cypress('404', 'Not Found');
    expect(ruleFires(defaultRuleSet(), 'cypress-binary-download-server-error', log)).toBe(false);
    expect(retriedOnPr(classify({ log }))).toBe(false);
    // The same download answered 503 is the CDN's moment.
    expect(
      ruleFires(
        defaultRuleSet(),
        'cypress-binary-download-server-error',
        cypress('503', 'Service Unavailable'),
      ),
    ).toBe(true);
  });

  test("`Response code: 503` of another tool, with no Cypress download above it, is not Cypress's", () => {
    const log = step('./check-links.sh', ['checking https://example.org/a', 'Response code: 503']);
    expect(ruleFires(defaultRuleSet(), 'cypress-binary-download-server-error', log)).toBe(false);
  });

  test('apt run without root (a lock file it may not open) is not the machine busy', () => {
    const log = step(
      'apt-get install -y ffmpeg',
      [
        'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)',
        'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?',
      ],
      100,
    );
    expect(ruleFires(defaultRuleSet(), 'dpkg-lock-held', log)).toBe(false);
    expect(retriedOnPr(classify({ log }))).toBe(false);
  });
});

describe("Azure/login's wrapper of a failed `az login` (rule azure-login-refused)", () => {
  const wrapper =
    "##[error]Login failed with Error: The process '/usr/bin/az' failed with exit code 1. Double check if the 'auth-type' is correct. Refer to https://github.com/Azure/login#readme for more information.";

  test("az's own network failure above it is the cause: network, retried", () => {
    const v = classify({
      log: jobLog(
        actionsStep(
          { uses: 'azure/login@v2' },
          [
            'Running Azure CLI Login.',
            "ERROR: HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /00000000-0000-0000-0000-000000000000/oauth2/v2.0/token (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f5c>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
            wrapper,
          ],
          1,
        ),
      ),
    });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('alone, the wrapper is config, never retried', () => {
    const v = classify({
      log: jobLog(actionsStep({ uses: 'azure/login@v2' }, ['Running Azure CLI Login.', wrapper], 1)),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'azure-login-refused' });
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('a jest worker that ended on a signal (rule oom-killed)', () => {
  const worker = (signal: string): string =>
    step('npx jest --ci', [
      'FAIL src/native.test.ts',
      '  ● Test suite failed to run',
      '',
      `    A jest worker process (pid=2401) was terminated by another process: signal=${signal}, exitCode=null. Operating system logs may contain more information on why this occurred.`,
      '',
      'Test Suites: 1 failed, 30 passed, 31 total',
    ]);

  test('SIGKILL, which no test sends, is the system running out of memory: resource', () => {
    expect(classify({ log: worker('SIGKILL') })).toMatchObject({ type: 'resource', rule: 'oom-killed' });
  });

  test('SIGSEGV is the code under test crashing: a test failure, not resource', () => {
    const v = classify({ log: worker('SIGSEGV') });
    expect(v.type).toBe('test');
    expect(ruleFires(defaultRuleSet(), 'oom-killed', worker('SIGSEGV'))).toBe(false);
  });
});

describe('Cypress finding no server at its baseUrl (rule cypress-own-server-not-running)', () => {
  test("the job's own machine (localhost, 127.0.0.1): its server was not started, config, never retried", () => {
    for (const url of ['http://localhost:4200', 'http://127.0.0.1:8080/app']) {
      const v = classify({ log: step('npx cypress run --browser chrome', CYPRESS_NO_SERVER(url)) });
      expect(v).toMatchObject({ type: 'config', rule: 'cypress-own-server-not-running' });
      expect(retriedOnPr(v)).toBe(false);
    }
  });

  test("a remote baseUrl (a staging server) is not the job's configuration: the rule stays silent", () => {
    const log = step('npx cypress run', CYPRESS_NO_SERVER('https://staging.example.com'));
    expect(ruleFires(defaultRuleSet(), 'cypress-own-server-not-running', log)).toBe(false);
  });
});
