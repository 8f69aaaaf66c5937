/**
 * Issue 68, dependency read as test or build and transients missed, in sbt's and coursier's own words: sbt's update
 * failing (sbt.librarymanagement.ResolveException, coursier's FetchError) is dependency whatever the command names
 * (rule sbt-resolve-failed); where coursier says under it that a download was cut (`download error: Caught
 * java.net.SocketException ... while downloading <url>`, coursier cache Downloader.scala), that is the cause,
 * retried (rule coursier-download-transient). Not a certificate the JVM does not trust, nor a malformed URL.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const RESOLVE =
  '[error] sbt.librarymanagement.ResolveException: Error downloading org.furyio:fury-core:0.4.0-SNAPSHOT';
const TRACE =
  '[error] \tat lmcoursier.CoursierDependencyResolution.unresolvedWarningOrThrow(CoursierDependencyResolution.scala:344)';
const sbt = (under: string[]): string[] => [
  '[info] set current project to fury-scala (in build file:/home/runner/work/fury/fury/scala/)',
  '[warn] ',
  '[warn] \tNote: Unresolved dependencies path:',
  RESOLVE,
  '[error]   Not found',
  '[error]   Not found',
  '[error]   not found: /home/runner/.ivy2/localorg.furyio/fury-core/0.4.0-SNAPSHOT/ivys/ivy.xml',
  ...under,
  TRACE,
  '[error] (update) sbt.librarymanagement.ResolveException: Error downloading org.furyio:fury-core:0.4.0-SNAPSHOT',
  '[error] Total time: 3 s, completed Nov 21, 2023 9:14:02 AM',
];
const CUT =
  '[error]   download error: Caught java.net.ConnectException: Connection timed out (Connection timed out) (Connection timed out (Connection timed out)) while downloading https://repo1.maven.org/maven2/org/furyio/fury-core/0.4.0-SNAPSHOT/fury-core-0.4.0-SNAPSHOT.pom';

test('a module no repository has: dependency, not the test run sbt was asked for', () => {
  const v = classify({
    log: failedRunLog(
      'sbt test',
      sbt([
        '[error]   not found: https://repo1.maven.org/maven2/org/furyio/fury-core/0.4.0-SNAPSHOT/fury-core-0.4.0-SNAPSHOT.pom',
      ]),
      1,
    ),
  });
  expect(v.type).toBe('dependency');
  expect(v.evidence?.text).toBe(RESOLVE);
  expect(retriedOnPr(v)).toBe(false);
});

test('a download coursier could not finish under it: network, retried', () => {
  const v = classify({ log: failedRunLog('sbt test', sbt([CUT]), 1) });
  expect(v.type).toBe('network');
  expect(v.evidence?.text).toBe(CUT);
  expect(retriedOnPr(v)).toBe(true);
});

test("coursier's own CLI and mill: the download cut is network", () => {
  const line =
    'Exception in thread "main" coursier.cache.ArtifactError$DownloadError: download error: Caught java.net.SocketException (Connection reset) while downloading https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.9%2B10/OpenJDK21U-jdk_x64_linux_hotspot_21.0.9_10.tar.gz';
  const v = classify({
    log: failedRunLog(
      './mill __.compile',
      [line, '\tat coursier.cache.internal.Downloader$.$anonfun$downloading$1(Downloader.scala:853)'],
      1,
    ),
  });
  expect(v.type).toBe('network');
  expect(retriedOnPr(v)).toBe(true);
});

describe('look-alikes a retry does not cure', () => {
  const ruleSet = defaultRuleSet();
  test.each([
    '[error]   download error: Caught javax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target while downloading https://repo.scala-sbt.org/scalasbt/sbt-plugin-releases/com.eed3si9n/sbt-buildinfo/scala_2.12/sbt_1.0/0.10.0/ivys/ivy.xml',
    '[error]   download error: Caught java.net.URISyntaxException: Illegal character in path at index 87: https://repo.scala-sbt.org/x/[0,1)/ivys/ivy.xml while downloading https://repo.scala-sbt.org/x/[0,1)/ivys/ivy.xml',
    '[error]   download error: Caught java.net.ConnectException: Connection refused (Connection refused) while downloading http://localhost:8081/repository/maven-public/a/b/1/b-1.pom',
    // A service container's repository (its name has no dot) that is not up refuses on every run.
    '[error]   download error: Caught java.net.ConnectException: Connection refused (Connection refused) while downloading http://nexus:8081/repository/maven-public/a/b/1/b-1.pom',
  ])('%s', (line) => {
    expect(ruleFires(ruleSet, 'coursier-download-transient', line)).toBe(false);
    const v = classify({ log: failedRunLog('sbt test', sbt([line]), 1) });
    expect(retriedOnPr(v)).toBe(false);
  });
});
