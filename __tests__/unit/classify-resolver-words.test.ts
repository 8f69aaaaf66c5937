/**
 * Dependency resolution that failed, in the words of package managers the rules did not know yet (issue 68:
 * dependency resolution in each package manager's own words; rules yarn-package-not-found,
 * hex-resolution-failed, pipenv-resolve, julia-pkg-unsatisfiable). Each tool's line is its format string,
 * filled in (rules/log-rules.json, `why`); the lines around it are the tool's other output. The look-alikes
 * beside them are the same tool's other words (a lock it rebuilds itself, a formatter's failure, a wrapper
 * that also covers a dropped connection) and a resolver failure whose cause was the network.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

const yarnNotFound = [
  'yarn install v1.22.22',
  '[1/4] Resolving packages...',
  'error Couldn\'t find package "@acme/design-tokens" on the "npm" registry.',
  'info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.',
];

const mixNoPackage = [
  'Resolving Hex dependencies...',
  '** (Mix) No package with name phoenix_live_dashbaord (from: mix.exs) in registry',
];

const mixNoVersion = [
  'Resolving Hex dependencies...',
  '** (Mix) No matching version for ecto_sql ~> 9.0 (from: mix.exs) in registry',
  '',
  'The latest version is: 3.12.1',
];

const hexFailed = '** (Mix) Hex dependency resolution failed';
const mixSolver = [
  'Resolving Hex dependencies...',
  'Resolution completed in 0.041s',
  'Because every version of phoenix_ecto depends on ecto ~> 2.0 and your app depends on ecto ~> 3.0, phoenix_ecto is forbidden.',
  hexFailed,
];

const pipenvDeploy = [
  'Installing dependencies from Pipfile.lock (e64405)...',
  'Your Pipfile.lock (e64405) is out of date. Expected: (40bf6b).',
  'Usage: pipenv install [OPTIONS] [PACKAGES]...',
  '',
  'ERROR:: Aborting deploy',
];

const pipenvLock = (cause: string[]): string[] => [
  'Locking [packages] dependencies...',
  'Building requirements...',
  'Resolving dependencies...',
  '✘ Locking Failed!',
  ...cause,
  '[pipenv.exceptions.ResolutionFailure]: Warning: Your dependencies could not be resolved. You likely have a mismatch in your sub-dependencies.',
  '  First try clearing your dependency cache with $ pipenv lock --clear, then try the original command again.',
  ' Alternatively, you can use $ pipenv install --skip-lock to bypass this mechanism, then run $ pipenv graph to inspect the situation.',
  '  Hint: try $ pipenv lock --pre if it is a pre-release dependency.',
  'ERROR: ResolutionFailure',
];

const juliaUnsatisfiable = (prefix: string): string[] => [
  '   Resolving package versions...',
  `${prefix}Unsatisfiable requirements detected for package JET [c3a54625]:`,
  ' JET [c3a54625] log:',
  ' ├─possible versions are: 0.0.1-0.9.18 or uninstalled',
  ' ├─restricted to versions 0.11 by MyPkg [0b1c2d3e], leaving only versions: 0.11.0',
  ' └─restricted by julia compatibility requirements to versions: 0.8.22-0.9.18 or uninstalled — no versions left',
];

describe("a package manager's own words that no version set or package exists: dependency, not retried", () => {
  test.each([
    [
      'yarn 1, a package the registry does not hold',
      'yarn install --frozen-lockfile',
      yarnNotFound,
      'yarn-package-not-found',
    ],
    ['mix, a package Hex does not hold', 'mix deps.get', mixNoPackage, 'hex-resolution-failed'],
    ['mix, no version matching mix.exs', 'mix deps.get', mixNoVersion, 'hex-resolution-failed'],
    ['pipenv --deploy, a stale lock', 'pipenv install --deploy --dev', pipenvDeploy, 'pipenv-resolve'],
    ['pipenv lock, no version set', 'pipenv lock', pipenvLock([]), 'pipenv-resolve'],
    [
      'Julia, from a script',
      'julia --project=. ci/instantiate.jl',
      juliaUnsatisfiable('ERROR: LoadError: '),
      'julia-pkg-unsatisfiable',
    ],
    [
      'Julia, from -e',
      'julia --project=. -e "using Pkg; Pkg.instantiate()"',
      juliaUnsatisfiable('ERROR: '),
      'julia-pkg-unsatisfiable',
    ],
  ])('%s', (_name, command, output, rule) => {
    const v = classify({ log: failedRunLog(command, output) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe(rule);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("Hex's solver: its explanation and its last word are both dependency's", () => {
    expect(ruleFires(ruleSet, 'hex-resolution-failed', hexFailed)).toBe(true);
    const v = classify({ log: failedRunLog('mix deps.get', mixSolver) });
    expect(v.type).toBe('dependency');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('the same tools where nothing failed to resolve, or the network did', () => {
  test.each([
    // package-request.js throws this for any error not yarn's own while a dependency resolves, a dropped
    // connection among them: the words do not say which
    [
      'yarn-package-not-found',
      'error Couldn\'t find package "left-pad@^1.3.0" required by "app@1.0.0" on the "npm" registry.',
    ],
    ['yarn-package-not-found', 'error Command failed with exit code 2.'],
    ['hex-resolution-failed', '** (Mix) mix format failed due to --check-formatted.'],
    ['hex-resolution-failed', '** (Mix) Could not compile dependency :jason, "mix compile" failed.'],
    // without --deploy pipenv locks again and goes on
    ['pipenv-resolve', 'Pipfile.lock (e64405) out of date: run `pipenv lock` to update to (40bf6b)...'],
    ['pipenv-resolve', 'Step 13/16 : COPY Pipfile Pipfile.lock .python-version update_requirements.sh /tmp/'],
    [
      'julia-pkg-unsatisfiable',
      '1) Composer\\Test\\DependencyResolver\\SolverTest::testUnsatisfiableRequires',
    ],
    [
      'julia-pkg-unsatisfiable',
      '  Expression: Pkg.add("Example")  # Unsatisfiable requirements detected for package',
    ],
  ])('%s does not fire on: %s', (id, line) => expect(ruleFires(ruleSet, id, line)).toBe(false));

  test("pipenv's wrapper over an index it could not reach stays the network's, and is retried", () => {
    const v = classify({
      log: failedRunLog(
        'pipenv lock',
        pipenvLock([
          "[ResolutionFailure]:       pipenv.patched.pip._vendor.urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/requests/ (Caused by NewConnectionError('<pipenv.patched.pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
        ]),
      ),
    });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });
});
