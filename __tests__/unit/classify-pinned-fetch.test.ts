/**
 * A build system's own fetch of a pinned source, in its own words (issue 68: a pinned download that fails): Bazel's
 * downloader that could not reach the server is network, retried; Nix's fixed-output hash that no longer matches the
 * fetched source is dependency, not retried. Each was typed by the command's exit status or a generic rule before.
 */
import { classify } from '../../src/core/classify/index.js';
import { actionsStep, jobLog, retriedOnPr } from '../classify-logs.js';

const BAZEL_502 =
  'Error in download_and_extract: java.io.IOException: Error downloading [https://github.com/bazelbuild/rules_python/releases/download/0.31.0/rules_python-0.31.0.tar.gz] to /home/runner/.cache/bazel/_bazel_runner/abc/external/rules_python/temp1/rules_python-0.31.0.tar.gz: GET returned 502 Bad Gateway or Proxy Error';
const NIX_MISMATCH = "error: hash mismatch in fixed-output derivation '/nix/store/ssmw-source.drv':";

describe("a build system's fetch of a pinned source", () => {
  test("Bazel's download answered 502 after its retries is network, retried (bazelbuild/examples issue 670)", () => {
    const output = [
      "ERROR: /home/runner/.cache/bazel/_bazel_runner/abc/external/bazel_tools/tools/build_defs/repo/http.bzl:137:45: An error occurred during the fetch of repository 'rules_python':",
      '   Traceback (most recent call last):',
      '\t\tdownload_info = ctx.download_and_extract(',
      BAZEL_502,
      'ERROR: Build did NOT complete successfully',
    ];
    const v = classify({ log: jobLog(actionsStep({ run: 'bazel test //...' }, output, 1)) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('bazel-download-unreachable');
    expect(v.evidence?.text).toBe(BAZEL_502);
    expect(retriedOnPr(v)).toBe(true);
  });

  test("Nix's fixed-output hash mismatch is dependency, not retried (gwaithimirdain/narya issue 70)", () => {
    const output = [
      NIX_MISMATCH,
      '         specified: sha256-eP7PRxnoKuxfwXoRQN8YsHwaZA0zNsOdzVzYUga87eM=',
      '            got:    sha256-vxve8ArNenX/hK1WuVHMaPCghARinkVgdi+v5iLs/aM=',
      "error: 1 dependencies of derivation '/nix/store/h3vy-app-0.17.1.drv' failed to build",
    ];
    const v = classify({ log: jobLog(actionsStep({ run: 'nix build .#app' }, output, 1)) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('nix-fixed-output-hash-mismatch');
    expect(v.evidence?.text).toBe(NIX_MISMATCH);
    expect(retriedOnPr(v)).toBe(false);
  });
});
