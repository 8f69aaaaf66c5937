import type { Readable } from 'node:stream';
import type { FailureSignals, LineStep, TeamRule } from '../core/classify/index.js';
import {
  classifyScan,
  compileTeamRules,
  defaultRuleSet,
  LogScanner,
  StepTracker,
  TeamRuleMatcher,
} from '../core/classify/index.js';
import type { CompiledRuleSet, ScanResult } from '../core/classify/index.js';
import { stripLine } from '../core/classify/normalize.js';
import { saysRecovered } from '../core/recovered-log.js';
import type { TestId } from '../core/test-identity.js';
import { errorMessage, UserError } from '../core/errors.js';
import type { Classification } from '../core/types.js';
import { asUtf8, EscapeStripper, MAX_STREAM_BYTES, openLog } from './log-read.js';
import { LineSplitter, StepLines } from './log-lines.js';
import { LINE_BYTES, LOG_TEST_CHARS, TailBytes, tailTests } from './log-tail.js';

// Split by concern: reading (log-read.ts), the lines the step tracker needs (log-lines.ts), the tail's tests
// (log-tail.ts); what they exported before is exported here still.
export { fileChunks, fileStartsWith, isZip, MAX_STREAM_BYTES, spareBuffers } from './log-read.js';
export { recoveredMarks } from './log-lines.js';
export { ByteNeedle, LOG_TEST_CHARS, mayNameTest, searchedNeeds, TailBytes } from './log-tail.js';

/** What classifying one log needs beyond the shipped rules. */
export interface LogOptions {
  ruleSet?: CompiledRuleSet;
  /** The team's own rules (config classify.rules), ranked above the shipped ones. */
  teamRules?: readonly TeamRule[];
  /** Follow the log's steps, to name the step a verdict came from. */
  steps?: boolean;
  stdin?: Readable;
  maxStreamBytes?: number;
  /** Name the failed tests the log shows (a runner's console output): its last LOG_TEST_CHARS are read. */
  tests?: boolean;
}

export interface LogRead {
  scan: ScanResult;
  /** The input went on past maxStreamBytes; only that much was read. */
  truncated: boolean;
  /** The first team rule that matched, as a verdict. */
  team?: Classification;
  steps?: StepTracker;
  /** With options.tests: the failed tests the log names (empty when it names none). */
  failedTests?: TestId[];
  /** With steps: the last line where run/ says it turned its step green (core/recovered-log.ts). */
  recovered?: { line: number; text: string };
}

/** Streams a log (a path, plain or .gz, or `-` for standard input) through the rules with bounded memory. */
export async function readLog(
  file: string,
  options: LogOptions = {},
  extra: Omit<FailureSignals, 'log'> = {},
): Promise<LogRead> {
  const scanner = new LogScanner(options.ruleSet ?? defaultRuleSet());
  const team = options.teamRules?.length ? compileTeamRules(options.teamRules) : [];
  const matcher = team.length > 0 ? new TeamRuleMatcher(team, extra) : undefined;
  const steps = options.steps || matcher ? new StepTracker() : undefined;
  // A stripped line has no more characters than the raw one has bytes: twice the characters read as bytes
  // keep the whole tail of a log whose lines carry the runner's timestamps.
  const tail = options.tests ? new TailBytes(2 * LOG_TEST_CHARS) : undefined;
  let recovered: LogRead['recovered'];
  // Team rules see a line as the shipped rules do (at most 2 * MAX_LINE_CHARS bytes); steps need its head.
  const keep = matcher ? LINE_BYTES : 512;
  // Team rules read every line; the step tracker alone only those that may move the step.
  const filter = steps && !matcher ? new StepLines(steps, keep, scanner) : undefined;
  const lines = steps
    ? new LineSplitter(
        keep,
        (bytes, n) => {
          const raw = bytes.toString('utf8');
          if (saysRecovered(raw)) recovered = { line: n, text: stripLine(raw) };
          const at: LineStep = steps.line(raw, n);
          matcher?.line(raw, n, at);
        },
        filter,
      )
    : undefined;
  const { stream, source, gzip, endless } = openLog(file, () => options.stdin ?? process.stdin);
  const max = endless ? (options.maxStreamBytes ?? MAX_STREAM_BYTES) : Infinity;
  let read = 0;
  let truncated = false;
  const escapes = new EscapeStripper();
  const take = (chunk: Buffer): void => {
    scanner.push(chunk);
    lines?.push(chunk, scanner.lineNumber);
    tail?.push(chunk);
  };
  try {
    for await (const data of asUtf8(stream)) {
      let chunk = data;
      if (read + chunk.length > max) {
        chunk = chunk.subarray(0, max - read);
        truncated = true;
      }
      read += chunk.length;
      // The byte cap counts what was read; the readers see the text without its escape sequences.
      take(escapes.strip(chunk));
      // Leaving the loop destroys the stream: the writer of a pipe gets EPIPE and stops.
      if (truncated) break;
    }
  } catch (error) {
    source?.destroy();
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (gzip && code.startsWith('Z_')) {
      throw new UserError(
        `${file}: corrupt or truncated gzip data (${errorMessage(error)}); re-download the log`,
      );
    }
    throw new UserError(`${file}: cannot read: ${errorMessage(error)}`);
  }
  const rest = escapes.end();
  if (rest) take(rest);
  lines?.end();
  const verdict = matcher?.verdict();
  const failedTests = tail ? tailTests(tail) : undefined;
  tail?.release();
  return {
    scan: scanner.end(),
    truncated,
    ...(verdict ? { team: verdict } : {}),
    ...(steps ? { steps } : {}),
    ...(failedTests ? { failedTests } : {}),
    ...(recovered ? { recovered } : {}),
  };
}

/** Streams a plain or gzipped log through the rules; memory stays bounded whatever the size. */
export async function scanLogFile(
  file: string,
  ruleSet: CompiledRuleSet = defaultRuleSet(),
): Promise<ScanResult> {
  return (await readLog(file, { ruleSet })).scan;
}

/** One log's verdict, the step its evidence line is in (when the log says), and whether it was cut. */
export interface LogVerdict {
  classification: Classification;
  step: LineStep;
  truncated: boolean;
  bytes: number;
  /** With options.tests: the failed tests the log names. */
  failedTests?: TestId[];
  /** run/'s line saying it turned the failed step green, after the failure shown: the step passed. */
  recovered?: { line: number; text: string };
}

/** Classifies a log (a path or `-`) with the team's rules first, naming the step its evidence came from. */
export async function classifyLog(
  file: string,
  extra: Omit<FailureSignals, 'log'> = {},
  options: LogOptions = {},
): Promise<LogVerdict> {
  const ruleSet = options.ruleSet ?? defaultRuleSet();
  const { scan, truncated, team, steps, failedTests, recovered } = await readLog(
    file,
    { ...options, steps: true },
    extra,
  );
  const classification = team ?? classifyScan(scan.lines > 0 ? scan : undefined, extra, ruleSet);
  const line = classification.evidence?.line;
  const step = line !== undefined && line > 0 && steps ? steps.stepAt(line) : {};
  // Green only for the failure before that line: a failure after it is a step that failed for good.
  const green = recovered && (line === undefined || line < recovered.line) ? { recovered } : {};
  return {
    classification,
    step,
    truncated,
    bytes: scan.bytes,
    ...(failedTests ? { failedTests } : {}),
    ...green,
  };
}

/** Classifies a log file (plain or .gz) together with any other signals the caller has. */
export async function classifyLogFile(
  file: string,
  extra: Omit<FailureSignals, 'log'> = {},
  ruleSet: CompiledRuleSet = defaultRuleSet(),
): Promise<Classification> {
  const scan = await scanLogFile(file, ruleSet);
  return classifyScan(scan.lines > 0 ? scan : undefined, extra, ruleSet);
}
