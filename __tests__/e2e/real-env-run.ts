/**
 * Runs one case of `real-env-cases.ts` as a `run:` step (`real-steps.ts` runStep, `bash -e {0}` as the runner
 * does) in a fresh temporary project, with HOME, GNUPGHOME and XDG's config and cache homes in that project: never
 * the user's ~/.gnupg, ~/.ssh, ~/.npmrc or ~/.config. `have` says whether a case's tools are on this machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';
import type { EnvCase } from './real-env-cases.js';
import type { StepRun } from './real-steps.js';
import { remote401, runStep, tempProject } from './real-steps.js';

/** Where `command` is on this machine's PATH, or undefined. */
export function which(command: string): string | undefined {
  const r = spawnSync('bash', ['-c', `command -v -- "$1"`, 'which', command], { encoding: 'utf8' });
  const found = r.stdout.trim();
  return r.status === 0 && found.startsWith('/') ? found : undefined;
}

/** The Maven plugins POM_PINNED names, in ~/.m2: Maven builds offline only where they are. */
const MAVEN_OFFLINE = ['maven-resources-plugin/3.3.1', 'maven-compiler-plugin/3.13.0'].map((p) =>
  path.join(os.homedir(), '.m2/repository/org/apache/maven/plugins', p),
);

/**
 * Whether one of a case's `needs` is here: a command on PATH; `python3-<module>`, a module the python3 on PATH
 * imports (Debian's click); `maven-offline`, the plugins an offline Maven build needs in ~/.m2; an absolute path,
 * a file a package installs that is no command (a header, a library).
 */
export function have(need: string): boolean {
  if (need === 'maven-offline') return MAVEN_OFFLINE.every((dir) => existsSync(dir));
  if (path.isAbsolute(need)) return existsSync(need);
  const module = /^python3-(\w+)$/.exec(need)?.[1];
  if (module)
    return (
      spawnSync('python3', ['-c', `import ${module}`], { encoding: 'utf8', timeout: 30_000 }).status === 0
    );
  return which(need) !== undefined;
}

/** Needs no Debian package installs: absent, their cases skip even under CI_RECOVERY_REQUIRE_RUNNERS=1. */
export const NOT_INSTALLABLE: ReadonlySet<string> = new Set(['maven-offline']);

/** The commands a case needs that are not here. */
export const missingFor = (c: EnvCase): string[] =>
  [...(c.needs ?? []), ...(c.onlyPath ?? [])].filter((n) => !have(n));

/**
 * `more` gives the step (and the case's setup) variables naming the project's directory: a tool's own home there
 * (GEM_HOME, PERL5LIB), a local server's URL.
 */
export async function runEnvCase(
  c: EnvCase,
  more: (dir: string) => Record<string, string> = () => ({}),
): Promise<StepRun> {
  const dir = tempProject(c.files);
  const gnupg = path.join(dir, '.gnupg');
  mkdirSync(gnupg, { mode: 0o700 });
  // XDG's config and cache homes follow HOME: GitHub's runners set XDG_CONFIG_HOME (/home/runner/.config), where
  // yamllint, black, mypy and pip read a user's config before ~'s (yamllint/cli.py, black/files.py, mypy/defaults.py,
  // pip's platformdirs), and pylint, black and pip cache under XDG_CACHE_HOME.
  const xdg = { XDG_CONFIG_HOME: path.join(dir, '.config'), XDG_CACHE_HOME: path.join(dir, '.cache') };
  const own = more(dir);
  const env: Record<string, string> = { HOME: dir, GNUPGHOME: gnupg, ...xdg, ...own, ...c.env };
  if (c.modules) symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  if (c.setup)
    try {
      execFileSync('bash', ['-ec', c.setup], {
        cwd: dir,
        env: { ...process.env, HOME: dir, GNUPGHOME: gnupg, ...xdg, ...own },
        stdio: 'pipe',
        // playwright's baseline screenshots took over 60 s at load 15; a limit only bites on a hang.
        timeout: 240_000,
      });
    } catch (err) {
      throw new Error(`case '${c.name}': its setup failed before the step ran (${c.setup})`, { cause: err });
    }
  if (c.onlyPath) {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    for (const command of c.onlyPath) {
      const at = which(command);
      if (at) symlinkSync(at, path.join(bin, command));
    }
    env.PATH = bin;
  }
  if (!c.remote401) return runStep(c.run, dir, env, c.limitMs);
  const remote = await remote401();
  try {
    return await runStep(c.run, dir, { ...env, REMOTE_URL: remote.url }, c.limitMs);
  } finally {
    await remote.close();
  }
}
