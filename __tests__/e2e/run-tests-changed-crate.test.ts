/**
 * "Never re-run a test whose file the change edited" in a real cargo workspace, through the real `dist/run.js`
 * after main read the pull request's change with git: an edit of crate b's `src/lib.rs` does not hold back
 * crate my-a's flaky unit test (cargo prints `src/lib.rs` for both), which is re-run and passes; an edit of
 * my-a's own `src/lib.rs` does. Needs a built dist (`flock /tmp/build.lock npm run build`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import { CARGO_ENV, testStep } from '../../stand/scenarios/test-rerun.js';
import { describeIfRunner } from '../runners.js';

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist/run.js')))
    throw new Error("dist/run.js is missing: run 'flock /tmp/build.lock npm run build' first");
});

/** Fails on its first run only: a marker file in its crate. */
const FLAKY =
  'let m = concat!(env!("CARGO_MANIFEST_DIR"), "/.ran-once"); let first = !std::path::Path::new(m).exists(); std::fs::write(m, "").unwrap(); assert!(!first, "fails on its first run");';
const lib = (body: string): string =>
  `#[cfg(test)]\nmod tests {\n    #[test]\n    fn it_works() { ${body} }\n}\n`;

/** crates/my-a (package my-a: binary my_a) with a flaky unit test, crates/b with `[lib] name = "b_core"`. */
const BASE: Record<string, string> = {
  'Cargo.toml': '[workspace]\nmembers = ["crates/my-a", "crates/b"]\nresolver = "2"\n',
  'crates/my-a/Cargo.toml': '[package]\nname = "my-a"\nversion = "0.1.0"\nedition = "2021"\n',
  'crates/my-a/src/lib.rs': lib(FLAKY),
  'crates/b/Cargo.toml':
    '[package]\nname = "b"\nversion = "0.1.0"\nedition = "2021"\n\n[lib]\nname = "b_core"\n',
  'crates/b/src/lib.rs': lib('assert_eq!(1, 1);'),
};

describeIfRunner('cargo', "cargo workspace: a pull request that edits one crate's src/lib.rs", () => {
  const run = { run: 'cargo test --offline --workspace --no-fail-fast' };
  const opts = { pullRequest: true, base: BASE, env: CARGO_ENV };

  it("b's edit: my-a's flaky unit test is re-run and the step is green", async () => {
    const changed = { ...BASE, 'crates/b/src/lib.rs': `// edited\n${BASE['crates/b/src/lib.rs']!}` };
    const r = await testStep(changed, run, opts);
    expect(r.log).not.toContain('the change added or edited its file');
    expect(r.log).toContain("--exact 'tests::it_works'");
    expect(r.conclusion).toBe('success');
    expect(r.outputs).toMatchObject({
      'flaky-tests': 'cargo:src/lib.rs::tests::it_works[my_a]',
      'failed-tests': '',
    });
  });

  it("my-a's own edit: its test is held back, red", async () => {
    const changed = { ...BASE, 'crates/my-a/src/lib.rs': `// edited\n${BASE['crates/my-a/src/lib.rs']!}` };
    const r = await testStep(changed, run, opts);
    expect(r.log).toContain(
      'ci-recovery: cargo:src/lib.rs::tests::it_works[my_a]: the change added or edited its file: not re-run',
    );
    expect(r.conclusion).toBe('failure');
    expect(r.outputs).toMatchObject({ 'failed-tests': 'cargo:src/lib.rs::tests::it_works[my_a]' });
  });
});
