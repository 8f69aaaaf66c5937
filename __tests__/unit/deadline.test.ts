/** A phase's deadline: each call within its limit and what is left of the budget, else its fallback. */
import { setTimeout as sleep } from 'node:timers/promises';
import { Deadline, MAIN_BUDGET, phaseDeadline } from '../../src/adapters/deadline.js';

const never = (): Promise<string> => new Promise<string>(() => undefined);

it("a call past the budget answers its fallback with the phase's budget and variable, and is remembered", async () => {
  const deadline = new Deadline(200, MAIN_BUDGET);
  const answer = await deadline.run('reading the change with git', 60_000, never, (reason) => reason);
  expect(answer).toBe(
    "reading the change with git was abandoned: main's time budget of 0 s is spent (CI_RECOVERY_MAIN_BUDGET_SECONDS sets it)",
  );
  expect(deadline.abandoned).toEqual(['reading the change with git']);
});

it("a call past its own limit names that limit's variable", async () => {
  const deadline = new Deadline(60_000, MAIN_BUDGET);
  const answer = await deadline.run(
    'listing',
    100,
    never,
    (reason) => reason,
    'CI_RECOVERY_STORE_STALL_SECONDS',
  );
  expect(answer).toBe(
    'listing did not finish within 0 s; given up so the job goes on (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)',
  );
});

it('once the budget is spent, a call is not even begun', async () => {
  const deadline = new Deadline(0, MAIN_BUDGET);
  let begun = false;
  const answer = await deadline.run(
    'the PR comment',
    60_000,
    () => {
      begun = true;
      return never();
    },
    () => 'fallback',
  );
  expect(answer).toBe('fallback');
  expect(begun).toBe(false);
  expect(deadline.abandoned).toEqual([]); // nothing holds a socket
});

it('a budget larger than a timer can hold still waits for the call (Node fires such timers at once)', async () => {
  const deadline = phaseDeadline(MAIN_BUDGET, 10_000_000); // 115 days
  const answer = await deadline.run(
    'the change',
    Number.POSITIVE_INFINITY,
    () => sleep(50).then(() => 'answered'),
    () => 'fallback',
  );
  expect(answer).toBe('answered');
});
