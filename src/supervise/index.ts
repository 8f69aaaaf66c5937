/**
 * The supervisor's one door: the rest of src/ (its entry point, src/actions/supervise.ts) imports it from
 * here and from nothing else inside (eslint.config.js `wingDoor`). Inside, the house's floors again:
 * `core/` decides, pure (which jobs to re-run, revert or leave to a person; bisection; rollback records and
 * their verdicts; the report), `ports/` are its GitHub, git and probe interfaces with their in-memory
 * implementations, `phase/` gathers, decides and acts over them for one run and for the sweep, and
 * `adapters/` are the real ports under the phase's time budget. The phase's settings, context and outcome
 * are in `phase/context.ts` and the ports it is handed in `ports/supervise.ts`, which every file of the
 * phase imports and which import none of it.
 */
export { superviseRun } from './phase/supervise.js';
export { sweep, type SweepOptions, type SweepOutcome } from './phase/supervise-sweep.js';
export type { SuperviseContext, SuperviseOutcome, SuperviseSettings } from './phase/context.js';
export type { LedgerPort, SupervisePorts } from './ports/supervise.js';
export { supervisePorts, type SupervisePortsOptions } from './adapters/supervise-run.js';
export { decisionsJson } from './core/supervise-report.js';
export { tokenKindOf, type TokenKind } from './core/supervise-token.js';
export { supervisorWake, type Wake } from './core/supervise-wake.js';
