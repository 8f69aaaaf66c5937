/**
 * Windows runners and .NET as their tools print them (issue 68, brief published-windows): whole GitHub Actions
 * steps of a Windows job, each line taken from the tool's own source, cited per case; paths, names and numbers
 * are made up, never from the corpus. Sources read at these commits (git show on the fetched repositories):
 *
 * - PowerShell/PowerShell@92990369 src/System.Management.Automation/resources/*.resx and ConciseView
 *   (FormatAndOutput/DefaultFormatters/PowerShellCore_format_ps1xml.cs: `${reason}: ${ScriptName}:${line}`, then
 *   `Line |`, the script's line, the `~` marker and `     | message`);
 * - actions/runner@258d6c85 src/Runner.Worker/Handlers/ScriptHandlerHelpers.cs (pwsh: `-command ". '{0}'"`,
 *   `$ErrorActionPreference = 'stop'` prepended, so a script's line N is the file's line N+1; cmd:
 *   `/D /E:ON /V:OFF /S /C "CALL "{0}""`) and ScriptHandler.cs (`shell: <path> <args>`);
 * - dotnet/msbuild@05f08912 src/MSBuild/Resources/Strings.resx, src/Build/Resources/Strings.resx,
 *   src/Tasks/Resources/Strings.resx;
 * - NuGet/NuGet.Client@fac35579 src/NuGet.Core/NuGet.Commands/Strings.resx, NuGet.Protocol/Strings.resx,
 *   NuGet.Common/Errors/NuGetLogCode.cs;
 * - microsoft/vstest@0b289d54 src/vstest.console/Internal/ConsoleLogger.cs + Resources/Resources.resx (`  Failed
 *   <name> [<duration>]`, `Failed!  - Failed:     1, Passed: ...`), BlameDataCollector/Resources/Resources.resx;
 * - dotnet/format@f6430d0d src/Resources.resx (`Fix whitespace formatting.`, `Replace {0} characters with '{1}'.`).
 *
 * The others (Roslyn's `path(line,col): error CSxxxx: ... [project]`, the .NET host's `A compatible .NET SDK was
 * not found.`, System.Net.Http's SSL message, xUnit's and NUnit's assertion text, cmd.exe's own messages, which
 * have no public source) name the documented form and say "documented form, not re-read at a commit".
 */
import type { FailureType } from '../src/core/types.js';
import { jobLog } from './classify-logs.js';

export type WindowsShell = 'pwsh' | 'powershell' | 'cmd';

export interface WindowsCase {
  name: string;
  from: string;
  shell: WindowsShell;
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

const SHELL_LINE: Record<WindowsShell, string> = {
  pwsh: 'shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command ". \'{0}\'"',
  powershell: 'shell: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.EXE -command ". \'{0}\'"',
  cmd: 'shell: C:\\Windows\\system32\\cmd.EXE /D /E:ON /V:OFF /S /C "CALL "{0}""',
};

/** The temp script a Windows step runs (actions/runner writes `<guid>.ps1` or `.cmd` into RUNNER_TEMP). */
export const PS1 = 'D:\\a\\_temp\\7c1e9a2b-5d4f-4e8a-9b3c-2f6d8e0a1b4c.ps1';

/** One step of a Windows job as the runner prints it: header, script lines in cyan, shell line, output, exit. */
export function windowsStep(c: Pick<WindowsCase, 'shell' | 'script' | 'output' | 'exit'>): string[] {
  return [
    `##[group]Run ${c.script[0]}`,
    ...c.script.map((l) => `\u001b[36;1m${l}\u001b[0m`),
    SHELL_LINE[c.shell],
    'env:',
    '  DOTNET_CLI_TELEMETRY_OPTOUT: 1',
    '##[endgroup]',
    ...c.output,
    ...(c.exit === undefined ? [] : [`##[error]Process completed with exit code ${c.exit}.`]),
  ];
}

export const windowsLog = (c: WindowsCase): string => jobLog(windowsStep(c));

/**
 * pwsh's ConciseView of an error in the step's script (PowerShellCore_format_ps1xml.cs): `reason: file:line`,
 * `Line |`, the line, the marker, then the message lines behind `     | `. `line` is the script's own line; the
 * runner's prepended `$ErrorActionPreference` makes it the file's line + 1.
 */
export function concise(
  reason: string,
  line: number,
  source: string,
  mark: string,
  message: string[],
): string[] {
  const n = line + 1;
  return [
    `${reason}: ${PS1}:${n}`,
    'Line |',
    `${String(n).padStart(4)} |  ${source}`,
    `     |  ${mark}`,
    ...message.map((m) => `     | ${m}`),
  ];
}

const PS = 'PowerShell/PowerShell@92990369';
const MSB = 'dotnet/msbuild@05f08912';
const NUGET = 'NuGet/NuGet.Client@fac35579';
const VSTEST = 'microsoft/vstest@0b289d54';
const CHECK_SPELLING =
  'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.';
const NOT_RECOGNIZED = (name: string): string =>
  `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.`;

const RESTORE_HEAD = ['  Determining projects to restore...'];
const CSPROJ = 'D:\\a\\shop\\shop\\src\\Shop.Api\\Shop.Api.csproj';
const SLN = 'D:\\a\\shop\\shop\\Shop.sln';

export const WINDOWS_CASES: WindowsCase[] = [
  // ---- config: the shell's or the tool's own verdict on the step
  {
    name: 'pwsh: a command not found (ConciseView)',
    from: `${PS} resources/DiscoveryExceptions.resx CommandNotFoundException; ConciseView`,
    shell: 'pwsh',
    script: ['dotnet tool restore', 'reportgenerator -reports:coverage.xml -targetdir:report'],
    output: [
      "Tool 'dotnet-reportgenerator-globaltool' (version '5.2.0') was restored. Available commands: reportgenerator",
      '',
      'Restore was successful.',
      ...concise(
        'reportgenerator',
        2,
        'reportgenerator -reports:coverage.xml -targetdir:report',
        '~~~~~~~~~~~~~~~',
        [NOT_RECOGNIZED('reportgenerator'), CHECK_SPELLING],
      ),
    ],
    exit: 1,
    type: 'config',
    shown: /The term 'reportgenerator' is not recognized/,
  },
  {
    name: "pwsh: 'msbuild' not found outranks MSBuild's own name",
    from: `${PS} resources/DiscoveryExceptions.resx CommandNotFoundException; ConciseView`,
    shell: 'pwsh',
    script: ['msbuild Shop.sln /p:Configuration=Release'],
    output: concise('msbuild', 1, 'msbuild Shop.sln /p:Configuration=Release', '~~~~~~~', [
      NOT_RECOGNIZED('msbuild'),
      CHECK_SPELLING,
    ]),
    exit: 1,
    type: 'config',
    shown: /The term 'msbuild' is not recognized/,
  },
  {
    name: "pwsh: 'nuget' not found outranks NuGet's name",
    from: `${PS} resources/DiscoveryExceptions.resx CommandNotFoundException; ConciseView`,
    shell: 'pwsh',
    script: ['nuget restore Shop.sln'],
    output: concise('nuget', 1, 'nuget restore Shop.sln', '~~~~~', [NOT_RECOGNIZED('nuget'), CHECK_SPELLING]),
    exit: 1,
    type: 'config',
    shown: /The term 'nuget' is not recognized/,
  },
  {
    name: 'Windows PowerShell 5.1: a command not found (NormalView)',
    from: `${PS} resources/DiscoveryExceptions.resx (5.1's "as the name of ... operable program"); documented form, not re-read at a commit`,
    shell: 'powershell',
    script: ['choco-pack .\\package.nuspec'],
    output: [
      "choco-pack : The term 'choco-pack' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      `At ${PS1}:2 char:1`,
      '+ choco-pack .\\package.nuspec',
      '+ ~~~~~~~~~~',
      '    + CategoryInfo          : ObjectNotFound: (choco-pack:String) [], ParentContainsErrorRecordException',
      '    + FullyQualifiedErrorId : CommandNotFoundException',
      ' ',
    ],
    exit: 1,
    type: 'config',
    shown: /The term 'choco-pack' is not recognized/,
  },
  {
    name: 'cmd: a command not recognized (exit 9009)',
    from: 'cmd.exe (closed source) "\'%s\' is not recognized as an internal or external command,\\noperable program or batch file.", errorlevel 9009; documented form, not re-read at a commit',
    shell: 'cmd',
    script: ['msbuild Shop.sln /p:Configuration=Release'],
    output: [
      "'msbuild' is not recognized as an internal or external command,",
      'operable program or batch file.',
    ],
    exit: 9009,
    type: 'config',
    shown: /'msbuild' is not recognized as an internal or external command/,
  },
  {
    name: 'cmd: a path that does not exist',
    from: 'cmd.exe (closed source) "The system cannot find the path specified." (ERROR_PATH_NOT_FOUND); documented form, not re-read at a commit',
    shell: 'cmd',
    script: ['cd build\\Release', 'Shop.Tool.exe --selftest'],
    output: ['The system cannot find the path specified.'],
    exit: 1,
    type: 'config',
    shown: /The system cannot find the path specified/,
  },
  {
    name: 'pwsh: a parameter that cannot be found',
    from: `${PS} resources/ParameterBinderStrings.resx NamedParameterNotFound; ConciseView`,
    shell: 'pwsh',
    script: ['Copy-Item -Path artifacts\\*.nupkg -Destinaton publish'],
    output: concise(
      'Copy-Item',
      1,
      'Copy-Item -Path artifacts\\*.nupkg -Destinaton publish',
      '                                  ~~~~~~~~~~~',
      ["A parameter cannot be found that matches parameter name 'Destinaton'."],
    ),
    exit: 1,
    type: 'config',
    shown: /A parameter cannot be found that matches parameter name 'Destinaton'/,
  },
  {
    name: 'pwsh: a path that does not exist',
    from: `${PS} resources/SessionStateStrings.resx PathNotFound; ConciseView`,
    shell: 'pwsh',
    script: ['Set-Location build\\out', '.\\Shop.Tool.exe --selftest'],
    output: concise('Set-Location', 1, 'Set-Location build\\out', '~~~~~~~~~~~~~~~~~~~~~~', [
      "Cannot find path 'D:\\a\\shop\\shop\\build\\out' because it does not exist.",
    ]),
    exit: 1,
    type: 'config',
    shown: /Cannot find path '.*' because it does not exist/,
  },
  {
    name: 'Windows PowerShell 5.1: a path that does not exist (NormalView)',
    from: `${PS} resources/SessionStateStrings.resx PathNotFound; 5.1's NormalView, documented form, not re-read at a commit`,
    shell: 'powershell',
    script: ['Get-ChildItem artifacts\\*.nupkg | ForEach-Object { dotnet nuget push $_.FullName }'],
    output: [
      "Get-ChildItem : Cannot find path 'D:\\a\\shop\\shop\\artifacts' because it does not exist.",
      `At ${PS1}:2 char:1`,
      '+ Get-ChildItem artifacts\\*.nupkg | ForEach-Object { dotnet nuget push ...',
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : ObjectNotFound: (D:\\a\\shop\\shop\\artifacts:String) [Get-ChildItem], ItemNotFoundException',
      '    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand',
      ' ',
    ],
    exit: 1,
    type: 'config',
    shown: /Cannot find path '.*' because it does not exist/,
  },
  {
    name: "pwsh: ParserError in the step's script (missing '}')",
    from: `${PS} resources/ParserStrings.resx MissingEndCurlyBrace; ConciseView (reason ParserError)`,
    shell: 'pwsh',
    script: ["if ($env:GITHUB_REF -eq 'refs/heads/main') {", '  dotnet nuget push *.nupkg'],
    output: concise(
      'ParserError',
      1,
      "if ($env:GITHUB_REF -eq 'refs/heads/main') {",
      '                                            ~',
      ["Missing closing '}' in statement block or type definition."],
    ),
    exit: 1,
    type: 'config',
    shown: /^ParserError: .*\.ps1:2$/,
  },
  {
    name: "pwsh: ParserError in the step's script (string terminator)",
    from: `${PS} resources/ParserStrings.resx TerminatorExpectedAtEndOfString; ConciseView (reason ParserError)`,
    shell: 'pwsh',
    script: ['$version = "1.2.3', 'dotnet pack -p:Version=$version'],
    output: concise('ParserError', 1, '$version = "1.2.3', '           ~~~~~~', [
      'The string is missing the terminator: ".',
    ]),
    exit: 1,
    type: 'config',
    shown: /^ParserError: .*\.ps1:2$/,
  },
  {
    name: 'MSB1009: the project file named does not exist',
    from: `${MSB} src/MSBuild/Resources/Strings.resx ProjectNotFoundError + InvalidSwitchIndicator`,
    shell: 'pwsh',
    script: ['dotnet build src\\Shop.Web\\Shop.Web.csproj -c Release'],
    output: [
      'MSBUILD : error MSB1009: Project file does not exist.',
      'Switch: src\\Shop.Web\\Shop.Web.csproj',
    ],
    exit: 1,
    type: 'config',
    shown: /MSB1009: Project file does not exist/,
  },
  {
    name: 'the SDK global.json asks for is not installed',
    from: 'dotnet/runtime src/native/corehost/fxr (sdk_resolver, "A compatible .NET SDK was not found.", "Requested SDK version:", "global.json file:"); documented form, not re-read at a commit',
    shell: 'pwsh',
    script: ['dotnet build -c Release'],
    output: [
      'The command could not be loaded, possibly because:',
      '  * You intended to execute a .NET application:',
      "      The application 'build' does not exist.",
      '  * You intended to execute a .NET SDK command:',
      '      A compatible .NET SDK was not found.',
      '',
      'Requested SDK version: 9.0.100',
      'global.json file: D:\\a\\shop\\shop\\global.json',
      '',
      'Installed SDKs:',
      '8.0.404 [C:\\Program Files\\dotnet\\sdk]',
      '',
      'Install the [9.0.100] .NET SDK or update [D:\\a\\shop\\shop\\global.json] to match an installed SDK.',
      '',
      'Learn about SDK resolution:',
      'https://aka.ms/dotnet/sdk-not-found',
    ],
    exit: 1,
    type: 'config',
    shown: /A compatible \.NET SDK was not found|Requested SDK version/,
  },
  // ---- dependency: NuGet cannot resolve what the project asks for
  {
    name: 'NU1101: no package with that id',
    from: `${NUGET} NuGet.Commands/Strings.resx Error_NoPackageVersionsExist, Log_RestoreFailed; NuGetLogCode.cs NU1101`,
    shell: 'pwsh',
    script: ['dotnet restore'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : error NU1101: Unable to find package Contoso.Shop.Contracts. No packages exist with this id in source(s): nuget.org [${SLN}]`,
      `  Failed to restore ${CSPROJ} (in 1.21 sec).`,
    ],
    exit: 1,
    type: 'dependency',
    shown: /NU1101: Unable to find package Contoso\.Shop\.Contracts/,
  },
  {
    name: 'NU1102: no version in range',
    from: `${NUGET} NuGet.Commands/Strings.resx Error_NoPackageVersionsExistInRange, FoundVersionsInSource; NuGetLogCode.cs NU1102`,
    shell: 'pwsh',
    script: ['dotnet restore'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : error NU1102: Unable to find package Serilog with version (>= 9.9.0) [${SLN}]`,
      `${CSPROJ} : error NU1102:   - Found 131 version(s) in nuget.org [ Nearest version: 4.1.0 ] [${SLN}]`,
      `  Failed to restore ${CSPROJ} (in 903 ms).`,
    ],
    exit: 1,
    type: 'dependency',
    shown: /NU1102: Unable to find package Serilog with version/,
  },
  {
    name: 'NU1605: a package downgrade, as an error',
    from: `${NUGET} NuGet.Commands/Strings.resx Log_DowngradeWarning + WarningAsError; NuGetLogCode.cs NU1605`,
    shell: 'pwsh',
    script: ['dotnet restore'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : error NU1605: Warning As Error: Detected package downgrade: Microsoft.Extensions.Logging from 8.0.1 to 6.0.0. Reference the package directly from the project to select a different version.  [${SLN}]`,
      `${CSPROJ} : error NU1605:  Shop.Api -> Shop.Core -> Microsoft.Extensions.Logging (>= 8.0.1)  [${SLN}]`,
      `${CSPROJ} : error NU1605:  Shop.Api -> Microsoft.Extensions.Logging (>= 6.0.0) [${SLN}]`,
      `  Failed to restore ${CSPROJ} (in 644 ms).`,
    ],
    exit: 1,
    type: 'dependency',
    shown: /NU1605: .*Detected package downgrade/,
  },
  {
    name: "NU1301: the private feed refused the job's credentials (401)",
    from: `${NUGET} NuGet.Protocol/Strings.resx Log_FailedToReadServiceIndex; NuGetLogCode.cs NU1301; System.Net.Http "Response status code does not indicate success: {0} ({1})." documented form, not re-read at a commit`,
    shell: 'pwsh',
    script: ['dotnet restore'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/contoso/_packaging/shop/nuget/v3/index.json. [${SLN}]`,
      `${CSPROJ} : error NU1301:   Response status code does not indicate success: 401 (Unauthorized). [${SLN}]`,
      `  Failed to restore ${CSPROJ} (in 2.1 sec).`,
    ],
    exit: 1,
    type: 'config',
    shown: /401 \(Unauthorized\)/,
  },
  // ---- transient: the feed did not answer
  {
    name: 'NU1301: the service index did not load',
    from: `${NUGET} NuGet.Protocol/Strings.resx Log_FailedToReadServiceIndex; NuGetLogCode.cs NU1301`,
    shell: 'pwsh',
    script: ['dotnet restore'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json. [${SLN}]`,
      `  Failed to restore ${CSPROJ} (in 1.4 min).`,
    ],
    exit: 1,
    type: 'network',
    shown: /NU1301: Unable to load the service index for source/,
  },
  {
    name: 'NU1301: failed to retrieve information from the remote source',
    from: `${NUGET} NuGet.Protocol/Strings.resx Log_FailedToRetrievePackage; NuGetLogCode.cs NU1301`,
    shell: 'pwsh',
    script: ['dotnet restore --locked-mode'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : error NU1301: Failed to retrieve information about 'Polly' from remote source 'https://api.nuget.org/v3-flatcontainer/polly/index.json'. [${SLN}]`,
      `  Failed to restore ${CSPROJ} (in 40.02 sec).`,
    ],
    exit: 1,
    type: 'network',
    shown: /NU1301: Failed to retrieve information about 'Polly'/,
  },
  {
    name: 'NU1301 with the 503 the feed answered',
    from: `${NUGET} NuGet.Protocol/Strings.resx Log_FailedToReadServiceIndex; System.Net.Http "Response status code does not indicate success: {0} ({1})." documented form, not re-read at a commit`,
    shell: 'pwsh',
    script: ['dotnet restore'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/contoso/_packaging/shop/nuget/v3/index.json. [${SLN}]`,
      `${CSPROJ} : error NU1301:   Response status code does not indicate success: 503 (Service Unavailable). [${SLN}]`,
      `  Failed to restore ${CSPROJ} (in 12.8 sec).`,
    ],
    exit: 1,
    type: 'network',
    shown: /NU1301: /,
  },
  {
    name: 'NU1301: the SSL connection could not be established',
    from: `${NUGET} NuGet.Protocol/Strings.resx Log_FailedToReadServiceIndex; dotnet/runtime System.Net.Http net_http_ssl_connection_failed, documented form, not re-read at a commit`,
    shell: 'pwsh',
    script: ['dotnet restore'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json. [${SLN}]`,
      `${CSPROJ} : error NU1301:   The SSL connection could not be established, see inner exception. [${SLN}]`,
      `${CSPROJ} : error NU1301:   Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.. [${SLN}]`,
      `  Failed to restore ${CSPROJ} (in 21.3 sec).`,
    ],
    exit: 1,
    type: 'network',
    shown: /NU1301: /,
  },
  {
    name: "NuGet's HTTP request timed out",
    from: `${NUGET} NuGet.Protocol/Strings.resx Http_Timeout + Log_FailedToReadServiceIndex`,
    shell: 'pwsh',
    script: ['dotnet restore'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json. [${SLN}]`,
      `${CSPROJ} : error NU1301:   The HTTP request to 'GET https://api.nuget.org/v3/index.json' has timed out after 100000ms. [${SLN}]`,
      `  Failed to restore ${CSPROJ} (in 1.7 min).`,
    ],
    exit: 1,
    type: 'network',
    shown: /NU1301: /,
  },
  {
    name: 'pwsh: Invoke-WebRequest answered 503',
    from: `${PS} ConciseView (reason = the cmdlet); System.Net.Http "Response status code does not indicate success: {0} ({1})." documented form, not re-read at a commit`,
    shell: 'pwsh',
    script: ['Invoke-WebRequest https://dot.net/v1/dotnet-install.ps1 -OutFile dotnet-install.ps1'],
    output: concise(
      'Invoke-WebRequest',
      1,
      'Invoke-WebRequest https://dot.net/v1/dotnet-install.ps1 -OutFile dotnet-install.ps1',
      '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      ['Response status code does not indicate success: 503 (Service Unavailable).'],
    ),
    exit: 1,
    type: 'network',
    shown: /503 \(Service Unavailable\)/,
  },
  // ---- build: the compiler's first error, not MSBuild's summary
  {
    name: 'CS0246 under Build FAILED',
    from: 'Roslyn `path(line,col): error CS0246: ...` as MSBuild prints it with `[project]`; documented form, not re-read at a commit; msbuild Build/Resources/Strings.resx BuildFinishedFailure, ErrorCount',
    shell: 'pwsh',
    script: ['dotnet build -c Release --no-restore'],
    output: [
      'MSBuild version 17.11.9+a69bbaaf5 for .NET',
      `D:\\a\\shop\\shop\\src\\Shop.Api\\Orders\\OrderService.cs(14,17): error CS0246: The type or namespace name 'IOrderRepository' could not be found (are you missing a using directive or an assembly reference?) [${CSPROJ}]`,
      '',
      'Build FAILED.',
      '',
      `D:\\a\\shop\\shop\\src\\Shop.Api\\Orders\\OrderService.cs(14,17): error CS0246: The type or namespace name 'IOrderRepository' could not be found (are you missing a using directive or an assembly reference?) [${CSPROJ}]`,
      '    0 Warning(s)',
      '    1 Error(s)',
      '',
      'Time Elapsed 00:00:12.41',
    ],
    exit: 1,
    type: 'build',
    shown: /error CS0246: The type or namespace name 'IOrderRepository'/,
  },
  {
    name: 'CS1002 behind an earlier warning',
    from: 'Roslyn `path(line,col): error CS1002: ; expected` / `warning CS8618`; documented form, not re-read at a commit',
    shell: 'pwsh',
    script: ['dotnet build -c Release'],
    output: [
      ...RESTORE_HEAD,
      '  All projects are up-to-date for restore.',
      `D:\\a\\shop\\shop\\src\\Shop.Api\\Models\\Order.cs(9,19): warning CS8618: Non-nullable property 'Customer' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the property as nullable. [${CSPROJ}]`,
      `D:\\a\\shop\\shop\\src\\Shop.Api\\Orders\\OrderController.cs(31,50): error CS1002: ; expected [${CSPROJ}]`,
      '',
      'Build FAILED.',
      '    1 Warning(s)',
      '    1 Error(s)',
    ],
    exit: 1,
    type: 'build',
    shown: /error CS1002: ; expected/,
  },
  // ---- test: the failing test, not the run's summary
  {
    name: 'dotnet test: an xUnit test failed',
    from: `${VSTEST} ConsoleLogger.cs (TestResultPrefix + FailedTestIndicator, "[duration]", ErrorMessageBanner, TestRunSummary); xUnit's Assert.Equal text, documented form, not re-read at a commit`,
    shell: 'pwsh',
    script: ['dotnet test -c Release --no-build'],
    output: [
      'Test run for D:\\a\\shop\\shop\\tests\\Shop.Tests\\bin\\Release\\net8.0\\Shop.Tests.dll (.NETCoreApp,Version=v8.0)',
      'VSTest version 17.11.1 (x64)',
      '',
      'Starting test execution, please wait...',
      'A total of 1 test files matched the specified pattern.',
      '[xUnit.net 00:00:00.62]     Shop.Tests.OrderTests.Total_IncludesTax [FAIL]',
      '  Failed Shop.Tests.OrderTests.Total_IncludesTax [6 ms]',
      '  Error Message:',
      '   Assert.Equal() Failure: Values differ',
      'Expected: 107.5',
      'Actual:   100',
      '  Stack Trace:',
      '     at Shop.Tests.OrderTests.Total_IncludesTax() in D:\\a\\shop\\shop\\tests\\Shop.Tests\\OrderTests.cs:line 22',
      '',
      'Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42, Duration: 212 ms - Shop.Tests.dll (net8.0)',
    ],
    exit: 1,
    type: 'test',
    shown: /OrderTests\.Total_IncludesTax/,
  },
  {
    name: 'dotnet test: an NUnit test failed',
    from: `${VSTEST} ConsoleLogger.cs; NUnit's "Expected: ... But was: ..." documented form, not re-read at a commit`,
    shell: 'pwsh',
    script: ['dotnet test tests\\Shop.Tests.NUnit -c Release'],
    output: [
      'Starting test execution, please wait...',
      'A total of 1 test files matched the specified pattern.',
      '  Failed ParsesCurrency("EUR") [18 ms]',
      '  Error Message:',
      '     Expected: "EUR"',
      '  But was:  "USD"',
      '',
      '  Stack Trace:',
      '     at Shop.Tests.CurrencyTests.ParsesCurrency(String code) in D:\\a\\shop\\shop\\tests\\Shop.Tests.NUnit\\CurrencyTests.cs:line 17',
      '',
      'Failed!  - Failed:     1, Passed:    12, Skipped:     1, Total:    14, Duration: 95 ms - Shop.Tests.NUnit.dll (net8.0)',
    ],
    exit: 1,
    type: 'test',
    shown: /ParsesCurrency\("EUR"\)/,
  },
  {
    name: "dotnet test: a test named *Network* is the project's test, not the network",
    from: `${VSTEST} ConsoleLogger.cs; xUnit's Assert.True text, documented form, not re-read at a commit`,
    shell: 'pwsh',
    script: ['dotnet test -c Release'],
    output: [
      'Starting test execution, please wait...',
      '  Failed Shop.Tests.NetworkRetryTests.Retries_AfterConnectionReset_Timeout [1 s]',
      '  Error Message:',
      '   Assert.True() Failure',
      'Expected: True',
      'Actual:   False',
      '  Stack Trace:',
      '     at Shop.Tests.NetworkRetryTests.Retries_AfterConnectionReset_Timeout() in D:\\a\\shop\\shop\\tests\\Shop.Tests\\NetworkRetryTests.cs:line 40',
      '',
      'Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42, Duration: 1 s - Shop.Tests.dll (net8.0)',
    ],
    exit: 1,
    type: 'test',
    shown: /NetworkRetryTests\.Retries_AfterConnectionReset_Timeout/,
  },
  {
    name: 'dotnet test: normal verbosity summary only (Test Run Failed.)',
    from: `${VSTEST} Resources.resx TestRunFailed, TestRunSummaryTotalTests, TestRunSummaryFailedTests`,
    shell: 'pwsh',
    script: ['dotnet test --logger "console;verbosity=normal"'],
    output: [
      '  Passed Shop.Tests.OrderTests.Subtotal [1 ms]',
      '  Failed Shop.Tests.OrderTests.Discount_Applies [3 ms]',
      '  Error Message:',
      '   Assert.Equal() Failure: Values differ',
      '',
      'Test Run Failed.',
      'Total tests: 2',
      '     Passed: 1',
      '     Failed: 1',
      ' Total time: 0.8721 Seconds',
    ],
    exit: 1,
    type: 'test',
    shown: /OrderTests\.Discount_Applies/,
  },
  // ---- quality-gate: dotnet format's verdict on the code's form
  {
    name: 'dotnet format --verify-no-changes: WHITESPACE',
    from: 'dotnet/format@f6430d0d src/Resources.resx Fix_whitespace_formatting, Replace_0_characters_with_1 (as an MSBuild-style diagnostic `path(l,c): error WHITESPACE: ... [project]`)',
    shell: 'pwsh',
    script: ['dotnet format --verify-no-changes'],
    output: [
      `D:\\a\\shop\\shop\\src\\Shop.Api\\Program.cs(12,2): error WHITESPACE: Fix whitespace formatting. Replace 9 characters with '\\r\\n\\s\\s\\s\\s'. [${CSPROJ}]`,
    ],
    exit: 2,
    type: 'quality-gate',
    shown: /error WHITESPACE: Fix whitespace formatting/,
  },
  {
    name: 'dotnet format --verify-no-changes: an IDE code-style code',
    from: "dotnet/format@f6430d0d src/Resources.resx (code style analyzers); Roslyn IDE0005 'Using directive is unnecessary.', documented form, not re-read at a commit",
    shell: 'pwsh',
    script: ['dotnet format --verify-no-changes --severity warn'],
    output: [
      `D:\\a\\shop\\shop\\src\\Shop.Api\\Program.cs(3,1): error IDE0005: Using directive is unnecessary. [${CSPROJ}]`,
      `D:\\a\\shop\\shop\\src\\Shop.Api\\Orders\\OrderService.cs(20,13): error IDE0059: Unnecessary assignment of a value to 'total' [${CSPROJ}]`,
    ],
    exit: 2,
    type: 'quality-gate',
    shown: /error IDE0005: Using directive is unnecessary/,
  },
  // ---- resource / timeout as the tools print them
  {
    name: 'MSB3021: the disk is full',
    from: `${MSB} src/Tasks/Resources/Strings.resx Copy.Error; Win32 ERROR_DISK_FULL "There is not enough space on the disk.", documented form, not re-read at a commit`,
    shell: 'pwsh',
    script: ['dotnet publish -c Release -o publish'],
    output: [
      `C:\\Program Files\\dotnet\\sdk\\8.0.404\\Microsoft.Common.CurrentVersion.targets(4827,5): error MSB3021: Unable to copy file "obj\\Release\\net8.0\\Shop.Api.dll" to "bin\\Release\\net8.0\\Shop.Api.dll". There is not enough space on the disk. : 'D:\\a\\shop\\shop\\src\\Shop.Api\\bin\\Release\\net8.0\\Shop.Api.dll' [${CSPROJ}]`,
      '',
      'Build FAILED.',
    ],
    exit: 1,
    type: 'resource',
    shown: /There is not enough space on the disk/,
  },
  {
    name: "vstest's blame hang timeout",
    from: `${VSTEST} BlameDataCollector Resources.resx InactivityTimeout; vstest.console Resources.resx DataCollectorMessageFormat, AbortedTestRun`,
    shell: 'pwsh',
    script: ['dotnet test --blame-hang-timeout 10m'],
    output: [
      'Starting test execution, please wait...',
      "Data collector 'Blame' message: The specified inactivity time of 10 minutes has elapsed. Collecting hang dumps from testhost and its child processes.",
      'The active Test Run was aborted because the host process exited unexpectedly. Please inspect the call stack above, if available, to get more information about where the exception originated from.',
      'Test Run Aborted.',
    ],
    exit: 1,
    type: 'timeout',
    shown: /inactivity time of 10 minutes has elapsed/,
  },
  // ---- look-alikes: no verdict may rest on them
  {
    name: 'a warning CS8618 in a passing build',
    from: 'Roslyn `warning CS8618`; msbuild Build/Resources/Strings.resx BuildFinishedSuccess, WarningCount, ErrorCount; documented form, not re-read at a commit',
    shell: 'pwsh',
    script: ['dotnet build -c Release'],
    output: [
      `D:\\a\\shop\\shop\\src\\Shop.Api\\Models\\Order.cs(9,19): warning CS8618: Non-nullable property 'Customer' must contain a non-null value when exiting constructor. [${CSPROJ}]`,
      '  Shop.Api -> D:\\a\\shop\\shop\\src\\Shop.Api\\bin\\Release\\net8.0\\Shop.Api.dll',
      '',
      'Build succeeded.',
      '    1 Warning(s)',
      '    0 Error(s)',
    ],
    type: null,
  },
  {
    name: 'Write-Error the script lets pass (-ErrorAction Continue)',
    from: `${PS} ConciseView (reason Write-Error)`,
    shell: 'pwsh',
    script: [
      "if (-not (Get-Command cspell -ErrorAction Ignore)) { Write-Error 'cspell not installed; skipping the spell check' -ErrorAction Continue }",
      'dotnet build -c Release',
    ],
    output: [
      ...concise(
        'Write-Error',
        1,
        "if (-not (Get-Command cspell -ErrorAction Ignore)) { Write-Error 'cspell not installed; skipping the spell check' -ErrorAction Continue }",
        '                                                    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        ['cspell not installed; skipping the spell check'],
      ),
      '  Shop.Api -> D:\\a\\shop\\shop\\src\\Shop.Api\\bin\\Release\\net8.0\\Shop.Api.dll',
      '',
      'Build succeeded.',
      '    0 Warning(s)',
      '    0 Error(s)',
    ],
    type: null,
  },
  {
    name: 'cmd: a `cd` that failed, and the script went on and passed',
    from: 'cmd.exe (closed source) "The system cannot find the path specified."; a cmd script does not stop at a failed command (actions/runner@258d6c85 ScriptHandlerHelpers.cs: `/D /E:ON /V:OFF /S /C "CALL "{0}""`, no errexit); documented form, not re-read at a commit',
    shell: 'cmd',
    script: ['cd build\\cache', 'dotnet build -c Release'],
    output: [
      'The system cannot find the path specified.',
      '  Shop.Api -> D:\\a\\shop\\shop\\src\\Shop.Api\\bin\\Release\\net8.0\\Shop.Api.dll',
      '',
      'Build succeeded.',
      '    0 Warning(s)',
      '    0 Error(s)',
    ],
    type: null,
  },
  {
    name: 'pwsh: a missing path the script lets pass (-ErrorAction Continue)',
    from: `${PS} resources/SessionStateStrings.resx PathNotFound; ConciseView of a non-terminating error`,
    shell: 'pwsh',
    script: ['Remove-Item obj -Recurse -ErrorAction Continue', 'dotnet build -c Release'],
    output: [
      ...concise(
        'Remove-Item',
        1,
        'Remove-Item obj -Recurse -ErrorAction Continue',
        '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        ["Cannot find path 'D:\\a\\shop\\shop\\obj' because it does not exist."],
      ),
      '  Shop.Api -> D:\\a\\shop\\shop\\src\\Shop.Api\\bin\\Release\\net8.0\\Shop.Api.dll',
      '',
      'Build succeeded.',
      '    0 Warning(s)',
      '    0 Error(s)',
    ],
    type: null,
  },
  {
    name: 'a restore warning NU1603 in a passing step',
    from: `${NUGET} NuGetLogCode.cs NU1603; NuGet.Commands/Strings.resx (dependency resolved to a higher version); documented form, not re-read at a commit`,
    shell: 'pwsh',
    script: ['dotnet restore'],
    output: [
      ...RESTORE_HEAD,
      `${CSPROJ} : warning NU1603: Shop.Api depends on Polly (>= 8.0.0) but Polly 8.0.0 was not found. An approximate best match of Polly 8.1.0 was resolved. [${SLN}]`,
      `  Restored ${CSPROJ} (in 2.1 sec).`,
    ],
    type: null,
  },
];
