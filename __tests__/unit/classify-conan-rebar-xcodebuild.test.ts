/**
 * Issue 68 item 1, in the tools' own words: Conan's and rebar's dependency resolution failing
 * (conan-resolution-failed, rebar-dependency-failed: dependency) and xcodebuild refusing a -destination the
 * runner's image lacks (xcodebuild-destination-missing: config). Each line is the tool's format string filled in
 * (rules/log-rules.json `why` names the source); the lines around it are the tool's other output in the order
 * its source prints it. The look-alikes are the same tools' words for a failure whose cause the words do not
 * tell (a remote Conan could not reach, a Hex tarball rebar could not fetch) and their output on a passing run.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

// conan install (Conan 2): conan/cli/commands/install.py prints the graph, then the binaries it needs
// (conans/client/graph/install_graph.py raises for those missing).
const conanMissingBinary = [
  '======== Computing dependency graph ========',
  'Graph root',
  '    conanfile.txt: /home/runner/work/app/app/conanfile.txt',
  'Requirements',
  '    zlib/1.3.1#f52e03ae3d251dec704634230cd806a2 - Downloaded (conancenter)',
  '======== Computing necessary packages ========',
  'Requirements',
  '    zlib/1.3.1#f52e03ae3d251dec704634230cd806a2:c0e5d1a4ab3e8a0a7ab9e64a5a9c0ad8bad8b9b3 - Missing',
  "ERROR: Missing prebuilt package for 'zlib/1.3.1'. You can try:",
  '    - List all available packages using \'conan list "zlib/1.3.1:*" -r=remote\'',
  "    - Explain missing binaries: replace 'conan install ...' with 'conan graph explain ...'",
  "    - Try to build locally from sources using the '--build=zlib/1.3.1' argument",
  '',
  "More Info at 'https://docs.conan.io/2/knowledge/faq.html#error-missing-prebuilt-package'",
];

const conanNotFound = [
  '======== Computing dependency graph ========',
  'zlibx/1.3.1: Not found in local cache, looking in remotes...',
  'zlibx/1.3.1: Checking remote: conancenter',
  "ERROR: Package 'zlibx/1.3.1' not resolved: Unable to find 'zlibx/1.3.1' in remotes.",
];

const conanConflict = [
  '======== Computing dependency graph ========',
  'ERROR: Version conflict: Conflict between zlib/1.2.11 and zlib/1.3.1 in the graph.',
  'Conflict originates from libpng/1.6.40',
  '',
  "Run 'conan graph info ... --format=html > graph.html' and open 'graph.html' to inspect the conflict graphically.",
];

// Conan 1: graph_builder.py names the requirement, then the lookup's own exception.
const conan1NotFound = [
  'conanfile.txt: Installing package',
  'Requirements',
  '    Hello/0.1@lasote/stable from local cache - Cache',
  "ERROR: Failed requirement 'Hello/0.1@lasote/stable' from 'conanfile.txt'",
  "ERROR: Unable to find 'Hello/0.1@lasote/stable' in remotes",
];

// rebar3 compile: rebar_prv_install_deps.erl's ===> lines, then rebar3.erl's ?ERROR of the provider's error.
const rebarNotFound = ['===> Verifying dependencies...', '===> Package not found in any repo: cowboy ~> 9.0'];

const rebar2Missing = [
  '==> app (compile)',
  'Dependency not available: lager-.* ({git,"https://github.com/erlang-lager/lager.git",{tag,"3.2.4"}})',
  'ERROR: compile failed while processing /home/runner/work/app/app: rebar_abort',
];

// xcodebuild -destination naming a simulator the image lacks: its error, the specifier, and the destinations it has.
const destinationLine =
  'xcodebuild: error: Unable to find a destination matching the provided destination specifier:';
const destinationMissing = [
  'Command line invocation:',
  '    /Applications/Xcode_16.4.app/Contents/Developer/usr/bin/xcodebuild test -scheme App -destination "platform=iOS Simulator,name=iPhone 15,OS=17.5"',
  '',
  destinationLine,
  '\t\t{ platform:iOS Simulator, OS:17.5, name:iPhone 15 }',
  '',
  '\tThe requested device could not be found because no available devices matched the request.',
  '',
  '\tAvailable destinations for the "App" scheme:',
  '\t\t{ platform:iOS Simulator, arch:arm64, id:5D6C0D46-0E8F-4C5B-9F0B-0F2B7C2B6E1A, OS:18.5, name:iPhone 16 }',
];

describe("a resolver's own words that no package, binary or version set exists: dependency, not retried", () => {
  test.each([
    [
      'conan install, no binary for the settings',
      'conan install . --output-folder=build',
      conanMissingBinary,
    ],
    ['conan install, a recipe no remote holds', 'conan install . --output-folder=build', conanNotFound],
    ['conan install, two versions of one package', 'conan install .', conanConflict],
    ['Conan 1, a requirement no remote holds', 'conan install . --build=missing', conan1NotFound],
  ])('%s', (_name, run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('conan-resolution-failed');
    expect(v.evidence?.text).toMatch(/^ERROR: /);
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    ['rebar3 compile, a package Hex does not hold', 'rebar3 compile', rebarNotFound],
    ['rebar 2 compile before its deps were fetched', './rebar compile', rebar2Missing],
  ])('%s', (_name, run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('rebar-dependency-failed');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('xcodebuild asked for a destination the runner does not have: config over the test command', () => {
  test('xcodebuild test, exit 70 before any test built', () => {
    const run = 'xcodebuild test -scheme App -destination "platform=iOS Simulator,name=iPhone 15,OS=17.5"';
    const v = classify({ log: failedRunLog(run, destinationMissing, 70) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('xcodebuild-destination-missing');
    expect(v.evidence?.text).toBe(destinationLine);
    expect(retriedOnPr(v)).toBe(false);
  });

  test('through xcbeautify, which prints it behind its error mark', () => {
    const run = 'set -o pipefail && xcodebuild test -scheme App -destination "name=iPhone 15" | xcbeautify';
    const v = classify({ log: failedRunLog(run, [`[x] ${destinationLine}`], 70) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('xcodebuild-destination-missing');
  });
});

describe('the same tools where nothing failed to resolve, or the words do not say why', () => {
  test.each([
    // GraphMissingError over a remote Conan could not reach (remote_manager.py ConanConnectionError)
    [
      'conan-resolution-failed',
      "ERROR: Package 'zlib/1.3.1' not resolved: zlib/1.3.1: Error connecting to remote conancenter",
    ],
    // the job's remotes, not the package (proxy.py): left to other lines
    ['conan-resolution-failed', "ERROR: Package 'pkg/0.1' not resolved: No remote defined."],
    // conan list's report of what it did not find, printed on runs that pass (conan/api/subapi/list.py)
    ['conan-resolution-failed', 'Missing binary: zlib/1.3.1'],
    // rebar_fetch.erl: any failed tarball request, a timeout or a 5xx among them
    ['rebar-dependency-failed', '===> Failed to fetch and copy dep: jsx-3.1.0'],
    // rebar_packages.erl's warning on a Hex index it could not read: it goes on with the cache
    ['rebar-dependency-failed', '===> Failed to update package jsx from repo hexpm'],
    ['rebar-dependency-failed', '===> Fetching jsx v3.1.0'],
    // xcodebuild's other errors and its listing of the destinations it has
    [
      'xcodebuild-destination-missing',
      'xcodebuild: error: Existing file at -resultBundlePath "/output/file.xcresult"',
    ],
    ['xcodebuild-destination-missing', '\tAvailable destinations for the "App" scheme:'],
  ])('%s does not fire on: %s', (id, line) => expect(ruleFires(ruleSet, id, line)).toBe(false));

  test("a passing job whose steps printed the tools' near lines claims nothing", () => {
    const log = jobLog([
      ...actionsStep({ run: 'conan list "zlib/1.3.1:*" -r=conancenter' }, ['Missing binary: zlib/1.3.1']),
      ...actionsStep({ run: 'rebar3 compile' }, [
        '===> Failed to update package jsx from repo hexpm',
        '===> Fetching jsx v3.1.0',
        '===> Compiling jsx',
      ]),
      ...actionsStep({ run: 'xcodebuild -showdestinations -scheme App' }, destinationMissing.slice(8)),
      // the runner's last words on a job whose steps all passed
      'Cleaning up orphan processes',
    ]);
    const v = classify({ log });
    expect(v.rule).not.toMatch(/^(?:conan|rebar|xcodebuild)-/);
    expect(v.confidence).toBe('low');
  });
});
