/**
 * What the bundle gets for the `tunnel` package (scripts/build.ts maps it here through tsconfig.bundle.json).
 * `@actions/http-client` imports it at its top for a proxy's agent alone, and tunnel loads `node:assert` at
 * its own (3-4 ms of CPU in main and post of every job, which speak to the cache service through that
 * client, for nothing on a runner without a proxy). Here the real package runs at the first agent built.
 */
import type { Agent } from 'node:http';

type Tunnel = Record<
  'httpOverHttp' | 'httpsOverHttp' | 'httpOverHttps' | 'httpsOverHttps',
  (o: object) => Agent
>;

let real: Tunnel | undefined;

/** The real tunnel, bundled beside this file and run at its first use: a synchronous require. */
function tunnel(): Tunnel {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundler's own require: lazy and synchronous, as the client's agent is
  real ??= require('tunnel/lib/tunnel.js') as Tunnel;
  return real;
}

export const httpOverHttp = (options: object): Agent => tunnel().httpOverHttp(options);
export const httpsOverHttp = (options: object): Agent => tunnel().httpsOverHttp(options);
export const httpOverHttps = (options: object): Agent => tunnel().httpOverHttps(options);
export const httpsOverHttps = (options: object): Agent => tunnel().httpsOverHttps(options);
