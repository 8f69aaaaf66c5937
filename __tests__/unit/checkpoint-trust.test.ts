/** What a resume trusts: only the checkpoints the run's own records name, with their manifests' digests. */
import {
  parseTrustRecord,
  trustArtifactName,
  trustedByRecords,
  trustRecordOf,
  untrustedBecause,
  type TrustRecord,
} from '../../src/checkpoint/index.js';

const D = (c: string): string => c.repeat(64);
const record = (attempt: number, checkpoints: TrustRecord['checkpoints'], job = 'test'): TrustRecord => ({
  format: 'ci-recovery-checkpoints/1',
  runId: '7',
  job,
  attempt,
  checkpoints,
});

describe('the trust record', () => {
  it('is named like the other ci-recovery artifacts, per job attempt', () => {
    expect(trustArtifactName('test.leg1', 2)).toBe('ci-recovery-checkpoints-test.leg1-a2');
    expect(trustArtifactName('../x y', 1)).toBe('ci-recovery-checkpoints-x_y-a1');
  });

  it('names the checkpoints steps stored with a digest, once each', () => {
    const r = trustRecordOf(
      [
        { checkpointId: 'a', checkpointDigest: D('1') },
        { checkpointId: 'b' },
        { checkpointId: 'c', checkpointDigest: 'not a digest' },
        {},
      ],
      { runId: '7', job: 'test', attempt: 1 },
    );
    expect(r?.checkpoints).toEqual([{ id: 'a', manifestSha256: D('1') }]);
    expect(trustRecordOf([{ checkpointId: 'b' }], { runId: '7', job: 'test', attempt: 1 })).toBeUndefined();
  });

  it('refuses a malformed record, field by field', () => {
    const good = record(1, [{ id: 'a', manifestSha256: D('1') }]);
    expect(parseTrustRecord(JSON.stringify(good))).toEqual(good);
    expect(() => parseTrustRecord(JSON.stringify({ ...good, format: 'x' }))).toThrow(/format/);
    expect(() => parseTrustRecord(JSON.stringify({ ...good, attempt: 0 }))).toThrow(/attempt/);
    const badDigest = { ...good, checkpoints: [{ id: 'a', manifestSha256: 'ZZ' }] };
    expect(() => parseTrustRecord(JSON.stringify(badDigest))).toThrow(/digest/);
    const many = {
      ...good,
      checkpoints: Array.from({ length: 1001 }, (_, i) => ({ id: `c${i}`, manifestSha256: D('1') })),
    };
    expect(() => parseTrustRecord(JSON.stringify(many))).toThrow(/at most 1000/);
  });
});

describe('what a resume trusts', () => {
  const place = { runId: '7', job: 'test', beforeAttempt: 3 };

  it("takes the earlier attempts' records of this job only", () => {
    const trusted = trustedByRecords(
      [
        record(1, [{ id: 'a', manifestSha256: D('1') }]),
        record(2, [{ id: 'b', manifestSha256: D('2') }]),
        record(3, [{ id: 'later', manifestSha256: D('3') }]),
        record(1, [{ id: 'other', manifestSha256: D('4') }], 'lint'),
        { ...record(1, [{ id: 'run', manifestSha256: D('5') }]), runId: '8' },
      ],
      place,
    );
    expect([...trusted]).toEqual([
      ['a', D('1')],
      ['b', D('2')],
    ]);
  });

  it('trusts no id two records name with different manifests', () => {
    const trusted = trustedByRecords(
      [record(1, [{ id: 'a', manifestSha256: D('1') }]), record(2, [{ id: 'a', manifestSha256: D('2') }])],
      place,
    );
    expect(trusted.has('a')).toBe(false);
  });

  it('says why a checkpoint is not resumed from: unnamed, or another manifest', () => {
    const trusted = new Map([['a', D('1')]]);
    expect(untrustedBecause(trusted, 'a', D('1'))).toBeUndefined();
    expect(untrustedBecause(trusted, 'a', D('2'))).toMatch(/manifest differs/);
    expect(untrustedBecause(trusted, 'planted', D('1'))).toMatch(/no record of this run names it/);
  });
});
