/**
 * Markdown helpers for text that comes from logs, step names and commit messages: it must never turn into
 * markup, links, HTML or @-mentions in a job summary or a PR comment.
 */

import { sliceWhole } from '../text.js';

/** Limits of the places we write to. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const COMMENT_LIMIT_CHARS = 65_536;

// Control characters (C0 except tab/newline, DEL, C1) and bidi overrides, which can disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line: control characters dropped, whitespace runs collapsed, cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${sliceWhole(flat, max - 1).trimEnd()}…`;
}

/**
 * Plain text that renders literally: HTML is entity-encoded, markdown punctuation backslash-escaped, and
 * `@` followed by a zero-width space so a log line never mentions a person or team.
 */
export function escapeText(text: string, max = 300): string {
  return oneLine(text, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~=]/g, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;');
}

/**
 * A fenced code block holding `text` verbatim: the fence is longer than any run of backticks inside, so a
 * value (a job name, a commit subject) cannot close it and write markup after it.
 */
export function codeBlock(text: string, lang = ''): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/**
 * An inline code span holding `text` verbatim (a code span renders no markup, links, HTML or mentions).
 * In a table cell GitHub still splits on `|`, so `inTable` escapes it (GFM renders `\|` in a cell as `|`).
 */
export function codeSpan(
  text: string,
  { max = 300, inTable = false }: { max?: number; inTable?: boolean } = {},
): string {
  let body = oneLine(text, max);
  if (body === '') return '';
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Mermaid labels allow no `:` `;` `#` or quotes; keep a safe readable subset. */
export function mermaidLabel(text: string, max = 60): string {
  const safe = oneLine(text, max)
    .replace(/[^\p{L}\p{N} _.,/()+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return safe === '' ? 'step' : safe;
}

/** `1h 2m`, `3m 04s`, `12.3s`, `850ms`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h ${m}m`;
  return `${m}m ${String(s).padStart(2, '0')}s`;
}

/** A markdown link whose label is escaped; only http(s) URLs become links. */
export function link(label: string, url: string | undefined): string {
  const text = escapeText(label, 120);
  if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url)) return text;
  return `[${text}](${url})`;
}

/**
 * Cut `markdown` so it fits `limit` (measured by `measure`), at a line boundary, closing a code fence or
 * a `<details>` block the cut left open, and ending with `note`. Returns the text unchanged when it fits.
 */
export function truncateMarkdown(
  markdown: string,
  limit: number,
  note: string,
  measure: (s: string) => number = (s) => s.length,
): string {
  if (measure(markdown) <= limit) return markdown;
  const tail = `\n\n${note}\n`;
  const lines = markdown.split('\n');
  // Binary search on the number of whole lines kept; closers are part of the measured text.
  let lo = 0;
  let hi = lines.length;
  const build = (n: number): string => {
    const kept = lines.slice(0, n);
    return kept.join('\n') + closers(kept) + tail;
  };
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(build(mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  const out = build(lo);
  if (measure(out) > limit) {
    // Even the note alone does not fit: hard cut (should only happen with absurd limits).
    return sliceToFit(note, limit, measure);
  }
  // A very long next line (rare: our lines are short) is kept in part rather than dropped whole; the
  // blank line before the note ends its paragraph, so a cut code span cannot run on.
  const next = lines[lo];
  if (next === undefined || limit - measure(out) < 200) return out;
  const chars = [...next];
  const partial = (n: number): string => {
    const kept = [...lines.slice(0, lo), `${chars.slice(0, n).join('')}…`];
    return kept.join('\n') + closers(kept) + tail;
  };
  let a = 0;
  let b = chars.length;
  while (a < b) {
    const mid = Math.ceil((a + b) / 2);
    if (measure(partial(mid)) <= limit) a = mid;
    else b = mid - 1;
  }
  return a > 0 ? partial(a) : out;
}

/** What a cut at the end of `lines` must append to leave no open fence or details block. */
function closers(lines: string[]): string {
  let inFence = false;
  let fence = '';
  let openDetails = 0;
  for (const line of lines) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (m?.[1]) {
      if (!inFence) {
        inFence = true;
        fence = m[1];
      } else if (m[1].startsWith(fence)) {
        inFence = false;
      }
      continue;
    }
    if (inFence) continue;
    openDetails += (line.match(/<details>/g) ?? []).length;
    openDetails -= (line.match(/<\/details>/g) ?? []).length;
  }
  let out = '';
  if (inFence) out += `\n${fence}`;
  for (let i = 0; i < Math.max(0, openDetails); i++) out += '\n\n</details>';
  return out;
}

function sliceToFit(text: string, limit: number, measure: (s: string) => number): string {
  let chars = [...text];
  while (chars.length > 0 && measure(chars.join('')) > limit)
    chars = chars.slice(0, Math.floor(chars.length * 0.9));
  return chars.join('');
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
