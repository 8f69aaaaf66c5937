/** The demo's printed lines: long text cut where a reader expects it. */

/** `text` kept to `max` characters, cut at a space (never mid-word) with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
