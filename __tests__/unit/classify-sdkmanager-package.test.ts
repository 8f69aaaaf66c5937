/**
 * Issue 68 item 1, config: the Android SDK's sdkmanager asked for a package its repository does not list
 * (sdkmanager-package-missing), in the words of its InstallAction (a platform or build-tools version that does not
 * exist, or a path the job's configuration garbled). The job names what is not there: config, never retried. The
 * same line after the repository's lists failed to load is the network's fallout, not the job's configuration.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const run = 'sdkmanager "platform-tools" "platforms;android-99" "build-tools;99.0.0"';
const missing = "Warning: Failed to find package 'platforms;android-99'";

describe('sdkmanager: a package the repository does not list', () => {
  test('the quoted and the older unquoted forms fire; an app runtime\'s "package" lookups do not', () => {
    expect(ruleFires(ruleSet, 'sdkmanager-package-missing', missing)).toBe(true);
    expect(
      ruleFires(ruleSet, 'sdkmanager-package-missing', 'Warning: Failed to find package build-tools;99.0.0'),
    ).toBe(true);
    expect(
      ruleFires(ruleSet, 'sdkmanager-package-missing', "Warning: Failed to find package 'platform-tools'"),
    ).toBe(true);
    // Android's PackageManager (logcat) and ROS's ament index say other things in the same words.
    expect(
      ruleFires(
        ruleSet,
        'sdkmanager-package-missing',
        'Failed to find package android.content.pm.PackageManager$NameNotFoundException: com.example',
      ),
    ).toBe(false);
    expect(
      ruleFires(ruleSet, 'sdkmanager-package-missing', 'Failed to find package share directory: x'),
    ).toBe(false);
  });

  test('in a failed step it is config, shown on its line, and not retried', () => {
    const log = failedRunLog(
      run,
      ['Loading package information...', 'Loading local repository...', missing],
      1,
    );
    const v = classify({ log });
    expect(v).toMatchObject({ type: 'config', rule: 'sdkmanager-package-missing' });
    expect(v.evidence?.text).toBe(missing);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("after the repository's lists failed to download, the same line is no config failure", () => {
    const log = failedRunLog(
      run,
      [
        'Warning: Failed to download any source lists!',
        'Warning: IO exception while downloading manifest',
        "Warning: Failed to find package 'platform-tools'",
      ],
      1,
    );
    expect(classify({ log }).rule).not.toBe('sdkmanager-package-missing');
    expect(classify({ log }).type).not.toBe('config');
  });

  // RemoteRepoLoaderImpl.fetchPackages (Flank/mirror-goog-studio-main repository/src/main/java/com/android/
  // repository/impl/manager/RemoteRepoLoaderImpl.java @ 554a02af12982044dfdce3b1ea512781fae53fc0): a repository
  // whose manifest did not download logs the IOException's toString and lists no package; one whose answer was
  // no XML (a proxy's error page) logs `Errors during XML parse:`. Either way the package is missing because the
  // network failed, and a retry can find it.
  test.each([
    'Warning: java.net.UnknownHostException: dl.google.com',
    'Warning: java.net.SocketTimeoutException: Read timed out',
    'Warning: java.io.IOException: Server returned HTTP response code: 503 for URL: https://dl.google.com/android/repository/repository2-3.xml',
    'Warning: Errors during XML parse:',
  ])("after a repository's manifest failed to load (%s), the same line is no config failure", (loader) => {
    const log = failedRunLog(run, ['Loading package information...', loader, missing], 1);
    expect(classify({ log }).rule).not.toBe('sdkmanager-package-missing');
    expect(classify({ log }).type).not.toBe('config');
  });
});
