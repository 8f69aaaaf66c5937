/**
 * The one bundle behind every entry point. Each stage is loaded lazily, so each `dist/<key>.js` pulls in
 * only what its stage needs. scripts/build.ts writes one stub per key:
 * `dist/<key>.js`, which action.yml files and package.json's bin point at.
 */
export const entries: Record<string, () => Promise<void>> = {
  main: async () => (await import('./actions/main.js')).run(),
  post: async () => (await import('./actions/post.js')).run(),
  run: async () => (await import('./actions/run.js')).run(),
  checkpoint: async () => (await import('./actions/checkpoint.js')).run(),
  restore: async () => (await import('./actions/restore.js')).run(),
  supervise: async () => (await import('./actions/supervise.js')).run(),
  cli: async () => (await import('./actions/cli.js')).run(),
};
