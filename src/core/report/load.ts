/**
 * The report's renderers and the sticky comment's codec, loaded on first use: the wing's second door,
 * beside index.ts (as the checkpoint engine's load.ts). A green job's post writes one summary line and
 * annotations from the light parts index.ts exports, and never loads these (~25 KB, node:crypto with the
 * comment's codec). index.ts exports the same `load`.
 */
export const load = {
  /** The full job summary and the post-mortem (with the timeline and the time saved). */
  summary: () => import('./summary.js'),
  /** A job's section of the sticky comment. */
  commentSection: () => import('./comment-section.js'),
  /** The sticky comment's body: its marker, sections, parse and render. */
  comment: () => import('./comment.js'),
  /** What the checkpoints cost and saved, in lines and a note. */
  timeSaved: () => import('./time-saved.js'),
};
