/**
 * Issue 68, a tool refusing the invocation or the folder the workflow gave it (config): Terraform run where no .tf
 * file is (`Error: No configuration files`, hashicorp/terraform internal/backend/local/backend_plan.go and
 * backend_apply.go), MSBuild run with no project named in a folder holding none or several (MSB1003, MSB1011,
 * dotnet/msbuild src/MSBuild/Resources/Strings.resx), and PHP's run-tests.php refusing an option its version does
 * not take (`Illegal switch 'j' specified!`). Each step is a whole failed step as the runner writes it; each line
 * is its rule's published line (rules/log-rules.json terraform-no-configuration, msbuild-project-unspecified,
 * php-run-tests-switch-refused). Without the rules the step was read by its tool's word (failed tests) or not at all.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, failedScriptLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();

// hashicorp/terraform backend_plan.go opPlan, as `terraform plan` prints it with colour off (the box's rules kept).
const TF_SUMMARY = '│ Error: No configuration files';
const TF_PLAN_DETAIL =
  '│ Plan requires configuration to be present. Planning without a configuration would mark everything for destruction, which is normally not what is desired. If you would like to destroy everything, run plan with the -destroy option. Otherwise, create a Terraform configuration file (.tf file) and try again.';
const TF_APPLY_DETAIL =
  "Apply requires configuration to be present. Applying without a configuration would mark everything for destruction, which is normally not what is desired. If you would like to destroy everything, run 'terraform destroy' instead.";
// dotnet/msbuild Strings.resx MissingProjectError and AmbiguousProjectError.
const MSB1003 =
  'MSBUILD : error MSB1003: Specify a project or solution file. The current working directory does not contain a project or solution file.';
const MSB1011 =
  'MSBUILD : error MSB1011: Specify which project or solution file to use because this folder contains more than one project or solution file.';
// php/php-src run-tests.php @ 001590b7: the refusal, then the synopsis it falls through to (no -j there), exit 1.
const PHP_SWITCH = "Illegal switch 'j' specified!";
const PHP_SYNOPSIS = [
  'Synopsis:',
  '    php run-tests.php [options] [files] [directories]',
  '',
  'Options:',
  '    -l <file>   Read the testfiles to be executed from <file>. After the test',
  '                has finished all failed tests are written to the same <file>.',
  '    --help',
  '    -h          This Help.',
];

describe('the folder or the option the workflow gave a tool is refused: config', () => {
  test('terraform plan in a folder without configuration (the diagnostic in its box)', () => {
    const v = classify({
      log: failedScriptLog(
        ['terraform init -input=false', 'terraform plan -input=false -no-color'],
        [
          'Terraform initialized in an empty directory!',
          '',
          'The directory has no Terraform configuration files. You may begin working',
          'with Terraform immediately by creating Terraform configuration files.',
          '╷',
          TF_SUMMARY,
          '│ ',
          TF_PLAN_DETAIL,
          '╵',
        ],
        1,
      ),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('terraform-no-configuration');
    expect(v.evidence?.text).toBe(TF_SUMMARY);
    expect(retriedOnPr(v)).toBe(false);
  });

  test('terraform apply, plain', () => {
    const v = classify({
      log: failedRunLog('terraform -chdir=infra apply -auto-approve', [
        'Error: No configuration files',
        '',
        TF_APPLY_DETAIL,
      ]),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('terraform-no-configuration');
  });

  test.each([
    ['MSB1003, no project in the folder', 'dotnet test --configuration Release', MSB1003],
    ['MSB1011, more than one', 'dotnet test --no-build', MSB1011],
  ])('%s: not failed tests', (_name, run, line) => {
    const v = classify({ log: failedRunLog(run, [line], 1) });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('msbuild-project-unspecified');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(false);
  });

  test("PHP's test runner refusing -j: not failed tests", () => {
    const v = classify({
      log: failedRunLog('sapi/cli/php run-tests.php -P -q --offline --show-diff -j2', [
        PHP_SWITCH,
        ...PHP_SYNOPSIS,
      ]),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('php-run-tests-switch-refused');
    expect(v.evidence?.text).toBe(PHP_SWITCH);
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('look-alikes: other words near these', () => {
  test.each([
    ['terraform-no-configuration', 'Terraform initialized in an empty directory!'],
    ['terraform-no-configuration', 'Error: No configuration files found in the module "./vpc"'],
    ['msbuild-project-unspecified', 'MSBUILD : error MSB1009: Project file does not exist.'],
    [
      'msbuild-project-unspecified',
      "src/App/Program.cs(3,7): error CS0246: The type or namespace name 'Foo' could not be found",
    ],
    [
      'php-run-tests-switch-refused',
      'WARNING: Illegal reflective access by org.foo.Bar to field java.lang.String.value',
    ],
    ['php-run-tests-switch-refused', "ld: illegal switch 'z'"],
  ])('%s does not read %s', (id, line) => {
    expect(ruleFires(ruleSet, id, line)).toBe(false);
  });

  test('a C# compile error under dotnet build stays build', () => {
    const v = classify({
      log: failedRunLog(
        'dotnet build --configuration Release',
        [
          "/home/runner/work/app/app/src/App/Program.cs(3,7): error CS0246: The type or namespace name 'Foo' could not be found (are you missing a using directive or an assembly reference?) [/home/runner/work/app/app/src/App/App.csproj]",
          '',
          'Build FAILED.',
        ],
        1,
      ),
    });
    expect(v.type).toBe('build');
  });
});
