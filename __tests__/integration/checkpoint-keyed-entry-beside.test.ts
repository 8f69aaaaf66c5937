/**
 * A keyed entry's manifest read beside the stage's command (save-pack.ts walkAll): where the keyed path is
 * walked beside the stage, its entry, looked up before, is parsed and checked only once the command has
 * started, since only that walk needs it. An entry that cannot be read then (not a manifest, or a planted
 * one that is not the key's) is what it was before: one warning, and the path packed in full, now beside the
 * command, held to what was there before it started. Real files, real `sh` commands, tar and gzip.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirStore, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import { CTIME_MARGIN_MS } from '../../src/checkpoint/adapters/keyed-beside.js';
import { KEYED_DIR, keyedStoreFor } from '../../src/checkpoint/adapters/keyed-store.js';
import type { KeyedEntryStore } from '../../src/checkpoint/ports/keyed-store.js';
import type { Manifest, SaveOptions, SaveResult } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';

let work: string;
let ws: string;
const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'] }];

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'ckpt-keyed-entry-beside-'));
  ws = path.join(work, 'ws');
  writeFileSync(path.join(mkdirP(ws), 'package-lock.json'), '{"lockfileVersion":3}');
  for (let p = 0; p < 10; p++) {
    const lib = mkdirP(path.join(ws, 'node_modules', `pkg${p}`));
    for (let f = 0; f < 4; f++) writeFileSync(path.join(lib, `f${f}.js`), `// ${p} ${f}\n`.repeat(10 + f));
  }
  writeFileSync(path.join(mkdirP(path.join(ws, 'build')), 'out.js'), 'built\n');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function mkdirP(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Past the ctime margin: what was written before this is older than any stage started after it. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, CTIME_MARGIN_MS + 30));

/** What happened, in order: the stage's start, the entry's parse, the warnings. */
let events: string[];

/** The keyed store of `store/`, telling `events` when an entry's manifest text is decoded to be parsed. */
function watchedKeyedStore(): KeyedEntryStore {
  const inner = keyedStoreFor(new DirStore(path.join(work, 'store')))!;
  const watched = Object.create(inner) as KeyedEntryStore;
  watched.findManifest = async (key, id) => {
    const text = await inner.findManifest(key, id);
    if (!text) return text;
    const decode = text.toString.bind(text);
    text.toString = (...a: Parameters<Buffer['toString']>) => (events.push('parsed'), decode(...a));
    return text;
  };
  return watched;
}

function save(id: string, extra: Partial<SaveOptions> & { reuse?: undefined } = {}): Promise<SaveResult> {
  const logger = new RecordingLogger();
  const warning = logger.warning.bind(logger);
  logger.warning = (m: string) => (events.push(`warning: ${m}`), warning(m));
  return saveCheckpoint({
    store: new DirStore(path.join(work, 'store')),
    workspace: ws,
    paths: ['node_modules', 'build'],
    id,
    meta: { stage: id, job: 'build', runId: '8', attempt: 1 },
    compression: 'gzip',
    keyed,
    keyedStore: watchedKeyedStore(),
    manifestCache: path.join(work, 'job'),
    logger,
    ...extra,
  });
}

/** The stage's start, told by the save: recorded, then the command (real `sh`). */
const stage =
  (script = 'true') =>
  (): void => {
    events.push('started');
    execFileSync('sh', ['-c', script], { cwd: ws });
  };

/** What a manifest says is in the keyed path. */
const keyedView = (m: Manifest): unknown[] =>
  m.entries.filter((e) => e.path.startsWith('node_modules')).map((e) => [e.path, e.type, e.mode, e.sha256]);

/** Publishes the entry (the first save of the key), and returns its manifest's file in the keyed store. */
async function published(): Promise<{ entry: Manifest; file: string }> {
  events = [];
  const pub = await save('pub-build');
  const ref = pub.manifest.keyed![0]!;
  const dir = path.join(work, 'store', KEYED_DIR, ref.id);
  const entry = await new DirStore(dir).getManifest(ref.id);
  await settle();
  events = [];
  return { entry, file: path.join(dir, `${ref.id}.manifest.json`) };
}

it("the keyed entry's manifest is parsed once the stage's command started, and taken as before", async () => {
  const { entry } = await published();
  const build = await save('job-build', { onPacked: stage() });
  expect(events).toEqual(['started', 'parsed']);
  expect(build.keyed).toEqual([expect.objectContaining({ outcome: 'taken' })]);
  // The record of the entry is the one read before the stage, as when it was parsed then.
  const ref = build.manifest.keyed![0]!;
  expect(ref.archive).toEqual(entry.archive);
  expect(ref.manifestSha256).toMatch(/^[0-9a-f]{64}$/);
  const serial = await save('job-serial');
  expect(serial.manifest.keyed).toEqual(build.manifest.keyed);
  expect(keyedView(build.manifest)).toEqual(keyedView(serial.manifest));
  // Without a stage to start, it is parsed before the walk, as always.
  expect(events).toEqual(['started', 'parsed', 'parsed']);
});

const UNREADABLE = 'is packed in full: its keyed entry could not be looked up';

it.each([
  ['is not a manifest', (file: string) => writeFileSync(file, '{"format": 1, "entries": [')],
  [
    "is another checkpoint's (planted under the key)",
    (file: string) => copyFileSync(path.join(work, 'store', 'pub-build.manifest.json'), file),
  ],
])(
  'an entry that %s: one warning once the stage started, the path packed in full beside it',
  async (_what, plant) => {
    const { file } = await published();
    plant(file);
    const build = await save('job-build', { onPacked: stage() });
    const warnings = events.filter((e) => e.includes(UNREADABLE));
    expect(warnings).toHaveLength(1);
    expect(events.indexOf('started')).toBeLessThan(events.indexOf(warnings[0]!));
    expect(build.keyed).toEqual([expect.objectContaining({ outcome: 'packed' })]);
    expect(build.manifest.keyed).toBeUndefined();
    const packed = build.manifest.entries.filter(
      (e) => e.type === 'file' && e.path.startsWith('node_modules'),
    );
    expect(packed).toHaveLength(40);
    expect(packed.every((e) => e.from === 'job-build')).toBe(true);
    const serial = await save('job-serial');
    expect(keyedView(build.manifest)).toEqual(keyedView(serial.manifest));
  },
);

it('an unreadable entry, and a command that writes into the path meanwhile: not saved', async () => {
  const { file } = await published();
  writeFileSync(file, 'not a manifest');
  const saving = save('job-build', { onPacked: stage('echo x >> node_modules/pkg3/f1.js') });
  await expect(saving).rejects.toThrow('changed once the stage had started');
  await expect(new DirStore(path.join(work, 'store')).getManifest('job-build')).rejects.toThrow();
});
