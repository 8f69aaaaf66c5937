/**
 * The stores' errors, apart from store.ts: the store guard (loaded by every job that reads the cache
 * service) names NotFoundError, and store.ts imports the engine's core to parse manifests. store.ts
 * exports them as before.
 */
import { UserError } from '../../core/errors.js';

/** A checkpoint or archive the store does not have. */
export class NotFoundError extends UserError {
  override name = 'NotFoundError';
}

/** A save under a name the store already has (or that another process is saving right now). */
export class CheckpointExistsError extends UserError {
  override name = 'CheckpointExistsError';
}

/**
 * The store wrote the object's bytes but refused to commit it (the Results service's `FinalizeArtifact`
 * answering 403, which its client never retries). The name stays reserved for the rest of the job attempt
 * (a second upload under it meets 409), so only a save under another name can succeed.
 */
export class FinalizeRefusedError extends UserError {
  override name = 'FinalizeRefusedError';
  constructor(
    /** The object (artifact) whose finalize was refused. */
    readonly object: string,
    message: string,
  ) {
    super(message);
  }
}
