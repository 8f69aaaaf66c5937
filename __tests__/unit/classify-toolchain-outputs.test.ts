/**
 * Package managers' and toolchains' failures as the real tools print them (issue 68 item 1: the type; item 4:
 * the line shown states the cause, never a code line or a summary). Every output below was produced on this
 * machine by the tool named in its case (npm 11.19.1 on Node v20.20.2, Corepack 0.34.6, go1.19.8, GNU ld 2.40
 * under gcc 12.2.0) and is put in a GitHub Actions step as the runner writes it. Each case has a look-alike the
 * rule must not take (rules/log-rules.json: deps-own-words, corepack-signature-refused, compiler-error's
 * evidence, js-install-resolve's evidence).
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

describe('go build: a require whose revision the repository does not have (go1.19.8, GOPROXY=direct)', () => {
  const output = [
    'go: downloading github.com/acme/lib v1.2.3',
    'main.go:2:8: reading github.com/acme/lib/go.mod at revision v1.2.3: unknown revision v1.2.3',
  ];

  test("dependency, shown on go's line, not the step's command", () => {
    const v = classify({ log: failedRunLog('go build ./...', output) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('deps-own-words');
    expect(v.evidence?.text).toBe(output[1]);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a test's own log line that quotes git's words is no missing revision", () => {
    const v = classify({
      log: failedRunLog('go test ./...', [
        '--- FAIL: TestResolve (0.00s)',
        '    resolve_test.go:41: reading HEAD at revision abc: unknown revision abc',
        'FAIL',
      ]),
    });
    expect(v.rule).not.toBe('deps-own-words');
    expect(v.type).toBe('test');
  });
});

describe('Corepack refusing the package manager it fetched: its keys are older than the registry', () => {
  // Corepack 0.34.6 (Node v20.20.2), `corepack yarn@1.22.22 install`: Node prints the uncaught error.
  const output = [
    '/usr/lib/node_modules/corepack/dist/lib/corepack.cjs:21999',
    '  if (!Array.isArray(signatures) || !signatures.length) throw new Error(`No compatible signature found in package metadata`);',
    '                                                              ^',
    '',
    'Error: No compatible signature found in package metadata',
    '    at verifySignature (/usr/lib/node_modules/corepack/dist/lib/corepack.cjs:21999:63)',
    '    at installVersion (/usr/lib/node_modules/corepack/dist/lib/corepack.cjs:22414:7)',
    '',
    'Node.js v20.20.2',
  ];

  test('config, not retried, shown on the error line rather than the echoed source', () => {
    const v = classify({ log: failedRunLog('corepack yarn@1.22.22 install', output) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('corepack-signature-refused');
    expect(v.evidence?.text).toBe('Error: No compatible signature found in package metadata');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("apt's warning about a repository's signature is no Corepack refusal", () => {
    const v = classify({
      log: failedRunLog(
        'sudo apt-get update && make',
        [
          "W: GPG error: https://packagecloud.io/github/git-lfs/ubuntu trusty InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY 6B05F25D762E315",
          "make: *** No rule to make target `all'.  Stop.",
        ],
        2,
      ),
    });
    expect(v.rule).not.toBe('corepack-signature-refused');
  });
});

describe("a link that failed shows the linker's line naming the library, not collect2's summary", () => {
  // GNU make 4.3, gcc 12.2.0, GNU ld 2.40: `cc -o app main.o -lnotalib`.
  const output = [
    'cc    -c -o main.o main.c',
    'cc -o app main.o -lnotalib',
    '/usr/bin/ld: cannot find -lnotalib: No such file or directory',
    'collect2: error: ld returned 1 exit status',
    'make: *** [Makefile:3: app] Error 1',
  ];

  test("build, shown on ld's line", () => {
    const v = classify({ log: failedRunLog('make', output, 2) });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe('/usr/bin/ld: cannot find -lnotalib: No such file or directory');
  });

  test('a link that failed on an undefined symbol still shows the symbol, not a library line', () => {
    const v = classify({
      log: failedRunLog(
        'make',
        [
          'cc -o app main.o',
          "/usr/bin/ld: main.o: in function `main':",
          "main.c:(.text+0x5): undefined reference to `missing_fn'",
          'collect2: error: ld returned 1 exit status',
        ],
        2,
      ),
    });
    expect(v.type).toBe('build');
    expect(v.evidence?.text).toBe("main.c:(.text+0x5): undefined reference to `missing_fn'");
  });
});

describe("npm's message, not its error code, is the line shown (npm 11.19.1)", () => {
  test('ETARGET: the version no registry has', () => {
    const v = classify({
      log: failedRunLog('npm install', [
        'npm error code ETARGET',
        'npm error notarget No matching version found for left-pad@^99.0.0.',
        "npm error notarget In most cases you or one of your dependencies are requesting a package version that doesn't exist.",
        'npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-28T22_33_49_821Z-debug-0.log',
      ]),
    });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toBe('npm error notarget No matching version found for left-pad@^99.0.0.');
  });

  test('ERESOLVE: the peer conflict', () => {
    const v = classify({
      log: failedRunLog('npm install', [
        'npm error code ERESOLVE',
        'npm error ERESOLVE unable to resolve dependency tree',
        'npm error',
        'npm error While resolving: app@1.0.0',
        'npm error Found: react@17.0.2',
        'npm error Could not resolve dependency:',
        'npm error peer react@"^18.2.0" from react-dom@18.2.0',
        'npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-28T22_34_06_272Z-debug-0.log',
      ]),
    });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toBe('npm error ERESOLVE unable to resolve dependency tree');
  });

  test('E404: a package no registry has keeps the line naming it', () => {
    const v = classify({
      log: failedRunLog('npm install', [
        'npm error code E404',
        'npm error 404 Not Found - GET https://registry.npmjs.org/left-pad-nonexistent-zz9q',
        'npm error 404',
        "npm error 404  The requested resource 'left-pad-nonexistent-zz9q@^1.0.0' could not be found or you do not have permission to access it.",
        'npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-28T22_33_58_664Z-debug-0.log',
      ]),
    });
    expect(v.type).toBe('dependency');
    expect(v.evidence?.text).toBe(
      'npm error 404 Not Found - GET https://registry.npmjs.org/left-pad-nonexistent-zz9q',
    );
  });
});
