/**
 * Issue 68: Ruby's and Perl's real failures, whole steps (`real-ruby-perl-cases.ts`): rspec, minitest, rake,
 * ruby, bundler, gem, rubocop, prove, perl and cpanm from Debian, run as a workflow runs a `run:` step
 * (`real-env-run.ts` runEnvCase, `bash -e {0}`) and classified as one GitHub Actions step. Each case asserts
 * TAXONOMY.md's type, whether the default policy retries it on a pull request (the transient types only), and
 * that the line the verdict shows states the cause (never the echo, the runner's exit line or a tally where a
 * cause line exists). HOME, GEM_HOME, BUNDLE_USER_HOME, BUNDLE_APP_CONFIG, PERL5LIB and cpanm's home are in each
 * case's temporary project: nothing is read from the user's gems, bundler config or ~/.cpanm. The gem server and
 * CPAN mirror are `node:http` servers on this machine's outward address (misbehaving-server.ts: a loopback host
 * would be read as the job's own). `REAL_RUBY_PERL_TABLE=1` prints each verdict
 * (`TABLE|case|type|verdict [rule] retried line shown`). Under CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails
 * the file; elsewhere its cases skip, saying which.
 *
 * What main (b7beffa) got wrong here, 13 of 34, and what mends it (rules/log-rules.json, each from the Debian
 * package's file): bundler's deployment refusal, `require` of a missing gem, perl's @INC and `perl -c` were unknown
 * (bundler-frozen-lockfile-changed, ruby-cannot-load-gem, perl-module-not-in-inc, perl-compile-check-failed);
 * ENV.fetch's KeyError was withheld (ruby-env-fetch-key-missing); bundler's unknown option and rake's unknown task
 * were typed dependency and test by the command's name (thor-unknown-switches, rake-unknown-task); gem install
 * against a 503, a 502 and resets was dependency, not retried (rubygems-bad-response reads gem's own form now);
 * cpanm's module not found was withheld (cpanm-module-not-found); prove showed its tally (tap-tape-prove's
 * evidence). Review (r44): bundle install against a source answering 404 was network and retried (client-network-error
 * read Bundler's first wrapped line, `<bad`, whatever the status below it); it now leaves RubyGems' `bad response`
 * to bundler-server-error, which reads a 5xx wherever Bundler's wrap puts it (two long-URL cases).
 * Since: `gem install` of a gem whose gemspec wants a newer Ruby was dependency from the command; RubyGems' refusal
 * (`requires Ruby version >= 9.0. The current ruby version is 3.1.2.`) is read as config (tool-version-unsupported).
 * The misses left are each case's `left`, with why.
 *
 * Time (2026-12-02, 2 shared cores, `PATH=/tmp/debpy:$PATH CI_RECOVERY_REQUIRE_RUNNERS=1 npx jest` this file):
 * 27.0 s warm at load 16 (jest's figure), 32.4 s beside classify-real-env.test.ts at load 7-9.
 */
import path from 'node:path';
import type { Server } from './misbehaving-server.js';
import { serve } from './misbehaving-server.js';
import { realBattery } from './real-battery.js';
import { runEnvCase } from './real-env-run.js';
import type { RubyPerlCase } from './real-ruby-perl-cases.js';
import { RUBY_PERL_CASES } from './real-ruby-perl-cases.js';
import type { StepRun } from './real-steps.js';

/** Ruby's, Bundler's, RubyGems' and Perl's homes in the project; no color, no prompt. */
const homes = (dir: string): Record<string, string> => ({
  GEM_HOME: path.join(dir, '.gem'),
  GEM_SPEC_CACHE: path.join(dir, '.gem/specs'),
  BUNDLE_USER_HOME: path.join(dir, '.bundle-home'),
  BUNDLE_APP_CONFIG: path.join(dir, '.bundle'),
  BUNDLE_GEMFILE: path.join(dir, 'Gemfile'),
  BUNDLE_RETRY: '1',
  PERL5LIB: path.join(dir, 'local/lib/perl5'),
  PERL_CPANM_HOME: path.join(dir, '.cpanm'),
  PERL_LOCAL_LIB_ROOT: '',
  PERL_MM_OPT: '',
  PERL_MB_OPT: '',
  NO_COLOR: '1',
});

/**
 * A server whose port holds neither 401 nor 403: Bundler's index fetcher matches `/401/` and `/403/` against the
 * fetch error's message, which holds the URL (/usr/lib/ruby/3.1.0/bundler/fetcher/index.rb, Debian's ruby 3.1),
 * so a 404 from port 45403 reads as "Please supply credentials" and the case would prove nothing.
 */
async function serveAwayFromStatusPorts(handler: NonNullable<RubyPerlCase['server']>): Promise<Server> {
  for (;;) {
    const server = await serve(handler);
    if (!/40[13]/.test(new URL(server.url).port)) return server;
    await server.close();
  }
}

async function runCase(c: RubyPerlCase): Promise<StepRun> {
  if (!c.server) return runEnvCase(c, homes);
  const server: Server = await serveAwayFromStatusPorts(c.server);
  try {
    return await runEnvCase(c, (dir) => ({ ...homes(dir), GEM_SOURCE: server.url }));
  } finally {
    await server.close();
  }
}

realBattery({
  title: "Ruby's and Perl's failures, classified as a GitHub Actions step",
  cases: RUBY_PERL_CASES,
  run: runCase,
  name: 'RUBY_PERL',
  hookMs: 120_000,
  // Three at a time: the machine is shared; ruby starts in ~0.1 s, bundler and rubocop in about a second.
  width: 3,
});
