/**
 * `ci-recovery classify` keeps V8's young generation at its starting size before it reads a log: a 270 MB log
 * makes millions of short-lived line strings, and with the young generation left to grow the CLI's peak went
 * over issue 68's 128 MB bar under Node 24 (118-132 MB; 107-112 MB with it kept small). It also caps what TurboFan
 * inlines, so a deoptimised line reader is recompiled small (the process's CPU on that log -8 %, Node 24).
 */
import { jest } from '@jest/globals';
import v8 from 'node:v8';
import classify from '../../src/cli/classify.js';

afterEach(() => jest.restoreAllMocks());

it('sets the growth factor before anything else, even for --help', async () => {
  const flags = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  await expect(classify.run(['--help'])).resolves.toBe(0);
  expect(flags).toHaveBeenCalledWith('--semi-space-growth-factor=1');
  expect(flags.mock.invocationCallOrder[0]).toBeLessThan(out.mock.invocationCallOrder[0] ?? 0);
});

it("caps TurboFan's inlining before anything else, even for --help", async () => {
  const flags = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  await expect(classify.run(['--help'])).resolves.toBe(0);
  const at = flags.mock.calls.findIndex(([f]) => f === '--max-inlined-bytecode-size-cumulative=200');
  expect(at).toBeGreaterThanOrEqual(0);
  expect(flags.mock.invocationCallOrder[at]).toBeLessThan(out.mock.invocationCallOrder[0] ?? 0);
});
