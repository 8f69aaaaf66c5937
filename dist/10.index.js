export const id = 10;
export const ids = [10];
export const modules = {

/***/ 4010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LogScanner: () => (/* reexport */ LogScanner),
  classify: () => (/* binding */ classify),
  classifyScan: () => (/* binding */ classifyScan),
  compileLexicon: () => (/* reexport */ compileLexicon),
  compileRules: () => (/* reexport */ compileRules),
  defaultLexicon: () => (/* reexport */ defaultLexicon),
  defaultRuleSet: () => (/* reexport */ defaultRuleSet),
  nameWords: () => (/* reexport */ nameWords),
  normalizeLine: () => (/* reexport */ normalizeLine),
  resolveCommandText: () => (/* reexport */ resolveCommandText),
  resolveContext: () => (/* reexport */ resolveContext),
  resolveName: () => (/* reexport */ resolveName),
  scanText: () => (/* reexport */ scanText),
  validateRuleFile: () => (/* reexport */ validateRuleFile)
});

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(44448);
;// CONCATENATED MODULE: ./rules/tool-lexicon.json
const tool_lexicon_namespaceObject = /*#__PURE__*/JSON.parse('{"why":"Tool names as they appear in commands, mapped to the kind of tool and so to the failure type its failure means (TAXONOMY.md). Written from the tools\' own documentation, not from the corpus: the corpus only measures them. Runners name what they run in their arguments; task words are script, target, task and stage names.","kinds":{"linter":"quality-gate","formatter":"quality-gate","type-checker":"quality-gate","security-scanner":"quality-gate","spell-checker":"quality-gate","link-checker":"quality-gate","coverage":"quality-gate","license-checker":"quality-gate","test-runner":"test","compiler":"build","bundler":"build","docs-builder":"build","package-manager":"dependency","container-cli":"build","cloud-cli":"config"},"tools":{"linter":["actionlint","alex","ansible-lint","api-linter","bashate","biome","buf","cargo-audit","cargo-clippy","cargo-deny","cargo-udeps","cfn-lint","cfn_nag","checkov","checkstyle","clang-tidy","clippy","commitlint","conftest","cookstyle","cppcheck","cpplint","credo","danger","darglint","dart-analyze","deadcode","detekt","dialyzer","doc8","dockerfilelint","dotenv-linter","eclint","editorconfig-checker","elvis","erb-lint","erblint","errcheck","errorprone","eslint","fasterer","findbugs","flake8","flake8-docstrings","flutter-analyze","foodcritic","gitlint","go-consistent","go-vet","gocyclo","golangci-lint","golint","gosimple","govet","hadolint","haml-lint","hlint","html-validate","htmlhint","htmllint","include-what-you-use","ineffassign","iwyu","jscs","jshint","jslint","jsonlint","ktlint","kube-linter","kubeconform","kubeval","lintspaces","luacheck","markdownlint","markdownlint-cli","markdownlint-cli2","mdl","mix-credo","oclint","oxlint","parallel-lint","pep257","pep8","php-cs-fixer","phpcs","phplint","phpmd","phpstan","pmd","proselint","prospector","protolint","psalm","puppet-lint","pycodestyle","pydocstyle","pyflakes","pylama","pylint","pyroma","rails_best_practices","rebar3-lint","reek","remark","remark-cli","remark-lint","revive","rome","rstcheck","rubocop","ruff","rumdl","scalafix","scalastyle","scss-lint","selene","semistandard","shellcheck","slim-lint","spectral","sphinx-lint","spotbugs","sqlfluff","sqlint","standard","standardrb","standardx","staticcheck","structcheck","stylelint","swiftlint","terraform-validate","textlint","tflint","tfsec","tslint","unused","vale","varcheck","vulture","wartremover","write-good","xo","yamllint","zizmor"],"formatter":["alejandra","autopep8","black","cargo-fmt","clang-format","cmake-format","dart-format","dartfmt","djlint","dotnet-format","dprint","elm-format","fourmolu","go-fmt","gofmt","goimports","google-java-format","isort","ktfmt","mix-format","nixpkgs-fmt","ormolu","prettier","rustfmt","scalafmt","shfmt","spotless","stylish-haskell","swift-format","swiftformat","taplo","terraform-fmt","yapf"],"type-checker":["flow","mypy","pyre","pyright","pytype","sorbet","srb","steep","vue-tsc"],"security-scanner":["audit-ci","bandit","brakeman","bundle-audit","bundler-audit","dependency-check","detect-secrets","gitleaks","gosec","govulncheck","grype","npm-audit","nsp","osv-scanner","owasp","pip-audit","retire","safety","semgrep","snyk","trivy","trufflehog"],"spell-checker":["aspell","codespell","cspell","hunspell","misspell","pyspelling","spellcheck","typos"],"link-checker":["awesome-lint","awesome_bot","html-proofer","htmlproofer","linkchecker","linkinator","lychee","markdown-link-check","muffet"],"coverage":["codecov","coveralls","diff-cover","jacoco"],"license-checker":["fossa","license-checker","license_finder","licensee","licensefinder","reuse"],"test-runner":["atoum","ava","bats","bazel-test","behat","boost_test","busted","c8","cabal-test","cargo-test","catch2","codecept","codeception","coverage-run","ct_run","cucumber","cypress","dart-test","doctest-cpp","dotnet-test","elm-test","elm-test-rs","espec","eunit","exunit","failsafe","flutter-test","ginkgo","go-test","gotestsum","gradle-test","gradlew-test","green","gtest","hspec","jasmine","jest","junit","kahlan","karma","lab","lein-test","luaunit","make-check","make-test","minitest","mix-test","mocha","mstest","mvn-test","nightwatch","node-tap","nose2","nosetests","npm-test","nunit","nyc","pest","phpunit","playwright","pnpm-test","protractor","prove","py.test","pytest","qunit","rake-spec","rake-test","rebar3-ct","rebar3-eunit","rspec","sbt-test","shellspec","shunit2","stack-test","surefire","swift-test","tap","tape","tasty","teaspoon","testem","testng","testrb","trial","unittest","uvu","vitest","vstest","ward","wdio","webdriverio","xcodebuild-test","xctest","xunit","yarn-test"],"compiler":["babel","bazel-build","bibtex","c++","cabal-build","cargo-build","cargo-check","cc","cl.exe","clang","clang++","coffee","crystal","csc","cython","dart-sass","dmd","dotnet-build","elixirc","elm-make","ember-build","emcc","erlc","g++","gcc","gfortran","ghc","go-build","gradle-assemble","gradlew-assemble","javac","kotlinc","latexmk","ldc","lein-compile","lessc","lualatex","mix-compile","msbuild","mvn-compile","mvn-package","next-build","ng-build","nim","node-sass","nuxt-build","nvcc","pdflatex","protoc","react-scripts-build","rustc","sass","sbt-compile","scalac","stack-build","stylus","swift-build","swiftc","tsc","xelatex","zig"],"bundler":["browserify","esbuild","metro","microbundle","parcel","rollup","snowpack","swc","tsup","vite","vue-cli-service","webpack"],"docs-builder":["asciidoctor","docusaurus","doxygen","gitbook","hexo","hugo","javadoc","jekyll","jsdoc","mkdocs","rustdoc","sphinx-build","typedoc","vuepress","yard"],"package-manager":["apt-get-install","brew-install","bundle-install","cabal-install","cargo-fetch","composer-install","composer-update","gem-install","go-get","go-mod","mix-deps","mix-deps.get","npm-ci","npm-install","pip-install","pip3-install","pnpm-install","poetry-install","rebar3-get-deps","yarn-install"],"container-cli":["docker-build","docker-compose-build","podman-build","buildah-bud","buildx-build","kaniko","docker-buildx"],"cloud-cli":["aws","az","eksctl","firebase","fly","flyctl","gcloud","helm","heroku","kubectl","netlify","oc","pulumi","sam","serverless","terragrunt","vercel"]},"runners":["R-install","apk","apt","apt-get","bash","bazel","bazelisk","bower","brew","buck","buildah","buildx","bun","bundle","bundler","bunx","cabal","cargo","carthage","carton","catchsegv","choco","cmake","composer","conan","conda","coursier","coverage","cpan","cpanm","cross-env","ctest","dart","dash","deno","dnf","docker","docker-compose","dotenv","dotnet","easy_install","elixir","env","erl","exec","fab","flutter","gem","gmake","go","gradle","gradlew","grunt","gulp","hatch","hex","inv","invoke","istanbul","ivy","jspm","just","lein","lerna","luarocks","make","mamba","meson","micromamba","mingw32-make","mix","mvn","mvnw","ninja","nmake","node","nodejs","nohup","nox","npm","npm-run-all","npx","nuget","nx","opam","pacman","paket","pants","pdm","perl","php","pip","pip3","pipenv","pnpm","pnpx","pod","podman","poetry","port","pub","py","python","python2","python3","rake","rebar3","retry","ruby","run-p","run-s","rush","sbt","scons","script","sh","stack","sudo","swift","task","terraform","time","timeout","tox","travis_retry","travis_wait","turbo","uv","vcpkg","waf","xcodebuild","xcrun","xvfb","xvfb-run","yarn","yarn-run","yum","zsh","zypper"],"tasks":{"quality-gate":["analyse","analyze","audit","check-format","check-lint","check-types","checkformat","checkstyle","codestyle","cov","coverage","cs","enforcer","eslint","fmt","fmt-check","format","format-check","format:check","formatcheck","formatting","inspect","link-check","linkcheck","links","lint","lint-staged","lint:all","linter","linting","pedantic","phpcs","prettier","prettier-check","security","sniff","spell","spellcheck","spelling","style","stylecheck","stylelint","tsc","tslint","type-check","typecheck","typecheck:all","types","validate","verify-format","vet"],"test":["acceptance","check-test","ci-test","coverage-test","cypress","e2e","integration","integration-test","jest","karma","mocha","pytest","smoke","spec","specs","test","test:ci","test:e2e","test:unit","testing","tests","unit","unit-test","unittest"],"build":["assemble","build","bundle","compile","compilejava","compilekotlin","compiler","compilescala","compiletestjava","dist","doc","docs","html","jar","package","pdf","prepare","prepublish","release","site","war","webpack"],"dependency":["add","bootstrap","dependencies","deps","download-deps","fetch","get","install","resolve","restore","setup-deps","sync","update","vendor"]}}');
;// CONCATENATED MODULE: ./src/core/classify/context.ts

function compileLexicon(file, drop = new Set()) {
    const tools = new Map();
    for (const [kind, names] of Object.entries(file.tools)) {
        const type = file.kinds[kind];
        if (!type)
            throw new Error(`rules/tool-lexicon.json: kind '${kind}' has no type in 'kinds'`);
        for (const name of names)
            if (!drop.has(`tool:${name}`))
                tools.set(name, type);
    }
    const tasks = new Map();
    for (const [type, words] of Object.entries(file.tasks)) {
        for (const word of words)
            if (!drop.has(`task:${word}`))
                tasks.set(word, type);
    }
    return { tools, runners: new Set(file.runners), tasks };
}
let defaultLexiconCache;
function defaultLexicon() {
    defaultLexiconCache ??= compileLexicon(tool_lexicon_namespaceObject);
    return defaultLexiconCache;
}
const lexiconFile = (/* unused pure expression or super */ null && (lexiconData));
// Words that run what follows them rather than being the tool (`npm run lint`, `bundle exec rspec`).
const PASS_THROUGH = new Set(['run', 'run-script', 'exec', 'x', 'dlx', '-m', '-c', 'call']);
// Shell syntax before the command (`if ...; then make test; fi`).
const SHELL_WORDS = new Set(['then', 'do', 'else', '!', '{', '(']);
// Shell builtins and plumbing that are never the tool, even in a script's name.
const NOT_A_TOOL = new Set([
    'test',
    '[',
    'cd',
    'echo',
    'export',
    'set',
    'if',
    'then',
    'true',
    'false',
    'source',
    '.',
]);
/** The words of a script, target or task name: `test:unit` -> test unit, `checkstyleMain` -> checkstyle main. */
function nameWords(name) {
    return name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9+]+/)
        .filter((w) => w !== '');
}
function basename(token) {
    const base = token.replace(/^['"]|['"]$/g, '').replace(/^.*[\\/]/, '');
    return base.toLowerCase().replace(/\.(?:sh|bash|py|js|mjs|cjs|ts|rb|pl|exe|bat|cmd|ps1)$/, '');
}
/**
 * A script, target, task or stage name resolved by its words: a tool named in it first (`lint:eslint`), then
 * a task word, `test` last since it is the umbrella name (`test:guide-formatting` is a format check).
 */
function resolveName(name, lexicon) {
    const words = nameWords(name);
    for (const word of words) {
        const tool = lexicon.tools.get(word);
        if (tool)
            return [`tool:${word}`, tool];
    }
    let umbrella;
    for (const word of words) {
        const task = lexicon.tasks.get(word);
        if (!task)
            continue;
        if (!UMBRELLA.has(word))
            return [`task:${word}`, task];
        umbrella ??= [`task:${word}`, task];
    }
    return umbrella;
}
const UMBRELLA = new Set(['test', 'tests']);
/** Resolves one simple command (no `&&`): its program, through runners, to a tool or a task word. */
function resolveSimple(tokens, lexicon) {
    let runner;
    let task;
    for (const raw of tokens) {
        if (/^\w+=/.test(raw) || (raw.startsWith('-') && raw !== '-m'))
            continue;
        const word = basename(raw);
        if (!word || (runner ? PASS_THROUGH.has(word) : SHELL_WORDS.has(word)))
            continue;
        if (runner) {
            const compound = lexicon.tools.get(`${runner}-${word}`);
            if (compound)
                return [`tool:${runner}-${word}`, compound];
        }
        const tool = lexicon.tools.get(word);
        if (tool)
            return [`tool:${word}`, tool];
        if (lexicon.runners.has(word)) {
            runner = word;
            continue;
        }
        if (runner) {
            // A runner's arguments name what it runs: `rake spec`, `node ./bin/cake build:parser`, `gradle lint`.
            const found = resolveName(word, lexicon);
            if (found?.[0].startsWith('tool:'))
                return found;
            task = preferred(task, found);
            continue;
        }
        // An unknown program: its path may say what it does (`test/run`, `./scripts/ci/lint.sh`).
        if (NOT_A_TOOL.has(raw) || !/[-_./:]/.test(raw))
            return undefined;
        return resolveName(raw.replace(/^\.{0,2}\//, ''), lexicon);
    }
    return task;
}
/**
 * When one command does several kinds of work (`a && b`, `if c; then a; else b; fi`, `xcodebuild build test`)
 * and the log does not say which failed: a check before tests before a build before an install, since the
 * earlier kinds print no decisive line of their own more often (a compiler error or an install failure would
 * have been typed by a rule already).
 */
const PRECEDENCE = ['quality-gate', 'test', 'build', 'dependency'];
function rank(type) {
    const i = PRECEDENCE.indexOf(type);
    return i < 0 ? PRECEDENCE.length : i;
}
function preferred(a, b) {
    if (!a || !b)
        return a ?? b;
    return rank(b[1]) < rank(a[1]) ? b : a;
}
/** A command line resolved to a lexicon entry. */
function resolveCommandText(text, lexicon) {
    return text
        .split(/\s*(?:&&|\|\||;|\|)\s*/)
        .map((part) => resolveSimple(part.trim().split(/\s+/), lexicon))
        .reduce(preferred, undefined);
}
/**
 * The failing command's verdict: the first command a line says failed, else the latest one echoed in the
 * step, else the step's own command, resolved through the lexicon.
 */
function resolveContext(context, lexicon) {
    if (!context)
        return undefined;
    const order = [...context.failed, ...[...context.ran].reverse(), ...(context.step ? [context.step] : [])];
    for (const hit of order) {
        const found = resolveCommandText(hit.text, lexicon);
        if (found)
            return { entry: found[0], type: found[1], hit };
    }
    return undefined;
}

// EXTERNAL MODULE: ../main/node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(1543);
;// CONCATENATED MODULE: ./src/core/classify/reports.ts

const parser = new XMLParser/* default */.A({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text' });
function asArray(value) {
    if (value === undefined || value === null)
        return [];
    return (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'object' && v !== null);
}
function reports_text(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'object' && value !== null) {
        const node = value;
        const message = node.message ?? node['#text'];
        if (typeof message === 'string')
            return message;
    }
    return '';
}
/** The first failed or errored test case in JUnit XML, or undefined when every test passed. Throws on bad XML. */
function junitFailure(xml) {
    const doc = parser.parse(xml);
    const suites = [];
    const collect = (node) => {
        for (const suite of asArray(node.testsuite)) {
            suites.push(suite);
            collect(suite);
        }
    };
    for (const root of asArray(doc.testsuites))
        collect(root);
    collect(doc);
    for (const suite of suites) {
        for (const testcase of asArray(suite.testcase)) {
            const failure = asArray(testcase.failure)[0] ?? asArray(testcase.error)[0];
            const bare = testcase.failure === '' || testcase.error === '';
            if (!failure && !bare)
                continue;
            const name = [testcase.classname, testcase.name].filter((p) => typeof p === 'string' && p).join('.');
            const message = reports_text(failure).split('\n')[0]?.trim() ?? '';
            return {
                type: 'test',
                rule: 'report:junit',
                evidence: { line: 0, text: `${name || 'test case'} failed${message ? `: ${message}` : ''}` },
            };
        }
    }
    // Some tools only count: <testsuite failures="2">.
    for (const suite of suites) {
        const failed = Number(suite.failures ?? 0) + Number(suite.errors ?? 0);
        if (failed > 0) {
            const name = typeof suite.name === 'string' ? suite.name : 'test suite';
            return { type: 'test', rule: 'report:junit', evidence: { line: 0, text: `${name}: ${failed} failed` } };
        }
    }
    return undefined;
}
/** The first error-level result of a SARIF log (a failing checker), or undefined. Throws on bad JSON. */
function sarifFailure(json) {
    const doc = JSON.parse(json);
    for (const run of doc.runs ?? []) {
        for (const result of run.results ?? []) {
            // SARIF's default level is 'warning'; only errors fail a gate.
            if (result.level !== 'error')
                continue;
            const location = result.locations?.[0]?.physicalLocation;
            const where = location?.artifactLocation?.uri
                ? `${location.artifactLocation.uri}${location.region?.startLine ? `:${location.region.startLine}` : ''}: `
                : '';
            const text = `${where}${result.ruleId ? `${result.ruleId}: ` : ''}${result.message?.text ?? ''}`.trim();
            return { type: 'quality-gate', rule: 'report:sarif', evidence: { line: 0, text } };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./rules/log-rules.json
const log_rules_namespaceObject = /*#__PURE__*/JSON.parse('{"rules":[{"id":"runner-lost","type":"infrastructure","confidence":"high","pattern":"The runner has received a shutdown signal|[Ll]ost communication with the server|The hosted runner (?:encountered an error|lost communication)|hudson\\\\.remoting\\\\.Channel\\\\$OrderlyShutdown|hudson\\\\.remoting\\\\.ChannelClosedException|Agent went offline during the build|Received request to deprovision","keywords":["shutdown signal","lost communication","hosted runner","orderlyshutdown","channelclosedexception","went offline","deprovision"],"structural":true,"why":"GitHub runner shut down or lost, Jenkins agent channel closed","examples":{"positive":[{"log":"d0257","line":16},{"log":"d0417","line":49}],"negative":[{"log":"d0027","line":4}]}},{"id":"job-time-limit","type":"timeout","confidence":"high","pattern":"has timed out after \\\\d+ minutes|exceeded the maximum execution time|The job exceeded the maximum time limit|max run time exceeded|Build timed out \\\\(after|Timeout \\\\(\\\\d+ ?(?:minutes|min|m)\\\\) exceeded|returning 124\\\\b|Execution timed out","keywords":["timed out after","maximum execution time","maximum time limit","max run time","build timed out","minutes) exceeded","min) exceeded","returning 124","execution timed out"],"why":"CI job/step/task limits (GitHub timeout-minutes, Travis, Taskcluster, Jenkins), timeout(1)","examples":{"positive":[{"log":"d0103","line":2701},{"log":"d0197","line":21}],"negative":[{"log":"d0085","line":1763}]}},{"id":"no-output-watchdog","type":"timeout","confidence":"high","pattern":"No output has been received in the last \\\\d+m|timed out after \\\\d+ seconds with no output|has not produced any output for|Tests timed out|Job timed out","keywords":["no output has been","with no output","any output for","tests timed out","job timed out"],"why":"no-output watchdogs (Travis, mozharness) and harness-wide timeouts","examples":{"positive":[{"log":"d0005","line":9317},{"log":"d0085","line":1763}],"negative":[{"log":"d0005","line":9316}]}},{"id":"cancelled","type":"cancelled","confidence":"medium","pattern":"Step cancelled by GitHub Actions|The operation was cancell?ed|Job was cancell?ed|Build was aborted|Aborted by \\\\S+$|Cancelling nested steps","keywords":["cancel","aborted by","build was aborted"],"why":"user or concurrency cancellation","examples":{"positive":[{"log":"d0102","line":34}],"negative":[{"log":"d0005","line":9076}]}},{"id":"disk-full","type":"resource","confidence":"medium","pattern":"No space left on device|\\\\bENOSPC\\\\b|not enough space on the disk|Disk quota exceeded","keywords":["no space left","enospc","not enough space","quota exceeded"],"why":"disk exhausted","examples":{"positive":[{"log":"d0060","line":805},{"log":"d0209","line":778}],"negative":[{"log":"d0060","line":804}]}},{"id":"go-build-failed","type":"build","confidence":"medium","pattern":"^FAIL\\\\s+\\\\S+\\\\s+\\\\[(?:build|setup) failed\\\\]$","keywords":["failed]"],"why":"go test could not build the package","examples":{"positive":[{"log":"d0069","line":501}],"negative":[{"log":"d0069","line":500}]}},{"id":"cargo-build","type":"build","confidence":"high","pattern":"error: failed to run custom build command for|error: could not compile `|^error\\\\[E\\\\d{4}\\\\]","keywords":["error: failed to run custom","error: could not compile","error[e"],"why":"cargo/rustc compile errors","examples":{"positive":[{"log":"d0031","line":439},{"log":"d0134","line":434}],"negative":[{"log":"d0031","line":461}]}},{"id":"mozilla-harness","type":"test","confidence":"high","pattern":"TEST-UNEXPECTED-(?:FAIL|ERROR|CRASH|TIMEOUT)|PROCESS-CRASH \\\\||ERROR: (?:Address|Leak|Thread|Memory|UndefinedBehavior)Sanitizer","keywords":["test-unexpected","process-crash","sanitizer"],"why":"mozilla harnesses, sanitizers","examples":{"positive":[{"log":"d0080","line":13565},{"log":"d0244","line":5437}],"negative":[{"log":"d0063","line":191}]}},{"id":"pytest-unittest","type":"test","confidence":"high","pattern":"^FAILED [^\\\\s(]+::|^(?:ERROR|FAILED) (?:CONSISTENTLY: )?\\\\S+\\\\.py::|^=+ .*\\\\b\\\\d+ (?:failed|errors?)\\\\b.* in [\\\\d.]+s|^FAILED \\\\((?:failures|errors)=\\\\d+|^(?:FAIL|ERROR): test\\\\w*|^E\\\\s{3,}\\\\w*(?:Error|Exception)\\\\b|^\\\\S+\\\\.py:\\\\d+: (?:\\\\w+Error|\\\\w+Exception)$","keywords":["failed","error","fail:","exception"],"why":"pytest and unittest","examples":{"positive":[{"log":"d0023","line":1311},{"log":"d0038","line":1310}],"negative":[{"log":"d0001","line":161}]}},{"id":"go-test","type":"test","confidence":"high","pattern":"^--- FAIL: |^FAIL: Test\\\\w*|^FAIL\\\\s+\\\\S+\\\\s+[\\\\d.]+s$","keywords":["fail"],"why":"go test, gocheck","examples":{"positive":[{"log":"d0072","line":584},{"log":"d0082","line":2617}],"negative":[{"log":"d0001","line":263}]}},{"id":"jest-mocha","type":"test","confidence":"high","pattern":"^Tests:\\\\s+\\\\d+ failed|^Test Suites:\\\\s+\\\\d+ failed|Some test suites failed|^\\\\d+ failing$|timeout of \\\\d+ms exceeded\\\\. Ensure the done\\\\(\\\\) callback","keywords":["failed","failing","timeout of"],"why":"jest, mocha (a per-test timeout is a test failure)","examples":{"positive":[{"log":"d0033","line":622},{"log":"d0118","line":621}],"negative":[{"log":"d0001","line":263}]}},{"id":"junit-summary","type":"test","confidence":"medium","pattern":"Tests run: \\\\d+, Failures: [1-9]\\\\d*|Tests run: \\\\d+, Failures: \\\\d+, Errors: [1-9]\\\\d*|There (?:are|were) test failures|There (?:was|were) \\\\d+ (?:failures?|errors?):|^FAILURES!$|Tests: \\\\d+, Assertions: \\\\d+, (?:Failures|Errors): \\\\d+|^Failed tests?:|^Tests in error:|^\\\\[ERROR\\\\]\\\\s+\\\\w+Test\\\\w*\\\\.\\\\w+[:(]|^\\\\w+Test\\\\w* > \\\\w+.* FAILED$|\\\\d+ tests completed, \\\\d+ failed|There were failing tests|^\\\\d+\\\\) \\\\w+(?:\\\\\\\\\\\\w+)*(?:Test|_test)\\\\w*::\\\\w+|\\\\(\\\\w+\\\\.\\\\w*Test\\\\w*\\\\)$","keywords":["failures:","errors:","test failures","failures?","failures!","failed test","tests in error","[error]","failed","failing","test::","test)"],"why":"maven surefire, gradle, phpunit","examples":{"positive":[{"log":"d0001","line":261},{"log":"d0012","line":644}],"negative":[{"log":"d0001","line":107}]}},{"id":"rspec-minitest","type":"test","confidence":"high","pattern":"^Failed examples:|^rspec \\\\./spec|\\\\b\\\\d+ examples?, [1-9]\\\\d* failures?|An error occurred while loading \\\\./spec|\\\\d+ runs, \\\\d+ assertions, (?:[1-9]\\\\d* failures|\\\\d+ failures, [1-9]\\\\d* errors)|Minitest::Assertion|Test::Unit::AssertionFailedError|\\\\d+ examples?, \\\\d+ failures?, [1-9]\\\\d* errors? occurred outside","keywords":["failed examples","rspec ./spec","failure","error occurred while loading","minitest::assertion","assertionfailederror","errors occurred"],"why":"rspec, minitest, hspec","examples":{"positive":[{"log":"d0101","line":761},{"log":"d0276","line":1127}],"negative":[{"log":"d0001","line":273}]}},{"id":"tap-not-ok","type":"test","confidence":"high","pattern":"^not ok \\\\d+","keywords":["not ok"],"why":"A TAP test line names the failing test; it outranks the plan\'s summary lines so the evidence is the test itself","examples":{"positive":[{"log":"d0094","line":338},{"log":"d0097","line":2707}],"negative":[{"log":"d0063","line":3553}]}},{"id":"tap-tape-prove","type":"test","confidence":"medium","pattern":"^# fail\\\\s+[1-9]|operator: (?:notOk|ok|equal|deepEqual|throws|fail)\\\\b|Failed \\\\d+/\\\\d+ (?:subtests|test programs)|Dubious, test returned|^Result: FAIL","keywords":["# fail","operator:","subtests","test programs","dubious","result: fail"],"why":"TAP summaries, tape, perl prove","examples":{"positive":[{"log":"d0094","line":428},{"log":"d0097","line":967}],"negative":[{"log":"d0063","line":3553}]}},{"id":"exunit-ct","type":"test","confidence":"high","pattern":"\\\\b\\\\d+ (?:tests|doctests?|properties)(?:, \\\\d+ \\\\w+)*, [1-9]\\\\d* failures?|Assertion with \\\\S+ failed|\\\\(for doctest at\\\\)|failed on line \\\\d+$|TEST COMPLETE, \\\\d+ failed|\\\\bSuccess/Total: (\\\\d+)/(?!\\\\1\\\\b)\\\\d+","keywords":["failure","assertion with","for doctest at","failed on line","test complete","success/total"],"why":"elixir ExUnit, erlang common_test, suites that print pass/total","examples":{"positive":[{"log":"d0001","line":263},{"log":"d0052","line":926}],"negative":[{"log":"d0012","line":642}]}},{"id":"xctest","type":"test","confidence":"medium","pattern":"XCTAssert\\\\w* failed|Test Case \'.*\' failed|\\\\*\\\\* TEST FAILED \\\\*\\\\*|Executed \\\\d+ tests?, with [1-9]\\\\d* failures?|, Test crashed|Asynchronous wait failed","keywords":["xctassert","test case","test failed","executed","test crashed","asynchronous wait failed"],"why":"XCTest, xcpretty","examples":{"positive":[{"log":"d0034","line":507},{"log":"d0043","line":1775}],"negative":[{"log":"d0012","line":691}]}},{"id":"rust-test","type":"test","confidence":"medium","pattern":"^test result: FAILED|^thread \'(?!main\')[^\']*\' panicked at","keywords":["test result: failed","panicked at"],"why":"cargo test","examples":{"positive":[{"log":"d0021","line":969},{"log":"d0121","line":969}],"negative":[{"log":"d0068","line":582}]}},{"id":"karma","type":"test","confidence":"medium","pattern":"Executed \\\\d+ of \\\\d+ .*\\\\(\\\\d+ FAILED\\\\)|^\\\\w[\\\\w .()]* \\\\d[\\\\d.]* \\\\(.*\\\\) .* FAILED$","keywords":["failed"],"why":"karma","examples":{"positive":[{"log":"d0175","line":1288},{"log":"d0489","line":1418}],"negative":[{"log":"d0001","line":263}]}},{"id":"test-harness","type":"test","confidence":"medium","pattern":"TestFramework \\\\(ERROR\\\\)|REGRESSION: benchmark|Test Failed: |\\\\b[1-9]\\\\d* tests? failed|failed [1-9]\\\\d* and passed \\\\d+ tests|[^|]{1,4} Failed +\\\\| +\\\\d+ s$|\\\\[  FAILED  \\\\]|Failed asserting that|(?:^|[\\\\s:(])AssertionError\\\\b|Assertion ?Failed|AssertionFailedError|ProcessTimedOutException|[Tt]est class should extend|^FAILED CONSISTENTLY:","keywords":["testframework (error)","regression: benchmark","test failed","tests failed","failed","failed asserting","assertionerror","assertion failed","assertionfailed","processtimedout","test class should"],"why":"other test harnesses and assertion failures","examples":{"positive":[{"log":"d0012","line":645},{"log":"d0023","line":12937}],"negative":[{"log":"d0001","line":263}]}},{"id":"deps-resolve","type":"dependency","confidence":"high","pattern":"npm ERR! code (?:ERESOLVE|E404|ETARGET|EINTEGRITY|ENOVERSIONS)|npm ERR! 404|No matching version found|No matching distribution found|Could not find a version that satisfies|Failed building wheel|ResolutionImpossible|Could not resolve dependencies|Could not find artifact|Failed to collect dependencies|Could not resolve all (?:dependencies|files) for configuration|Could not find gem|Bundler could not find compatible versions|Gem::InstallError|An error occurred while installing|Your bundle is locked to|E: Unable to locate package|has no installation candidate|E: Failed to fetch \\\\S+\\\\s+404|held broken packages|Couldn\'t find any versions for|Your requirements could not be resolved|can only install packages when your package\\\\.json and package-lock\\\\.json|lockfile needs to be updated|Unable to find a specification for|Unable to download artifact\\\\(s\\\\): Artifact not found","keywords":["npm err!","no matching","could not find","failed building wheel","resolutionimpossible","could not resolve","failed to collect","bundler could not","gem::installerror","error occurred while installing","bundle is locked","unable to locate package","installation candidate","e: failed to fetch","held broken","couldn\'t find any versions","could not be resolved","package-lock.json","lockfile needs","unable to find a specification","artifact not found"],"why":"package managers","examples":{"positive":[{"log":"d0002","line":424},{"log":"d0025","line":424}],"negative":[{"log":"d0020","line":1393}]}},{"id":"deps-native","type":"dependency","confidence":"high","pattern":"Could NOT find \\\\w+|Could not find a package configuration file|Detected version of \\\\w+ is too old|error while loading shared libraries|No such hash: [0-9a-f]+|go: .*unknown revision|missing go\\\\.sum entry|cannot find package \\\\\\"","keywords":["could not find","package configuration file","too old","error while loading shared libraries","no such hash","unknown revision","go.sum entry","cannot find package"],"why":"system libraries and toolchain packages","examples":{"positive":[{"log":"d0016","line":837},{"log":"d0020","line":1393}],"negative":[{"log":"d0226","line":64}]}},{"id":"compiler-error","type":"build","confidence":"medium","pattern":"^\\\\S+\\\\.(?:c|cc|cpp|cxx|h|hh|hpp|m|mm|swift|go|hs|java|kt|scala|cs|erl|f90)(?::\\\\d+){1,2}:? (?:fatal )?error\\\\b|^\\\\S+\\\\.(?:c|cc|cpp|cxx|h|hpp|java|cs)\\\\(\\\\d+,\\\\d+\\\\): (?:fatal )?error|undefined reference to|ld returned \\\\d+ exit status|ld: symbol\\\\(s\\\\) not found|lld(?:-link)?: error:|fatal error: .*(?:No such file or directory|file not found)|error: linker `|^\\\\[ERROR\\\\] \\\\S+\\\\.(?:java|kt|scala):\\\\[\\\\d+,\\\\d+\\\\]|COMPILATION ERROR|cannot find symbol|\\\\[error\\\\] .*Compilation failed|error TS\\\\d+:|Failed to compile|Module not found: Error|Failing due to -Werror|\\\\[-Werror|^\\\\S{0,4}\\\\s+/\\\\S+\\\\.(?:swift|m|mm|h|c|cpp):\\\\d+:\\\\d+: |\\\\*\\\\* BUILD FAILED \\\\*\\\\*","keywords":["error","undefined reference","ld returned","symbol(s) not found","fatal error","build failed","cannot find symbol","compilation failed","failed to compile","module not found","werror",".swift:",".m:",".mm:",".h:",".c:",".cpp:"],"why":"compilers and linkers","examples":{"positive":[{"log":"d0008","line":928},{"log":"d0014","line":2213}],"negative":[{"log":"d0008","line":140}]}},{"id":"build-tool","type":"build","confidence":"high","pattern":"configure: error:|CMake Error|ninja: build stopped|Failed to execute goal org\\\\.apache\\\\.maven\\\\.plugins:maven-compiler-plugin|class file has wrong version|UnsupportedClassVersionError|Failed to load interface for|Not in scope: |is not a member of (?:package|object|class)|\\\\(CompileError\\\\)|^\\\\S+\\\\.hs:\\\\d+:\\\\d+: error:|^error: (?:expected|use of undeclared|unknown type name|no matching function|no member named|redefinition of)|^(?:\\\\w+)?SyntaxError: (?!.*was thrown)","keywords":["configure: error","cmake error","build stopped","maven-compiler-plugin","class file has wrong","unsupportedclassversion","failed to load interface","not in scope","is not a member of","compileerror",".hs:","error: ","syntaxerror"],"why":"build systems and bundlers","examples":{"positive":[{"log":"d0014","line":2213},{"log":"d0026","line":2016}],"negative":[{"log":"d0014","line":2770}]}},{"id":"sass","type":"build","confidence":"medium","pattern":"^Error: (?:Invalid CSS after|Inconsistent indentation|Illegal nesting|Undefined (?:variable|mixin)|File to import not found)","keywords":["error: "],"why":"sass compile errors","examples":{"positive":[{"log":"d0018","line":494},{"log":"d0037","line":454}],"negative":[{"log":"d0019","line":476}]}},{"id":"latex-overfull","type":"quality-gate","confidence":"medium","pattern":"^Overfull \\\\\\\\hbox","keywords":["overfull"],"group":"latex","why":"a check that fails on overfull boxes prints them last","examples":{"positive":[{"log":"d0045","line":532},{"log":"d0061","line":532}],"negative":[{"log":"d0045","line":463}]}},{"id":"latex-unresolved","type":"build","confidence":"medium","pattern":"LaTeX Warning: There were undefined references|Latex failed to resolve|^! LaTeX Error:|^! Undefined control sequence","keywords":["latex","undefined control sequence"],"group":"latex","why":"LaTeX build errors and unresolved references; the latest LaTeX line decides","examples":{"positive":[{"log":"d0106","line":471},{"log":"d0169","line":471}],"negative":[{"log":"d0029","line":158}]}},{"id":"lint-js","type":"quality-gate","confidence":"medium","pattern":"^\\\\d+:\\\\d+\\\\s+error\\\\s+.+\\\\s{2,}[\\\\w/@-]+$|\\\\d+ problems? \\\\([1-9]\\\\d* errors?, \\\\d+ warnings?\\\\)|\\\\(prettier/prettier\\\\)|standard: (?:Use (?:JavaScript|Ruby) Standard Style|Run `standard --fix`)|Code style issues found|Forgot to run Prettier|prettier --(?:list-different|check)|^\\\\S+\\\\.(?:js|jsx|mjs|ts|tsx|vue):\\\\d+(?::\\\\d+)? .+ \\\\([\\\\w/@-]+\\\\)$|^\\\\S+\\\\.(?:js|jsx|mjs):\\\\d+:\\\\d+: [A-Z].+\\\\.$|ESLint found","keywords":["error","problem","prettier","standard:","code style issues",".js:",".jsx:",".mjs:",".ts:",".tsx:",".vue:","eslint found"],"why":"eslint, prettier, standard, jscs","examples":{"positive":[{"log":"d0058","line":469},{"log":"d0064","line":979}],"negative":[{"log":"d0006","line":140}]}},{"id":"lint-other","type":"quality-gate","confidence":"high","pattern":"^\\\\S+\\\\.rb:\\\\d+:\\\\d+: [CWEF]: |\\\\d+ files? inspected, [1-9]\\\\d* offenses? detected|^\\\\S+\\\\.py:\\\\d+:\\\\d+: [EWFCN]\\\\d{3} |would reformat|Imports are incorrectly sorted|is not gofmted|is not goimported|\\\\((?:gofmt|goimports|golint|govet|errcheck|staticcheck|ineffassign|misspell)\\\\)$|\\\\bMD\\\\d{3}/[\\\\w-]+|You have \\\\d+ Checkstyle violations|\\\\[checkstyle\\\\]|Binary compatibility check failed|animal-sniffer.*Signature errors|mix format failed|failure generated from \\\\S*lint|HTML-Proofer found \\\\d+ failures|Ignored error pattern .* was not matched|Unable to create Root Module: config|\\\\[ERROR\\\\] Found \\\\d+ errors?|^>>> Lint for|failed (?:indent_char|indent_size|end_of_line|trim_trailing_whitespace|insert_final_newline|max_line_length)|Your PR is \\\\d+ LOC|is out of sync with the corresponding revision|left local git repository checkout dirty|Please commit all changes|are not up[- ]to[- ]date|not in (?:alphabetical )?order|Duplicate links? found|does not match (?:the )?(?:expected )?format|[Cc]overage .*(?:below|less than|not met)|Coverage failure","keywords":[".rb:","offense",".py:","would reformat","incorrectly sorted","gofmted","goimported","(go","(err","(static","(ineff","(miss","md0","checkstyle","binary compatibility","animal-sniffer","mix format","failure generated","html-proofer","ignored error pattern","unable to create root module","[error] found",">>> lint","failed indent","failed end_of","failed trim","failed insert","failed max","your pr is","out of sync","checkout dirty","please commit","up to date","up-to-date","in order","alphabetical order","duplicate link","match format","match the","match expected","coverage"],"why":"other linters, formatters and checks","examples":{"positive":[{"log":"d0013","line":851},{"log":"d0017","line":760}],"negative":[{"log":"d0006","line":5196}]}},{"id":"link-check","type":"quality-gate","confidence":"medium","pattern":"^\\\\d+\\\\. \\\\[L\\\\d+\\\\] (?:\\\\d{3} |\\\\s)|^> Dupes$","keywords":[". [l","> dupes"],"why":"awesome_bot link and duplicate checks","examples":{"positive":[{"log":"d0006","line":5176},{"log":"d0007","line":800}],"negative":[{"log":"d0475","line":839}]}},{"id":"yaml-front-matter","type":"quality-gate","confidence":"medium","pattern":"^\\\\(\\\\S+\\\\.(?:md|markdown)\\\\): .* at line \\\\d+ column \\\\d+","keywords":["md):","markdown):"],"why":"content checkers that parse front matter","examples":{"positive":[{"log":"d0095","line":474},{"log":"d0109","line":470}],"negative":[{"log":"d0095","line":473}]}},{"id":"git-ref-missing","type":"git","confidence":"high","pattern":"fatal: Remote branch \\\\S+ not found in upstream|couldn\'t find remote ref|fatal: reference is not a tree|error: pathspec \'.*\' did not match any|fatal: no such branch","keywords":["remote branch","couldn\'t find remote ref","reference is not a tree","pathspec","no such branch"],"why":"ref not found: deterministic (a retry can only help if the ref is created meanwhile)","examples":{"positive":[{"log":"d0138","line":32},{"log":"d0323","line":419}],"negative":[{"log":"d0323","line":418}]},"retryable":false},{"id":"git-state","type":"git","confidence":"medium","pattern":"fatal: unsafe repository|detected dubious ownership in repository|CONFLICT \\\\((?:content|modify/delete|add/add)\\\\)|Automatic merge failed|fatal: refusing to merge unrelated histories|error: failed to push some refs|error: could not apply [0-9a-f]+","keywords":["unsafe repository","dubious ownership","conflict (","automatic merge failed","unrelated histories","failed to push","could not apply"],"why":"the repository\'s state or ownership makes git refuse: the same again fails again","examples":{"positive":[{"log":"d0295","line":1817}],"negative":[{"log":"d0017","line":787}]},"retryable":false},{"id":"git-transport-network","type":"network","confidence":"high","pattern":"fatal: unable to access \'[^\']*\': |Failed to download archive \'|fatal: unable to connect to|ssh: connect to host .* port \\\\d+: (?:Connection timed out|Connection refused|Network is unreachable)","keywords":["unable to access","failed to download archive","unable to connect to","ssh: connect"],"why":"git/checkout download failed on the network","examples":{"positive":[{"log":"d0073","line":21},{"log":"d0131","line":20}],"negative":[{"log":"d0189","line":426}]}},{"id":"config-missing","type":"config","confidence":"medium","pattern":"No Rakefile found|: command not found$|/\\\\.travis/\\\\w+: line \\\\d+: .*(?:No such file or directory|Permission denied)$|^\\\\S+\\\\.sh: line \\\\d+: .*No such file or directory$|flag provided but not defined:|Task never defined:|Task \'.*\' is not in your gulpfile|npm ERR! missing script:|Missing script: |Could not load credentials|Authentication failed|An error occurred \\\\(AccessDenied\\\\)|Permission denied \\\\(publickey\\\\)|Bad credentials|401 Unauthorized|invalid reference format|executable file not found in \\\\$PATH|Invalid workflow file|Unable to resolve action|Input required and not supplied|is not recognized as an internal or external command","keywords":["no rakefile","command not found","no such file","permission denied","flag provided but not defined","task never defined","gulpfile","missing script","could not load credentials","authentication failed","(accessdenied)","bad credentials","401 unauthorized","invalid reference format","executable file not found","invalid workflow file","unable to resolve action","input required","not recognized as an internal"],"why":"misconfigured job","examples":{"positive":[{"log":"d0003","line":97},{"log":"d0004","line":104}],"negative":[{"log":"d0230","line":3064}]}},{"id":"network","type":"network","confidence":"medium","pattern":"Could not resolve host|Temporary failure in name resolution|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|\\\\bE(?:CONNRESET|CONNREFUSED|TIMEDOUT|AI_AGAIN)\\\\b|Connection reset by peer|Connection refused|Connection timed out|Operation timed out|SSL connect error|SSL routines|certificate verify failed|no certificate subject alternative name matches|502 Bad Gateway|503 Service Unavailable|504 Gateway Time-?out|returned error: 5\\\\d\\\\d|rate limit exceeded|Couldn\'t establish HTTP connection|Failed to download|Empty reply from server|failed to lookup address information|Could not transfer artifact|Read timed out|Network is unreachable|TLS handshake timeout|i/o timeout|md5sum did not match|checksum mismatch","keywords":["resolve host","name resolution","getaddrinfo","econnreset","econnrefused","etimedout","eai_again","reset by peer","connection refused","connection timed out","operation timed out","ssl","certificate","bad gateway","service unavailable","gateway time","returned error: 5","rate limit","http connection","failed to download","empty reply","lookup address","could not transfer","read timed out","network is unreachable","handshake timeout","i/o timeout","md5sum did not match","checksum mismatch"],"why":"transient network; below deterministic types because jobs survive such noise","examples":{"positive":[{"log":"d0073","line":21},{"log":"d0098","line":33}],"negative":[{"log":"d0001","line":74}]}},{"id":"make-error","type":"build","confidence":"low","pattern":"make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* .*Error \\\\d+$|^error: (?!build failed)\\\\S.*|^Error: Maven compile","keywords":["***","error: "],"why":"make or a compiler driver reports a failed target","examples":{"positive":[{"log":"d0031","line":458},{"log":"d0042","line":1788}],"negative":[{"log":"d0008","line":152}]},"tier":"generic"},{"id":"generic-test-summary","type":"test","confidence":"low","tier":"generic","pattern":"\\\\b[1-9]\\\\d* (?:tests?|specs?|examples?|scenarios?|test cases?|assertions?) (?:failed|FAILED)\\\\b|\\\\b[1-9]\\\\d* (?:failed|failures?|failing)\\\\b.*\\\\b\\\\d+ (?:passed|passing|succeeded|ok)\\\\b|\\\\b\\\\d+ (?:passed|passing|succeeded)\\\\b.*\\\\b[1-9]\\\\d* (?:failed|failures?|failing)\\\\b|^(?:FAIL|FAILED|FAILURE)[: ].*\\\\btests?\\\\b","keywords":["failed","failure","failing","fail"],"why":"test summary lines with counts that many runners print (\'3 failed, 10 passed\', \'Tests: 2 failed\')","examples":{"positive":[{"log":"d0012","line":658},{"log":"d0021","line":1188},{"log":"d0023","line":24168}],"negative":[{"log":"d0001","line":263}]}},{"id":"generic-compiler-diagnostic","type":"build","confidence":"low","tier":"generic","pattern":"^\\\\S+\\\\.(?:cs|vb|fs|rs|c|cc|cpp|cxx|h|hh|hpp|java|kt|scala|swift|m|mm|f90|d|nim|zig)(?::\\\\d+(?::\\\\d+)?:|\\\\(\\\\d+,\\\\d+\\\\):) (?:fatal )?(?:error|warning)\\\\b","keywords":[".cs(",".vb(",".fs(",".cs:",".rs:",".c:",".cc:",".cpp:",".cxx:",".h:",".hh:",".hpp:",".java:",".kt:",".scala:",".swift:",".m:",".mm:",".f90:",".d:",".nim:",".zig:"],"why":"a compiler\'s diagnostics (C-family, JVM, .NET, Rust, Swift file extensions with error/warning): a build failure when no tool rule and no command said otherwise","examples":{"positive":[{"log":"d0005","line":607},{"log":"d0089","line":720},{"log":"d0195","line":381}],"negative":[{"log":"d0005","line":606}]}},{"id":"generic-diagnostic","type":"quality-gate","confidence":"low","tier":"generic","pattern":"^\\\\S+\\\\.[A-Za-z]{1,10}:\\\\d+(?::\\\\d+)?:? ?(?!in `|\\\\w*(?:Warning|Error): )[\\"\\\\[]?[A-Za-z]|^\\\\S+\\\\.[A-Za-z]{1,10}(?:\\\\[\\\\d+, \\\\d+\\\\]|\\\\(\\\\d+,\\\\d+\\\\)): |^\\\\[\\\\S+\\\\.[A-Za-z]{1,10}:\\\\d+:\\\\d+\\\\] |^\\\\S+\\\\.[A-Za-z]{1,10}: line \\\\d+, col \\\\d+, (?:Error|Warning) - |^\\\\S+\\\\.[A-Za-z]{1,10} - (?:ERROR|WARNING): .* on line \\\\d+$|^\\\\d+:\\\\d+ +(?:warning|error) +\\\\S|^(?:error|warning) file=\\\\S+ message=","keywords":["  error ","  warning ",".bash:",".c:",".cc:",".cfg:",".cjs:",".clj:",".cljs:",".cls:",".cpp:",".cs(",".cs:",".css:",".dart:",".elm:",".env:",".erb:",".erl:",".ex:",".exs:",".fs(",".fs:",".go:",".gradle:",".groovy:",".h:",".haml:",".hcl:",".hpp:",".hs:",".htm:",".html:",".in:",".ini:",".java:",".js(",".js:",".js[",".json:",".jsx:",".kt:",".kts:",".less:",".lua:",".m:",".markdown:",".md:",".mjs:",".ml:",".mm:",".nim:",".php:",".pl:",".pm:",".pp - ",".pp:",".proto:",".py:",".r:",".rake:",".rb:",".rs:",".rst:",".sass:",".sbt:",".scala:",".scss:",".sh:",".slim:",".sql:",".swift:",".tf:",".toml:",".ts(",".ts:",".ts[",".tsx(",".tsx:",".tsx[",".txt:",".vb(",".vb:",".vue:",".xml:",".yaml:",".yml:",".zig:","file="],"why":"file:line:col: message [rule-id] and the other shapes most checkers print (compact, stylish, bracketed); a compiler\'s are typed build by generic-compiler-diagnostic just above","examples":{"positive":[{"log":"d0005","line":607},{"log":"d0014","line":2213},{"log":"d0035","line":499}],"negative":[{"log":"d0001","line":262}]}},{"id":"generic-http-failure","type":"network","confidence":"low","tier":"generic","pattern":"\\\\b(?:502 Bad Gateway|503 Service (?:Temporarily )?Unavailable|504 Gateway Time-?out|429 Too Many Requests)\\\\b|curl: \\\\((?:6|7|28|35|52|56)\\\\)|\\\\bRead timed out\\\\b|TLS handshake timeout|\\\\bi/o timeout\\\\b|(?:[Dd]ownload|[Ff]etch) (?:failed|error).*\\\\b(?:5\\\\d\\\\d|timed? ?out|reset)\\\\b","keywords":["bad gateway","service unavailable","service temporarily","gateway time","too many requests","curl: (","read timed out","handshake timeout","i/o timeout","download","fetch"],"why":"download and HTTP failures that many clients share: server errors, rate limits, curl transport codes, timeouts","examples":{"positive":[{"log":"d0047","line":132},{"log":"d0080","line":212},{"log":"d0082","line":1538}],"negative":[{"log":"d0001","line":121}]}},{"id":"generic-git-fatal","type":"git","confidence":"low","tier":"generic","pattern":"^fatal: (?!.*(?:unable to access|Could not read from remote|early EOF|the remote end hung up))","keywords":["fatal: "],"why":"git prints its own failures as \'fatal: ...\'; transport failures are network (rule git-transport-network)","examples":{"positive":[{"log":"d0002","line":460},{"log":"d0063","line":2185},{"log":"d0256","line":229}],"negative":[{"log":"d0002","line":459}]}},{"id":"generic-error","type":"unknown","confidence":"low","pattern":"^(?:ERROR|Error|error|FATAL|fatal)\\\\b[:!]","keywords":["error","fatal"],"why":"an error line of no known kind: names the evidence, claims nothing","examples":{"positive":[{"log":"d0002","line":459},{"log":"d0018","line":494}],"negative":[{"log":"d0001","line":161}]},"tier":"generic"}],"success":[{"id":"success-maven","pattern":"^\\\\[INFO\\\\] BUILD SUCCESS$","keywords":["build success"],"examples":{"positive":[{"log":"d0011","line":2600},{"log":"d0015","line":119}],"negative":[{"log":"d0027","line":538}]}},{"id":"success-gradle","pattern":"^BUILD SUCCESSFUL in \\\\d","keywords":["build successful"],"examples":{"positive":[{"log":"d0027","line":538},{"log":"d0104","line":244}],"negative":[{"log":"d0063","line":147}]}},{"id":"success-jenkins","pattern":"^Finished: SUCCESS$","keywords":["finished: success"],"examples":{"positive":[{"log":"d0011","line":2608},{"log":"d0015","line":884}],"negative":[{"log":"d0011","line":2607}]}},{"id":"success-taskcluster","pattern":"^Successful task run with exit code: 0\\\\b","keywords":["successful task run"],"examples":{"positive":[{"log":"d0198","line":169792},{"log":"d0241","line":128284}],"negative":[{"log":"d0080","line":26556}]}}],"stepEnds":[{"id":"travis-command-end","pattern":"^The command \\"(?<cmd>.*)\\" exited with (?<code>\\\\d+)\\\\.$","keywords":["the command \\""],"examples":{"positive":[{"log":"d0001","line":159},{"log":"d0002","line":647}],"negative":[{"log":"d0002","line":575}]}},{"id":"gha-step-failed","pattern":"^##\\\\[error\\\\]Process completed with exit code (?<code>\\\\d+)\\\\.?$","keywords":["process completed with exit code"],"why":"GitHub Actions: the step whose command exited non-zero (the line itself is boilerplate to the rules)","examples":{"positive":[{"log":"d0055","line":555},{"log":"d0098","line":39},{"log":"d0461","line":1993}],"negative":[{"log":"d0138","line":32}]}}],"commands":[{"id":"gha-run","role":"step","pattern":"^##\\\\[group\\\\]Run (?<cmd>.+)$","keywords":["##[group]run "],"why":"GitHub Actions: each run step opens a group with its command","examples":{"positive":[{"log":"d0027","line":42},{"log":"d0098","line":41},{"log":"d0182","line":65}],"negative":[{"log":"d0055","line":548}]}},{"id":"shell-echo","role":"ran","pattern":"^\\\\$ (?<cmd>\\\\S.*)$","keywords":["$ "],"why":"Travis echoes each command as `$ cmd`; yarn v1 echoes a script\'s command the same way","examples":{"positive":[{"log":"d0001","line":112},{"log":"d0002","line":426},{"log":"d0003","line":74}],"negative":[{"log":"d0011","line":29}]}},{"id":"shell-trace","role":"ran","pattern":"^\\\\+{1,3} (?<cmd>(?:\\\\w+=\\\\S* )*[\\\\w./-]+(?: .*)?)$","keywords":["+ "],"why":"set -x traces in shell scripts","examples":{"positive":[{"log":"d0011","line":30},{"log":"d0012","line":647},{"log":"d0014","line":967}],"negative":[{"log":"d0005","line":3713}]}},{"id":"npm-script","role":"ran","pattern":"^> (?:@[\\\\w.-]+/)?[\\\\w.-]+@\\\\S+ (?<cmd>[\\\\w:.-]+)(?: \\\\S+)?$","keywords":["> "],"why":"npm/pnpm echo `> pkg@1.0.0 script /path` before running a package script: the script\'s name","examples":{"positive":[{"log":"d0002","line":522},{"log":"d0026","line":443},{"log":"d0033","line":210}],"negative":[{"log":"d0001","line":128}]}},{"id":"npm-script-command","role":"ran","pattern":"^> (?!Task :|(?:@[\\\\w.-]+/)?[\\\\w.-]+@\\\\S+ )(?<cmd>[\\\\w./-]+(?: .*)?)$","keywords":["> "],"why":"the line after npm\'s script header is the command the script runs (`npm test` is often only a linter)","examples":{"positive":[{"log":"d0002","line":523},{"log":"d0005","line":7996},{"log":"d0006","line":3150}],"negative":[{"log":"d0001","line":128}]}},{"id":"npm-err-script","role":"failed","pattern":"^npm ERR! (?:@[\\\\w.-]+/)?[\\\\w.-]+@\\\\S+ (?<cmd>[\\\\w:.-]+): `","keywords":["npm err! "],"why":"npm names the package script that exited non-zero","examples":{"positive":[{"log":"d0033","line":636}],"negative":[{"log":"d0033","line":633}]}},{"id":"gradle-task","role":"failed","pattern":"^> Task (?<cmd>:\\\\S+) FAILED$","keywords":["> task :"],"why":"Gradle names the task that failed","examples":{"positive":[{"log":"d0055","line":542}],"negative":[{"log":"d0027","line":451}]}},{"id":"maven-goal","role":"failed","pattern":"Failed to execute goal (?<cmd>[\\\\w.-]+:[\\\\w.-]+)","keywords":["failed to execute goal"],"why":"Maven names the plugin whose goal failed (surefire: tests, compiler: build, checkstyle: lint)","examples":{"positive":[{"log":"d0042","line":1402},{"log":"d0049","line":303},{"log":"d0060","line":3187}],"negative":[{"log":"d0226","line":64}]}},{"id":"make-target","role":"failed","pattern":"^g?make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* \\\\[(?:[^\\\\]:]+:\\\\d+: )?(?<cmd>[^\\\\]]+)\\\\] Error \\\\d+","keywords":["*** ["],"why":"make names the target whose recipe failed","examples":{"positive":[{"log":"d0001","line":277},{"log":"d0023","line":24169},{"log":"d0048","line":682}],"negative":[{"log":"d0048","line":680}]}}]}');
;// CONCATENATED MODULE: ./src/core/classify/rules.ts



const CONFIDENCES = ['high', 'medium', 'low'];
/** Checks the shape of a rule file, so a bad edit fails loudly at load time with the rule id. */
function validateRuleFile(data) {
    const fail = (what) => {
        throw new Error(`rules/log-rules.json: ${what}`);
    };
    if (typeof data !== 'object' || data === null)
        fail('not an object');
    const file = data;
    if (!Array.isArray(file.rules) ||
        !Array.isArray(file.success) ||
        !Array.isArray(file.stepEnds) ||
        !Array.isArray(file.commands)) {
        fail("needs 'rules', 'success', 'stepEnds' and 'commands' arrays");
    }
    for (const command of file.commands ?? []) {
        if (!command.pattern?.includes('(?<cmd>'))
            fail(`command '${command.id}' must capture it as (?<cmd>...)`);
        if (!['failed', 'ran', 'step'].includes(command.role))
            fail(`command '${command.id}': role must be failed, ran or step`);
    }
    for (const end of file.stepEnds ?? []) {
        if (!end.pattern?.includes('(?<code>'))
            fail(`step end '${end.id}' must capture the exit status as (?<code>...)`);
    }
    const ids = new Set();
    for (const rule of [
        ...(file.rules ?? []),
        ...(file.success ?? []),
        ...(file.stepEnds ?? []),
        ...(file.commands ?? []),
    ]) {
        const r = rule;
        if (typeof r.id !== 'string' || !r.id)
            fail('a rule has no id');
        const id = r.id;
        if (ids.has(id))
            fail(`duplicate rule id '${id}'`);
        ids.add(id);
        if (typeof r.pattern !== 'string' || !r.pattern)
            fail(`rule '${id}' has no pattern`);
        if (!Array.isArray(r.keywords) || r.keywords.length === 0)
            fail(`rule '${id}' needs keywords`);
        for (const k of r.keywords ?? []) {
            if (typeof k !== 'string' || !k || /[^\x20-\x7e]|[A-Z]/.test(k))
                fail(`rule '${id}': keyword '${k}' must be lower-case ASCII`);
        }
        if (r.flags !== undefined && !/^i?$/.test(r.flags))
            fail(`rule '${id}': flags may only be 'i'`);
        if (!r.examples || !Array.isArray(r.examples.positive) || !Array.isArray(r.examples.negative)) {
            fail(`rule '${id}' needs examples.positive and examples.negative`);
        }
    }
    for (const r of file.rules ?? []) {
        if (!types/* FAILURE_TYPES */.fs.includes(r.type))
            fail(`rule '${r.id}': unknown type '${r.type}'`);
        if (!CONFIDENCES.includes(r.confidence))
            fail(`rule '${r.id}': confidence must be high, medium or low`);
        if (r.tier !== undefined && r.tier !== 'generic')
            fail(`rule '${r.id}': tier may only be 'generic'`);
    }
    return file;
}
/** Builds the keyword automaton; matcher i gets the keywords of keywordLists[i]. */
function buildAutomaton(keywordLists) {
    const goto = [new Map()];
    const ends = [new Set()];
    keywordLists.forEach((keywords, matcher) => {
        for (const keyword of keywords) {
            let state = 0;
            for (const byte of Buffer.from(keyword, 'latin1')) {
                let next = goto[state]?.get(byte);
                if (next === undefined) {
                    next = goto.length;
                    goto.push(new Map());
                    ends.push(new Set());
                    goto[state]?.set(byte, next);
                }
                state = next;
            }
            ends[state]?.add(matcher);
        }
    });
    const states = goto.length;
    const table = new Int32Array(states * 256);
    const fail = new Int32Array(states);
    const queue = [];
    for (const [byte, next] of goto[0] ?? []) {
        table[byte] = next;
        queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
        const state = queue[head] ?? 0;
        for (const m of ends[fail[state] ?? 0] ?? [])
            ends[state]?.add(m);
        for (let byte = 0; byte < 256; byte++) {
            const next = goto[state]?.get(byte);
            const viaFail = table[(fail[state] ?? 0) * 256 + byte] ?? 0;
            if (next === undefined) {
                table[state * 256 + byte] = viaFail;
            }
            else {
                fail[next] = viaFail;
                table[state * 256 + byte] = next;
                queue.push(next);
            }
        }
    }
    // Fold upper-case ASCII onto lower case so matching ignores case at no cost per byte.
    for (let state = 0; state < states; state++) {
        for (let byte = 65; byte <= 90; byte++)
            table[state * 256 + byte] = table[state * 256 + byte + 32] ?? 0;
    }
    const output = new Int32Array(states);
    const outputs = [];
    ends.forEach((set, state) => {
        if (set.size === 0)
            return;
        outputs.push([...set].sort((a, b) => a - b));
        output[state] = outputs.length;
    });
    return { table, output, outputs };
}
function compileRules(file, lexicon = defaultLexicon()) {
    const rules = file.rules.map((spec, index) => ({
        spec,
        index,
        re: new RegExp(spec.pattern, spec.flags ?? ''),
    }));
    const success = file.success.map((spec) => ({ spec, re: new RegExp(spec.pattern) }));
    const stepEnds = file.stepEnds.map((spec) => ({ spec, re: new RegExp(spec.pattern) }));
    const commands = file.commands.map((spec) => ({ spec, re: new RegExp(spec.pattern) }));
    const automaton = buildAutomaton([
        ...file.rules.map((r) => r.keywords),
        ...file.success.map((s) => s.keywords),
        ...file.stepEnds.map((s) => s.keywords),
        ...file.commands.map((s) => s.keywords),
    ]);
    return { rules, success, stepEnds, commands, automaton, lexicon };
}
let defaultRules;
/** The shipped rules, compiled once. */
function defaultRuleSet() {
    defaultRules ??= compileRules(validateRuleFile(log_rules_namespaceObject));
    return defaultRules;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/core/classify/normalize.ts

/**
 * Prefixes that CI systems put before the text a tool printed. Stripped so rules see the tool's own line:
 * `gh run view --log` job/step columns, GitHub `2024-01-01T00:00:00.0000000Z `, Taskcluster
 * `[task 2024-...Z] ` / `[taskcluster 2024-... ]`, mozharness `12:00:00     INFO - `, Jenkins timestamper
 * `[2024-01-01T00:00:00.000Z] ` / `00:00:01.234 `, and the `#=MATCH=# ` marker of pytorch/test-infra fixtures.
 */
const PREFIXES = [
    /^#=MATCH=# ?/,
    /^[^\t\n]{0,200}\t[^\t\n]{0,200}\t(?=\uFEFF?\d{4}-\d\d-\d\dT)/,
    /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/,
    /^\[(?:task|taskcluster|vcs|setup|fetches)(?:[: ][^\]]{0,40})?\] ?/,
    /^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?Z?\] ?/,
    /^\d\d:\d\d:\d\d(?:\.\d+)? +(?:(?:INFO|WARNING|ERROR|CRITICAL|FATAL|DEBUG) +- +)?/,
];
/**
 * Runner boilerplate that follows every failure and so decides nothing: the exit status lines of the
 * GitHub runner, Travis, Jenkins and Taskcluster.
 */
const BOILERPLATE = /^(?:##\[error\])?(?:Process completed with exit code \d+|Error: Process completed with exit code \d+|Done\. Your build exited with \d+|Build step '[^']*' marked build as failure|Finished: (?:FAILURE|ABORTED|UNSTABLE))\.?$/;
/** Longest line text kept for matching and evidence; the head of a longer line is what tells. */
const MAX_LINE_CHARS = 2000;
/**
 * The text a rule sees for one raw log line: ANSI codes, CR-overwritten progress, CI timestamp prefixes and
 * `##[error]`-style annotations removed. Returns '' for blank lines and runner boilerplate.
 */
function normalizeLine(raw) {
    const line = stripLine(raw);
    return isBoilerplate(line) ? '' : line;
}
/** Runner exit-status boilerplate: it decides nothing, but it ends a step (`Process completed with exit code 1`). */
function isBoilerplate(line) {
    return BOILERPLATE.test(line);
}
/** A line with colour codes, CR-overwritten progress and CI prefixes removed, boilerplate kept. */
function stripLine(raw) {
    let line = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
    if (line.endsWith('\r'))
        line = line.slice(0, -1);
    if (line.includes('\r')) {
        // A terminal shows only what was written after the last carriage return.
        const parts = line.split('\r').filter((p) => p.trim() !== '');
        line = parts[parts.length - 1] ?? '';
    }
    line = (0,external_node_util_.stripVTControlCharacters)(line);
    if (line.includes('\0'))
        line = line.replace(/\0+/g, ' ');
    for (let pass = 0; pass < 3; pass++) {
        const before = line;
        for (const prefix of PREFIXES)
            line = line.replace(prefix, '');
        if (line === before)
            break;
    }
    // pytorch/test-infra fixtures wrap the span their classifier matched in these marks.
    if (line.includes('\u2039'))
        line = line.replace(/[\u2039\u203a]/g, '');
    return line.trim();
}

;// CONCATENATED MODULE: ./src/core/classify/scanner.ts

/** Commands kept per step: the first ones said to fail, the last ones echoed. */
const MAX_COMMANDS = 8;
/** Raw bytes of a line kept for matching: room for timestamps and colour codes around MAX_LINE_CHARS of text. */
const MAX_LINE_BYTES = MAX_LINE_CHARS * 2;
/**
 * Streams a log through the rules with bounded memory. A keyword automaton (one table lookup per byte, case
 * folded) marks the lines that contain a rule's keyword; only those lines are decoded as UTF-8 (invalid bytes
 * become U+FFFD), normalized, and tried against the rules whose keywords they contain. A line is kept up to
 * MAX_LINE_BYTES, so a 50 MB line without a newline costs no more memory than a short one.
 */
class LogScanner {
    ruleSet;
    result;
    ruleCount;
    successEnd;
    stepEndsEnd;
    /** Commands seen since the current step began. */
    stepCommands = { failed: [], ran: [] };
    /** First hit of each rule since the last step end, and where that step began. */
    stepFirst;
    stepFrom = 1;
    state = 0;
    escape = 0;
    line = 1;
    /** Matchers whose keywords the current line contains. */
    seen;
    pending = [];
    /** Head of the current line when it started in an earlier chunk. */
    carry = [];
    carryBytes = 0;
    constructor(ruleSet) {
        this.ruleSet = ruleSet;
        this.ruleCount = ruleSet.rules.length;
        const n = this.ruleCount;
        this.result = {
            first: new Array(n),
            last: new Array(n),
            counts: new Array(n).fill(0),
            lines: 0,
            bytes: 0,
        };
        this.successEnd = n + ruleSet.success.length;
        this.stepEndsEnd = this.successEnd + ruleSet.stepEnds.length;
        this.seen = new Uint8Array(this.stepEndsEnd + ruleSet.commands.length);
        this.stepFirst = new Array(n);
    }
    push(chunk) {
        this.result.bytes += chunk.length;
        const { table, output } = this.ruleSet.automaton;
        let state = this.state;
        let escape = this.escape;
        let lineStart = 0;
        const length = chunk.length;
        for (let i = 0; i < length; i++) {
            const byte = chunk[i];
            if (byte === 10) {
                if (this.pending.length > 0)
                    this.endLine(chunk, lineStart, i);
                else if (this.carryBytes > 0)
                    this.dropCarry();
                this.line++;
                state = 0;
                escape = 0;
                lineStart = i + 1;
                continue;
            }
            if (escape !== 0 || byte === 27) {
                // Colour codes inside a phrase ("reset\x1b[0m by peer") would hide its keyword: step over them,
                // also when a chunk ends inside one. 1: after ESC; 2: inside a CSI sequence.
                if (byte === 27)
                    escape = 1;
                else if (escape === 1)
                    escape = byte === 0x5b ? 2 : 0;
                else if (byte >= 0x40 && byte <= 0x7e)
                    escape = 0;
                else if (byte < 0x20 || byte > 0x3f)
                    escape = 0;
                continue;
            }
            state = table[(state << 8) | byte];
            const out = output[state];
            if (out !== 0)
                this.mark(out);
        }
        this.state = state;
        this.escape = escape;
        if (lineStart < length)
            this.keep(chunk.subarray(lineStart, length));
    }
    end() {
        const unfinished = this.carryBytes > 0;
        if (this.pending.length > 0)
            this.endLine(Buffer.alloc(0), 0, 0);
        this.dropCarry();
        this.result.command ??= this.stepCommands;
        // `line` is the number of the line being read: it exists only if it has bytes.
        this.result.lines = this.result.bytes === 0 ? 0 : unfinished ? this.line : this.line - 1;
        return this.result;
    }
    mark(out) {
        for (const matcher of this.ruleSet.automaton.outputs[out - 1] ?? []) {
            if (this.seen[matcher] === 0) {
                this.seen[matcher] = 1;
                this.pending.push(matcher);
            }
        }
    }
    /** Keeps the head of the unfinished line, up to MAX_LINE_BYTES (copied: the caller may reuse its buffer). */
    keep(part) {
        const room = MAX_LINE_BYTES - this.carryBytes;
        if (room > 0)
            this.carry.push(Buffer.from(part.subarray(0, Math.min(room, part.length))));
        this.carryBytes += part.length;
    }
    dropCarry() {
        this.carry = [];
        this.carryBytes = 0;
    }
    endLine(chunk, start, end) {
        let bytes;
        if (this.carryBytes > 0) {
            this.keep(chunk.subarray(start, end));
            bytes = Buffer.concat(this.carry);
            this.dropCarry();
        }
        else {
            bytes = chunk.subarray(start, Math.min(end, start + MAX_LINE_BYTES));
        }
        const matchers = this.pending;
        this.pending = [];
        for (const m of matchers)
            this.seen[m] = 0;
        const stripped = stripLine(bytes.toString('utf8'));
        if (!stripped)
            return;
        // Exit-status boilerplate decides nothing, but it may end a step.
        const text = isBoilerplate(stripped) ? '' : stripped;
        const r = this.result;
        for (const m of matchers) {
            if (m >= this.successEnd && m < this.stepEndsEnd) {
                const end = this.ruleSet.stepEnds[m - this.successEnd]?.re.exec(stripped)?.groups;
                if (end?.code === undefined)
                    continue;
                if (end.cmd)
                    this.endedStep(end.cmd);
                if (end.code !== '0' && !r.firstFailedStep) {
                    r.firstFailedStep = { from: this.stepFrom, to: this.line, first: this.stepFirst };
                    r.command = this.stepCommands;
                }
                this.newStep();
                continue;
            }
            if (!text)
                continue;
            if (m >= this.stepEndsEnd) {
                const command = this.ruleSet.commands[m - this.stepEndsEnd];
                const cmd = command?.re.exec(text)?.groups?.cmd?.trim();
                if (!command || !cmd)
                    continue;
                const hit = {
                    line: this.line,
                    text: cmd,
                    role: command.spec.role,
                    spec: command.spec.id,
                };
                if (hit.role === 'step') {
                    this.newStep();
                    this.stepCommands.step = hit;
                }
                else if (hit.role === 'failed') {
                    if (this.stepCommands.failed.length < MAX_COMMANDS)
                        this.stepCommands.failed.push(hit);
                }
                else {
                    this.stepCommands.ran.push(hit);
                    if (this.stepCommands.ran.length > MAX_COMMANDS)
                        this.stepCommands.ran.shift();
                }
            }
            else if (m < this.ruleCount) {
                const rule = this.ruleSet.rules[m];
                if (!rule?.re.test(text))
                    continue;
                const hit = { line: this.line, text };
                r.first[m] ??= hit;
                r.last[m] = hit;
                r.counts[m] = (r.counts[m] ?? 0) + 1;
                this.stepFirst[m] ??= hit;
            }
            else {
                const success = this.ruleSet.success[m - this.ruleCount];
                if (success?.re.test(text))
                    r.success = { line: this.line, text, rule: success.spec.id };
            }
        }
    }
    /**
     * A step end that names its command (Travis): that command is the step's own, and only what was echoed after
     * its own echo (`$ npm test`) ran inside it; earlier echoes belong to install commands that print no end.
     */
    endedStep(cmd) {
        const context = this.stepCommands;
        context.step = { line: this.line, text: cmd, role: 'step', spec: 'step-end' };
        const own = context.ran.findLastIndex((hit) => hit.text === cmd);
        if (own >= 0)
            context.ran = context.ran.slice(own + 1);
    }
    /** The next line begins a new step: its rule hits and commands start afresh. */
    newStep() {
        this.stepFirst = new Array(this.ruleCount);
        this.stepFrom = this.line + 1;
        this.stepCommands = { failed: [], ran: [] };
    }
}
/** Scans a whole in-memory log. */
function scanText(text, ruleSet) {
    const scanner = new LogScanner(ruleSet);
    scanner.push(Buffer.from(text, 'utf8'));
    return scanner.end();
}

;// CONCATENATED MODULE: ./src/core/classify/index.ts









function verdict(type, confidence, rule, evidence) {
    const result = { type, confidence, retryable: types/* TRANSIENT_TYPES */.ZF.includes(type), rule };
    if (evidence)
        result.evidence = evidence;
    return result;
}
/** The verdict of a rule: its type and confidence (or a lower one), with its own retryable override. */
function fromRule({ rule, evidence }, confidence = rule.spec.confidence) {
    const result = verdict(rule.spec.type, confidence, rule.spec.id, evidence);
    if (rule.spec.retryable !== undefined)
        result.retryable = rule.spec.retryable;
    return result;
}
/** The highest-priority rule that matched, with its evidence line. */
function firstRule(scan, ruleSet, accept) {
    for (const rule of ruleSet.rules) {
        if (!accept(rule.spec))
            continue;
        const group = rule.spec.group;
        if (group !== undefined) {
            // Members compete on position: the earliest first hit when they pick 'first', else the latest last hit.
            const earliest = rule.spec.pick === 'first';
            let best;
            for (const member of ruleSet.rules) {
                if (member.spec.group !== group)
                    continue;
                const hit = earliest ? scan.first[member.index] : scan.last[member.index];
                if (hit && (!best || (earliest ? hit.line < best.evidence.line : hit.line > best.evidence.line))) {
                    best = { rule: member, evidence: hit };
                }
            }
            if (best)
                return best;
            continue;
        }
        const evidence = rule.spec.pick === 'first' ? scan.first[rule.index] : scan.last[rule.index];
        if (evidence)
            return { rule, evidence };
    }
    return undefined;
}
/**
 * The log's verdict: when the job ran on after a failed command, the first failed command's own lines decide
 * if a rule of medium or high confidence matches there (later failures are often its consequences); else the
 * whole log.
 */
function decisiveRule(scan, ruleSet, generic) {
    const accept = (spec) => spec.structural !== true && (spec.tier === 'generic') === generic;
    const step = scan.firstFailedStep;
    if (step) {
        const inStep = firstRule({ first: step.first, last: step.first }, ruleSet, accept);
        if (inStep && inStep.rule.spec.confidence !== 'low')
            return inStep;
    }
    return firstRule(scan, ruleSet, accept);
}
/** The scan's command context, with the caller's own command when the log shows none for the step. */
function commandContext(scan, command) {
    const context = scan?.command;
    if (command === undefined || context?.step)
        return context;
    return {
        failed: [],
        ran: [],
        ...context,
        step: { line: 0, text: command, role: 'step', spec: 'signal:command' },
    };
}
/**
 * The failing command's tool: a tool named (eslint, pytest) is medium confidence, a bare task word
 * (`npm test`, `make lint`) low; calibrated on the leave-one-project-out results (npm run eval:classify).
 */
function fromCommand(found, failed, survived) {
    const named = found.entry.startsWith('tool:') && (failed || found.hit.role === 'failed');
    const confidence = named && !survived ? 'medium' : 'low';
    return verdict(found.type, confidence, `command:${found.entry}`, {
        line: found.hit.line,
        text: found.hit.text,
    });
}
/** Classifies from a finished log scan plus the non-log signals. */
function classifyScan(scan, signals = {}, ruleSet = defaultRuleSet()) {
    const structural = scan && firstRule(scan, ruleSet, (s) => s.structural === true);
    if (structural)
        return fromRule(structural);
    const toolRule = scan && decisiveRule(scan, ruleSet, false);
    const genericRule = scan && decisiveRule(scan, ruleSet, true);
    const logRule = toolRule ?? genericRule;
    const signal = signals.signal?.toUpperCase();
    if (signals.conclusion === 'cancelled')
        return verdict('cancelled', 'high', 'signal:conclusion-cancelled');
    if (signals.exitCode === 124)
        return verdict('timeout', 'high', 'signal:exit-124', logRule?.evidence);
    if (signals.exitCode === 137 || signal === 'SIGKILL') {
        // Killed: the OOM killer unless the log says a limit or a cancellation sent the kill.
        if (logRule && ['timeout', 'cancelled'].includes(logRule.rule.spec.type)) {
            return fromRule(logRule);
        }
        const oom = logRule?.rule.spec.type === 'resource';
        return verdict('resource', oom ? 'high' : 'medium', signals.exitCode === 137 ? 'signal:exit-137' : 'signal:sigkill', logRule?.evidence);
    }
    if (signals.exitCode === 143 || signal === 'SIGTERM' || signal === 'SIGINT' || signals.exitCode === 130) {
        if (logRule && ['timeout', 'cancelled', 'infrastructure'].includes(logRule.rule.spec.type)) {
            return fromRule(logRule);
        }
        return verdict('cancelled', 'medium', signal ? `signal:${signal.toLowerCase()}` : `signal:exit-${signals.exitCode}`);
    }
    for (const xml of signals.reports?.junit ?? []) {
        const found = safe(() => junitFailure(xml));
        if (found)
            return verdict(found.type, 'high', found.rule, found.evidence);
    }
    for (const json of signals.reports?.sarif ?? []) {
        const found = safe(() => sarifFailure(json));
        if (found)
            return verdict(found.type, 'high', found.rule, found.evidence);
    }
    // A success line after the evidence means the job survived what the rule saw.
    const survived = (line) => scan?.success !== undefined && scan.success.line > line;
    if (toolRule)
        return fromRule(toolRule, survived(toolRule.evidence.line) ? 'low' : undefined);
    const command = resolveContext(commandContext(scan, signals.command), ruleSet.lexicon);
    if (command)
        return fromCommand(command, scan?.firstFailedStep !== undefined, survived(command.hit.line));
    if (genericRule)
        return fromRule(genericRule, survived(genericRule.evidence.line) ? 'low' : undefined);
    if (scan?.success) {
        const { line, text, rule } = scan.success;
        return verdict('unknown', 'low', rule, { line, text });
    }
    if (signals.exitCode === 127)
        return verdict('config', 'medium', 'signal:exit-127');
    if (signals.exitCode === 128)
        return verdict('git', 'low', 'signal:exit-128');
    // Stage or step names say what kind of work failed, when nothing else does (`lint`, `Unit tests`).
    const name = signals.stage ?? signals.step;
    const hint = name === undefined ? undefined : resolveName(name, ruleSet.lexicon);
    if (hint)
        return verdict(hint[1], 'low', 'stage-name');
    return verdict('unknown', 'low', 'catch-all');
}
function safe(read) {
    try {
        return read();
    }
    catch {
        // A malformed report must not hide the other signals.
        return undefined;
    }
}
/** Classifies a failure from whatever the job left. */
function classify(signals, ruleSet = defaultRuleSet()) {
    const { log, ...rest } = signals;
    const scan = log === undefined || log === '' ? undefined : scanText(log, ruleSet);
    return classifyScan(scan, rest, ruleSet);
}


/***/ })

};
