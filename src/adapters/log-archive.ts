/**
 * The run-log archive GitHub serves (`GET /repos/{o}/{r}/actions/runs/{id}/logs`, the web's "Download log
 * archive", what `gh run view --log` caches): a zip holding, per job, `<n>_<job>.txt` with the whole job's
 * log at the top, and `<job>/<n>_<step>.txt` with one step's lines. Some archives hold only the step files,
 * some a legacy `-2147483648_<job>.txt` beside the real one (cli/cli#10768). Each job comes back as one log
 * to classify: its own file, else its steps in order, else the legacy file.
 *
 * Nothing in the archive is trusted: entries are read into memory only (never extracted), their names
 * only label the output, and the whole read stops at a byte cap.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import unzip, { type Entry } from 'unzip-stream';
import { errorMessage, UserError } from '../core/errors.js';

/** One job's log out of an archive. */
export interface ArchivedJobLog {
  job: string;
  /** Where it came from: the job's file, its step files joined, or the legacy file. */
  from: 'job' | 'steps' | 'legacy';
  text: Buffer;
}

export interface ArchiveRead {
  jobs: ArchivedJobLog[];
  /** The entries went on past the byte cap; only what fit was read. */
  truncated: boolean;
}

/** Whether a regular file starts with a zip local header (`PK\3\4`); the content decides, not the name. */
export async function isZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

const LEGACY = '-2147483648';
const NUMBERED = /^(-?\d+)_(.+)\.txt$/;

interface Collected {
  whole: Map<string, { n: number; text: Buffer }>;
  legacy: Map<string, Buffer>;
  steps: Map<string, { n: number; text: Buffer }[]>;
  order: string[];
}

/** Files the archive adds on its way through a Mac or a zip tool, never logs. */
function ignored(name: string): boolean {
  return name.startsWith('__MACOSX/') || name.endsWith('/.DS_Store') || name === '.DS_Store';
}

function place(into: Collected, name: string, text: Buffer): void {
  const slash = name.indexOf('/');
  const base = slash < 0 ? name : name.slice(slash + 1);
  const m = NUMBERED.exec(base);
  if (!m || base.includes('/')) return;
  const n = Number(m[1]);
  if (slash < 0) {
    const job = m[2]!;
    if (!into.order.includes(job)) into.order.push(job);
    if (m[1] === LEGACY) into.legacy.set(job, text);
    else into.whole.set(job, { n, text });
    return;
  }
  const job = name.slice(0, slash);
  if (!into.order.includes(job)) into.order.push(job);
  const list = into.steps.get(job) ?? [];
  list.push({ n, text });
  into.steps.set(job, list);
}

function jobsOf(c: Collected): ArchivedJobLog[] {
  const rank = (job: string): number => c.whole.get(job)?.n ?? Number.MAX_SAFE_INTEGER;
  const jobs = [...c.order].sort((a, b) => rank(a) - rank(b));
  return jobs.flatMap((job): ArchivedJobLog[] => {
    const whole = c.whole.get(job);
    if (whole) return [{ job, from: 'job', text: whole.text }];
    const steps = c.steps.get(job);
    if (steps?.length) {
      const ordered = [...steps].sort((a, b) => a.n - b.n).map((s) => s.text);
      // A step file may lack its last newline: join so no two steps share a line.
      const joined = ordered.map((t) =>
        t.length > 0 && t[t.length - 1] !== 10 ? Buffer.concat([t, Buffer.from('\n')]) : t,
      );
      return [{ job, from: 'steps', text: Buffer.concat(joined) }];
    }
    const legacy = c.legacy.get(job);
    return legacy ? [{ job, from: 'legacy', text: legacy }] : [];
  });
}

/** Reads a run-log archive into one log per job, at most `maxBytes` of entry contents in all. */
export async function readLogArchive(file: string, maxBytes: number): Promise<ArchiveRead> {
  const collected: Collected = { whole: new Map(), legacy: new Map(), steps: new Map(), order: [] };
  let total = 0;
  let truncated = false;
  const sink = new Writable({
    objectMode: true,
    write(entry: Entry, _enc, done) {
      const name = entry.path;
      if (entry.type !== 'File' || ignored(name) || !name.endsWith('.txt') || truncated) {
        entry.autodrain();
        done();
        return;
      }
      const parts: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => {
        const room = maxBytes - total;
        if (room <= 0) {
          truncated = true;
          return;
        }
        const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
        if (kept.length < chunk.length) truncated = true;
        total += kept.length;
        parts.push(kept);
      });
      entry.once('error', done);
      entry.once('end', () => {
        place(collected, name, Buffer.concat(parts));
        done();
      });
    },
  });
  try {
    await pipeline(createReadStream(file), unzip.Parse(), sink);
  } catch (error) {
    throw new UserError(`${file}: not a readable log archive (${errorMessage(error)}); download it again`);
  }
  return { jobs: jobsOf(collected), truncated };
}

/** One job's log as a stream, for the same reader a plain log goes through. */
export function jobLogStream(log: ArchivedJobLog): Readable {
  return Readable.from([log.text]);
}
