/**
 * "Never re-run a test whose file the change edited", for a cargo workspace: cargo names every crate's unit
 * target `src/lib.rs` (or `src/main.rs`), so a change to crate b's `crates/b/src/lib.rs` held back the re-run
 * of crate a's failed unit tests too. The crate of a changed file is told by the Cargo.toml beside its `src/`
 * (its package name with `-` as `_`, its `[lib] name`, its `[[bin]]` names), read through the run/ phase's
 * config-file port; a manifest not read or not plainly understood keeps the old conservative match. The cargo
 * output is cargo 1.95's, captured from the workspace below (e2e/run-tests-changed-crate.test.ts runs it).
 */
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import type { TestId } from '../../src/core/test-identity.js';
import { runPhase } from '../../src/phases/run.js';
import { FakeClock } from '../../src/ports/clock.js';
import { RecordingProcess } from '../../src/ports/process.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingStageCheckpoint } from '../../src/ports/stage-checkpoint.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import {
  changedCrates,
  inChangedFile,
  manifestsOf,
  NO_HISTORY,
  planRetries,
} from '../../src/test-recovery/index.js';
import { MemoryTestFiles } from '../../src/test-recovery/ports/tests.js';
import { runSettings } from '../run-settings.js';

/** A two-crate workspace: `crates/my-a` (package `my-a`, lib binary `my_a`), `crates/b` (`[lib] name = "b_core"`). */
const MANIFESTS: Record<string, string> = {
  'crates/my-a/Cargo.toml':
    '[package]\nname = "my-a"\nversion = "0.1.0"\nedition = "2021"\n\n[[bin]]\nname = "a-tool"\n',
  'crates/b/Cargo.toml':
    '[package]\nname = \'b\' # the crate\nversion = "0.1.0"\n\n[lib]\nname = "b_core"\n\n[dependencies.serde]\npackage = "serde"\n',
};

const unit = (binary: string, file = 'src/lib.rs'): TestId => ({
  runner: 'cargo',
  suite: file,
  name: 'tests::it_works',
  params: binary,
});

const SETTINGS = { report: '', rerunCommand: '', retries: 2, maxFailed: 10, failOnPassedAfterRetry: false };

/** Which of `failed` are held back as the change's, with `changed` and the manifests as `texts` gives them. */
function heldBack(
  failed: TestId[],
  changed: string[],
  texts: Record<string, string | null> = MANIFESTS,
): string[] {
  const wanted = manifestsOf(changed);
  const read = Object.fromEntries(wanted.filter((m) => Object.hasOwn(texts, m)).map((m) => [m, texts[m]!]));
  const crates = changedCrates(changed, '', read);
  const plan = planRetries(failed, SETTINGS, new Set(changed), NO_HISTORY, false, crates);
  return plan.kept.filter((k) => k.changed).map((k) => `${k.id.suite}[${k.id.params}]`);
}

describe("a workspace crate's edit holds back only its own crate's unit tests", () => {
  it("b's src/lib.rs edited: a's failed unit test (package my-a, binary my_a) is re-run; b's ([lib] name b_core) is not", () => {
    expect(heldBack([unit('my_a'), unit('b_core')], ['crates/b/src/lib.rs'])).toEqual(['src/lib.rs[b_core]']);
  });

  it("my-a's src/lib.rs edited: its own (binary my_a, from the name with '-') is held back, b's is re-run", () => {
    expect(heldBack([unit('my_a'), unit('b_core')], ['crates/my-a/src/lib.rs'])).toEqual([
      'src/lib.rs[my_a]',
    ]);
  });

  it("src/main.rs: a [[bin]]'s name (a-tool, binary a_tool) and the package's are its crate's; another's are not", () => {
    const changed = ['crates/my-a/src/main.rs'];
    expect(heldBack([unit('a_tool', 'src/main.rs'), unit('my_a', 'src/main.rs')], changed)).toEqual([
      'src/main.rs[a_tool]',
      'src/main.rs[my_a]',
    ]);
    expect(heldBack([unit('b_core', 'src/main.rs'), unit('b_core')], changed)).toEqual([]);
    // Every name a manifest gives is its crate's, for either file: b's lib and b's bin alike.
    expect(
      heldBack([unit('b', 'src/main.rs'), unit('b_core', 'src/main.rs')], ['crates/b/src/main.rs']),
    ).toEqual(['src/main.rs[b]', 'src/main.rs[b_core]']);
    // b's lib edited: a's binary's unit tests are another crate's.
    expect(
      heldBack([unit('a_tool', 'src/main.rs')], ['crates/b/src/lib.rs', 'crates/b/src/main.rs']),
    ).toEqual([]);
  });

  it("a crate at the repository's root (src/lib.rs itself) is told by the root Cargo.toml", () => {
    const texts = {
      ...MANIFESTS,
      'Cargo.toml': '[package]\nname = "root"\n[workspace]\nmembers = ["crates/*"]\n',
    };
    expect(heldBack([unit('my_a'), unit('root')], ['src/lib.rs'], texts)).toEqual(['src/lib.rs[root]']);
  });

  it.each([
    ['not read (too large, under a link)', null],
    ['without a [package] name', '[workspace]\nmembers = ["x"]\n'],
    ['a name in a multi-line string', '[package]\nname = "b"\ndescription = """\n[lib]\nname = "zz"\n"""\n'],
    ['a dotted package.name', 'package.name = "b"\n'],
    ['an inline lib table', 'lib = { name = "zz" }\n[package]\nname = "b"\n'],
    ['a name that is not a crate name', '[package]\nname = "b"\n[lib]\nname = "$(rm -rf)"\n'],
    [
      'a [[bin]] without a name',
      '[package]\nname = "b"\n[[bin]]\npath = "src/main.rs"\n[lib]\nname = "zz"\n',
    ],
    ['two package names', '[package]\nname = "b"\nname = "c"\n'],
  ])('a Cargo.toml %s keeps the conservative match: any crate of the workspace', (_label, text) => {
    const texts = { ...MANIFESTS, 'crates/b/Cargo.toml': text };
    expect(heldBack([unit('my_a')], ['crates/b/src/lib.rs'], texts)).toEqual(['src/lib.rs[my_a]']);
  });

  // A pull request's Cargo.toml must not hide its own edited crate: each of these names a `zzz` where cargo 1.95
  // (the review's workspace, /tmp/rv42/ws) runs crate b's `unittests src/lib.rs` as binary `b`, or the reverse.
  it.each([
    [
      'a multi-line array holding a line like a header (cargo: metadata, not [lib])',
      '[package]\nname = "b"\n\n[package.metadata.x]\ny = [\n["lib"]\n]\nname = "zzz"\n',
    ],
    ['an inline table left open', '[package]\nname = "b"\nx = { y = [\n"z"] }\n[lib]\nname = "zzz"\n'],
    ['a `[`-line that is no plain table header', '[package]\nname = "b"\n[lib]\n["x]y"]\nname = "zzz"\n'],
    [
      'a path key (a target at another file)',
      '[package]\nname = "b"\n\n[lib]\nname = "zzz"\npath = "src/other.rs"\n',
    ],
    ['an autobins key', '[package]\nname = "b"\nautobins = false\n[lib]\nname = "zzz"\n'],
    ['an autotests key', '[package]\nname = "b"\n"autotests" = false\n[lib]\nname = "zzz"\n'],
  ])("b's Cargo.toml with %s: b's own failed unit test is held back (any crate's)", (_label, text) => {
    const texts = { ...MANIFESTS, 'crates/b/Cargo.toml': text };
    expect(heldBack([unit('b')], ['crates/b/src/lib.rs'], texts)).toEqual(['src/lib.rs[b]']);
  });

  it.each([
    ['an escaped key', '[package]\nname = "b"\n[lib]\n"n\\u0061me" = "zzz"\n', 'zzz'],
    ['an escaped header, CRLF', '[package]\r\nname = "b"\r\n["l\\u0069b"]\r\nname = "yyy"\r\n', 'yyy'],
  ])(
    "b's Cargo.toml with %s cargo 1.95 reads (re-review, high): its lib's binary %s is held back",
    (_l, text, bin) => {
      const texts = { ...MANIFESTS, 'crates/b/Cargo.toml': text };
      expect(heldBack([unit(bin)], ['crates/b/src/lib.rs'], texts)).toEqual([`src/lib.rs[${bin}]`]);
    },
  );

  it('autolib = false and a [[bin]] zzz at src/lib.rs (cargo: `unittests src/lib.rs` is binary zzz): held back', () => {
    const text = '[package]\nname = "b"\nautolib = false\n\n[[bin]]\nname = "zzz"\npath = "src/lib.rs"\n';
    const texts = { ...MANIFESTS, 'crates/b/Cargo.toml': text };
    expect(heldBack([unit('zzz')], ['crates/b/src/lib.rs'], texts)).toEqual(['src/lib.rs[zzz]']);
    // Without the path and autolib keys, a [[bin]]'s name is still the crate's, for src/lib.rs too.
    const plain = { ...MANIFESTS, 'crates/b/Cargo.toml': '[package]\nname = "b"\n\n[[bin]]\nname = "zzz"\n' };
    expect(heldBack([unit('zzz')], ['crates/b/src/lib.rs'], plain)).toEqual(['src/lib.rs[zzz]']);
  });

  it("a changed file whose crate has no Cargo.toml there (not given) is any crate's", () => {
    expect(heldBack([unit('my_a')], ['vendor/x/src/lib.rs'])).toEqual(['src/lib.rs[my_a]']);
  });

  it("a key without its target (a report's) and an integration test's file are matched as before", () => {
    const bare: TestId = { runner: 'cargo', suite: 'src/lib.rs', name: 't' };
    const it: TestId = { runner: 'cargo', suite: 'tests/it.rs', name: 'it_int', params: 'it' };
    const crates = changedCrates(['crates/b/src/lib.rs'], '', {
      'crates/b/Cargo.toml': MANIFESTS['crates/b/Cargo.toml']!,
    });
    expect(inChangedFile(bare, new Set(['crates/b/src/lib.rs']), crates)).toBe(true);
    expect(inChangedFile(it, new Set(['crates/my-a/tests/it.rs']), crates)).toBe(true);
  });

  it("a name that stands for two changed files (the repository's and the working directory's) is kept only if both agree", () => {
    const files = ['rust/src/lib.rs', 'src/lib.rs'];
    const texts = {
      'rust/Cargo.toml': '[package]\nname = "inner"\n',
      'Cargo.toml': '[package]\nname = "outer"\n',
    };
    const crates = changedCrates(files, 'rust', texts);
    expect(crates.get('rust/src/lib.rs')).toEqual(['inner']);
    expect(crates.has('src/lib.rs')).toBe(false);
    expect(inChangedFile(unit('other'), new Set(['rust/src/lib.rs', 'src/lib.rs']), crates)).toBe(true);
  });
});

/** `cargo test --workspace --no-fail-fast` over crates/my-a (its tests::it_works fails) and crates/b. */
const CARGO_A_FAILS = `     Running unittests src/lib.rs (target/debug/deps/b_core-6e3a6b0d0d6f3a11)

running 1 test
test tests::it_works ... ok

test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

     Running unittests src/lib.rs (target/debug/deps/my_a-3110576fc3c3c96d)

running 1 test
test tests::it_works ... FAILED

failures:

---- tests::it_works stdout ----

thread 'tests::it_works' (3208) panicked at crates/my-a/src/lib.rs:2:37:
fails on its first run

failures:
    tests::it_works

test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.46s

error: test failed, to rerun pass \`-p my-a --lib\`
error: 1 target failed:
    \`-p my-a --lib\`
`;
const CARGO_A_PASSES = `     Running unittests src/lib.rs (target/debug/deps/my_a-3110576fc3c3c96d)

running 1 test
test tests::it_works ... ok

test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 1 filtered out; finished in 0.00s
`;

/** The phase's files, recording where each Cargo.toml was asked for. */
class Files extends MemoryTestFiles {
  readonly configsAsked: { cwd: string; files: readonly string[] }[] = [];
  override configTexts(cwd: string, files: readonly string[]): Promise<Record<string, string | null>> {
    this.configsAsked.push({ cwd, files });
    return super.configTexts(cwd, files);
  }
}

async function phase(changed: string[], workingDirectory = '') {
  const runner = new RecordingRunner();
  const process = new RecordingProcess([
    { exitCode: 101, output: CARGO_A_FAILS },
    { exitCode: 0, output: CARGO_A_PASSES },
  ]);
  const files = new Files([[]], changed, NO_HISTORY, {}, MANIFESTS);
  const job = parseJobEnv({ GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' }, { cwd: '/', tmpdir: '/tmp' });
  const result = await runPhase(
    runSettings({
      run: 'cargo test --workspace --no-fail-fast',
      stage: 'tests',
      tests: SETTINGS,
      ...(workingDirectory ? { workingDirectory } : {}),
    }),
    job,
    { lane: 'STANDARD', branchKind: 'pr', config: DEFAULT_CONFIG, windows: false },
    {
      runner,
      process,
      checkpoint: new RecordingStageCheckpoint(),
      records: new RecordingRecords(),
      classify: () => ({ type: 'test', confidence: 'high', retryable: false, rule: 'stub:test' }),
      clock: new FakeClock(),
      tests: files,
    },
  );
  return {
    result,
    process,
    files,
    log: runner.log.messages('info').join('\n'),
    outputs: Object.fromEntries(runner.outputs),
  };
}

describe("run/: a pull request that edits crate b's src/lib.rs", () => {
  it("re-runs crate my-a's flaky unit test and passes, reading b's Cargo.toml from the repository's root", async () => {
    const r = await phase(['crates/b/src/lib.rs', 'README.md']);
    expect(r.log).not.toContain('the change added or edited its file');
    expect(r.process.runs.map((x) => x.script)).toEqual([
      'cargo test --workspace --no-fail-fast',
      "cargo test --workspace --no-fail-fast -- --exact 'tests::it_works'",
    ]);
    expect(r.result.success).toBe(true);
    expect(r.outputs['flaky-tests']).toBe('cargo:src/lib.rs::tests::it_works[my_a]');
    expect(r.files.configsAsked).toContainEqual({ cwd: '/ws', files: ['crates/b/Cargo.toml'] });
  });

  it('under a working directory, the Cargo.toml is still read from the repository root', async () => {
    const r = await phase(['crates/b/src/lib.rs'], 'crates');
    expect(r.result.success).toBe(true);
    expect(r.files.configsAsked).toContainEqual({ cwd: '/ws', files: ['crates/b/Cargo.toml'] });
  });

  it("an edit of my-a's own src/lib.rs still holds its test back: red, not re-run", async () => {
    const r = await phase(['crates/my-a/src/lib.rs']);
    expect(r.log).toContain(
      'ci-recovery: cargo:src/lib.rs::tests::it_works[my_a]: the change added or edited its file: not re-run',
    );
    expect(r.process.runs).toHaveLength(1);
    expect(r.result.success).toBe(false);
  });
});
