/**
 * The recovery plan's upload, apart from its download (plan-artifact.ts): post uploads it through the
 * checkpoint engine's own Results-service uploader (one raw artifact from memory, no zip, no staging file),
 * so a failed job's post loads neither `@actions/artifact` nor its Azure, archiver and protobuf code. The
 * uploader comes through the engine's loaders (checkpoint/load.ts), not its door: the door's core (~150 KB)
 * is nothing a plan needs, and a failed job's post would compile it for one error class.
 */
import { errorMessage } from '../core/errors.js';
import { underFreshNames } from '../core/fresh-names.js';
import { planArtifactName, type RecoveryPlan } from '../core/plan-artifact.js';
import { load } from '../checkpoint/load.js';
import type { Logger } from '../runner/adapters/logger.js';

export interface UploadPlanResult {
  uploaded: boolean;
  name: string;
  id?: number;
}

/**
 * Uploads `bytes` as one raw artifact named `name`; rejects with the uploader's FinalizeRefusedError on a
 * refused finalize.
 */
export type RawUpload = (name: string, bytes: Buffer, retentionDays: number) => Promise<{ id: number }>;

/** The engine's uploader, which speaks the Results service's contract as `@actions/artifact` does. */
const engineUpload: RawUpload = async (name, bytes, retentionDays) => {
  const { uploadArtifactStream } = await load.artifactUpload();
  return uploadArtifactStream(name, bytes, { retentionDays });
};

/** Starts loading the uploader (post calls it while its first reads wait); never rejects. */
export function prepareUpload(): void {
  // a head start only: uploadPlan loads it again and reports its own failure
  load.artifactUpload().catch(() => undefined);
}

/**
 * Uploads the plan as `ci-recovery-plan-<job>-a<attempt>`, read by the supervisor from the completed run
 * (plan-artifact.ts downloadPlans). Never throws (warns and reports uploaded=false).
 */
export async function uploadPlan(
  plan: RecoveryPlan,
  logger: Logger,
  options: { retentionDays?: number; upload?: RawUpload } = {},
): Promise<UploadPlanResult> {
  const name = planArtifactName(plan.jobKey, plan.attempt);
  const upload = options.upload ?? engineUpload;
  const bytes = Buffer.from(`${JSON.stringify(plan, null, 1)}\n`);
  try {
    // The refusal's class is the uploader module's own (the engine's store error, re-exported there).
    const { FinalizeRefusedError } = await load.artifactUpload();
    // A refused finalize keeps the name reserved for the attempt: `-r<n>` is read as the same attempt's.
    return await underFreshNames({
      nameOf: (fresh) => (fresh ? `${name}-r${fresh}` : name),
      save: async (named) => {
        const { id } = await upload(named, bytes, options.retentionDays ?? 14);
        return { uploaded: true, name: named, id };
      },
      refused: (error) => error instanceof FinalizeRefusedError,
      retrying: (_error, next) =>
        logger.info(
          `ci-recovery: the artifact service refused to finalize the recovery plan (403); uploading it again as '${next}'.`,
        ),
    });
  } catch (error) {
    logger.warning(
      `ci-recovery: could not upload the recovery plan '${name}': ${errorMessage(error)}. The supervisor will work from the logs.`,
    );
    return { uploaded: false, name };
  }
}
