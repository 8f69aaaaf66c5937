/**
 * The CLI as a laptop gets it without a clone (issue 46, item 6): `scripts/pack-cli.ts` packs the committed
 * dist/ into a package with no dependencies; installed from the tarball in an empty folder, offline, and
 * run through `npx` from the tarball, it answers as the repository's does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliManifest, packCli } from '../../scripts/pack-cli.js';
import { repoRoot } from '../../stand/services/paths.js';

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
let tmp: string;
let tarball: string;
/** npm with a cache of its own, offline: nothing comes from a registry. */
const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund'], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_cache: path.join(tmp, 'npm-cache'),
      npm_config_update_notifier: 'false',
    },
  });

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cli-pack-'));
  tarball = packCli(tmp);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A job log as the runner writes it: a network failure in `npm ci`. */
const LOG = [
  '2026-01-01T00:00:00.0000000Z ##[group]Run npm ci',
  '2026-01-01T00:00:00.0000000Z npm ci',
  '2026-01-01T00:00:00.0000000Z shell: /usr/bin/bash -e {0}',
  '2026-01-01T00:00:00.0000000Z ##[endgroup]',
  '2026-01-01T00:00:01.0000000Z npm error code EAI_AGAIN',
  '2026-01-01T00:00:01.0000000Z npm error request to https://registry.npmjs.org/left-pad failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org',
  '2026-01-01T00:00:01.0000000Z ##[error]Process completed with exit code 1.',
  '',
].join('\n');

test('the package holds the bundle and a manifest with bin and no dependencies', () => {
  expect(Object.keys(pkg.dependencies).length).toBeGreaterThan(0);
  const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
  expect(listed).toEqual(
    expect.arrayContaining(['package/package.json', 'package/dist/cli.js', 'package/LICENSE']),
  );
  expect(listed.filter((f) => f.startsWith('package/src/') || f.startsWith('package/__tests__/'))).toEqual(
    [],
  );
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  ) as Record<string, unknown>;
  expect(manifest).toMatchObject({
    name: 'ci-recovery',
    version: pkg.version,
    bin: { 'ci-recovery': 'dist/cli.js' },
  });
  expect(manifest).not.toHaveProperty('dependencies');
  expect(manifest).not.toHaveProperty('private');
});

test('installed from the tarball in an empty folder, offline, it classifies a log', () => {
  const clean = path.join(tmp, 'laptop');
  mkdirSync(clean);
  npm(['install', '--ignore-scripts', tarball], clean);
  const bin = path.join(clean, 'node_modules', '.bin', 'ci-recovery');
  expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(`ci-recovery ${pkg.version}`);
  writeFileSync(path.join(clean, 'job.log'), LOG);
  const verdict = JSON.parse(
    execFileSync(bin, ['classify', '--json', 'job.log'], { cwd: clean, encoding: 'utf8' }),
  ) as Record<string, unknown>;
  expect(verdict).toMatchObject({ type: 'network', retryable: true, step: 'Run npm ci' });
}, 120_000);

test('npx runs it from the tarball, with no clone and nothing installed', () => {
  const elsewhere = path.join(tmp, 'elsewhere');
  mkdirSync(elsewhere);
  const out = npm(['exec', '--yes', '--package', tarball, '--', 'ci-recovery', '--version'], elsewhere);
  expect(out.trim()).toBe(`ci-recovery ${pkg.version}`);
}, 120_000);

test('a package.json without the bin entry is refused, naming it', () => {
  expect(() => cliManifest({ name: 'ci-recovery', version: '1.0.0' })).toThrow(
    "package.json: no 'bin' entry 'ci-recovery' to pack",
  );
});
