/**
 * The suite's own runtime (__tests__/serial-link-runtime.cjs): two `import()`s at once whose graphs share a
 * module. Under jest-runtime 29.7's linking, each of these rounds failed ("request for './deep.mjs' is not in
 * cache"), which is how a post that preloads the classifier while it waits on the jobs API failed at random.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('two imports at once that share a dependency both load, every time', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallel-imports-'));
  try {
    const failures: string[] = [];
    for (let round = 0; round < 20; round++) {
      // Fresh files each round: a module already linked would not race.
      const at = (name: string): string => join(dir, `${name}-${round}.mjs`);
      writeFileSync(at('deep'), "import os from 'node:os'; export const deep = typeof os.tmpdir;");
      writeFileSync(at('shared'), `import { deep } from './deep-${round}.mjs'; export const shared = deep;`);
      writeFileSync(at('a'), `import { shared } from './shared-${round}.mjs'; export const a = shared;`);
      writeFileSync(
        at('b'),
        `import { shared } from './shared-${round}.mjs'; import u from 'node:util'; export const b = shared + typeof u;`,
      );
      try {
        const [a, b] = (await Promise.all([import(at('a')), import(at('b'))])) as [
          { a: string },
          { b: string },
        ];
        expect([a.a, b.b]).toEqual(['function', 'functionobject']);
      } catch (error) {
        failures.push(String((error as Error).message));
      }
    }
    expect(failures).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
