/**
 * Maven runs the goals and phases of its command in order and stops at the first that fails: a goal named
 * after `test` (`failsafe:integration-test`, a second Surefire execution `surefire:test@slow`, a check) never
 * ran when a test failed, and the re-run runs the `test` phase alone. Here the flaky test's pass alone must
 * not stand for the step: the `slow` execution's broken test never ran. Through the real `dist/run.js` with
 * Maven offline. Needs a built dist (`npm run build`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const PR = { pullRequest: true };

/** A Maven project with the step's own plugins after the resources and compiler plugins. */
const pom = (
  plugins: string,
): string => `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>one</artifactId><version>1</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId><version>5.10.2</version><scope>test</scope></dependency></dependencies>
  <build><plugins>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    ${plugins}
  </plugins></build>
</project>
`;

/** A test that fails on its first run only: flaky. */
const FLAKY = `package demo;
import java.nio.file.*;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class ATest {
  @Test void flaky() throws Exception {
    Path marker = Paths.get(".ran-once");
    boolean first = !Files.exists(marker);
    Files.write(marker, new byte[0]);
    assertFalse(first, "fails on its first run");
  }
}
`;

const files = {
  // The `slow` execution runs the tests tagged slow, which the default one leaves out.
  'pom.xml': pom(`<plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version>
      <configuration><excludedGroups>slow</excludedGroups></configuration>
      <executions><execution><id>slow</id><configuration><groups>slow</groups><excludedGroups combine.self="override"/><reportsDirectory>\${project.build.directory}/slow-reports</reportsDirectory></configuration></execution></executions>
    </plugin>`),
  'src/test/java/demo/ATest.java': FLAKY,
  'src/test/java/demo/SlowTest.java': `package demo;
import org.junit.jupiter.api.*;
import static org.junit.jupiter.api.Assertions.*;
@Tag("slow")
class SlowTest { @Test void broken() { fail("broken for good"); } }
`,
};

describeIfRunner('maven', 'a goal the step names after test, which a failed test stopped', () => {
  it('the flaky test passes alone; surefire:test@slow never ran: the whole step runs, its broken test fails, red', async () => {
    const r = await testStep(files, { run: 'mvn -o -B test surefire:test@slow' }, PR);
    expect(r.log).toContain('Tests run: 1, Failures: 1, Errors: 0, Skipped: 0');
    expect(r.outputs['flaky-tests']).toBe('maven:demo.ATest::flaky');
    expect(r.log).toContain(
      "but Maven stops at the first goal that fails, so the goal 'surefire:test@slow' the step named after test may not have run: re-running the whole step once, as a plain retry would.",
    );
    expect(r.log).toContain('broken for good');
    expect(r.conclusion).toBe('failure');
  });
});

/**
 * A check bound to the `test` phase after Surefire (a `jacoco:check` with haltOnFailure; here the enforcer's
 * alwaysFail, which resolves offline) never ran in the step's run: Surefire's failed test stopped the build
 * first. The re-run's tests all pass and the check then fails it (BUILD FAILURE): the flaky test's pass alone must
 * not stand for the step.
 */
const withCheck = {
  'pom.xml': pom(`<plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin>
    <plugin><artifactId>maven-enforcer-plugin</artifactId><version>3.6.2</version>
      <executions><execution><id>coverage-check</id><phase>test</phase><goals><goal>enforce</goal></goals>
        <configuration><rules><alwaysFail><message>Coverage checks have not been met</message></alwaysFail></rules></configuration>
      </execution></executions></plugin>`),
  'src/test/java/demo/ATest.java': FLAKY,
};

describeIfRunner(
  'maven',
  'a check bound to the test phase after Surefire, which the failed test stopped',
  () => {
    it('the flaky test passes alone, the check fails the re-run: the whole step runs, the check fails it, red', async () => {
      const r = await testStep(withCheck, { run: 'mvn -o -B test' }, PR);
      expect(r.log).toContain('Tests run: 1, Failures: 1, Errors: 0, Skipped: 0');
      expect(r.log).toContain('Coverage checks have not been met');
      expect(r.log).toContain('re-running the whole step once, as a plain retry would.');
      expect(r.log).toContain('the whole step failed');
      expect(r.conclusion).toBe('failure');
    });
  },
);
