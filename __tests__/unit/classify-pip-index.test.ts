/**
 * pip that could not reach its index prints the same two lines as pip asked for a package its index does not
 * have: `Could not find a version that satisfies the requirement x (from versions: none)` and `No matching
 * distribution found for x` (issue 68). What tells them apart is earlier in the step: urllib3's warning that its
 * last retry of the connection failed (`Retrying (Retry(total=0, ...)) after connection broken by ...`). Rule
 * pip-index-unreachable reads those lines only after it (`after`): network, retried; without it they stay a
 * missing package (deps-resolve: dependency, never retried). An index on the job's own machine that refuses
 * (`Looking in indexes: http://127.0.0.1:...`, unlessAfter) is a service not started: the rule takes no hit there
 * (the older registry-transient-error still reads urllib3's last retry as network, at low, as before), and the
 * condition is the rule's alone: a later network failure in the same step stays network. The fixtures are pip's output, run here with `pip download --isolated --no-cache-dir --index-url
 * <index> <name>`: pip 23.0.1 (Debian's python3-pip) against an index whose host does not resolve (index-dns), a
 * local index that dropped the first two connections and then had no such package (index-flaky-missing), and a
 * file index without the package (index-missing); pip 23.2.1 in a network namespace with no network (`unshare
 * -n`: no resolver to ask, EAI_AGAIN, index-dns-again) and against http://127.0.0.1:8080/simple with nothing
 * listening (index-local-refused).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classify, defaultRuleSet, scanText } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const output = (name: string): string[] =>
  readFileSync(path.resolve('__tests__/fixtures/pip', `${name}.log`), 'utf8')
    .trimEnd()
    .split('\n');
const INSTALL = 'pip install -r requirements.txt';

describe('pip that cannot reach its index (rule pip-index-unreachable)', () => {
  test('no resolver answered (EAI_AGAIN), after the retries ran out: network, retried', () => {
    const v = classify({ log: failedRunLog(INSTALL, output('index-dns-again-23.2.1'), 1) });
    expect(v.type).toBe('network');
    expect(v.confidence).not.toBe('low');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('on its own two lines it outranks the missing package, which records no hit there', () => {
    const ruleSet = defaultRuleSet();
    const lines = output('index-dns-again-23.2.1');
    const unreachable = ruleSet.rules.findIndex((r) => r.spec.id === 'pip-index-unreachable');
    const missing = ruleSet.rules.findIndex((r) => r.spec.id === 'deps-resolve');
    const v = classify({ log: failedRunLog(INSTALL, lines, 1) });
    expect(v.type).toBe('network');
    // Both rules' words are on those lines; only the unreachable index's hit is kept.
    for (const line of lines.filter((l) => l.startsWith('ERROR: ')))
      expect([line, ruleFires(ruleSet, 'deps-resolve', line)]).toEqual([line, true]);
    const scan = scanText(lines.join('\n'), ruleSet);
    expect(scan.counts[unreachable]).toBe(2);
    expect(scan.counts[missing]).toBe(0);
  });

  test('a package the index does not have, no retries: dependency, never retried', () => {
    const v = classify({ log: failedRunLog(INSTALL, output('index-missing-23.0.1'), 1) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('deps-resolve');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('retries that ended in an answer, then no such package: dependency, never retried', () => {
    // The index dropped two connections, then answered 404: pip's retries (total=4, 3) did not run out.
    const lines = output('index-flaky-missing-23.0.1');
    expect(lines.some((l) => l.includes('Retry(total=4'))).toBe(true);
    const v = classify({ log: failedRunLog(INSTALL, lines, 1) });
    expect(v.type).toBe('dependency');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("an unreachable index in an earlier step does not make a later step's missing package network", () => {
    const warmUp = output('index-dns-again-23.2.1').filter((l) => l.startsWith('WARNING: Retrying'));
    const log = jobLog([
      ...actionsStep({ run: 'pip download -d wheels requests || true' }, warmUp),
      ...actionsStep({ run: INSTALL }, output('index-missing-23.0.1'), 1),
    ]);
    const v = classify({ log });
    expect(v.type).toBe('dependency');
    expect(retriedOnPr(v)).toBe(false);
  });

  test('a certificate the client refuses is no retry that ran out: the same on every run', () => {
    const ruleSet = defaultRuleSet();
    const refused =
      "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:992)'))': /simple/requests/";
    const text = [refused, ...output('index-missing-23.0.1').slice(-2)].join('\n');
    const unreachable = ruleSet.rules.findIndex((r) => r.spec.id === 'pip-index-unreachable');
    expect(scanText(text, ruleSet).counts[unreachable]).toBe(0);
  });
  test('a host the resolver says does not exist (EAI_NONAME), after the retries ran out: network, as the corpus labels it', () => {
    const lines = output('index-dns-23.0.1');
    expect(
      lines.some((l) => l.startsWith('WARNING: Retrying (Retry(total=0') && l.includes('[Errno -2]')),
    ).toBe(true);
    const v = classify({ log: failedRunLog(INSTALL, lines, 1) });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  const unreachableHits = (lines: string[]): number => {
    const ruleSet = defaultRuleSet();
    const unreachable = ruleSet.rules.findIndex((r) => r.spec.id === 'pip-index-unreachable');
    return scanText(lines.join('\n'), ruleSet).counts[unreachable]!;
  };

  test("an index on the job's own machine that refuses takes no hit; the same refusal elsewhere does", () => {
    const lines = output('index-local-refused-23.2.1');
    expect(lines[0]).toBe('Looking in indexes: http://127.0.0.1:8080/simple');
    expect(unreachableHits(lines)).toBe(0);
    const remote = ['Looking in indexes: http://pypi.internal.example:8080/simple', ...lines.slice(1)];
    expect(unreachableHits(remote)).toBe(2);
    const far = classify({ log: failedRunLog(INSTALL, remote, 1) });
    expect(far.type).toBe('network');
    expect(retriedOnPr(far)).toBe(true);
  });

  test("pip's list of indexes names the local one anywhere in it, and with a user: no hit", () => {
    const lines = output('index-local-refused-23.2.1').slice(1);
    for (const indexes of [
      'http://localhost:3141/root/pypi/+simple/',
      'https://pypi.org/simple, http://127.0.0.1:8080/simple',
      'http://ci:****@[::1]:8080/simple',
    ])
      expect([indexes, unreachableHits([`Looking in indexes: ${indexes}`, ...lines])]).toEqual([indexes, 0]);
  });

  test('a local index in the step leaves a later network failure of another tool the network', () => {
    // The condition is pip-index-unreachable's alone: the broad network rules still read what follows.
    const install = [
      'Looking in indexes: http://localhost:3141/root/pypi/+simple/',
      'Successfully installed requests-2.31.0',
    ];
    for (const failure of [
      'curl: (6) Could not resolve host: downloads.example.com',
      ' ERR_PNPM_FETCH_503  GET https://registry.npmjs.org/left-pad: Service Unavailable - 503',
    ]) {
      const v = classify({ log: failedRunLog(`${INSTALL} && ./fetch-assets.sh`, [...install, failure], 1) });
      expect([failure, v.type, retriedOnPr(v)]).toEqual([failure, 'network', true]);
    }
  });
});
