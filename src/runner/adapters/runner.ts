/**
 * The runner's protocol for a node action: inputs and state from env, file commands (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY) and stdout workflow commands, byte for byte as
 * @actions/core writes them (a test holds the two to the same output).
 *
 * Why not @actions/core itself: it loads its OIDC client (http-client, undici) at import. An ncc bundle
 * holding only `core.saveState` took 126 ms to run against 49 ms for `node -e 0` (Node 24, 20 runs), ~75 ms
 * of start-up, nearly pre's whole 80 ms budget; and every `run/` attempt would pay it too. Libraries that
 * bring @actions/core along (artifact, cache, github) load it in their own lazy chunks.
 */
import { appendFileSync, statSync, truncateSync } from 'node:fs';
import { EOL } from 'node:os';
import { AnnotationBudget, type AnnotationLevel } from '../../core/annotation-budget.js';
import { commandLike, stopCommandsBlock } from '../../core/text.js';
import type { AnnotationProperties } from '../ports/logger.js';

export type { AnnotationProperties } from '../ports/logger.js';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Whether printed text is guarded: on a runner always; the CLI turns it off on a laptop's terminal. */
let guarded = true;

/**
 * Off a runner (GITHUB_ACTIONS is not 'true') nothing reads workflow commands, so the CLI prints text as
 * it is instead of in `::stop-commands::` blocks a person would have to read past.
 */
export function guardWorkflowCommands(onRunner: boolean): void {
  guarded = onRunner;
}

/**
 * A token nobody can guess, from the Web Crypto global (Node 20 and later), which loads its module when first
 * asked: importing node:crypto cost ~5 ms of every CLI start, and a start off a runner, or whose output holds
 * no command, never makes a token.
 */
const randomUUID = (): string => globalThis.crypto.randomUUID();

/**
 * Text we print that may carry paths, file names or log lines (anything a pull request controls), made
 * inert for the runner: text that could hold a workflow command is wrapped in a `::stop-commands::` block
 * whose token nobody can guess, so it is shown exactly as it is and never acted on. Every plain print of
 * ours goes through this (annotations and groups escape their data instead).
 */
export function inertText(text: string): string {
  if (!guarded || !commandLike(text)) return text;
  return stopCommandsBlock(text, `ci-recovery-${randomUUID()}`, EOL);
}

/**
 * JSON for stdout that the runner cannot act on and that parses to the same value: JSON escapes line
 * breaks inside strings, so only the `##[` form can occur, and `\u0023` spells its second `#`.
 */
export function inertJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/##\[/g, '#\\u0023[');
}

function issue(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function annotation(where: AnnotationProperties | undefined): Record<string, string | number | undefined> {
  return {
    title: where?.title,
    file: where?.file,
    line: where?.startLine,
    endLine: where?.endLine,
    col: where?.startColumn,
    endColumn: where?.endColumn,
  };
}

/** This process is one step: its annotations count against the step's limits (core/annotation-budget.ts). */
let budget = new AnnotationBudget();
let closingArmed = false;

/** Beyond the step's 9th of a level, the annotation becomes a log line; the 10th says how many at exit. */
function annotate(level: AnnotationLevel, message: string, where: AnnotationProperties | undefined): void {
  const admitted = budget.admit(level, message);
  if (admitted.annotate) {
    issue(level, annotation(where), admitted.message);
    return;
  }
  const titled = where?.title ? `${where.title}: ${message}` : message;
  process.stdout.write(`${inertText(`${level}: ${titled}`)}${EOL}`);
  if (!closingArmed) {
    closingArmed = true;
    process.once('exit', closeAnnotations);
  }
}

/**
 * Writes the annotation that closes each level that spilled. Called at exit (a synchronous write, as an
 * exit handler must), or at once by a caller that ends the step itself.
 */
export function closeAnnotations(): void {
  for (const { level, message } of budget.closing()) issue(level, {}, message);
}

/** A fresh count, as for a new step: for tests, which run many "steps" in one process. */
export function resetAnnotationBudget(): void {
  budget = new AnnotationBudget();
}

/** The file of a file command (GITHUB_OUTPUT, GITHUB_ENV, ...); undefined off a runner. */
const commandFile = (fileEnv: string): string | undefined => process.env[fileEnv] || undefined;

function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined; // not there yet: the append creates it
  }
}

/** `NAME<<DELIM` heredoc into the file named by `fileEnv`; false when the runner gave no such file. */
function fileCommand(fileEnv: string, key: string, value: string): boolean {
  const file = commandFile(fileEnv);
  if (!file) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
  }
  const before = sizeOf(file);
  try {
    appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
  } catch (error) {
    // A short write (a full disk) leaves a heredoc open, and the runner fails the step on the file: take it back.
    if (before !== undefined)
      try {
        truncateSync(file, before);
      } catch {
        // The file keeps the partial write: the error below says the write failed.
      }
    throw error;
  }
  return true;
}

export const runner = {
  /** The input's value, trimmed; '' when unset (defaults come from action.yml through the runner). */
  getInput(name: string): string {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  },
  getState(name: string): string {
    return process.env[`STATE_${name}`] ?? '';
  },
  saveState(name: string, value: string): void {
    if (!fileCommand('GITHUB_STATE', name, value)) issue('save-state', { name }, value);
  },
  setOutput(name: string, value: string): void {
    if (!fileCommand('GITHUB_OUTPUT', name, value)) {
      process.stdout.write(EOL);
      issue('set-output', { name }, value);
    }
  },
  exportVariable(name: string, value: string): void {
    process.env[name] = value;
    if (!fileCommand('GITHUB_ENV', name, value)) issue('set-env', { name }, value);
  },
  /** Appends markdown to the job summary (the runner caps a step's summary at 1 MiB). */
  appendSummary(markdown: string): void {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
      throw new Error('GITHUB_STEP_SUMMARY is not set: the job summary is only available in GitHub Actions.');
    appendFileSync(file, `${markdown}${EOL}`, { encoding: 'utf8' });
  },
  /** Registers a secret: the runner masks it in every later log line. */
  setSecret(value: string): void {
    issue('add-mask', {}, value);
  },
  info(message: string): void {
    process.stdout.write(`${inertText(message)}${EOL}`);
  },
  debug(message: string): void {
    issue('debug', {}, message);
  },
  notice(message: string, where?: AnnotationProperties): void {
    annotate('notice', message, where);
  },
  warning(message: string, where?: AnnotationProperties): void {
    annotate('warning', message, where);
  },
  error(message: string, where?: AnnotationProperties): void {
    annotate('error', message, where);
  },
  startGroup(name: string): void {
    issue('group', {}, name);
  },
  endGroup(): void {
    issue('endgroup', {}, '');
  },
  /** Ends the step with `code` (non-zero fails it); no annotation. */
  setExitCode(code: number): void {
    process.exitCode = code;
  },
  /** Appends raw file-command text to GITHUB_ENV or GITHUB_PATH; nothing off a runner. */
  appendFileCommand(command: 'env' | 'path', text: string): void {
    const file = commandFile(command === 'env' ? 'GITHUB_ENV' : 'GITHUB_PATH');
    if (file) appendFileSync(file, text, { encoding: 'utf8' });
  },
  /** Marks the step failed with an error annotation; the process then exits 1. */
  setFailed(message: string): void {
    process.exitCode = 1;
    issue('error', {}, budget.admitFinal(message));
  },
};
