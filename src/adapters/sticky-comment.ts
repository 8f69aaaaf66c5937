/**
 * The sticky PR comment through the REST API: find ours (the marker, written by the token's identity), merge this job's section into it, and
 * converge when racing jobs or runs created duplicates (keep the oldest, fold the others' sections into
 * it, delete them). Never throws: a token that may not comment (fork PR, read-only token) yields
 * `degraded`, so the caller writes the summary only and says the supervisor will comment.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage } from '../core/errors.js';
import {
  ACTIONS_BOT,
  encodeJobKey,
  isOwnStickyComment,
  isStickyComment,
  mergeSections,
  type CommentAuthor,
  parseStickyBody,
  renderStickyBody,
  type CommentSection,
} from '../core/report/comment.js';
import { refusalKind } from '../core/api-refusal.js';
import { httpStatus, refusalOf, type Repo } from './github-plain.js';
import { unspaced } from './rest-call.js';
import type { RestClient } from './rest-light.js';
import { listAll } from './rest-pages.js';
import type { Logger } from '../runner/adapters/logger.js';
import type { StickyResult } from '../ports/job-github.js';

export interface StickyOptions {
  /** Wait before re-reading to verify (lets a racing writer land); jittered x1-2. Default 700 ms. */
  settleMs?: number;
  /** Read-merge-write rounds at most. Default 4. */
  maxRounds?: number;
  limit?: number;
  /** Write only into a comment that already has this job's section (a green job's "fixed"); create nothing. */
  updateOnly?: boolean;
  /**
   * Whether another writer may be racing this one (jobs-api.ts `othersWriting`), asked once the first read
   * is in, beside the write. When none can be, nothing can overwrite the write: it is not looked at again.
   * Default: one may.
   */
  othersWriting?: () => Promise<boolean>;
  /** The PR's comments, read ahead (readSticky), standing for the first round's read. */
  firstRead?: Promise<StickyRead>;
}

/** The PR's comments and how long reading them took. */
export interface StickyRead {
  comments: IssueComment[];
  readMs: number;
}

/**
 * Reads the PR's comments. `ahead`: post starts it beside its other reads, before it knows what it will
 * write, and asks who the token is at once too (off the write spacing), which every write but a PR's first
 * needs. `'if-sticky'` (a green job's post, which mostly finds no comment to mark fixed): asks it as soon as
 * the read finds a sticky comment, two requests saved when there is none. A writer that reads when it
 * writes asks only once a sticky comment is there.
 */
export function readSticky(
  octokit: RestClient,
  repo: Repo,
  prNumber: number,
  ahead: boolean | 'if-sticky' = false,
): Promise<StickyRead> {
  if (ahead === true) void tokenIdentity(octokit);
  const started = Date.now();
  return listComments(octokit, repo, prNumber).then((comments) => {
    if (ahead === 'if-sticky' && comments.some((c) => isStickyComment(c.body))) void tokenIdentity(octokit);
    return { comments, readMs: Date.now() - started };
  });
}

interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
  created_at: string;
  html_url: string;
}

export type SectionInput = string | Omit<CommentSection, 'key'>;

/** The longest wait before a verifying read, however slow the API answered. */
const settleWaitCapMs = 10_000;

export async function upsertStickyComment(
  octokit: RestClient,
  repo: Repo,
  prNumber: number,
  jobKey: string,
  section: SectionInput,
  logger: Logger,
  options: StickyOptions = {},
): Promise<StickyResult> {
  const ours: CommentSection =
    typeof section === 'string' ? { key: jobKey, body: section } : { ...section, key: jobKey };
  const settleMs = options.settleMs ?? 700;
  const maxRounds = options.maxRounds ?? 6;
  const result: StickyResult = { status: 'unchanged', removedDuplicates: 0 };
  const render = (sections: readonly CommentSection[]): string =>
    renderStickyBody(
      mergeSections(sections, [ours]),
      options.limit !== undefined ? { limit: options.limit } : {},
    );
  // Sections of other writers seen in any round, so a racing writer's stale overwrite is healed.
  let seen: CommentSection[] = [];
  let wroteAny = false;
  let confirmed = false;
  let wait = settleMs;
  let racing: Promise<boolean> = Promise.resolve(true);
  let alone = false;
  try {
    for (let round = 0; round < maxRounds; round++) {
      const read =
        round === 0 && options.firstRead
          ? await options.firstRead
          : await readSticky(octokit, repo, prNumber);
      const { readMs } = read;
      let comments = await ownSticky(octokit, read.comments);
      const parsed = comments.map((c) => parseStickyBody(c.body ?? ''));
      if (round === 0 && options.updateOnly && !hasSection(parsed, jobKey)) return result;
      // Asked once the first read is in (a writer that wrote after it is still in progress now), and only
      // by a writer that will write: it runs beside the write.
      if (round === 0 && options.othersWriting) racing = options.othersWriting().catch(() => true);
      seen = mergeSections(seen, ...parsed);
      let desired = render(seen);
      // The read ahead was made while post did other work: a job's post may have added its section since and
      // ended, and overwriting from the read ahead would lose that section for good (no writer is left to put
      // it back). So the comment about to be overwritten is read again first: one request, made only when
      // there is something to write.
      let stale = round === 0 && options.firstRead !== undefined;
      const keep = comments[0];
      if (stale && keep && keep.body !== desired) {
        const fresh = await getComment(octokit, repo, keep.id);
        if (fresh) {
          comments = [fresh, ...comments.slice(1)];
          seen = mergeSections(seen, parseStickyBody(fresh.body ?? ''));
          desired = render(seen);
          stale = false;
        }
      }
      const writeStarted = Date.now();
      if (await writeDesired(octokit, repo, prNumber, comments, desired, result, logger)) {
        // Let a racing writer land, then read again to verify (and heal) the result. A writer that read
        // before our write landed may still be sending its stale body, for as long as a read and a write
        // take it: wait at least twice the slower of our own, so a loaded machine, a slow API or writes
        // queued by the throttling stretch the wait with that window instead of reading inside it.
        const writeMs = Date.now() - writeStarted;
        wroteAny = true;
        confirmed = false;
        wait = Math.min(settleWaitCapMs, Math.max(settleMs, 2 * readMs, 2 * writeMs));
        alone = !(await racing);
        // No writer beside us: nothing can overwrite this write. But a read ahead that found no comment to
        // read again missed one a writer created and left after it, which ours may now duplicate, and no
        // writer is left to fold it back: one read now, with no wait, is the truth.
        if (alone && !stale) break;
        if (alone) wait = 0;
      } else if (!wroteAny || confirmed || alone) {
        break;
      } else {
        // Our section is there: look once more after another wait before leaving, since a stale body sent
        // late would overwrite it after we left, and no writer would be left to heal it.
        confirmed = true;
      }
      if (round === maxRounds - 1) break;
      await sleep(wait * (1 + Math.random()));
    }
    if (result.status === 'updated') logger.info(`ci-recovery: updated the PR comment ${result.url ?? ''}`);
    if (result.removedDuplicates > 0)
      logger.info(`ci-recovery: removed ${result.removedDuplicates} duplicate PR comment(s)`);
    return result;
  } catch (error) {
    return failure(error, logger, result);
  }
}

/**
 * One round's write: creates the comment, or brings the first one to `desired` and deletes the duplicates.
 * Records what it did in `result`; says whether it wrote anything.
 */
async function writeDesired(
  octokit: RestClient,
  repo: Repo,
  prNumber: number,
  comments: readonly IssueComment[],
  desired: string,
  result: StickyResult,
  logger: Logger,
): Promise<boolean> {
  const keep = comments[0];
  if (!keep) {
    const { data } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: prNumber,
      body: desired,
    });
    Object.assign(result, { status: 'created', commentId: data.id, url: data.html_url });
    // The comment we made is by the token's identity: the verifying reads need not ask who that is.
    if (data.user?.login && !identities.has(octokit))
      identities.set(octokit, Promise.resolve({ login: data.user.login, type: data.user.type }));
    logger.info(`ci-recovery: created the PR comment ${data.html_url}`);
    return true;
  }
  let wrote = false;
  result.commentId = keep.id;
  result.url = keep.html_url;
  if (keep.body !== desired) {
    // A comment that vanished under us (deleted by a person) is simply looked for again next round.
    if ((await updateComment(octokit, repo, keep.id, desired)) && result.status !== 'created')
      result.status = 'updated';
    wrote = true;
  }
  for (const duplicate of comments.slice(1)) {
    await deleteComment(octokit, repo, duplicate.id);
    result.removedDuplicates++;
    wrote = true;
  }
  return wrote;
}

function hasSection(parsed: readonly CommentSection[][], jobKey: string): boolean {
  const id = encodeJobKey(jobKey);
  return parsed.some((sections) => sections.some((s) => encodeJobKey(s.key) === id));
}

const identities = new WeakMap<RestClient, Promise<CommentAuthor>>();

/**
 * Who the token writes as. `GET /user` answers for a person's token; an installation token (GITHUB_TOKEN,
 * a GitHub App's) gets 403 there, and GraphQL's `viewer` names the app's bot; when neither answers, the
 * token is taken for GITHUB_TOKEN, whose comments are `github-actions[bot]`'s. Asked once per client.
 */
export function tokenIdentity(octokit: RestClient): Promise<CommentAuthor> {
  let identity = identities.get(octokit);
  if (!identity) {
    // Asked ahead and not awaited: an answer in a shape the types do not promise must not reject.
    identity = askIdentity(octokit).catch(() => ACTIONS_BOT);
    identities.set(octokit, identity);
  }
  return identity;
}

async function askIdentity(octokit: RestClient): Promise<CommentAuthor> {
  // Both questions at once: one round trip. GraphQL's is a read, asked off Octokit's write spacing, which
  // would otherwise hold this job's first write a second behind it (and stretch every settling wait).
  const [user, viewer] = await Promise.allSettled([
    octokit.rest.users.getAuthenticated(),
    unspaced(octokit).graphql<{ viewer?: { login?: string } }>('query { viewer { login } }'),
  ]);
  if (user.status === 'fulfilled' && user.value.data.login)
    return { login: user.value.data.login, type: user.value.data.type };
  const login = viewer.status === 'fulfilled' ? viewer.value.viewer?.login : undefined;
  // GET /user refused it: an installation token, whose identity is a bot (GraphQL may omit "[bot]").
  if (login) return { login: login.endsWith('[bot]') ? login : `${login}[bot]`, type: 'Bot' };
  // Neither answered: GITHUB_TOKEN.
  return ACTIONS_BOT;
}

/** 10,000 comments: past them the sticky comment is not looked for (the light client's own most, too). */
const COMMENT_PAGES = 100;

async function listComments(octokit: RestClient, repo: Repo, prNumber: number): Promise<IssueComment[]> {
  return listAll(
    octokit,
    octokit.rest.issues.listComments,
    { ...repo, issue_number: prNumber, per_page: 100 },
    { listing: `listing the comments of #${prNumber}`, maxPages: COMMENT_PAGES },
  );
}

/**
 * Our sticky comments among the PR's (the marker, by our identity), oldest first; others' are never touched.
 * Who the token is gets asked only when some comment carries the marker (a PR's first comment needs no
 * identity), unless post asked it ahead beside its first read (readSticky). Its GraphQL question goes off
 * Octokit's write spacing, so it never holds the write after it.
 */
async function ownSticky(octokit: RestClient, comments: readonly IssueComment[]): Promise<IssueComment[]> {
  if (!comments.some((c) => isStickyComment(c.body))) return [];
  const self = await tokenIdentity(octokit);
  return comments
    .filter((c) => isOwnStickyComment(c, self))
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}

/** The comment as it is now; undefined when it no longer exists (deleted by a racing writer or a person). */
async function getComment(octokit: RestClient, repo: Repo, id: number): Promise<IssueComment | undefined> {
  try {
    return (await octokit.rest.issues.getComment({ ...repo, comment_id: id })).data;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** false when the comment no longer exists (deleted by a racing writer or a person). */
async function updateComment(octokit: RestClient, repo: Repo, id: number, body: string): Promise<boolean> {
  try {
    await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
    return true;
  } catch (error) {
    if (httpStatus(error) === 404) return false;
    throw error;
  }
}

async function deleteComment(octokit: RestClient, repo: Repo, id: number): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error; // already deleted by a racing writer
  }
}

/** Is this the answer GitHub gives a token that may not write here (fork PR, read-only permissions)? */
export function isNoWritePermission(error: unknown): boolean {
  return httpStatus(error) === 403 && refusalKind(refusalOf(error), 'comments:write') === 'permission';
}

function failure(error: unknown, logger: Logger, partial: StickyResult): StickyResult {
  const message = errorMessage(error);
  if (isNoWritePermission(error)) {
    const reason =
      'this token may not comment on the pull request (a fork PR, or `pull-requests: write` not granted): ' +
      'the summary has the report, and the supervisor workflow will post the comment';
    logger.notice(`ci-recovery: ${reason}.`);
    return { ...partial, status: 'degraded', reason };
  }
  logger.warning(
    `ci-recovery: could not update the PR comment (${httpStatus(error) ?? 'no status'}): ${message}`,
  );
  return { ...partial, status: 'failed', reason: message };
}
