/**
 * A step whose tool or project is not where the job runs it, in the tool's own words (issue 68: a required companion
 * tool not installed, a path the workflow names that does not exist): config, shown on that line. Each was typed by
 * its command's name (build for gradlew, quality-gate for tsc) or unknown before its rule's alternative.
 */
import { classify } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr } from '../classify-logs.js';

interface Case {
  name: string;
  rule: string;
  run: string;
  output: string[];
  exit: number;
  /** The line shown, its colour codes taken off. */
  line: string;
}

const ANDROID_SDK =
  "> SDK location not found. Define a valid SDK location with an ANDROID_HOME environment variable or by setting the sdk.dir path in your project's local properties file at '/home/runner/work/app/app/local.properties'.";

const CASES: Case[] = [
  {
    // the Android Gradle plugin's SdkLocator under Gradle's `* What went wrong:`
    name: 'the Android SDK nowhere the plugin looks',
    rule: 'android-sdk-setup-missing',
    run: './gradlew assembleDebug',
    output: [
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Could not determine the dependencies of task ':app:compileDebugJavaWithJavac'.",
      ANDROID_SDK,
      '',
      'BUILD FAILED in 5s',
    ],
    exit: 1,
    line: ANDROID_SDK,
  },
  {
    // compose-spec/compose-go cli/options.go getConfigPathsFromOptions
    name: 'Docker Compose where no compose file is',
    rule: 'project-manifest-missing',
    run: 'docker compose up -d',
    output: ['no configuration file provided: not found'],
    exit: 1,
    line: 'no configuration file provided: not found',
  },
  {
    // npm's tsc 2.0.4 bin/tsc.js, as `npx tsc --noEmit` printed it here in a project without typescript
    name: 'npx tsc without TypeScript installed',
    rule: 'project-manifest-missing',
    run: 'npx tsc --noEmit',
    output: [
      '',
      `\u001b[41m${' '.repeat(79)}\u001b[0m`,
      '\u001b[41m\u001b[37m                This is not the tsc command you are looking for                \u001b[0m',
      `\u001b[41m${' '.repeat(79)}\u001b[0m`,
      '',
      'To get access to the TypeScript compiler, \u001b[34mtsc\u001b[0m, from the command line either:',
      '',
      '- Use \u001b[1mnpm install typescript\u001b[0m to first add TypeScript to your project \u001b[1mbefore\u001b[0m using npx',
      '- Use \u001b[1myarn\u001b[0m to avoid accidentally running code from un-installed packages',
    ],
    exit: 1,
    line: 'This is not the tsc command you are looking for',
  },
  {
    // Hugo 0.80's tocss transformer in the standard edition (openbikesensor/openbikesensor.github.io issue 52)
    name: 'Hugo without its extended edition',
    rule: 'tool-minimum-version',
    run: 'hugo --minify',
    output: [
      'Start building sites … ',
      'Error: Error building site: TOCSS: failed to transform "scss/main.scss" (text/x-scss). Check your Hugo installation; you need the extended version to build SCSS/SASS.',
    ],
    exit: 1,
    line: 'Error: Error building site: TOCSS: failed to transform "scss/main.scss" (text/x-scss). Check your Hugo installation; you need the extended version to build SCSS/SASS.',
  },
];

describe("a step's tool or project not where the job runs it", () => {
  test.each(CASES)('$name: config, on its line', ({ rule, run, output, exit, line }) => {
    const v = classify({ log: jobLog(actionsStep({ run }, output, exit)) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe(rule);
    expect(v.evidence?.text.trim()).toBe(line.trim());
    expect(retriedOnPr(v)).toBe(false);
  });
});

const MAVEN_PREFIX =
  "[ERROR] No plugin found for prefix 'spotless' in the current project and in the plugin groups [org.apache.maven.plugins, org.codehaus.mojo] available from the repositories [local (/home/runner/.m2/repository), central (https://repo.maven.apache.org/maven2)] -> [Help 1]";
const MAVEN_BUILD_FAILURE = [
  '[INFO] ------------------------------------------------------------------------',
  '[INFO] BUILD FAILURE',
  '[INFO] ------------------------------------------------------------------------',
];

describe('a runner or build tool finding nothing of what the step names (as each printed it here)', () => {
  test.each([
    // Debian's go 1.19: cmd/go/internal/test/test.go after the loader's warning
    {
      run: 'go test ./pkg/...',
      output: ['go: warning: "./pkg/..." matched no packages', 'no packages to test'],
      exit: 1,
      rule: 'test-runner-found-no-tests',
      line: 'no packages to test',
    },
    // cargo's unit generator, a library crate without tests/integration.rs
    {
      run: 'cargo test --test integration',
      output: ['error: no test target named `integration` in default-run packages'],
      exit: 101,
      rule: 'test-runner-found-no-tests',
      line: 'error: no test target named `integration` in default-run packages',
    },
    // Debian's Maven 3: maven-core's NoPluginFoundForPrefixException, a POM without the plugin
    {
      run: 'mvn -B spotless:check',
      output: ['[INFO] Scanning for projects...', ...MAVEN_BUILD_FAILURE, MAVEN_PREFIX],
      exit: 1,
      rule: 'maven-plugin-prefix-unknown',
      line: MAVEN_PREFIX,
    },
  ])('$run: config ($rule)', ({ run, output, exit, rule, line }) => {
    const v = classify({ log: jobLog(actionsStep({ run }, output, exit)) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe(rule);
    expect(v.evidence?.text.trim()).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("Maven's prefix not found after the plugin groups' metadata could not be fetched is network, retried", () => {
    // The same run with no network, as Debian's Maven 3 printed it here (its other warnings left out)
    const transfer = (group: string): string =>
      `[WARNING] Could not transfer metadata ${group}/maven-metadata.xml from/to central (https://repo.maven.apache.org/maven2): transfer failed for https://repo.maven.apache.org/maven2/${group.replaceAll('.', '/')}/maven-metadata.xml`;
    const output = [
      '[INFO] Scanning for projects...',
      transfer('org.apache.maven.plugins'),
      transfer('org.codehaus.mojo'),
      ...MAVEN_BUILD_FAILURE,
      MAVEN_PREFIX,
    ];
    const v = classify({ log: jobLog(actionsStep({ run: 'mvn -B spotless:check' }, output, 1)) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('maven-plugin-prefix-unreachable');
    expect(retriedOnPr(v)).toBe(true);
  });
});
