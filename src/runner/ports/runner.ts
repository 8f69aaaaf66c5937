/**
 * The runner protocol a phase writes to: state between main and post, step outputs, job-wide
 * variables, the job summary and the step's result. runner/adapters/runner.ts speaks it to the real runner;
 * `RecordingRunner` keeps it in memory so a phase can be tested without a runner.
 */
import { RecordingLogger, type Logger } from './logger.js';

export interface RunnerPort {
  readonly log: Logger;
  /** State saved by an earlier stage of this action ('' when none). */
  getState(name: string): string;
  saveState(name: string, value: string): void;
  setOutput(name: string, value: string): void;
  /** A variable for later steps of the job (GITHUB_ENV), also set for the rest of this process. */
  exportVariable(name: string, value: string): void;
  /** Markdown appended to the job summary. */
  appendSummary(markdown: string): void;
  /** Marks the step failed, with an error annotation. */
  setFailed(message: string): void;
  /** Ends the step with this exit code (non-zero fails it), without an annotation of its own. */
  setExitCode(code: number): void;
  /**
   * Appends file-command text as written by a command (`NAME=value` or heredoc lines for `env`, one
   * directory a line for `path`) to the step's GITHUB_ENV or GITHUB_PATH; the runner parses it.
   */
  appendFileCommand(command: 'env' | 'path', text: string): void;
}

export class RecordingRunner implements RunnerPort {
  readonly log = new RecordingLogger();
  readonly state = new Map<string, string>();
  readonly outputs = new Map<string, string>();
  readonly exported = new Map<string, string>();
  readonly summaries: string[] = [];
  readonly fileCommands: { env: string; path: string } = { env: '', path: '' };
  failed?: string;
  exitCode?: number;

  /** `state` seeds what earlier stages saved. */
  constructor(state: Record<string, string> = {}) {
    for (const [name, value] of Object.entries(state)) this.state.set(name, value);
  }
  getState(name: string): string {
    return this.state.get(name) ?? '';
  }
  saveState(name: string, value: string): void {
    this.state.set(name, value);
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }
  exportVariable(name: string, value: string): void {
    this.exported.set(name, value);
  }
  appendSummary(markdown: string): void {
    this.summaries.push(markdown);
  }
  setFailed(message: string): void {
    this.failed = message;
    this.exitCode = 1;
  }
  setExitCode(code: number): void {
    this.exitCode = code;
  }
  appendFileCommand(command: 'env' | 'path', text: string): void {
    this.fileCommands[command] += text;
  }
}
