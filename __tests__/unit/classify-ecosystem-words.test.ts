/**
 * Failures of Ruby, PHP, Elixir, PyPI, AWS, setuptools-scm, Terraform and kubectl in the tools' own words (issue 68:
 * the fresh logs' tools no rule knew). None of them is in the corpus, so each is proven here on a whole failed step
 * built from the tool's published text (the sources are in each rule's `why`), next to the lines a rule must leave
 * alone: the warning a tool prints for the same cause when it goes on.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

interface Case {
  rule: string;
  type: string;
  run: string;
  output: string[];
  /** The line the verdict shows: the tool's line stating the cause. */
  cause: string;
  /** The default policy on a pull request: only a resource failure is retried (once, policy.ts). */
  retried?: boolean;
}

const CASES: Case[] = [
  {
    rule: 'composer-platform-requirement',
    type: 'config',
    run: 'composer install --no-interaction --prefer-dist',
    // composer/composer src/Composer/DependencyResolver/Problem.php: the resolver's header, then the PHP it refuses.
    output: [
      'Installing dependencies from lock file (including require-dev)',
      'Verifying lock file contents can be installed on current platform.',
      'Your lock file does not contain a compatible set of packages. Please run composer update.',
      '',
      '  Problem 1',
      '    - Root composer.json requires php ^8.2 but your php version (8.1.27) does not satisfy that requirement.',
    ],
    cause:
      '    - Root composer.json requires php ^8.2 but your php version (8.1.27) does not satisfy that requirement.',
  },
  {
    rule: 'php-memory-limit',
    type: 'resource',
    run: 'vendor/bin/phpstan analyse',
    output: [
      'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in phar:///home/runner/work/app/app/vendor/phpstan/phpstan/phpstan.phar/src/Analyser/NodeScopeResolver.php on line 1102',
    ],
    cause:
      'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in phar:///home/runner/work/app/app/vendor/phpstan/phpstan/phpstan.phar/src/Analyser/NodeScopeResolver.php on line 1102',
    retried: true,
  },
  {
    rule: 'mix-deps-failed',
    type: 'dependency',
    run: 'mix test',
    // elixir-lang/elixir lib/mix/lib/mix/tasks/deps.loadpaths.ex: each dependency's status, then the raise.
    output: [
      'Unchecked dependencies for environment test:',
      '* jason (Hex package)',
      '  the dependency is not available, run "mix deps.get"',
      "** (Mix) Can't continue due to errors on dependencies",
    ],
    // deps-own-words (dependency too) states the cause first: the header of the dependencies Mix could not load.
    cause: 'Unchecked dependencies for environment test:',
  },
  {
    rule: 'bundler-platform-not-locked',
    type: 'dependency',
    run: 'bundle install',
    // rubygems/rubygems bundler/lib/bundler/definition.rb validate_platforms!
    output: [
      'Your bundle only supports platforms ["arm64-darwin-23"] but your local platform is x86_64-linux. Add the current platform to the lockfile with',
      '`bundle lock --add-platform x86_64-linux` and try again.',
    ],
    cause:
      'Your bundle only supports platforms ["arm64-darwin-23"] but your local platform is x86_64-linux. Add the current platform to the lockfile with',
  },
  {
    rule: 'gem-native-extension-failed',
    type: 'dependency',
    run: 'gem install pg -v 1.5.4',
    // rubygems/rubygems lib/rubygems/ext/builder.rb build_error, under `gem install`'s header.
    output: [
      'Building native extensions. This could take a while...',
      'ERROR:  Error installing pg:',
      '\tERROR: Failed to build gem native extension.',
      '',
      '    current directory: /var/lib/gems/3.2.0/gems/pg-1.5.4/ext',
      '/usr/bin/ruby3.2 extconf.rb',
      'checking for pg_config... no',
      'Gem files will remain installed in /var/lib/gems/3.2.0/gems/pg-1.5.4 for inspection.',
    ],
    cause: '\tERROR: Failed to build gem native extension.',
  },
  {
    rule: 'pypi-file-exists',
    type: 'config',
    run: 'twine upload dist/*',
    // pypi/warehouse warehouse/forklift/legacy.py, under twine's HTTPError.
    output: [
      'Uploading distributions to https://upload.pypi.org/legacy/',
      'Uploading mypkg-1.2.0-py3-none-any.whl',
      'WARNING  Error during upload. Retry with the --verbose option for more details.',
      'ERROR    HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/',
      "         File already exists ('mypkg-1.2.0-py3-none-any.whl', with blake2_256 hash '3f1c0a'). See https://pypi.org/help/#file-name-reuse for more information.",
    ],
    cause:
      "         File already exists ('mypkg-1.2.0-py3-none-any.whl', with blake2_256 hash '3f1c0a'). See https://pypi.org/help/#file-name-reuse for more information.",
  },
  {
    rule: 'aws-token-expired',
    type: 'config',
    run: 'aws s3 sync ./site s3://my-bucket --delete',
    output: [
      'upload failed: site/index.html to s3://my-bucket/index.html An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.',
      'An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.',
    ],
    cause:
      'An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.',
  },
  {
    rule: 'setuptools-scm-no-version',
    type: 'config',
    run: 'python -m build',
    output: [
      '* Getting build dependencies for sdist...',
      'Traceback (most recent call last):',
      '  File "/tmp/build-env-x/lib/python3.12/site-packages/vcs_versioning/_get_version_impl.py", line 217, in _version_missing',
      'LookupError: setuptools-scm was unable to detect version for /home/runner/work/app/app.',
      '',
      'ERROR Backend subprocess exited when trying to invoke get_requires_for_build_sdist',
    ],
    cause: 'LookupError: setuptools-scm was unable to detect version for /home/runner/work/app/app.',
  },
  {
    rule: 'terraform-lock-inconsistent',
    type: 'dependency',
    run: 'terraform plan -no-color',
    // hashicorp/terraform internal/backend/local/backend_local.go: the diagnostic, its detail and suggestion.
    output: [
      'Error: Inconsistent dependency lock file',
      '',
      'The following dependency selections recorded in the lock file are inconsistent with the current configuration:',
      '  - provider registry.terraform.io/hashicorp/aws: locked version selection 4.67.0 does not match the configured version constraint ~> 5.0; must use terraform init -upgrade to allow selection of new versions',
      '',
      'To update the locked dependency selections to match a changed configuration, run:',
      '  terraform init -upgrade',
    ],
    cause: 'Error: Inconsistent dependency lock file',
  },
  {
    rule: 'kubectl-no-kubeconfig',
    type: 'config',
    run: 'kubectl apply -f k8s/',
    output: [
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
    ],
    cause:
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
  },
];

describe("failures in the tools' own words, on a whole failed step", () => {
  test.each(CASES)(
    '$rule: $type, showing the line of its cause',
    ({ rule, type, run, output, cause, retried }) => {
      const result = classify({ log: failedRunLog(run, output) });
      expect({ type: result.type, rule: result.rule }).toEqual({ type, rule });
      expect(result.evidence?.text).toBe(cause.trim());
      expect(retriedOnPr(result)).toBe(retried ?? false);
    },
  );
});

describe('what the rules leave alone', () => {
  const rules = defaultRuleSet();
  test.each([
    // Composer's warning that the lock is stale, with which it installs.
    [
      'composer-platform-requirement',
      'Warning: The lock file is not up to date with the latest changes in composer.json. You may be getting outdated dependencies.',
    ],
    // Another mix task's own failure.
    ['mix-deps-failed', '** (Mix) mix format failed due to --check-formatted.'],
    // rubygems' progress line for a gem it builds.
    ['gem-native-extension-failed', 'Installing json 1.8.3 with native extensions'],
    // A cluster a job started itself, still coming up.
    [
      'kubectl-no-kubeconfig',
      'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?',
    ],
    // An AWS refusal of permission is aws's AccessDenied, not an expired token.
    [
      'aws-token-expired',
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    ],
  ])('%s: %s', (id, line) => {
    expect(ruleFires(rules, id, line)).toBe(false);
  });
});
