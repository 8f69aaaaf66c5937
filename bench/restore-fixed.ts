/**
 * A one-file restore's fixed cost through the CLI (issue 67, item 5), paired: the stand's Azurite, one
 * one-file checkpoint saved once, then `restore --store artifact --json` of it by this build's CLI and by
 * another's (`--against-cli`), interleaved round by round, each under /usr/bin/time (CPU user+sys, wall).
 * Prints each pair and the medians, and the load average before and after.
 * Usage: tsx bench/restore-fixed.ts --cli dist/cli.js --against-cli <main's dist/cli.js> [--pairs 12]
 * [--files 1] [--keep-stand SECONDS: serve the stand that long first, for probing by hand]
 * The stand's services run in this process: every child is awaited, never run synchronously.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { standNode } from '../stand/services/node24.js';
import { startStand } from '../stand/services/stand.js';
import { median, pairedRatio, sideOrder } from './stats.js';

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const cli = path.resolve(flag('--cli') ?? 'dist/cli.js');
const against = path.resolve(flag('--against-cli') ?? cli);
const pairs = Number(flag('--pairs') ?? 12);
const files = Number(flag('--files') ?? 1);

/** Runs a child to its end; its exit code and stderr. */
function exec(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, err }));
  });
}

const root = mkdtempSync(path.join(os.tmpdir(), 'restore-fixed-'));
const stand = await startStand({ runId: 9002, jobId: 1 });
try {
  const env = { ...process.env, ...stand.env, RUNNER_TEMP: path.join(root, 'temp'), RUNNER_DEBUG: '' };
  mkdirSync(env.RUNNER_TEMP, { recursive: true });
  const ws = path.join(root, 'ws');
  mkdirSync(path.join(ws, 'a'), { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(path.join(ws, 'a', `f${i}.txt`), `file ${i}\n`.repeat(50));
  const saved = await exec(
    standNode(),
    [against, 'checkpoint', '--store', 'artifact', '--name', 'one', '--paths', 'a', '--full'],
    ws,
    env,
  );
  if (saved.code !== 0) throw new Error(`checkpoint failed: ${saved.err}`);
  const keep = Number(flag('--keep-stand') ?? 0);
  if (keep > 0) {
    const envFile = path.join(root, 'stand-env.json');
    writeFileSync(envFile, JSON.stringify({ env, ws }));
    console.log(`stand env in ${envFile}; serving ${keep} s`);
    await new Promise((r) => setTimeout(r, keep * 1000));
  }
  const run = async (entry: string, n: number): Promise<{ cpu: number; wall: number }> => {
    const dest = path.join(root, `dest-${n}`);
    const timeLog = path.join(root, 'time');
    const r = await exec(
      '/usr/bin/time',
      [
        '-o',
        timeLog,
        '-f',
        '%e %U %S',
        standNode(),
        entry,
        'restore',
        '--store',
        'artifact',
        '--name',
        'one',
        '--dest',
        dest,
        '--json',
      ],
      ws,
      env,
    );
    if (r.code !== 0) throw new Error(`restore failed: ${r.err}`);
    if (
      readFileSync(path.join(dest, 'a', 'f0.txt'), 'utf8') !==
      readFileSync(path.join(ws, 'a', 'f0.txt'), 'utf8')
    )
      throw new Error('restored file differs');
    rmSync(dest, { recursive: true, force: true });
    const [wall, user, sys] = readFileSync(timeLog, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    return { cpu: user! + sys!, wall: wall! };
  };
  console.log(
    `load before: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await run(cli, -1);
  await run(against, -2); // warm the file cache; not counted
  const ours: { cpu: number; wall: number }[] = [];
  const base: { cpu: number; wall: number }[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first, so neither always follows the other.
    const side: { cpu: number; wall: number }[] = [];
    for (const s of sideOrder(2, i + 1)) side[s] = await run(s === 0 ? cli : against, 2 * i + s);
    const [a, b] = side as [{ cpu: number; wall: number }, { cpu: number; wall: number }];
    ours.push(a);
    base.push(b);
    console.log(
      `pair ${i + 1}: against cpu ${b.cpu.toFixed(2)} wall ${b.wall.toFixed(2)} | ours cpu ${a.cpu.toFixed(2)} wall ${a.wall.toFixed(2)}`,
    );
  }
  const lower = ours.filter((o, i) => o.cpu < base[i]!.cpu).length;
  console.log(
    `medians: against cpu ${median(base.map((x) => x.cpu)).toFixed(3)} wall ${median(base.map((x) => x.wall)).toFixed(3)}; ` +
      `ours cpu ${median(ours.map((x) => x.cpu)).toFixed(3)} wall ${median(ours.map((x) => x.wall)).toFixed(3)}; ` +
      `per pair cpu ${pairedRatio(
        ours.map((x) => x.cpu),
        base.map((x) => x.cpu),
      ).toFixed(3)}x, lower in ${lower} of ${pairs}`,
  );
  console.log(
    `load after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await stand.stop();
  rmSync(root, { recursive: true, force: true });
}
