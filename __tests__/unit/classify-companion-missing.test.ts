/**
 * Issue 68, a required companion tool not installed: prost-build's `Could not find \`protoc\``, pkg-config-rs's `The
 * pkg-config command could not be found.`, bindgen's `Unable to find libclang` inside a cargo build. The job's
 * environment lacks the tool (config), though cargo reports the build script that stopped on it as a failed build
 * (`error: failed to run custom build command`, rule cargo-build). Only in the step's last error block: such a line
 * far above it, with the build failing on a compiler's error after, stays build (weigh.ts companionMissing). Each
 * tool line is the rule's published line (rules/log-rules.json companion-tool-missing).
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

// tokio-rs/prost prost-build/src/config.rs error_message_protoc_not_found, as a build script's main returns it.
const PROTOC =
  '  Error: Custom { kind: NotFound, error: "Could not find `protoc`. If `protoc` is installed, try setting the `PROTOC` environment variable to the path of the `protoc` binary. To install it on Debian, run `apt-get install protobuf-compiler`. It is also available at https://github.com/protocolbuffers/protobuf/releases  For more information: https://docs.rs/prost-build/#sourcing-protoc" }';
// rust-lang/rust-bindgen bindgen/lib.rs `expect("Unable to find libclang")` over clang-sys build/dynamic.rs's error.
const LIBCLANG =
  "  Unable to find libclang: \"couldn't find any valid shared libraries matching: ['libclang.so', 'libclang-*.so', 'libclang.so.*', 'libclang-*.so.*'], set the `LIBCLANG_PATH` environment variable to a path where one of these files can be found (invalid: [])\"";
// rust-lang/pkg-config-rs src/lib.rs Error::Command with NotFound, in a -sys crate's panic.
const PKG_CONFIG =
  '  run pkg_config fail: "Could not run `PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=\\"1\\" \\"pkg-config\\" \\"--libs\\" \\"--cflags\\" \\"openssl\\"`\\nThe pkg-config command could not be found.\\n\\nMost likely, you need to install a pkg-config package for your OS."';

/** cargo's report of a build script that failed (rust-lang/cargo custom_build.rs), its stderr under it. */
function buildScriptFailed(crate: string, stderr: string[]): string[] {
  const dir = `/home/runner/work/app/app/${crate}`;
  return [
    `   Compiling ${crate} v0.1.0 (${dir})`,
    `error: failed to run custom build command for \`${crate} v0.1.0 (${dir})\``,
    '',
    'Caused by:',
    `  process didn't exit successfully: \`/home/runner/work/app/app/target/debug/build/${crate}-1a2b3c4d5e6f7a8b/build-script-build\` (exit status: 1)`,
    '  --- stderr',
    ...stderr,
  ];
}

const PANIC_AT =
  "  thread 'main' panicked at /home/runner/.cargo/registry/src/index.crates.io-6f17d22bba15001f/bindgen-0.69.4/lib.rs:622:31:";

describe('a build script stopped on a companion tool the job did not install: config', () => {
  test.each([
    ['protoc', buildScriptFailed('app-proto', [PROTOC]), PROTOC],
    ['libclang', buildScriptFailed('app-sys', ['', PANIC_AT, LIBCLANG]), LIBCLANG],
    [
      'pkg-config',
      buildScriptFailed('openssl-sys', [
        '',
        "  thread 'main' panicked at build/find_normal.rs:190:5:",
        PKG_CONFIG,
      ]),
      PKG_CONFIG,
    ],
  ])('%s', (_tool, output, line) => {
    const v = classify({
      log: failedRunLog(
        'cargo build --locked',
        [...output, 'warning: build failed, waiting for other jobs to finish...'],
        101,
      ),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('companion-tool-missing');
    expect(v.evidence?.text).toBe(line.trim());
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('look-alikes: the build failed on something else', () => {
  test('the companion line far above the last error block, a compiler error ending the step: build', () => {
    const compiled = Array.from({ length: 70 }, (_, i) => `   Compiling dep${i} v1.0.0`);
    const v = classify({
      log: failedRunLog(
        'cargo build --locked',
        [
          ...buildScriptFailed('app-proto', [PROTOC]),
          ...compiled,
          'error[E0425]: cannot find value `x` in this scope',
          ' --> src/main.rs:2:5',
          'error: could not compile `app` (bin "app") due to 1 previous error',
        ],
        101,
      ),
    });
    expect(v.type).toBe('build');
  });

  test.each([
    // prost-build's other error: protoc ran and refused the .proto file (the project's own input).
    'Error: Custom { kind: Other, error: "protoc failed: app.proto:3:1: Expected top-level statement (e.g. \\"message\\")." }',
    // A project's own message naming protoc.
    'warning: Could not find protoc in the cache, downloading it',
  ])('%s: not the rule', (line) => {
    expect(ruleFires(ruleSet, 'companion-tool-missing', line)).toBe(false);
  });
});

describe('npx told not to install a tool the project does not have: config', () => {
  // npm/cli workspaces/libnpmexec/lib/index.js @ 127d503a: with yes === false (`--no-install`, `npm exec --no`)
  // and packages missing, `npx canceled due to missing packages and no YES option: ${JSON.stringify(addList)}`,
  // printed after npm's error prefix ('npm error ' from npm 10, 'npm ERR! ' before).
  test.each([
    ['npm 10', 'npx --no-install playwright test', 'npm error'],
    ['npm 8', 'npx --no-install wrangler pages deploy dist', 'npm ERR!'],
  ])('%s: the tool never ran, whatever the command says it would do', (_npm, run, prefix) => {
    const tool = run.split(' ')[2]!;
    const line = `${prefix} npx canceled due to missing packages and no YES option: ["${tool}@1.49.0"]`;
    const v = classify({
      log: failedRunLog(run, [
        line,
        `${prefix} A complete log of this run can be found in: /home/runner/.npm/_logs/x-debug-0.log`,
      ]),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'npx-package-missing' });
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    // In CI without --no-install npx installs the package and says so (the same file's log.warn): no failure.
    'npm warn exec The following package was not found and will be installed: wrangler@4.0.0',
    // A project's own words about npx.
    'Error: npx canceled the run: the package is missing from package.json',
  ])('%s: not the rule', (line) => {
    expect(ruleFires(ruleSet, 'npx-package-missing', line)).toBe(false);
  });
});

/**
 * A headed browser on a runner with no X server (rule display-server-missing): chromium's own line, in an older
 * release's prefix (the file's base name and its line in parentheses), under an Electron test run that counts its
 * failures after it. The newer prefix and Playwright's banner are proven on a real launch
 * (e2e/real-browser-cases.ts).
 */
describe('a headed browser without an X server', () => {
  const OLD_PREFIX =
    '[2262:2262:0913/105531.436124:ERROR:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY';

  test("chromium's line under an Electron test run is config, over the run's failures; not retried", () => {
    const v = classify({
      log: failedRunLog('npx electron-mocha --renderer test/*.spec.js', [
        OLD_PREFIX,
        '[2262:2262:0913/105531.436161:ERROR:env.cc(255)] The platform failed to initialize.  Exiting.',
        '  0 passing (2ms)',
        '  3 failing',
      ]),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('display-server-missing');
    expect(v.evidence?.text).toBe(OLD_PREFIX);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("Cypress's own words where Xvfb is not installed (cli/lib/errors.ts missingXvfb): config, not the test run", () => {
    // formErrorText's text under the verification's task list, as `cypress run` prints it.
    const v = classify({
      log: failedRunLog('npx cypress run', [
        'It looks like this is your first time using Cypress: 13.17.0',
        '',
        '[FAILED] Your system is missing the dependency: Xvfb',
        'Your system is missing the dependency: Xvfb',
        '',
        'Install Xvfb and run Cypress again.',
        '',
        'Error: spawn Xvfb ENOENT',
        '',
        'Platform: linux-x64 (Ubuntu - 24.04)',
        'Cypress Version: 13.17.0',
      ]),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('display-server-missing');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('the words quoted in a sentence (a README, a hint the job echoes) are not the rule', () => {
    expect(ruleFires(ruleSet, 'display-server-missing', OLD_PREFIX)).toBe(true);
    for (const line of [
      'If you see "Missing X server or $DISPLAY", run the tests under xvfb-run.',
      'echo Missing X server or $DISPLAY',
      'Looks like you launched a headed browser without having a XServer running. See docs/testing.md',
      'Your system is missing the dependency: Xvfb, so the e2e job installs it first',
    ])
      expect(ruleFires(ruleSet, 'display-server-missing', line)).toBe(false);
  });
});
