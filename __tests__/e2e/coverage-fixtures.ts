/**
 * A vitest test that fails every run under vitest's V8 coverage and passes every run without it: V8's block
 * counters are the isolate's, and the provider has them counting since the file started, so a precise-coverage
 * session the test opens itself (as a coverage tool's own tests do) finds `target` called twice, not once.
 * Measured with vitest and @vitest/coverage-v8 3.2.7 on Node 20.
 */
export const VITEST_COUNTS = `import { test, expect } from 'vitest';
import { Session } from 'node:inspector/promises';

function target(x) { return x + 1; }
target(1);

test('counts calls from its start', async () => {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  target(2);
  const { result } = await session.post('Profiler.takePreciseCoverage');
  session.disconnect();
  const fn = result.flatMap((r) => r.functions).find((f) => f.functionName === 'target');
  expect(fn.ranges[0].count).toBe(1);
});
`;

/** The same test under `node --test`: `--experimental-test-coverage` has V8 count calls from the start too. */
export const NODE_COUNTS = VITEST_COUNTS.replace(
  "import { test, expect } from 'vitest';",
  "import { test } from 'node:test';\nimport assert from 'node:assert';",
).replace('expect(fn.ranges[0].count).toBe(1);', 'assert.strictEqual(fn.ranges[0].count, 1);');

/**
 * A Maven project whose tests run under the JaCoCo agent unless `-Djacoco.skip=true`, as jacoco-maven-plugin's
 * prepare-agent sets Surefire's `argLine` unless that property is set (the plugin is not in Debian: the profile
 * does what it does, with Debian's agent, libjacoco-java 0.8.6, copied into the project as `jacocoagent.jar`).
 * The agent adds `$jacocoInit` to each class it instruments, so a test that reads a class's declared methods
 * fails under it every run. Release 11: JaCoCo 0.8.6 reads class files up to Java 15.
 */
export const MAVEN_JACOCO = {
  'pom.xml': `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>one</artifactId><version>1</version>
  <properties><maven.compiler.release>11</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId><version>5.10.2</version><scope>test</scope></dependency></dependencies>
  <build><plugins>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin>
  </plugins></build>
  <profiles><profile><id>jacoco</id>
    <activation><property><name>!jacoco.skip</name></property></activation>
    <properties><argLine>-javaagent:\${project.basedir}/jacocoagent.jar=destfile=\${project.build.directory}/jacoco.exec</argLine></properties>
  </profile></profiles>
</project>
`,
  'src/main/java/demo/Point.java':
    'package demo;\npublic class Point { public final int x; public Point(int x) { this.x = x; } }\n',
  'src/test/java/demo/PointTest.java': `package demo;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class PointTest {
  @Test void noMethods() { assertEquals("[]", Arrays.toString(Point.class.getDeclaredMethods())); }
}
`,
};

/** Debian's JaCoCo agent (libjacoco-java), which holds the agent jar itself. */
export const JACOCO_AGENT = '/usr/share/java/org.jacoco.agent.jar';
