/** Text for a person's terminal: long lines cut where a word ends, never inside one. */

/**
 * `text` at most `max` characters: cut at the last space before the limit (or, when it is one word, at the
 * limit), with `…` to say so. Text that fits is returned as it is.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // The last space at or before the ellipsis' place: a word that ends right there is kept whole.
  const space = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, space > 0 ? space : max - 1).trimEnd()}…`;
}
