/** The demo cuts a long line at a word, with an ellipsis (issue 46, item 7: it cut lines mid-word). */
import { clip } from '../../stand/clip.js';

test('a line within the width is kept whole', () => {
  expect(clip('restore refused: the archive digest differs', 60)).toBe(
    'restore refused: the archive digest differs',
  );
});

test('a longer line is cut at the last space before the width, never mid-word, and says it was cut', () => {
  const text =
    'ci-recovery: restore of build failed: archive build.tar.zst does not match its recorded sha256';
  const cut = clip(text, 50);
  expect(cut).toBe('ci-recovery: restore of build failed: archive…');
  expect(cut.length).toBeLessThanOrEqual(50);
  expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  expect(text[cut.length - 1]).toBe(' ');
});

test('one long word is cut at the width rather than dropped', () => {
  expect(clip('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
});
