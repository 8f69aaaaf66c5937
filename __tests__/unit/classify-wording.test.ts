/**
 * Lines as tools print them (issue 44, item 3): natural-language phrases in any case, the time limits of other
 * CIs in their own words, tool prefixes before the text a rule expects, and counts of zero that are no finding.
 * Every line below is a tool's own output, cited; each failed on the classifier before the change it tests.
 */
import { classify, defaultRuleSet, normalizeLine } from '../../src/core/classify/index.js';

const ruleSet = defaultRuleSet();

function ruleMatches(id: string, line: string): boolean {
  const rule = ruleSet.rules.find((r) => r.spec.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.re.test(normalizeLine(line));
}

describe('natural-language phrases match in any case', () => {
  // golang/go src/syscall/zerrors_linux_amd64.go @ a60b4bf3: errors[28] "no space left on device" and
  // errors[110] "connection timed out", as os.PathError and net.OpError print them (paths and address filled in).
  test("Go's lowercase errno text: no space left on device is resource", () => {
    const log = 'write /var/lib/docker/tmp/GetImageBlob123: no space left on device';
    expect(ruleMatches('disk-full', log)).toBe(true);
    expect(classify({ log }).type).toBe('resource');
  });

  test("Go's lowercase errno text: connect: connection timed out is network", () => {
    const log = 'dial tcp 140.82.112.3:443: connect: connection timed out';
    expect(ruleMatches('network', log)).toBe(true);
    expect(classify({ log }).type).toBe('network');
  });
});

describe("other CIs' time limits in their own words", () => {
  // travis-ci/travis-worker lib/travis/worker/ssh/session.rb @ f5b31a55: NoOutputReceivedError (minutes filled in).
  test("Travis's 'No output has been received in the last 10 minutes' is timeout", () => {
    const log =
      'No output has been received in the last 10 minutes, this potentially indicates a stalled build or something wrong with the build itself.\n\nThe build has been terminated';
    expect(ruleMatches('no-output-watchdog', log.split('\n')[0] as string)).toBe(true);
    expect(classify({ log }).type).toBe('timeout');
  });

  // docker/datakit ci/src/cI_utils.ml:74 @ e047e55a: failf "Exceeded timeout of %a" pp_duration, logged by
  // ci/src/cI_cache.ml:285 as "Failed: %s" (duration filled in, pp_duration's "%.2f minutes").
  test("DataKit-CI's 'Failed: Exceeded timeout of 60.00 minutes' is timeout", () => {
    const log = 'Failed: Exceeded timeout of 60.00 minutes';
    expect(ruleMatches('ci-platform-time-limit', log)).toBe(true);
    expect(classify({ log }).type).toBe('timeout');
  });

  // jestjs/jest packages/jest-circus/src/utils.ts: `Exceeded timeout of ${formatTime(timeout)} for a test.`
  // A single test over its own limit is a failed test (TAXONOMY.md), not a CI time limit.
  test("jest's per-test 'Exceeded timeout of 5000 ms for a test.' is not a CI time limit", () => {
    expect(ruleMatches('ci-platform-time-limit', 'thrown: "Exceeded timeout of 5000 ms for a test.')).toBe(
      false,
    );
  });
});

describe("a tool's lines after Ant's task column", () => {
  // apache/ant src/main/org/apache/tools/ant/DefaultLogger.java @ df782bbb: each message of a task is printed
  // after `[task] `, right-aligned in a 12-character column (LEFT_COLUMN_SIZE). javac's own diagnostic,
  // openjdk/jdk src/jdk.compiler/share/classes/com/sun/tools/javac/resources/compiler.properties
  // (compiler.err.cant.resolve.location 'cannot find symbol', `{file}:{line}: error: {message}`); paths filled in.
  const javac = [
    '    [javac] Compiling 1 source file to /home/user/app/build/classes',
    '    [javac] /home/user/app/src/App.java:3: error: cannot find symbol',
    '    [javac]         helper();',
    '    [javac]         ^',
    '    [javac] 1 error',
  ].join('\n');

  test("javac's error after Ant's [javac] column is a compile error", () => {
    expect(normalizeLine(javac.split('\n')[1] as string)).toBe(
      '/home/user/app/src/App.java:3: error: cannot find symbol',
    );
    expect(classify({ log: javac })).toMatchObject({ type: 'build', rule: 'compiler-error' });
  });

  // Gradle's Ant logging prefix `[ant:checkstyle] ` before checkstyle's own line (checkstyle/checkstyle
  // src/main/java/com/puppycrawl/tools/checkstyle/DefaultLogger.java: `[ERROR] file:line:col: message [Check]`).
  test("checkstyle's violation after Gradle's [ant:checkstyle] column is a quality gate", () => {
    const log =
      '[ant:checkstyle] [ERROR] /home/user/app/src/main/java/App.java:12:5: Missing a Javadoc comment. [MissingJavadocMethod]';
    expect(normalizeLine(log)).toBe(
      '[ERROR] /home/user/app/src/main/java/App.java:12:5: Missing a Javadoc comment. [MissingJavadocMethod]',
    );
    expect(classify({ log }).type).toBe('quality-gate');
  });

  test("sbt's and Maven's level prefixes and Ant's [checkstyle] stay: rules read them", () => {
    expect(normalizeLine('[info] Compiling 3 Scala sources')).toBe('[info] Compiling 3 Scala sources');
    expect(normalizeLine('[INFO] BUILD SUCCESS')).toBe('[INFO] BUILD SUCCESS');
    // Ant's own checkstyle task column is what rule lint-other reads (`\[checkstyle\]`): it stays too.
    expect(normalizeLine('[checkstyle] Running Checkstyle 8.41 on 12 files')).toBe(
      '[checkstyle] Running Checkstyle 8.41 on 12 files',
    );
  });
});

describe('a count of zero is no finding', () => {
  // apache/maven-checkstyle-plugin src/main/java/org/apache/maven/plugins/checkstyle/CheckstyleViolationCheckMojo.java
  // @ 36bde8d75aba5e109637bb0762965f76fbb027b2: `"You have " + violations + " Checkstyle violation" + (violations > 1
  // || violations == 0 ? "s" : "") + "."`, logged at info when logViolationCountToConsole, thrown when over the
  // maximum; Maven prints it after `[INFO] `.
  test("maven-checkstyle-plugin's 'You have 0 Checkstyle violations.' claims nothing", () => {
    const log = '[INFO] You have 0 Checkstyle violations.';
    for (const id of ['lint-other', 'checkstyle-violation']) expect(ruleMatches(id, log)).toBe(false);
    expect(classify({ log }).type).toBe('unknown');
  });

  test("'You have 3 Checkstyle violations.' is still a quality gate", () => {
    const log =
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.1.2:check (validate) on project app: You have 3 Checkstyle violations. -> [Help 1]';
    expect(ruleMatches('checkstyle-violation', log)).toBe(true);
    expect(classify({ log }).type).toBe('quality-gate');
  });
});
