/**
 * A test file that does not compile under ts-jest fails as jest's `● Test suite failed to run`, with the
 * TypeScript diagnostic as its message: the test file failing to load, a test collection error (TAXONOMY.md
 * `test`), not a build (evidence-pieces.ts suiteLoadErrors, rule jest-suite-failed-to-run). Real jest and ts-jest
 * from node_modules and real tsc print what is classified; the same diagnostic from a `tsc` run before the tests
 * stays a build failure.
 */
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { classify } from '../../src/core/classify/index.js';
import { repoRoot } from '../../stand/services/paths.js';
import { failedRunLog } from '../classify-logs.js';
import { project, run, runners } from '../runners.js';

const tsJest = path.join(repoRoot, 'node_modules/ts-jest');
const tsc = path.join(repoRoot, 'node_modules/.bin/tsc');

// Modules (`export {}`), each declaring jest's `test` for itself: no @types from this temporary project.
const header = 'export {};\ndeclare const test: (name: string, body: () => void) => void;\n';
const FILES = {
  'package.json': JSON.stringify({
    name: 't',
    jest: {
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': [tsJest, { tsconfig: { types: [], strict: true } }] },
    },
  }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { types: [], strict: true, noEmit: true } }),
  // Does not compile: TS2339 on `session.foo`.
  'test/session.test.ts': `${header}interface Session { id: string }
const session: Session = { id: '1' };
test('reads the session', () => {
  if (session.foo !== 'bar') throw new Error('no foo');
});
`,
};
const FAILING_TEST = `${header}test('adds', () => {
  if (1 + 1 !== 3) throw new Error('1 + 1 is not 3');
});
`;

/** The lines a real command prints in the project (ts-jest colours TypeScript's diagnostics whatever the terminal). */
function output(dir: string, file: string, args: string[]): string[] {
  const r = run(dir, file, args);
  expect(r.status).not.toBe(0);
  return r.output.split('\n');
}
const plain = (lines: string[]): string[] => lines.map((l) => stripVTControlCharacters(l));

describe('a test file that does not compile under ts-jest', () => {
  it('is a test failure, with a failed test beside it', () => {
    const dir = project({ ...FILES, 'test/math.test.ts': FAILING_TEST });
    const jest = output(dir, runners.jest, ['--ci', '--runInBand', '--rootDir', dir]);
    expect(plain(jest)).toContain('  ● Test suite failed to run');
    expect(plain(jest).some((l) => l.includes('error TS2339'))).toBe(true);
    const v = classify({ log: failedRunLog('npx jest --ci', jest) });
    expect(v.type).toBe('test');
  });

  it('is a test failure when it is the only suite that failed', () => {
    const dir = project(FILES);
    const jest = output(dir, runners.jest, ['--ci', '--rootDir', dir]);
    const v = classify({ log: failedRunLog('npx jest --ci', jest) });
    expect(v).toMatchObject({ type: 'test', rule: 'compiler-error' });
    expect(v.evidence?.text).toContain('error TS2339');
  });

  it('a diagnostic tsc printed before the tests stays a build failure, and outranks them', () => {
    const lib = `export const id = (n: number): string => n;\n`;
    const dir = project({ ...FILES, 'src/lib.ts': lib, 'test/math.test.ts': FAILING_TEST });
    const lines = [
      ...output(dir, tsc, ['-p', dir]),
      ...output(dir, runners.jest, ['--ci', '--runInBand', '--rootDir', dir]),
    ];
    expect(plain(lines).some((l) => /^src\/lib\.ts\(1,\d+\): error TS2322/.test(l))).toBe(true);
    const v = classify({ log: failedRunLog('npx tsc -p . ; npx jest --ci', lines) });
    expect(v).toMatchObject({ type: 'build', rule: 'compiler-error' });
  });
});
