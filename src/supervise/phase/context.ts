/**
 * What the supervisor's phase is given and gives back for one run: its settings, its context, its outcome.
 * Every file of the phase imports these from here, and this file imports none of them, so the phase's
 * files import each other one way only.
 */
import type { Config } from '../../core/config.js';
import type { JobEnv } from '../../core/job-env.js';
import type { Ledger } from '../../core/ledger.js';
import type { RevertConfig } from '../core/revert.js';
import type { RunDetails } from '../core/supervise-model.js';
import type { SuperviseReport } from '../core/supervise-report.js';
import type { TokenKind } from '../core/supervise-token.js';

export interface SuperviseSettings {
  token: string;
  runId: number;
  /** The attempt the workflow_run event was for; undefined = the run's latest. */
  runAttempt?: number;
  dryRun: boolean;
  comment: boolean;
  /** The token has the `workflows` permission (GITHUB_TOKEN never has it). */
  tokenCanPushWorkflows?: boolean;
  /** Whether `token` is the job's GITHUB_TOKEN (core/supervise-token.ts); undefined: not known. */
  tokenKind?: TokenKind;
  revertLabels: string[];
  /** Overrides the config's revert.mode. */
  revertMode?: RevertConfig['mode'];
  configFile?: string;
}

export interface SuperviseContext {
  settings: SuperviseSettings;
  config: Config;
  env: Pick<JobEnv, 'serverUrl'>;
  /** owner/repo of the supervisor's repository (a fork PR's head differs). */
  repository: string;
}

export interface SuperviseOutcome extends SuperviseReport {
  details: RunDetails;
  pr?: number;
  comment?: string;
  ledger?: Ledger;
  /** The dispatch of the watched workflow that follows a push-mode revert made with GITHUB_TOKEN. */
  verdictRun?: { runId?: number };
}
