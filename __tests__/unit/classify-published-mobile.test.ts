/**
 * Mobile apps on their tools' own published lines (`__tests__/published-mobile-battery.ts`, each wording cited to
 * its source there), as whole GitHub Actions steps of a macOS or Flutter job: every failure typed as a person would
 * label it, retried only when transient, with the line shown stating the cause; a passing step claims nothing
 * above low.
 */
import { classify } from '../../src/core/classify/index.js';
import { retriedOnPr, runAttemptVerdict } from '../classify-logs.js';
import { MOBILE_CASES, mobileLog, type MobileCase } from '../published-mobile-battery.js';

const TRANSIENT = new Set(['network', 'infrastructure', 'timeout']);

describe('Xcode, Swift, CocoaPods, fastlane and Flutter failures as their tools print them', () => {
  test.each(MOBILE_CASES.map((c) => [c.name, c]))('%s', (_name, c: MobileCase) => {
    const v = classify({ log: mobileLog(c) });
    if (c.type === null) {
      expect(v.confidence).toBe('low');
      expect(retriedOnPr(v)).toBe(false);
      return;
    }
    expect(v.type).toBe(c.type);
    if (c.type !== 'resource') expect(retriedOnPr(v)).toBe(TRANSIENT.has(c.type));
    if (c.exit !== undefined) {
      // The same script under run/ (its own output, command and status) is typed and retried alike.
      const own = runAttemptVerdict(c.script.join('\n'), c.output, c.exit);
      expect({ type: own.type, retried: retriedOnPr(own) }).toEqual({
        type: v.type,
        retried: retriedOnPr(v),
      });
    }
    expect(v.evidence?.text ?? '').toMatch(c.shown ?? /./);
  });
});
