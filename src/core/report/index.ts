/**
 * Report rendering (job summary, post-mortem, annotations, sticky comment), pure; the wing's door. It exports
 * the light parts a green job's post and the assessment use (the report's model, markdown escaping, the
 * quiet one-line summary, annotations, the tests' views) and, in `load`, the renderers only an eventful job
 * needs (load.ts). Import the wing through here, never its files; the supervisor, which always renders,
 * takes its renderers statically from renderers.ts, and the sticky comment's reader and writer its codec
 * from comment.ts. The lint holds it.
 */
export * from './model.js';
export * from './markdown.js';
export * from './quiet.js';
export * from './annotations.js';
export * from './tests.js';
export type { CommentAuthor, CommentSection, StickyRenderOptions } from './comment.js';
export { load } from './load.js';
