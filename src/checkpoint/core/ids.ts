/**
 * Checkpoint ids: what an id may hold, the id the actions make for a job's checkpoint and what such an id
 * says of its owner, and the name prefixes ci-recovery keeps for itself.
 */
/** Checkpoint ids double as file and artifact names: keep them to a portable alphabet. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function isValidId(id: string): boolean {
  return ID.test(id) && !id.includes('..');
}

/** Turns free text (job or stage names) into a piece usable inside an id. */
export function idPart(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  return (cleaned || 'x').slice(0, 60);
}

const GENERATED_PREFIX = 'ci-recovery-ckpt-';

/** Whose checkpoints: one job (or matrix leg, see jobIdentity) of one workflow run. */
export interface CheckpointOwner {
  runId: string;
  /** The job's identity: the job key, plus `.leg<index>` for a matrix leg. */
  job: string;
}

function ownerPrefix(owner: CheckpointOwner): string {
  return `${GENERATED_PREFIX}r${idPart(owner.runId)}-${idPart(owner.job)}-a`;
}

/**
 * The id used by the actions: `ci-recovery-ckpt-r<run>-<job>-a<attempt>-<stage>-<seq>`. The run keeps two
 * runs sharing a `dir:` store apart, the job identity two legs of a matrix, the attempt two re-runs, and the
 * sequence two checkpoints of one stage.
 */
export function checkpointId(owner: CheckpointOwner, stage: string, attempt: number, seq: number): string {
  return `${ownerPrefix(owner)}${attempt}-${idPart(stage)}-${String(seq).padStart(3, '0')}`;
}

/**
 * What an id made by checkpointId says without its manifest being read: the attempt, when it may be
 * `owner`'s (the manifest decides: two job names can share an id part), 'other-job' when it cannot be
 * (another run, another job or leg). Undefined for any other id (a name the user chose), which only its
 * manifest can place.
 */
export function attemptInId(id: string, owner: CheckpointOwner): number | 'other-job' | undefined {
  if (!id.startsWith(GENERATED_PREFIX)) return undefined;
  const prefix = ownerPrefix(owner);
  if (!id.startsWith(prefix))
    return /^r[^-]+-.+-a\d+-.+-\d+$/.test(id.slice(GENERATED_PREFIX.length)) ? 'other-job' : undefined;
  const attempt = /^(\d+)-.+-\d+$/.exec(id.slice(prefix.length))?.[1];
  return attempt === undefined ? undefined : Number(attempt);
}

/**
 * The prefixes of what ci-recovery names itself in a store, a cache or a run's artifacts: keyed entries,
 * rollback records, the actions' own checkpoint ids, plan artifacts, the ledger, the run's records of its
 * checkpoints and the test history. A name a user gives a
 * checkpoint never starts with one (in any case: a store may sit on a case-blind disk), or it would be read
 * as ours: a checkpoint named `ci-recovery-keyed-x` had children that saved and could never be restored.
 */
export const RESERVED_PREFIXES = {
  'ci-recovery-keyed-': 'keyed entries',
  'ci-recovery-rollback-': 'rollback records',
  'ci-recovery-ckpt-': "the actions' own checkpoints",
  'ci-recovery-plan-': 'plan artifacts',
  'ci-recovery-ledger-': 'the ledger',
  // A run's artifact of this name is read as a job attempt's record of its checkpoints (trust.ts).
  'ci-recovery-checkpoints-': "the run's records of its checkpoints",
  'ci-recovery-tests-': 'the test history',
} as const;

/**
 * Why a checkpoint name someone gave (`input`: the input or flag it came from) cannot be used, if it starts
 * with a prefix ci-recovery keeps for itself.
 */
export function reservedNameProblem(name: string, input: string): string | undefined {
  const lower = name.toLowerCase();
  const found = Object.entries(RESERVED_PREFIXES).find(([prefix]) => lower.startsWith(prefix));
  if (!found) return undefined;
  const [prefix, what] = found;
  return `${input} '${name}' starts with '${prefix}', which ci-recovery keeps for ${what}: a checkpoint of that name would be read as one of them; choose a name without the prefix (e.g. '${name.slice(prefix.length) || 'build'}').`;
}

/** Rollback records share stores with checkpoints and must never be touched by cleanup. */
export function isRollbackRecord(name: string): boolean {
  return name.startsWith('ci-recovery-rollback-');
}
