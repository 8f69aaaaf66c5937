/**
 * A step output holds at most 1 MB (GitHub's limit on one output; the runner fails the step on a larger
 * one): a list of test names for an output is cut below it, and its last line says how many were cut.
 * Pure.
 */

/** Bytes an output of ours may hold: under GitHub's 1 MB, whichever way a megabyte is counted. */
export const MAX_OUTPUT_BYTES = 1_000_000;

/** UTF-8 bytes of `text`, without encoding it. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** `lines` joined one per line, cut to fit `max` bytes; the last line then says how many were left out. */
export function cappedLines(lines: readonly string[], max = MAX_OUTPUT_BYTES): string {
  const room = max - 120; // for the closing line
  const kept: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    const size = utf8Bytes(line) + 1;
    if (bytes + size > room) break;
    kept.push(line);
    bytes += size;
  }
  if (kept.length === lines.length) return lines.join('\n');
  const cut = lines.length - kept.length;
  return [...kept, `(${cut} more not listed: a step output holds at most 1 MB)`].join('\n');
}
