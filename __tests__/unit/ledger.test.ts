import { describe, expect, it } from '@jest/globals';
import {
  attemptsFor,
  branchSlug,
  emptyLedger,
  failureSignature,
  isFlaky,
  isSettled,
  keySaysSettled,
  lastGoodSha,
  ledgerKey,
  ledgerKeyPrefix,
  normalizeEvidence,
  outcomeTeaches,
  parseLedger,
  recordOutcome,
  recordRevert,
  revertsToday,
  serializeLedger,
  wasReverted,
  type Ledger,
  type LedgerEntry,
} from '../../src/core/ledger.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function entry(over: Partial<LedgerEntry>): LedgerEntry {
  return {
    runId: 1,
    attempt: 1,
    sha: SHA_A,
    job: 'test',
    outcome: 'success',
    at: '2026-11-22T08:00:00Z',
    ...over,
  };
}

describe('failure signatures', () => {
  it('are stable across runs: numbers, hex ids, temp paths and timestamps do not change them', () => {
    // Corpus d0002 (electron, apt mirror): the IP and ports change from run to run.
    const a =
      'E: Failed to fetch http://dl.hhvm.com/ubuntu/dists/trusty/main/binary-i386/Packages  404  Not Found [IP: 13.33.164.241 80]';
    const b =
      'E: Failed to fetch http://dl.hhvm.com/ubuntu/dists/trusty/main/binary-i386/Packages  404  Not Found [IP: 52.84.12.9 80]';
    expect(failureSignature('dependency', a)).toBe(failureSignature('dependency', b));
    expect(failureSignature('dependency', a)).toMatch(/^[0-9a-f]{16}$/);
    expect(normalizeEvidence('at 2026-11-22T08:00:01.123Z in /tmp/jest_abc/x.js commit deadbeef1')).toBe(
      'at <time> in <tmp> commit <hex>',
    );
    // Words made of hex letters only are words, not ids.
    expect(normalizeEvidence('Build defaced')).toBe('build defaced');
  });

  it('differ by failure type and by evidence text', () => {
    const line = 'Tests timed out';
    expect(failureSignature('timeout', line)).not.toBe(failureSignature('test', line));
    expect(failureSignature('test', 'FAIL src/a.test.ts')).not.toBe(
      failureSignature('test', 'FAIL src/b.test.ts'),
    );
  });
});

describe('ledger model', () => {
  const sig = failureSignature('network', 'ECONNRESET');

  it('isFlaky: the same job passed on the same commit after the failure', () => {
    let l = emptyLedger('main');
    l = recordOutcome(
      l,
      entry({ runId: 1, attempt: 1, outcome: 'failure', failureType: 'network', signature: sig }),
    );
    expect(isFlaky(l, sig, SHA_A)).toBe(false);
    l = recordOutcome(l, entry({ runId: 1, attempt: 2, outcome: 'success' }));
    expect(isFlaky(l, sig, SHA_A)).toBe(true);
    expect(isFlaky(l, sig, SHA_A, 'test')).toBe(true);
    expect(isFlaky(l, sig, SHA_A, 'lint')).toBe(false);
    expect(isFlaky(l, sig, SHA_B)).toBe(false);
    expect(isFlaky(l, failureSignature('network', 'ETIMEDOUT somewhere else'), SHA_A)).toBe(false);
  });

  it('isFlaky: a pass before the failure, or of another job or commit, does not count', () => {
    let l = emptyLedger('main');
    l = recordOutcome(l, entry({ runId: 1, outcome: 'success' }));
    l = recordOutcome(l, entry({ runId: 2, outcome: 'failure', signature: sig }));
    l = recordOutcome(l, entry({ runId: 3, outcome: 'success', job: 'lint' }));
    l = recordOutcome(l, entry({ runId: 4, outcome: 'success', sha: SHA_B }));
    expect(isFlaky(l, sig, SHA_A)).toBe(false);
  });

  it('caps: reverts today (UTC day) and attempts of a run', () => {
    let l = emptyLedger('main');
    l = recordRevert(l, { at: '2026-11-21T23:59:59Z', sha: '1'.repeat(40) });
    l = recordRevert(l, { at: '2026-11-22T00:00:01Z', sha: '2'.repeat(40), pr: 12 });
    l = recordRevert(l, { at: '2026-11-22T10:00:00Z', sha: '3'.repeat(40) });
    expect(revertsToday(l, new Date('2026-11-22T12:00:00Z'))).toBe(2);
    expect(revertsToday(l, new Date('2026-11-23T00:00:00Z'))).toBe(0);
    expect(wasReverted(l, '2'.repeat(40))).toBe(true);
    expect(wasReverted(l, '4'.repeat(40))).toBe(false);
    l = recordOutcome(l, entry({ runId: 9, attempt: 1, outcome: 'failure' }));
    l = recordOutcome(l, entry({ runId: 9, attempt: 3, outcome: 'failure', job: 'build' }));
    expect(attemptsFor(l, 9)).toBe(3);
    expect(attemptsFor(l, 9, 'test')).toBe(1);
    expect(attemptsFor(l, 10)).toBe(0);
  });

  it('an entry for the same run, attempt and job replaces the old one; size stays bounded', () => {
    let l = emptyLedger('main');
    l = recordOutcome(l, entry({ runId: 5, outcome: 'failure' }));
    l = recordOutcome(l, entry({ runId: 5, outcome: 'success' }));
    expect(l.entries).toHaveLength(1);
    expect(l.entries[0]?.outcome).toBe('success');
    for (let i = 0; i < 30; i++)
      l = recordOutcome(l, entry({ runId: 100 + i, sha: i === 29 ? SHA_B : SHA_A }), 10);
    expect(l.entries).toHaveLength(10);
    expect(l.entries[0]?.runId).toBe(120);
    expect(lastGoodSha(l, 'test')).toBe(SHA_B);
    expect(lastGoodSha(l, 'nope')).toBeUndefined();
  });

  it('serializes and parses back; bad input gives an empty ledger and a problem, never a throw', () => {
    let l: Ledger = emptyLedger('main');
    l = recordOutcome(l, entry({ outcome: 'failure', failureType: 'network', signature: sig }));
    l = recordRevert(l, { at: '2026-11-22T10:00:00Z', sha: SHA_B, revertSha: SHA_A });
    expect(parseLedger(serializeLedger(l), 'main')).toEqual({ ledger: l });
    expect(parseLedger(undefined, 'main')).toEqual({ ledger: emptyLedger('main') });
    expect(parseLedger('{not json', 'main').problem).toMatch(/not valid JSON/);
    expect(parseLedger('{"version":99}', 'main').problem).toMatch(/unknown format/);
    const mixed = JSON.stringify({
      version: 1,
      branch: 'main',
      entries: [entry({}), { runId: 'x' }],
      reverts: [{ at: 1 }],
    });
    const parsed = parseLedger(mixed, 'main');
    expect(parsed.ledger.entries).toHaveLength(1);
    expect(parsed.ledger.reverts).toHaveLength(0);
    expect(parsed.problem).toBe('ledger: dropped 2 malformed record(s)');
  });
});

describe('ledger cache keys', () => {
  it('follow ci-recovery-ledger-<branch-slug>-<runId>-<attempt>, new key per run attempt', () => {
    const key = ledgerKey('main', 123, 2);
    expect(key).toMatch(/^ci-recovery-ledger-main\.[0-9a-f]{8}-123-2$/);
    expect(key.startsWith(ledgerKeyPrefix('main'))).toBe(true);
    expect(ledgerKey('main', 123, 3)).not.toBe(key);
    expect(ledgerKey('main', 123, 2, 'test (ubuntu, 20)')).toBe(`${key}-test_ubuntu_20_`);
    expect(ledgerKey('refs/heads/main', 123, 2)).toBe(key);
  });

  it('a branch prefix never matches another branch whose name extends it', () => {
    expect(ledgerKey('main-next', 1, 1).startsWith(ledgerKeyPrefix('main'))).toBe(false);
    expect(ledgerKey('feature/a_b', 1, 1).startsWith(ledgerKeyPrefix('feature/a'))).toBe(false);
    expect(branchSlug('feature/a b')).not.toBe(branchSlug('feature/a_b'));
    expect(ledgerKey('x'.repeat(300), 1, 1).length).toBeLessThan(512);
    expect(ledgerKey('a,b', 1, 1)).not.toContain(',');
  });
});

describe('outcomeTeaches: what a pass must answer to be worth a cache entry', () => {
  const at = '2026-01-01T00:00:00Z';
  const e = (runId: number, sha: string, outcome: 'success' | 'failure', job = 'test') => ({
    runId,
    attempt: 1,
    sha,
    job,
    outcome,
    at,
    ...(outcome === 'failure' ? { signature: 'sig' } : {}),
  });
  const ledger = (...entries: ReturnType<typeof e>[]) => ({ ...emptyLedger('main'), entries });

  it('a failure always teaches; a pass on an empty ledger or after a pass does not', () => {
    expect(outcomeTeaches(emptyLedger('main'), e(1, 'a', 'failure'))).toBe(true);
    expect(outcomeTeaches(emptyLedger('main'), e(1, 'a', 'success'))).toBe(false);
    expect(outcomeTeaches(ledger(e(1, 'a', 'success')), e(2, 'b', 'success'))).toBe(false);
  });

  it('a pass answering a failure of this job on this commit teaches: isFlaky needs it', () => {
    const failed = ledger(e(1, 'a', 'failure'));
    const pass = e(1, 'a', 'success');
    expect(outcomeTeaches(failed, pass)).toBe(true);
    const saved = recordOutcome(failed, { ...pass, attempt: 2 });
    expect(isFlaky(saved, 'sig', 'a', 'test')).toBe(true);
    // Answered already: another pass of the same commit teaches nothing more.
    expect(outcomeTeaches(saved, { ...pass, attempt: 3 })).toBe(false);
  });

  it("a pass after the job's failure on another commit teaches: the last good commit moves past it", () => {
    expect(outcomeTeaches(ledger(e(1, 'a', 'success'), e(2, 'b', 'failure')), e(3, 'c', 'success'))).toBe(
      true,
    );
    // Another job's failure is not this job's.
    expect(
      outcomeTeaches(ledger(e(1, 'a', 'success'), e(2, 'b', 'failure', 'lint')), e(3, 'c', 'success')),
    ).toBe(false);
  });
});

test("a revert's rollback fields survive a round trip; a malformed one drops only that revert", () => {
  const kept = {
    at: '2026-03-04T00:00:00Z',
    sha: 'a'.repeat(40),
    revertSha: 'e'.repeat(40),
    landedSha: '9'.repeat(40),
    target: 'b'.repeat(40),
    record: 'version: 1\n',
    verdict: 'still-failing',
    relandPr: 7,
  };
  const text = JSON.stringify({
    version: 1,
    branch: 'main',
    entries: [],
    reverts: [kept, { ...kept, sha: 'c'.repeat(40), verdict: 'maybe' }, { ...kept, relandPr: '7' }],
  });
  const { ledger, problem } = parseLedger(text, 'main');
  expect(ledger.reverts).toEqual([kept]);
  expect(problem).toBe('ledger: dropped 2 malformed record(s)');
});

describe('probe branch records (issue 65)', () => {
  it('round-trips the records of probe branches with no run, and drops malformed ones', () => {
    const l = {
      ...emptyLedger('main'),
      probes: [
        {
          branch: 'ci-recovery/probe-111111111111',
          sha: '1'.repeat(40),
          createdAt: '2026-03-04T06:00:00.000Z',
          redispatchedAt: '2026-03-04T07:01:00.000Z',
        },
      ],
    };
    expect(parseLedger(serializeLedger(l), 'main')).toEqual({ ledger: l });
    const bad = JSON.stringify({ ...l, probes: [...l.probes, { branch: 3 }] });
    expect(parseLedger(bad, 'main').ledger.probes).toEqual(l.probes);
  });
});

describe('isSettled: the mark a ledger key carries so a green job need not download the ledger', () => {
  /** Every ledger of up to `n` entries over two jobs, two commits and the three outcomes. */
  function* ledgers(n: number): Generator<LedgerEntry[]> {
    yield [];
    if (n === 0) return;
    for (const rest of ledgers(n - 1))
      for (const job of ['unit', 'lint'])
        for (const sha of [SHA_A, SHA_B])
          for (const outcome of ['success', 'failure', 'cancelled'] as const)
            yield [...rest, entry({ runId: rest.length + 1, job, sha, outcome })];
  }

  it('is exactly "no pass of any job on any commit would be recorded" (outcomeTeaches), every ledger up to 4 entries', () => {
    let checked = 0;
    for (const entries of ledgers(4)) {
      const l: Ledger = { ...emptyLedger('main'), entries };
      const teaches = ['unit', 'lint', 'other'].some((job) =>
        [SHA_A, SHA_B, 'c'.repeat(40)].some((sha) =>
          outcomeTeaches(l, entry({ runId: 99, job, sha, outcome: 'success' })),
        ),
      );
      expect([entries, isSettled(l)]).toEqual([entries, !teaches]);
      checked++;
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('the key says so; an older key, a branch or a job of any name cannot', () => {
    const settled = ledgerKey('main', 7, 1, 'unit', true);
    expect(settled).toBe(`${ledgerKey('main', 7, 1, 'unit')}~settled`);
    expect(keySaysSettled(settled)).toBe(true);
    expect(keySaysSettled(ledgerKey('main', 7, 1, undefined, true))).toBe(true);
    // A restore by this attempt's own key finds its settled save: the service matches the key as a prefix.
    expect(settled.startsWith(ledgerKey('main', 7, 1, 'unit'))).toBe(true);
    for (const name of ['unit~settled', 'a ~settled', '~settled', 'x~settled~settled'])
      expect(keySaysSettled(ledgerKey(name, 7, 1, name))).toBe(false);
    expect(keySaysSettled(ledgerKey('main', 7, 1, 'unit'))).toBe(false);
    expect(keySaysSettled('some-other-cache~settled')).toBe(false);
  });
});
