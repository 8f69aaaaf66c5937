/**
 * Real projects' shapes for the native runners: a tagged go test in a sub-package, a cargo workspace member
 * with a feature and `--test-threads=1` for the test binary, a Maven module built with its dependencies
 * (`-pl app -am`). Each re-run keeps the step's flags, selects the failed test alone, and a broken test stays
 * red beside a flaky one that goes green. Through the real `dist/run.js` with Debian's go, cargo and Maven,
 * offline. Needs a built dist (`npm run build`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { CARGO_ENV, goEnv, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const PR = { pullRequest: true };

describeIfRunner('go', 'go test -tags integration ./... with the failures in a sub-package', () => {
  it('each is re-run in its package under the tag: the flaky one green, the broken one red', async () => {
    const files = {
      'go.mod': 'module example.com/deep\n\ngo 1.19\n',
      'root_test.go': 'package deep\nimport "testing"\nfunc TestRoot(t *testing.T) {}\n',
      'internal/store/store_test.go': `//go:build integration

package store
import ("os"; "testing")
func TestOk(t *testing.T) {}
func TestFlaky(t *testing.T) {
  _, err := os.Stat(".ran-once")
  os.WriteFile(".ran-once", nil, 0o644)
  if err != nil { t.Fatal("fails on its first run") }
}
func TestBroken(t *testing.T) { t.Fatal("broken for good") }
`,
    };
    const r = await testStep(files, { run: 'go test -tags integration ./...' }, { ...PR, env: goEnv() });
    expect(r.log).toContain(
      "go test -tags integration -count=1 -v -run '^TestBroken$' 'example.com/deep/internal/store'",
    );
    expect(r.log).toContain("-run '^TestFlaky$' 'example.com/deep/internal/store'");
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'go:example.com/deep/internal/store::TestBroken',
      'flaky-tests': 'go:example.com/deep/internal/store::TestFlaky',
    });
  });
});

describeIfRunner('cargo', 'cargo test -p member --features x -- --test-threads=1 in a workspace', () => {
  it("the re-run keeps -p, the feature and the binary's threads: the flaky one green, the broken one red", async () => {
    const files = {
      'Cargo.toml': '[workspace]\nmembers = ["core", "other"]\nresolver = "2"\n',
      'other/Cargo.toml': '[package]\nname = "other"\nversion = "0.1.0"\nedition = "2021"\n',
      'other/src/lib.rs': '#[test]\nfn other_broken() { assert_eq!(1, 2); }\n',
      'core/Cargo.toml':
        '[package]\nname = "core-lib"\nversion = "0.1.0"\nedition = "2021"\n\n[features]\nx = []\n',
      // Under --test-threads=1 the tests run one after another: `flaky` sees no other test running beside it,
      // where libtest's threads would run `broken` at the same time.
      'core/src/lib.rs': `#[cfg(all(test, feature = "x"))]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    static RUNNING: AtomicUsize = AtomicUsize::new(0);
    /** No other test started within a second of this one. */
    fn alone() -> bool {
        RUNNING.fetch_add(1, SeqCst);
        let mut alone = true;
        for _ in 0..100 {
            alone &= RUNNING.load(SeqCst) == 1;
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        RUNNING.fetch_sub(1, SeqCst);
        alone
    }
    #[test]
    fn flaky() {
        assert!(alone(), "ran beside another test");
        let marker = concat!(env!("CARGO_MANIFEST_DIR"), "/.ran-once");
        let first = !std::path::Path::new(marker).exists();
        std::fs::write(marker, "").unwrap();
        assert!(!first, "fails on its first run");
    }
    #[test]
    fn broken() { alone(); assert_eq!(1, 2); }
}
`,
    };
    const r = await testStep(
      files,
      { run: 'cargo test -p core-lib --features x -- --test-threads=1' },
      { ...PR, env: CARGO_ENV },
    );
    expect(r.log).toContain(
      "cargo test -p core-lib --features x -- --test-threads=1 --exact 'tests::broken' 'tests::flaky'",
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'cargo:src/lib.rs::tests::broken[core_lib]',
      'flaky-tests': 'cargo:src/lib.rs::tests::flaky[core_lib]',
    });
  });
});

const module = (
  name: string,
  deps: string,
): string => `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <parent><groupId>demo</groupId><artifactId>parent</artifactId><version>1</version></parent>
  <artifactId>${name}</artifactId>
  <dependencies>${deps}<dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine</artifactId><version>5.10.2</version><scope>test</scope></dependency></dependencies>
</project>
`;

describeIfRunner('maven', 'mvn -pl app -am test in a multi-module build', () => {
  it('the re-run keeps -pl and -am: the flaky one green, the broken one red', async () => {
    const files = {
      'pom.xml': `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging>
  <modules><module>core</module><module>app</module><module>tools</module></modules>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build><plugins>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin>
    <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.1</version></plugin>
  </plugins></build>
</project>
`,
      'core/pom.xml': module('core', ''),
      'core/src/main/java/demo/core/Core.java':
        'package demo.core;\npublic class Core { public static int one() { return 1; } }\n',
      'core/src/test/java/demo/core/CoreTest.java': `package demo.core;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class CoreTest { @Test void one() { assertEquals(1, Core.one()); } }
`,
      'app/pom.xml': module(
        'app',
        '<dependency><groupId>demo</groupId><artifactId>core</artifactId><version>1</version></dependency>',
      ),
      'app/src/test/java/demo/app/AppTest.java': `package demo.app;
import java.nio.file.*;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class AppTest {
  @Test void flaky() throws Exception {
    assertEquals(1, demo.core.Core.one());
    Path marker = Paths.get(".ran-once");
    boolean first = !Files.exists(marker);
    Files.write(marker, new byte[0]);
    assertFalse(first, "fails on its first run");
  }
  @Test void broken() { fail("broken for good"); }
}
`,
      // Not built by -pl app -am: its broken test never runs in the step, nor may it in a re-run.
      'tools/pom.xml': module('tools', ''),
      'tools/src/test/java/demo/tools/ToolsTest.java': `package demo.tools;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class ToolsTest { @Test void broken() { fail("not in the step's modules"); } }
`,
    };
    const r = await testStep(files, { run: 'mvn -o -B -pl app -am test' }, PR);
    expect(r.log).toMatch(
      /mvn -o -B -pl app -am test -Dsurefire\.failIfNoSpecifiedTests=false '-Dtest=demo\.app\.AppTest#(flaky\+broken|broken\+flaky)'/,
    );
    expect(r.log).not.toContain("not in the step's modules");
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({
      'failed-tests': 'maven:demo.app.AppTest::broken',
      'flaky-tests': 'maven:demo.app.AppTest::flaky',
    });
  });
});
