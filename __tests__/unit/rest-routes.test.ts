/**
 * The REST client's methods (src/adapters/rest-routes.ts) stand in for @octokit/plugin-rest-endpoint-methods'
 * table: each route is the plugin's own for that method (no defaults or decorations of the plugin's left out),
 * and every `octokit.rest.<scope>.<method>` that `src/` calls is there. The client's type (github.ts's `Octokit`)
 * already refuses a method the table lacks; this scan is a second check, for a call typed around it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { REST_ROUTES, restRoutes } from '../../src/adapters/rest-routes.js';
import { repoRoot } from '../../stand/services/paths.js';

const src = path.join(repoRoot, 'src');

/** Every `.rest.<scope>.<method>` in src/, whitespace and line breaks between the parts included. */
function methodsCalledInSrc(): Set<string> {
  const called = new Set<string>();
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files)
    for (const m of readFileSync(path.join(src, file), 'utf8').matchAll(/\.rest\s*\.\s*(\w+)\s*\.\s*(\w+)/g))
      called.add(`${m[1]}.${m[2]}`);
  return called;
}

/** What a plugin makes each method from: the options it hands `octokit.request.defaults`. */
function defaultsBy(plugin: (octokit: never) => { rest: unknown }): (scope: string, name: string) => unknown {
  const octokit = { request: { defaults: (options: unknown) => options }, log: { warn: () => undefined } };
  const rest = plugin(octokit as never).rest as Record<string, Record<string, unknown>>;
  return (scope, name) => rest[scope]?.[name];
}

const ours = Object.entries(REST_ROUTES).flatMap(([scope, methods]) =>
  Object.keys(methods).map((name) => [scope, name] as const),
);

it('has a route for every REST method src/ calls', () => {
  const called = [...methodsCalledInSrc()];
  // The scan finds the calls it is meant to (a broken pattern would find none and pass).
  expect(called).toEqual(expect.arrayContaining(['pulls.listFiles', 'repos.getCollaboratorPermissionLevel']));
  expect(called.filter((m) => !ours.some(([s, n]) => `${s}.${n}` === m))).toEqual([]);
});

it.each(ours)("makes %s.%s from the plugin's own route and defaults", (scope, name) => {
  const theirs = defaultsBy(restEndpointMethods)(scope, name);
  // A decorated method (a renamed or deprecated parameter) is a function of the plugin's, not plain defaults.
  expect(typeof theirs).toBe('object');
  expect(defaultsBy(restRoutes)(scope, name)).toEqual(theirs);
});
