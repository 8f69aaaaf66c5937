/**
 * A failure the output cannot name as a test: green only once the whole step ran. Through the real
 * `dist/run.js` on a pull_request job with real runners: a test that failed in the start of an output longer
 * than the part kept (go), and a test binary a signal ended beside a failed test (cargo --no-fail-fast). In
 * each, a flaky test (failing on its first run only) is the only failure the kept output names; it passes alone,
 * the step then runs whole once, the hidden failure fails there, and the step is red. Needs a built dist.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { CARGO_ENV, FLAKY_CARGO_TESTS, goEnv, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

const PR = { pullRequest: true };
const WHOLE = 're-running the whole step once, as a plain retry would.';

describeIfRunner('go', 'go test: a test failed where the output was not kept', () => {
  it('a broken test, 3 MB of output, then a flaky one: the whole step runs, red', async () => {
    // The run/ step keeps the last 2 MB of a command's output: TestA1Broken's failure is before them.
    const files = {
      'go.mod': 'module example.com/m\n\ngo 1.19\n',
      'a_test.go': `package m
import ("fmt"; "os"; "strings"; "testing")
func TestA1Broken(t *testing.T) { t.Fatal("broken for good") }
func TestA2Noisy(t *testing.T) { line := strings.Repeat("x", 99); for i := 0; i < 30000; i++ { fmt.Println(line) } }
func TestA3Flaky(t *testing.T) {
  _, err := os.Stat(".ran-once")
  os.WriteFile(".ran-once", nil, 0o644)
  if err != nil { t.Fatal("fails on its first run") }
}
`,
    };
    const r = await testStep(files, { run: 'go test .' }, { ...PR, env: goEnv() });
    expect(r.log).toContain("go test -count=1 -v -run '^TestA3Flaky$'");
    expect(r.log).toContain(`whose start was not kept (it was too long)`);
    expect(r.log).toContain(WHOLE);
    expect(r.log).toContain('ci-recovery: the whole step failed');
    expect(r.conclusion).toBe('failure');
  });
});

describeIfRunner('cargo', 'cargo test --no-fail-fast: a test binary a signal ended', () => {
  it('the lib flakes, an integration test aborts its binary: the whole step runs, red', async () => {
    const files = {
      'Cargo.toml': '[package]\nname = "crashes"\nversion = "0.1.0"\nedition = "2021"\n',
      'src/lib.rs': FLAKY_CARGO_TESTS,
      // The binary dies before the harness prints the test's result: no `... FAILED` line names it.
      'tests/crash.rs': '#[test]\nfn crashes() { std::process::abort(); }\n',
    };
    const r = await testStep(
      files,
      { run: 'cargo test --offline --no-fail-fast' },
      { ...PR, env: CARGO_ENV },
    );
    expect(r.log).toContain("cargo test --offline --no-fail-fast -- --exact 'tests::flaky'");
    expect(r.log).toContain("a cargo test binary ended other than by libtest's failure (a signal");
    expect(r.log).toContain(WHOLE);
    expect(r.conclusion).toBe('failure');
  });
});
