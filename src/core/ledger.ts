/**
 * The ledger: a small JSON history per branch, carried across runs (the adapter keeps it with
 * @actions/cache), used for caps (reverts per day, attempts per run) and to flag flaky failures (the same
 * commit passed after a failure with the same signature). Pure; parsing never throws.
 */
import { createHash } from 'node:crypto';
import type { FailureType } from './types.js';
import { FAILURE_TYPES } from './types.js';

export const LEDGER_VERSION = 1;
export const DEFAULT_MAX_ENTRIES = 500;
export const DEFAULT_MAX_REVERTS = 100;

export interface LedgerEntry {
  runId: number;
  attempt: number;
  sha: string;
  job: string;
  outcome: 'success' | 'failure' | 'cancelled';
  /** ISO time of the record. */
  at: string;
  failureType?: FailureType;
  /** failureSignature(type, evidence) of the failure. */
  signature?: string;
}

export interface LedgerRevert {
  /** ISO time the revert was made. */
  at: string;
  /** The reverted (culprit) commit. */
  sha: string;
  /** The revert PR or commit, when known. */
  pr?: number;
  revertSha?: string;
  /** The change this rollback counts against (supervise/core/rollback-verify.ts `rollbackTarget`); absent: `sha`. */
  target?: string;
  /** The commit that brought the revert onto the branch: the pushed revert, or the revert PR's merge. */
  landedSha?: string;
  /** The rollback record (YAML); once judged, with the verdict (a later re-land PR reads it). */
  record?: string;
  /** What the first run holding the revert told. */
  verdict?: 'green' | 'still-failing';
  /** The draft PR that re-lands the change when the revert did not help. */
  relandPr?: number;
  /**
   * ISO time a pushed revert's verdict run was dispatched, or refused, by the pushing wake or a sweep
   * (supervise/core/verdict-dispatch.ts): once kept, no sweep dispatches it again.
   */
  verdictDispatchedAt?: string;
}

export interface Ledger {
  version: typeof LEDGER_VERSION;
  branch: string;
  entries: LedgerEntry[];
  reverts: LedgerRevert[];
  /**
   * Probe branches a bisection made whose run is not listed yet (supervise/core/bisect.ts, probeBranchStep): when
   * each was made (or first found without a run) and when it was dispatched again. GitHub keeps no
   * creation time for a branch; without this record a branch whose dispatch was lost waits forever.
   */
  probes?: LedgerProbeBranch[];
  /**
   * Bisections that ended because GitHub would not start their probes (the workflow disabled, deleted or
   * renamed, its dispatch refused; dispatches that never became runs): a sweep does not take their failing
   * run up again, which would only make and refuse the same probe at every wake. An explicit wake still does.
   */
  ended?: LedgerEndedBisection[];
  /**
   * Re-runs of the branch's runs the supervisor asked for and has not yet read the answer of
   * (supervise/core/rerun-records.ts): GITHUB_TOKEN's re-run fires no `workflow_run`, so a sweep that came
   * later than its window would otherwise never read it.
   */
  reruns?: LedgerRerun[];
}

export interface LedgerRerun {
  /** The run re-run, and the attempt whose failure was re-run: the answer is a later attempt. */
  runId: number;
  attempt: number;
  /** When the re-run was asked for (ISO). */
  at: string;
}

/** The most pending re-runs a ledger keeps. */
export const MAX_RERUN_RECORDS = 20;

export interface LedgerEndedBisection {
  /** The failing run whose bisection ended, and its attempt (a person's re-run is a new attempt). */
  runId: number;
  attempt: number;
  /** When it ended (ISO). */
  at: string;
}

/** The most ended bisections a ledger keeps: a sweep reads only the repository's newest runs. */
export const MAX_ENDED_BISECTIONS = 20;

export interface LedgerProbeBranch {
  branch: string;
  sha: string;
  /** When the branch was created, or first found with no run (ISO). */
  createdAt: string;
  /** When the probe was dispatched a second time (ISO). */
  redispatchedAt?: string;
  /** The workflow bisected: a sweep reads its push runs, however busy the repository's listing. */
  workflowId?: number;
}

export function emptyLedger(branch: string): Ledger {
  return { version: LEDGER_VERSION, branch, entries: [], reverts: [] };
}

/**
 * Evidence normalized so the same failure on another run or machine gets the same signature: lowercase,
 * with numbers, hex ids, temp paths, quoted values and whitespace runs folded.
 */
export function normalizeEvidence(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}:\d{2}(?:\.\d+)?z?\b/g, '<time>')
    .replace(
      /(?:\/tmp|\/var\/folders|[a-z]:\\users\\[^\\\s]+\\appdata\\local\\temp|\/home\/runner\/work\/_temp)[^\s'"]*/g,
      '<tmp>',
    )
    .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{7,64}\b/g, '<hex>')
    .replace(/\d+(?:\.\d+)?/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stable id of a failure: type + normalized evidence, sha-256, 16 hex characters. */
export function failureSignature(type: FailureType, evidence: string | undefined): string {
  return createHash('sha256')
    .update(`${type}\n${normalizeEvidence(evidence ?? '')}`)
    .digest('hex')
    .slice(0, 16);
}

/** Append an entry (replacing one for the same run, attempt and job), keeping the last `maxEntries`. */
export function recordOutcome(ledger: Ledger, entry: LedgerEntry, maxEntries = DEFAULT_MAX_ENTRIES): Ledger {
  const entries = ledger.entries.filter(
    (e) => !(e.runId === entry.runId && e.attempt === entry.attempt && e.job === entry.job),
  );
  entries.push(entry);
  return { ...ledger, entries: entries.slice(-maxEntries) };
}

/**
 * Whether recording `entry` tells the ledger's readers something they do not know, so that it is worth a
 * cache entry (keys are immutable: each save is a new entry). A failure or a cancel always is. A pass is
 * when it answers a failure of this job on this commit not yet followed by a pass (`isFlaky` needs that
 * pass), or when the job's last recorded outcome was not a pass (`lastGoodSha` moves past the failure).
 * A pass after a pass, or on a ledger that knows nothing of the job, saves nothing: `lastGoodSha` then
 * names the first commit of a green streak (still a good commit before any later failure).
 */
export function outcomeTeaches(ledger: Ledger, entry: LedgerEntry): boolean {
  if (entry.outcome !== 'success') return true;
  const mine = ledger.entries.filter((e) => e.job === entry.job);
  let unanswered = false;
  for (const e of mine) {
    if (e.sha !== entry.sha) continue;
    if (e.outcome === 'failure') unanswered = true;
    else if (e.outcome === 'success') unanswered = false;
  }
  if (unanswered) return true;
  const last = mine.at(-1);
  return last !== undefined && last.outcome !== 'success';
}

/**
 * What lets a pass teach (`outcomeTeaches`), item by item: `job\n<J>` for each job whose last entry is not a
 * pass, `pair\n<J>\n<sha>` for each (job, commit) whose last verdict (a cancel is none) is a failure. A pass of
 * J on S teaches exactly when `job\nJ` or `pair\nJ\nS` is among them.
 */
export function openItems(ledger: Ledger): string[] {
  const last = new Map<string, LedgerEntry['outcome']>();
  const verdict = new Map<string, LedgerEntry['outcome']>();
  for (const e of ledger.entries) {
    last.set(e.job, e.outcome);
    if (e.outcome !== 'cancelled') verdict.set(`${e.job}\n${e.sha}`, e.outcome);
  }
  return [
    ...[...last].filter(([, o]) => o !== 'success').map(([job]) => `job\n${job}`),
    ...[...verdict].filter(([, o]) => o === 'failure').map(([pair]) => `pair\n${pair}`),
  ];
}

// 1024 bits: a long-lived branch keeps ~100-200 open items (a failure fixed by a new commit stays open on its
// own until pruned), where 256 bits let few green posts skip (bench/ledger-digest.ts).
const DIGEST_BITS = 1024;
const DIGEST_HASHES = 3;

/** An item's bits in the digest: the first 16-bit words of its sha-256, one per hash function. */
function itemBits(item: string): number[] {
  const hash = createHash('sha256').update(item).digest();
  return Array.from({ length: DIGEST_HASHES }, (_, i) => hash.readUInt16BE(2 * i) % DIGEST_BITS);
}

/**
 * The ledger's open items (`openItems`) as a 1024-bit Bloom filter, 256 hex characters: its key carries it
 * (`ledgerKey`), so that a green job whose pass it rules out need not download the ledger. A false positive
 * only costs that download; there are no false negatives.
 */
export function openDigest(ledger: Ledger): string {
  const bits = Buffer.alloc(DIGEST_BITS / 8);
  for (const item of openItems(ledger)) for (const i of itemBits(item)) bits[i >> 3]! |= 1 << (i & 7);
  return bits.toString('hex');
}

/** Whether `item` tests positive in a digest (`openDigest`). */
function digestHas(digest: Buffer, item: string): boolean {
  return itemBits(item).every((i) => (digest[i >> 3]! & (1 << (i & 7))) !== 0);
}

export function recordRevert(ledger: Ledger, revert: LedgerRevert, maxReverts = DEFAULT_MAX_REVERTS): Ledger {
  const reverts = ledger.reverts.filter((r) => r.sha !== revert.sha);
  reverts.push(revert);
  return { ...ledger, reverts: reverts.slice(-maxReverts) };
}

/**
 * Flaky: a failure with this signature was recorded for this commit, and the same job passed on the same
 * commit after it. `job` narrows to one job (a pass of another job proves nothing).
 */
export function isFlaky(ledger: Ledger, signature: string, sha: string, job?: string): boolean {
  const entries = ledger.entries;
  for (let i = 0; i < entries.length; i++) {
    const failure = entries[i]!;
    if (failure.outcome !== 'failure' || failure.signature !== signature || failure.sha !== sha) continue;
    if (job !== undefined && failure.job !== job) continue;
    for (let j = i + 1; j < entries.length; j++) {
      const later = entries[j]!;
      if (later.outcome === 'success' && later.sha === sha && later.job === failure.job) return true;
    }
  }
  return false;
}

/** The ledger with the revert of `sha` changed by `patch` (a verdict, the landed commit, the re-land). */
export function updateRevert(ledger: Ledger, sha: string, patch: Partial<LedgerRevert>): Ledger {
  return { ...ledger, reverts: ledger.reverts.map((r) => (r.sha === sha ? { ...r, ...patch } : r)) };
}

/** Reverts made on the UTC day of `now` (for the daily cap). */
export function revertsToday(ledger: Ledger, now: Date = new Date()): number {
  const day = now.toISOString().slice(0, 10);
  return ledger.reverts.filter((r) => r.at.slice(0, 10) === day).length;
}

/** Has this commit been reverted already? (Dedupe: never a second revert of the same culprit.) */
export function wasReverted(ledger: Ledger, sha: string): boolean {
  return ledger.reverts.some((r) => r.sha === sha);
}

/** The highest attempt of `runId` recorded (optionally for one job); 0 when none. */
export function attemptsFor(ledger: Ledger, runId: number, job?: string): number {
  return ledger.entries
    .filter((e) => e.runId === runId && (job === undefined || e.job === job))
    .reduce((max, e) => Math.max(max, e.attempt), 0);
}

/** The latest commit on which `job` (or every recorded job of a run, when omitted) passed. */
export function lastGoodSha(ledger: Ledger, job?: string): string | undefined {
  for (let i = ledger.entries.length - 1; i >= 0; i--) {
    const e = ledger.entries[i]!;
    if (e.outcome === 'success' && (job === undefined || e.job === job)) return e.sha;
  }
  return undefined;
}

export function serializeLedger(ledger: Ledger): string {
  return `${JSON.stringify(ledger, null, 1)}\n`;
}

/** What `parseLedger` read: the ledger, and what to warn about. */
export interface ParsedLedger {
  ledger: Ledger;
  /** What to warn about: why the stored one was not read (and that a new one is started), or what was dropped. */
  problem?: string;
  /** Why the stored ledger could not be read at all, without what is done about it: set with `problem`. */
  unreadable?: string;
}

/**
 * Parse a stored ledger. Never throws: a missing, corrupt or future-version file gives an empty ledger
 * and a `problem` to warn about; malformed entries are dropped one by one.
 */
export function parseLedger(text: string | undefined, branch: string): ParsedLedger {
  if (text === undefined || text.trim() === '') return { ledger: emptyLedger(branch) };
  const startOver = (unreadable: string): ParsedLedger => ({
    ledger: emptyLedger(branch),
    problem: `${unreadable}: starting a new one`,
    unreadable,
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return startOver(`ledger is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  // A newer version's ledger (a workflow run with a newer action) is started over as well: refused, an older
  // action on the branch could never save one again.
  if (isObject(value) && typeof value.version === 'number' && value.version > LEDGER_VERSION)
    return startOver(
      `ledger is of a newer version (${value.version}) than this one reads (${LEDGER_VERSION})`,
    );
  if (!isObject(value) || value.version !== LEDGER_VERSION)
    return startOver('ledger has an unknown format or version');
  const entries = Array.isArray(value.entries) ? value.entries.filter(isEntry) : [];
  const reverts = Array.isArray(value.reverts) ? value.reverts.filter(isRevert) : [];
  const dropped =
    (Array.isArray(value.entries) ? value.entries.length : 0) -
    entries.length +
    (Array.isArray(value.reverts) ? value.reverts.length : 0) -
    reverts.length;
  const probes = Array.isArray(value.probes) ? value.probes.filter(isProbeBranch) : [];
  const ended = Array.isArray(value.ended)
    ? value.ended.filter(isRunRecord).slice(-MAX_ENDED_BISECTIONS)
    : [];
  const reruns = Array.isArray(value.reruns)
    ? value.reruns.filter(isRunRecord).slice(-MAX_RERUN_RECORDS)
    : [];
  return {
    ledger: {
      version: LEDGER_VERSION,
      branch,
      entries,
      reverts,
      ...(probes.length > 0 ? { probes } : {}),
      ...(ended.length > 0 ? { ended } : {}),
      ...(reruns.length > 0 ? { reruns } : {}),
    },
    ...(dropped > 0 ? { problem: `ledger: dropped ${dropped} malformed record(s)` } : {}),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isEntry(v: unknown): v is LedgerEntry {
  return (
    isObject(v) &&
    Number.isInteger(v.runId) &&
    Number.isInteger(v.attempt) &&
    typeof v.sha === 'string' &&
    typeof v.job === 'string' &&
    typeof v.at === 'string' &&
    (v.outcome === 'success' || v.outcome === 'failure' || v.outcome === 'cancelled') &&
    (v.failureType === undefined || (FAILURE_TYPES as readonly unknown[]).includes(v.failureType)) &&
    (v.signature === undefined || typeof v.signature === 'string')
  );
}

/**
 * A probe record names a full commit and the one branch a probe of it runs on (bisect.ts `probeRef`): the sweep
 * deletes that branch, so a record naming any other (a forged ledger's `release/1.x`) is dropped.
 */
function isProbeBranch(v: unknown): v is LedgerProbeBranch {
  return (
    isObject(v) &&
    typeof v.sha === 'string' &&
    /^[0-9a-f]{40}$/.test(v.sha) &&
    v.branch === `ci-recovery/probe-${v.sha.slice(0, 12)}` &&
    typeof v.createdAt === 'string' &&
    (v.redispatchedAt === undefined || typeof v.redispatchedAt === 'string') &&
    (v.workflowId === undefined || typeof v.workflowId === 'number')
  );
}

/** An ended bisection's record, or a pending re-run's: a run, its attempt, a time, and nothing else. */
function isRunRecord(v: unknown): v is LedgerEndedBisection & LedgerRerun {
  return (
    isObject(v) &&
    Number.isInteger(v.runId) &&
    Number.isInteger(v.attempt) &&
    typeof v.at === 'string' &&
    Object.keys(v).length === 3
  );
}

function isRevert(v: unknown): v is LedgerRevert {
  return (
    isObject(v) &&
    typeof v.at === 'string' &&
    typeof v.sha === 'string' &&
    (v.pr === undefined || Number.isInteger(v.pr)) &&
    (v.revertSha === undefined || typeof v.revertSha === 'string') &&
    (v.target === undefined || typeof v.target === 'string') &&
    (v.landedSha === undefined || typeof v.landedSha === 'string') &&
    (v.record === undefined || typeof v.record === 'string') &&
    (v.verdict === undefined || v.verdict === 'green' || v.verdict === 'still-failing') &&
    (v.relandPr === undefined || Number.isInteger(v.relandPr)) &&
    (v.verdictDispatchedAt === undefined || typeof v.verdictDispatchedAt === 'string')
  );
}

/**
 * Branch name as a cache-key part: readable slug plus a hash of the full name, so `main` and `main-x` can
 * never share a key prefix.
 */
export function branchSlug(branch: string): string {
  const name = branch.replace(/^refs\/heads\//, '');
  const readable = name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${readable || 'branch'}.${hash}`;
}

export const LEDGER_KEY_BASE = 'ci-recovery-ledger-';

/** Prefix every ledger key of a branch starts with (restore by prefix). */
export function ledgerKeyPrefix(branch: string): string {
  return `${LEDGER_KEY_BASE}${branchSlug(branch)}-`;
}

/**
 * The mark before a key's digest of open items (`openDigest`); the `1` is the version of what the items are
 * (`outcomeTeaches`): a release that changes that reads an older mark as none. No key can carry it by
 * accident: the branch and the job are folded to `[A-Za-z0-9._-]` and the run id and attempt are numbers.
 * Anyone who may write the repository's cache can forge one: a forged digest lasts until a job saves a
 * failure in that scope, and every green pass there goes unrecorded meanwhile (nothing fails or acts on it:
 * a pass only answers a failure, and a job that turns out not green downloads the ledger after all).
 */
export const OPEN_MARK = '~o1-';

/**
 * A new key per run attempt (cache keys are immutable); `job` keeps jobs of one run from colliding;
 * `digest`: the saved ledger's `openDigest` (a restore by this attempt's key still finds it: the service
 * matches that key as a prefix too).
 */
export function ledgerKey(
  branch: string,
  runId: number | string,
  attempt: number,
  job?: string,
  digest?: string,
): string {
  const suffix = job ? `-${job.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}` : '';
  return `${ledgerKeyPrefix(branch)}${runId}-${attempt}${suffix}${digest ? OPEN_MARK + digest : ''}`;
}

const DIGEST_AT_END = new RegExp(`${OPEN_MARK}([0-9a-f]{${DIGEST_BITS / 4}})$`);

/**
 * Whether a found ledger's key rules out that a pass of `job` on `sha` would be recorded in it: its digest
 * has neither the job's item nor the pair's. An older key, or a mark unversioned or unparsable, does not.
 */
export function keyRulesOutPass(key: string, pass: { job: string; sha: string }): boolean {
  const hex = key.startsWith(LEDGER_KEY_BASE) ? DIGEST_AT_END.exec(key)?.[1] : undefined;
  if (!hex) return false;
  const digest = Buffer.from(hex, 'hex');
  return !digestHas(digest, `job\n${pass.job}`) && !digestHas(digest, `pair\n${pass.job}\n${pass.sha}`);
}
