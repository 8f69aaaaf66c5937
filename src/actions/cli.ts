import { commands } from '../cli/commands.js';
import { readJobEnv } from '../runner/adapters/job-env.js';
import { guardWorkflowCommands, inertJson, inertText } from '../runner/adapters/runner.js';
import { wantsJson } from '../cli/flags.js';
import { errorMessage, problemsOf, UsageError } from '../core/errors.js';
import { inert } from '../core/text.js';
import { version } from '../version.js';

/** Exit codes, one meaning each (listed in docs/cli.md). */
export const EXIT = { done: 0, failed: 1, usage: 2 } as const;

const USAGE = (): string => {
  const names = Object.keys(commands).sort();
  const width = Math.max(...names.map((n) => n.length));
  return [
    'usage: ci-recovery <command> [options]',
    '       ci-recovery --version',
    '',
    'commands:',
    ...names.map((name) => `  ${name.padEnd(width)}  ${commands[name]!.summary}`),
    '',
    "Run 'ci-recovery <command> --help' for a command's options and an example.",
    'Exit codes: 0 done, 1 the operation failed or found a problem, 2 usage (the command line is wrong).',
    'With --json, stdout carries only JSON, errors included: {"error":{"message","exitCode"}}.',
  ].join('\n');
};

/**
 * The Nodes the bundle runs on: the engine's worker threads and lazy built-ins load through
 * `process.getBuiltinModule` (Node 20.16 and 22.3 on; not 21, nor 22.0-22.2). Without it, a checkpoint would
 * fail half-way with a TypeError. package.json's engines says the same.
 */
export const SUPPORTED_NODE = '20.16+ or 22.3+';

/** Why this Node cannot run the CLI, or undefined when it can. */
export function nodeTooOld(version: string, hasGetBuiltinModule: boolean): string | undefined {
  if (hasGetBuiltinModule) return undefined;
  return `Node.js ${version} lacks process.getBuiltinModule: this CLI needs Node.js ${SUPPORTED_NODE}; install one (24 is the runner's) and run it again`;
}

export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  const tooOld = nodeTooOld(process.version, typeof process.getBuiltinModule === 'function');
  if (tooOld && !['--help', '-h', '--version', '-V'].includes(argv[0] ?? '')) {
    fail(new Error(tooOld), wantsJson(argv), undefined);
    return;
  }
  const env = readJobEnv();
  // Workflow-command guards belong on a runner; on a terminal they would only be noise.
  guardWorkflowCommands(env.actions);
  const [name, ...rest] = argv;
  const json = wantsJson(argv);
  if (name === '--help' || name === '-h') {
    process.stdout.write(USAGE() + '\n');
    process.exitCode = EXIT.done;
    return;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(json ? JSON.stringify({ version }) + '\n' : `ci-recovery ${version}\n`);
    process.exitCode = EXIT.done;
    return;
  }
  const verb = name === undefined ? undefined : commands[name];
  if (!verb) {
    const problem =
      name === undefined || name.startsWith('-') ? 'no command given' : `unknown command '${name}'`;
    fail(new UsageError(`${problem}; run 'ci-recovery --help' for the commands`), json, undefined);
    if (!json) process.stderr.write(USAGE() + '\n');
    return;
  }
  try {
    // The one read of the environment for every verb; GITHUB_TOKEN is the CLI's own (e.g. from
    // `gh auth token`, for `lanes --pr`), read here and nowhere else.
    const token = process.env.GITHUB_TOKEN;
    const context = { env, ...(token ? { token } : {}) };
    process.exitCode = await (await verb.load()).run(rest, context);
  } catch (error) {
    fail(error, json, name);
  }
}

/**
 * Reports a failure once: a line on stderr always, and with --json also a JSON object on stdout, so that
 * a script reading stdout gets JSON whatever happened.
 */
function fail(error: unknown, json: boolean, verb: string | undefined): void {
  // Messages echo arguments and store contents: one inert line (no line break, escape or command in it), or
  // a config file's problems one inert line each, the later ones indented.
  const lines = (problemsOf(error) ?? [errorMessage(error)]).map(inert);
  const message = lines.join('\n');
  const exitCode = error instanceof UsageError ? EXIT.usage : EXIT.failed;
  process.stderr.write(inertText(`ci-recovery${verb ? ` ${verb}` : ''}: ${lines.join('\n  ')}`) + '\n');
  if (json) process.stdout.write(inertJson({ error: { message, exitCode } }) + '\n');
  process.exitCode = exitCode;
}
