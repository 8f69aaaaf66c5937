export * from './manifest.js';
export * from './paths.js';
export * from './diff.js';
export * from './destination.js';
export * from './keyed.js';
export * from './verify.js';
