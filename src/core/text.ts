/** The first line of a message (the whole text when it has one line). */
export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
