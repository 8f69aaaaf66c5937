import {
  bisectStep,
  isProbeRun,
  judgeProbe,
  MAX_BISECT_RANGE,
  MAX_CANCELLED_PROBE_ATTEMPTS,
  MAX_PROBE_RERUNS_ON_CANCEL,
  probeLines,
  probeRef,
  probeRunOf,
  probeRunRefusal,
  probesPerDay,
  type Probe,
  type ProbeRunView,
} from '../../src/supervise/core/bisect.js';
import {
  cancelCause,
  cancelsOf,
  failedSameBefore,
  needsAttemptBefore,
} from '../../src/supervise/core/probe-reading.js';

const sha = (n: number): string => n.toString(16).padStart(2, '0').repeat(20);
const commits = (n: number): string[] => Array.from({ length: n }, (_, i) => sha(i + 1));
const step = (cs: string[], probes: Probe[], left = 4, today = 12): ReturnType<typeof bisectStep> =>
  bisectStep({ commits: cs, probes, probesLeft: left, probesLeftToday: today });

describe('bisectStep', () => {
  test('three commits: probes the first, then the second, then names the first that fails', () => {
    const [c1, c2, c3] = commits(3) as [string, string, string];
    expect(step([c1, c2, c3], [])).toMatchObject({ kind: 'probe', sha: c1 });
    expect(step([c1, c2, c3], [{ sha: c1, result: 'green' }])).toMatchObject({ kind: 'probe', sha: c2 });
    // c2 failed once, in its probe: a flaky test would make it the culprit; its probe is re-run first.
    const once = step(
      [c1, c2, c3],
      [
        { sha: c1, result: 'green' },
        { sha: c2, result: 'same', runId: 802, attempt: 1 },
      ],
    );
    expect(once).toMatchObject({ kind: 'confirm', sha: c2, runId: 802 });
    expect(
      step(
        [c1, c2, c3],
        [
          { sha: c1, result: 'green' },
          { sha: c2, result: 'same' },
        ],
      ),
    ).toMatchObject({
      kind: 'person',
    });
    // Its re-run passed (the latest attempt is what counts): c2 was flaky, the bisection goes on past it.
    expect(
      step(
        [c1, c2, c3],
        [
          { sha: c1, result: 'green' },
          { sha: c2, result: 'green', attempt: 2 },
        ],
      ),
    ).toMatchObject({ kind: 'probe', sha: c3 });
    const found = step(
      [c1, c2, c3],
      [
        { sha: c1, result: 'green' },
        { sha: c2, result: 'same', runId: 802, attempt: 2 },
      ],
    );
    expect(found).toMatchObject({ kind: 'culprit', sha: c2 });
    expect(found.reason).toContain(`the probe of ${c1.slice(0, 12)} passed`);
  });

  test('the first commit fails: its parent is the last green run', () => {
    const cs = commits(3);
    expect(step(cs, [{ sha: cs[0]!, result: 'same', runId: 1, attempt: 2 }])).toMatchObject({
      kind: 'culprit',
      sha: cs[0],
    });
  });

  test('every earlier probe green: the head is probed to confirm it, then it is the culprit', () => {
    const cs = commits(2);
    const green: Probe = { sha: cs[0]!, result: 'green' };
    expect(step(cs, [green])).toMatchObject({ kind: 'probe', sha: cs[1] });
    expect(step(cs, [green, { sha: cs[1]!, result: 'pending' }])).toMatchObject({ kind: 'wait', sha: cs[1] });
    expect(step(cs, [green, { sha: cs[1]!, result: 'same' }])).toMatchObject({ kind: 'culprit', sha: cs[1] });
    // The head passing its probe: a flaky failure, a person.
    expect(step(cs, [green, { sha: cs[1]!, result: 'green' }]).reason).toContain(
      'passed where its own run failed (a flaky failure)',
    );
    expect(step(cs, [green], 0)).toMatchObject({ kind: 'person' });
  });

  test.each([0, 3, 5, 7])(
    "eight commits take three probes (binary search) and a re-run of the culprit's, within the cap: broken at %i",
    (broken) => {
      const cs = commits(8);
      const probes: Probe[] = [];
      for (let i = 0; i < 6; i++) {
        const s = step(cs, probes, 4 - probes.length);
        if (s.kind === 'culprit') {
          expect(s.sha).toBe(cs[broken]);
          expect(probes.length).toBeLessThanOrEqual(4);
          return;
        }
        const at = cs.indexOf((s as { sha: string }).sha);
        if (s.kind === 'confirm') {
          expect(at).toBe(broken);
          probes[probes.findIndex((p) => p.sha === s.sha)] = { sha: s.sha, result: 'same', attempt: 2 };
          continue;
        }
        expect(s.kind).toBe('probe');
        const result = at >= broken ? 'same' : 'green';
        probes.push({ sha: cs[at]!, result, runId: 900 + at, attempt: 1 });
      }
      throw new Error('no culprit after 6 steps');
    },
  );

  test("a probe's re-run to confirm a culprit counts against the cap, and the daily cap stops it (review)", () => {
    // Eight commits whose every first probe fails the same way and whose re-runs pass: four runs in all.
    const cs = commits(8);
    const probes: Probe[] = [];
    const kinds: string[] = [];
    for (let i = 0; i < 8; i++) {
      const s = step(cs, probes, 4 - probes.length);
      kinds.push(s.kind);
      if (s.kind === 'person') break;
      const at = cs.indexOf((s as { sha: string }).sha);
      if (s.kind === 'confirm')
        probes[probes.findIndex((p) => p.sha === s.sha)] = { sha: s.sha, result: 'green', attempt: 2 };
      else probes.push({ sha: cs[at]!, result: 'same', runId: 900 + at, attempt: 1 });
    }
    expect(kinds.filter((k) => k === 'probe' || k === 'confirm')).toHaveLength(4);
    expect(kinds.at(-1)).toBe('person');
    // The day's probes spent: no re-run either.
    const [c1, c2] = commits(3) as [string, string, string];
    const once = [
      { sha: c1, result: 'green' as const },
      { sha: c2, result: 'same' as const, runId: 902, attempt: 1 },
    ];
    expect(step(commits(3), once, 2, 0)).toMatchObject({ kind: 'person' });
    expect(step(commits(3), once, 2, 0).reason).toContain('the daily cap of probes is reached');
  });

  test('a pending probe waits', () => {
    const cs = commits(3);
    expect(step(cs, [{ sha: cs[0]!, result: 'pending' }])).toMatchObject({ kind: 'wait', sha: cs[0] });
  });

  test('a probe that failed another way is inconclusive: a person', () => {
    const cs = commits(3);
    const s = step(cs, [{ sha: cs[0]!, result: 'other', failureType: 'infrastructure' }]);
    expect(s).toMatchObject({ kind: 'person' });
    expect(s.reason).toContain('failed another way (infrastructure)');
  });

  test('probes that disagree (green after a same failure): a person', () => {
    const cs = commits(4);
    const s = step(cs, [
      { sha: cs[0]!, result: 'same' },
      { sha: cs[1]!, result: 'green' },
    ]);
    expect(s).toMatchObject({ kind: 'person' });
    expect(s.reason).toContain('disagree');
  });

  test('a range past the cap, no probes left, or the daily cap: a person', () => {
    expect(step(commits(MAX_BISECT_RANGE + 1), [])).toMatchObject({ kind: 'person' });
    expect(step(commits(3), [], 0).reason).toContain('probes are spent');
    expect(step(commits(3), [], 4, 0).reason).toContain('daily cap');
    expect(step(commits(1), [])).toMatchObject({ kind: 'person' });
  });
});

describe('probe runs', () => {
  const c = sha(7);
  const run = (over: Partial<ProbeRunView> = {}): ProbeRunView => ({
    id: 10,
    path: '.github/workflows/ci.yml',
    headBranch: probeRef(c),
    headSha: c,
    event: 'workflow_dispatch',
    status: 'completed',
    conclusion: 'success',
    createdAt: '2026-11-26T01:00:00Z',
    runAttempt: 1,
    ...over,
  });
  const want = { workflowPath: '.github/workflows/ci.yml', sha: c, after: '2026-11-26T00:59:00Z' };

  test('counts only a dispatch of the same workflow, on the probe ref, at the sha, after the bisection began', () => {
    expect(probeRunRefusal(run(), want)).toBeUndefined();
    expect(probeRunRefusal(run({ event: 'push' }), want)).toContain('not a dispatch');
    expect(probeRunRefusal(run({ headBranch: 'main' }), want)).toContain('not on');
    expect(probeRunRefusal(run({ headSha: sha(8) }), want)).toContain('not the probe');
    expect(probeRunRefusal(run({ path: '.github/workflows/other.yml' }), want)).toContain('not .github');
    expect(probeRunRefusal(run({ createdAt: '2026-11-26T00:00:00Z' }), want)).toContain('before');
    expect(probeRunOf([run({ id: 1, event: 'push' }), run({ id: 2 })], want)?.id).toBe(2);
    expect(probeRunOf([run({ createdAt: '2026-11-25T00:00:00Z' })], want)).toBeUndefined();
  });

  test('judged by the failing job: the same failure type, or another way', () => {
    expect(judgeProbe({ status: 'in_progress', conclusion: null }, undefined, 'test')).toBe('pending');
    expect(judgeProbe({ status: 'completed', conclusion: 'success' }, undefined, 'test')).toBe('green');
    const failed = { status: 'completed', conclusion: 'failure' };
    expect(judgeProbe(failed, { conclusion: 'failure', type: 'test' }, 'test')).toBe('same');
    expect(judgeProbe(failed, { conclusion: 'failure', type: 'infrastructure' }, 'test')).toBe('other');
    expect(judgeProbe(failed, { conclusion: 'success' }, 'test')).toBe('other');
    expect(judgeProbe(failed, undefined, 'test')).toBe('other');
    // A probe dispatched 7 h ago: expired; its confirming re-run asked for 5 min ago is pending (review).
    const now = new Date('2026-12-01T12:00:00Z');
    const old = { status: 'queued', conclusion: null, createdAt: '2026-12-01T05:00:00Z', runAttempt: 1 };
    expect(judgeProbe(old, undefined, 'test', now)).toBe('expired');
    const rerun = { ...old, runAttempt: 2, updatedAt: '2026-12-01T11:55:00Z' };
    expect(judgeProbe(rerun, undefined, 'test', now)).toBe('pending');
    expect(judgeProbe({ ...rerun, updatedAt: '2026-12-01T05:30:00Z' }, undefined, 'test', now)).toBe(
      'expired',
    );
  });

  test('probe refs, probe runs, caps and lines', () => {
    expect(probeRef(c)).toBe(`ci-recovery/probe-${c.slice(0, 12)}`);
    expect(() => probeRef('abc')).toThrow('not a full commit sha');
    expect(isProbeRun({ event: 'workflow_dispatch', headBranch: probeRef(c) })).toBe(true);
    expect(isProbeRun({ event: 'push', headBranch: probeRef(c) })).toBe(false);
    expect(isProbeRun({ event: 'workflow_dispatch', headBranch: 'main' })).toBe(false);
    expect(probesPerDay(3)).toBe(12);
    expect(probesPerDay(0)).toBe(0);
    expect(probeLines([{ sha: c, result: 'same', failureType: 'test', runId: 4 }])).toEqual([
      `${c.slice(0, 12)}: failed the same way (test), run 4`,
    ]);
  });
});

describe('commits a probe cannot run at (no workflow_dispatch trigger there): skipped, as git bisect skip (att-sup6)', () => {
  const [c1, c2, c3, c4] = commits(4) as [string, string, string, string];
  const at = (untestable: string[], probes: Probe[] = []): ReturnType<typeof bisectStep> =>
    bisectStep({ commits: [c1, c2, c3, c4], probes, probesLeft: 4, probesLeftToday: 12, untestable });

  test('the middle commit untestable: the testable one nearest the middle is probed, and the skip is said', () => {
    const s = at([c2]);
    expect(s).toMatchObject({ kind: 'probe', sha: c1 });
    expect(s.reason).toContain(`${c2.slice(0, 12)} skipped`);
    expect(at([c1, c2])).toMatchObject({ kind: 'probe', sha: c3 });
  });

  test('the culprit hidden among untestable commits goes to a person, the candidates named', () => {
    const s = at([c1, c2], [{ sha: c3, result: 'same', runId: 9, attempt: 2 }]);
    expect(s.kind).toBe('person');
    expect(s.reason).toContain(
      `the culprit is one of ${c1.slice(0, 12)}, ${c2.slice(0, 12)}, ${c3.slice(0, 12)}`,
    );
    expect(s.reason).toContain("no 'workflow_dispatch:' trigger");
  });

  test('the culprit found past an untestable commit: the green side of it is known', () => {
    // c2 passed, c3 failed the same way twice: c1, untestable, is left of the green probe and not a candidate.
    const s = at(
      [c1],
      [
        { sha: c2, result: 'green', runId: 8 },
        { sha: c3, result: 'same', runId: 9, attempt: 2 },
      ],
    );
    expect(s).toMatchObject({ kind: 'culprit', sha: c3 });
  });

  test('the head untestable when it must be confirmed: a person, not a dispatch GitHub refuses', () => {
    const probes: Probe[] = [c1, c2, c3].map((sha, i) => ({ sha, result: 'green', runId: i + 1 }));
    const s = at([c4], probes);
    expect(s.kind).toBe('person');
    expect(s.reason).toContain(`${c4.slice(0, 12)} must be probed to confirm it, and cannot be`);
  });
});

describe('a cancelled probe: no verdict on its commit, re-run a bounded number of times, then a person', () => {
  const [c1, c2, c3] = commits(3) as [string, string, string];
  const done = { status: 'completed', conclusion: 'cancelled' };

  test('judged cancelled only when the failing job did not fail: a timeout-minutes cancel is a failure of type timeout', () => {
    // A concurrency group, a person or a lost runner: the job cancelled, or never started (not listed).
    expect(judgeProbe(done, { conclusion: 'cancelled' }, 'test')).toBe('cancelled');
    expect(judgeProbe(done, undefined, 'test')).toBe('cancelled');
    expect(judgeProbe(done, { conclusion: 'skipped' }, 'test')).toBe('cancelled');
    // Its job past its timeout-minutes: the commit's timeout, the same failure where the run timed out too.
    const timedOut = { conclusion: 'cancelled', jobTimeout: true, type: 'timeout' as const };
    expect(judgeProbe(done, timedOut, 'timeout')).toBe('same');
    expect(judgeProbe(done, timedOut, 'test')).toBe('other');
    // The job failed before the run was cancelled: that failure is the verdict.
    expect(judgeProbe(done, { conclusion: 'failure', type: 'test' }, 'test')).toBe('same');
    expect(judgeProbe(done, { conclusion: 'failure', type: 'network' }, 'test')).toBe('other');
    // A job cancelled by a matrix's fail-fast in a run that failed: another job failed, as before.
    expect(
      judgeProbe({ status: 'completed', conclusion: 'failure' }, { conclusion: 'cancelled' }, 'test'),
    ).toBe('other');
  });

  test('re-run while under the cap, never "failed another way"', () => {
    const once = step(cs3(), [
      { sha: c1, result: 'green' },
      { sha: c2, result: 'cancelled', runId: 802, cancels: 1, cancelCause: 'concurrency' },
    ]);
    expect(once).toMatchObject({ kind: 'rerun', sha: c2, runId: 802 });
    expect(once.reason).toContain(`the probe on ${c2.slice(0, 12)} was cancelled 1 time (run 802)`);
    expect(once.reason).not.toContain('failed');
    const twice = step(cs3(), [
      { sha: c1, result: 'cancelled', runId: 801, cancels: 2, cancelCause: 'runner' },
    ]);
    expect(twice).toMatchObject({ kind: 'rerun', sha: c1, runId: 801 });
  });

  test('cancelled past the cap: a person, told plainly how many times', () => {
    const n = MAX_PROBE_RERUNS_ON_CANCEL + 1;
    const s = step(cs3(), [
      { sha: c1, result: 'cancelled', runId: 801, cancels: n, cancelCause: 'concurrency' },
    ]);
    expect(s).toMatchObject({ kind: 'person' });
    expect(s.reason).toContain(`the probe on ${c1.slice(0, 12)} was cancelled ${n} times (run 801)`);
    expect(s.reason).not.toContain('failed another way');
    expect(probeLines([{ sha: c1, result: 'cancelled', runId: 801, cancels: n }])).toEqual([
      `${c1.slice(0, 12)}: cancelled ${n} times, run 801`,
    ]);
  });

  test("the head's confirming probe cancelled is re-run, not dispatched again on its branch", () => {
    const s = step(cs3(), [
      { sha: c1, result: 'green' },
      { sha: c2, result: 'green' },
      { sha: c3, result: 'cancelled', runId: 803, cancels: 1, cancelCause: 'concurrency' },
    ]);
    expect(s).toMatchObject({ kind: 'rerun', sha: c3, runId: 803 });
  });

  test('the cancels are counted in a row from GitHub: the attempts before, newest first', () => {
    const cancelled = { conclusion: 'cancelled' };
    expect(cancelsOf([])).toBe(1);
    expect(cancelsOf([cancelled, cancelled])).toBe(3);
    expect(cancelsOf([cancelled, { conclusion: 'failure', type: 'test' }, cancelled])).toBe(2);
    // An earlier timeout-minutes cancel was a verdict, not a cancel.
    expect(cancelsOf([{ conclusion: 'cancelled', jobTimeout: true, type: 'timeout' }])).toBe(1);
    expect(needsAttemptBefore('cancelled', { runAttempt: 2 })).toBe(true);
    expect(needsAttemptBefore('cancelled', { runAttempt: 1 })).toBe(false);
  });

  test('a confirmation reads past cancelled attempts to the one before that told', () => {
    const cancelled = { conclusion: 'cancelled' };
    expect(failedSameBefore([cancelled, { conclusion: 'failure', type: 'test' }], 'test')).toBe(true);
    expect(failedSameBefore([cancelled, { conclusion: 'success' }], 'test')).toBe(false);
    expect(failedSameBefore([cancelled, cancelled, cancelled], 'test')).toBe(false);
    expect(failedSameBefore([{ conclusion: 'failure', type: 'network' }], 'test')).toBe(false);
  });

  function cs3(): string[] {
    return [c1, c2, c3];
  }
});

describe('a cancelled run judged by what its watched job says (sup-cancel-mend)', () => {
  const done = { status: 'completed', conclusion: 'cancelled' };

  test('the watched job passed before another job cancelled the run: it passed', () => {
    expect(judgeProbe(done, { conclusion: 'success' }, 'test')).toBe('green');
  });

  test('an earlier attempt that told nothing by the same rule counts as a cancel: skipped, unlisted, cancelled', () => {
    expect(cancelsOf([{ conclusion: 'skipped' }, undefined, { conclusion: 'cancelled' }])).toBe(4);
    expect(cancelsOf([{ conclusion: 'success' }, { conclusion: 'skipped' }])).toBe(1);
    expect(cancelsOf([{ conclusion: null }])).toBe(2);
  });

  test('the attempts bound a cancelled probe whatever the count: past four, a person', () => {
    const c1 = sha(1);
    const at = (attempt: number): ReturnType<typeof bisectStep> =>
      step(
        [c1, sha(2)],
        [{ sha: c1, result: 'cancelled', runId: 801, cancels: 1, attempt, cancelCause: 'concurrency' }],
      );
    expect(at(MAX_CANCELLED_PROBE_ATTEMPTS)).toMatchObject({ kind: 'rerun' });
    expect(at(MAX_CANCELLED_PROBE_ATTEMPTS + 1)).toMatchObject({ kind: 'person' });
    expect(MAX_CANCELLED_PROBE_ATTEMPTS).toBe(4);
  });
});

describe("a cancel's cause, from the job's annotations (sup-cancel-mend)", () => {
  test("GitHub's own causes are named; a person's cancel (no annotation) is not", () => {
    expect(cancelCause(["Canceling since a higher priority waiting request for 'ci-main' exists"])).toBe(
      'concurrency',
    );
    expect(cancelCause(['The runner has received a shutdown signal. This can happen when ...'])).toBe(
      'runner',
    );
    expect(
      cancelCause([
        'The self-hosted runner: r1 lost communication with the server. Verify the machine is running',
      ]),
    ).toBe('runner');
    expect(cancelCause([])).toBeUndefined();
    expect(cancelCause(['Process completed with exit code 1.'])).toBeUndefined();
  });

  test('a cancelled probe with no cause goes to a person at once, saying it was cancelled', () => {
    const c1 = sha(1);
    const s = step([c1, sha(2)], [{ sha: c1, result: 'cancelled', runId: 801, cancels: 1 }]);
    expect(s).toMatchObject({ kind: 'person' });
    expect(s.reason).toContain(`the probe on ${c1.slice(0, 12)} was cancelled (run 801)`);
    expect(s.reason).not.toContain('failed');
  });
});
