/** The ports the supervisor's phase is handed (the entry point wires the real ones: adapters/supervise-run.ts). */
import type { Ledger } from '../../core/ledger.js';
import type { RunnerPort } from '../../runner/ports/runner.js';
import type { GitPort } from './git.js';
import type { SupervisorGitHub } from './github.js';
import type { ProbePort } from './probes.js';

/** The ledger of the watched branch (absent: not kept). */
export interface LedgerPort {
  load(branch: string): Promise<Ledger>;
  save(ledger: Ledger, branch: string): Promise<void>;
}

export interface SupervisePorts {
  github: SupervisorGitHub;
  git: GitPort;
  /** The job summary and the log. */
  runner: Pick<RunnerPort, 'log' | 'appendSummary'>;
  ledger?: LedgerPort;
  /** Bisection's probes (absent: a range of several commits goes to a person). */
  probes?: ProbePort;
  now?: () => Date;
}

/**
 * A port's call GitHub refused for its rate limit, past the client's longest wait (adapters/rest-call.ts):
 * it passes with time, so the work waits for a later wake, and the message says until when where GitHub told.
 */
export class RateLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RateLimitError';
  }
}
