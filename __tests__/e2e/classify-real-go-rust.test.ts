/**
 * Issue 68: Go's and Rust's failures beyond a plain compile and test, whole steps (`real-go-rust-cases.ts`): go
 * test under -race, -fuzz, -json and -timeout, a module the runner's Go cannot read, a pattern or build tags
 * selecting nothing, `go mod tidy` as a gate, go vet; cargo's doc-tests, should_panic, rust-version, --locked,
 * features and packages that do not exist, a toolchain not installed, a build script's panic, a link error,
 * --offline and a git dependency that is not there. Each runs as a workflow runs a `run:` step (`real-env-run.ts`
 * runEnvCase, `bash -e {0}`), HOME, GOPATH and CARGO_HOME in its temporary project, offline, and is classified as
 * one GitHub Actions step. Each case asserts TAXONOMY.md's type, whether the default policy retries it on a pull
 * request (the transient types only), and that the line shown states the cause; a passing look-alike asserts that
 * no verdict claims it. `REAL_GO_RUST_TABLE=1` prints each verdict (`TABLE|case|type|verdict [rule] retried line`).
 * Under CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails the file (rustup excepted: OPTIONAL); elsewhere its
 * cases skip, saying which.
 *
 * What main (1969e60) got wrong here, 8 of 35, and what mends it (rules/log-rules.json): a go test whose test
 * logged its client's `Get "http://…": dial tcp …: i/o timeout` was network and retried (client-network-error no
 * longer reads a line Go's testing package decorated, `    x_test.go:N: `; go-test-logged-url-error takes the
 * line after go's `=== RUN` or `--- FAIL:` wherever the test put it: testify's report, a helper's file); `go test` of a directory that is not
 * there and of a package its build tags exclude were test (go-package-selects-nothing); a compile error under a go
 * older than go.mod's was build (go-module-requires-newer-go, go's own `note: module requires Go X`); cargo's
 * `--features` and `-p` naming nothing were build and test (cargo-selection-missing). The misses left are each
 * case's `left`, with why (mostly the line shown: go's `--- FAIL:` and libtest's tally where the cause is beside).
 *
 * Time (2026-12-02, 2 shared cores, `PATH=/tmp/debpy:$PATH CI_RECOVERY_REQUIRE_RUNNERS=1 npx jest` this file):
 * 43-49 s warm at load 10-11 (jest's figure); the first run, go's race runtime not yet in the shared GOCACHE, 75 s.
 */
import path from 'node:path';
import { realBattery } from './real-battery.js';
import { runEnvCase } from './real-env-run.js';
import { GO_RUST_CASES } from './real-go-rust-cases.js';

/**
 * rustup is not what .ci/run installs (Debian's cargo and rustc, no toolchain manager): the case of a
 * rust-toolchain.toml needs rustup's proxies and skips without them, saying so, even under
 * CI_RECOVERY_REQUIRE_RUNNERS=1.
 */
const OPTIONAL: ReadonlySet<string> = new Set(['rustup']);

/** cargo's home in the project (its registry cache and git checkouts); no color. */
const homes = (dir: string): Record<string, string> => ({
  CARGO_HOME: path.join(dir, '.cargo-home'),
  CARGO_TERM_COLOR: 'never',
  NO_COLOR: '1',
});

realBattery({
  title: "Go's and Rust's failures, classified as a GitHub Actions step",
  // The Go cases' job runs actions/setup-go first (its matcher reads no Rust line).
  setup: ['go'],
  cases: GO_RUST_CASES,
  run: (c) => runEnvCase(c, homes),
  name: 'GO_RUST',
  hookMs: 300_000,
  // Two at a time: the machine is shared, and rustc and the race detector's build are heavy.
  width: 2,
  optional: OPTIONAL,
  // Only go vet's miss left shows the echo.
  echoShown: (c) => c.left !== undefined,
});
