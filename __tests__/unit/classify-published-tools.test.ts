/**
 * Failures typed by the tools' own words and documentation, where the corpus has them from one project only:
 * Node's note that a package's `"type": "module"` made a `.js` file an ES module (rule node-module-type, config),
 * Maven's licence-header plugins (lexicon license-checker, quality-gate), and javac's word that the JDK lacks the
 * release asked for (rule tool-version-unsupported, config), and Playwright's browser install (an install, not a test
 * run: lexicon runner playwright), each proven on published text so that they hold for
 * a project the corpus never saw.
 */
import {
  classify,
  defaultLexicon,
  defaultRuleSet,
  resolveCommandText,
} from '../../src/core/classify/index.js';
import { lexiconFile } from '../../src/core/classify/context.js';
import { actionsStep, jobLog, ruleFires } from '../classify-logs.js';

/** A GitHub Actions step running `run` that fails with exit code `code` after printing `output`. */
const step = (run: string, output: string[], code = 1): string => jobLog(actionsStep({ run }, output, code));

describe('a CommonJS global in a file the package made an ES module (rule node-module-type)', () => {
  // What Node prints: nodejs/node lib/internal/modules/esm/module_job.js @ 011e6e003241a0c45aca3907a604a148dd72a815
  // (ModuleJob.run adds ' in ES module scope', ', you can use import instead', and the package.json line only when
  // the package's "type" is "module"); the paths are made up.
  const thrown = [
    'file:///home/runner/work/app/app/scripts/seed.js:1',
    "const fs = require('fs');",
    '           ^',
    '',
    'ReferenceError: require is not defined in ES module scope, you can use import instead',
  ];
  const packageLine =
    "This file is being treated as an ES module because it has a '.js' file extension and " +
    '\'/home/runner/work/app/app/package.json\' contains "type": "module". To treat it as a CommonJS script, ' +
    "rename it to use the '.cjs' file extension.";
  const frames = [
    '    at file:///home/runner/work/app/app/scripts/seed.js:1:12',
    '    at ModuleJob.run (node:internal/modules/esm/module_job:271:25)',
    '',
    'Node.js v22.12.0',
  ];

  test('Node naming the package.json that made the file an ES module is a config failure', () => {
    const result = classify({ log: step('node scripts/seed.js', [...thrown, packageLine, ...frames]) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('node-module-type');
    expect(result.evidence?.text).toBe(packageLine);
  });

  test("an .mjs file's ReferenceError, which no package setting caused, is not typed config by it", () => {
    expect(ruleFires(defaultRuleSet(), 'node-module-type', thrown[4]!)).toBe(false);
    const mjs = thrown.map((l) => l.replace('seed.js', 'seed.mjs'));
    const result = classify({ log: step('node scripts/seed.mjs', [...mjs, ...frames]) });
    expect(result.rule).not.toBe('node-module-type');
    expect(result.type).not.toBe('config');
  });
});

describe("Maven's licence-header plugins are licence checks (lexicon license-checker)", () => {
  const lexicon = defaultLexicon();
  // The goal line as Maven prints it for mycila's license-maven-plugin: after BugSwarm/bugswarm's data (BSD
  // 3-Clause; corpus d1303), with the project's name replaced; for Apache RAT, the same line with its plugin.
  const failed = (plugin: string, message: string): string =>
    `[ERROR] Failed to execute goal ${plugin}:check (default) on project app: ${message} -> [Help 1]`;
  const mvn = (line: string): string =>
    step('mvn -B verify', ['[INFO] BUILD FAILURE', '[INFO] Total time: 41.2 s', line, '[ERROR] '], 1);

  test.each([
    ['com.mycila:license-maven-plugin:3.0', 'Some files do not have the expected license header'],
    ['org.codehaus.mojo:license-maven-plugin:2.0.0', 'There are some forbidden licenses used'],
    ['org.apache.rat:apache-rat-plugin:0.15', 'Too many files with unapproved license: 1'],
  ])('a failed %s goal is a quality gate', (plugin, message) => {
    const result = classify({ log: mvn(failed(plugin, message)) });
    expect(result.type).toBe('quality-gate');
    expect(result.rule).toMatch(/^command:tool:(?:license-maven-plugin|apache-rat-plugin)$/);
  });

  test('each is proven on its documentation: the documented goal resolves to its entry', () => {
    const published = lexiconFile.published ?? {};
    for (const entry of ['tool:license-maven-plugin', 'tool:apache-rat-plugin', 'tool:javadoc']) {
      const lines = published[entry] ?? [];
      expect(lines.length).toBeGreaterThan(0);
      for (const { text } of lines) expect(resolveCommandText(text, lexicon)?.[0]).toBe(entry);
    }
  });
});

describe('javac asked for a Java release the JDK lacks (rule tool-version-unsupported)', () => {
  // javac's own words (openjdk/jdk compiler.properties @ 01040f3d58511e71cbabc759b62e0b4c6f5a6b02:
  // compiler.err.invalid.target, compiler.err.unsupported.release.version), as javac prints them and as
  // maven-compiler-plugin reports them ('Fatal error compiling', AbstractCompilerMojo @ 348c90db); the Maven line
  // after BugSwarm/bugswarm's data (BSD 3-Clause; corpus d1335), with the project's name replaced.
  const maven =
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.9.0:compile ' +
    '(default-compile) on project app: Fatal error compiling: invalid target release: 17 -> [Help 1]';

  test.each([
    ['mvn -B package', ['[INFO] BUILD FAILURE', maven]],
    [
      './gradlew build',
      [
        '> Task :compileJava FAILED',
        'error: release version 21 not supported',
        '1 error',
        'BUILD FAILED in 3s',
      ],
    ],
    ['javac -d out --release 17 src/A.java', ['error: invalid source release: 17']],
  ])('%s: the project wants a newer JDK than the job set up, a config failure', (run, output) => {
    const result = classify({ log: step(run, output) });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('tool-version-unsupported');
  });

  test("the compiler's other failures stay a failed build", () => {
    const failed =
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.9.0:compile ' +
      '(default-compile) on project app: Compilation failure -> [Help 1]';
    expect(ruleFires(defaultRuleSet(), 'tool-version-unsupported', failed)).toBe(false);
    const log = step('mvn -B package', [
      '[ERROR] /home/runner/work/app/src/main/java/a/B.java:[3,8] cannot find symbol',
      '[INFO] BUILD FAILURE',
      failed,
    ]);
    expect(classify({ log }).type).toBe('build');
  });
});

describe("Prisma's word that the database lacks a table or column of its schema (rule db-schema-not-migrated)", () => {
  // prisma/prisma-engines libs/user-facing-errors/src/query_engine/mod.rs @ 066eebee (P2021, P2022), as
  // PrismaClientKnownRequestError prints it under the invocation; the model, paths and table are made up.
  const thrown = (message: string): string[] => [
    '❌ Seeding failed: PrismaClientKnownRequestError: ',
    'Invalid `prisma.order.upsert()` invocation in',
    '/home/runner/work/app/app/prisma/seed.ts:12:30',
    '',
    '→ 12 const order = await prisma.order.upsert(',
    message,
    '    at async main (/home/runner/work/app/app/prisma/seed.ts:12:20) {',
    "  code: 'P2021',",
  ];

  test.each([
    'The table `public.Order` does not exist in the current database.',
    'The column `orders.paid_at` does not exist in the current database.',
  ])(
    'a script that meets it before any test is a job whose database was not migrated (config): %s',
    (line) => {
      const result = classify({ log: step('npx tsx prisma/seed.ts', thrown(line)) });
      expect(result).toMatchObject({ type: 'config', rule: 'db-schema-not-migrated' });
    },
  );

  test('a test that meets it inside a test run stays a failed test', () => {
    const jest = [
      'FAIL test/orders.test.ts',
      '  ● orders › lists the paid ones',
      '',
      '    PrismaClientKnownRequestError: ',
      '    Invalid `prisma.order.findMany()` invocation:',
      '',
      '    The table `public.Order` does not exist in the current database.',
      '',
      'Tests:       1 failed, 12 passed, 13 total',
    ];
    expect(classify({ log: step('npx jest --ci', jest) }).type).toBe('test');
  });
});

describe("a tool's subcommand that does another job than the tool (lexicon: playwright-install, helm-lint, ...)", () => {
  // microsoft/playwright packages/playwright-core/src/cli/program.ts @ 17ed944a (`install [browser...]`, 'ensure
  // browsers necessary for this version of Playwright are installed'; browserFetcher.ts @ 09a1261b fails a download
  // with 'Download failure, code=${code}'); cypress-io/cypress cli/lib/cli.ts @ 93706950 (`install`); helm/helm
  // pkg/cmd/lint.go @ 97d78c2e (`lint PATH`, 'examine a chart for possible issues'); golang/go
  // src/cmd/go/internal/work/build.go (CmdInstall); npm/cli lib/utils/cmd-list.js @ 714476c0 (`i: 'install'`).
  const lexicon = defaultLexicon();
  test.each([
    ['npx playwright install --with-deps', 'tool:playwright-install', 'dependency'],
    ['npx playwright install-deps', 'tool:playwright-install-deps', 'dependency'],
    ['python -m playwright install chromium', 'tool:playwright-install', 'dependency'],
    ['npx cypress install', 'tool:cypress-install', 'dependency'],
    ['helm lint charts/app --strict', 'tool:helm-lint', 'quality-gate'],
    ['go install golang.org/x/tools/cmd/goimports@latest', 'tool:go-install', 'dependency'],
    ['cargo install cargo-nextest --locked', 'tool:cargo-install', 'dependency'],
    ['npm i -g pnpm', 'tool:npm-i', 'dependency'],
  ])('%s is %s (%s)', (command, tool, type) => {
    expect(resolveCommandText(command, lexicon)).toEqual([tool, type]);
  });

  test.each([
    // the tool itself still decides for its other subcommands
    ['npx playwright test --project=chromium', 'tool:playwright', 'test'],
    ['pnpm exec playwright test', 'tool:playwright', 'test'],
    ['npx cypress run --browser chrome', 'tool:cypress', 'test'],
    ['helm upgrade --install app charts/app', 'tool:helm', 'config'],
    ['go test ./...', 'tool:go-test', 'test'],
  ])('%s is still %s (%s)', (command, tool, type) => {
    expect(resolveCommandText(command, lexicon)).toEqual([tool, type]);
  });

  test.each([
    // nextest.rs documents `cargo nextest run`; CMake's ctest(1) is its test driver; knip.dev: 'find unused
    // files, dependencies and exports'
    ['cargo nextest run --workspace', 'tool:cargo-nextest', 'test'],
    ['ctest --test-dir build --output-on-failure', 'tool:ctest', 'test'],
    ['npx knip', 'tool:knip', 'quality-gate'],
    // sveltejs/language-tools svelte-check writers.ts @ 4802f6d6; denoland/deno cli/args/flags.rs @ 182f9142 ('Download
    // and type-check without execution.'); ai/size-limit create-reporter.js @ c21e213d (a size budget)
    ['npx svelte-check --tsconfig ./tsconfig.json', 'tool:svelte-check', 'quality-gate'],
    ['deno check main.ts', 'tool:deno-check', 'quality-gate'],
    ['npx size-limit', 'tool:size-limit', 'quality-gate'],
    // publint.dev: 'Lint packaging errors'; arethetypeswrong.github.io: 'analyzes TypeScript types of npm packages
    // for compatibility issues' (attw, its CLI): a package's metadata judged, nothing built
    ['npx publint --strict', 'tool:publint', 'quality-gate'],
    ['npx attw --pack .', 'tool:attw', 'quality-gate'],
    // bundlesize's and bundlewatch's READMEs: 'Keep your bundle size in check' against a maxSize; jscpd's: 'Copy/paste
    // detector for programming source code' with a --threshold that fails the run: budgets judged, nothing built
    ['npx bundlesize', 'tool:bundlesize', 'quality-gate'],
    ['npx bundlewatch --config .bundlewatch.config.json', 'tool:bundlewatch', 'quality-gate'],
    ['npx jscpd src --threshold 5', 'tool:jscpd', 'quality-gate'],
  ])('%s is %s (%s), not an unknown command', (command, tool, type) => {
    expect(resolveCommandText(command, lexicon)).toEqual([tool, type]);
  });

  test('a browser download that failed is no failed test', () => {
    const v = classify({
      log: step('npx playwright install --with-deps', [
        'Downloading Chromium 131.0.6778.33 (playwright build v1148) from https://cdn.playwright.dev/dbazure/download/playwright/builds/chromium/1148/chromium-linux.zip',
        'Error: Download failure, code=1',
      ]),
    });
    expect(v.type).toBe('dependency');
  });

  test("`node --test` is Node's test runner (lexicon mode node--test)", () => {
    // nodejs/node doc/api/test.md @ 39c05571: 'The Node.js test runner can be invoked from the command line by
    // passing the --test flag'
    expect(resolveCommandText('node --test test/', lexicon)).toEqual(['mode:node--test', 'test']);
    expect(resolveCommandText('node scripts/seed.js', lexicon)).toBeUndefined();
    // A test file that does not load says nothing of its own kind: the runner's word decides.
    const v = classify({
      log: step('node --test', [
        'node:internal/modules/cjs/loader:1228',
        '  throw err;',
        "Error: Cannot find module '/home/runner/work/app/app/test/helpers.js'",
      ]),
    });
    expect(v.type).toBe('test');
  });

  test("svelte-check's TypeScript diagnostics are a check's findings, not a failed build", () => {
    const v = classify({
      log: step('npx svelte-check --tsconfig ./tsconfig.json', [
        '/home/runner/work/app/app/src/App.svelte:3:7',
        "Error: Type 'string' is not assignable to type 'number'. (ts)",
        '====================================',
        'svelte-check found 1 error and 0 warnings in 1 file',
      ]),
    });
    expect(v.type).toBe('quality-gate');
  });

  test('a chart that helm lint refused is a failed check, not a failed deploy', () => {
    const v = classify({
      log: step('helm lint charts/app --strict', [
        '==> Linting charts/app',
        '[ERROR] Chart.yaml: version is required',
        '',
        'Error: 1 chart(s) linted, 1 chart(s) failed',
      ]),
    });
    expect(v.type).toBe('quality-gate');
  });
});

/** sonar-scanner's own line, shown as it is (nothing to take off). */
const SONAR_SCANNER_GATE =
  'ERROR: QUALITY GATE STATUS: FAILED - View details on https://sonarcloud.io/dashboard?id=acme_app';

describe("SonarQube's quality gate failing the analysis (rule sonar-quality-gate-failed)", () => {
  test.each([
    // SonarSource/sonarqube-quality-gate-action script/check-quality-gate.sh through common.sh's fail
    ['\u001b[31m✖ Quality Gate has FAILED.\u001b[0m\u001b[0m', 'Quality Gate has FAILED.'],
    // sonar-scanner with sonar.qualitygate.wait=true
    [SONAR_SCANNER_GATE, SONAR_SCANNER_GATE],
  ])('%s: quality-gate, not retried', (line, shown) => {
    const log = jobLog(
      actionsStep(
        { uses: 'SonarSource/sonarqube-quality-gate-action@v1' },
        [line, '', 'Detailed information can be found at: https://sonarcloud.io/dashboard?id=acme_app'],
        1,
      ),
    );
    const v = classify({ log });
    expect(v.type).toBe('quality-gate');
    expect(v.rule).toBe('sonar-quality-gate-failed');
    expect(v.evidence?.text).toContain(shown);
  });
});
