/**
 * Windows runners and .NET on their tools' own published lines (`__tests__/published-windows-battery.ts`, each
 * wording cited to its source there), as whole GitHub Actions steps of a Windows job: every failure typed as a
 * person would label it, retried only when transient, with the line shown stating the cause; a passing step
 * claims nothing above low. And the mechanisms this battery found missing: PowerShell refusing a parameter or a
 * path (pwsh-parameter-or-path-missing), its parser refusing the step's script (pwsh-parser-error), cmd's missing
 * path (cmd-path-not-found), NU1301 with the server-side cause NuGet names (nuget-source-server-error) or the
 * feed refusing the job's credentials (nuget-source-unauthorized), vstest's
 * line naming the failed test (vstest-failed-test), its blame hang timeout (vstest-blame-hang), and a code-style
 * IDExxxx error (dotnet-code-style-error).
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { retriedOnPr, ruleFires, runAttemptVerdict } from '../classify-logs.js';
import { concise, WINDOWS_CASES, windowsLog, type WindowsCase } from '../published-windows-battery.js';

const TRANSIENT = new Set(['network', 'infrastructure', 'timeout']);

describe('Windows and .NET failures as their tools print them', () => {
  test.each(WINDOWS_CASES.map((c) => [c.name, c]))('%s', (_name, c: WindowsCase) => {
    const v = classify({ log: windowsLog(c) });
    if (c.type === null) {
      expect(v.confidence).toBe('low');
      expect(retriedOnPr(v)).toBe(false);
      return;
    }
    expect(v.type).toBe(c.type);
    if (c.type !== 'resource') expect(retriedOnPr(v)).toBe(TRANSIENT.has(c.type));
    if (c.exit !== undefined) {
      // The same script under run/ (its own output, command and status) is typed and retried alike.
      const own = runAttemptVerdict(c.script.join('\n'), c.output, c.exit);
      expect({ type: own.type, retried: retriedOnPr(own) }).toEqual({
        type: v.type,
        retried: retriedOnPr(v),
      });
    }
    expect(v.evidence?.text ?? '').toMatch(c.shown ?? /./);
  });
});

const fires = (id: string, line: string): boolean => ruleFires(defaultRuleSet(), id, line);

describe("PowerShell refusing the step's parameter or path (rule pwsh-parameter-or-path-missing)", () => {
  // PowerShell/PowerShell@92990369 ParameterBinderStrings.resx NamedParameterNotFound, SessionStateStrings.resx
  // PathNotFound; ConciseView's `     | ` and NormalView's `Cmdlet : `.
  test.each([
    "     | A parameter cannot be found that matches parameter name 'Recurse'.",
    "Remove-Item : A parameter cannot be found that matches parameter name 'rf'.",
    "     | Cannot find path 'C:\\Users\\runneradmin\\AppData\\Local\\Temp\\out' because it does not exist.",
  ])('fires on %s', (line) => {
    expect(fires('pwsh-parameter-or-path-missing', line)).toBe(true);
  });

  test.each([
    "System.Management.Automation.ItemNotFoundException: Cannot find path 'x' because it does not exist.",
    "    Expected no exception, but got: Cannot find path 'D:\\a\\m\\m\\fixtures' because it does not exist.",
  ])("a test's exception quoting the words is the test's: %s", (line) => {
    expect(fires('pwsh-parameter-or-path-missing', line)).toBe(false);
  });
});

describe("PowerShell cannot parse the step's script (rule pwsh-parser-error)", () => {
  test('ConciseView and 5.1 NormalView forms fire; a ParserError word elsewhere does not', () => {
    expect(fires('pwsh-parser-error', 'ParserError: D:\\a\\_temp\\0a1b.ps1:12')).toBe(true);
    expect(
      fires('pwsh-parser-error', '    + CategoryInfo          : ParserError: (:) [], ParseException'),
    ).toBe(true);
    expect(fires('pwsh-parser-error', 'ParserError: the YAML front matter is malformed')).toBe(false);
  });

  test('the ConciseView block it heads is the whole error: type config, header shown', () => {
    const v = classify({
      log: windowsLog({
        name: 'parser',
        from: 'test',
        shell: 'pwsh',
        script: ['foreach ($p in Get-ChildItem *.csproj { dotnet pack $p }'],
        output: concise('ParserError', 1, 'foreach ($p in Get-ChildItem *.csproj { dotnet pack $p }', '  ~', [
          "Missing closing ')' in expression.",
        ]),
        exit: 1,
        type: 'config',
      }),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'pwsh-parser-error' });
  });
});

describe("cmd's own line for a missing path (rule cmd-path-not-found)", () => {
  test.each([
    ['The system cannot find the path specified.', true],
    ['The system cannot find the file specified.', true],
    ['java.io.FileNotFoundException: C:\\a\\x.txt (The system cannot find the path specified)', false],
    ['Error: ENOENT: The system cannot find the path specified. (os error 3)', false],
  ])('%s: %s', (line, want) => {
    expect(fires('cmd-path-not-found', line)).toBe(want);
  });
});

describe('NU1301 with the server-side cause NuGet names (rule nuget-source-server-error)', () => {
  const P = 'D:\\a\\app\\app\\App.csproj : error NU1301:   ';
  test.each([
    `${P}Response status code does not indicate success: 502 (Bad Gateway). [D:\\a\\app\\app\\App.sln]`,
    `${P}Response status code does not indicate success: 429 (Too Many Requests).`,
    `${P}The HTTP request to 'GET https://f.example.org/v3/index.json' has timed out after 100000ms.`,
    `${P}Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host..`,
    `${P}Unable to read data from the transport connection: Connection reset by peer.`,
    `${P} Received an unexpected EOF or 0 bytes from the transport stream.`,
    `${P}Authentication failed because the remote party has closed the transport stream.`,
  ])('fires on %s', (line) => {
    expect(fires('nuget-source-server-error', line)).toBe(true);
  });

  test('the SSL wrapper line is not the cause: a certificate the runner does not trust is not retried', () => {
    // dotnet/runtime@015510ca System.Net.Security Strings.resx net_ssl_io_cert_validation; the chain form
    // `... because of errors in the certificate chain: UntrustedRoot` as NuGet prints the inner exception.
    const S = ' [D:\\a\\app\\app\\App.sln]';
    expect(
      fires(
        'nuget-source-server-error',
        `${P}The SSL connection could not be established, see inner exception.`,
      ),
    ).toBe(false);
    for (const cert of [
      'The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot',
      'The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch',
    ]) {
      const v = classify({
        log: windowsLog({
          name: 'cert',
          from: 'test',
          shell: 'pwsh',
          script: ['dotnet restore'],
          output: [
            `D:\\a\\app\\app\\App.csproj : error NU1301: Unable to load the service index for source https://nuget.corp.example/v3/index.json.${S}`,
            `${P}The SSL connection could not be established, see inner exception.${S}`,
            `${P}${cert}${S}`,
          ],
          exit: 1,
          type: 'config',
        }),
      });
      expect(v.type).not.toBe('network');
      expect(retriedOnPr(v)).toBe(false);
    }
  });

  test("a private feed's 401 is credentials, not a transient: config (rule nuget-source-unauthorized), not retried", () => {
    const line = `${P}Response status code does not indicate success: 401 (Unauthorized). [D:\\a\\app\\app\\App.sln]`;
    expect(fires('nuget-source-server-error', line)).toBe(false);
    const v = classify({
      log: windowsLog({
        name: '401',
        from: 'test',
        shell: 'pwsh',
        script: ['dotnet restore'],
        output: [
          'D:\\a\\app\\app\\App.csproj : error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/c/_packaging/f/nuget/v3/index.json. [D:\\a\\app\\app\\App.sln]',
          line,
        ],
        exit: 1,
        type: 'config',
      }),
    });
    expect(v).toMatchObject({ type: 'config', rule: 'nuget-source-unauthorized' });
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("vstest's line naming the failed test (rule vstest-failed-test)", () => {
  // microsoft/vstest@0b289d54 ConsoleLogger.cs: `  Failed <name> [<duration>]`, GetFormattedDurationString.
  test.each([
    ['  Failed Shop.Tests.OrderTests.Total_IncludesTax [6 ms]', true],
    ['  Failed Shop.Tests.SlowTests.Import [2 m 14 s]', true],
    ['  Failed Shop.Tests.A.B [< 1 ms]', true],
    ['Failed Shop.Tests.A.B [1 h 3 m]', true],
    ['  Passed Shop.Tests.OrderTests.Subtotal [1 ms]', false],
    ['  Failed to restore D:\\a\\app\\app\\App.csproj (in 1.21 sec).', false],
    [
      'Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42, Duration: 212 ms - Shop.Tests.dll (net8.0)',
      false,
    ],
    ['  Failed to build Shop.Api [D:\\a\\x\\x\\Shop.Api.csproj]', false],
  ])('%s: %s', (line, want) => {
    expect(fires('vstest-failed-test', line)).toBe(want);
  });
});

describe("vstest's blame hang timeout (rule vstest-blame-hang)", () => {
  test('the Blame collector aborting the run fires; another collector message does not', () => {
    expect(
      fires(
        'vstest-blame-hang',
        "Data collector 'Blame' message: The specified inactivity time of 30 seconds has elapsed. Collecting hang dumps from testhost and its child processes.",
      ),
    ).toBe(true);
    expect(fires('vstest-blame-hang', "Data collector 'Blame' message: Dumping 4312 - testhost.exe.")).toBe(
      false,
    );
  });
});

describe('a code-style IDE error (rule dotnet-code-style-error)', () => {
  test.each([
    [
      'D:\\a\\x\\x\\src\\P.cs(3,1): error IDE0005: Using directive is unnecessary. [D:\\a\\x\\x\\P.csproj]',
      true,
    ],
    [
      '/home/runner/work/x/x/src/P.cs(3,1): error IDE0055: Fix formatting [/home/runner/work/x/x/P.csproj]',
      true,
    ],
    [
      'D:\\a\\x\\x\\src\\P.cs(3,1): warning IDE0005: Using directive is unnecessary. [D:\\a\\x\\x\\P.csproj]',
      false,
    ],
    ["D:\\a\\x\\x\\src\\P.cs(3,1): error CS0246: The type or namespace name 'X' could not be found", false],
  ])('%s: %s', (line, want) => {
    expect(fires('dotnet-code-style-error', line)).toBe(want);
  });

  test('under `dotnet build` it is the code style, not a failed compile', () => {
    const v = classify({
      log: windowsLog({
        name: 'ide',
        from: 'test',
        shell: 'pwsh',
        script: ['dotnet build -c Release -p:EnforceCodeStyleInBuild=true'],
        output: [
          'D:\\a\\x\\x\\src\\P.cs(3,1): error IDE0005: Using directive is unnecessary. [D:\\a\\x\\x\\P.csproj]',
          '',
          'Build FAILED.',
          '    0 Warning(s)',
          '    1 Error(s)',
        ],
        exit: 1,
        type: 'quality-gate',
      }),
    });
    expect(v).toMatchObject({ type: 'quality-gate', rule: 'dotnet-code-style-error' });
  });
});
