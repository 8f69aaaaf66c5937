/** The size walk behind a checkpoint's estimated cost (src/adapters/paths-size.ts), on real files. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathsSize } from '../../src/adapters/paths-size.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'paths-size-'));
  await mkdir(path.join(dir, 'node_modules/a/lib'), { recursive: true });
  await writeFile(path.join(dir, 'node_modules/a/lib/index.js'), 'x'.repeat(1000));
  await writeFile(path.join(dir, 'node_modules/a/package.json'), 'y'.repeat(200));
  await mkdir(path.join(dir, 'dist'));
  await writeFile(path.join(dir, 'dist/out.js'), 'z'.repeat(50));
  // A link is counted as nothing and never followed (it could point anywhere, / too).
  await symlink('/', path.join(dir, 'dist/root'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('pathsSize', () => {
  it('adds up the files and bytes of the paths, keyed ones apart; a missing path counts nothing', () => {
    expect(pathsSize(dir, ['node_modules', 'dist', 'build'], ['node_modules'], Infinity)).toEqual({
      bytes: 1250,
      keyedBytes: 1200,
      files: 3,
    });
  });

  it('does not size a glob: the cost is unknown', () => {
    expect(pathsSize(dir, ['dist', 'out/*.js'], [], Infinity).unknown).toBe("the path 'out/*.js' is a glob");
  });

  it('stops at its budget, saying the size is only partial', async () => {
    for (let i = 0; i < 1200; i++) await writeFile(path.join(dir, 'dist', `f${i}`), '');
    const cut = pathsSize(dir, ['dist'], [], 0);
    expect(cut.partial).toBe(true);
    expect(cut.files).toBeLessThan(1201);
  });
});

describe('pathsSize, on a tree larger than it walks', () => {
  it('stops at its cap of entries under the budget: a size of at least that much', async () => {
    for (let i = 0; i < 40; i++) await writeFile(path.join(dir, 'dist', `f${i}`), 'x');
    const capped = pathsSize(dir, ['dist'], [], Infinity, { entries: 20 });
    expect(capped).toMatchObject({ partial: true, capped: true });
    expect(capped.files).toBeLessThanOrEqual(20);
  });
});

describe('pathsSize, on a machine slower than its time', () => {
  /** A clock that moves `step` ms each time it is read. */
  const clock = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  it('stops at its time under the budget and the cap of entries: a size of at least that much', async () => {
    for (let i = 0; i < 1100; i++) await writeFile(path.join(dir, 'dist', `f${i}`), 'x');
    const slow = pathsSize(dir, ['dist'], [], Infinity, { ms: 150, now: clock(1000) });
    expect(slow).toMatchObject({ partial: true, capped: true });
    expect(slow.files).toBeLessThan(1101);
  });

  it('walks everything while its time lasts, and counts what a listing gave without asking again', async () => {
    for (let i = 0; i < 1100; i++) await writeFile(path.join(dir, 'dist', `f${i}`), 'x');
    // the link to / (beforeEach) is neither walked nor counted, as a link met by lstat was not
    expect(pathsSize(dir, ['dist', 'node_modules'], [], Infinity, { ms: 150, now: clock(0) })).toEqual({
      bytes: 1100 + 50 + 1200,
      keyedBytes: 0,
      files: 1103,
    });
  });
});
