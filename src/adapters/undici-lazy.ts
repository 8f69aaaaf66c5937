/**
 * What the bundle gets for the `undici` package (scripts/build.ts maps it here through tsconfig.bundle.json).
 * `@actions/http-client` imports undici at its top for `ProxyAgent` alone, which only its
 * `getAgentDispatcher` builds, and `@actions/github` for the fetch it uses behind a proxy
 * (adapters/github.ts `restFetch`). Imported eagerly, undici's 0.9 MB chunk was compiled and run by every
 * process that speaks to the cache service, main and post of every job with a ledger, for nothing: 20 to 40 ms
 * of CPU each. Here the real package loads at the first fetch through it: behind a proxy, or for a request
 * body rest-fetch.ts does not take. One copy of undici per process, not Node's beside the bundle's.
 */
import type * as Undici from 'undici/index.js';

let loading: Promise<typeof Undici> | undefined;

/** The real undici, in a chunk of its own that no process loads before this call. */
export function realUndici(): Promise<typeof Undici> {
  loading ??= import('undici/index.js');
  return loading;
}

/**
 * Stands for undici's `ProxyAgent` where the toolkit builds one (`getAgentDispatcher`): it keeps the options
 * and builds the real agent, once, when a fetch below is given it as its dispatcher.
 */
export class ProxyAgent {
  #agent: Promise<Undici.ProxyAgent> | undefined;

  constructor(readonly options: Undici.ProxyAgent.Options | string) {}

  /** The real agent. */
  agent(): Promise<Undici.ProxyAgent> {
    this.#agent ??= realUndici().then((u) => new u.ProxyAgent(this.options));
    return this.#agent;
  }
}

let fetching: Promise<typeof Undici.fetch> | undefined;

/**
 * undici's fetch with its agent, pools and parser, not the rest of the package (its WebSocket, EventSource,
 * mocks, cache and request API), which its index loads: a smaller chunk to compile, less to run.
 */
function fetchAlone(): Promise<typeof Undici.fetch> {
  fetching ??= import('undici/lib/web/fetch/index.js').then((m) => m.fetch);
  return fetching;
}

/** undici's `fetch`, loaded at its first call; a stand-in `ProxyAgent` given as dispatcher becomes the real one. */
export async function fetch(
  input: Parameters<typeof Undici.fetch>[0],
  init?: Parameters<typeof Undici.fetch>[1],
): ReturnType<typeof Undici.fetch> {
  const given: unknown = init?.dispatcher;
  if (!(given instanceof ProxyAgent)) return (await fetchAlone())(input, init);
  return (await fetchAlone())(input, { ...init, dispatcher: await given.agent() });
}
