/** stand/text.ts clip: the demo's long lines are cut where a word ends, never inside one. */
import { clip } from '../../stand/text.js';

test('a line that fits is kept; a long one ends at a word, with an ellipsis, within the limit', () => {
  expect(clip('short line', 20)).toBe('short line');
  const long = 'the payment test failed, then passed on a re-run of itself alone';
  const cut = clip(long, 30);
  expect(cut).toBe('the payment test failed, then…');
  expect(cut.length).toBeLessThanOrEqual(30);
  // Every word kept is whole: the cut text without its ellipsis is a prefix of the words.
  expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  expect(long[cut.length - 1]).toBe(' ');
});

test('one word longer than the limit is cut at the limit', () => {
  expect(clip('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
});
