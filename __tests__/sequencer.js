/**
 * The order test files start in. Jest runs the longest first when it has timings from an earlier run in
 * its cache; a fresh clone has none, and jest falls back to file size, which put the small e2e files (a
 * stand, real runners, minutes of waiting each) after hundreds of unit files, so the run ended on a tail
 * of long e2e files with the other workers idle. Without timings, the stand's stories (__tests__/e2e/:
 * the bundles, real runners, the longest per byte) go first, then the integration files, each by size,
 * then the unit files fill the workers as they free up.
 */
import path from 'node:path';
import Sequencer from '@jest/test-sequencer';

const BaseSequencer = Sequencer.default ?? Sequencer;

export default class LongFirstSequencer extends BaseSequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((t) => t.duration != null)) return sorted;
    const rank = (t) =>
      t.path.includes(`${path.sep}__tests__${path.sep}e2e${path.sep}`)
        ? 0
        : t.context.config.displayName?.name === 'e2e'
          ? 1
          : 2;
    // Array.prototype.sort is stable: within a rank, jest's order (file size) is kept.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
