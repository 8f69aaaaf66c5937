/**
 * Mobile apps as their tools print them (issue 68, brief published-mobile): whole GitHub Actions steps of a macOS
 * job (Xcode, Swift, CocoaPods, fastlane) or of a Flutter job, each line taken from the tool's own source or from
 * an open repository's copy of a closed tool's line, cited per case; paths, names and numbers are made up, never
 * from the corpus. Sources read at these commits (git show on the fetched repositories):
 *
 * - swiftlang/swift-package-manager@cac6bb7b Sources/PackageManagerDocs/Documentation.docc/Dependencies/
 *   ResolvingDependencyFailures.md (`error: Dependencies could not be resolved because root depends on ...`),
 *   Sources/SourceControl/GitRepository.swift (`Failed to clone repository <url>`) and RepositoryManager.swift
 *   (isOffline: git's `Could not resolve host`), Documentation.docc/GettingStarted.md (XCTest's `Executed N tests,
 *   with M failures (U unexpected) in ...`);
 * - CocoaPods/CocoaPods@b80e113e lib/cocoapods/resolver.rb, external_sources/abstract_external_source.rb
 *   (`Unable to find a specification for`), installer/user_project_integrator/target_integrator.rb (the
 *   `[CP] Check Pods Manifest.lock` phase's `error: The sandbox is not in sync with the Podfile.lock. ...`),
 *   installer/analyzer/target_inspector.rb (the warning `Automatically assigning platform ...`);
 * - CocoaPods/Core@4c1beb2e lib/cocoapods-core/cdn_source.rb (`CDN: <repo> URL couldn't be downloaded: <url>
 *   Response: <code> <body>`);
 * - fastlane/fastlane@d5347690 fastlane/lib/fastlane/runner.rb (`Could not find action, lane or variable`),
 *   fastlane_core/lib/fastlane_core/ui/fastlane_runner.rb (`[!] <message>` on a user error),
 *   fastlane_core/lib/fastlane_core/command_executor.rb (`Exit status: N`), gym/lib/gym/error_handler.rb
 *   (`Error building the application - see the log above`), match/lib/match/encryption/openssl.rb (`Couldn't
 *   decrypt the repo, ...`, `Invalid password passed via 'MATCH_PASSWORD'`), scan/spec/fixtures/*.log
 *   (xcodebuild's and XCTest's own lines as fastlane captured them: `Test Case '-[...]' failed`, `** TEST
 *   FAILED **`);
 * - swiftlang/swift-testing@a53b5cd4 Sources/Testing/Events/Recorder/Event.HumanReadableOutputRecorder.swift
 *   (`<Test|Suite> <name> recorded an issue at <file>:<line>:<col>: <kind>`, `Test run with N tests in M suites
 *   failed after T seconds with K issues.`), Event.Symbol.swift (the fail symbol U+2718);
 * - dart-lang/dart_style@39edc2d9 lib/src/cli/show.dart (`Changed <path>`, `Formatted <path>`), summary.dart
 *   (`Formatted N files (M changed) in T seconds.`), formatter_options.dart (exit 1 with --set-exit-if-changed);
 * - dart-lang/pub@ec276d10 lib/src/solver/incompatibility.dart + failure.dart (`Because ... which doesn't match
 *   any versions, version solving failed.`), lib/src/source/hosted.dart (`Got socket error trying to find package
 *   <p> at <url>.`, `<code> <reason> trying to find package <p> at <url>.`), lib/src/http.dart (5xx, 408, 429 are
 *   intermittent).
 *
 * The others (swiftc's and clang's `path:line:col: error: message`, xcodebuild's own `** BUILD FAILED **`,
 * `xcodebuild: error: ...` and code-signing lines, which have no public source; XCTest's assertion text;
 * the Dart front end's `path:line:col: Error: message`; flutter_tools' Gradle line; SwiftLint's summary) name the documented form and say "documented form, not re-read at a
 * commit".
 */
import type { FailureType } from '../src/core/types.js';
import { jobLog } from './classify-logs.js';

export interface MobileCase {
  name: string;
  from: string;
  /** The step's script (`run:`), one entry a line. */
  script: string[];
  output: string[];
  /** The runner's exit line; none when the step passed. */
  exit?: number;
  /** TAXONOMY's type; `null` for a passing log, which no verdict may claim. */
  type: FailureType | null;
  /** What the line shown must match (it states the cause). */
  shown?: RegExp;
}

/** The macOS runner's checkout, where every path of these steps lives. */
export const W = '/Users/runner/work/app/app';

/** One step of a macOS job as the runner prints it: header, script lines in cyan, shell line, output, exit. */
export function macStep(c: Pick<MobileCase, 'script' | 'output' | 'exit'>): string[] {
  return [
    `##[group]Run ${c.script[0]}`,
    ...c.script.map((l) => `\u001b[36;1m${l}\u001b[0m`),
    'shell: /bin/bash -e {0}',
    'env:',
    '  DEVELOPER_DIR: /Applications/Xcode_16.2.app/Contents/Developer',
    '##[endgroup]',
    ...c.output,
    ...(c.exit === undefined ? [] : [`##[error]Process completed with exit code ${c.exit}.`]),
  ];
}

export const mobileLog = (c: MobileCase): string => jobLog(macStep(c));

const SPM = 'swiftlang/swift-package-manager@cac6bb7b';
const PODS = 'CocoaPods/CocoaPods@b80e113e';
const CORE = 'CocoaPods/Core@4c1beb2e';
const FL = 'fastlane/fastlane@d5347690';
const PUB = 'dart-lang/pub@ec276d10';
const ST = 'swiftlang/swift-testing@a53b5cd4';
const DS = 'dart-lang/dart_style@39edc2d9';
const DOC = 'documented form, not re-read at a commit';

/** fastlane's timestamped UI line (`[HH:MM:SS]: message`). */
const fl = (m: string): string => `[10:02:17]: ${m}`;

const XCB_HEAD = [
  'Command line invocation:',
  '    /Applications/Xcode_16.2.app/Contents/Developer/usr/bin/xcodebuild -workspace App.xcworkspace -scheme App -destination "platform=iOS Simulator,name=iPhone 16" build',
  '',
  'User defaults from command line:',
  '    IDEPackageSupportUseBuiltinSCM = YES',
  '',
];

const FLUTTER_PUB_HEAD = ['Resolving dependencies...', 'Downloading packages...'];

export const MOBILE_CASES: MobileCase[] = [
  // ---- config: a destination, scheme, lane, signing identity or password the job does not have
  {
    name: 'xcodebuild: no destination matching the specifier',
    from: `xcodebuild (closed source); ${DOC}, as fastlane's scan/lib/scan/error_handler.rb @ ${FL} matches it`,
    script: ['xcodebuild test -scheme App -destination "platform=iOS Simulator,name=iPhone 15,OS=17.0"'],
    output: [
      ...XCB_HEAD,
      'xcodebuild: error: Unable to find a destination matching the provided destination specifier:',
      '\t\t{ platform:iOS Simulator, OS:17.0, name:iPhone 15 }',
      '',
      '\tThe requested device could not be found because no available devices matched the request.',
      '',
      '\tAvailable destinations for the "App" scheme:',
      '\t\t{ platform:macOS, arch:arm64, variant:Designed for [iPad,iPhone], id:00006000-001A2B3C4D5E6F70, name:My Mac }',
    ],
    exit: 70,
    type: 'config',
    shown: /Unable to find a destination matching/,
  },
  {
    name: 'xcodebuild: the project has no such scheme',
    from: `xcodebuild (closed source); ${DOC}`,
    script: ['xcodebuild build -project App.xcodeproj -scheme AppRelease'],
    output: [
      ...XCB_HEAD,
      'xcodebuild: error: The project named "App" does not contain a scheme named "AppRelease". The "-list" option can be used to find the names of the schemes in the project.',
    ],
    exit: 65,
    type: 'config',
    shown: /does not contain a scheme named "AppRelease"/,
  },
  {
    name: 'fastlane: the lane the workflow names does not exist',
    from: `${FL} fastlane/lib/fastlane/runner.rb, fastlane_core/ui/fastlane_runner.rb`,
    script: ['bundle exec fastlane ios bete'],
    output: [
      fl('------------------------------'),
      fl('--- Step: default_platform ---'),
      fl('------------------------------'),
      fl("Driving the lane 'ios bete' 🚀"),
      '',
      "[!] Could not find action, lane or variable 'bete'. Check out the documentation for more details: https://docs.fastlane.tools/actions",
    ],
    exit: 1,
    type: 'config',
    shown: /Could not find action, lane or variable 'bete'/,
  },
  {
    name: "fastlane match: the job's MATCH_PASSWORD does not decrypt the certificates repo",
    from: `${FL} match/lib/match/encryption/openssl.rb`,
    script: ['bundle exec fastlane match appstore --readonly'],
    output: [
      fl('Cloning remote git repo...'),
      fl('Checking out branch master...'),
      fl("Couldn't decrypt the repo, please make sure you enter the right password!"),
      '',
      "[!] Invalid password passed via 'MATCH_PASSWORD'",
    ],
    exit: 1,
    type: 'config',
    shown: /decrypt the repo|Invalid password passed via 'MATCH_PASSWORD'/,
  },
  {
    name: 'xcodebuild: no provisioning profile for the bundle id',
    from: `xcodebuild (closed source); ${DOC}; gym/lib/gym/error_handler.rb @ ${FL} matches 'matching the bundle identifier'`,
    script: ['xcodebuild archive -workspace App.xcworkspace -scheme App -archivePath build/App.xcarchive'],
    output: [
      ...XCB_HEAD,
      `${W}/App.xcodeproj: error: No profiles for 'com.example.shop' were found: Xcode couldn't find any iOS App Store provisioning profiles matching 'com.example.shop'. Automatic signing is disabled and unable to generate a profile. To enable automatic signing, pass -allowProvisioningUpdates to xcodebuild. (in target 'Shop' from project 'App')`,
      '** ARCHIVE FAILED **',
    ],
    exit: 65,
    type: 'config',
    shown: /No profiles for 'com\.example\.shop' were found/,
  },
  {
    name: 'xcodebuild: signing requires a development team (Code Signing Error)',
    from: `xcodebuild (closed source); ${DOC}`,
    script: ['xcodebuild build -project App.xcodeproj -scheme App -sdk iphoneos'],
    output: [
      ...XCB_HEAD,
      `${W}/App.xcodeproj: error: Signing for "App" requires a development team. Select a development team in the Signing & Capabilities editor. (in target 'App' from project 'App')`,
      '** BUILD FAILED **',
    ],
    exit: 65,
    type: 'config',
    shown: /requires a development team/,
  },
  // ---- dependency: pod, SPM and pub resolution
  {
    name: 'pod install: no compatible versions for a pod',
    from: `${PODS} lib/cocoapods/resolver.rb`,
    script: ['cd ios', 'pod install'],
    output: [
      'Analyzing dependencies',
      '[!] CocoaPods could not find compatible versions for pod "Firebase/Core":',
      '  In Podfile:',
      '    Firebase/Core (~> 11.0)',
      '',
      'None of your spec sources contain a spec satisfying the dependency: `Firebase/Core (~> 11.0)`.',
    ],
    exit: 1,
    type: 'dependency',
    shown: /could not find compatible versions for pod "Firebase\/Core"/,
  },
  {
    name: 'pod install: no specification for a pod',
    from: `${PODS} lib/cocoapods/resolver.rb`,
    script: ['pod install --project-directory=ios'],
    output: ['Analyzing dependencies', '[!] Unable to find a specification for `ShopKitz`'],
    exit: 1,
    type: 'dependency',
    shown: /Unable to find a specification for `ShopKitz`/,
  },
  {
    name: 'SwiftPM: dependencies could not be resolved',
    from: `${SPM} Documentation.docc/Dependencies/ResolvingDependencyFailures.md`,
    script: ['swift build -c release'],
    output: [
      'Fetching https://github.com/example/netkit.git',
      'Fetched https://github.com/example/netkit.git from cache (0.84s)',
      "error: Dependencies could not be resolved because root depends on 'netkit' 3.0.0..<4.0.0.",
      "'netkit' >= 3.0.0 cannot be used because no versions of 'netkit' match the requirement 3.0.0..<4.0.0 and root depends on 'netkit' 3.0.0..<4.0.0.",
    ],
    exit: 1,
    type: 'dependency',
    shown: /Dependencies could not be resolved/,
  },
  {
    name: "flutter pub get: a version constraint no version matches (pub's solver)",
    from: `${PUB} lib/src/solver/incompatibility.dart, failure.dart`,
    script: ['flutter pub get'],
    output: [
      ...FLUTTER_PUB_HEAD.slice(0, 1),
      "Because app depends on shop_api >=2.0.0 which doesn't match any versions, version solving failed.",
      '',
      'You can try the following suggestion to make the pubspec resolve:',
      '* Try updating your constraint on shop_api: flutter pub add shop_api:^1.4.0',
      'Failed to update packages.',
    ],
    exit: 1,
    type: 'dependency',
    shown: /version solving failed/,
  },
  {
    name: 'Xcode: the Pods sandbox is not in sync with Podfile.lock (pod install not run)',
    from: `${PODS} installer/user_project_integrator/target_integrator.rb (the Check Pods Manifest.lock phase)`,
    script: ['xcodebuild build -workspace App.xcworkspace -scheme App'],
    output: [
      ...XCB_HEAD,
      "PhaseScriptExecution [CP]\\ Check\\ Pods\\ Manifest.lock /Users/runner/Library/Developer/Xcode/DerivedData/App-abc/Build/Intermediates.noindex/App.build/Debug-iphonesimulator/App.build/Script-1A2B.sh (in target 'App' from project 'App')",
      "error: The sandbox is not in sync with the Podfile.lock. Run 'pod install' or update your CocoaPods installation.",
      '** BUILD FAILED **',
    ],
    exit: 65,
    type: 'dependency',
    shown: /sandbox is not in sync with the Podfile\.lock/,
  },
  // ---- build: the compiler's first error, never xcodebuild's or fastlane's summary
  {
    name: "xcodebuild: swiftc's error under ** BUILD FAILED **",
    from: `swiftc diagnostics, xcodebuild (closed source); ${DOC}`,
    script: [
      'xcodebuild build -workspace App.xcworkspace -scheme App -destination "platform=iOS Simulator,name=iPhone 16"',
    ],
    output: [
      ...XCB_HEAD,
      `SwiftCompile normal arm64 Compiling\\ Cart.swift ${W}/App/Cart.swift (in target 'App' from project 'App')`,
      `${W}/App/Cart.swift:12:5: error: cannot find 'totl' in scope`,
      '    totl += item.price',
      '    ^~~~',
      '',
      'The following build commands failed:',
      `\tSwiftCompile normal arm64 ${W}/App/Cart.swift (in target 'App' from project 'App')`,
      '(1 failure)',
      '** BUILD FAILED **',
    ],
    exit: 65,
    type: 'build',
    shown: /Cart\.swift:12:5: error: cannot find 'totl' in scope/,
  },
  {
    name: "swift build: a compile error, then SwiftPM's own `error: fatalError`",
    from: `${SPM}; swiftc diagnostics ${DOC}`,
    script: ['swift build'],
    output: [
      'Building for debugging...',
      `${W}/Sources/Shop/Order.swift:7:16: error: value of type 'Order' has no member 'totl'`,
      '        return totl',
      '               ^~~~',
      'error: fatalError',
    ],
    exit: 1,
    type: 'build',
    shown: /Order\.swift:7:16: error: value of type 'Order' has no member/,
  },
  {
    name: "xcodebuild: clang's fatal error on a missing header",
    from: `clang diagnostics; ${DOC}`,
    script: ['xcodebuild build -workspace App.xcworkspace -scheme App'],
    output: [
      ...XCB_HEAD,
      `${W}/App/AppDelegate.m:3:9: fatal error: 'ShopKit/ShopKit.h' file not found`,
      '#import <ShopKit/ShopKit.h>',
      '        ^~~~~~~~~~~~~~~~~~~',
      '1 error generated.',
      '** BUILD FAILED **',
    ],
    exit: 65,
    type: 'build',
    shown: /AppDelegate\.m:3:9: fatal error: 'ShopKit\/ShopKit\.h' file not found/,
  },
  {
    // A transient type's line is no cause of the wrapper that toldOverCommand lets yield (weigh.ts): the phase
    // survived its download, the link failed; retrying it fails the same way (review of h/published-mobile, high).
    name: "xcodebuild: a build phase's wget 503 above a link error no rule reads, under ** BUILD FAILED **",
    from: `GNU wget's \`ERROR 503: Service Unavailable.\` (rule wget-http-server-error); ld64 and xcodebuild (closed source); ${DOC}`,
    script: ['xcodebuild build -workspace App.xcworkspace -scheme App'],
    output: [
      ...XCB_HEAD,
      "PhaseScriptExecution Fetch\\ Licenses /Users/runner/Library/Developer/Xcode/DerivedData/App-abc/Build/Intermediates.noindex/App.build/Debug-iphonesimulator/App.build/Script-1A2B.sh (in target 'App' from project 'App')",
      '2026-01-05 10:14:06 ERROR 503: Service Unavailable.',
      "ld: framework 'Alamofire' not found",
      '** BUILD FAILED **',
    ],
    exit: 65,
    type: 'build',
    shown: /\*\* BUILD FAILED \*\*|framework 'Alamofire' not found/,
  },
  {
    name: 'fastlane gym: the Swift error under `Exit status: 65` and `[!] Error building the application`',
    from: `${FL} gym/lib/gym/error_handler.rb, fastlane_core/command_executor.rb`,
    script: ['bundle exec fastlane ios release'],
    output: [
      fl(
        '$ set -o pipefail && xcodebuild -workspace ./App.xcworkspace -scheme App archive | tee /Users/runner/Library/Logs/gym/App-App.log | xcpretty',
      ),
      fl('▸ Compiling Cart.swift'),
      `${W}/App/Cart.swift:30:18: error: cannot convert value of type 'String' to expected argument type 'Int'`,
      fl('Exit status: 65'),
      fl('Error building the application - see the log above'),
      '',
      '[!] Error building the application - see the log above',
    ],
    exit: 1,
    type: 'build',
    shown: /Cart\.swift:30:18: error: cannot convert value/,
  },
  {
    name: "flutter build apk: the Dart front end's error, then Gradle's failure",
    from: `flutter_tools' Gradle and the Dart front end; ${DOC}`,
    script: ['flutter build apk --release'],
    output: [
      "Running Gradle task 'assembleRelease'...",
      "lib/cart.dart:14:12: Error: The getter 'totl' isn't defined for the class 'Cart'.",
      " - 'Cart' is from 'package:app/cart.dart' ('lib/cart.dart').",
      "Try correcting the name to the name of an existing getter, or defining a getter or field named 'totl'.",
      '    return totl;',
      '           ^^^^',
      'Target kernel_snapshot_program failed: Exception',
      '',
      'FAILURE: Build failed with an exception.',
      '',
      '* What went wrong:',
      "Execution failed for task ':app:compileFlutterBuildRelease'.",
      "> Process 'command '/Users/runner/hostedtoolcache/flutter/stable-3.24.5-arm64/bin/flutter'' finished with non-zero exit value 1",
      '',
      'BUILD FAILED in 41s',
      'Gradle task assembleRelease failed with exit code 1',
    ],
    exit: 1,
    type: 'build',
    shown: /cart\.dart:14:12: Error: The getter 'totl' isn't defined/,
  },
  // ---- test: XCTest, swift-testing, flutter test
  {
    name: 'swift test: an XCTAssertEqual failure and the Executed summary',
    from: `XCTest; ${SPM} GettingStarted.md (the summary); ${DOC}`,
    script: ['swift test'],
    output: [
      'Building for debugging...',
      'Build complete! (4.12s)',
      "Test Suite 'All tests' started at 2026-01-01 10:00:10.123.",
      "Test Case '-[ShopTests.CartTests testTotal]' started.",
      `${W}/Tests/ShopTests/CartTests.swift:15: error: -[ShopTests.CartTests testTotal] : XCTAssertEqual failed: ("1") is not equal to ("2")`,
      "Test Case '-[ShopTests.CartTests testTotal]' failed (0.002 seconds).",
      "Test Suite 'All tests' failed at 2026-01-01 10:00:10.130.",
      '\t Executed 3 tests, with 1 failure (0 unexpected) in 0.005 (0.007) seconds',
    ],
    exit: 1,
    type: 'test',
    shown: /testTotal|XCTAssertEqual failed/,
  },
  {
    name: 'swift test: a swift-testing expectation recorded an issue (✘)',
    from: `${ST} Event.HumanReadableOutputRecorder.swift, Event.Symbol.swift`,
    script: ['swift test --disable-xctest'],
    output: [
      'Build complete! (3.02s)',
      '◇ Test run started.',
      '◇ Test total() started.',
      '✘ Test total() recorded an issue at CartTests.swift:9:5: Expectation failed: (cart.total → 3) == 2',
      '✘ Test total() failed after 0.001 seconds with 1 issue.',
      '✘ Test run with 4 tests in 1 suite failed after 0.002 seconds with 1 issue.',
    ],
    exit: 1,
    type: 'test',
    shown: /Test total\(\) recorded an issue at CartTests\.swift:9:5/,
  },
  {
    name: 'swift test: swift-testing before 6.2, whose closing tally counts no suites',
    from: `swiftlang/swift-testing@17c00b09^ (before 'Include total number of suites', 6.2) Event.HumanReadableOutputRecorder.swift`,
    script: ['swift test --disable-xctest'],
    output: [
      'Build complete! (3.02s)',
      '◇ Test run started.',
      '◇ Test total() started.',
      '✘ Test total() recorded an issue at CartTests.swift:9:5: Expectation failed: (cart.total → 3) == 2',
      '✘ Test total() failed after 0.001 seconds with 1 issue.',
      '✘ Test run with 4 tests failed after 0.002 seconds with 1 issue.',
    ],
    exit: 1,
    type: 'test',
    shown: /Test total\(\) recorded an issue at CartTests\.swift:9:5/,
  },
  {
    name: 'xcodebuild test: a failed XCTest case and ** TEST FAILED **',
    from: `${FL} scan/spec/fixtures/non_parallel_testing_failure.log (XCTest's and xcodebuild's own lines)`,
    script: ['xcodebuild test -scheme App -destination "platform=iOS Simulator,name=iPhone 16"'],
    output: [
      ...XCB_HEAD,
      "Test Suite 'AppTests' started at 2026-01-01 10:00:12.432.",
      "Test Case '-[AppTests.LoginTests testLogin]' started.",
      `${W}/AppTests/LoginTests.swift:21: error: -[AppTests.LoginTests testLogin] : XCTAssertTrue failed`,
      "Test Case '-[AppTests.LoginTests testLogin]' failed (0.012 seconds).",
      "Test Suite 'AppTests' failed at 2026-01-01 10:00:12.450.",
      '\t Executed 9 tests, with 1 failure (0 unexpected) in 0.018 (0.021) seconds',
      '',
      'Failing tests:',
      '\tLoginTests.testLogin()',
      '',
      '** TEST FAILED **',
    ],
    exit: 65,
    type: 'test',
    shown: /testLogin/,
  },
  {
    name: 'flutter test: a failed test ([E]) and Some tests failed.',
    from: `dart-lang/test's expanded reporter (rule dart-test-failed); ${DOC}`,
    script: ['flutter test'],
    output: [
      '00:03 +0: loading /Users/runner/work/app/app/test/widget_test.dart',
      '00:05 +1: Counter starts at zero',
      '══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════════════════════════════',
      'The following TestFailure was thrown running a test:',
      'Expected: exactly one matching candidate',
      '  Actual: _TextWidgetFinder:<Found 0 widgets with text "1": []>',
      '00:06 +1 -1: Counter increments [E]',
      '  Test failed. See exception logs above.',
      '  The test description was: Counter increments',
      '00:06 +1 -1: Some tests failed.',
    ],
    exit: 1,
    type: 'test',
    shown: /Counter increments/,
  },
  {
    name: "a test named testNetworkFailure fails, printing git's 'Could not resolve host'",
    from: `XCTest; the wording a program under test prints (${SPM} RepositoryManager.swift isOffline)`,
    script: ['swift test'],
    output: [
      'Build complete! (4.12s)',
      "Test Case '-[SyncTests.FetchTests testNetworkFailure]' started.",
      "fatal: unable to access 'https://example.invalid/repo.git/': Could not resolve host: example.invalid",
      `${W}/Tests/SyncTests/FetchTests.swift:40: error: -[SyncTests.FetchTests testNetworkFailure] : XCTAssertEqual failed: ("offline") is not equal to ("unreachable")`,
      "Test Case '-[SyncTests.FetchTests testNetworkFailure]' failed (0.210 seconds).",
      '\t Executed 5 tests, with 1 failure (0 unexpected) in 0.300 (0.310) seconds',
    ],
    exit: 1,
    type: 'test',
    shown: /testNetworkFailure/,
  },
  {
    // The network rules skip a test's own lines only until the run's end (their unlessAfter's until): a later
    // command's real failure in the same step is the network again (review of h/published-mobile, medium).
    name: "swift test passes, then the step's git push meets a real 'Could not resolve host'",
    from: `XCTest's \`Test Suite 'All tests' passed at\` (${FL} scan/spec/fixtures/*.log); git's remote-curl line`,
    script: ['swift test', 'git push origin HEAD:gh-pages'],
    output: [
      "Test Suite 'All tests' started at 2026-01-05 10:14:06.120.",
      "Test Case '-[SyncTests.FetchTests testFetch]' started.",
      "Test Case '-[SyncTests.FetchTests testFetch]' passed (0.210 seconds).",
      "Test Suite 'All tests' passed at 2026-01-05 10:14:06.331.",
      '\t Executed 1 test, with 0 failures (0 unexpected) in 0.210 (0.211) seconds',
      "fatal: unable to access 'https://github.com/example/app.git/': Could not resolve host: github.com",
    ],
    exit: 128,
    type: 'network',
    shown: /Could not resolve host: github\.com/,
  },
  {
    name: "swift-testing's run passes, then the step's git push meets a real 'Could not resolve host'",
    from: `${ST} Event.HumanReadableOutputRecorder.swift (runStarted, runEnded); git's remote-curl line`,
    script: ['swift test', 'git push origin HEAD:gh-pages'],
    output: [
      '\u25c7 Test run started.',
      '\u25c7 Test total() started.',
      '\u2714 Test total() passed after 0.001 seconds.',
      '\u2714 Test run with 1 test in 1 suite passed after 0.001 seconds.',
      "fatal: unable to access 'https://github.com/example/app.git/': Could not resolve host: github.com",
    ],
    exit: 128,
    type: 'network',
    shown: /Could not resolve host: github\.com/,
  },
  // ---- quality-gate: swiftlint --strict, flutter analyze, dart format
  {
    name: 'swiftlint --strict: a violation (a warning made an error)',
    from: `realm/SwiftLint's Xcode reporter (rule swiftlint-violation); ${DOC}`,
    script: ['swiftlint lint --strict'],
    output: [
      'Linting Swift files in current working directory',
      "Linting 'Cart.swift' (1/2)",
      "Linting 'Order.swift' (2/2)",
      `${W}/App/Cart.swift:40:1: error: Line Length Violation: Line should be 120 characters or less; currently it has 141 characters (line_length)`,
      'Done linting! Found 1 violation, 1 serious in 2 files.',
    ],
    exit: 2,
    type: 'quality-gate',
    shown: /Line Length Violation/,
  },
  {
    name: 'flutter analyze: an issue line, not the summary',
    from: `flutter_tools analyze (rule flutter-analyze); ${DOC}`,
    script: ['flutter analyze'],
    output: [
      'Analyzing app...',
      '',
      "   info • Don't use 'BuildContext's across async gaps • lib/cart.dart:31:20 • use_build_context_synchronously",
      "  error • Target of URI doesn't exist: 'package:app/missing.dart' • lib/main.dart:3:8 • uri_does_not_exist",
      '',
      '2 issues found. (ran in 3.1s)',
    ],
    exit: 1,
    type: 'quality-gate',
    shown: /•/,
  },
  {
    name: 'dart format --set-exit-if-changed: a file would change',
    from: `${DS} lib/src/cli/show.dart, summary.dart, formatter_options.dart`,
    script: ['dart format --output=none --set-exit-if-changed .'],
    output: ['Changed lib/cart.dart', 'Formatted 24 files (1 changed) in 0.41 seconds.'],
    exit: 1,
    type: 'quality-gate',
    shown: /Changed lib\/cart\.dart|1 changed/,
  },
  // ---- transient: a CDN, pub.dev or GitHub's DNS failing the job once
  {
    name: "pod install: CocoaPods' CDN answering 503",
    from: `${CORE} lib/cocoapods-core/cdn_source.rb`,
    script: ['pod install --repo-update'],
    output: [
      'Analyzing dependencies',
      "[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/all_pods_versions_a_7_5.txt Response: 503 Service Unavailable",
    ],
    exit: 1,
    type: 'network',
    shown: /CDN: trunk URL couldn't be downloaded: .* Response: 503/,
  },
  {
    name: 'flutter pub get: a socket error reaching pub.dev',
    from: `${PUB} lib/src/source/hosted.dart`,
    script: ['flutter pub get'],
    output: [
      'Resolving dependencies...',
      'Got socket error trying to find package provider at https://pub.dev.',
      'Failed to update packages.',
    ],
    exit: 1,
    type: 'network',
    shown: /Got socket error trying to find package provider/,
  },
  {
    name: 'dart pub get: pub.dev answering 503',
    from: `${PUB} lib/src/source/hosted.dart, lib/src/http.dart`,
    script: ['dart pub get'],
    output: [
      'Resolving dependencies...',
      '503 Service Unavailable trying to find package http at https://pub.dev.',
    ],
    exit: 69,
    type: 'network',
    shown: /503 Service Unavailable trying to find package http/,
  },
  {
    name: "swift package resolve: git's Could not resolve host under SwiftPM's clone",
    from: `${SPM} Sources/SourceControl/GitRepository.swift, RepositoryManager.swift`,
    script: ['swift package resolve'],
    output: [
      'Fetching https://github.com/example/netkit.git',
      'error: Failed to clone repository https://github.com/example/netkit.git:',
      "    Cloning into bare repository '/Users/runner/work/app/app/.build/repositories/netkit-1a2b3c4d'...",
      "    fatal: unable to access 'https://github.com/example/netkit.git/': Could not resolve host: github.com",
    ],
    exit: 1,
    type: 'network',
    shown: /Could not resolve host: github\.com/,
  },
  // ---- passing look-alikes: nothing above low
  {
    name: 'passing: an Xcode build with a deprecation warning',
    from: `swiftc diagnostics; ${DOC}`,
    script: ['xcodebuild build -workspace App.xcworkspace -scheme App'],
    output: [
      ...XCB_HEAD,
      `${W}/App/Cart.swift:8:9: warning: 'NSKeyedUnarchiver.unarchiveObject(with:)' was deprecated in iOS 12.0: Use +unarchivedObjectOfClass:fromData:error: instead`,
      '** BUILD SUCCEEDED **',
    ],
    type: null,
  },
  {
    name: 'passing: pod install with its [!] platform warning',
    from: `${PODS} installer/analyzer/target_inspector.rb`,
    script: ['pod install'],
    output: [
      'Analyzing dependencies',
      'Downloading dependencies',
      'Installing Alamofire (5.9.1)',
      'Generating Pods project',
      'Integrating client project',
      'Pod installation complete! There is 1 dependency from the Podfile and 1 total pod installed.',
      '',
      '[!] Automatically assigning platform `iOS` with version `15.0` on target `App` because no platform was specified. Please specify a platform for this target in your Podfile. See `https://guides.cocoapods.org/syntax/podfile.html#platform`.',
    ],
    type: null,
  },
  {
    name: "passing: testNetworkFailure passes, printing git's 'Could not resolve host'",
    from: `XCTest; ${DOC}`,
    script: ['swift test'],
    output: [
      'Build complete! (4.12s)',
      "Test Case '-[SyncTests.FetchTests testNetworkFailure]' started.",
      "fatal: unable to access 'https://example.invalid/repo.git/': Could not resolve host: example.invalid",
      "Test Case '-[SyncTests.FetchTests testNetworkFailure]' passed (0.210 seconds).",
      '\t Executed 5 tests, with 0 failures (0 unexpected) in 0.300 (0.310) seconds',
    ],
    type: null,
  },
  {
    name: 'passing: dart format writes the files it changed and the step goes on',
    from: `${DS} lib/src/cli/show.dart, summary.dart`,
    script: ['dart format lib test'],
    output: ['Formatted lib/cart.dart', 'Formatted 24 files (1 changed) in 0.41 seconds.'],
    type: null,
  },
];
