import type { FailureSignals } from '../core/classify/index.js';
import type { Classification } from '../core/types.js';
import type { RunnerPort } from '../runner/ports/runner.js';
import type { RunTestPorts } from '../test-recovery/index.js';
import type { Clock } from './clock.js';
import type { ProcessPort } from './process.js';
import type { RecordsPort } from './records.js';
import type { StageCheckpointPort } from './stage-checkpoint.js';
import type { StageLedgerPort } from './stage-ledger.js';

/** What a `run/` step's phase needs from the outside world. */
export interface RunPorts {
  runner: RunnerPort;
  process: ProcessPort;
  checkpoint: StageCheckpointPort;
  records: RecordsPort;
  /** The classifier (core/classify), loaded only when something failed. */
  classify: (signals: FailureSignals) => Classification | Promise<Classification>;
  clock: Clock;
  /** Test recovery's reports, the change's files and the flaky history (absent: no test recovery). */
  tests?: RunTestPorts;
  /** The job's stage ledger: the stages running at once, those completed (absent: none kept). */
  stages?: StageLedgerPort;
}
