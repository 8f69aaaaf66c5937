/**
 * Which of several fixed strings a long text holds, in one pass. `text.includes(need)` once per need reads the
 * text once per need that is absent: on a whole job log's tail, 18 test runners' needs read it 18 times, a
 * quarter of the CLI's CPU. One alternation of them all reads it once (V8 runs it 4-5 times faster than the
 * 18 searches on the 145 whole job logs of the corpus).
 */

function escaped(need: string): string {
  return need.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of `needs`, the longest first: at a place where several start, the longest is found. */
export function needsPattern(needs: readonly string[], flags = ''): RegExp {
  const sorted = [...new Set(needs)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(escaped).join('|') || '(?!)', flags);
}

/**
 * The needs `text` holds (as `text.includes` says of each). The longest need found at a place has every
 * need starting there as a prefix, so they are found with it; found needs leave the alternation, which is
 * rebuilt at most once per need, and the search goes on from the place after the last one found.
 */
export function needsIn(text: string, needs: readonly string[]): Set<string> {
  const found = new Set<string>(needs.filter((need) => need === ''));
  let left = needs.filter((need) => !found.has(need));
  let at = 0;
  while (left.length > 0) {
    const pattern = needsPattern(left, 'g');
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) break;
    for (const need of left) if (match[0].startsWith(need)) found.add(need);
    left = left.filter((need) => !found.has(need));
    at = match.index + 1;
  }
  return found;
}
