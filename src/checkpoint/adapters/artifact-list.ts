/**
 * Lists a run's artifacts as `@actions/artifact` does (artifact-protocol.ts speaks its contract): this
 * run's through Twirp, another run's through the REST API.
 */
import { runner } from '../../runner/adapters/runner.js';
import { UNGUARDED, type TransferGuard } from './store-guard.js';
import {
  assertNotGhes,
  backendIdsFromToken,
  jobEnv,
  repoRoute,
  restGet,
  twirp,
  type FindBy,
} from './artifact-protocol.js';

/** One artifact as listed (the fields of the client's `Artifact`, plus the backend ids Twirp gives). */
export interface ListedArtifact {
  id: number;
  name: string;
  size: number;
  createdAt?: Date;
  /** `sha256:<hex>` as recorded at upload, when the service has one. */
  digest?: string;
  /** Twirp only: enough to ask for a download URL without listing again. */
  backendIds?: { workflowRunBackendId: string; workflowJobRunBackendId: string };
}

/** How many artifacts the client lists at most (its ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT, default 1000). */
function maxListed(): number {
  return jobEnv().runtime.maxArtifactCount ?? 1000;
}

/**
 * The run's artifacts, as the client's `listArtifacts` finds them: without `findBy`, Twirp ListArtifacts
 * for the current run; with it, the REST list of that run (every attempt), 100 per page, up to the
 * client's maximum. Done here rather than through the client because loading `@actions/artifact` costs
 * about 150 ms of start-up, which every restore and incremental save paid just to list.
 */
export async function listArtifacts(findBy?: FindBy, g = UNGUARDED): Promise<ListedArtifact[]> {
  assertNotGhes();
  return findBy ? restListArtifacts(findBy, g) : twirpListArtifacts(g);
}

/** This run's artifacts through Twirp (only the one with `id`, when given), with their backend ids. */
export async function twirpListArtifacts(g: TransferGuard, id?: number): Promise<ListedArtifact[]> {
  const ids = backendIdsFromToken();
  interface Monolith {
    workflow_run_backend_id?: string;
    workflow_job_run_backend_id?: string;
    database_id?: string;
    name?: string;
    size?: string;
    created_at?: string;
    digest?: string;
  }
  const { artifacts = [] } = await twirp<{ artifacts?: Monolith[] }>(
    'ListArtifacts',
    {
      workflow_run_backend_id: ids.workflowRunBackendId,
      workflow_job_run_backend_id: ids.workflowJobRunBackendId,
      ...(id === undefined ? {} : { id_filter: String(id) }),
    },
    g,
  );
  return artifacts.map((a) => ({
    id: Number(a.database_id ?? 0),
    name: a.name ?? '',
    size: Number(a.size ?? 0),
    ...(a.created_at ? { createdAt: new Date(a.created_at) } : {}),
    ...(a.digest ? { digest: a.digest } : {}),
    backendIds: {
      workflowRunBackendId: a.workflow_run_backend_id ?? '',
      workflowJobRunBackendId: a.workflow_job_run_backend_id ?? '',
    },
  }));
}

async function restListArtifacts(findBy: FindBy, g: TransferGuard): Promise<ListedArtifact[]> {
  interface Page {
    total_count?: number;
    artifacts?: { id: number; name: string; size_in_bytes: number; created_at?: string; digest?: string }[];
  }
  const max = maxListed();
  const perPage = 100;
  const out: ListedArtifact[] = [];
  for (let page = 1; ; page++) {
    const body = await restGet<Page>(
      `${repoRoute(findBy)}/actions/runs/${findBy.workflowRunId}/artifacts?per_page=${perPage}&page=${page}`,
      findBy.token,
      g,
    );
    const total = body.total_count ?? 0;
    if (page === 1 && total > max)
      runner.warning(
        `Workflow run ${findBy.workflowRunId} has ${total} artifacts, more than the ${max} listed (ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT).`,
      );
    for (const a of body.artifacts ?? [])
      out.push({
        id: a.id,
        name: a.name,
        size: a.size_in_bytes,
        ...(a.created_at ? { createdAt: new Date(a.created_at) } : {}),
        ...(a.digest ? { digest: a.digest } : {}),
      });
    if (page * perPage >= Math.min(total, max) || (body.artifacts ?? []).length === 0) break;
  }
  return out.slice(0, max);
}
