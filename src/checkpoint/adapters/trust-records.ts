/**
 * The run's record of the checkpoints each job attempt saved (checkpoint/core/trust.ts), kept as raw
 * artifacts: each save uploads one for its checkpoint, a re-run's main reads those of the earlier attempts through
 * the REST `findBy` path (a token with `actions: read`), which sees every attempt of the run. Only the
 * run's own jobs can upload an artifact of the run, so a record cannot be planted from a shared store.
 */
import {
  parseTrustRecord,
  trustArtifactName,
  trustedByRecords,
  type NamedByRun,
  type TrustRecord,
} from '../core/trust.js';
import { errorMessage } from '../../core/errors.js';
import { underFreshNames } from '../../core/fresh-names.js';
import { FinalizeRefusedError } from '../ports/store.js';
import type { FindBy } from './artifact-protocol.js';
import { uploadArtifactStream } from './artifact-upload.js';
import { listArtifacts } from './artifact-list.js';
import { downloadArtifactStream } from './artifact-download.js';

/** A record names at most 1,000 checkpoints: a few dozen KiB. Anything larger is not ours. */
const MAX_RECORD_BYTES = 256 * 1024;

/**
 * Uploads a record of this job attempt, named after it (`suffix`: one record per checkpoint, uploaded as
 * the checkpoint is saved, so a job whose runner is lost before post still leaves its record); rejects when
 * the artifact service refuses it.
 */
export async function uploadTrustRecord(
  record: TrustRecord,
  retentionDays?: number,
  suffix?: string,
): Promise<void> {
  const name = trustArtifactName(record.job, record.attempt) + (suffix ? `-${suffix}` : '');
  const bytes = Buffer.from(`${JSON.stringify(record)}\n`);
  const options = { mimeType: 'application/json', ...(retentionDays ? { retentionDays } : {}) };
  // A refused finalize keeps the name reserved for the attempt (FinalizeRefusedError): the record goes
  // under `<name>-r<n>`, which readTrustRecords reads as this attempt's too (its name starts `<name>-`).
  await underFreshNames({
    nameOf: (fresh) => (fresh ? `${name}-r${fresh}` : name),
    save: (named) => uploadArtifactStream(named, bytes, options),
    refused: (error) => error instanceof FinalizeRefusedError,
  });
}

export interface RecordPlace {
  token: string;
  runId: string;
  owner: string;
  repo: string;
  job: string;
  /** The current attempt: the records of the attempts before it are read. */
  attempt: number;
}

/**
 * The checkpoints the earlier attempts of this job recorded, or why they cannot be known. A record that
 * cannot be read names nothing (its checkpoints are not resumed from); never throws.
 */
export async function readTrustRecords(place: RecordPlace): Promise<NamedByRun> {
  if (!place.token || !place.runId || !place.owner || !place.repo)
    return { unreadable: "there is no token to read the run's artifacts with (the 'github-token' input)" };
  const findBy: FindBy = {
    token: place.token,
    workflowRunId: Number(place.runId),
    repositoryOwner: place.owner,
    repositoryName: place.repo,
  };
  let listed;
  try {
    listed = await listArtifacts(findBy);
  } catch (error) {
    return {
      unreadable: `the run's artifacts cannot be listed (${errorMessage(error)}; needs 'actions: read')`,
    };
  }
  const wanted = new Map<string, number>();
  for (let a = 1; a < place.attempt; a++) wanted.set(trustArtifactName(place.job, a), a);
  // `<name>` or `<name>-<checkpoint id>` (`-a1-x` is never `-a10`'s); another job's record whose name happens
  // to start so says another job in its body, and names nothing here.
  const attemptOf = (name: string): number | undefined => {
    for (const [base, attempt] of wanted) if (name === base || name.startsWith(`${base}-`)) return attempt;
    return undefined;
  };
  const records: TrustRecord[] = [];
  for (const artifact of listed) {
    const attempt = attemptOf(artifact.name);
    if (attempt === undefined || artifact.size > MAX_RECORD_BYTES) continue;
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of (await downloadArtifactStream(artifact, findBy)) as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_RECORD_BYTES) throw new Error('too large');
        chunks.push(chunk);
      }
      const record = parseTrustRecord(Buffer.concat(chunks).toString('utf8'));
      // The name says whose record it is; a body that says otherwise names nothing.
      if (record.attempt === attempt && record.job === place.job && record.runId === place.runId)
        records.push(record);
    } catch {
      // Unreadable: its checkpoints are not named, so not resumed from.
    }
  }
  return { trusted: trustedByRecords(records, { ...place, beforeAttempt: place.attempt }) };
}
