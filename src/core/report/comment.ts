/**
 * The sticky PR comment: one comment per PR, found by a hidden marker, with one section per job delimited
 * by hidden markers so every job of a run (and the supervisor) updates only its own part. Pure.
 */
import { createHash } from 'node:crypto';
import { COMMENT_LIMIT_CHARS, truncateMarkdown } from './markdown.js';

export const STICKY_MARKER = '<!-- ci-recovery:sticky -->';
const TITLE = '### ci-recovery';

export interface CommentSection {
  /** Stable key of the job (e.g. `build` or `test-ubuntu-20`), not the attempt. */
  key: string;
  /** Markdown of the section (without its markers). */
  body: string;
  /** Run and attempt the section was written for: an older run never overwrites a newer one. */
  runId?: number;
  attempt?: number;
}

/** Is this comment body ours? (The marker starts the body; a quote of it in a reply does not count.) */
export function isStickyComment(body: string | null | undefined): boolean {
  return typeof body === 'string' && body.trimStart().startsWith(STICKY_MARKER);
}

/** Who wrote a comment, as the API says (`user.login`, `user.type`). */
export interface CommentAuthor {
  login: string;
  type?: string;
}

/** The identity GitHub writes GITHUB_TOKEN's comments under: the default when no other is known. */
export const ACTIONS_BOT: CommentAuthor = { login: 'github-actions[bot]', type: 'Bot' };

/**
 * Is this comment our sticky comment? The marker alone is not enough: anyone may post a comment that
 * starts with it (forged sections, links, mentions). Only a comment written by the token's own identity
 * is ours; a bot's login (`<slug>[bot]`) counts only on an account of type Bot.
 */
export function isOwnStickyComment(
  comment: { body?: string | null; user?: { login?: string; type?: string } | null },
  self: CommentAuthor,
): boolean {
  const author = comment.user;
  if (!isStickyComment(comment.body) || !author?.login) return false;
  if (author.login.toLowerCase() !== self.login.toLowerCase()) return false;
  return !self.login.endsWith('[bot]') || author.type === 'Bot';
}

/** Keys longer than this (in characters) are kept as their start and a digest of the whole. */
const MAX_KEY_CHARS = 100;
const KEPT_KEY_CHARS = 80;

/**
 * A key of at most MAX_KEY_CHARS characters that still tells apart every job: two matrix legs whose names
 * share their first 100 characters (long matrix values) would otherwise write one section, each erasing
 * the other's report. A long key keeps its start, readable, and a digest of the whole.
 */
function boundedKey(key: string): string {
  const chars = [...key];
  if (chars.length <= MAX_KEY_CHARS) return key;
  const digest = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
  return `${chars.slice(0, KEPT_KEY_CHARS).join('')}.${digest}`;
}

/**
 * A job key made safe inside an HTML comment and unambiguous: characters outside `[A-Za-z0-9_./-]` are
 * percent-encoded (so is `%`), `--` (which would end the comment) is broken up, and a long key is
 * bounded without losing what tells it apart (boundedKey).
 */
export function encodeJobKey(key: string): string {
  // Bounded by characters before encoding, so an encoded key never ends inside a percent sequence.
  const encoded = [...boundedKey(key)]
    .map((ch) =>
      /^[A-Za-z0-9_./-]$/.test(ch)
        ? ch
        : [...Buffer.from(ch, 'utf8')]
            .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
            .join(''),
    )
    .join('');
  return encoded.replace(/--/g, '-%2D') || '_';
}

function decodeJobKey(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    // not percent-encoded after all: shown as it is
    return encoded;
  }
}

const openMarker = (s: CommentSection): string =>
  `<!-- ci-recovery:job:${encodeJobKey(s.key)}${s.runId !== undefined ? ` run=${s.runId}` : ''}${
    s.attempt !== undefined ? ` attempt=${s.attempt}` : ''
  } -->`;
const closeMarker = (s: CommentSection): string => `<!-- /ci-recovery:job:${encodeJobKey(s.key)} -->`;

const SECTION_RE =
  /<!-- ci-recovery:job:([A-Za-z0-9_./%-]+)(?: run=(\d+))?(?: attempt=(\d+))? -->\n([\s\S]*?)\n?<!-- \/ci-recovery:job:\1 -->/g;

/** The job sections of a sticky comment body, in order; anything outside them is ignored. */
export function parseStickyBody(body: string): CommentSection[] {
  const sections: CommentSection[] = [];
  for (const m of body.matchAll(SECTION_RE)) {
    const [, key = '', run, attempt, text = ''] = m;
    sections.push({
      key: decodeJobKey(key),
      body: text,
      ...(run !== undefined ? { runId: Number(run) } : {}),
      ...(attempt !== undefined ? { attempt: Number(attempt) } : {}),
    });
  }
  return sections;
}

/** Is `a` from a later run or attempt than `b`? Unknown versions count as newest (caller's write wins). */
function newerOrSame(a: CommentSection, b: CommentSection): boolean {
  if (a.runId === undefined || b.runId === undefined) return true;
  if (a.runId !== b.runId) return a.runId > b.runId;
  return (a.attempt ?? 0) >= (b.attempt ?? 0);
}

/**
 * Union of section lists by key, keeping first-seen order. For a key in several lists the newest run/
 * attempt wins, and among equals the later list wins (pass lists oldest first).
 */
export function mergeSections(...lists: ReadonlyArray<readonly CommentSection[]>): CommentSection[] {
  // Keyed by the encoded form: the identity the markers carry.
  const byKey = new Map<string, CommentSection>();
  for (const list of lists) {
    for (const s of list) {
      const id = encodeJobKey(s.key);
      const existing = byKey.get(id);
      if (!existing || newerOrSame(s, existing)) byKey.set(id, s);
    }
  }
  return [...byKey.values()];
}

/** Strip anything in a section body that would look like our markers. */
function neutralize(body: string): string {
  return body.replace(/<!--\s*\/?\s*ci-recovery:/g, '&lt;!-- ci-recovery:');
}

export interface StickyRenderOptions {
  limit?: number;
}

/**
 * The full comment body: marker, title, then each section between its markers; kept under `limit`
 * characters (65,536) by cutting the longest sections first (the oldest among equals) with a note.
 */
export function renderStickyBody(
  sections: readonly CommentSection[],
  options: StickyRenderOptions = {},
): string {
  const limit = options.limit ?? COMMENT_LIMIT_CHARS;
  const current = sections.map((s) => ({ ...s, body: neutralize(s.body.trim()) }));
  const render = (): string =>
    [
      STICKY_MARKER,
      TITLE,
      '',
      ...current.map((s) => `${openMarker(s)}\n${s.body}\n${closeMarker(s)}\n`),
    ].join('\n');
  const cutNote = `_Cut to fit GitHub's ${thousands(COMMENT_LIMIT_CHARS)}-character comment limit: the job summary has all of it._`;
  const stubbed = new Set<number>();
  let body = render();
  while (body.length > limit) {
    const index = pickToCut(current, stubbed);
    if (index === undefined) break;
    const section = current[index]!;
    const excess = body.length - limit;
    const target = section.body.length - excess;
    // Each section is cut once: to exactly what fits, or to the note alone when too little would remain.
    section.body = target >= 300 ? truncateMarkdown(section.body, target, cutNote) : cutNote;
    stubbed.add(index);
    body = render();
  }
  // Only possible with hundreds of jobs: drop the oldest sections whole.
  while (body.length > limit && current.length > 0) {
    current.shift();
    body = render();
  }
  return body;
}

/**
 * `n` with its thousands grouped by commas, as `toLocaleString('en-US')` writes it: by hand, because that call's
 * first use sets up ICU's number formatting, 25-50 ms of CPU in every post that writes a comment.
 */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The longest section not yet reduced to a stub; among equals the oldest run/attempt, then the first. */
function pickToCut(sections: readonly CommentSection[], stubbed: ReadonlySet<number>): number | undefined {
  let best: number | undefined;
  sections.forEach((s, i) => {
    if (stubbed.has(i)) return;
    const b = best === undefined ? undefined : sections[best];
    if (!b || s.body.length > b.body.length || (s.body.length === b.body.length && !newerOrSame(s, b)))
      best = i;
  });
  return best;
}

/** Put `section` into an existing sticky body (replacing that job's section, keeping the others). */
export function mergeSection(
  existingBody: string | undefined,
  section: CommentSection,
  options: StickyRenderOptions = {},
): string {
  const existing = existingBody ? parseStickyBody(existingBody) : [];
  return renderStickyBody(mergeSections(existing, [section]), options);
}
