// undici's fetch module alone (src/adapters/undici-lazy.ts imports it): the package ships no types for it.
declare module 'undici/lib/web/fetch/index.js' {
  export const fetch: typeof import('undici').fetch;
}
