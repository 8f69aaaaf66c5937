/**
 * A vitest test that fails every run under vitest's V8 coverage and passes every run without it: V8's block
 * counters are the isolate's, and the provider has them counting since the file started, so a precise-coverage
 * session the test opens itself (as a coverage tool's own tests do) finds `target` called twice, not once.
 * Measured with vitest and @vitest/coverage-v8 3.2.7 on Node 20.
 */
export const VITEST_COUNTS = `import { test, expect } from 'vitest';
import { Session } from 'node:inspector/promises';

function target(x) { return x + 1; }
target(1);

test('counts calls from its start', async () => {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  target(2);
  const { result } = await session.post('Profiler.takePreciseCoverage');
  session.disconnect();
  const fn = result.flatMap((r) => r.functions).find((f) => f.functionName === 'target');
  expect(fn.ranges[0].count).toBe(1);
});
`;
