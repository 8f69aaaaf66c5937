/**
 * Package managers' and toolchains' failures as the real tools print them (issue 68 item 1: the type; item 4:
 * the line shown states the cause, never a code line or a summary). Every output below was produced on this
 * machine by the tool named in its case (Corepack 0.34.6 on Node v20.20.2, go1.19.8) and is put in a GitHub
 * Actions step as the runner writes it. Each case has a look-alike the rule must not take (rules/log-rules.json:
 * deps-own-words, corepack-signature-refused).
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
