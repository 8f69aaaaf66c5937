/**
 * The CLI as a package a laptop can install or `npx` without a clone:
 *
 *   tsx scripts/pack-cli.ts [--out DIR]     # writes DIR/ci-recovery-<version>.tgz (default: the current directory)
 *
 * The bundle in dist/ carries every library the CLI uses, so the package has no dependencies: its
 * manifest is written here from package.json's identity (name, version, licence, engines), with `bin`
 * and the files it ships, and `npm pack` runs on that staged copy. Run `npm run build` first: what is
 * packed is the committed dist/, as a release ships it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the package ships: the bundle, and what a user reads. */
const SHIPPED = ['dist', 'README.md', 'LICENSE', 'CHANGELOG.md'];

interface RootPackage {
  name: string;
  version: string;
  description?: string;
  license?: string;
  engines?: Record<string, string>;
  bin?: Record<string, string>;
  repository?: unknown;
}

/** The CLI package's manifest: the project's identity and `bin`, no dependencies (dist/ bundles them). */
export function cliManifest(pkg: RootPackage): Record<string, unknown> {
  if (!pkg.bin?.['ci-recovery']) throw new Error("package.json: no 'bin' entry 'ci-recovery' to pack");
  return {
    name: pkg.name,
    version: pkg.version,
    ...(pkg.description ? { description: pkg.description } : {}),
    ...(pkg.license ? { license: pkg.license } : {}),
    ...(pkg.repository ? { repository: pkg.repository } : {}),
    type: 'module',
    bin: { 'ci-recovery': pkg.bin['ci-recovery'] },
    engines: pkg.engines ?? { node: '>=20' },
    files: SHIPPED.filter((f) => f !== 'README.md' && f !== 'LICENSE'),
  };
}

/** Packs the CLI into `out`; returns the tarball's path. */
export function packCli(out: string): string {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as RootPackage;
  const manifest = cliManifest(pkg);
  if (!existsSync(path.join(root, 'dist', 'cli.js')))
    throw new Error('dist/cli.js is missing: run `npm run build` first');
  const stage = mkdtempSync(path.join(os.tmpdir(), 'ci-recovery-pack-'));
  try {
    for (const f of SHIPPED) cpSync(path.join(root, f), path.join(stage, f), { recursive: true });
    writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const printed = execFileSync(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', path.resolve(out)],
      { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const [packed] = JSON.parse(printed) as { filename: string }[];
    if (!packed) throw new Error('npm pack printed no tarball');
    return path.resolve(out, packed.filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = at === -1 ? process.cwd() : process.argv[at + 1];
  if (!out) {
    console.error('scripts/pack-cli.ts: --out needs a directory');
    process.exit(2);
  }
  try {
    console.log(packCli(out));
  } catch (error) {
    console.error(`scripts/pack-cli.ts: ${(error as Error).message}`);
    process.exit(1);
  }
}
