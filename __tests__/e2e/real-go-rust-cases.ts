/**
 * Go's and Rust's failures beyond a plain compile and test (issue 68), for classify-real-go-rust.test.ts: go test
 * under -race, -fuzz, -json and -timeout, a module the runner's Go cannot read, a pattern matching nothing, build
 * tags excluding every file, `go mod tidy` as a gate; cargo's doc-tests, should_panic, rust-version, --locked,
 * features and packages that do not exist, a build script panicking, a link error, --offline and a git dependency
 * that is not there. Each case is a `run:` step in a temporary project (`real-env-run.ts` runEnvCase, `bash -e {0}`),
 * HOME, GOPATH and CARGO_HOME in it, GOPROXY=off, GOFLAGS=-mod=mod, GOTOOLCHAIN=local and cargo offline
 * (`real-steps.ts` stepEnv). `type` is TAXONOMY.md's label; `cause` matches the line that states the cause, never
 * the echo, `FAIL\tpkg`, `error: test failed` or a tally where a cause line exists. `passes` marks a passing
 * look-alike: the step succeeds, and no verdict may claim it. The transients (a 5xx, a reset, a 404 from a module
 * proxy or a sparse registry) are classify-real-transients.test.ts's; go build/vet/test, gofmt, cargo
 * build/test/fmt/clippy and a missing go.sum entry are classify-real-build.test.ts's.
 */
import type { BatteryCase } from './real-battery.js';

const GO = ['go'];
const CARGO = ['cargo'];
const MOD = 'module example.org/app\n\ngo 1.19\n';
const TOML = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';
const go = (test: string, imports = '"testing"'): Record<string, string> => ({
  'go.mod': MOD,
  'app_test.go': `package app\n\nimport (\n\t${imports}\n)\n\n${test}`,
});

export const GO_RUST_CASES: BatteryCase[] = [
  // Go: tests
  {
    name: 'go test -race, a data race',
    type: 'test',
    needs: [...GO, 'gcc'],
    run: 'go test -race -count=1 ./...',
    // A cold GOCACHE (a fresh machine) builds the standard library again with the race detector's or the
    // fuzzer's instrumentation: past 50 s under a loaded CI run, which killed the step before it printed a line.
    limitMs: 150_000,
    files: go(
      'func TestCounter(t *testing.T) {\n\tn := 0\n\tdone := make(chan bool)\n\tgo func() { n++; done <- true }()\n\tn++\n\t<-done\n\tif n < 0 {\n\t\tt.Fatal(n)\n\t}\n}\n',
    ),
    cause: /WARNING: DATA RACE|race detected during execution of test/,
    left: {
      type: 'test',
      causeShown: false,
      why: "go-test's evidence is the first `--- FAIL: TestX` line (its rule's; shown-line.ts keeps it), a test's identity; the cause go prints beside it (`WARNING: DATA RACE` above it, `testing.go:1319: race detected during execution of test` under it: src/testing/testing.go) is not what the line shown says; the type and not retrying are right",
    },
  },
  {
    name: 'go test, a panic (index out of range)',
    type: 'test',
    needs: GO,
    run: 'go test -count=1 ./...',
    files: go('func TestIndex(t *testing.T) {\n\ts := []int{1, 2}\n\ti := len(s) + 1\n\tt.Log(s[i])\n}\n'),
    cause: /panic: runtime error: index out of range/,
    left: {
      type: 'test',
      causeShown: false,
      why: "go-test's evidence is the first `--- FAIL: TestX` line (its rule's; shown-line.ts keeps it), a test's identity; the cause go prints beside it (`panic: runtime error: index out of range [3] with length 2`, printed by the runtime under it) is not what the line shown says; the type and not retrying are right",
    },
  },
  {
    name: 'go test -v, t.Fatal in a subtest',
    type: 'test',
    needs: GO,
    run: 'go test -v -count=1 ./...',
    files: go(
      'func TestAdd(t *testing.T) {\n\tfor _, c := range []struct{ a, b, want int }{{1, 1, 2}, {2, 2, 5}} {\n\t\tc := c\n\t\tt.Run("case", func(t *testing.T) {\n\t\t\tif c.a+c.b != c.want {\n\t\t\t\tt.Fatalf("%d+%d = %d, want %d", c.a, c.b, c.a+c.b, c.want)\n\t\t\t}\n\t\t})\n\t}\n}\n',
    ),
    cause: /app_test\.go:\d+: 2\+2 = 4, want 5|--- FAIL: TestAdd\/case/,
    left: {
      type: 'test',
      causeShown: false,
      why: "go-test's evidence is the first `--- FAIL: TestX` line (its rule's; shown-line.ts keeps it), a test's identity; the cause go prints beside it: the parent's `--- FAIL: TestAdd` comes before the subtest's `--- FAIL: TestAdd/case` and its message (src/testing/testing.go prints a parent's result before its children's); the type and not retrying are right",
    },
  },
  {
    name: 'go test, a fuzz seed failing',
    type: 'test',
    needs: GO,
    run: 'go test -count=1 ./...',
    files: go(
      'func FuzzReverse(f *testing.F) {\n\tf.Add("ab")\n\tf.Fuzz(func(t *testing.T, s string) {\n\t\tif len(s) == 2 {\n\t\t\tt.Errorf("reverse of %q is wrong", s)\n\t\t}\n\t})\n}\n',
    ),
    cause: /reverse of "ab" is wrong|--- FAIL: FuzzReverse/,
  },
  {
    name: 'go test -fuzz, a crasher found',
    type: 'test',
    needs: GO,
    run: 'go test -run=^$ -fuzz=FuzzParse -fuzztime=20s .',
    // A cold GOCACHE (a fresh machine) builds the standard library again with the race detector's or the
    // fuzzer's instrumentation: past 50 s under a loaded CI run, which killed the step before it printed a line.
    limitMs: 150_000,
    files: go(
      'func FuzzParse(f *testing.F) {\n\tf.Add(1)\n\tf.Fuzz(func(t *testing.T, n int) {\n\t\tif n > 100 {\n\t\t\tpanic("parse: value too large")\n\t\t}\n\t})\n}\n',
    ),
    cause: /panic: parse: value too large|Failing input written to|--- FAIL: FuzzParse/,
  },
  {
    name: 'go test, a test printing dial tcp i/o timeout then failing',
    type: 'test',
    needs: GO,
    run: 'go test -count=1 ./...',
    files: go(
      'func TestClient(t *testing.T) {\n\tt.Log("Get \\"http://10.255.0.1:8080/health\\": dial tcp 10.255.0.1:8080: i/o timeout")\n\tt.Fatal("health: want status 200, got 0")\n}\n',
    ),
    cause: /want status 200, got 0|--- FAIL: TestClient/,
  },
  {
    // The url.Error on a line of its own: testify's assert.NoError report (its `Error:` column, the error under
    // it) and a multi-line t.Errorf put it after decorate's 8-space indent, with no `x_test.go:N: ` before it.
    name: 'go test -v, a testify-style report of dial tcp i/o timeout on its own line',
    type: 'test',
    needs: GO,
    run: 'go test -v -count=1 ./...',
    files: go(
      'func TestClient(t *testing.T) {\n\terr := `Get "http://10.255.0.1:8080/health": dial tcp 10.255.0.1:8080: i/o timeout`\n\tt.Errorf("\\n\\tError Trace:\\tapp_test.go:9\\n\\tError:      \\tReceived unexpected error:\\n\\t            \\t%s\\n\\tTest:       \\tTestClient", err)\n}\n',
    ),
    // The test's own report of its client's failure, or its name: either states why the test failed.
    cause: /--- FAIL: TestClient|^\s*Get "http:\/\/10\.255\.0\.1:8080\/health": dial tcp/,
  },
  {
    // A helper outside the _test.go files that does not call t.Helper(): decorate names its file.
    name: 'go test, a helper (no t.Helper) logging dial tcp i/o timeout',
    type: 'test',
    needs: GO,
    run: 'go test -count=1 ./...',
    files: {
      'go.mod': MOD,
      'check/check.go':
        'package check\n\nimport "testing"\n\nfunc OK(t *testing.T, err string) {\n\tif err != "" {\n\t\tt.Fatalf("request: %s", err)\n\t}\n}\n',
      'app_test.go':
        'package app\n\nimport (\n\t"testing"\n\n\t"example.org/app/check"\n)\n\nfunc TestClient(t *testing.T) {\n\tcheck.OK(t, `Get "http://10.255.0.1:8080/health": dial tcp 10.255.0.1:8080: i/o timeout`)\n}\n',
    },
    cause: /--- FAIL: TestClient/,
  },
  {
    name: 'go test -json, a failing test',
    type: 'test',
    needs: GO,
    run: 'go test -json -count=1 ./...',
    files: go(
      'func TestAdd(t *testing.T) {\n\tif got := 1 + 1; got != 3 {\n\t\tt.Errorf("1+1 = %d, want 3", got)\n\t}\n}\n',
    ),
    cause: /1\+1 = 2, want 3|--- FAIL: TestAdd/,
  },
  {
    name: 'go test -timeout 1s, a test that hangs',
    type: 'timeout',
    needs: GO,
    run: 'go test -timeout 1s -count=1 ./...',
    files: go('func TestSlow(t *testing.T) {\n\ttime.Sleep(time.Minute)\n}\n', '"testing"\n\t"time"'),
    cause: /panic: test timed out after 1s/,
  },
  // Go: config
  {
    name: "go.mod's go line in a form this Go cannot read (1.21.0 under go1.19)",
    type: 'config',
    needs: GO,
    run: 'go build ./...',
    files: {
      'go.mod': 'module example.org/app\n\ngo 1.21.0\n',
      'main.go': 'package main\n\nfunc main() {}\n',
    },
    cause: /invalid go version '1\.21\.0'/,
    left: {
      type: 'config',
      causeShown: false,
      why: "go-toolchain-too-old reads `go.mod:3: invalid go version '1.21.0': must match format 1.23`, but the line shown is the header above it, `go: errors parsing go.mod:` (src/cmd/go/internal/modload/init.go), which shown-line.ts prefers as the block's head; the type is right",
    },
  },
  {
    name: 'go.mod requires a newer Go than the runner has (go 1.99, min)',
    type: 'config',
    needs: GO,
    run: 'go build ./...',
    files: {
      'go.mod': 'module example.org/app\n\ngo 1.99\n',
      'main.go': 'package main\n\nfunc main() { println(min(1, 2)) }\n',
    },
    cause: /module requires Go 1\.99|go\.mod requires go >= 1\.99/,
  },
  {
    // cmd/go/internal/work/exec.go (go1.19.8) appends the note to any compiler output, an error or not: with
    // -gcflags=-m the build passes and prints it (go1.19 passes no -lang for a go line newer than itself).
    name: "go build -gcflags=-m passing, printing go's note: module requires Go 1.99",
    type: 'unknown',
    passes: true,
    needs: GO,
    run: 'go build -gcflags=-m ./...',
    files: {
      'go.mod': 'module example.org/app\n\ngo 1.99\n',
      'main.go': 'package main\n\nfunc main() { println(1) }\n',
    },
    cause: /^note: module requires Go 1\.99$/,
  },
  {
    name: 'go build -mod=readonly, go.mod needing updates',
    type: 'dependency',
    needs: GO,
    run: 'go build -mod=readonly ./...',
    files: {
      'go.mod':
        'module example.org/app\n\ngo 1.19\n\nrequire example.org/app/lib v0.0.0\n\nreplace example.org/app/lib => ./lib\n',
      'main.go': 'package main\n\nimport _ "example.org/app/lib"\n\nfunc main() {}\n',
      'lib/go.mod':
        'module example.org/app/lib\n\ngo 1.19\n\nrequire example.org/dep v0.0.0\n\nreplace example.org/dep => ../dep\n',
      'lib/lib.go': 'package lib\n\nimport _ "example.org/dep"\n',
      'dep/go.mod': 'module example.org/dep\n\ngo 1.19\n',
      'dep/dep.go': 'package dep\n',
    },
    cause: /updates to go\.mod needed|missing go\.sum entry|go: example\.org\/app\/lib.*requires/,
  },
  {
    name: 'go build, no go.mod (cannot find main module)',
    type: 'config',
    needs: GO,
    run: 'go build ./...',
    files: { 'main.go': 'package main\n\nfunc main() {}\n' },
    cause:
      /go: (cannot find main module|go\.mod file not found)|directory prefix \. does not contain main module/,
  },
  {
    name: 'go test ./nope/..., a pattern matching no packages',
    type: 'config',
    needs: GO,
    run: 'go test ./nope/...',
    files: { 'go.mod': MOD, 'app.go': 'package app\n' },
    cause:
      /nope.*(matched no packages|does not contain main module|no such file or directory|directory prefix)/,
  },
  {
    name: 'go test ./cmd/server, a package directory that is not there',
    type: 'config',
    needs: GO,
    run: 'go test ./cmd/server',
    files: { 'go.mod': MOD, 'app.go': 'package app\n' },
    cause: /^stat \S+\/cmd\/server: directory not found$/,
  },
  {
    name: 'go tool golangci-lint, a tool this go does not have',
    type: 'config',
    needs: GO,
    run: 'go tool golangci-lint run ./...',
    files: { 'go.mod': MOD, 'app.go': 'package app\n' },
    cause: /^go: (?:bad|no such) tool (?:name )?"golangci-lint"$/,
  },
  {
    name: 'go test without -tags, build constraints excluding every file',
    type: 'config',
    needs: GO,
    run: 'go test ./integration',
    files: {
      'go.mod': MOD,
      'integration/db_test.go':
        '//go:build integration\n\npackage integration\n\nimport "testing"\n\nfunc TestDB(t *testing.T) {}\n',
    },
    cause: /build constraints exclude all Go files/,
  },
  // Go: quality gates
  {
    name: 'go mod tidy, then git diff --exit-code go.mod go.sum',
    type: 'quality-gate',
    needs: [...GO, 'git'],
    setup:
      'git init -q . && git config user.email ci@example.com && git config user.name ci && git add . && git commit -qm init',
    run: 'go mod tidy\ngit diff --exit-code go.mod go.sum',
    files: {
      'go.mod':
        'module example.org/app\n\ngo 1.19\n\nrequire example.org/dep v0.0.0\n\nreplace example.org/dep => ./dep\n',
      'go.sum': '',
      'main.go': 'package main\n\nfunc main() {}\n',
      'dep/go.mod': 'module example.org/dep\n\ngo 1.19\n',
      'dep/dep.go': 'package dep\n',
    },
    cause: /^-require example\.org\/dep|diff --git a\/go\.mod/,
  },
  {
    name: 'go vet, a printf finding',
    type: 'quality-gate',
    needs: GO,
    run: 'go vet ./...',
    files: {
      'go.mod': MOD,
      'main.go': 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Printf("%d\\n", "x") }\n',
    },
    cause: /Printf format %d has arg "x" of wrong type string/,
  },
  // Go: passing look-alike
  {
    name: 'go test passing, a test named FAIL… logging FAIL',
    type: 'unknown',
    passes: true,
    needs: GO,
    run: 'go test -v -count=1 ./...',
    files: go('func TestFAILover(t *testing.T) {\n\tt.Log("FAIL: primary down, failing over")\n}\n'),
    cause: /FAIL: primary down|TestFAILover/,
  },
  // Rust: tests
  {
    name: 'cargo test passing, a test printing error: failed to download (--nocapture)',
    type: 'unknown',
    passes: true,
    needs: CARGO,
    run: 'cargo test -- --nocapture',
    files: {
      'Cargo.toml': TOML,
      'src/lib.rs':
        '#[cfg(test)]\nmod tests {\n    #[test]\n    fn offline_fallback() {\n        println!("error: failed to download `leftpad v1.0.0`; using the cache");\n        assert_eq!(1 + 1, 2);\n    }\n}\n',
    },
    cause: /failed to download `leftpad v1\.0\.0`/,
  },
  {
    name: "cargo test, a test's panic (unwrap on None)",
    type: 'test',
    needs: CARGO,
    run: 'cargo test',
    files: {
      'Cargo.toml': TOML,
      'src/lib.rs':
        'pub fn first(v: &[i32]) -> Option<i32> { v.first().copied() }\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn empty() {\n        let n: i32 = super::first(&[]).unwrap();\n        assert_eq!(n, 0);\n    }\n}\n',
    },
    cause: /panicked at .*src\/lib\.rs|called `Option::unwrap\(\)` on a `None` value/,
  },
  {
    name: 'cargo test, a doc-test failing',
    type: 'test',
    needs: CARGO,
    run: 'cargo test --doc',
    files: {
      'Cargo.toml': TOML,
      'src/lib.rs':
        '/// Adds.\n///\n/// ```\n/// assert_eq!(app::add(1, 1), 3);\n/// ```\npub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n',
    },
    cause: /src\/lib\.rs - add \(line \d+\)|assertion `left == right` failed|left: 2/,
    left: {
      type: 'test',
      causeShown: false,
      why: "rust-test shows libtest's tally `test result: FAILED.` where the doc-test's `---- src/lib.rs - add (line 3) stdout ----` and its assertion stand above it; the type is right",
    },
  },
  {
    name: 'cargo test, should_panic that does not panic',
    type: 'test',
    needs: CARGO,
    run: 'cargo test',
    files: {
      'Cargo.toml': TOML,
      'src/lib.rs':
        'pub fn div(a: i32, b: i32) -> i32 { if b == 0 { 0 } else { a / b } }\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    #[should_panic]\n    fn by_zero() {\n        super::div(1, 0);\n    }\n}\n',
    },
    cause: /note: test did not panic as expected|tests::by_zero/,
    left: {
      type: 'test',
      causeShown: false,
      why: "rust-test shows libtest's tally `test result: FAILED.` where `note: test did not panic as expected` (library/test/src/test_result.rs) stands above it; the type is right",
    },
  },
  {
    name: 'cargo test, a test printing error: failed to download then failing',
    type: 'test',
    needs: CARGO,
    run: 'cargo test',
    files: {
      'Cargo.toml': TOML,
      'src/lib.rs':
        '#[cfg(test)]\nmod tests {\n    #[test]\n    fn fetch() {\n        println!("error: failed to download `leftpad v1.0.0`");\n        assert_eq!(1 + 1, 3, "fetch fell back to the cache");\n    }\n}\n',
    },
    cause: /fetch fell back to the cache|panicked at src\/lib\.rs/,
  },
  // Rust: config
  {
    name: 'cargo build, rust-version newer than the toolchain',
    type: 'config',
    needs: CARGO,
    run: 'cargo build',
    files: { 'Cargo.toml': `${TOML}rust-version = "1.99"\n`, 'src/lib.rs': '' },
    cause:
      /cannot be built because it requires rustc 1\.99|rustc [\d.]+ is not supported by the following package/,
  },
  {
    // A year cargo reads as an edition yet to come (2025-2049: "older than"; past it, "unknown"), whatever its release.
    name: 'cargo build, an edition newer than the toolchain',
    type: 'config',
    needs: CARGO,
    run: 'cargo build',
    files: { 'Cargo.toml': TOML.replace('2021', '2048'), 'src/lib.rs': '' },
    cause: /this version of Cargo is older than the `2048` edition/,
  },
  {
    name: 'cargo build --locked, a stale Cargo.lock',
    type: 'dependency',
    needs: CARGO,
    run: 'cargo build --locked',
    files: {
      'Cargo.toml': TOML.replace('0.1.0', '0.2.0'),
      'Cargo.lock':
        '# This file is automatically @generated by Cargo.\nversion = 3\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n',
      'src/lib.rs': '',
    },
    cause: /needs to be updated but --locked was passed|cannot update the lock file/,
  },
  {
    // A Cargo.lock a newer cargo wrote (v4 under an MSRV toolchain, here a version no cargo knows yet).
    name: 'cargo build, a Cargo.lock version this cargo does not understand',
    type: 'config',
    needs: CARGO,
    run: 'cargo build',
    files: {
      'Cargo.toml': TOML,
      'Cargo.lock':
        '# This file is automatically @generated by Cargo.\nversion = 99\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n',
      'src/lib.rs': '',
    },
    cause: /lock file version `?99`? (?:was found, but this version of Cargo does not understand|requires)/,
  },
  {
    name: 'cargo build --features nope',
    type: 'config',
    needs: CARGO,
    run: 'cargo build --features nope',
    files: { 'Cargo.toml': TOML, 'src/lib.rs': '' },
    cause: /does not contain this feature|none of the selected packages contains these features/,
  },
  {
    name: 'cargo test -p nope',
    type: 'config',
    needs: CARGO,
    run: 'cargo test -p nope',
    files: { 'Cargo.toml': TOML, 'src/lib.rs': '' },
    cause: /package ID specification `nope` did not match any packages/,
  },
  {
    name: 'rust-toolchain.toml naming a toolchain not installed (auto-install off)',
    type: 'config',
    needs: [...CARGO, 'rustup'],
    env: { RUSTUP_AUTO_INSTALL: '0' },
    run: 'cargo build',
    files: {
      'Cargo.toml': TOML,
      'src/lib.rs': '',
      'rust-toolchain.toml': '[toolchain]\nchannel = "1.99.0"\n',
    },
    cause: /toolchain '1\.99\.0[^']*' is not installed/,
  },
  {
    name: 'cargo build --target of a target whose std is not installed',
    type: 'config',
    needs: CARGO,
    run: 'cargo build --offline --target riscv64gc-unknown-linux-gnu',
    files: { 'Cargo.toml': TOML, 'src/lib.rs': '' },
    cause: /= note: the `riscv64gc-unknown-linux-gnu` target may not be installed/,
  },
  // Rust: build
  {
    name: "cargo build, the build script's panic",
    type: 'build',
    needs: CARGO,
    run: 'cargo build',
    files: {
      'Cargo.toml': TOML,
      'build.rs': 'fn main() {\n    panic!("protoc not found: set PROTOC");\n}\n',
      'src/lib.rs': '',
    },
    cause: /failed to run custom build command for `app|protoc not found: set PROTOC/,
  },
  {
    name: 'cargo build, #![deny(warnings)] and an unused variable',
    type: 'build',
    needs: CARGO,
    run: 'cargo build',
    files: {
      'Cargo.toml': TOML,
      'src/lib.rs': '#![deny(warnings)]\n\npub fn f() {\n    let unused = 1;\n}\n',
    },
    cause: /error: unused variable: `unused`/,
  },
  {
    name: 'cargo build, a link error (undefined reference through cc)',
    type: 'build',
    needs: [...CARGO, 'cc'],
    run: 'cargo build',
    files: {
      'Cargo.toml': TOML,
      'src/main.rs':
        'extern "C" {\n    fn leftpad_c(n: i32) -> i32;\n}\n\nfn main() {\n    println!("{}", unsafe { leftpad_c(1) });\n}\n',
    },
    cause: /undefined (?:reference to `|symbol: )leftpad_c|linking with `cc` failed/,
  },
  // Rust: dependency
  {
    name: 'cargo build --offline, a crate not in the local registry',
    type: 'dependency',
    needs: CARGO,
    run: 'cargo build --offline',
    files: { 'Cargo.toml': `${TOML}\n[dependencies]\nleftpad = "1"\n`, 'src/lib.rs': '' },
    cause:
      /no matching package named `leftpad` found|attempting to make an HTTP request, but --offline was specified/,
  },
  {
    name: 'cargo build, a git dependency whose repository is not there',
    type: 'dependency',
    needs: [...CARGO, 'git'],
    env: { CARGO_NET_OFFLINE: 'false' },
    run: 'cargo build',
    files: {
      'Cargo.toml': `${TOML}\n[dependencies]\nleftpad = { git = "file:///nonexistent/leftpad.git" }\n`,
      'src/lib.rs': '',
    },
    cause:
      /failed to get `leftpad` as a dependency|failed to load source for dependency `leftpad`|could not find repository|does not appear to be a git repository|failed to clone/,
    left: {
      type: 'build',
      causeShown: true,
      why: "as classify-real-build's missing path dependency: cargo's `failed to get `x` as a dependency of package` heads a `Caused by:` chain that is a path, a missing repository or a network failure alike (rust-lang/cargo src/cargo/core/resolver/errors.rs), so cargo build's tool word decides; not retried either way",
    },
  },
];
