/**
 * Deletes a green job attempt's checkpoints from the run's artifacts, as the artifact client's
 * `deleteArtifact(name)` does without `findBy` (toolkit packages/artifact/src/internal/delete): Twirp
 * DeleteArtifact with the runtime token, naming the artifact's own backend ids. The runtime token reaches
 * only this run attempt's artifacts, so nothing of another attempt or run can be deleted from here. One
 * listing for all, then one call per artifact (the client lists again before each), a few at once.
 */
import { artifactsOfCheckpoints, type DroppedCheckpoints } from '../core/green-cleanup.js';
import { errorMessage } from '../../core/errors.js';
import { artifactServiceAvailable, twirp } from './artifact-protocol.js';
import { listArtifacts, type ListedArtifact } from './artifact-list.js';
import { UNGUARDED, type TransferGuard } from './store-guard.js';

/** A refused delete is not retried; a failing service is, a little (post's time is the job's). */
const DELETE_ATTEMPTS = 3;

/** The HTTP status in the Twirp client's error ("Failed request: (403) Forbidden: ..."). */
function statusIn(message: string): number | undefined {
  const m = /Failed request: \((\d{3})\)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

async function deleteOne(a: ListedArtifact, g: TransferGuard): Promise<void> {
  await twirp(
    'DeleteArtifact',
    {
      workflow_run_backend_id: a.backendIds?.workflowRunBackendId ?? '',
      workflow_job_run_backend_id: a.backendIds?.workflowJobRunBackendId ?? '',
      name: a.name,
    },
    g,
    undefined,
    DELETE_ATTEMPTS,
  );
}

export async function dropRunCheckpoints(
  ids: readonly string[],
  place: { job: string; attempt: number },
  g: TransferGuard = UNGUARDED,
): Promise<DroppedCheckpoints> {
  const result: DroppedCheckpoints = { deleted: 0, bytes: 0, kept: 0 };
  if (ids.length === 0 || !artifactServiceAvailable()) return result;
  let listed: ListedArtifact[];
  try {
    listed = await listArtifacts(undefined, g);
  } catch (error) {
    return { ...result, kept: ids.length, error: `listing the run's artifacts: ${errorMessage(error)}` };
  }
  const chosen = new Set(
    artifactsOfCheckpoints(
      listed.map((a) => a.name),
      ids,
      place,
    ),
  );
  const todo = listed.filter((a) => chosen.has(a.name));
  let gone = 0;
  let stop: Pick<DroppedCheckpoints, 'refusal' | 'error'> | undefined;
  const deleteEach = async (queue: ListedArtifact[]): Promise<void> => {
    for (let a = queue.shift(); a && !stop; a = queue.shift()) {
      const outcome = await deleted(a, g);
      if (outcome === 'deleted') {
        result.deleted++;
        result.bytes += a.size;
      } else if (outcome === 'gone') gone++;
      // The same token and service answer the rest alike: stop at the first refusal or failure.
      else stop ??= outcome;
    }
  };
  // The first alone: a token that may not delete says so after one call. The rest a few at a time,
  // since each is a round trip (a green job of three stages leaves nine objects: seconds one by one).
  const queue = [...todo];
  await deleteEach(queue.splice(0, 1));
  if (!stop)
    await Promise.all(
      Array.from({ length: Math.min(DELETES_AT_ONCE, queue.length) }, () => deleteEach(queue)),
    );
  if (!stop) return result;
  return { ...result, ...stop, kept: todo.length - result.deleted - gone };
}

/** Deletes that wait on the service at once. */
const DELETES_AT_ONCE = 4;

/** Deletes `a`: done, gone already (nothing is kept), or the refusal or error that stops the rest. */
async function deleted(
  a: ListedArtifact,
  g: TransferGuard,
): Promise<'deleted' | 'gone' | Pick<DroppedCheckpoints, 'refusal' | 'error'>> {
  try {
    await deleteOne(a, g);
    return 'deleted';
  } catch (error) {
    const message = errorMessage(error);
    const status = statusIn(message);
    if (status === 404) return 'gone';
    if (status === 401 || status === 403)
      return { refusal: { status, message: message.replace(/^.*Failed request: \(\d{3}\)\s*/, '') } };
    return { error: message };
  }
}
