/**
 * What a scan of a log keeps (ScanResult), bounded whatever the log's size, and the lines it keeps per step for
 * the learned fallback (RECENT_LINES). The scanner (scanner.ts) fills it; weigh.ts and index.ts read it. Pure.
 */
import type { Evidence } from '../types.js';
import type { CommandContext } from './context.js';
import type { LogStep, LogStructure } from './structure.js';
import type { InstalledImports } from './installed-imports.js';
import type { RequirementReader } from './requirements.js';
import type { PrintedScript } from './step-script.js';
import { isErrorShaped, TAIL_LINES } from './fallback.js';

/** What a scan keeps: bounded whatever the log size (one first and one last hit per rule). */
export interface ScanResult {
  /** Per rule index: first and last matching line, and how many lines matched. */
  first: (Evidence | undefined)[];
  last: (Evidence | undefined)[];
  /** Per rule with an `evidence` pattern (RuleSpec): its first matching line that states the cause. */
  cause: (Evidence | undefined)[];
  counts: number[];
  /** The last line saying the job succeeded after all, if any. */
  success?: Evidence & { rule: string };
  /** The last test runner's summary saying every test passed (SuccessSpec command), if any: the job may still fail. */
  passedSummary?: Evidence & { rule: string };
  /**
   * The first failed step not allowed to fail (structure.ts): its lines, and the first and last hit of each
   * rule among them. Only its lines decide when the log shows it.
   */
  firstFailedStep?: FailedStep;
  /** The commands of the first failed step, or of the last step when no line says a step failed. */
  command?: CommandContext;
  /**
   * The next step after the first failed one that failed the job too, with its commands: a GitHub Actions job
   * runs on after a failed step only when that step may fail (continue-on-error, which the runner writes to its
   * trace alone) or the later step runs on failure (`if: always()`). It decides only when the first says nothing
   * (index.ts classifyScan).
   */
  laterFailedStep?: FailedStep & { commands: CommandContext };
  /** The steps the log shows and the job's outcome as the log says it. */
  structure?: LogStructure;
  /**
   * The whole log's last error-shaped lines (fallback.ts isErrorShaped), oldest first: what the learned
   * fallback reads when no rule is sure and the log shows no failed step.
   */
  tail?: Evidence[];
  /** The whole log's lines in a tool's own cause format (cause-lines.ts), when the log shows no failed step. */
  said?: Evidence[];
  /** Number of lines seen. */
  lines: number;
  /** Number of bytes seen. */
  bytes: number;
}

export interface FailedStep {
  from: number;
  to: number;
  first: (Evidence | undefined)[];
  last: (Evidence | undefined)[];
  cause: (Evidence | undefined)[];
  step?: LogStep;
  /** The step's last error-shaped lines, oldest first (fallback.ts). */
  tail: Evidence[];
  /** The cause a tool stated under its header (structure.ts CAUSE_HEADER), in the tool's own words. */
  told?: Evidence;
  /** The line of the summary or header `told` states the cause of (mocha's `N failing`, a CAUSE_HEADER), when it has one. */
  toldUnder?: number;
  /** Lines in a tool's own cause format (cause-lines.ts), the first of each block, oldest first. */
  said?: Evidence[];
  /** A `run:` step's script as its header printed it, read when asked (step-script.ts): what runs beside a refusal. */
  script?: PrintedScript;
}

/** What the scanner keeps of one step while reading it. */
export interface StepHits {
  index: number;
  from: number;
  first: (Evidence | undefined)[];
  last: (Evidence | undefined)[];
  cause: (Evidence | undefined)[];
  commands: CommandContext;
  /** The step's last lines with an error-shape word (RECENT_LINES of them), the learned fallback's candidates. */
  recent: Evidence[];
  /** The cause under the step's first cause header (CAUSE_HEADER: Gradle's `* What went wrong:`). */
  told?: Evidence;
  /** A summary above it that `told` states the cause of: mocha's tally's line (MOCHA_TALLY). */
  toldUnder?: number;
  /** Lines in a tool's own cause format (cause-lines.ts keepSaid), and the latest such line. */
  said: Evidence[];
  saidLast?: number;
  /** pip's requirement headers and build failures in the step (requirements.ts), once it printed one. */
  packages?: RequirementReader;
  /** Tracebacks' frames and import errors in the step (installed-imports.ts), once it printed one. */
  imports?: InstalledImports;
  /** Per rule condition's slot (RuleSpec after, unlessAfter), the step's first line matching it; 0: none yet. */
  seenAt: Float64Array;
  /** A `run:` step's script, once its header's `shell:` line is read (step-script.ts). */
  script: PrintedScript | undefined;
}

/** A step's hits before its first line is read: `rules` is the rule set's size, `conditions` its conditions'. */
export function freshStep(rules: number, index: number, from: number, conditions = 0): StepHits {
  // Each optional field is there from the start (undefined): set in whichever order a step's lines say them,
  // they gave the steps many object shapes, and the line reader's reads of them went megamorphic.
  return {
    index,
    from,
    first: new Array<Evidence | undefined>(rules),
    last: new Array<Evidence | undefined>(rules),
    cause: new Array<Evidence | undefined>(rules),
    commands: { step: undefined, failed: [], ran: [] },
    recent: [],
    told: undefined,
    toldUnder: undefined,
    said: [],
    saidLast: undefined,
    packages: undefined,
    seenAt: new Float64Array(conditions),
    script: undefined,
  };
}

/**
 * Lines with an error-shape word (fallback.ts ERROR_SHAPE_KEYWORDS) kept per step, whichever rules' keywords
 * select them: the decisive error block is near the step's end, and asking only these whether they are
 * error-shaped keeps that question off the lines of a long log (a tenth of the time of a 41 MB scan).
 * Each kept line outlives the young generation and is dropped as old garbage: at 1024 lines the peak RSS of
 * `bench:classify`'s 270 MB log was 154 MB, past its 128 MB bar; at 96, 124-126 MB (128: 125-128; 64: 112,
 * but the fallback then typed 4 more logs wrong where it had said unknown), and no verdict of the corpus
 * moved, held out by project or by source.
 */
export const RECENT_LINES = 96;

/** Keeps at least the last RECENT_LINES lines, trimming in batches so a line costs no array shift. */
export function keepRecent(recent: Evidence[], hit: Evidence): void {
  recent.push(hit);
  if (recent.length >= 2 * RECENT_LINES) recent.splice(0, recent.length - RECENT_LINES);
}

/**
 * How far above its step's end (or the log's) a candidate is read, in log lines: the decisive error block is near
 * the end. The candidates were once the last 96 lines any rule's keywords decoded, about a quarter of a log's
 * lines (560,740 of 2,075,337 in the corpus log), so about 360 lines; read past that, the line a command's verdict
 * shows moved up to a warning thousands of lines earlier on three corpus logs (150, 300 and 600 tried: 300 moved
 * the fewest shown lines).
 */
export const TAIL_REACH = 300;

/**
 * The last TAIL_LINES error-shaped lines among the last RECENT_LINES candidates kept, oldest first, those within
 * TAIL_REACH lines of `end`, the last line of the step or log.
 */
export function shapedTail(recent: readonly Evidence[], end: number): Evidence[] {
  const tail: Evidence[] = [];
  const from = Math.max(0, recent.length - RECENT_LINES);
  for (let i = recent.length - 1; i >= from && tail.length < TAIL_LINES; i--) {
    const hit = recent[i] as Evidence;
    if (hit.line <= end - TAIL_REACH) break;
    if (isErrorShaped(hit.text)) tail.unshift(hit);
  }
  return tail;
}
