/**
 * A job set up without what its commands need, in the tools' own words (config, never retried), where the
 * classifier read a generic line or the command's kind before: git committing with no identity (rule
 * git-identity-missing, git's ident.c), apt run without root (rule apt-not-root, apt's debSystem::Lock), and a
 * Maven repository refusing Gradle's unauthenticated request (rule gradle-repository-auth-refused, Gradle's
 * HttpErrorStatusCodeException) under the resolver's failure it caused. And conda's libmamba solver's
 * unsatisfiable specs are a dependency failure like conda's own (rule conda-resolve). None of these lines is in
 * the corpus; git's and apt's output is theirs, run here (git 2.39.5, apt 2.6.1), the host name filled in; sudo's
 * no-terminal refusal (rule sudo-no-terminal) is its tgetpass.c warning.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

describe('git committing where the job set no identity (rule git-identity-missing)', () => {
  const hint = [
    'Author identity unknown',
    '',
    '*** Please tell me who you are.',
    '',
    'Run',
    '',
    '  git config --global user.email "you@example.com"',
    '  git config --global user.name "Your Name"',
    '',
    "to set your account's default identity.",
    'Omit --global to set the identity only in this repository.',
    '',
  ];
  const fatal = "fatal: unable to auto-detect email address (got 'runner@fv-az1234-56.(none)')";

  test('is config, shown on the line git printed, not a git failure and not retried', () => {
    const result = classify({ log: failedRunLog('git commit -am "chore: release"', [...hint, fatal], 128) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('git-identity-missing');
    expect(result.evidence?.text).toBe(fatal);
    expect(retriedOnPr(result)).toBe(false);
  });

  test("git's other fatal lines stay git's", () => {
    const rules = defaultRuleSet();
    expect(
      ruleFires(rules, 'git-identity-missing', 'fatal: empty ident name (for <ci@example.com>) not allowed'),
    ).toBe(true);
    expect(
      ruleFires(rules, 'git-identity-missing', "fatal: couldn't find remote ref refs/heads/gh-pages"),
    ).toBe(false);
  });
});

describe('apt run without root (rule apt-not-root)', () => {
  const apt = [
    'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)',
    'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?',
  ];

  test('is config, not a package apt could not install', () => {
    const result = classify({ log: failedRunLog('apt-get install -y libsqlite3-dev', apt, 100) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('apt-not-root');
    expect(retriedOnPr(result)).toBe(false);
  });

  test('a tool that tried apt without root, then with sudo, and failed later for another reason is not this', () => {
    // The line counts only at the end of the failed step (block): here apt got past it under sudo.
    const filler = Array.from({ length: 120 }, (_, i) => `Setting up package-${i} (1.0-1) ...`);
    const result = classify({
      log: failedRunLog('./scripts/ci.sh', [...apt, ...filler, 'Segmentation fault (core dumped)'], 139),
    });
    expect(result.type).not.toBe('config');
  });

  test('another apt holding the lock is not this rule', () => {
    const held = 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 2345 (apt-get)';
    expect(ruleFires(defaultRuleSet(), 'apt-not-root', held)).toBe(false);
  });
});

describe("a Maven repository refusing Gradle's request for want of credentials (rule gradle-repository-auth-refused)", () => {
  const url = 'https://maven.pkg.github.com/acme/lib/com/acme/lib/1.2.0/lib-1.2.0.pom';
  // Gradle's failure block as it prints a resolution failure's causes, each '> ' under the one it explains.
  const failure = (status: string): string[] => [
    'FAILURE: Build failed with an exception.',
    '',
    '* What went wrong:',
    "Execution failed for task ':app:compileDebugKotlin'.",
    "> Could not resolve all files for configuration ':app:debugCompileClasspath'.",
    '   > Could not resolve com.acme:lib:1.2.0.',
    '     Required by:',
    '         project :app',
    '      > Could not resolve com.acme:lib:1.2.0.',
    `         > Could not get resource '${url}'.`,
    `            > Could not GET '${url}'. Received status code ${status} from server: Unauthorized`,
    '',
    '* Try:',
    '> Run with --stacktrace option to get the stack trace.',
    '',
    'BUILD FAILED in 12s',
  ];

  test('a 401 is config, the cause of the resolution failure (dependency) it wraps', () => {
    const result = classify({ log: failedRunLog('./gradlew assembleDebug', failure('401')) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('gradle-repository-auth-refused');
    expect(retriedOnPr(result)).toBe(false);
  });

  test("the public repositories' 403 and JitPack's 401 are not a credentials problem: not this rule", () => {
    // Sonatype's throttle answers CI runners 403 for a while; JitPack answers 401 for an artifact it has not built.
    const rules = defaultRuleSet();
    for (const public_ of [
      'https://repo.maven.apache.org/maven2/com/acme/lib/1.2.0/lib-1.2.0.pom',
      'https://repo1.maven.org/maven2/com/acme/lib/1.2.0/lib-1.2.0.pom',
      'https://plugins.gradle.org/m2/com/acme/lib/1.2.0/lib-1.2.0.pom',
      'https://jitpack.io/com/github/acme/lib/1.2.0/lib-1.2.0.pom',
    ])
      for (const status of ['401', '403'])
        expect(
          ruleFires(
            rules,
            'gradle-repository-auth-refused',
            `> Could not GET '${public_}'. Received status code ${status} from server: Forbidden`,
          ),
        ).toBe(false);
    expect(
      ruleFires(
        rules,
        'gradle-repository-auth-refused',
        `> Could not GET '${url}'. Received status code 403 from server: Forbidden`,
      ),
    ).toBe(true);
  });

  test('a 5xx is no credentials problem: not this rule', () => {
    const line = `> Could not GET '${url}'. Received status code 502 from server: Bad Gateway`;
    expect(ruleFires(defaultRuleSet(), 'gradle-repository-auth-refused', line)).toBe(false);
    const result = classify({ log: failedRunLog('./gradlew assembleDebug', failure('502')) });
    expect(result.rule).not.toBe('gradle-repository-auth-refused');
  });
});

test("conda's libmamba solver's unsatisfiable specs are a dependency failure (rule conda-resolve)", () => {
  const log = failedRunLog('conda env create -f environment.yml', [
    'Channels:',
    ' - conda-forge',
    'Platform: linux-64',
    'Collecting package metadata (repodata.json): done',
    'Solving environment: failed',
    '',
    'LibMambaUnsatisfiableError: Encountered problems while solving:',
    '  - nothing provides requested numpy 9.9.9',
  ]);
  const result = classify({ log });
  expect(result.type).toBe('dependency');
  expect(result.rule).toBe('conda-resolve');
});

describe('sudo with no terminal and no passwordless sudo (rule sudo-no-terminal)', () => {
  // sudo-project/sudo src/tgetpass.c's warning behind sudo_warnx's 'sudo: ', then the refusal it leads to.
  const sudo = [
    'sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper',
    'sudo: a password is required',
  ];

  test('is config on a runner whose user has no passwordless sudo, and not retried', () => {
    const result = classify({ log: failedRunLog('sudo apt-get install -y libsqlite3-dev', sudo) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('sudo-no-terminal');
    expect(retriedOnPr(result)).toBe(false);
  });

  test('a wrong password typed on a terminal is not this rule', () => {
    expect(ruleFires(defaultRuleSet(), 'sudo-no-terminal', 'sudo: 3 incorrect password attempts')).toBe(
      false,
    );
  });
});
