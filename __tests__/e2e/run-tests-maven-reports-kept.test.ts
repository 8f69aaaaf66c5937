/**
 * Surefire's reports are the step's: the job uploads `target/surefire-reports` after it (a test reporter, an
 * artifact). A re-run of one failed method writes its class's `TEST-<class>.xml` (and `<class>.txt`) again,
 * with that method alone: the upload showed one passed test where the step ran three and one failed. Surefire
 * has no property to write elsewhere, so ci-recovery reads the re-run's report for its verdict and then puts
 * the step's back. Through the real `dist/run.js` with Maven offline. Needs a built dist (`npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

/** One module, JUnit 5, offline. */
const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>one</artifactId><version>1</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId><version>5.10.2</version><scope>test</scope></dependency></dependencies>
  <build><plugins>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin>
  </plugins></build>
</project>
`;

/** `flaky` fails on its first run only; `ok` and `alsoOk` pass; `broken` (in BTest) fails every run. */
const CLASSES = {
  'src/test/java/demo/ATest.java': `package demo;
import java.nio.file.*;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class ATest {
  @Test void ok() {}
  @Test void alsoOk() {}
  @Test void flaky() throws Exception {
    Path marker = Paths.get(".ran-once");
    boolean first = !Files.exists(marker);
    Files.write(marker, new byte[0]);
    assertFalse(first, "fails on its first run");
  }
}
`,
};

describeIfRunner('maven', "Surefire's reports after a flake's re-run", () => {
  it("the flake goes green, and its class's report is the step's again: three tests, one failed", async () => {
    const reports: Record<string, string> = {};
    const keep = (dir: string): void => {
      for (const f of ['TEST-demo.ATest.xml', 'demo.ATest.txt'])
        reports[f] = readFileSync(path.join(dir, 'target/surefire-reports', f), 'utf8');
    };
    const r = await testStep(
      { 'pom.xml': pom, ...CLASSES },
      { run: 'mvn -o -B test' },
      { pullRequest: true, after: keep },
    );
    expect(r.outputs).toMatchObject({ 'flaky-tests': 'maven:demo.ATest::flaky', 'failed-tests': '' });
    expect(r.conclusion).toBe('success');
    // The step's run: three tests, flaky failed. The re-run's alone would hold one test, passed.
    expect(reports['TEST-demo.ATest.xml']).toMatch(/<testsuite [^>]*tests="3"[^>]*failures="1"/);
    expect(reports['TEST-demo.ATest.xml']).toContain('fails on its first run');
    expect(reports['demo.ATest.txt']).toContain('Tests run: 3, Failures: 1, Errors: 0, Skipped: 0');
    expect(r.log).toContain(
      "re-run 1): mvn -o -B test -Dsurefire.failIfNoSpecifiedTests=false '-Dtest=demo.ATest#flaky'",
    );
  });
});
