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

const files = {
  // The `slow` execution runs the tests tagged slow, which the default one leaves out.
  'pom.xml': `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>one</artifactId><version>1</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId><version>5.10.2</version><scope>test</scope></dependency></dependencies>
  <build><plugins>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version>
      <configuration><excludedGroups>slow</excludedGroups></configuration>
      <executions><execution><id>slow</id><configuration><groups>slow</groups><excludedGroups combine.self="override"/><reportsDirectory>\${project.build.directory}/slow-reports</reportsDirectory></configuration></execution></executions>
    </plugin>
  </plugins></build>
</project>
`,
  'src/test/java/demo/ATest.java': `package demo;
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
`,
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
