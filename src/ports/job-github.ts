/**
 * What the root action's main and post read from and write to GitHub: a pull request's change, the jobs
 * API's view of this job's steps, and the sticky PR comment. adapters/job-ports.ts speaks REST (the supervisor's GitHub is supervise/ports/github.ts);
 * `RecordingJobGitHub` answers from memory. None of these throws: a refusal comes back as a reason.
 */
import type { ListedJob } from '../core/job-of-runner.js';
import type { Change } from '../core/lanes.js';
import type { CommentSection } from '../core/report/index.js';
import type { StepOutcome } from '../core/types.js';

// The answers are the port's own words: its adapters (adapters/jobs-api.ts, sticky-comment.ts) give them.
export type JobStepsResult =
  | {
      ok: true;
      steps: StepOutcome[];
      jobName: string;
      htmlUrl?: string;
      /** The job's own start (`started_at`): what the report's job times count from. */
      startedAt?: string;
    }
  | { ok: false; reason: string };

export type AttemptJobsResult = { ok: true; jobs: ListedJob[] } | { ok: false; reason: string };

/** What became of this job's section of the sticky comment. */
export interface StickyResult {
  /**
   * created/updated/unchanged: the comment holds this job's section. degraded: no permission to comment
   * (fork PR or read-only token). failed: any other API problem (already warned).
   */
  status: 'created' | 'updated' | 'unchanged' | 'degraded' | 'failed';
  commentId?: number;
  url?: string;
  /** Duplicate sticky comments deleted. */
  removedDuplicates: number;
  reason?: string;
}

/** A job that writes the sticky comment: its run, attempt and id. */
export interface Writer {
  runId: number;
  attempt: number;
  jobId: number;
}

export interface UpsertOptions {
  updateOnly?: boolean;
  /** This job, when known: the comment leaves after its write when no other writer can be racing it. */
  writer?: Writer;
}

export interface JobGitHub {
  /** The pull request's files, size and labels; `unknownBecause` says why the files are unknown. */
  pullChange(pr: number): Promise<Change>;
  jobSteps(jobId: number): Promise<JobStepsResult>;
  /** The jobs of a run attempt and their runners: this job is found there when its id is unknown (GHES). */
  attemptJobs(runId: number, attempt: number): Promise<AttemptJobsResult>;
  /**
   * Merges this job's section into the one sticky comment of the pull request. `updateOnly`: only where
   * the comment already has a section of this job (nothing is created).
   */
  upsertComment(
    pr: number,
    jobKey: string,
    section: Omit<CommentSection, 'key'>,
    options?: UpsertOptions,
  ): Promise<StickyResult>;
  /**
   * Starts the sticky comment's first read now, beside the phase's other reads; the next upsertComment
   * on `pr` uses it. Never throws: a failed read is upsertComment's to report. `identityAhead` (default
   * true): who the token is is asked beside it, else only once the read finds a sticky comment.
   */
  prefetchComment(pr: number, options?: { identityAhead?: boolean }): void;
}

export class RecordingJobGitHub implements JobGitHub {
  readonly comments: {
    pr: number;
    jobKey: string;
    section: Omit<CommentSection, 'key'>;
    updateOnly?: boolean;
  }[] = [];
  /** The PRs whose comment was read ahead (prefetchComment). */
  readonly prefetched: number[] = [];
  /** Whether each read ahead asked who the token is beside it (prefetchComment's `identityAhead`). */
  readonly identityAhead: boolean[] = [];
  /** The writer each comment named (upsertComment's `writer`), in the order of `comments`. */
  readonly writers: (Writer | undefined)[] = [];
  readonly asked: { pullChange: number[]; jobSteps: number[]; attemptJobs: [number, number][] } = {
    pullChange: [],
    jobSteps: [],
    attemptJobs: [],
  };

  constructor(
    private readonly answers: {
      change?: Change;
      /** One answer, or one per read (the last repeats): a jobs API that catches up with the runner. */
      steps?: JobStepsResult | JobStepsResult[];
      sticky?: StickyResult;
      /** The run attempt's jobs (`attemptJobs`). */
      jobs?: AttemptJobsResult;
    } = {},
  ) {}

  pullChange(pr: number): Promise<Change> {
    this.asked.pullChange.push(pr);
    return Promise.resolve(
      this.answers.change ?? { unknownBecause: `pull request #${pr} is not known here` },
    );
  }
  jobSteps(jobId: number): Promise<JobStepsResult> {
    this.asked.jobSteps.push(jobId);
    const { steps } = this.answers;
    const answer = Array.isArray(steps)
      ? steps[Math.min(this.asked.jobSteps.length, steps.length) - 1]
      : steps;
    return Promise.resolve(answer ?? { ok: false, reason: `job ${jobId} is not known here` });
  }
  attemptJobs(runId: number, attempt: number): Promise<AttemptJobsResult> {
    this.asked.attemptJobs.push([runId, attempt]);
    return Promise.resolve(
      this.answers.jobs ?? { ok: false, reason: `run ${runId} attempt ${attempt} is not known here` },
    );
  }
  prefetchComment(pr: number, options: { identityAhead?: boolean } = {}): void {
    this.prefetched.push(pr);
    this.identityAhead.push(options.identityAhead ?? true);
  }
  upsertComment(
    pr: number,
    jobKey: string,
    section: Omit<CommentSection, 'key'>,
    options: UpsertOptions = {},
  ): Promise<StickyResult> {
    this.comments.push({ pr, jobKey, section, ...(options.updateOnly ? { updateOnly: true } : {}) });
    this.writers.push(options.writer);
    return Promise.resolve(
      this.answers.sticky ?? {
        status: 'created',
        commentId: this.comments.length,
        url: `https://github.com/o/r/pull/${pr}#issuecomment-${this.comments.length}`,
        removedDuplicates: 0,
      },
    );
  }
}
