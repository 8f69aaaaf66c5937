/**
 * Text from outside (a store, a manifest, a log, a pull request, a test report, an argument) made inert
 * before it reaches a log line, an output, the summary, a comment or a terminal. The runner reads a line
 * that starts with `::` (after blanks) and `##[` anywhere in a line as a workflow command, and splits at
 * `\r` as well as `\n`; a terminal obeys escape sequences. `inert` is the one function such text goes
 * through; `inertLines` keeps the line breaks of a block, and `stopCommandsBlock` wraps a long block so the
 * runner shows it and obeys nothing in it.
 */

import { UserError } from './errors.js';

/**
 * The first `n` UTF-16 units of `text`, one fewer where the cut would split a surrogate pair (an emoji):
 * half a character becomes U+FFFD in a file and a lone escape in the JSON of an API call.
 */
export function sliceWhole(text: string, n: number): string {
  const end = Math.max(0, n);
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/** The first line of a message (the whole text when it has one line). */
export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional and invisible
 * formatting characters that make a terminal show other text than is there.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(ch: string): string {
  return NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One line's command forms defused: a leading `::` becomes `\::`, and `##[` becomes `##\[`. */
function defuseLine(line: string): string {
  return line.replace(/^(\s*)::/, '$1\\::').replace(/##\[/g, '##\\[');
}

/**
 * `text` as one inert line: newlines, carriage returns, tabs and every other control or formatting
 * character escaped (`\n`, `\u001b`), a leading `::` and any `##[` defused. Printable text is unchanged.
 */
export function inert(text: string): string {
  return defuseLine(text.replace(CONTROL, escapeControl));
}

/** A block of text made inert line by line: its `\n` line breaks kept, everything else as `inert`. */
export function inertLines(text: string): string {
  return text
    .split('\n')
    .map((line) => inert(line.endsWith('\r') ? line.slice(0, -1) : line))
    .join('\n');
}

/**
 * Could the runner read a line of this text as a workflow command? It splits output at `\r` as well as
 * `\n`, trims each line and takes one that starts with `::`; the older `##[command]` form is found
 * anywhere in a line. Its trim is .NET's, which also drops NEL (U+0085), a character JavaScript's `\s`
 * does not hold.
 */
export function commandLike(text: string): boolean {
  return /(^|[\r\n])(?:[^\S\r\n]|\u0085)*::|##\[/.test(text);
}

/**
 * A long block shown as it is: between `::stop-commands::<token>` and `::<token>::` the runner obeys no
 * command. `token` must be one nobody can guess (a random one per block, made by the caller), and `eol`
 * the line break of the stream.
 */
export function stopCommandsBlock(text: string, token: string, eol = '\n'): string {
  return `::stop-commands::${token}${eol}${text}${eol}::${token}::`;
}

/** At most this long: a stage name is a word or a few, never a paragraph. */
export const MAX_STAGE_NAME = 100;

/**
 * Why `name` is not a valid stage name (the `stage` inputs' and `--stage`'s rules), or undefined: one line
 * of at most 100 characters, no control or formatting character, no comma (completed stages travel
 * comma-separated), no leading or trailing blank, and nothing the runner could read as a command.
 */
export function stageNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'it is empty';
  if (name.length > MAX_STAGE_NAME) return `it is longer than ${MAX_STAGE_NAME} characters`;
  if (name.replace(CONTROL, '') !== name)
    return 'it holds a line break or another control or formatting character';
  if (name.includes(',')) return 'it holds a comma (completed stages are listed comma-separated)';
  if (name !== name.trim()) return 'it starts or ends with a blank';
  if (commandLike(name)) return "it starts with '::' or holds '##[' (the runner's workflow commands)";
  return undefined;
}

/**
 * `name` when it is a valid stage name; else a UserError that names where it came from (`where`: the
 * input or the option) and says why, echoing the name only inert.
 */
export function checkedStageName(name: string, where: string): string {
  const problem = stageNameProblem(name);
  if (problem)
    throw new UserError(
      `${where} '${inert(name)}' is not a valid stage name: ${problem}. Write one line of at most ${MAX_STAGE_NAME} characters without commas, e.g. 'build'.`,
    );
  return name;
}

/** The valid stage names of a list, and how many were refused (they are never printed). */
export function validStages(stages: readonly string[]): { valid: string[]; refused: number } {
  const valid = stages.filter((s) => stageNameProblem(s) === undefined);
  return { valid, refused: stages.length - valid.length };
}

/**
 * A path as one safe log line: a name from a checkpoint or a workspace may hold a newline followed by
 * `::error::` (a workflow command the runner would obey) or terminal escapes, so control characters are
 * shown escaped (`\n`, `\u001b`) and a backslash doubled, as JSON would. So are the characters a reader
 * cannot see: format characters (a zero-width joiner makes `.g\u200cit` read as `.git`, a bidi override
 * reorders what follows) and the line and paragraph separators.
 */
export function printablePath(path: string): string {
  if (!UNPRINTABLE.test(path)) return path;
  return JSON.stringify(path)
    .slice(1, -1)
    .replace(ESCAPED_BEYOND_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]|\p{Cf}/u;
/** What JSON.stringify leaves as it is, and a log line must not. */
const ESCAPED_BEYOND_JSON = /[\u007f-\u009f\u2028\u2029]|\p{Cf}/gu;

/**
 * Credentials a log line can carry, by their shape: a URL's password (`https://x-access-token:…@host`, up to
 * the last `@` before the path), a token in a query string or a header (`Authorization`, `PRIVATE-TOKEN`,
 * `X-Api-Key`, a cookie, npm's `_authToken=`), a JWT, and tokens whose prefix says what they are (GitHub's
 * `ghp_`/`ghs_`/`github_pat_`, npm's, GitLab's, Slack's, an AWS key id). The runner masks only the secrets it
 * was given, and only in its own log: what we quote from a command's output goes to a PR comment and artifacts
 * unmasked. A value must look like a token (8 characters or more, not `undefined` or `null`): a line whose
 * cause is the token's absence keeps its words.
 */
const TOKEN_VALUE = String.raw`(?!(?:undefined|null)\b)[A-Za-z0-9._~+/=-]{8,}`;
const CREDENTIALS: readonly [RegExp, string][] = [
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]*):[^\s/?#'"]+@/gi, '$1:***@'],
  [
    new RegExp(
      String.raw`([?&](?:access_token|token|api[_-]?key|apikey|key|secret|password|passwd|pwd|auth|sig|signature)=)[^&\s'"#]{4,}`,
      'gi',
    ),
    '$1***',
  ],
  [
    new RegExp(
      String.raw`\b((?:authorization|proxy-authorization):\s*(?:(?:bearer|token|basic|aws4-hmac-sha256)\s+)?)${TOKEN_VALUE}`,
      'gi',
    ),
    '$1***',
  ],
  [
    new RegExp(
      String.raw`\b((?:private-token|x-api-key|x-auth-token|x-access-token|api-key|cookie|set-cookie):\s*)${TOKEN_VALUE}`,
      'gi',
    ),
    '$1***',
  ],
  [new RegExp(String.raw`(_auth(?:Token)?\s*=\s*)${TOKEN_VALUE}`, 'g'), '$1***'],
  [
    /\b(?:eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,}|npm_[A-Za-z0-9]{30,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16})\b/g,
    '***',
  ],
];

/** `text` with every credential `CREDENTIALS` knows by its shape replaced by `***`; other text unchanged. */
export function withoutCredentials(text: string): string {
  return CREDENTIALS.reduce((out, [shape, by]) => out.replace(shape, by), text);
}
