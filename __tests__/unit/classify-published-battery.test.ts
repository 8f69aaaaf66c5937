/**
 * Issue 68's missing mechanisms on the tools' published lines (`__tests__/published-battery.ts`: each wording
 * from the tool's source, cited there), not on the corpus: every line typed as a person would label it, a
 * transient retried and a deterministic failure not. And the mechanisms this battery found missing:
 * schema-utils' refusal of a webpack, loader or plugin configuration (rule schema-options-invalid), rsync's
 * source path that does not exist (rule path-operand-missing), an Azure service's server-side error code (rule
 * azure-server-error) and a download's gzip stream cut short (rule download-stream-truncated).
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';
import { caseLog, PUBLISHED_CASES } from '../published-battery.js';

const TRANSIENT = new Set(['network', 'infrastructure', 'timeout']);
const DETERMINISTIC = new Set(['test', 'build', 'quality-gate', 'dependency', 'config']);

describe('published lines of the failures issue 68 lists', () => {
  test.each(PUBLISHED_CASES.map((c) => [c.run, c.type, c]))('%s: %s', (_run, type, c) => {
    const v = classify({ log: caseLog(c) });
    expect(v.type).toBe(type);
    if (TRANSIENT.has(c.type)) expect(retriedOnPr(v)).toBe(true);
    if (DETERMINISTIC.has(c.type)) expect(retriedOnPr(v)).toBe(false);
  });
});

const step = (run: string, output: string[], code = 1): string => jobLog(actionsStep({ run }, output, code));

describe("schema-utils refusing a tool's configuration (rule schema-options-invalid)", () => {
  // webpack/schema-utils src/ValidationError.js @ 72f90b67c665458e0c2850776e64e94aa2403e60: `Invalid
  // ${baseDataPath} object. ${headerName} has been initialized using ${article} ${baseDataPath} object that does
  // not match the API schema.` ('configuration' for webpack, 'options' for a loader or plugin).
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
  // RsyncProject/rsync flist.c @ b62ea517 ("change_dir %s failed", "link_stat %s failed"), log.c @ c499002e
  // rsyserr: 'rsync: [<role>] ' (3.2.4 on) + the message + ': <strerror> (<errno>)'.
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
  ])('a client-side code, or the detail line alone, is not it: %s', (line) => {
    expect(ruleFires(defaultRuleSet(), 'azure-server-error', line)).toBe(false);
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
  ])('without a URL before it, another cause: %s', (line) => {
    expect(ruleFires(defaultRuleSet(), 'download-stream-truncated', line)).toBe(false);
  });
});
