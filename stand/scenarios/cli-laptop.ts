/**
 * The CLI on a laptop: the bundled dist/cli.js run with plain node, no node_modules. It classifies real
 * CI logs of the corpus, and saves, changes, checkpoints again (incrementally), restores and refuses a
 * tampered checkpoint with a local directory store.
 */
import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, standLogs } from '../services/paths.js';

const exec = promisify(execFile);

export interface CliRun {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], cwd: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], {
      cwd,
    });
    return { args, code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      args,
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

export interface LaptopStory {
  classified: CliRun;
  full: CliRun;
  incremental: CliRun;
  dryRun: CliRun;
  restore: CliRun;
  tampered: CliRun;
  /** build/app.js after the refused restore: still the local edit. */
  afterRefusal: string;
}

/** Corpus logs to classify: a few labelled failures, from the copies the stand ships. */
const LOGS = ['d0021.log', 'd0131.log', 'd0094.log'];

export async function runLaptopStory(): Promise<LaptopStory> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ci-recovery-laptop-'));
  try {
    const logs = LOGS.map((l) => path.join(standLogs, l));
    const classified = await cli(['classify', ...logs, '--json'], dir);

    const work = path.join(dir, 'work');
    await exec('mkdir', ['-p', path.join(work, 'build'), path.join(work, 'node_modules/pkg')]);
    for (let i = 0; i < 50; i++)
      await writeFile(path.join(work, 'node_modules/pkg', `m${i}.js`), `module.exports = ${i};\n`);
    await writeFile(path.join(work, 'build/app.js'), 'console.log("v1")\n');
    const store = `dir:${path.join(dir, 'store')}`;
    const full = await cli(
      [
        'checkpoint',
        '--store',
        store,
        '--name',
        'before-tests',
        '--paths',
        'build',
        'node_modules',
        '--json',
      ],
      work,
    );
    await writeFile(path.join(work, 'build/app.js'), 'console.log("v2")\n');
    const incremental = await cli(
      ['checkpoint', '--store', store, '--name', 'after-tests', '--paths', 'build', 'node_modules', '--json'],
      work,
    );
    await writeFile(path.join(work, 'build/app.js'), 'console.log("broken")\n');
    const dryRun = await cli(
      ['restore', '--store', store, '--name', 'after-tests', '--dry-run', '--json'],
      work,
    );
    const restore = await cli(['restore', '--store', store, '--name', 'after-tests', '--json'], work);

    // Flip one byte in the middle of the newest archive: the restore must refuse and change nothing.
    const storeDir = path.join(dir, 'store');
    const archive = (await readdir(storeDir)).find(
      (f) => f.startsWith('after-tests') && !f.endsWith('.json'),
    );
    if (archive) await appendFile(path.join(storeDir, archive), 'tampered');
    await writeFile(path.join(work, 'build/app.js'), 'console.log("local edit")\n');
    const tampered = await cli(['restore', '--store', store, '--name', 'after-tests', '--json'], work);
    const afterRefusal = await readFile(path.join(work, 'build/app.js'), 'utf8');
    return { classified, full, incremental, dryRun, restore, tampered, afterRefusal };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
