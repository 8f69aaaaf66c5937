import { describe, expect, it } from '@jest/globals';
import {
  attemptsFor,
  branchSlug,
  emptyLedger,
  failureSignature,
  isFlaky,
  keyRulesOutPass,
  lastGoodSha,
  ledgerKey,
  ledgerKeyPrefix,
  openDigest,
  openItems,
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
    expect(parseLedger('{"version":99}', 'main').problem).toMatch(/^ledger is of a newer version \(99\)/);
    expect(parseLedger('{"version":0}', 'main').problem).toMatch(/unknown format/);
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

  it('says why a stored ledger is unreadable apart from what is done about it, so no caller cuts its words', () => {
    for (const text of ['{not json', '{"version":99}', '{"version":0}']) {
      const { problem, unreadable } = parseLedger(text, 'main');
      expect(unreadable).toMatch(
        /^ledger (is not valid JSON \(.+\)|is of a newer version \(99\) than this one reads \(1\)|has an unknown format or version)$/,
      );
      expect(problem).toBe(`${unreadable}: starting a new one`);
    }
    // Records dropped are no unreadable ledger; nothing stored, nothing to say.
    const dropped = parseLedger(
      JSON.stringify({ version: 1, branch: 'main', entries: [{ job: 7 }] }),
      'main',
    );
    expect(dropped).toMatchObject({ problem: 'ledger: dropped 1 malformed record(s)' });
    expect(dropped.unreadable).toBeUndefined();
    expect(parseLedger('  ', 'main')).toEqual({ ledger: emptyLedger('main') });
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

  it('drops a record naming another branch than the one a probe of its commit runs on (the sweep deletes it)', () => {
    const ok = {
      branch: 'ci-recovery/probe-111111111111',
      sha: '1'.repeat(40),
      createdAt: '2026-03-04T06:00:00.000Z',
      workflowId: 9,
    };
    const forged = [
      { ...ok, branch: 'release/1.x' },
      { ...ok, branch: 'ci-recovery/probe-222222222222' },
      { ...ok, sha: 'not-hex', branch: 'ci-recovery/probe-not-hex' },
      { ...ok, sha: '1'.repeat(39), branch: 'ci-recovery/probe-111111111111' },
    ];
    const text = JSON.stringify({ ...emptyLedger('main'), probes: [ok, ...forged] });
    expect(parseLedger(text, 'main').ledger.probes).toEqual([ok]);
  });
});

describe("the open items' digest a ledger key carries, so that a green job need not download the ledger", () => {
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
  const pass = (job: string, sha: string): LedgerEntry => entry({ runId: 999, job, sha, outcome: 'success' });
  const keyOf = (l: Ledger): string => ledgerKey('main', 7, 1, 'unit', openDigest(l));

  it('openItems is exactly what outcomeTeaches reads of a pass, every ledger up to 4 entries', () => {
    let checked = 0;
    for (const entries of ledgers(4)) {
      const l: Ledger = { ...emptyLedger('main'), entries };
      const items = new Set(openItems(l));
      for (const job of ['unit', 'lint', 'other'])
        for (const sha of [SHA_A, SHA_B, 'c'.repeat(40)]) {
          const open = items.has(`job\n${job}`) || items.has(`pair\n${job}\n${sha}`);
          expect([entries, job, sha, open]).toEqual([entries, job, sha, outcomeTeaches(l, pass(job, sha))]);
        }
      checked++;
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('random ledgers: a pass the key rules out is never one outcomeTeaches would record', () => {
    // A seeded generator: a failure names the ledger that made it.
    let seed = 0x9e3779b9;
    const rand = (n: number): number => {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return seed % n;
    };
    const jobs = ['unit', 'lint', 'e2e', 'build (linux)', 'build (macos)'];
    const shas = Array.from({ length: 40 }, (_, i) => i.toString(16).padStart(40, '0'));
    const outcomes = ['success', 'success', 'success', 'failure', 'cancelled'] as const;
    let ruledOut = 0;
    let taught = 0;
    for (let round = 0; round < 3000; round++) {
      const entries = Array.from({ length: rand(120) }, (_, i) =>
        entry({
          runId: i + 1,
          job: jobs[rand(jobs.length)]!,
          sha: shas[rand(shas.length)]!,
          outcome: outcomes[rand(5)]!,
        }),
      );
      const l: Ledger = { ...emptyLedger('main'), entries };
      const key = keyOf(l);
      for (let probe = 0; probe < 10; probe++) {
        const job = rand(6) === 0 ? 'new job' : jobs[rand(jobs.length)]!;
        const sha = shas[rand(shas.length)]!;
        const teaches = outcomeTeaches(l, pass(job, sha));
        if (keyRulesOutPass(key, { job, sha })) {
          ruledOut++;
          expect([round, job, sha, teaches]).toEqual([round, job, sha, false]);
        }
        if (teaches) taught++;
      }
    }
    // Both sides were met often: the check is not vacuous.
    expect(ruledOut).toBeGreaterThan(3000);
    expect(taught).toBeGreaterThan(3000);
  });

  it('a failure fixed forward: fail S1, pass S2, then a green S3 is ruled out, a re-run of S1 is not', () => {
    const failed = recordOutcome(
      emptyLedger('main'),
      entry({ runId: 1, job: 'unit', sha: SHA_A, outcome: 'failure' }),
    );
    expect(keyRulesOutPass(keyOf(failed), { job: 'unit', sha: SHA_B })).toBe(false);
    const fixed = recordOutcome(failed, entry({ runId: 2, job: 'unit', sha: SHA_B, outcome: 'success' }));
    // S1's failure stays open on its commit (no pass after it there), yet a pass on S3 has nothing to answer.
    expect(openItems(fixed)).toEqual([`pair\nunit\n${SHA_A}`]);
    expect(keyRulesOutPass(keyOf(fixed), { job: 'unit', sha: 'c'.repeat(40) })).toBe(true);
    expect(keyRulesOutPass(keyOf(fixed), { job: 'unit', sha: SHA_A })).toBe(false);
    // Another job's cancel leaves that job open, not this one.
    const cancelled = recordOutcome(
      fixed,
      entry({ runId: 3, job: 'lint', sha: SHA_B, outcome: 'cancelled' }),
    );
    expect(keyRulesOutPass(keyOf(cancelled), { job: 'lint', sha: SHA_B })).toBe(false);
    expect(keyRulesOutPass(keyOf(cancelled), { job: 'unit', sha: 'c'.repeat(40) })).toBe(true);
  });

  it("a key with its digest stays within the cache service's 512 characters, whatever the names", () => {
    const long = 'feature/'.repeat(700);
    const full: Ledger = {
      ...emptyLedger(long),
      entries: Array.from({ length: 50 }, (_, i) =>
        entry({ runId: i, job: long, sha: String(i).padStart(40, '0'), outcome: 'failure' }),
      ),
    };
    const key = ledgerKey(long, '99999999999999999999', 999, long, openDigest(full));
    expect(key.length).toBeLessThanOrEqual(512);
    expect(keyRulesOutPass(key, { job: long, sha: '1'.padStart(40, '0') })).toBe(false);
  });

  it('the key carries a versioned digest; an older key, another mark or a name cannot rule a pass out', () => {
    const empty = emptyLedger('main');
    const key = keyOf(empty);
    expect(key).toBe(`${ledgerKey('main', 7, 1, 'unit')}~o1-${'0'.repeat(256)}`);
    expect(keyRulesOutPass(key, { job: 'unit', sha: SHA_A })).toBe(true);
    expect(
      keyRulesOutPass(ledgerKey('main', 7, 1, undefined, openDigest(empty)), { job: 'x', sha: SHA_A }),
    ).toBe(true);
    // A restore by this attempt's own key finds its marked save: the service matches the key as a prefix.
    expect(key.startsWith(ledgerKey('main', 7, 1, 'unit'))).toBe(true);
    const zeros = '0'.repeat(256);
    for (const name of [`unit~o1-${zeros}`, `a ~o1-${zeros}`, '~settled'])
      expect(keyRulesOutPass(ledgerKey(name, 7, 1, name), { job: 'unit', sha: SHA_A })).toBe(false);
    for (const other of [
      ledgerKey('main', 7, 1, 'unit'),
      `${ledgerKey('main', 7, 1, 'unit')}~settled`,
      `${ledgerKey('main', 7, 1, 'unit')}~o2-${zeros}`,
      `${ledgerKey('main', 7, 1, 'unit')}~o1-${zeros.slice(1)}`,
      `${ledgerKey('main', 7, 1, 'unit')}~o1-${'0'.repeat(255)}G`,
      `${ledgerKey('main', 7, 1, 'unit')}~o1-${'0'.repeat(255)}A`,
      `${ledgerKey('main', 7, 1, 'unit')}~o1-${zeros}0`,
      `some-other-cache~o1-${zeros}`,
    ])
      expect([other, keyRulesOutPass(other, { job: 'unit', sha: SHA_A })]).toEqual([other, false]);
  });
});

it('ended bisections are read back as written; a malformed or padded one is dropped, and only the newest 20 are kept (att-sup5)', () => {
  const ended = Array.from({ length: 25 }, (_, i) => ({
    runId: 100 + i,
    attempt: 1,
    at: '2026-03-04T06:00:00Z',
  }));
  const text = JSON.stringify({
    version: 1,
    entries: [],
    reverts: [],
    ended: [
      ...ended,
      { runId: 'x', attempt: 1, at: 'now' },
      { runId: 1, attempt: 1, at: 'now', why: '::stop::' },
    ],
  });
  const { ledger } = parseLedger(text, 'main');
  expect(ledger.ended?.map((e) => e.runId)).toEqual(ended.slice(-20).map((e) => e.runId));
});
