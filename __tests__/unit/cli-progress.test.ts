/** The CLI's progress line, rendered purely and drawn with a fake clock and terminal. */
import { Progress, progressOnTerminal, renderProgress } from '../../src/cli/progress.js';

test('renders files out of the total, bytes and the rate', () => {
  expect(renderProgress('classify', { files: 12, total: 40, bytes: 3 * 1024 * 1024, elapsedMs: 2000 })).toBe(
    'classify: 12/40 files, 3.0 MiB, 1.5 MiB/s',
  );
  expect(renderProgress('restore', { bytes: 2048, elapsedMs: 0 })).toBe('restore: 2.0 KiB');
  expect(renderProgress('validate', { files: 1, total: 3, bytes: 0, elapsedMs: 10 }, 'checkpoints')).toBe(
    'validate: 1/3 checkpoints, 0 B, 0 B/s',
  );
});

test('redraws one line at most every 100 ms, and clears it when done', () => {
  let now = 1000;
  const written: string[] = [];
  const p = new Progress('checkpoint', { write: (t: string) => written.push(t) }, { now: () => now });
  p.add(0, 1024);
  now += 50;
  p.add(0, 1024); // too soon: not drawn
  now += 50;
  p.add(0, 1024);
  p.done();
  expect(written).toEqual([
    '\r\x1b[Kcheckpoint: 1.0 KiB',
    '\r\x1b[Kcheckpoint: 3.0 KiB, 30.0 KiB/s',
    '\r\x1b[K',
  ]);
});

test('nothing on a stream that is not a terminal, nor with --json', () => {
  const tty = { write: () => true, isTTY: true };
  expect(progressOnTerminal('x', false, {}, tty)).toBeInstanceOf(Progress);
  expect(progressOnTerminal('x', true, {}, tty)).toBeUndefined();
  expect(progressOnTerminal('x', false, {}, { write: () => true })).toBeUndefined();
});
