/**
 * The stand's late jobs API (stand/runner/timeline.ts): updates reach the API a lag late, in the order the
 * runner sent them, also when an update waits for the job to be read once after it was queued.
 */
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals';
import { TimelineQueue } from '../../stand/runner/timeline.js';

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

test('an update waits out the lag, and with reads also a read after it was queued', () => {
  let reads = 0;
  const applied: string[] = [];
  const queue = new TimelineQueue(100, () => reads);
  queue.queue(() => applied.push('started'));
  jest.advanceTimersByTime(500);
  expect(applied).toEqual([]);
  reads++;
  jest.advanceTimersByTime(100);
  expect(applied).toEqual(['started']);
});

test('a later update never overtakes one still waiting for its read', () => {
  let reads = 0;
  const applied: string[] = [];
  const queue = new TimelineQueue(100, () => reads);
  queue.queue(() => applied.push('started'));
  // The first is due at 100 ms and looks for a read every 50 ms (150, 200, 250); the second is due at 240.
  jest.advanceTimersByTime(140);
  queue.queue(() => applied.push('completed'));
  jest.advanceTimersByTime(65);
  reads++; // at 205: both have now been missed by a read, and the second comes due before the first looks
  jest.advanceTimersByTime(100);
  expect(applied).toEqual(['started', 'completed']);
});

test('at the job end what is queued is applied at once, in order', () => {
  const applied: string[] = [];
  const queue = new TimelineQueue(100, () => 0);
  queue.queue(() => applied.push('a'));
  jest.advanceTimersByTime(170);
  queue.queue(() => applied.push('b'));
  queue.close();
  expect(applied).toEqual(['a', 'b']);
  jest.advanceTimersByTime(1000);
  expect(applied).toEqual(['a', 'b']);
});
