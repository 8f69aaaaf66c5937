/* global process */
/**
 * The tests run real npm and pnpm and read what they print. `npm test --silent` (or `-s`, `--loglevel=...`) hands
 * npm's log level to every process below it as npm_config_loglevel, so an npm a test runs would print nothing
 * (no `npm error code ENOTFOUND`, no `> app@1.0.0 postinstall`) and pnpm no `Exit status 137`: the tests would
 * assert on output that npm's flags for the test run took away. The tools run with their own default.
 */
delete process.env.npm_config_loglevel;
