/** What a green job deletes of its checkpoints (checkpoint/core/green-cleanup.ts), and what it never touches. */
import {
  artifactsOfCheckpoints,
  droppedLine,
  dropsCheckpoints,
  ownCheckpointIds,
} from '../../src/checkpoint/index.js';
import { checkpointId } from '../../src/checkpoint/index.js';
import { trustArtifactName } from '../../src/checkpoint/index.js';

const owner = { runId: '77', job: 'build' };
const mine = checkpointId(owner, 'deps', 2, 1);
const mine2 = checkpointId(owner, 'build', 2, 2);
const earlier = checkpointId(owner, 'deps', 1, 1);
const otherLeg = checkpointId({ runId: '77', job: 'build.leg1' }, 'deps', 2, 1);
const digest = 'b'.repeat(64);

describe('dropsCheckpoints', () => {
  it('only for a green job, by the report and the runner, unless kept', () => {
    expect(dropsCheckpoints({ conclusion: 'success', jobStatus: 'success', keep: false })).toBe(true);
    expect(dropsCheckpoints({ conclusion: 'success', keep: false })).toBe(true);
    expect(dropsCheckpoints({ conclusion: 'success', jobStatus: 'success', keep: true })).toBe(false);
    expect(dropsCheckpoints({ conclusion: 'failure', jobStatus: 'success', keep: false })).toBe(false);
    expect(dropsCheckpoints({ conclusion: 'cancelled', keep: false })).toBe(false);
    // The runner saw a failure post's records did not (a step of another action): resume may need them.
    expect(dropsCheckpoints({ conclusion: 'success', jobStatus: 'failure', keep: false })).toBe(false);
    expect(dropsCheckpoints({ conclusion: 'success', jobStatus: 'cancelled', keep: false })).toBe(false);
  });
});

describe('ownCheckpointIds', () => {
  it("takes the ids this attempt's steps saved, never an earlier attempt's, another leg's or a chosen name", () => {
    const records = [
      { checkpointId: mine, checkpointDigest: digest },
      { checkpointId: mine, checkpointDigest: digest }, // a checkpoint step and the run step that made it
      { checkpointId: earlier }, // a stage that stood on the checkpoint main resumed
      { checkpointId: otherLeg, checkpointDigest: digest },
      { checkpointId: 'my-own-name', checkpointDigest: digest },
      { checkpointId: mine2, checkpointDigest: digest },
      {},
    ];
    expect(ownCheckpointIds(records, owner, 2)).toEqual([mine, mine2]);
  });

  it("takes only what a step recorded saving: a restored id whose name reads as this attempt's is not", () => {
    // Job `build-a2-x`'s ids start with `build`'s prefix and parse as `build`'s attempt 2.
    const extended = checkpointId({ runId: '77', job: 'build-a2-x' }, 'deps', 2, 1);
    const restored = { checkpointId: extended }; // a restore step records no digest: it saved nothing
    expect(ownCheckpointIds([restored, { checkpointId: mine }], owner, 2)).toEqual([]);
    expect(ownCheckpointIds([restored, { checkpointId: mine, checkpointDigest: digest }], owner, 2)).toEqual([
      mine,
    ]);
  });
});

describe('artifactsOfCheckpoints', () => {
  const record = trustArtifactName('build', 2);
  const names = [
    `${mine}.tar.zst`,
    `${mine}.manifest.json`,
    `${mine}-root1.tar.zst`,
    `${mine}-root1.manifest.json`,
    `${record}-${mine}`,
    `${mine2}.tar.gz`,
    `${mine2}.manifest.json`,
    `${earlier}.tar.zst`,
    `${earlier}.manifest.json`,
    `${otherLeg}.tar.zst`,
    `${trustArtifactName('build', 1)}-${earlier}`,
    'ci-recovery-plan-build-a2',
    'ci-recovery-keyed-abc',
    // Names that share a prefix with one of ours, but are not its objects.
    `${mine}.tar.zst.bak`,
    `${mine}-rootx.tar.zst`,
    `${mine}-root1`,
    `${mine}0.manifest.json`,
  ];
  it("chooses exactly the checkpoints' archives, manifests, roots and records", () => {
    expect(artifactsOfCheckpoints(names, [mine, mine2], { job: 'build', attempt: 2 })).toEqual([
      `${mine}.tar.zst`,
      `${mine}.manifest.json`,
      `${mine}-root1.tar.zst`,
      `${mine}-root1.manifest.json`,
      `${record}-${mine}`,
      `${mine2}.tar.gz`,
      `${mine2}.manifest.json`,
    ]);
  });
  it('chooses nothing without ids', () => {
    expect(artifactsOfCheckpoints(names, [], { job: 'build', attempt: 2 })).toEqual([]);
  });
});

describe('droppedLine', () => {
  it('says what went, or why some stayed and the permission that lets them go', () => {
    expect(droppedLine({ deleted: 0, bytes: 0, kept: 0 })).toBeUndefined();
    expect(droppedLine({ deleted: 4, bytes: 3 * 1024 * 1024, kept: 0 })).toEqual({
      level: 'info',
      message:
        'ci-recovery: deleted 4 checkpoint artifact(s) of this attempt (3.0 MiB): the job is green, nothing will resume from them.',
    });
    const refused = droppedLine({
      deleted: 0,
      bytes: 0,
      kept: 4,
      refusal: { status: 403, message: 'Forbidden\n::error::no' },
    })!;
    expect(refused.level).toBe('warning');
    expect(refused.message).toMatch(/^ci-recovery: kept 4 checkpoint artifact\(s\) of this green attempt/);
    expect(refused.message).toMatch(/'permissions: actions: write'/);
    expect(refused.message).toMatch(/'keep-checkpoints: true'/);
    // The service's words never reach the command stream raw.
    expect(refused.message).not.toMatch(/\n/);
    const failed = droppedLine({ deleted: 1, bytes: 10, kept: 3, error: 'socket hang up' })!;
    expect(failed.level).toBe('warning');
    expect(failed.message).toMatch(/kept 3 .*could not delete them \(socket hang up\)/);
  });
});
