/**
 * Issue 68: Java's tools failing as CI jobs make them fail, whole steps (`real-jvm-cases.ts`): Debian's OpenJDK 17
 * (javac, javadoc, java, jar, keytool, jarsigner) and Maven 3.8.7 offline from Debian's repository, run as a workflow
 * runs a `run:` step (`real-env-run.ts` runEnvCase, `bash -e {0}`) and classified as one GitHub Actions step. Each
 * failing case asserts TAXONOMY.md's type, whether the default policy retries it on a pull request (the transient
 * types only), and that the line the verdict shows states the cause (never the echo, Maven's `BUILD FAILURE` or
 * `[Help 1]` footer, javac's `1 error` tally or the runner's exit line). A passing look-alike (`passes`) passes inside
 * a job whose later step fails saying nothing: it must not be typed. HOME (Maven's settings and local repository) is
 * each case's temporary project; every case is offline. `REAL_JVM_TABLE=1` prints each verdict
 * (`TABLE|case|type|verdict [rule] retried line shown`), `REAL_JVM_LOGS=<dir>` writes each case's job log there.
 * Under CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails the file; elsewhere its cases skip, saying which.
 *
 * Time (2026-12-02, 2 shared cores at load 15-18, five batteries running): 179-320 s (jest's figure), each JVM
 * start 4-5 s and each mvn 15-20 s at that load; not measured on an idle machine. The hook allows 420 s.
 */
import { realBattery } from './real-battery.js';
import { runEnvCase } from './real-env-run.js';
import { JVM_CASES } from './real-jvm-cases.js';

/**
 * No MAVEN_OPTS from the caller's environment; Maven's JVM compiles less and collects in one thread, as short CI
 * builds often set (it starts twice as fast on a loaded machine). An empty JAVA_TOOL_OPTIONS would be printed.
 */
const quiet = (): Record<string, string> => ({
  NO_COLOR: '1',
  MAVEN_OPTS: '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC',
});

realBattery({
  title: "Java's tools' failures, classified as a GitHub Actions step",
  cases: JVM_CASES,
  run: (c) => runEnvCase(c, quiet),
  name: 'JVM',
  hookMs: 420_000,
  // Two at a time: the machine is shared, and each JVM starts on both cores.
  width: 2,
  notShown:
    /^##\[(?:group\]|error\]Process completed with exit code)|^shell: |BUILD FAILURE|^\[ERROR\] \[Help \d+\] |^\d+ errors?$/,
});
