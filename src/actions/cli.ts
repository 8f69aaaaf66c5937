import { commands } from '../cli/commands.js';
import { inertText } from '../adapters/runner.js';
import { errorMessage, UserError } from '../core/errors.js';

const USAGE = (): string =>
  [
    'usage: ci-recovery <command> [options]',
    '',
    'commands:',
    ...Object.keys(commands)
      .sort()
      .map((name) => `  ${name}`),
    '',
    "Run 'ci-recovery <command> --help' for a command's options.",
  ].join('\n');

export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE() + '\n');
    process.exitCode = name ? 0 : 2;
    return;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`ci-recovery: unknown command '${name}'\n${USAGE()}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const command = await load();
    process.exitCode = await command.run(rest);
  } catch (error) {
    process.stderr.write(inertText(`ci-recovery ${name}: ${errorMessage(error)}`) + '\n');
    process.exitCode = error instanceof UserError ? 2 : 1;
  }
}
