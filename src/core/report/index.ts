/** Report rendering: job summary, post-mortem, annotations, sticky comment. Pure. */
export * from './model.js';
export * from './markdown.js';
export * from './timeline.js';
export * from './summary.js';
export * from './annotations.js';
export * from './comment.js';
export * from './comment-section.js';
export * from './time-saved.js';
export * from './quiet.js';
export * from './tests.js';
