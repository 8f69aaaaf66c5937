/**
 * Quality gates, dependency and set-up failures in the words of the tools that fail the job (rules
 * vulnerability-audit-found, maven-enforcer-dependency-rule, maven-enforcer-files-size,
 * maven-enforcer-environment-rule), as a user's failed GitHub
 * Actions step prints them: each line is a format string of the source the rule's `why` names, filled in. A
 * scanner's summary is printed only when it fails the job; the look-alikes (its clean summary, a finding below the
 * scan level, npm's install summary, an enforcer rule that only warned or that judges the JDK) must not fire.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const fires = (id: string, line: string): boolean => ruleFires(ruleSet, id, line);

describe('rule vulnerability-audit-found', () => {
  test.each([
    // cargo-audit presenter.rs status_err!
    'error: 1 vulnerability found!',
    'error: 12 vulnerabilities found!',
    'error: 2 vulnerabilities found in target/release/app',
    'error: 3 denied warnings found!',
    'error: 1 denied warning found!',
    // pip-audit _cli.py summary_msg
    'Found 1 known vulnerability in 1 package',
    'Found 4 known vulnerabilities, ignored 1 in 3 packages',
    // govulncheck text.go summary
    'Your code is affected by 1 vulnerability from 1 module.',
    'Your code is affected by 3 vulnerabilities from 2 modules and the Go standard library.',
    'Your code may be affected by 2 vulnerabilities.',
    // gitleaks root.go through zerolog's console writer, colours as the runner keeps them
    '9:15AM WRN leaks found: 2',
    '\u001b[90m9:15AM\u001b[0m \u001b[31mWRN\u001b[0m \u001b[1mleaks found: 2\u001b[0m',
    '9:15AM WRN 5 leaks found in partial scan',
  ])('fires on: %s', (line) => expect(fires('vulnerability-audit-found', line)).toBe(true));

  test.each([
    // the clean summaries
    'No known vulnerabilities found',
    'No known vulnerabilities found, 2 ignored',
    'No vulnerabilities found.',
    'Your code is affected by 0 vulnerabilities.',
    '9:15AM INF no leaks found',
    '9:15AM WRN no leaks found in partial scan',
    // pip-audit --fix that fixed what it found exits 0
    'Found 2 known vulnerabilities in 1 package and fixed 2 vulnerabilities in 1 package',
    // npm install's summary, on passing jobs too
    'found 0 vulnerabilities',
    '3 vulnerabilities (1 moderate, 2 high)',
    'found 3 vulnerabilities (1 moderate, 2 high)',
    // a test quoting the words, prose
    "    expected 'error: 1 vulnerability found!' to equal ''",
    'The advisory says 2 vulnerabilities found in the crate were fixed',
  ])('does not fire on: %s', (line) => expect(fires('vulnerability-audit-found', line)).toBe(false));
});

describe('rules maven-enforcer-dependency-rule and maven-enforcer-files-size', () => {
  test.each([
    '[ERROR] Rule 0: org.apache.maven.enforcer.rules.version.RequireMavenVersion failed with message:',
    '[ERROR] Rule 1: org.apache.maven.enforcer.rules.version.RequireJavaVersion(jdk) failed with message:',
    '[ERROR] Rule 2: org.apache.maven.enforcer.rules.property.RequireEnvironmentVariable failed with message:',
    '[ERROR] Rule 0: org.apache.maven.enforcer.rules.RequireOS failed with message:',
    '[WARNING] Rule 0: org.apache.maven.plugins.enforcer.RequireJavaVersion failed with message:',
    'org.apache.maven.plugins.enforcer.RequireProperty failed with message:',
  ])('maven-enforcer-environment-rule fires on: %s', (line) =>
    expect(fires('maven-enforcer-environment-rule', line)).toBe(true),
  );
  test.each([
    '[WARNING] Rule 0: org.apache.maven.enforcer.rules.version.RequireMavenVersion warned with message:',
    '[ERROR] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence failed with message:',
    '[ERROR] Rule 2: org.apache.maven.enforcer.rules.files.RequireFilesSize failed with message:',
    '[INFO] --- enforcer:3.4.1:enforce (enforce) @ app ---',
  ])('maven-enforcer-environment-rule does not fire on: %s', (line) =>
    expect(fires('maven-enforcer-environment-rule', line)).toBe(false),
  );

  test.each([
    '[ERROR] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence failed with message:',
    '[ERROR] Rule 1: org.apache.maven.enforcer.rules.dependency.RequireUpperBoundDeps(upper-bounds) failed with message:',
    '[ERROR] Rule 0: org.apache.maven.enforcer.rules.dependency.RequireReleaseDeps failed with message:',
    '[ERROR] Rule 2: org.apache.maven.enforcer.rules.dependency.BanDynamicVersions failed with message:',
    // enforcer before 3.2.0: the plugin's own package, logged as a warning before 'Some Enforcer rules have failed.'
    '[WARNING] Rule 0: org.apache.maven.plugins.enforcer.DependencyConvergence failed with message:',
    // failFast: the class alone
    'org.apache.maven.plugins.enforcer.RequireUpperBoundDeps failed with message:',
  ])('maven-enforcer-dependency-rule fires on: %s', (line) =>
    expect(fires('maven-enforcer-dependency-rule', line)).toBe(true),
  );

  test.each([
    '[ERROR] Rule 0: org.apache.maven.enforcer.rules.files.RequireFilesSize failed with message:',
    '[WARNING] Rule 0: org.apache.maven.plugins.enforcer.RequireFilesSize failed with message:',
    'org.apache.maven.plugins.enforcer.RequireFilesSize failed with message:',
  ])('maven-enforcer-files-size fires on: %s', (line) =>
    expect(fires('maven-enforcer-files-size', line)).toBe(true),
  );

  test.each([
    // a rule at level WARN does not fail the build
    '[WARNING] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence warned with message:',
    '[WARNING] Rule 0: org.apache.maven.enforcer.rules.files.RequireFilesSize warned with message:',
    // the detail lines, which a rule at level WARN prints on a passing build
    '[WARNING] Dependency convergence error for org.slf4j:slf4j-api:jar:2.0.9:compile. Paths to dependency are:',
    '[ERROR] /home/runner/work/app/app/target/app-1.0.jar size (9001881) too large. Max. is 9000000',
    // rules that judge the JDK, Maven or the plugins, not the dependencies or the product
    '[ERROR] Rule 0: org.apache.maven.enforcer.rules.version.RequireJavaVersion failed with message:',
    '[ERROR] Rule 1: org.apache.maven.enforcer.rules.RequirePluginVersions failed with message:',
    // the plugin starting
    '[INFO] --- enforcer:3.4.1:enforce (enforce) @ app ---',
    // RequireUpperBoundDeps' message, printed after 'warned with message:' as well (a passing build)
    'Failed while enforcing RequireUpperBoundDeps. The error(s) are [',
    // since 3.2.0 a failed rule at -Denforcer.fail=false, logged as a warning on a passing build
    '[WARNING] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence failed with message:',
    '[WARNING] Rule 1: org.apache.maven.enforcer.rules.dependency.RequireUpperBoundDeps failed with message:',
    '[WARNING] Rule 2: org.apache.maven.enforcer.rules.files.RequireFilesSize failed with message:',
  ])('neither fires on: %s', (line) => {
    expect(fires('maven-enforcer-dependency-rule', line)).toBe(false);
    expect(fires('maven-enforcer-files-size', line)).toBe(false);
  });

  test.each([
    '[WARNING] Rule 0: org.apache.maven.enforcer.rules.version.RequireJavaVersion failed with message:',
    '[WARNING] Rule 1: org.apache.maven.enforcer.rules.property.RequireEnvironmentVariable failed with message:',
  ])('maven-enforcer-environment-rule does not fire on 3.2+ at -Denforcer.fail=false: %s', (line) =>
    expect(fires('maven-enforcer-environment-rule', line)).toBe(false),
  );
});

/** Maven's summary of a failed enforcer execution, each line of the exception's message behind `[ERROR] `. */
function enforcerFailure(message: string[]): string[] {
  return [
    '[INFO] --- enforcer:3.4.1:enforce (enforce) @ app ---',
    '[INFO] ------------------------------------------------------------------------',
    '[INFO] BUILD FAILURE',
    '[INFO] ------------------------------------------------------------------------',
    '[INFO] Total time:  3.112 s',
    '[INFO] ------------------------------------------------------------------------',
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.4.1:enforce (enforce) on project app: ',
    ...message.map((l) => `[ERROR] ${l}`),
    '[ERROR] -> [Help 1]',
    '[ERROR] ',
    '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.',
  ];
}

// The steps run the tools through a project's script, so no command word types them: the tool's line must.
describe('the verdict of a failed step in these words', () => {
  test.each([
    [
      './scripts/ci-checks.sh',
      [
        '    Fetching advisory database from `https://github.com/RustSec/advisory-db.git`',
        '      Loaded 812 security advisories (from /home/runner/.cargo/advisory-db)',
        '    Updating crates.io index',
        '    Scanning Cargo.lock for vulnerabilities (231 crate dependencies)',
        'Crate:     time',
        'Version:   0.1.45',
        'Title:     Potential segfault in the time crate',
        'Date:      2020-11-18',
        'ID:        RUSTSEC-2020-0071',
        'URL:       https://rustsec.org/advisories/RUSTSEC-2020-0071',
        'Solution:  Upgrade to >=0.2.23',
        'Dependency tree:',
        'time 0.1.45',
        '└── chrono 0.4.19',
        '    └── app 0.1.0',
        '',
        'error: 1 vulnerability found!',
      ],
      1,
      'vulnerability-audit-found',
    ],
    [
      './scripts/ci-checks.sh',
      [
        'Found 2 known vulnerabilities in 1 package',
        'Name   Version ID                  Fix Versions',
        '------ ------- ------------------- ------------',
        'jinja2 3.1.2   GHSA-h5c8-rqwp-cp95 3.1.3',
        'jinja2 3.1.2   GHSA-h75v-3vvj-5mfj 3.1.4',
      ],
      1,
      'vulnerability-audit-found',
    ],
    [
      './scripts/ci-checks.sh',
      [
        '=== Symbol Results ===',
        '',
        'Vulnerability #1: GO-2024-2687',
        '    HTTP/2 CONTINUATION flood in net/http',
        '  More info: https://pkg.go.dev/vuln/GO-2024-2687',
        '  Module: golang.org/x/net',
        '    Found in: golang.org/x/net@v0.17.0',
        '    Fixed in: golang.org/x/net@v0.23.0',
        '    Example traces found:',
        '      #1: internal/server/server.go:41:29: server.Serve calls http.Server.ListenAndServe',
        '',
        'Your code is affected by 1 vulnerability from 1 module.',
        'This scan also found 0 vulnerabilities in packages you import and 2',
        "vulnerabilities in modules you require, but your code doesn't appear to call these",
        'vulnerabilities.',
      ],
      3,
      'vulnerability-audit-found',
    ],
    [
      './scripts/ci-checks.sh',
      [
        '',
        '    ○',
        '    │╲',
        '    │ ○',
        '    ○ ░',
        '    ░    gitleaks',
        '',
        'Finding:     REDACTED',
        'Secret:      REDACTED',
        'RuleID:      generic-api-key',
        'File:        config/settings.py',
        'Line:        12',
        '',
        '9:15AM INF 41 commits scanned.',
        '9:15AM INF scanned ~120400 bytes (120.40 KB) in 88.1ms',
        '9:15AM WRN leaks found: 1',
      ],
      1,
      'vulnerability-audit-found',
    ],
    [
      './mvnw -B -ntp verify',
      enforcerFailure([
        'Rule 2: org.apache.maven.enforcer.rules.files.RequireFilesSize failed with message:',
        '/home/runner/work/app/app/target/app-1.0.jar size (9001881) too large. Max. is 9000000',
      ]),
      1,
      'maven-enforcer-files-size',
    ],
  ] as [string, string[], number, string][])(
    "%s (case %#) is quality-gate by the tool's own line, not retried",
    (run, output, exitCode, rule) => {
      const v = classify({ log: failedRunLog(run, output, exitCode) });
      expect(v.type).toBe('quality-gate');
      expect(v.rule).toBe(rule);
      expect(retriedOnPr(v)).toBe(false);
    },
  );

  test.each([
    [
      [
        'Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence failed with message:',
        '',
        'Dependency convergence error for org.slf4j:slf4j-api:jar:2.0.9:compile. Paths to dependency are:',
        '+-com.example:app:jar:1.0',
        '  +-org.slf4j:slf4j-api:jar:2.0.9:compile',
        'and',
        '+-com.example:app:jar:1.0',
        '  +-ch.qos.logback:logback-classic:jar:1.2.3:compile',
        '    +-org.slf4j:slf4j-api:jar:1.7.25:compile',
      ],
    ],
    [
      [
        'Rule 1: org.apache.maven.enforcer.rules.dependency.RequireUpperBoundDeps failed with message:',
        'Failed while enforcing RequireUpperBoundDeps. The error(s) are [',
        'Require upper bound dependencies error for com.google.guava:guava:31.0-jre paths to dependency are:',
        '+-com.example:app:1.0',
        '  +-com.google.guava:guava:31.0-jre',
        'and',
        '+-com.example:app:1.0',
        '  +-com.google.cloud:google-cloud-core:2.8.0',
        '    +-com.google.guava:guava:31.1-jre',
        ']',
      ],
    ],
  ] as [string[]][])(
    'a dependency enforcer rule that failed mvn verify is dependency, not retried',
    (message) => {
      const v = classify({ log: failedRunLog('mvn -B -ntp verify', enforcerFailure(message)) });
      expect(v.type).toBe('dependency');
      expect(retriedOnPr(v)).toBe(false);
    },
  );

  // enforcer-rules RequireUpperBoundDeps.java and EnforceMojo.java createRuleMessage @ 71aa6ddac1f9: a rule at
  // level WARN, or one that failed under -Denforcer.fail=false (3.2+), prints its message and the build goes on.
  test.each([
    '[WARNING] Rule 1: org.apache.maven.enforcer.rules.dependency.RequireUpperBoundDeps warned with message:',
    '[WARNING] Rule 1: org.apache.maven.enforcer.rules.dependency.RequireUpperBoundDeps failed with message:',
  ])('an enforcer rule the build went on past (%s) does not type a later failure', (head) => {
    const output = [
      '[INFO] --- enforcer:3.4.1:enforce (enforce) @ app ---',
      head,
      'Failed while enforcing RequireUpperBoundDeps. The error(s) are [',
      'Require upper bound dependencies error for com.google.guava:guava:31.0-jre paths to dependency are:',
      '+-com.example:app:1.0',
      '  +-com.google.guava:guava:31.0-jre',
      ']',
      '[INFO] --- resources:3.3.1:resources (default-resources) @ app ---',
      'Something odd happened',
    ];
    expect(classify({ log: failedRunLog('./ci.sh', output) }).type).not.toBe('dependency');
  });

  test.each([
    [
      [
        'Rule 0: org.apache.maven.enforcer.rules.version.RequireMavenVersion failed with message:',
        'Detected Maven Version: 3.6.3 is not in the allowed range [3.9.0,).',
      ],
    ],
    [
      [
        'Rule 1: org.apache.maven.enforcer.rules.property.RequireEnvironmentVariable failed with message:',
        'Environment variable "GPG_KEYNAME" is required for this build.',
      ],
    ],
  ] as [string[]][])(
    'an environment enforcer rule that failed mvn verify is config, not retried',
    (message) => {
      const v = classify({ log: failedRunLog('mvn -B -ntp verify', enforcerFailure(message)) });
      expect(v.type).toBe('config');
      expect(retriedOnPr(v)).toBe(false);
    },
  );
});
