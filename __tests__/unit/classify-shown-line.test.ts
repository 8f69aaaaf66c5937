/**
 * The line a verdict shows is the first that states the cause (issue 68, item 4): not the command's echo
 * (`./gradlew assembleDebug`) where the tool said what went wrong, and a rule that fired more than once shows
 * where it first did. bench/evidence-line.ts measures it on the corpus's labelled lines (npm run eval:classify).
 */
import { classify } from '../../src/core/classify/index.js';
import { judgeShown, labelledLines } from '../../bench/evidence-line.js';
import { failedRunLog } from '../classify-logs.js';

describe('the line shown', () => {
  test("a verdict the command's word decided shows what the tool said, not the command's echo", () => {
    // Gradle's own wording when a signing config names a keystore that is not there (no rule knows it).
    const keystore = 'Keystore file /home/runner/work/app/release.jks not found for signing config release.';
    const log = failedRunLog('./gradlew assembleDebug', [
      '> Configure project :app',
      keystore,
      'FAILURE: Build failed with an exception.',
      'BUILD FAILED in 12s',
    ]);
    const verdict = classify({ log });
    expect(verdict.rule).toMatch(/^command:/);
    expect(verdict.evidence?.text).toBe(keystore);
  });

  test('a rule that fired on several lines shows the first: the first error, not the last', () => {
    // tsc's diagnostic format (microsoft/TypeScript src/compiler/program.ts formatDiagnostic).
    const first = "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.";
    const log = failedRunLog('npx tsc -p .', [
      first,
      "src/b.ts(9,1): error TS2304: Cannot find name 'foo'.",
      'Found 2 errors in 2 files.',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence?.text).toBe(first);
  });
});

test('a success line between the first and the last hit does not lower the verdict: it stands on the last', () => {
  const a = "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.";
  const b = "src/b.ts(9,1): error TS2304: Cannot find name 'foo'.";
  const plain = classify({ log: [a, b].join('\n') });
  const between = classify({ log: [a, 'BUILD SUCCESSFUL in 3s', b].join('\n') });
  expect(between).toMatchObject({ type: plain.type, confidence: plain.confidence });
  expect(between.confidence).not.toBe('low');
  expect(between.evidence?.text).toBe(a);
});

describe('judging a shown line against the labelled one (bench/evidence-line.ts)', () => {
  const lines = [
    'Run ./gradlew assembleDebug',
    '> Configure project :app',
    'E: Failed to fetch http://example.org/Packages  404  Not Found [IP: 10.0.0.1 80]',
    'FAILURE: Build failed with an exception.',
    'a',
    'b',
    'c',
    'BUILD FAILED in 12s',
  ];
  const label = 'E: Failed to fetch http://example.org/Packages  404  Not Found [IP: 10.0.0.2 80]';

  test('the labelled text is found whatever its numbers, and a line near it is of the same cause', () => {
    expect(labelledLines(lines, 'FAILURE: Build failed')).toEqual([4]);
    expect(judgeShown(lines, 'FAILURE: Build failed', { evidence: { line: 4, text: lines[3]! } })).toBe(
      'labelled',
    );
    expect(judgeShown(lines, label, { evidence: { line: 3, text: lines[2]! } })).toBe('labelled');
    expect(judgeShown(lines, 'FAILURE: Build failed', { evidence: { line: 2, text: lines[1]! } })).toBe(
      'near',
    );
  });

  test("the command's echo far from the cause, or no line, is elsewhere; a label not in the log is not judged", () => {
    expect(judgeShown(lines, 'BUILD FAILED in', { evidence: { line: 1, text: lines[0]! } })).toBe(
      'elsewhere',
    );
    expect(judgeShown(lines, 'BUILD FAILED in', {})).toBe('elsewhere');
    expect(judgeShown(lines, 'not in this log', { evidence: { line: 1, text: 'x' } })).toBeUndefined();
  });
});
