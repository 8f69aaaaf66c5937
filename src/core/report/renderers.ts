/**
 * The renderers the supervisor uses, imported statically: the door for a process that always renders. A
 * job's post reaches the same files through `load` (load.ts), so that a green job never loads them; index.ts
 * is the door for everything else, and comment.ts (the sticky comment's codec, which its reader and writer
 * take whole) is its own.
 */
export { renderCommentSection } from './comment-section.js';
export { renderResumeOutlook, resumeOutlook, type ResumeOutlook } from './time-saved.js';
