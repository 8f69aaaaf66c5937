export const id = 9310;
export const ids = [9310];
export const modules = {

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LogScanner: () => (/* reexport */ LogScanner),
  StepTracker: () => (/* reexport */ team_rules/* StepTracker */.fH),
  StructureReader: () => (/* reexport */ StructureReader),
  TeamRuleMatcher: () => (/* reexport */ team_rules/* TeamRuleMatcher */.EJ),
  checksOnly: () => (/* reexport */ checksOnly),
  classify: () => (/* binding */ classify),
  classifyScan: () => (/* binding */ classifyScan),
  compileLexicon: () => (/* reexport */ compileLexicon),
  compileRules: () => (/* reexport */ compileRules),
  compileTeamRules: () => (/* reexport */ team_rules/* compileTeamRules */.oY),
  defaultLexicon: () => (/* reexport */ defaultLexicon),
  defaultRuleSet: () => (/* reexport */ defaultRuleSet),
  evidencePieces: () => (/* reexport */ evidencePieces),
  measureWeights: () => (/* reexport */ measureWeights),
  nameWords: () => (/* reexport */ nameWords),
  normalizeLine: () => (/* reexport */ normalize/* normalizeLine */.oY),
  readStructure: () => (/* reexport */ readStructure),
  resolveCommandText: () => (/* reexport */ resolveCommandText),
  resolveContext: () => (/* reexport */ resolveContext),
  resolveHit: () => (/* reexport */ resolveHit),
  resolveName: () => (/* reexport */ resolveName),
  scanText: () => (/* reexport */ scanText),
  teamRuleProblems: () => (/* reexport */ team_rules/* teamRuleProblems */.AC),
  teamVerdict: () => (/* reexport */ team_rules/* teamVerdict */.Jw),
  validateRuleFile: () => (/* reexport */ validateRuleFile),
  weigh: () => (/* reexport */ weigh),
  weightOf: () => (/* reexport */ weightOf)
});

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./rules/tool-lexicon.json
const tool_lexicon_namespaceObject = /*#__PURE__*/JSON.parse('{"why":"Tool names as they appear in commands, mapped to the kind of tool and so to the failure type its failure means (TAXONOMY.md). Written from the tools\' own documentation, not from the corpus: the corpus only measures them. Runners name what they run in their arguments; task words are script, target, task and stage names. Modes are flags that make a tool judge code without producing anything (`tsc --noEmit`): the tool is then of the mode\'s kind. A command that does nothing but run tools of a `checkOnly` kind is a check: the compiler diagnostics its step prints are its findings, not a failed build (TAXONOMY.md: a typecheck-only job is quality-gate). A script, target or task named by a `checkOnlyTasks` word (`typecheck`, `type-check`) is such a check by the project\'s own name for it (`pnpm -r typecheck`, `npm run type-check`), unless the command it echoes says otherwise (`> tsc -p .` emits: a build).","kinds":{"linter":"quality-gate","formatter":"quality-gate","type-checker":"quality-gate","security-scanner":"quality-gate","spell-checker":"quality-gate","link-checker":"quality-gate","coverage":"quality-gate","license-checker":"quality-gate","test-runner":"test","compiler":"build","bundler":"build","docs-builder":"build","package-manager":"dependency","container-cli":"build","cloud-cli":"config"},"checkOnly":["type-checker"],"checkOnlyTasks":["typecheck","type-check","typecheck:all"],"tools":{"linter":["actionlint","alex","ansible-lint","api-linter","bashate","biome","buf","cargo-audit","cargo-clippy","cargo-deny","cargo-udeps","cfn-lint","cfn_nag","checkov","checkstyle","clang-tidy","clippy","commitlint","conftest","cookstyle","cppcheck","cpplint","credo","danger","darglint","dart-analyze","deadcode","detekt","dialyzer","doc8","dockerfilelint","dotenv-linter","eclint","editorconfig-checker","elvis","erb-lint","erblint","errcheck","errorprone","eslint","fasterer","findbugs","flake8","flake8-docstrings","flutter-analyze","foodcritic","gitlint","go-consistent","go-vet","gocyclo","golangci-lint","golint","gosimple","govet","hadolint","haml-lint","hlint","html-validate","htmlhint","htmllint","include-what-you-use","ineffassign","iwyu","jscs","jshint","jslint","jsonlint","ktlint","kube-linter","kubeconform","kubeval","lintspaces","luacheck","markdownlint","markdownlint-cli","markdownlint-cli2","mdl","mix-credo","oclint","oxlint","parallel-lint","pep257","pep8","php-cs-fixer","phpcs","phplint","phpmd","phpstan","pmd","proselint","prospector","protolint","psalm","puppet-lint","pycodestyle","pydocstyle","pyflakes","pylama","pylint","pyroma","rails_best_practices","rebar3-lint","reek","remark","remark-cli","remark-lint","revive","rome","rstcheck","rubocop","ruff","rumdl","scalafix","scalastyle","scss-lint","selene","semistandard","shellcheck","slim-lint","spectral","sphinx-lint","spotbugs","sqlfluff","sqlint","standard","standardrb","standardx","staticcheck","structcheck","stylelint","swiftlint","terraform-validate","textlint","tflint","tfsec","tslint","unused","vale","varcheck","vulture","wartremover","write-good","xo","yamllint","zizmor","perlcritic","pre-commit"],"formatter":["alejandra","autopep8","black","cargo-fmt","clang-format","cmake-format","dart-format","dartfmt","djlint","dotnet-format","dprint","elm-format","fourmolu","go-fmt","gofmt","goimports","google-java-format","isort","ktfmt","mix-format","nixpkgs-fmt","ormolu","prettier","rustfmt","scalafmt","shfmt","spotless","stylish-haskell","swift-format","swiftformat","taplo","terraform-fmt","yapf"],"type-checker":["flow","mypy","pyre","pyright","pytype","sorbet","srb","steep","vue-tsc"],"security-scanner":["audit-ci","bandit","brakeman","bundle-audit","bundler-audit","dependency-check","detect-secrets","gitleaks","gosec","govulncheck","grype","npm-audit","nsp","osv-scanner","owasp","pip-audit","retire","safety","semgrep","snyk","trivy","trufflehog"],"spell-checker":["aspell","codespell","cspell","hunspell","misspell","pyspelling","spellcheck","typos"],"link-checker":["awesome-lint","awesome_bot","html-proofer","htmlproofer","linkchecker","linkinator","lychee","markdown-link-check","muffet"],"coverage":["codecov","coveralls","diff-cover","jacoco"],"license-checker":["fossa","license-checker","license_finder","licensee","licensefinder","reuse"],"test-runner":["atoum","ava","bats","bazel-test","behat","boost_test","busted","c8","cabal-test","cargo-test","catch2","codecept","codeception","coverage-run","ct_run","cucumber","cypress","dart-test","doctest-cpp","dotnet-test","elm-test","elm-test-rs","espec","eunit","exunit","failsafe","flutter-test","ginkgo","go-test","gotestsum","gradle-test","gradlew-test","green","gtest","hspec","jasmine","jest","junit","kahlan","karma","lab","lein-test","luaunit","make-check","make-test","minitest","mix-test","mocha","mstest","mvn-test","nightwatch","node-tap","nose2","nosetests","npm-test","nunit","nyc","pest","phpunit","playwright","pnpm-test","protractor","prove","py.test","pytest","qunit","rake-spec","rake-test","rebar3-ct","rebar3-eunit","rspec","sbt-test","shellspec","shunit2","stack-test","surefire","swift-test","tap","tape","tasty","teaspoon","testem","testng","testrb","trial","unittest","uvu","vitest","vstest","ward","wdio","webdriverio","xcodebuild-test","xctest","xunit","yarn-test"],"compiler":["babel","bazel-build","bibtex","c++","cabal-build","cargo-build","cargo-check","cc","cl.exe","clang","clang++","coffee","crystal","csc","cython","dart-sass","dmd","dotnet-build","elixirc","elm-make","ember-build","emcc","erlc","g++","gcc","gfortran","ghc","go-build","gradle-assemble","gradlew-assemble","javac","kotlinc","latexmk","ldc","lein-compile","lessc","lualatex","mix-compile","msbuild","mvn-compile","mvn-package","next-build","ng-build","nim","node-sass","nuxt-build","nvcc","pdflatex","protoc","react-scripts-build","rustc","sass","sbt-compile","scalac","stack-build","stylus","swift-build","swiftc","tsc","xelatex","zig"],"bundler":["browserify","esbuild","metro","microbundle","parcel","rollup","snowpack","swc","tsup","vite","vue-cli-service","webpack"],"docs-builder":["asciidoctor","docusaurus","doxygen","gitbook","hexo","hugo","javadoc","jekyll","jsdoc","mkdocs","rustdoc","sphinx-build","typedoc","vuepress","yard"],"package-manager":["apt-get-install","brew-install","bundle-install","cabal-install","cargo-fetch","composer-install","composer-update","gem-install","go-get","go-mod","mix-deps","mix-deps.get","npm-ci","npm-install","pip-install","pip3-install","pnpm-install","poetry-install","rebar3-get-deps","yarn-install"],"container-cli":["docker-build","docker-compose-build","podman-build","buildah-bud","buildx-build","kaniko","docker-buildx"],"cloud-cli":["aws","az","eksctl","firebase","fly","flyctl","gcloud","helm","heroku","kubectl","netlify","oc","pulumi","sam","serverless","terragrunt","vercel"]},"modes":[{"tools":["tsc"],"flags":["--noEmit","-noEmit"],"ignoreCase":true,"off":["false"],"kind":"type-checker","why":"TypeScript\'s compiler with noEmit: \'Do not emit compiler output files like JavaScript source code, source-maps or declarations ... You can then use TypeScript as ... a source code type-checker\' (typescriptlang.org/tsconfig/noEmit.html; `tsc --help`: \'--noEmit Disable emitting files from a compilation.\'). Options are read case-insensitively after one or two dashes, and a boolean option followed by `false` is turned off (microsoft/TypeScript src/compiler/commandLineParser.ts parseCommandLineWorker / parseOptionValue). Its diagnostics are the same as a build\'s: `file(line,col): error TS2322: ...`, or `file:line:col - error TS2322: ...` with --pretty, the default on a terminal (src/compiler/program.ts formatDiagnostic, formatDiagnosticsWithColorAndContext); tests/baselines/reference/tsc/noEmit/multiFile/semantic-errors.js @ 956929d60c06ddac3b9a79c290f27780ef421624 shows `tsc -p . --noEmit` printing `a.ts:1:7 - error TS2322: Type \'string\' is not assignable to type \'number\'.`"},{"tools":["gcc","g++","cc","c++","clang","clang++"],"flags":["-fsyntax-only"],"kind":"type-checker","why":"GCC and Clang with -fsyntax-only: \'Check the code for syntax errors, but don\'t do anything beyond that\' (GCC manual, Warning Options); clang: \'Run the preprocessor, parser and type checking stages\' (clang/docs/ClangCommandLineReference.rst, -fsyntax-only): the front end\'s checks, no object file"}],"runners":["R-install","apk","apt","apt-get","bash","bazel","bazelisk","bower","brew","buck","buildah","buildx","bun","bundle","bundler","bunx","cabal","cargo","carthage","carton","catchsegv","choco","cmake","composer","conan","conda","coursier","coverage","cpan","cpanm","cross-env","ctest","dart","dash","deno","dnf","docker","docker-compose","dotenv","dotnet","easy_install","elixir","env","erl","exec","fab","flutter","gem","gmake","go","gradle","gradlew","grunt","gulp","hatch","hex","inv","invoke","istanbul","ivy","jspm","just","lein","lerna","luarocks","make","mamba","meson","micromamba","mingw32-make","mix","mvn","mvnw","ninja","nmake","node","nodejs","nohup","nox","npm","npm-run-all","npx","nuget","nx","opam","pacman","paket","pants","pdm","perl","php","pip","pip3","pipenv","pnpm","pnpx","pod","podman","poetry","port","pub","py","python","python2","python3","rake","rebar3","retry","ruby","run-p","run-s","rush","sbt","scons","script","sh","stack","sudo","swift","task","terraform","time","timeout","tox","travis_retry","travis_wait","turbo","uv","vcpkg","waf","xcodebuild","xcrun","xvfb","xvfb-run","yarn","yarn-run","yum","zsh","zypper"],"tasks":{"quality-gate":["analyse","analyze","audit","check-format","check-lint","check-types","checkformat","checkstyle","codestyle","cov","coverage","cs","enforcer","eslint","fmt","fmt-check","format","format-check","format:check","formatcheck","formatting","inspect","link-check","linkcheck","links","lint","lint-staged","lint:all","linter","linting","pedantic","phpcs","prettier","prettier-check","security","sniff","spell","spellcheck","spelling","style","stylecheck","stylelint","tsc","tslint","type-check","typecheck","typecheck:all","types","validate","verify-format","vet"],"test":["acceptance","check-test","ci-test","coverage-test","cypress","e2e","integration","integration-test","jest","karma","mocha","pytest","smoke","spec","specs","test","test:ci","test:e2e","test:unit","testing","tests","unit","unit-test","unittest"],"build":["assemble","build","bundle","compile","compilejava","compilekotlin","compiler","compilescala","compiletestjava","dist","doc","docs","html","jar","package","pdf","prepare","prepublish","release","site","war","webpack"],"dependency":["add","bootstrap","dependencies","deps","download-deps","fetch","get","install","resolve","restore","setup-deps","sync","update","vendor"]},"exitStatus":{"tool:pytest":{"codes":{"4":"config"},"from":"pytest-dev/pytest doc/en/reference/exit-codes.rst @ b2310f28314249e4bfa1e0b9817dbef5cb968f4d (\'Exit code 4: pytest command line usage error\'; 1 is failed tests, 2 an interrupt, 3 an internal error, 5 no tests collected): the job called pytest wrongly (an option of a plugin not installed, a path that is not there), no test ran"}},"published":{"task:typecheck":[{"from":"nuxt/nuxt docs/3.api/4.commands/typecheck.md @ 5ee523a428696ecd2942d3a9a1e522703dcce35a (the documented command, \'runs vue-tsc to check types throughout your app\'; rootDir left out)","text":"npx nuxi typecheck"}],"task:type-check":[{"from":"vuejs/create-vue template/config/typescript/package.json @ c4e0f154ff977d13064ee78d7d160d3e2db95a64 (the script every TypeScript project it generates has: \\"type-check\\": \\"vue-tsc --noEmit -p tsconfig.app.json --composite false\\", run as npm run type-check)","text":"npm run type-check"}],"mode:tsc--noemit":[{"from":"microsoft/TypeScript tests/baselines/reference/tsc/noEmit/multiFile/semantic-errors.js @ 956929d60c06ddac3b9a79c290f27780ef421624 (the compiler\'s own test runs it so and it prints `a.ts:1:7 - error TS2322: ...` with exitCode ExitStatus.DiagnosticsPresent_OutputsGenerated and writes no file)","text":"/home/src/tslibs/ts/lib/tsc.js -p /home/src/projects/project --noEmit"}],"tool:awesome_bot":[{"from":"dkhamsing/awesome_bot README.md:49 @ 9cc99fd9004a8a948a453e755a92ed861db1fb68 (the documented command; it exits 1 when a link is not OK, lib/awesome_bot/cli.rb:68)","text":"awesome_bot README.md"},{"from":"dkhamsing/awesome_bot README.md:71 @ 9cc99fd9004a8a948a453e755a92ed861db1fb68 (the documented command with options)","text":"awesome_bot README.md --allow-dupe --allow-redirect -w rubydoc,giphy"}],"tool:markdownlint":[{"from":"igorshubovych/markdownlint-cli README.md:71 @ 24f5e1ca61084bb728413dd1fe82d860872b1e96 (the documented command; exit code 1 when linting found errors, README.md:131-134)","text":"markdownlint \'**/*.md\' --ignore node_modules"}],"tool:perlcritic":[{"from":"Perl-Critic/Perl-Critic bin/perlcritic:98 @ c437d557ec903c99c5114bac738a484dfedb1f9f (the documented command; exit status 2 when it finds Policy violations, bin/perlcritic:912-917)","text":"perlcritic -4 YourModule.pm"}],"tool:standard":[{"from":"standard/standard README.md:117 @ be621152d2c0a23079296035bb26e57cebe2f319 (the documented command; a non-zero exit code on errors, README.md:617)","text":"standard \\"src/util/**/*.js\\" \\"test/**/*.js\\""}],"tool:linkinator":[{"from":"JustinBeckwith/linkinator README.md:196 @ c49779d5db2fa5ffb005a32a0bd633bbd0e48229 (the documented command; it exits 1 unless every link passed, src/cli.ts:466)","text":"npx linkinator ./docs --recurse"}]}}');
;// CONCATENATED MODULE: ./src/core/classify/context.ts

function typeOfKind(file, kind) {
    const type = file.kinds[kind];
    if (!type)
        throw new Error(`rules/tool-lexicon.json: kind '${kind}' has no type in 'kinds'`);
    return type;
}
function compileLexicon(file, drop = new Set()) {
    const checkKinds = new Set(file.checkOnly ?? []);
    const checkOnly = new Set();
    const tools = new Map();
    for (const [kind, names] of Object.entries(file.tools)) {
        const type = typeOfKind(file, kind);
        for (const name of names) {
            if (drop.has(`tool:${name}`))
                continue;
            tools.set(name, type);
            if (checkKinds.has(kind))
                checkOnly.add(`tool:${name}`);
        }
    }
    const modes = new Map();
    for (const spec of file.modes ?? []) {
        const mode = compileMode(spec, typeOfKind(file, spec.kind));
        if (drop.has(mode.entry))
            continue;
        if (checkKinds.has(spec.kind))
            checkOnly.add(mode.entry);
        for (const tool of spec.tools)
            modes.set(tool, [...(modes.get(tool) ?? []), mode]);
    }
    const tasks = new Map();
    for (const [type, words] of Object.entries(file.tasks)) {
        for (const word of words)
            if (!drop.has(`task:${word}`))
                tasks.set(word, type);
    }
    for (const word of file.checkOnlyTasks ?? [])
        if (tasks.has(word))
            checkOnly.add(`task:${word}`);
    const exitStatus = new Map();
    for (const [entry, { codes }] of Object.entries(file.exitStatus ?? {}))
        exitStatus.set(entry, new Map(Object.entries(codes).map(([code, type]) => [Number(code), type])));
    return { tools, modes, checkOnly, runners: new Set(file.runners), tasks, exitStatus };
}
function compileMode(spec, type) {
    const [tool] = spec.tools;
    const [flag] = spec.flags;
    if (tool === undefined || flag === undefined)
        throw new Error('rules/tool-lexicon.json: a mode names at least one tool and one flag');
    const ignoreCase = spec.ignoreCase === true;
    const fold = (f) => (ignoreCase ? f.toLowerCase() : f);
    return {
        entry: `mode:${tool}${flag.toLowerCase()}`,
        flags: new Set(spec.flags.map(fold)),
        ignoreCase,
        off: new Set(spec.off ?? []),
        type,
    };
}
/** The mode `tool` runs in, from the arguments that follow it in `tokens` (`tsc -p . --noEmit`). */
function modeOf(tool, tokens, from, lexicon) {
    const modes = lexicon.modes.get(tool);
    if (!modes)
        return undefined;
    const after = tokens.slice(from);
    for (const mode of modes) {
        let on = false;
        after.forEach((raw, i) => {
            const arg = raw.replace(/^['"]|['"]$/g, '');
            if (!mode.flags.has(mode.ignoreCase ? arg.toLowerCase() : arg))
                return;
            const next = after[i + 1];
            on = next === undefined || !mode.off.has(next);
        });
        if (on)
            return [mode.entry, mode.type];
    }
    return undefined;
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
    // A hyphenated entry is one word of the lexicon (`type-check`, `link-check`), which nameWords would split.
    for (const part of name.toLowerCase().split(/[^a-z0-9+-]+/)) {
        if (!part.includes('-'))
            continue;
        const tool = lexicon.tools.get(part);
        if (tool)
            return [`tool:${part}`, tool];
        const task = lexicon.tasks.get(part);
        if (task && !UMBRELLA.has(part))
            return [`task:${part}`, task];
    }
    const words = nameWords(name).map((word) => withoutRunVerb(word, lexicon));
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
/**
 * A script named by a verb run together with its task (`runtests.py`, Django's test script; `runlint`): the task
 * word, when the whole word is no entry of its own.
 */
function withoutRunVerb(word, lexicon) {
    if (!word.startsWith('run') || lexicon.tools.has(word) || lexicon.tasks.has(word))
        return word;
    return lexicon.tasks.has(word.slice(3)) ? word.slice(3) : word;
}
/** Resolves one simple command (no `&&`): its program, through runners, to a tool or a task word. */
function resolveSimple(tokens, lexicon) {
    let runner;
    let task;
    for (const [i, raw] of tokens.entries()) {
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
        const mode = modeOf(word, tokens, i + 1, lexicon);
        if (mode)
            return mode;
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
/** The simple commands of a command line (`a && b; c | d`), each resolved to a lexicon entry or not. */
function resolveParts(text, lexicon) {
    return text.split(/\s*(?:&&|\|\||;|\|)\s*/).map((part) => resolveSimple(part.trim().split(/\s+/), lexicon));
}
/** A command line resolved to a lexicon entry. */
function resolveCommandText(text, lexicon) {
    return resolveParts(text, lexicon).reduce(preferred, undefined);
}
/**
 * Whether a command line runs a checker of a checkOnly kind and nothing but checks: `tsc --noEmit`, `vue-tsc
 * --noEmit && eslint .`; not `tsc --noEmit && jest` (tests run) nor `vue-tsc --noEmit && vite build`.
 */
function checksOnly(text, lexicon) {
    return partsCheckOnly(resolveParts(text, lexicon), lexicon);
}
function partsCheckOnly(parts, lexicon) {
    const known = parts.filter((found) => found !== undefined);
    const checker = known.find(([entry]) => lexicon.checkOnly.has(entry));
    return checker !== undefined && known.every(([, type]) => type === checker[1]);
}
/** What a command hit names: a script, target or task by its words, a command line through its program. */
function resolveHit(hit, lexicon) {
    return hit.name ? resolveName(hit.text, lexicon) : resolveCommandText(hit.text, lexicon);
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
        // A command line's simple commands are resolved once: for its entry, and for whether it only checks.
        const parts = hit.name ? undefined : resolveParts(hit.text, lexicon);
        const found = parts ? parts.reduce(preferred, undefined) : resolveName(hit.text, lexicon);
        if (!found)
            continue;
        const resolution = { entry: found[0], type: found[1], hit };
        // A name (`> app@1.0.0 typecheck`) is one script: it only checks when its entry does.
        if (parts ? partsCheckOnly(parts, lexicon) : lexicon.checkOnly.has(found[0]))
            resolution.checkOnly = true;
        return resolution;
    }
    return undefined;
}
/**
 * A script line that prepares the shell rather than doing the step's work: sourcing, changing directory,
 * echoing, exporting, shell options, a bare assignment, a comment.
 */
const SETUP_COMMAND = /^(?:(?:source|\.|cd|pushd|popd|echo|printf|export|unset|set|shopt|ulimit|umask|trap)(?:\s|$)|#|[A-Za-z_]\w*=\S*$)/;
function isSetupCommand(text) {
    return SETUP_COMMAND.test(text.trim());
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
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
const log_rules_namespaceObject = /*#__PURE__*/JSON.parse('{"rules":[{"id":"runner-lost","type":"infrastructure","confidence":"high","pattern":"The runner has received a shutdown signal|[Ll]ost communication with the server|The hosted runner (?:encountered an error|lost communication)|hudson\\\\.remoting\\\\.Channel\\\\$OrderlyShutdown|hudson\\\\.remoting\\\\.ChannelClosedException|Agent went offline during the build|Received request to deprovision","keywords":["shutdown signal","lost communication","hosted runner","orderlyshutdown","channelclosedexception","went offline","deprovision"],"structural":true,"why":"GitHub runner shut down or lost, Jenkins agent channel closed","examples":{"positive":[{"log":"d0257","line":16},{"log":"d0417","line":49}],"negative":[{"log":"d0027","line":4}],"published":[{"from":"actions/runner src/Runner.Worker/JobRunner.cs:133 @ 258d6c857db3519913f7deb6004b60172f8043ae","text":"##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled."}]}},{"id":"jenkins-agent-lost","type":"infrastructure","confidence":"high","pattern":"\\\\bhudson\\\\.remoting\\\\.RequestAbortedException\\\\b|\\\\bUnexpected termination of the channel\\\\b|\\\\bBacking channel \'[^\']*\' is disconnected\\\\.|\\\\bRemote call on .+ failed\\\\. The channel is closing down or has closed down\\\\b|\\\\bPing started at \\\\d+ hasn\'t completed by \\\\d+|^Agent \\\\S+ was deleted; cancelling node body$|^Agent was removed$|^Timeout waiting for agent to come back$|\\\\bUnable to create live FilePath for \\\\S+|^wrapper script does not seem to be touching the log file in \\\\S+|^Could not connect to \\\\S+ to send interrupt signal to process$|\\\\bIssue with creating launcher for (?:agent|slave) \\\\S+?\\\\.(?: |$)","keywords":["requestabortedexception","termination of the channel","backing channel","has closed down","hasn\'t completed by","cancelling node body","agent was removed","agent to come back","live filepath","touching the log file","send interrupt signal","creating launcher for"],"structural":true,"why":"Jenkins lost the agent running the build, in Jenkins\' own words: the remoting channel\'s exceptions (jenkinsci/remoting src/main/java/hudson/remoting @ fa5f12a8447d0f75e6d17d6b451a60c5e33ec09a: SynchronousCommandTransport.java:80 \'Unexpected termination of the channel\', RemoteInvocationHandler.java:227 \\"Backing channel \'\\" + name + \\"\' is disconnected.\\", Channel.java:1100 \'Remote call on \' + name + \' failed. The channel is closing down or has closed down\', PingThread.java:135 \'Ping started at \' + start + \\" hasn\'t completed by \\" + now, RequestAbortedException), and the causes Pipeline\'s own retry(conditions: [agent()]) treats as agent errors (jenkinsci/workflow-durable-task-step-plugin @ 46cb22ff3686c9e427aab1096bd255489b003140: ExecutorStepExecution.java:435 \'Agent \' + node + \' was deleted; cancelling node body\', RemovedNodeCause \'Agent was removed\', RemovedNodeTimeoutCause \'Timeout waiting for agent to come back\', AgentOfflineException \'Unable to create live FilePath for \' + node, DurableTaskStep.java:529 \'Could not connect to \' + node + \' to send interrupt signal to process\'), Jenkins core\'s launcher for a node whose computer is gone (jenkinsci/jenkins core/src/main/java/hudson/model/Slave.java @ ed0bfe3014d3c96b0d05af2952662ee88947f4ae createLauncher: listener.error(\'Issue with creating launcher for slave \' + name + \'.\'), \'agent\' and a reason after it in later releases), and durable-task\'s lost heartbeat (jenkinsci/durable-task-plugin BourneShellScript.java @ e0d7998f86f4e513666ce7849fc84d2060d094f0: \'wrapper script does not seem to be touching the log file in \' + controlDir). Not its \'process apparently never started in\', which a container without a shell prints every time","examples":{"positive":[{"log":"d0417","line":78}],"negative":[{"log":"d0073","line":38}],"published":[{"from":"jenkinsci/remoting src/main/java/hudson/remoting/SynchronousCommandTransport.java:80 @ fa5f12a8447d0f75e6d17d6b451a60c5e33ec09a (new IOException(\\"Unexpected termination of the channel\\", e), in Jenkins\' \'Caused: \' stack trace form)","text":"Caused: java.io.IOException: Unexpected termination of the channel"},{"from":"jenkinsci/remoting src/main/java/hudson/remoting/RemoteInvocationHandler.java:227 @ fa5f12a8447d0f75e6d17d6b451a60c5e33ec09a (channel name filled in)","text":"java.io.IOException: Backing channel \'JNLP4-connect connection from 10.0.0.5/10.0.0.5:40512\' is disconnected."},{"from":"jenkinsci/remoting src/main/java/hudson/remoting/Channel.java:1100 @ fa5f12a8447d0f75e6d17d6b451a60c5e33ec09a with org/jenkinsci/remoting/ChannelStateException.java getMessage (\'Channel \\"%s\\": %s\'; channel name filled in)","text":"hudson.remoting.ChannelClosedException: Channel \\"hudson.remoting.Channel@5b1f2f3c:agent-7\\": Remote call on agent-7 failed. The channel is closing down or has closed down"},{"from":"jenkinsci/remoting src/main/java/hudson/remoting/PingThread.java:135 @ fa5f12a8447d0f75e6d17d6b451a60c5e33ec09a (times filled in)","text":"java.util.concurrent.TimeoutException: Ping started at 1700000000000 hasn\'t completed by 1700000240000"},{"from":"jenkinsci/remoting src/main/java/hudson/remoting/RequestAbortedException.java @ fa5f12a8447d0f75e6d17d6b451a60c5e33ec09a (class name, wrapping SynchronousCommandTransport\'s message)","text":"hudson.remoting.RequestAbortedException: java.io.IOException: Unexpected termination of the channel"},{"from":"jenkinsci/workflow-durable-task-step-plugin src/main/java/org/jenkinsci/plugins/workflow/support/steps/ExecutorStepExecution.java:435 @ 46cb22ff3686c9e427aab1096bd255489b003140 (agent name filled in)","text":"Agent linux-agent-3 was deleted; cancelling node body"},{"from":"jenkinsci/workflow-durable-task-step-plugin src/main/java/org/jenkinsci/plugins/workflow/support/steps/ExecutorStepExecution.java:447 @ 46cb22ff3686c9e427aab1096bd255489b003140 (RemovedNodeCause.getShortDescription, printed by CauseOfInterruption.print)","text":"Agent was removed"},{"from":"jenkinsci/workflow-durable-task-step-plugin src/main/java/org/jenkinsci/plugins/workflow/support/steps/ExecutorStepExecution.java:453 @ 46cb22ff3686c9e427aab1096bd255489b003140 (RemovedNodeTimeoutCause.getShortDescription)","text":"Timeout waiting for agent to come back"},{"from":"jenkinsci/workflow-durable-task-step-plugin src/main/java/org/jenkinsci/plugins/workflow/support/steps/ExecutorStepDynamicContext.java:180 @ 46cb22ff3686c9e427aab1096bd255489b003140 (AgentOfflineException; node name and offline cause filled in)","text":"org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for linux-agent-3; linux-agent-3 was marked offline: Connection was broken"},{"from":"jenkinsci/workflow-durable-task-step-plugin src/main/java/org/jenkinsci/plugins/workflow/steps/durable_task/DurableTaskStep.java:529 @ 46cb22ff3686c9e427aab1096bd255489b003140 (node name filled in)","text":"Could not connect to linux-agent-3 to send interrupt signal to process"},{"from":"jenkinsci/durable-task-plugin src/main/java/org/jenkinsci/plugins/durabletask/BourneShellScript.java @ e0d7998f86f4e513666ce7849fc84d2060d094f0 (control directory filled in)","text":"wrapper script does not seem to be touching the log file in /home/jenkins/workspace/app@tmp/durable-1a2b3c4d"},{"from":"jenkinsci/jenkins core/src/main/java/hudson/model/Slave.java @ ed0bfe3014d3c96b0d05af2952662ee88947f4ae (createLauncher, printed by TaskListener.error with its \'ERROR: \' prefix; node name filled in)","text":"ERROR: Issue with creating launcher for slave linux-agent-3."}]}},{"id":"job-time-limit","type":"timeout","confidence":"high","pattern":"has timed out after \\\\d+ minutes|exceeded the maximum execution time|The job exceeded the maximum time limit|max run time exceeded|Build timed out \\\\(after|Timeout \\\\(\\\\d+ ?(?:minutes|min|m)\\\\) exceeded|returning 124\\\\b|Execution timed out","keywords":["timed out after","maximum execution time","maximum time limit","max run time","build timed out","minutes) exceeded","min) exceeded","returning 124","execution timed out"],"why":"CI job/step/task limits (GitHub timeout-minutes, Travis, Taskcluster, Jenkins), timeout(1)","examples":{"positive":[{"log":"d0103","line":2701},{"log":"d0197","line":21}],"negative":[{"log":"d0085","line":1763}],"published":[{"from":"actions/runner src/Runner.Worker/StepsRunner.cs:328 @ 258d6c857db3519913f7deb6004b60172f8043ae ($\\"The action \'{step.DisplayName}\' has timed out after {timeoutMinutes} minutes.\\")","text":"##[error]The action \'Run npm test\' has timed out after 30 minutes."},{"from":"the Actions service\'s job time limit, today\'s wording (docs/runner-model.md: no such string in actions/runner)","text":"##[error]The job has exceeded the maximum execution time of 30m0s"}]}},{"id":"no-output-watchdog","type":"timeout","confidence":"high","pattern":"No output has been received in the last \\\\d+ ?m|timed out after \\\\d+ seconds with no output|has not produced any output for|Tests timed out|Job timed out","keywords":["no output has been","with no output","any output for","tests timed out","job timed out"],"why":"no-output watchdogs (Travis, mozharness) and harness-wide timeouts","examples":{"positive":[{"log":"d0005","line":9317},{"log":"d0085","line":1763}],"negative":[{"log":"d0005","line":9316}],"published":[{"from":"travis-ci/travis-worker lib/travis/worker/ssh/session.rb NoOutputReceivedError @ f5b31a558ecb3be716e41f4699a6af81802aa16f (minutes filled in)","text":"No output has been received in the last 10 minutes, this potentially indicates a stalled build or something wrong with the build itself."}]}},{"id":"cancelled","type":"cancelled","confidence":"medium","pattern":"Step cancelled by GitHub Actions|The operation was cancell?ed|Job was cancell?ed|Build was aborted|Aborted by \\\\S+$|Cancelling nested steps(?! due to timeout)","keywords":["cancel","aborted by","build was aborted"],"why":"user or concurrency cancellation; Jenkins\' \'Cancelling nested steps due to timeout\' is its timeout step (TimeoutStepExecution.java), a time limit, not a cancellation: ci-platform-time-limit","examples":{"positive":[{"log":"d0102","line":34}],"negative":[{"log":"d0005","line":9076}],"published":[{"from":"actions/runner src/Runner.Worker/StepsRunner.cs:335 @ 258d6c857db3519913f7deb6004b60172f8043ae (a step\'s OperationCanceledException when the job is cancelled: step.ExecutionContext.Error(ex), result Canceled; ExecutionContext.cs:1481 logs ex.Message as an error issue, \'##[error]\' at :1688) with .NET\'s default OperationCanceledException message (dotnet/runtime src/libraries/System.Private.CoreLib/src/Resources/Strings.resx OperationCanceled @ 003e43b4e551874822af3c8f28188e0139a798f4)","text":"##[error]The operation was canceled."}]}},{"id":"disk-full","type":"resource","confidence":"medium","pattern":"No space left on device|\\\\bENOSPC\\\\b|not enough space on the disk|Disk quota exceeded","keywords":["no space left","enospc","not enough space","quota exceeded"],"why":"disk exhausted (any case: Go and the Linux errno table print it lowercase, `write x: no space left on device`)","examples":{"positive":[{"log":"d0060","line":805},{"log":"d0209","line":778}],"negative":[{"log":"d0060","line":804}]},"flags":"i"},{"id":"ci-pod-lost","type":"infrastructure","confidence":"high","pattern":"pod failed to come online with error|Cannot connect to the Docker daemon at \\\\S+\\\\. Is the docker daemon running","keywords":["pod failed to come online","cannot connect to the docker daemon"],"why":"the job\'s container or pod never came up: actions/runner-container-hooks packages/k8s/src/hooks/prepare-job.ts @cf62bccba0d59addaf08a115f96ebcd81fb499d8 (\'pod failed to come online with error: ...\'); moby/moby client/errors.go @d606d5ca84d69decbed4ca6a5b600ac7f71f73d4 (\'Cannot connect to the Docker daemon at %s. Is the docker daemon running?\')","examples":{"positive":[{"log":"d0652","line":15}],"negative":[{"log":"d0102","line":35}],"published":[{"from":"actions/runner-container-hooks packages/k8s/src/hooks/prepare-job.ts:132 @ cf62bccba0d59addaf08a115f96ebcd81fb499d8 (`pod failed to come online with error: ${formatError(err)}`)","text":"Error: pod failed to come online with error: Error: Pod runner-x86-abcde-workflow is unhealthy with phase status Failed"},{"from":"moby/moby client/errors.go @ d606d5ca84d69decbed4ca6a5b600ac7f71f73d4 (\'Cannot connect to the Docker daemon at %s. Is the docker daemon running?\')","text":"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"}]}},{"id":"client-network-error","type":"network","confidence":"high","pattern":"npm (?:ERR!|error) (?:code (?:ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNREFUSED|ESOCKETTIMEDOUT|ERR_SOCKET_TIMEOUT)\\\\b|network (?:request to \\\\S+ failed|Socket timeout|Invalid response body while trying to fetch|This is a problem related to network connectivity))|HTTPS?ConnectionPool\\\\(host=\'(?!localhost\'|127\\\\.0\\\\.0\\\\.1\')[^\']+\', port=\\\\d+\\\\): Read timed out|HTTPS?ConnectionPool\\\\(host=\'(?!localhost\'|127\\\\.0\\\\.0\\\\.1\')[^\']+\', port=\\\\d+\\\\): Max retries exceeded with url: .*\\\\(Caused by (?:ConnectTimeoutError|ReadTimeoutError|ProtocolError\\\\(\'Connection aborted|NewConnectionError\\\\(.*(?:Temporary failure in name resolution|Network is unreachable|timed out))|Connection broken: (?:IncompleteRead|ConnectionResetError)|Could not transfer artifact \\\\S+ from/to \\\\S+ \\\\([^)]*\\\\): (?:Connect to \\\\S+(?: \\\\[[^\\\\]]*\\\\])? failed: )?(?:Connection reset|Connect(?:ion)? timed out|connect timed out|Read timed out|Remote host terminated the handshake|Connection refused|Network is unreachable|No route to host|Premature end of Content-Length|.*status code: (?:429|50[0234])|.*\\\\b(?:502 Bad Gateway|503 Service Unavailable|504 Gateway Time-?out)\\\\b)|\\\\b(?:Get|Head|Post) \\"https?://(?!localhost[:/\\"]|127\\\\.0\\\\.0\\\\.1[:/\\"]|\\\\[::1\\\\])[^\\"]+\\": .*(?:i/o timeout|connection reset by peer|connection refused|connection timed out|network is unreachable|TLS handshake timeout|server misbehaving|http2: server sent GOAWAY|http2: client connection lost|unexpected EOF|net/http: request canceled while waiting for connection|Client\\\\.Timeout exceeded while awaiting headers)|(?:^go: \\\\S+: |\\\\bfailed to do request: |^Error response from daemon: )(?:Get|Head|Post) \\"https?://(?!localhost[:/\\"]|127\\\\.0\\\\.0\\\\.1[:/\\"]|\\\\[::1\\\\])[^\\"]+\\": (?:EOF$|unexpected EOF|context deadline exceeded|net/http: timeout awaiting response headers|stream error: stream ID \\\\d+; [A-Z_]+)|\\\\btoomanyrequests: |You have reached your pull rate limit|unexpected status from (?:GET|HEAD) request to \\\\S+: (?:429|50[0234])|httpReadSeeker: failed open: .*(?:i/o timeout|connection reset by peer|unexpected EOF|TLS handshake timeout)|^\\\\s*(?:Caused by:\\\\s*)?\\\\[(?:6|7|28|35|52|55|56)\\\\] (?:Couldn\'t resolve host name|Could not resolve host|Couldn\'t connect to server|Could not connect to server|Timeout was reached|SSL connect error|Server returned nothing|Failed sending data to the peer|Failure when receiving data from the peer)|RPC failed; (?:curl (?:18|28|52|55|56|92)|HTTP 50[0234])|fatal: early EOF|fatal: index-pack failed|GnuTLS recv error|gnutls_handshake\\\\(\\\\) failed|Failed to \\\\w+: Failed to make request after \\\\d+ attempts: |Unexpected HTTP response: (?:408|429|50[0234])\\\\b|Could not (?:GET|HEAD) \'[^\']+\'\\\\. Received status code (?:408|429|50[0234]) from server|curl error (?:6|7|28|35|52|56) while downloading \\\\S+: |^Could not fetch specs from https?://\\\\S+ due to underlying error <|Could not create connection to \\\\S+:\\\\d+|Failed to download [`‘\'][^\'’\\\\s]+[\'’] archive\\\\.|unable to resolve host address|^Resolving \\\\S+ (?:\\\\([^)]*\\\\))?\\\\.\\\\.\\\\. failed: (?:Temporary failure in name resolution|Name or service not known|No address associated with hostname)|^E: Failed to fetch \\\\S+\\\\s+(?:Temporary failure resolving|Hash Sum mismatch|Could not connect to|Unable to connect to|Connection failed|Connection timed out|50[0234] )","keywords":["npm err!","npm error","connectionpool(host=","max retries exceeded with url","connection broken:","could not transfer artifact","get \\"http","head \\"http","post \\"http","toomanyrequests","pull rate limit","unexpected status from","httpreadseeker","couldn\'t resolve host","could not resolve host","connect to server","timeout was reached","ssl connect error","server returned nothing","failed sending data","failure when receiving","rpc failed","early eof","index-pack failed","gnutls","could not create connection to","failed to make request after","unexpected http response: ","received status code","while downloading","could not fetch specs from","failed to download ","unable to resolve host address","... failed: ","e: failed to fetch","failed to do request: ","error response from daemon: "],"why":"a download client\'s own network exception, from each tool\'s source: npm/cli lib/utils/error-message.js @79f79c7460be8a74f2b77c647100bcefd89b2efa (\'npm ERR! network ... This is a problem related to network connectivity.\'); urllib3/urllib3 src/urllib3/connectionpool.py @266b347d393a16684f2b5abb87aeb5b13ca4f0b7 (\'Read timed out. (read timeout=...)\', pool \'HTTPSConnectionPool(host=..., port=...)\'); apache/maven-resolver maven-resolver-api .../transfer/ArtifactTransferException.java @5c1b2821afe58c14e688a8caa54d0420aab7bb9b (\'Could not transfer artifact %s from/to %s\', network causes only, alone or inside Apache HttpClient\'s apache/httpcomponents-client httpclient/src/main/java/org/apache/http/conn/HttpHostConnectException.java @ 4defb0689ff6f16777301aae4c26929b40c78762 \'Connect to \' + host + \' \' + addresses + \' failed: \' + cause); Go net/url Error (\'%s %q: %s\') with argoproj/argo-workflows util/errors/errors.go @f016ad89eb269d282aec06dc491c29f396a38df4 (isTransientNetworkErr\'s strings); distribution/distribution registry/api/errcode/register.go @0d6b721dc3ceacb5d678c25b718b2f40a507c2d8 (TOOMANYREQUESTS, printed lower-case by errcode/errors.go); containerd/containerd core/remotes/docker/httpreadseeker.go, core/remotes/errors/errors.go @301026e58c619e63d09c0ec411012e54c0124b03; curl/curl lib/strerror.c @1874348b0314665f7a75ebeb2fdbf07d331894e5; git/git remote-curl.c @ec1a6f67c1e575b3c1dec68391dc26ee5eaf8748 (\'RPC failed; curl %d ...\'), fetch-pack.c @b9afefff0bc6d2e59599e192d664c61c8974c134 (\'early EOF\', \'index-pack failed\'); emacs-mirror/emacs lisp/url/url-http.el @19dcb237b5b02b36580294ab309124f346a66024 (\'Could not create connection to %s:%d\') and lisp/emacs-lisp/package.el @cc35b197c7720e0687c6a994df9a4cf767298712 (\'Failed to download `%s\' archive.\', curved quotes by text-quoting-style); GNU wget src/host.c (\'Resolving %s... \', \'failed: %s.\'); Debian/apt methods/connect.cc @654881fb48c5e4fb1e542179f20ded294dd3ae83 (\'Temporary failure resolving\'); actions/toolkit packages/artifact/src/internal/shared/artifact-twirp-client.ts @950e1711a17dee44e90a77088550d897d0d37e31 (\'Failed to ${method}: Failed to make request after ${maxAttempts} attempts: ...\', thrown only once retryable errors ran out; non-retryable ones say \'Received non-retryable error\') and packages/tool-cache/src/tool-cache.ts @dbe327815302db77313296ca557de5c1bf8b1d92 (HTTPError \'Unexpected HTTP response: ${httpStatusCode}\', server errors and 408/429 only); Gradle HttpErrorStatusCodeException (\'Could not %s \'%s\'. Received status code %s from server: %s\'), server errors and 408/429 only; Composer src/Composer/Util/Http/CurlDownloader.php (\'curl error \'.$errno.\' while downloading \'...); Bundler lib/bundler/fetcher (\'Could not fetch specs from #{display_uri} due to underlying error <...>\', raised after AuthenticationRequired/Forbidden are ruled out; its \'Retrying fetcher due to error\' lines are survived). Localhost targets are left out: a test\'s own server refusing is not the network; Go\'s url.Error around io.EOF (\'EOF\'), context.DeadlineExceeded (\'context deadline exceeded\') and net/http\'s Transport.ResponseHeaderTimeout (\'net/http: timeout awaiting response headers\', golang/go src/net/http/transport.go) and an HTTP/2 stream reset (StreamError \'stream error: stream ID %d; %v\', golang/go src/net/http/h2_bundle.go) only where the go command, BuildKit/containerd (\'failed to do request: \', containerd core/remotes/docker/resolver.go) or the Docker daemon (\'Error response from daemon: \') made the request, not a test\'s own client; apt\'s 500 beside 502-504","examples":{"positive":[{"log":"d0824","line":763},{"log":"d0953","line":4007},{"log":"d0794","line":494},{"log":"d0828","line":784},{"log":"d0296","line":213},{"log":"d0047","line":197}],"negative":[{"log":"d0601","line":328},{"log":"d0189","line":424}],"published":[{"from":"apache/maven-resolver ArtifactTransferException (\'Could not transfer artifact %s from/to %s\') around apache/httpcomponents-client httpclient/src/main/java/org/apache/http/conn/HttpHostConnectException.java @ 4defb0689ff6f16777301aae4c26929b40c78762 (\'Connect to \' + host + \' \' + addresses + \' failed: \' + cause.getMessage(), the JDK\'s \'Connection timed out\'); artifact, repository and address filled in","text":"[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.acme:app:jar:1.0: Could not transfer artifact org.slf4j:slf4j-api:jar:2.0.9 from/to central (https://repo.maven.apache.org/maven2): Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.0.215] failed: Connection timed out -> [Help 1]"}]}},{"id":"no-activity-watchdog","type":"timeout","confidence":"high","pattern":"Disconnected ?, because no message in \\\\d+ ms|Too long with no output \\\\(exceeded","keywords":["because no message in","too long with no output"],"why":"no-activity watchdogs and time limits: CircleCI\'s \'Too long with no output (exceeded 10m0s): context deadline exceeded\' (no_output_timeout), karma\'s no-activity watchdog (browserNoActivityTimeout): karma-runner/karma lib/browser.js refreshNoActivityTimeout, this.disconnect(`, because no message in ${this.noActivityTimeout} ms.`) logged as \'Disconnected , because ...\' (older releases: \'Disconnected, because ...\')","examples":{"positive":[{"log":"d0742","line":964}],"negative":[{"log":"d0681","line":1247}],"published":[{"from":"karma-runner/karma lib/browser.js:198 and :182 @ 84f85e7016efc2266fa6b3465f494a3fa151c85c (refreshNoActivityTimeout: this.disconnect(`, because no message in ${this.noActivityTimeout} ms.`), which emits browser_error `Disconnected ${reason}`), written by the reporters as `%s ERROR` then the error indented by two spaces (lib/reporters/base.js:82); 30000 ms is browserNoActivityTimeout\'s default (lib/config.js:333)","text":"  Disconnected , because no message in 30000 ms."}]}},{"id":"go-build-failed","type":"build","confidence":"medium","pattern":"^FAIL\\\\s+\\\\S+\\\\s+\\\\[(?:build|setup) failed\\\\]$","keywords":["failed]"],"why":"go test could not build the package","examples":{"positive":[{"log":"d0069","line":501}],"negative":[{"log":"d0069","line":500}]}},{"id":"cargo-build","type":"build","confidence":"high","pattern":"error: failed to run custom build command for|^error\\\\[E\\\\d{4}\\\\]","keywords":["error: failed to run custom","error[e"],"why":"cargo/rustc compile errors: rustc\'s coded error (`error[E0425]`) and a build script that failed; cargo\'s closing `could not compile` is rule cargo-could-not-compile (it closes a clippy lint denial too)","examples":{"positive":[{"log":"d0031","line":439},{"log":"d0134","line":434}],"negative":[{"log":"d0031","line":461}]}},{"id":"cargo-could-not-compile","type":"build","confidence":"medium","pattern":"^error: could not compile `[^`]+`","keywords":["error: could not compile"],"why":"cargo\'s closing line after rustc (or clippy-driver) failed a crate: rust-lang/cargo src/cargo/core/compiler/mod.rs (context message `could not compile `{}`{}{}` with ` due to N previous errors` and `; N warnings emitted`, printed as `error: ...`). A wrapper, not the cause: under `cargo clippy -- -D warnings` it closes a lint denial (clippy-denied), after rustc it closes `error[E…]` (cargo-build), so its own prior stays medium and the cause\'s line decides","examples":{"positive":[{"log":"d0220","line":137781}],"negative":[{"log":"d0031","line":437}],"published":[{"from":"rust-lang/cargo src/cargo/core/compiler/mod.rs (`could not compile `{}`{}{}`, name `app`, ` due to 2 previous errors`, printed by cargo\'s shell as `error: `)","text":"error: could not compile `app` due to 2 previous errors"},{"from":"rust-lang/cargo src/cargo/core/compiler/mod.rs (`could not compile `{}`{}{}` with ` due to 1 previous error` and `; 1 warning emitted`)","text":"error: could not compile `app` due to 1 previous error; 1 warning emitted"}]}},{"id":"mozilla-harness","type":"test","confidence":"high","pattern":"TEST-UNEXPECTED-(?:FAIL|ERROR|CRASH|TIMEOUT)|PROCESS-CRASH \\\\||ERROR: (?:Address|Leak|Thread|Memory|UndefinedBehavior)Sanitizer","keywords":["test-unexpected","process-crash","sanitizer"],"why":"mozilla harnesses, sanitizers","examples":{"positive":[{"log":"d0080","line":13565},{"log":"d0244","line":5437}],"negative":[{"log":"d0063","line":191}]}},{"id":"pytest-unittest","type":"test","confidence":"high","pattern":"^FAILED [^\\\\s(]+::|^(?:ERROR|FAILED) (?:CONSISTENTLY: )?\\\\S+\\\\.py::|^=+ .*\\\\b[1-9]\\\\d* (?:failed|errors?)\\\\b.* in [\\\\d.]+s|^FAILED \\\\((?:failures|errors)=\\\\d+|^(?:FAIL|ERROR): test\\\\w*|^E\\\\s{3,}\\\\w*(?:Error|Exception)\\\\b|^\\\\S+\\\\.py:\\\\d+: (?:\\\\w+Error|\\\\w+Exception)$","keywords":["failed","error","fail:","exception"],"why":"pytest and unittest","examples":{"positive":[{"log":"d0023","line":1311},{"log":"d0038","line":1310}],"negative":[{"log":"d0001","line":161}]}},{"id":"go-test","type":"test","confidence":"high","pattern":"^--- FAIL: |^FAIL: Test\\\\w*|^FAIL\\\\s+\\\\S+\\\\s+[\\\\d.]+s$","keywords":["fail"],"why":"go test, gocheck","examples":{"positive":[{"log":"d0072","line":584},{"log":"d0082","line":2617}],"negative":[{"log":"d0001","line":263}]}},{"id":"jest-mocha","type":"test","confidence":"high","pattern":"^Tests:\\\\s+[1-9]\\\\d* failed|^Test Suites:\\\\s+[1-9]\\\\d* failed|Some test suites failed|^[1-9]\\\\d* failing$|timeout of \\\\d+ms exceeded\\\\. Ensure the done\\\\(\\\\) callback","keywords":["failed","failing","timeout of"],"why":"jest, mocha (a per-test timeout is a test failure)","examples":{"positive":[{"log":"d0033","line":622},{"log":"d0118","line":621}],"negative":[{"log":"d0001","line":263}],"published":[{"from":"jestjs/jest packages/jest-reporters/src/getSummary.ts @ f8451e3c878d1c7513647461bd6dfccf0091727f (the suites line: \'Test Suites: \' + \'${suitesFailed} failed, \' + \'${suitesPassed} passed, \' + \'${suitesTotal} total\', colours off, counts filled in)","text":"Test Suites: 1 failed, 2 passed, 3 total"},{"from":"jestjs/jest packages/jest-reporters/src/getSummary.ts @ f8451e3c878d1c7513647461bd6dfccf0091727f (the tests line: \'Tests:       \' + \'${failed} failed, \' + \'${passed} passed, \' + \'${total} total\', colours off, counts filled in)","text":"Tests:       1 failed, 10 passed, 11 total"},{"from":"mochajs/mocha lib/reporters/base.js:128 @ e6b9ee773481fd739ae24caeb42f32ac0b010f95 (format \'  %d failing\', count filled in; also docs/src/content/docs/explainers/detecting-multiple-calls-to-done.mdx:27)","text":"  1 failing"},{"from":"mochajs/mocha lib/runnable.js:226 @ e939d8e4379a622e28064ca3a75f3e1bda7e225b (v2.5.3; \'timeout of \' + ms + \'ms exceeded. Ensure the done() callback is being called in this test.\', as the reporter prints the Error; ms filled in. Mocha 3+ prints \'Timeout of Nms exceeded. For async tests and hooks, ensure \\"done()\\" is called\', which this alternative does not match)","text":"     Error: timeout of 2000ms exceeded. Ensure the done() callback is being called in this test."}]}},{"id":"junit-summary","type":"test","confidence":"medium","pattern":"Tests run: \\\\d+, Failures: [1-9]\\\\d*|Tests run: \\\\d+, Failures: \\\\d+, Errors: [1-9]\\\\d*|There (?:are|were) test failures|There (?:was|were) [1-9]\\\\d* (?:failures?|errors?):|^FAILURES!$|Tests: \\\\d+, Assertions: \\\\d+, (?:Failures|Errors): [1-9]\\\\d*|^Failed tests?:|^Tests in error:|^\\\\[ERROR\\\\]\\\\s+\\\\w+Test\\\\w*\\\\.\\\\w+[:(]|^\\\\w+Test\\\\w* > \\\\w+.* FAILED$|\\\\d+ tests completed, [1-9]\\\\d* failed|There were failing tests|^\\\\d+\\\\) \\\\w+(?:\\\\\\\\\\\\w+)*(?:Test|_test)\\\\w*::\\\\w+|\\\\(\\\\w+\\\\.\\\\w*Test\\\\w*\\\\)$","keywords":["failures:","errors:","test failures","failures?","failures!","failed test","tests in error","[error]","failed","failing","test::","test)"],"why":"maven surefire, gradle, phpunit","examples":{"positive":[{"log":"d0001","line":261},{"log":"d0012","line":644}],"negative":[{"log":"d0001","line":107}]}},{"id":"rspec-minitest","type":"test","confidence":"high","pattern":"^Failed examples:|^rspec \\\\./spec|\\\\b\\\\d+ examples?, [1-9]\\\\d* failures?|An error occurred while loading \\\\./spec|\\\\d+ runs, \\\\d+ assertions, (?:[1-9]\\\\d* failures|\\\\d+ failures, [1-9]\\\\d* errors)|Minitest::Assertion|Test::Unit::AssertionFailedError|\\\\d+ examples?, \\\\d+ failures?, [1-9]\\\\d* errors? occurred outside","keywords":["failed examples","rspec ./spec","failure","error occurred while loading","minitest::assertion","assertionfailederror","errors occurred"],"why":"rspec, minitest, hspec","examples":{"positive":[{"log":"d0101","line":761},{"log":"d0276","line":1127}],"negative":[{"log":"d0001","line":273}],"published":[{"from":"rspec/rspec-core lib/rspec/core/notifications.rb:365 @ aec5f49485d97908183dbe790a7fefb8baaa8091 (colorized_rerun_commands: the header line)","text":"Failed examples:"},{"from":"rspec/rspec-core lib/rspec/core/notifications.rb:367 @ aec5f49485d97908183dbe790a7fefb8baaa8091 (colorized_rerun_commands: \\"rspec #{rerun_argument_for(example)}\\" + \\" # #{example.full_description}\\", location and description filled in)","text":"rspec ./spec/calculator_spec.rb:12 # Calculator adds two numbers"},{"from":"rspec/rspec-core features/command_line/bisect.feature:51 @ aec5f49485d97908183dbe790a7fefb8baaa8091 (rspec\'s summary as its own feature expects it)","text":"10 examples, 1 failure"},{"from":"rspec/rspec-core spec/integration/spec_file_load_errors_spec.rb:68 @ aec5f49485d97908183dbe790a7fefb8baaa8091 (rspec\'s summary as its own spec expects it)","text":"0 examples, 0 failures, 1 error occurred outside of examples"},{"from":"rspec/rspec-core lib/rspec/core/configuration.rb:2166 @ aec5f49485d97908183dbe790a7fefb8baaa8091 (\\"An error occurred while loading #{relative_file}.\\", file filled in)","text":"An error occurred while loading ./spec/calculator_spec.rb."},{"from":"minitest/minitest test/minitest/test_minitest_test.rb:323 @ 6790f86f894637768a1f64cfe50959d2029b65ed (Minitest 5\'s summary as its own test expects it)","text":"2 runs, 2 assertions, 1 failures, 0 errors, 0 skips"},{"from":"minitest/minitest test/minitest/test_minitest_test.rb:110 @ 6790f86f894637768a1f64cfe50959d2029b65ed (Minitest 5\'s summary as its own test expects it)","text":"2 runs, 1 assertions, 1 failures, 1 errors, 0 skips"}]}},{"id":"tap-not-ok","type":"test","confidence":"high","pattern":"^not ok \\\\d+","keywords":["not ok"],"why":"A TAP test line names the failing test; it outranks the plan\'s summary lines so the evidence is the test itself","examples":{"positive":[{"log":"d0094","line":338},{"log":"d0097","line":2707}],"negative":[{"log":"d0063","line":3553}],"published":[{"from":"TestAnything/Specification tap-version-14-specification.md:96 @ 077697618f533b7701c758b717c2b3a48a4be952 (a failed test point in the TAP 14 specification\'s example output)","text":"not ok 2 - First line of the input valid"}]}},{"id":"tap-tape-prove","type":"test","confidence":"medium","pattern":"^# fail\\\\s+[1-9]|operator: (?:notOk|ok|equal|deepEqual|throws|fail)\\\\b|Failed [1-9]\\\\d*/\\\\d+ (?:subtests|test programs)|Dubious, test returned|^Result: FAIL","keywords":["# fail","operator:","subtests","test programs","dubious","result: fail"],"why":"TAP summaries, tape, perl prove","examples":{"positive":[{"log":"d0094","line":428},{"log":"d0097","line":967}],"negative":[{"log":"d0063","line":3553}]}},{"id":"exunit-ct","type":"test","confidence":"high","pattern":"\\\\b\\\\d+ (?:tests|doctests?|properties)(?:, \\\\d+ \\\\w+)*, [1-9]\\\\d* failures?|Assertion with \\\\S+ failed|\\\\(for doctest at\\\\)|failed on line \\\\d+$|TEST COMPLETE, [1-9]\\\\d* failed|\\\\bSuccess/Total: (\\\\d+)/(?!\\\\1\\\\b)\\\\d+","keywords":["failure","assertion with","for doctest at","failed on line","test complete","success/total"],"why":"elixir ExUnit, erlang common_test, suites that print pass/total","examples":{"positive":[{"log":"d0001","line":263},{"log":"d0052","line":926}],"negative":[{"log":"d0012","line":642}],"published":[{"from":"elixir-lang/elixir lib/ex_unit/test/ex_unit/doc_test_test.exs:539 @ 0b8623a032555d77cbd7cba815736b0ca1335e51 (v1.17.0; ExUnit\'s summary as its own test expects it)","text":"2 doctests, 1 failure"},{"from":"elixir-lang/elixir lib/mix/lib/mix/tasks/test.ex:54 @ 0b8623a032555d77cbd7cba815736b0ca1335e51 (v1.17.0; mix test\'s documented output)","text":"1 doctest, 11 tests, 1 failure"},{"from":"elixir-lang/elixir lib/ex_unit/test/ex_unit/formatter_test.exs:123 @ 0b8623a032555d77cbd7cba815736b0ca1335e51 (v1.17.0; ExUnit\'s formatted failure as its own test expects it)","text":"     Assertion with == failed"},{"from":"elixir-lang/elixir lib/ex_unit/test/ex_unit/doc_test_test.exs:650 @ 0b8623a032555d77cbd7cba815736b0ca1335e51 (v1.17.0; the expected stacktrace line, #{starting_line + 15} filled in as 120)","text":"       (for doctest at) test/ex_unit/doc_test_test.exs:120: (test)"},{"from":"erlang/otp lib/common_test/src/ct_framework.erl @ c84f6fa2dc7c7615e36a575571ee1a6e9cd586a4 (format string \\"~w:~tw failed on line ~w~nReason: ~ts\\", first line; module, function and line filled in)","text":"my_SUITE:my_case failed on line 42"},{"from":"junegunn/vader.vim README.md:434 @ 429b669e6158be3a9fc110799607c232e6ed8e29 (Vader\'s documented summary; format string \'Success/Total: %s/%s%s\' in autoload/vader.vim:98)","text":"  Success/Total: 2/3"},{"from":"minitest/minitest lib/minitest/unit.rb:1080 @ 644a52fd0aa0205c8767829ca8afbd8c158f9ff2 (v4.7.3; Minitest 4\'s status, format string \\"%d tests, %d assertions, %d failures, %d errors, %d skips\\", counts filled in; Minitest 5 prints \'runs\', matched by rspec-minitest)","text":"10 tests, 25 assertions, 1 failures, 0 errors, 0 skips"}]}},{"id":"xctest","type":"test","confidence":"medium","pattern":"XCTAssert\\\\w* failed|Test Case \'.*\' failed|\\\\*\\\\* TEST FAILED \\\\*\\\\*|Executed \\\\d+ tests?, with [1-9]\\\\d* failures?|, Test crashed|Asynchronous wait failed","keywords":["xctassert","test case","test failed","executed","test crashed","asynchronous wait failed"],"why":"XCTest, xcpretty","examples":{"positive":[{"log":"d0034","line":507},{"log":"d0043","line":1775}],"negative":[{"log":"d0012","line":691}],"published":[{"from":"swiftlang/swift-corelibs-xctest Tests/Functional/Asynchronous/Expectations/Cleanup/main.swift:20 @ cc562f728ece742925b75216ee5a16748655fea8 (XCTest\'s output as its own lit test CHECKs it; the duration regex filled in)","text":"Test Case \'ExpectationCleanupTestCase.test_createExpectationAndSkipWait\' failed (0.001 seconds)"},{"from":"swiftlang/swift-corelibs-xctest Tests/Functional/Asynchronous/Expectations/Cleanup/main.swift:50 @ cc562f728ece742925b75216ee5a16748655fea8 (XCTest\'s summary as its own lit test CHECKs it; the duration regexes filled in)","text":"\\t Executed 2 tests, with 1 failure (1 unexpected) in 0.002 (0.003) seconds"},{"from":"swiftlang/swift-corelibs-xctest Tests/Functional/EqualityWithAccuracy/main.swift:66 @ cc562f728ece742925b75216ee5a16748655fea8 (as its own lit test CHECKs it; the path and [[@LINE+3]] filled in, regex escapes removed)","text":"/src/Tests/Functional/EqualityWithAccuracy/main.swift:69: error: EqualityWithAccuracyTests.test_equalWithAccuracy_fails : XCTAssertEqual failed: (\\"0.0\\") is not equal to (\\"0.2\\") +/- (\\"-0.1\\") - "},{"from":"swiftlang/swift-corelibs-xctest Tests/Functional/Asynchronous/Expectations/main.swift:17 @ cc562f728ece742925b75216ee5a16748655fea8 (as its own lit test CHECKs it; the path and [[@LINE+4]] filled in)","text":"/src/Tests/Functional/Asynchronous/Expectations/main.swift:21: error: ExpectationsTestCase.test_waitingForAnUnfulfilledExpectation_fails : Asynchronous wait failed - Exceeded timeout of 0.2 seconds, with unfulfilled expectations: foo"}]}},{"id":"rust-test","type":"test","confidence":"medium","pick":"first","pattern":"^test result: FAILED|^thread \'(?!main\')[^\']*\' panicked at","keywords":["test result: failed","panicked at"],"why":"cargo test","examples":{"positive":[{"log":"d0021","line":969},{"log":"d0121","line":969}],"negative":[{"log":"d0068","line":582}],"published":[{"from":"rust-lang/rust library/test/src/formatters/pretty.rs @ 37f17bca7ccca0b393a58c87bb87bac18f371f61 (write_run_finish: \\"test result: \\" + \\"FAILED\\" + \\". {} passed; {} failed; {} ignored; {} measured; {} filtered out\\" + \\"; finished in {}\\"; counts and time filled in)","text":"test result: FAILED. 10 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s"}]}},{"id":"nextest-summary","type":"test","confidence":"high","pattern":"^\\\\s*Summary \\\\[\\\\s*[\\\\d.]+s\\\\] (?:\\\\d+/)?\\\\d+ tests? run: .*\\\\b[1-9]\\\\d* (?:failed|exec failed|timed out)\\\\b","keywords":["tests run: ","test run: "],"why":"cargo-nextest\'s closing summary counts failed, crashed and timed-out tests (nextest-rs/nextest @ b2a481b1ab77c9615742e5afbb8d831e3e1f6b0b nextest-runner/src/reporter/displayer/imp.rs, write_summary_str; its own snapshot nextest_runner__reporter__displayer__imp__tests__summary_line_output.snap). A test over nextest\'s slow-timeout terminate-after is one test\'s own limit reported by the runner (TIMEOUT): test, not timeout (TAXONOMY.md). Without it the run\'s \'error: test run failed\' (cargo-nextest/src/errors.rs) read as a bare error. A zero count is no finding","examples":{"positive":[],"negative":[{"log":"d0002","line":424}],"published":[{"from":"nextest-rs/nextest @ b2a481b1ab77c9615742e5afbb8d831e3e1f6b0b nextest-runner/src/reporter/displayer/snapshots/nextest_runner__reporter__displayer__imp__tests__summary_line_output.snap","text":"     Summary [  15.750s] 8/10 tests run: 5 passed (1 slow, 1 flaky, 1 leaky), 2 failed, 1 exec failed, 1 timed out, 2 skipped"},{"from":"nextest-rs/nextest @ b2a481b1ab77c9615742e5afbb8d831e3e1f6b0b nextest-runner/src/reporter/displayer/imp.rs write_summary_str (counts filled in)","text":"     Summary [  60.021s] 2 tests run: 1 passed, 1 timed out, 0 skipped"}]}},{"id":"karma","type":"test","confidence":"medium","pattern":"Executed \\\\d+ of \\\\d+ .*\\\\([1-9]\\\\d* FAILED\\\\)|^\\\\w[\\\\w .()]* \\\\d[\\\\d.]* \\\\(.*\\\\) .* FAILED$","keywords":["failed"],"why":"karma","examples":{"positive":[{"log":"d0175","line":1288},{"log":"d0489","line":1418}],"negative":[{"log":"d0001","line":263}],"published":[{"from":"karma-runner/karma test/e2e/error.feature:36 @ 84f85e7016efc2266fa6b3465f494a3fa151c85c (karma\'s progress line as its own e2e feature expects it)","text":"Executed 2 of 2 (1 FAILED)"},{"from":"karma-runner/karma lib/reporters/base.js:40-43 @ 84f85e7016efc2266fa6b3465f494a3fa151c85c (renderBrowser: `${browser}: Executed ${totalExecuted} of ${results.total}` + \' (%d FAILED)\'; browser name and counts filled in)","text":"Chrome Headless 120.0.0.0 (Linux x86_64): Executed 10 of 12 (1 FAILED)"},{"from":"karma-runner/karma lib/reporters/base.js:16,128 @ 84f85e7016efc2266fa6b3465f494a3fa151c85c (SPEC_FAILURE \'%s %s FAILED\' with the browser and the spec\'s name; both filled in)","text":"Chrome Headless 120.0.0.0 (Linux x86_64) Calculator adds two numbers FAILED"}]}},{"id":"test-harness","type":"test","confidence":"medium","pattern":"TestFramework \\\\(ERROR\\\\)|REGRESSION: benchmark|Test Failed: |\\\\b[1-9]\\\\d* tests? failed|failed [1-9]\\\\d* and passed \\\\d+ tests|[^|]{1,4} Failed +\\\\| +\\\\d+ s$|\\\\[  FAILED  \\\\]|Failed asserting that|(?:^|[\\\\s:(])AssertionError\\\\b|Assertion ?Failed|AssertionFailedError|ProcessTimedOutException|[Tt]est class should extend|^FAILED CONSISTENTLY:","keywords":["testframework (error)","regression: benchmark","test failed","tests failed","failed","failed asserting","assertionerror","assertion failed","assertionfailed","processtimedout","test class should"],"why":"other test harnesses and assertion failures","examples":{"positive":[{"log":"d0012","line":645},{"log":"d0023","line":12937}],"negative":[{"log":"d0001","line":263}]}},{"id":"pytorch-run-test","type":"test","confidence":"high","pattern":"^(?:RuntimeError: )?\\\\S*test\\\\S*(?:, [^!]+)? \\\\d+/\\\\d+ failed!(?: |$)|^Tip: You can keep running tests even on failure by passing --keep-going to run_test\\\\.py\\\\.$|^The following tests failed consistently: \\\\[","keywords":["failed!","keep-going to run_test","failed consistently: ["],"pick":"first","why":"PyTorch\'s test harness (pytorch/pytorch test/run_test.py @ 0058303077efffce42d9d36d890e5be5688dffce) reports a test file that failed in its own words: run_test_module\'s message f\\"{str(test)} failed!\\" (with f\\" Received signal: {signal_name}\\" when the file\'s process died of a signal), printed by handle_error_messages and again as the RuntimeError run_tests raises with keep_going_message, whose line \'Tip: You can keep running tests even on failure by passing --keep-going to run_test.py.\' it prints only then; str(test) is ShardedTest.__str__ f\\"{self.test} {self.shard}/{self.num_shards}\\" (tools/testing/test_run.py @ 160bfbbb369806ffa0ebf27edba61c522746129a), the TestRun being the test file (discover_tests\' test_*.py names) or \'file, <pytest filter>\'. run_test_retries prints f\\"The following tests failed consistently: {consistent_failures}\\" when a test failed three times in a row and returns 1. A test file that fails (its tests fail, it crashes, or it cannot be collected) is a failed test (TAXONOMY.md: test crashed, collection error); a file stopped by the time limit prints retry_shell\'s \'Command took >Nmin, returning 124\' first, which rule job-time-limit types timeout (a kill outranks its wrapper, weigh.ts)","examples":{"positive":[],"negative":[{"log":"d0760","line":6},{"log":"d0343","line":25}],"published":[{"from":"pytorch/pytorch test/run_test.py @ 0058303077efffce42d9d36d890e5be5688dffce (run_test_module: f\\"{str(test)} failed!\\", printed by run_tests\' handle_error_messages) with str(test) from tools/testing/test_run.py @ 160bfbbb369806ffa0ebf27edba61c522746129a (ShardedTest.__str__); filled in: test file test_torch, shard 1/1","text":"test_torch 1/1 failed!"},{"from":"pytorch/pytorch test/run_test.py @ 0058303077efffce42d9d36d890e5be5688dffce (run_test_module: message += f\\" Received signal: {signal_name}\\" for a negative return code) with tools/testing/test_run.py @ 160bfbbb369806ffa0ebf27edba61c522746129a (ShardedTest.__str__); filled in: distributed/test_store, shard 2/3, SIGSEGV","text":"distributed/test_store 2/3 failed! Received signal: SIGSEGV"},{"from":"pytorch/pytorch test/run_test.py @ 0058303077efffce42d9d36d890e5be5688dffce (run_tests: raise RuntimeError(failure.message + keep_going_message), as Python prints the exception\'s first line) with tools/testing/test_run.py @ 160bfbbb369806ffa0ebf27edba61c522746129a (ShardedTest.__str__, TestRun.__str__ with an exclusion filter: f\\"not ({\' or \'.join(...)})\\"); filled in: test_ops excluding TestCommonCPU, shard 2/4","text":"RuntimeError: test_ops, not (TestCommonCPU) 2/4 failed!"},{"from":"pytorch/pytorch test/run_test.py @ 0058303077efffce42d9d36d890e5be5688dffce (run_tests: keep_going_message, its first line after the blank one)","text":"Tip: You can keep running tests even on failure by passing --keep-going to run_test.py."},{"from":"pytorch/pytorch test/run_test.py @ 0058303077efffce42d9d36d890e5be5688dffce (run_test_retries: f\\"The following tests failed consistently: {consistent_failures}\\", a Python list of test ids); filled in: one test id","text":"The following tests failed consistently: [\'test_nn.py::TestNN::test_conv_backcompat\']"}]}},{"id":"pytorch-dynamo-baseline","type":"test","confidence":"high","pattern":"^\\\\S+ +(?:FAIL|MISSING_ACCURACY|MISSING_EXPECTED): +(?:accuracy|graph_breaks|calls_captured|unique_graphs|fallbacks_to_eager)=[^,]*, expected=|^Error: \\\\d+ models have (?:regressed dynamo metrics|accuracy status regressed)","keywords":["expected=","models have"],"why":"PyTorch\'s benchmark checks compare each model\'s run with the expected CSV and exit 1 on a regression: pytorch/pytorch benchmarks/dynamo/check_graph_breaks.py @ 021f6776d5cfedf39f74dbdbf827e89358f9e261 prints f\\"{model:34}  {status:19} {field}={actual}, expected={expected}\\" with status \'FAIL:\' for a metric that got worse (graph_breaks, calls_captured, unique_graphs, fallbacks_to_eager) and then \'Error: {n} models have regressed dynamo metrics (more graph ...\'; pytorch/pytorch benchmarks/dynamo/check_accuracy.py @ 005a514d59e38ef0c5b1bbf504357eb9ac6a30bf prints f\\"{model:34}  {status:9} accuracy={accuracy}, expected={expected_accuracy}\\" with \'FAIL:\', \'MISSING_ACCURACY:\' or \'MISSING_EXPECTED:\' and \'Error: {n} models have accuracy status regressed:\'. A model whose run no longer gives the expected result is a failed test. Not matched: \'IMPROVED:\' and \'MISSING:\' (better than the baseline: the check fails until the expected CSV is updated, an out-of-date baseline rather than a failing test), \'*_BUT_FLAKY:\', \'PASS\', \'XFAIL\', \'EAGER_FAILED\' (printed and not counted)","examples":{"positive":[],"negative":[{"log":"d0994","line":2},{"log":"d0994","line":20}],"published":[{"from":"pytorch/pytorch benchmarks/dynamo/check_graph_breaks.py @ 021f6776d5cfedf39f74dbdbf827e89358f9e261 (check_graph_breaks: f\\"{model:34}  {status:19} {field}={actual}, expected={expected}\\", status \'FAIL:\'); filled in: resnet50, graph_breaks 3, expected 1","text":"resnet50                            FAIL:               graph_breaks=3, expected=1"},{"from":"pytorch/pytorch benchmarks/dynamo/check_accuracy.py @ 005a514d59e38ef0c5b1bbf504357eb9ac6a30bf (check_accuracy: f\\"{model:34}  {status:9} accuracy={accuracy}, expected={expected_accuracy}\\", status \'FAIL:\'); filled in: hf_T5, fail_accuracy, pass","text":"hf_T5                               FAIL:     accuracy=fail_accuracy, expected=pass"},{"from":"pytorch/pytorch benchmarks/dynamo/check_graph_breaks.py @ 021f6776d5cfedf39f74dbdbf827e89358f9e261 (check_graph_breaks: the textwrap.dedent\'ed message f\\"Error: {len(failed)} models have regressed dynamo metrics (more graph\\"); filled in: 1","text":"Error: 1 models have regressed dynamo metrics (more graph"},{"from":"pytorch/pytorch benchmarks/dynamo/check_accuracy.py @ 005a514d59e38ef0c5b1bbf504357eb9ac6a30bf (check_accuracy: the textwrap.dedent\'ed message f\\"Error: {len(failed)} models have accuracy status regressed:\\"); filled in: 2","text":"Error: 2 models have accuracy status regressed:"}]}},{"id":"pytorch-verify-dynamo","type":"test","confidence":"medium","pattern":"^(?:CPU|CUDA) (?:eager|aot_eager|inductor) sanity check failed$","keywords":["sanity check failed"],"why":"PyTorch\'s dynamo smoke test (pytorch/pytorch tools/dynamo/verify_dynamo.py @ 05f814fecfca7d2a17f28cbe7e1cb2d8d4c13230) compiles a small function and module with each backend on each device, checks their results and gradients with torch.testing.assert_close, and on any exception writes the traceback and its err_msg, one of _SANITY_CHECK_ARGS\' \'{CPU,CUDA} {eager,aot_eager,inductor} sanity check failed\', then exits 1: the built torch failed a test it ran","examples":{"positive":[],"negative":[{"log":"d0603","line":36}],"published":[{"from":"pytorch/pytorch tools/dynamo/verify_dynamo.py @ 05f814fecfca7d2a17f28cbe7e1cb2d8d4c13230 (_SANITY_CHECK_ARGS, written by check_dynamo after the traceback)","text":"CPU eager sanity check failed"},{"from":"pytorch/pytorch tools/dynamo/verify_dynamo.py @ 05f814fecfca7d2a17f28cbe7e1cb2d8d4c13230 (_SANITY_CHECK_ARGS, the first line of the CUDA inductor message)","text":"CUDA inductor sanity check failed"}]}},{"id":"pytorch-trymerge-ghstack-commit","type":"quality-gate","confidence":"medium","pattern":"Found an unexpected number of PRs mentioned in commit [0-9a-f]{7,40}: \\\\d+\\\\.","keywords":["unexpected number of prs mentioned"],"why":"PyTorch\'s merge bot checks a ghstack PR\'s commits before merging it (trymerge.py --check-mergeability, get_ghstack_prs): ROCm/pytorch .github/scripts/trymerge.py @ 10b22ea5c6a60ffa85520eb2d293affc48cea8ee (ROCm\'s fork of pytorch/pytorch, which carries pytorch\'s script unchanged here; the stored pytorch/pytorch copy @ 9e3822877c predates the message) _revlist_to_prs raises RuntimeError(f\\"Found an unexpected number of PRs mentioned in commit {rev}: {len(all_matches)}.  This is probably because you are using an old version of ghstack.  Please update ghstack and resubmit your PRs\\") when a commit message does not carry exactly one \'Pull Request resolved:\' line: a commit-message check (TAXONOMY.md: quality-gate), fixed by resubmitting the stack, not by a retry","examples":{"positive":[],"negative":[{"log":"d0763","line":22}],"published":[{"from":"ROCm/pytorch .github/scripts/trymerge.py @ 10b22ea5c6a60ffa85520eb2d293affc48cea8ee (ROCm\'s fork of pytorch/pytorch, which carries pytorch\'s script unchanged here; the stored pytorch/pytorch copy @ 9e3822877c predates the message) (_revlist_to_prs: the RuntimeError\'s message, as Python prints the exception\'s line); filled in: commit 0123456789abcdef0123456789abcdef01234567, 0 matches","text":"RuntimeError: Found an unexpected number of PRs mentioned in commit 0123456789abcdef0123456789abcdef01234567: 0.  This is probably because you are using an old version of ghstack.  Please update ghstack and resubmit your PRs"}]}},{"id":"deps-resolve","type":"dependency","confidence":"high","pattern":"npm ERR! code (?:ERESOLVE|E404|ETARGET|EINTEGRITY|ENOVERSIONS)|npm ERR! 404|No matching version found(?! for SemVer )|No matching distribution found|Could not find a version that satisfies|Failed building wheel|ResolutionImpossible|Could not resolve dependencies|Could not find artifact|Failed to collect dependencies|Could not resolve all (?:dependencies|files|task dependencies|artifacts) for configuration|Could not find gem|Bundler could not find compatible versions|Gem::InstallError|An error occurred while installing|Your bundle is locked to|E: Unable to locate package|has no installation candidate|E: Failed to fetch \\\\S+\\\\s+404|held broken packages|Couldn\'t find any versions for|Your requirements could not be resolved|can only install packages when your package\\\\.json and package-lock\\\\.json|lockfile needs to be updated|Unable to find a specification for|Unable to download artifact\\\\(s\\\\): Artifact not found","keywords":["npm err!","no matching","could not find","failed building wheel","resolutionimpossible","could not resolve","failed to collect","bundler could not","gem::installerror","error occurred while installing","bundle is locked","unable to locate package","installation candidate","e: failed to fetch","held broken","couldn\'t find any versions","could not be resolved","package-lock.json","lockfile needs","unable to find a specification","artifact not found"],"why":"package managers; Gradle\'s TypedResolveException names what it could not resolve (gradle/gradle @ a4f77f07 platforms/software/dependency-management/src/main/java/org/gradle/api/internal/artifacts/ivyservice/TypedResolveException.java \'Could not resolve all %s for %s.\': files, dependencies, task dependencies (under \\"Could not determine the dependencies of task \':x\'.\\"), artifacts)","examples":{"positive":[{"log":"d0002","line":424},{"log":"d0025","line":424}],"negative":[{"log":"d0020","line":1393}],"published":[{"from":"gradle/gradle platforms/software/dependency-management/src/main/java/org/gradle/api/internal/artifacts/ivyservice/TypedResolveException.java @ a4f77f07 (\'Could not resolve all %s for %s.\', type \'task dependencies\' as Gradle\'s own integration tests assert it, configuration filled in, printed as \'> ...\' under \'* What went wrong:\')","text":"> Could not resolve all task dependencies for configuration \':app:compileClasspath\'."}]}},{"id":"emacs-package-unavailable","type":"dependency","confidence":"high","pattern":"\\\\b[Pp]ackage [`‘\']\\\\S+?[\'’] is unavailable|\\\\bNeed package [`‘\']\\\\S+?[\'’], but only \\\\S+ is available","keywords":["is unavailable","need package "],"why":"Emacs\'s package.el cannot find a version of a required package (or of Emacs itself, `emacs-25.1`) in its archives: package-compute-transaction\'s `Package `%s-%s\' is unavailable` and `Need package `%s-%s\', but only %s is available`, package-activate-1\'s `Required package `%s-%s\' is unavailable` (emacs-mirror/emacs lisp/emacs-lisp/package.el @ cc35b197c7; `error` quotes with format-message, so curved quotes in newer Emacs): an unsatisfiable requirement, not a download that failed","examples":{"positive":[{"log":"d0719","line":529},{"log":"d0821","line":535}],"negative":[{"log":"d0719","line":528}],"published":[{"from":"emacs-mirror/emacs lisp/emacs-lisp/package.el @ cc35b197c7720e0687c6a994df9a4cf767298712, package-compute-transaction: (error \\"Package `%s-%s\' is unavailable\\" next-pkg (package-version-join next-version)), name and version filled in, as Emacs in batch mode prints an error","text":"Package `emacs-25.1\' is unavailable"},{"from":"emacs-mirror/emacs lisp/emacs-lisp/package.el @ cc35b197c7720e0687c6a994df9a4cf767298712, package-compute-transaction: (error \\"Need package `%s-%s\', but only %s is available\\" ...), filled in, quotes curved by format-message","text":"Need package ‘magit-3.0’, but only 2.90.1 is available"}]}},{"id":"deps-native","type":"dependency","confidence":"high","pattern":"(?<!-- )Could NOT find \\\\w+|Could not find a package configuration file|Detected version of \\\\w+ is too old|error while loading shared libraries|No such hash: [0-9a-f]+|go: .*unknown revision|missing go\\\\.sum entry|cannot find package \\\\\\"","keywords":["could not find","package configuration file","too old","error while loading shared libraries","no such hash","unknown revision","go.sum entry","cannot find package"],"why":"system libraries and toolchain packages. CMake\'s `Could NOT find X` is an error only where FindPackageHandleStandardArgs fails a REQUIRED package (stderr, under `CMake Error at ...`); the same words after `-- ` are the status line of an optional package that a passing configure prints (Kitware/CMake Tests/RunCMake/FPHSA/BeforeProject-Missing-stdout.txt @ 9bb8f4ec: `-- Could NOT find BeforeProject (missing: SOME_VAR)` on stdout)","examples":{"positive":[{"log":"d0016","line":837},{"log":"d0020","line":1395}],"negative":[{"log":"d0226","line":64},{"log":"d0020","line":1393}],"published":[{"from":"Kitware/CMake Tests/RunCMake/FPHSA/range_1-2-exclude-stderr.txt:1 @ 94e7af52de45ccacc546c326ab8c307c084c7ff6 (as CMake\'s own test expects it; regex escapes removed)","text":"  Could NOT find PseudoRange: Found unsuitable version \\"2.0\\", required range"},{"from":"bminor/glibc elf/dl-error-skeleton.c @ 6628c742b2c16e785d3c884d9deeda5adb30ca12 (fatal_error: \\"%s: %s: %s%s%s%s%s\\\\n\\" with the default occasion \\"error while loading shared libraries\\"; program, object, the loader\'s \\"cannot open shared object file\\" and strerror(ENOENT) filled in)","text":"/usr/bin/myprog: error while loading shared libraries: libfoo.so.1: cannot open shared object file: No such file or directory"},{"from":"luvit/lit libs/handlers.lua:74 @ c1032f51f1b89fae58e9cbf38f3cf09ca2cedb3d (the lit server\'s error \\"No such hash: \\" .. hash, as the client reports it; hash filled in)","text":"No such hash: 0123456789abcdef0123456789abcdef01234567"}]}},{"id":"cocoapods-xcodebuild-error","type":"build","confidence":"high","pattern":"^\\\\s*- ERROR \\\\| (?:\\\\[[^\\\\]]+\\\\] )*xcodebuild:\\\\s+\\\\S+:\\\\d+:\\\\d+: error: ","keywords":["- error | "],"why":"CocoaPods\' `pod lib lint` / `pod spec lint` builds the pod with xcodebuild and reports each compiler error it parsed as an ERROR result of attribute `xcodebuild` (validator.rb translate_output_to_linter_messages: `error(\'xcodebuild\', message)` for `path:line:col: error:`; print_results: `    - #{type.ljust(5)} | #{platform_message}#{subspecs_message}#{result.attribute_name}: #{result.message}`): the lint failed because the code does not compile, a cause the lint wrapper reports","examples":{"positive":[{"log":"d0602","line":766}],"negative":[{"log":"d0602","line":765}],"published":[{"from":"CocoaPods/CocoaPods lib/cocoapods/validator.rb:174,946-947 @ b80e113e28a7e23cd6dbc169f0c923f6b48bf7a2 (print_results of an xcodebuild error result; platform, path and message filled in)","text":"    - ERROR | [iOS] xcodebuild:  /Users/runner/work/Pod/Pod/Sources/Pod.swift:12:5: error: cannot find \'foo\' in scope"}]}},{"id":"compiler-error","type":"build","confidence":"medium","pattern":"^\\\\S+\\\\.(?:c|cc|cpp|cxx|h|hh|hpp|m|mm|swift|go|hs|java|kt|scala|cs|erl|f90)(?::\\\\d+){1,2}:? (?:fatal )?error\\\\b(?!: (?:code should be clang-formatted|\\\\(\\\\w+\\\\) ))|^\\\\S+\\\\.(?:c|cc|cpp|cxx|h|hpp|java|cs)\\\\(\\\\d+,\\\\d+\\\\): (?:fatal )?error(?! (?:WHITESPACE|IMPORTS|CHARSET|ENDOFLINE|FINALNEWLINE): )|undefined reference to|ld returned \\\\d+ exit status|ld: symbol\\\\(s\\\\) not found|lld(?:-link)?: error:|fatal error: .*(?:No such file or directory|file not found)|error: linker `|^\\\\[ERROR\\\\] \\\\S+\\\\.(?:java|kt|scala):\\\\[\\\\d+,\\\\d+\\\\](?! \\\\([\\\\w.]+\\\\) [A-Z]\\\\w*: )|COMPILATION ERROR|cannot find symbol|\\\\[error\\\\] .*Compilation failed|error TS\\\\d+:|Failed to compile|Module not found: Error|Failing due to -Werror|\\\\[-Werror|^\\\\S{0,4}\\\\s+/\\\\S+\\\\.(?:swift|m|mm|h|c|cpp):\\\\d+:\\\\d+: |\\\\*\\\\* BUILD FAILED \\\\*\\\\*","keywords":["error","undefined reference","ld returned","symbol(s) not found","fatal error","build failed","cannot find symbol","compilation failed","failed to compile","module not found","werror",".swift:",".m:",".mm:",".h:",".c:",".cpp:"],"why":"compilers and linkers; a maven-checkstyle-plugin violation (`[ERROR] file.java:[12,5] (category) RuleName: message`, apache/maven-checkstyle-plugin CheckstyleViolationCheckMojo.java @ 5474bad) is not a compile error; clang-format --dry-run\'s `error: code should be clang-formatted` and dotnet format\'s `error WHITESPACE:` (IMPORTS, CHARSET, ENDOFLINE, FINALNEWLINE) are format checks, not compile errors; nor is SwiftFormat --lint\'s `error: (rule) help`","examples":{"positive":[{"log":"d0008","line":928},{"log":"d0014","line":2213}],"negative":[{"log":"d0008","line":140}]}},{"id":"build-tool","type":"build","confidence":"high","pattern":"configure: error:|CMake Error|ninja: build stopped|Failed to execute goal org\\\\.apache\\\\.maven\\\\.plugins:maven-compiler-plugin|class file has wrong version|UnsupportedClassVersionError|Failed to load interface for|Not in scope: |is not a member of (?:package|object|class)|\\\\(CompileError\\\\)|^\\\\S+\\\\.hs:\\\\d+:\\\\d+: error:|^error: (?:expected|use of undeclared|unknown type name|no matching function|no member named|redefinition of)|^(?:\\\\w+)?SyntaxError: (?!.*was thrown)","keywords":["configure: error","cmake error","build stopped","maven-compiler-plugin","class file has wrong","unsupportedclassversion","failed to load interface","not in scope","is not a member of","compileerror",".hs:","error: ","syntaxerror"],"why":"build systems and bundlers","examples":{"positive":[{"log":"d0014","line":2213},{"log":"d0026","line":2016}],"negative":[{"log":"d0014","line":2770}]}},{"id":"sass","type":"build","confidence":"medium","pattern":"^Error: (?:Invalid CSS after|Inconsistent indentation|Illegal nesting|Undefined (?:variable|mixin)|File to import not found)","keywords":["error: "],"why":"sass compile errors","examples":{"positive":[{"log":"d0018","line":494},{"log":"d0037","line":454}],"negative":[{"log":"d0019","line":476}]}},{"id":"latex-overfull","type":"quality-gate","confidence":"medium","pattern":"^Overfull \\\\\\\\hbox","keywords":["overfull"],"group":"latex","why":"a check that fails on overfull boxes prints them last","examples":{"positive":[{"log":"d0045","line":532},{"log":"d0061","line":532}],"negative":[{"log":"d0045","line":463}]}},{"id":"latex-unresolved","type":"build","confidence":"medium","pattern":"LaTeX Warning: There were undefined references|Latex failed to resolve|^! LaTeX Error:|^! Undefined control sequence","keywords":["latex","undefined control sequence"],"group":"latex","why":"LaTeX build errors and unresolved references; the latest LaTeX line decides","examples":{"positive":[{"log":"d0106","line":471},{"log":"d0169","line":471}],"negative":[{"log":"d0029","line":158}]}},{"id":"lint-js","type":"quality-gate","confidence":"medium","pattern":"^\\\\d+:\\\\d+\\\\s+error\\\\s+.+\\\\s{2,}[\\\\w/@-]+$|\\\\d+ problems? \\\\([1-9]\\\\d* errors?, \\\\d+ warnings?\\\\)|\\\\(prettier/prettier\\\\)|standard: (?:Use (?:JavaScript|Ruby) Standard Style|Run `standard --fix`)|Code style issues found|Forgot to run Prettier|prettier --(?:list-different|check)|^\\\\S+\\\\.(?:js|jsx|mjs|ts|tsx|vue):\\\\d+(?::\\\\d+)? .+ \\\\([\\\\w/@-]+\\\\)$|^\\\\S+\\\\.(?:js|jsx|mjs):\\\\d+:\\\\d+: [A-Z].+\\\\.$|ESLint found","keywords":["error","problem","prettier","standard:","code style issues",".js:",".jsx:",".mjs:",".ts:",".tsx:",".vue:","eslint found"],"why":"eslint, prettier, standard, jscs","examples":{"positive":[{"log":"d0058","line":469},{"log":"d0064","line":979}],"negative":[{"log":"d0006","line":140}]}},{"id":"lint-other","type":"quality-gate","confidence":"high","pattern":"^\\\\S+\\\\.rb:\\\\d+:\\\\d+: [CWEF]: |\\\\d+ files? inspected, [1-9]\\\\d* offenses? detected|^\\\\S+\\\\.py:\\\\d+:\\\\d+: [EWFCN]\\\\d{3} |would reformat|Imports are incorrectly sorted|is not gofmted|is not goimported|\\\\((?:gofmt|goimports|golint|govet|errcheck|staticcheck|ineffassign|misspell)\\\\)$|\\\\bMD\\\\d{3}/[\\\\w-]+|You have [1-9]\\\\d* Checkstyle violations|\\\\[checkstyle\\\\]|Binary compatibility check failed|animal-sniffer.*Signature errors|mix format failed|failure generated from \\\\S*lint|HTML-Proofer found [1-9]\\\\d* failures|Ignored error pattern .* was not matched|Unable to create Root Module: config|\\\\[ERROR\\\\] Found [1-9]\\\\d* errors?|^>>> Lint for|failed (?:indent_char|indent_size|end_of_line|trim_trailing_whitespace|insert_final_newline|max_line_length)|Your PR is \\\\d+ LOC|is out of sync with the corresponding revision|left local git repository checkout dirty|Please commit all changes|are not up[- ]to[- ]date|not in (?:alphabetical )?order|Duplicate links? found|does not match (?:the )?(?:expected )?format","keywords":[".rb:","offense",".py:","would reformat","incorrectly sorted","gofmted","goimported","(go","(err","(static","(ineff","(miss","md0","checkstyle","binary compatibility","animal-sniffer","mix format","failure generated","html-proofer","ignored error pattern","unable to create root module","[error] found",">>> lint","failed indent","failed end_of","failed trim","failed insert","failed max","your pr is","out of sync","checkout dirty","please commit","up to date","up-to-date","in order","alphabetical order","duplicate link","match format","match the","match expected"],"why":"other linters, formatters and checks","examples":{"positive":[{"log":"d0013","line":851},{"log":"d0017","line":760}],"negative":[{"log":"d0006","line":5196}]}},{"id":"coverage-threshold","type":"quality-gate","confidence":"medium","pattern":"[Cc]overage .*(?:below|less than|not met)|Coverage failure","keywords":["coverage"],"why":"a coverage threshold not met (Jest\'s coverageThreshold, coverage.py\'s fail-under). Its own piece, not lint-other\'s: a test run that fails also misses its coverage threshold (the failed tests ran less code), so this line often stands beside a test failure and is weighed on its own record","examples":{"positive":[],"negative":[{"log":"d0582","line":475}],"published":[{"from":"jestjs/jest packages/jest-reporters/src/CoverageReporter.ts (coverageThreshold check: `Jest: \\"${key}\\" coverage threshold for ${type} (${threshold}%) not met: ${actual}%`; values filled in)","text":"Jest: \\"global\\" coverage threshold for lines (90%) not met: 85.5%"},{"from":"nedbat/coveragepy coverage/cmdline.py (fail-under: `Coverage failure: total of {tot} is less than fail-under={fail_under}`; values filled in)","text":"Coverage failure: total of 72.50 is less than fail-under=80.00"}]}},{"id":"link-check","type":"quality-gate","confidence":"medium","pattern":"^\\\\d+\\\\. \\\\[L\\\\d+\\\\] (?:\\\\d{3} |\\\\s)|^> Dupes$","keywords":[". [l","> dupes"],"why":"awesome_bot link and duplicate checks","examples":{"positive":[{"log":"d0006","line":5176},{"log":"d0007","line":800}],"negative":[{"log":"d0475","line":839}],"published":[{"from":"dkhamsing/awesome_bot README.md:60 @ 9cc99fd9004a8a948a453e755a92ed861db1fb68 (the documented output under \'Issues :-(\' / \'> Links\')","text":"  1. [L007] 301 https://travis-ci.org/dkhamsing/awesome_bot.svg → https://api.travis-ci.org/dkhamsing/awesome_bot.svg"},{"from":"dkhamsing/awesome_bot README.md:64 @ 9cc99fd9004a8a948a453e755a92ed861db1fb68 (the documented output; printed by lib/awesome_bot/cli.rb:174 as \\"> Dupes \\\\n\\")","text":"> Dupes"}]}},{"id":"yaml-front-matter","type":"quality-gate","confidence":"medium","pattern":"^\\\\(\\\\S+\\\\.(?:md|markdown)\\\\): .* at line \\\\d+ column \\\\d+","keywords":["md):","markdown):"],"why":"content checkers that parse Markdown front matter with Ruby\'s YAML (Psych) and print the error: Psych::SyntaxError\'s message is `(<file>): <problem> <context> at line N column M` (ruby/psych lib/psych/syntax_error.rb), the problem and context libyaml\'s (yaml/libyaml src/scanner.c, src/parser.c)","examples":{"positive":[{"log":"d0095","line":474},{"log":"d0109","line":470}],"negative":[{"log":"d0095","line":473}],"published":[{"from":"ruby/psych lib/psych/syntax_error.rb:11 @ 7d5e03623e1e4991096cbdd071602f6ff0d2466c (\\"(%s): %s at line %d column %d\\" % [filename, [problem, context].join(\' \'), line, col]; the filename is the one the caller passes, here a Markdown post) with libyaml\'s scanner error (yaml/libyaml src/scanner.c:1046-1048 @ 840b65c40675e2d06bf40405ad3f12dec7f35923: problem \'found character that cannot start any token\', context \'while scanning for the next token\')","text":"(_posts/2019-01-01-hello.md): found character that cannot start any token while scanning for the next token at line 5 column 1"},{"from":"ruby/psych lib/psych/syntax_error.rb:11 @ 7d5e03623e1e4991096cbdd071602f6ff0d2466c with libyaml\'s parser error (yaml/libyaml src/parser.c:1009-1011 @ 840b65c40675e2d06bf40405ad3f12dec7f35923: context \'while parsing a flow sequence\', problem \\"did not find expected \',\' or \']\'\\"); Psych joins problem then context","text":"(docs/index.markdown): did not find expected \',\' or \']\' while parsing a flow sequence at line 3 column 7"}]}},{"id":"git-ref-missing","type":"git","confidence":"high","pattern":"fatal: Remote branch \\\\S+ not found in upstream|couldn\'t find remote ref|fatal: reference is not a tree|error: pathspec \'.*\' did not match any|fatal: no such branch","keywords":["remote branch","couldn\'t find remote ref","reference is not a tree","pathspec","no such branch"],"why":"ref not found: deterministic (a retry can only help if the ref is created meanwhile)","examples":{"positive":[{"log":"d0138","line":32},{"log":"d0323","line":419}],"negative":[{"log":"d0323","line":418}]},"retryable":false},{"id":"git-state","type":"git","confidence":"medium","pattern":"fatal: unsafe repository|detected dubious ownership in repository|CONFLICT \\\\((?:content|modify/delete|add/add)\\\\)|Automatic merge failed|fatal: refusing to merge unrelated histories|error: failed to push some refs|error: could not apply [0-9a-f]+","keywords":["unsafe repository","dubious ownership","conflict (","automatic merge failed","unrelated histories","failed to push","could not apply"],"why":"the repository\'s state or ownership makes git refuse: the same again fails again","examples":{"positive":[{"log":"d0295","line":1817}],"negative":[{"log":"d0017","line":787}],"published":[{"from":"git/git sequencer.c @ cd4093b6036af696310b1867e9e916485d53ccf4 (do_pick_commit: error(_(\\"could not apply %s... %s\\")), the picked commit\'s short name and subject)","text":"error: could not apply 1a2b3c4... Add a feature"},{"from":"git/git merge-ort.c @ 0973b3b5ccf8119775ba415789d26d3bb6f22a81 (path_msg(_(\\"CONFLICT (%s): Merge conflict in %s\\")), reason content, add/add or submodule)","text":"CONFLICT (content): Merge conflict in src/main.c"}]},"retryable":false},{"id":"git-transport-network","type":"network","confidence":"high","pattern":"fatal: unable to access \'[^\']*\': (?!The requested URL returned error: 4(?!08|29)\\\\d\\\\d\\\\b|SSL certificate problem: (?:self[- ]signed|unable to get local issuer|certificate has expired))|Failed to download archive \'|fatal: unable to connect to|ssh: connect to host .* port \\\\d+: (?:Connection timed out|Connection refused|Network is unreachable)","keywords":["unable to access","failed to download archive","unable to connect to","ssh: connect"],"why":"git/checkout download failed on the network (not when curl says the server answered 401 or 403: git remote-curl.c `unable to access %s: %s` with `The requested URL returned error: 403` is refused credentials, git-auth-denied); nor any other 4xx but 408/429 (`The requested URL returned error: 404`: the repository is not there), nor curl refusing the server\'s certificate (`SSL certificate problem: self-signed certificate in certificate chain`, curl lib/vtls/openssl.c): every run alike","examples":{"positive":[{"log":"d0073","line":21},{"log":"d0131","line":20}],"negative":[{"log":"d0189","line":426}]}},{"id":"config-missing","type":"config","confidence":"medium","pattern":"No Rakefile found|: command not found$|/\\\\.travis/\\\\w+: line \\\\d+: .*(?:No such file or directory|Permission denied)$|^\\\\S+\\\\.sh: line \\\\d+: .*No such file or directory$|flag provided but not defined:|Task never defined:|Task \'.*\' is not in your gulpfile|npm ERR! missing script:|Missing script: |Could not load credentials|Authentication failed|An error occurred \\\\(AccessDenied\\\\)|Permission denied \\\\(publickey\\\\)|Bad credentials|401 Unauthorized|invalid reference format|executable file not found in \\\\$PATH|Invalid workflow file|Unable to resolve action|Input required and not supplied|is not recognized as an internal or external command","keywords":["no rakefile","command not found","no such file","permission denied","flag provided but not defined","task never defined","gulpfile","missing script","could not load credentials","authentication failed","(accessdenied)","bad credentials","401 unauthorized","invalid reference format","executable file not found","invalid workflow file","unable to resolve action","input required","not recognized as an internal"],"why":"misconfigured job","examples":{"positive":[{"log":"d0003","line":97},{"log":"d0004","line":104}],"negative":[{"log":"d0230","line":3064}]}},{"id":"command-not-installed","type":"config","confidence":"high","pattern":"^The program \'[^\']+\' (?:is currently not installed\\\\. |can be found in the following packages:)","keywords":["is currently not installed","can be found in the following packages"],"why":"Ubuntu\'s command-not-found handler, which bash runs instead of `command not found` when a program the job calls is not installed but a package has it (CommandNotFound.py: `The program \'%s\' is currently not installed. ` then how to install it, or `The program \'%s\' can be found in the following packages:`): the job expects a tool its machine does not have (TAXONOMY: command not found for a tool the config expects)","examples":{"positive":[{"log":"d0513","line":455}],"negative":[{"log":"d0513","line":454}],"published":[{"from":"zyga/command-not-found CommandNotFound/CommandNotFound.py:269,279 @ 57461d8d03bcd54713860edc91137f1d472f1b80 (Ubuntu\'s command-not-found; program and package filled in)","text":"The program \'swift\' is currently not installed. To run \'swift\' please ask your administrator to install the package \'swiftlang\'"},{"from":"zyga/command-not-found CommandNotFound/CommandNotFound.py @ 57461d8d03bcd54713860edc91137f1d472f1b80 (more than one package has it; program filled in)","text":"The program \'node\' can be found in the following packages:"}]}},{"id":"network","type":"network","confidence":"medium","pattern":"Could not resolve host|Temporary failure in name resolution|Temporary failure resolving \'|\\\\bsocket hang up\\\\b|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|\\\\bE(?:CONNRESET|TIMEDOUT|AI_AGAIN)\\\\b|\\\\bECONNREFUSED\\\\b(?! (?:127\\\\.0\\\\.0\\\\.1|localhost|::1|\\\\[::1\\\\])(?::\\\\d|\\\\b))|[Cc]onnection reset by peer|^(?!.*\\\\b(?:localhost|127\\\\.0\\\\.0\\\\.1)\\\\b).*Connection refused|[Cc]onnection timed out|[Oo]peration timed out|SSL connect error|SSL routines|certificate verify failed(?!: (?:self[- ]signed|unable to get local issuer|certificate has expired))|no certificate subject alternative name matches|502 Bad Gateway|503 Service Unavailable|504 Gateway Time-?out|returned error: 5\\\\d\\\\d|rate limit exceeded|Couldn\'t establish HTTP connection|Failed to download|Empty reply from server|failed to lookup address information|^(?!.*\\\\bstatus(?: code)?: 4(?!08|29)\\\\d\\\\d\\\\b).*Could not transfer artifact|Read timed out|[Nn]etwork is unreachable|TLS handshake timeout|i/o timeout|md5sum did not match|^(?!verifying \\\\S+: checksum mismatch).*checksum mismatch","keywords":["resolve host","name resolution","failure resolving","socket hang up","getaddrinfo","econnreset","econnrefused","etimedout","eai_again","reset by peer","connection refused","connection timed out","operation timed out","ssl","certificate","bad gateway","service unavailable","gateway time","returned error: 5","rate limit","http connection","failed to download","empty reply","lookup address","could not transfer","read timed out","network is unreachable","handshake timeout","i/o timeout","md5sum did not match","checksum mismatch"],"why":"transient network; below deterministic types because jobs survive such noise. A refusal from the job\'s own machine (Node\'s net.js \'connect ECONNREFUSED 127.0.0.1:5432\', exceptionWithHostPort) is a local service that is not up, not the network. Connection phrases match capitalised or lowercase (Go prints the errno text lowercase: `connect: connection timed out`), except a refusal, which Go prints for a local service that is not up. Node\'s http client names a connection the server dropped before answering \'socket hang up\' (nodejs/node lib/_http_client.js @ b0b9e747f86644ccb07a08226b6048f9e7a782f4, ConnResetException(\'socket hang up\'), code ECONNRESET), as Yarn 2+ reports it after got\'s \'RequestError: \'; apt names a failed lookup \'Temporary failure resolving\' (Debian/apt methods/connect.cc @ 654881fb48c5e4fb1e542179f20ded294dd3ae83) on the line after its \'Err:\' progress line, not only on the fatal \'E: Failed to fetch\' one. Not a refusal by the job\'s own machine (psql\'s \'connection to server at \\"localhost\\" (127.0.0.1), port 5432 failed: Connection refused\', curl\'s \'Failed to connect to localhost port 8080\'), nor a certificate the client refuses to trust (Python\'s ssl \'certificate verify failed: self-signed certificate in certificate chain\', \'unable to get local issuer certificate\', \'certificate has expired\': every run alike until the trust store or the server changes), nor Maven refused with a 4xx (\'status code: 401, reason phrase: Unauthorized (401)\'), nor Go\'s \'verifying <module>: checksum mismatch\' (cmd/go: go.sum disagrees with the download, a SECURITY ERROR, not a transfer)","examples":{"positive":[{"log":"d0073","line":21},{"log":"d0098","line":33}],"negative":[{"log":"d0001","line":74}]}},{"id":"make-goal-missing","type":"config","confidence":"medium","pattern":"^\\\\S*make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* No rule to make target [`\'‘][^\'’]+[\'’]\\\\.\\\\s+Stop\\\\.$","keywords":["no rule to make target"],"why":"GNU make was asked for a target its makefile has no rule for, and nothing needs it but the command line (or an include): the job runs a target that is not there, make\'s counterpart of gulp\'s `Task never defined` and npm\'s `missing script` (config-missing). remake.c\'s complain() prints `%sNo rule to make target \'%s\'%s` and fatal() adds `.  Stop.` (backquote-quote before make 4.0); the `needed by` form (a missing prerequisite file) is left to the build rules. Proven on make\'s own test suite","examples":{"positive":[{"log":"d0732","line":1178}],"negative":[{"log":"d0732","line":1177}],"published":[{"from":"mirror/make tests/scripts/features/include @ 0029ea89412225493fa01c75d193a6336a1717f5 (expected output \'#MAKE#: *** No rule to make target \'inc2\'.  Stop.\', #MAKE# filled in as make)","text":"make: *** No rule to make target \'inc2\'.  Stop."}]}},{"id":"make-error","type":"build","confidence":"low","pattern":"make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* .*Error \\\\d+$|^error: (?!build failed)\\\\S.*|^Error: Maven compile","keywords":["***","error: "],"why":"make or a compiler driver reports a failed target","examples":{"positive":[{"log":"d0031","line":458},{"log":"d0042","line":1788}],"negative":[{"log":"d0008","line":152}]},"tier":"generic"},{"id":"generic-test-summary","type":"test","confidence":"low","tier":"generic","pattern":"\\\\b[1-9]\\\\d* (?:tests?|specs?|examples?|scenarios?|test cases?|assertions?) (?:failed|FAILED)\\\\b|\\\\b[1-9]\\\\d* (?:failed|failures?|failing)\\\\b.*\\\\b\\\\d+ (?:passed|passing|succeeded|ok)\\\\b|\\\\b\\\\d+ (?:passed|passing|succeeded)\\\\b.*\\\\b[1-9]\\\\d* (?:failed|failures?|failing)\\\\b|^(?:FAIL|FAILED|FAILURE)[: ](?!Required test coverage ).*\\\\btests?\\\\b","keywords":["failed","failure","failing","fail"],"why":"test summary lines with counts that many runners print (\'3 failed, 10 passed\', \'Tests: 2 failed\'); not pytest-cov\'s `FAIL Required test coverage of N% not reached` (a coverage gate after tests passed)","examples":{"positive":[{"log":"d0012","line":658},{"log":"d0021","line":1188},{"log":"d0023","line":24168}],"negative":[{"log":"d0001","line":263}]}},{"id":"generic-compiler-diagnostic","type":"build","confidence":"low","tier":"generic","pattern":"^\\\\S+\\\\.(?:cs|vb|fs|rs|c|cc|cpp|cxx|h|hh|hpp|java|kt|scala|swift|m|mm|f90|d|nim|zig)(?::\\\\d+(?::\\\\d+)?:|\\\\(\\\\d+,\\\\d+\\\\):) (?:fatal )?(?:error|warning)\\\\b(?!: (?:code should be clang-formatted|\\\\(\\\\w+\\\\) )| (?:WHITESPACE|IMPORTS|CHARSET|ENDOFLINE|FINALNEWLINE): )","keywords":[".cs(",".vb(",".fs(",".cs:",".rs:",".c:",".cc:",".cpp:",".cxx:",".h:",".hh:",".hpp:",".java:",".kt:",".scala:",".swift:",".m:",".mm:",".f90:",".d:",".nim:",".zig:"],"why":"a compiler\'s diagnostics (C-family, JVM, .NET, Rust, Swift file extensions with error/warning): a build failure when no tool rule and no command said otherwise; not clang-format\'s or dotnet format\'s checks, which borrow the shape","examples":{"positive":[{"log":"d0005","line":607},{"log":"d0089","line":720},{"log":"d0195","line":381}],"negative":[{"log":"d0005","line":606}]}},{"id":"generic-diagnostic","type":"quality-gate","confidence":"low","tier":"generic","pattern":"^\\\\S+\\\\.[A-Za-z]{1,10}:\\\\d+(?::\\\\d+)?:? ?(?!in `|\\\\w*(?:Warning|Error): )[\\"\\\\[]?[A-Za-z]|^\\\\S+\\\\.[A-Za-z]{1,10}(?:\\\\[\\\\d+, \\\\d+\\\\]|\\\\(\\\\d+,\\\\d+\\\\)): |^\\\\[\\\\S+\\\\.[A-Za-z]{1,10}:\\\\d+:\\\\d+\\\\] |^\\\\S+\\\\.[A-Za-z]{1,10}: line \\\\d+, col \\\\d+, (?:Error|Warning) - |^\\\\S+\\\\.[A-Za-z]{1,10} - (?:ERROR|WARNING): .* on line \\\\d+$|^\\\\d+:\\\\d+ +(?:warning|error) +\\\\S|^(?:error|warning) file=\\\\S+ message=","keywords":["  error ","  warning ",".bash:",".c:",".cc:",".cfg:",".cjs:",".clj:",".cljs:",".cls:",".cpp:",".cs(",".cs:",".css:",".dart:",".elm:",".env:",".erb:",".erl:",".ex:",".exs:",".fs(",".fs:",".go:",".gradle:",".groovy:",".h:",".haml:",".hcl:",".hpp:",".hs:",".htm:",".html:",".in:",".ini:",".java:",".js(",".js:",".js[",".json:",".jsx:",".kt:",".kts:",".less:",".lua:",".m:",".markdown:",".md:",".mjs:",".ml:",".mm:",".nim:",".php:",".pl:",".pm:",".pp - ",".pp:",".proto:",".py:",".r:",".rake:",".rb:",".rs:",".rst:",".sass:",".sbt:",".scala:",".scss:",".sh:",".slim:",".sql:",".swift:",".tf:",".toml:",".ts(",".ts:",".ts[",".tsx(",".tsx:",".tsx[",".txt:",".vb(",".vb:",".vue:",".xml:",".yaml:",".yml:",".zig:","file="],"why":"file:line:col: message [rule-id] and the other shapes most checkers print (compact, stylish, bracketed); a compiler\'s are typed build by generic-compiler-diagnostic just above","examples":{"positive":[{"log":"d0005","line":607},{"log":"d0014","line":2213},{"log":"d0035","line":499}],"negative":[{"log":"d0001","line":262}]}},{"id":"generic-http-failure","type":"network","confidence":"low","tier":"generic","pattern":"\\\\b(?:502 Bad Gateway|503 Service (?:Temporarily )?Unavailable|504 Gateway Time-?out|429 Too Many Requests)\\\\b|curl: \\\\((?:6|16|18|28|35|52|55|56|92)\\\\)|curl: \\\\(7\\\\) (?!Failed to connect to (?:localhost|127\\\\.0\\\\.0\\\\.1|::1|\\\\[::1\\\\]) )|\\\\bRead timed out\\\\b|TLS handshake timeout|\\\\bi/o timeout\\\\b|(?:[Dd]ownload|[Ff]etch) (?:failed|error).*\\\\b(?:5\\\\d\\\\d|timed? ?out|reset)\\\\b","keywords":["bad gateway","service unavailable","service temporarily","gateway time","too many requests","curl: (","read timed out","handshake timeout","i/o timeout","download","fetch"],"why":"download and HTTP failures that many clients share: server errors, rate limits, curl transport codes (curl.se/docs/manpage.html EXIT CODES: 6 resolve, 7 connect, 16 HTTP/2 framing, 18 partial file, 28 timeout, 35 TLS handshake, 52 empty reply, 55 send, 56 receive, 92 HTTP/2 stream), timeouts (any case: services print reason phrases in their own case, `503 service unavailable`, `504 GATEWAY TIMEOUT`); curl 7 to the job\'s own machine (`curl: (7) Failed to connect to localhost port 8080`, curl lib/connect.c) is a local service that is not up, not the network","flags":"i","examples":{"positive":[{"log":"d0047","line":132},{"log":"d0080","line":212},{"log":"d0082","line":1538}],"negative":[{"log":"d0001","line":121}]}},{"id":"generic-git-fatal","type":"git","confidence":"low","tier":"generic","pattern":"^fatal: (?!.*(?:unable to access|Could not read from remote|early EOF|the remote end hung up))","keywords":["fatal: "],"why":"git prints its own failures as \'fatal: ...\'; transport failures are network (rule git-transport-network)","examples":{"positive":[{"log":"d0002","line":460},{"log":"d0063","line":2185},{"log":"d0256","line":229}],"negative":[{"log":"d0002","line":459}]}},{"id":"generic-error","type":"unknown","confidence":"low","pattern":"^(?:ERROR|Error|error|FATAL|fatal)\\\\b[:!]","keywords":["error","fatal"],"why":"an error line of no known kind: names the evidence, claims nothing","examples":{"positive":[{"log":"d0002","line":459},{"log":"d0018","line":494}],"negative":[{"log":"d0001","line":161}]},"tier":"generic"},{"id":"pytest-verbose-failed","type":"test","confidence":"high","pattern":"^\\\\S+\\\\.py::.+? FAILED(?: +\\\\[[^\\\\]]*\\\\])*$","keywords":[".py::"],"why":"pytest\'s verbose (-v) result line for a failed test, `path.py::test_name FAILED [ 50%]` (pytest docs, doc/en/how-to/output.rst, \'test_verbosity_example.py::test_words_fail FAILED [ 50%]\'; with --durations-min the duration is bracketed too)","examples":{"positive":[{"log":"d0023","line":1035},{"log":"d0038","line":1034},{"log":"d0531","line":363}],"negative":[{"log":"d0023","line":1033}],"published":[{"from":"pytest-dev/pytest doc/en/how-to/output.rst (verbosity example)","text":"test_verbosity_example.py::test_words_fail FAILED                    [ 50%]"}]}},{"id":"pester-failed","type":"test","confidence":"high","pattern":"^\\\\s*\\\\[-\\\\] \\\\S.*|^Tests Passed: \\\\d+, Failed: [1-9]\\\\d*","keywords":["[-] ","tests passed:"],"why":"Pester (PowerShell\'s test runner) marks a failed It block `[-] name 47ms` ([+] when it passed) and ends with `Tests Passed: N, Failed: M, Skipped: ...` (Pester\'s console output, Functions/Output.ps1)","examples":{"positive":[{"log":"d0497","line":776},{"log":"d0537","line":710},{"log":"d0635","line":5597}],"negative":[{"log":"d0497","line":775}],"published":[{"from":"pester/Pester src/functions/Output.ps1:752-753 @ ec8ca45bc782a055cf3c87bdb60a497f5a77536f (a failed It: \\"$margin[-] $out\\" then \\" $humanTime\\" on the same line; margin, name and time filled in)","text":"  [-] adds two numbers 47ms (45ms|2ms)"},{"from":"pester/Pester src/csharp/PesterTests/ResultModelTests.cs:167 @ ec8ca45bc782a055cf3c87bdb60a497f5a77536f (a failed block\'s ToString as Pester\'s own test expects it)","text":"[-] MyBlock"},{"from":"pester/Pester src/functions/Output.ps1:20-24 @ ec8ca45bc782a055cf3c87bdb60a497f5a77536f (the summary assembled from the format strings \'Tests Passed: {0}, \', \'Failed: {0}, \', \'Skipped: {0}, \', \'Inconclusive: {0}, \', \'NotRun: {0}\'; counts filled in)","text":"Tests Passed: 41, Failed: 1, Skipped: 0, Inconclusive: 0, NotRun: 0"}]}},{"id":"r-cmd-check","type":"test","confidence":"medium","pattern":"^\\\\* checking (?:tests|examples|re-building of vignette outputs) \\\\.\\\\.\\\\. ERROR$|^Status: [1-9]\\\\d* ERRORs?\\\\b|^Running the tests in [‘\']\\\\S+[’\'] failed\\\\.$","keywords":["... error","status:","running the tests in"],"why":"R CMD check: a check step that failed (`* checking tests ... ERROR`), the summary `Status: 1 ERROR, 2 NOTEs` (R\'s tools/R/check.R), and the line that opens a failed test script\'s output, `Running the tests in ‘tests/testthat.R’ failed.` (check.R), which stands alone when R prints the step\'s ERROR on a line of its own after `Running ‘testthat.R’`","examples":{"positive":[{"log":"d0544","line":766},{"log":"d0559","line":1219},{"log":"d0564","line":1508},{"log":"d0607","line":873}],"negative":[{"log":"d0544","line":767}],"published":[{"from":"wch/r-source src/library/tools/R/logging.R:60-76 @ 0c26529e807a9b1dd65f7324958c17bf72e1de1a (R CMD check: checkingLog(Log, \\"tests\\") at check.R:4607 prints Log$stars, \\" checking \\", \\"tests\\", \\" ...\\" and errorLog\'s resultLog(Log, \\"ERROR\\") ends the line with \\" ERROR\\"; stars \'*\')","text":"* checking tests ... ERROR"},{"from":"wch/r-source src/library/tools/R/logging.R:113-131 @ 0c26529e807a9b1dd65f7324958c17bf72e1de1a (summaryLog: sprintf(\\"Status: %s\\\\n\\", paste(sprintf(\\"%d %s%s\\", counts, names(counts), plural s), collapse = \\", \\")); counts filled in)","text":"Status: 1 ERROR, 2 NOTEs"},{"from":"wch/r-source src/library/tools/R/check.R:4689-4692 @ 0c26529e807a9b1dd65f7324958c17bf72e1de1a (sprintf(paste(\\"Running the tests in\\", \\"%s failed.\\\\n\\"), sQuote(f)), the test script\'s name filled in)","text":"Running the tests in ‘tests/testthat.R’ failed."}]}},{"id":"nuget-restore","type":"dependency","confidence":"high","pattern":": error NU1\\\\d{3}: ","keywords":["error nu1"],"why":"NuGet restore errors and warnings-as-errors are NU1xxx codes (docs.microsoft.com/nuget/reference/errors-and-warnings: NU1101 unable to find package, NU1605 downgrade, ...), printed MSBuild-style `proj.csproj : error NU1605: ...`","examples":{"positive":[{"log":"d0592","line":841},{"log":"d0720","line":835}],"negative":[{"log":"d0592","line":840}],"published":[{"from":"NuGet/NuGet.Client test/NuGet.Clients.Tests/NuGet.CommandLine.Test/RestoreLoggingTests.cs:82 @ fac35579c8c3c92799361e5695e9f7539b4fd5a2 (the NU1605 message restore logs; Strings.resx:174), as MSBuild prints an error with a file and no line: `{file} : {category} {code}: {message}` (dotnet/msbuild src/Shared/EventArgsFormatting.cs FormatEventMessage @ 0568641e169aa0670f01d8ba4bf32dda0dc7f64c); NU1605 is an error by default (WarningsAsErrors in the .NET SDK)","text":"/src/a/a.csproj : error NU1605: Detected package downgrade: z from 2.0.0 to 1.5.0. Reference the package directly from the project to select a different version."},{"from":"NuGet/NuGet.Client test/NuGet.Clients.Tests/NuGet.CommandLine.Test/RestoreMessageTest.cs:140 @ fac35579c8c3c92799361e5695e9f7539b4fd5a2 (NU1101, Strings.resx:450), in MSBuild\'s `{file} : {category} {code}: {message}` (dotnet/msbuild src/Shared/EventArgsFormatting.cs @ 0568641e169aa0670f01d8ba4bf32dda0dc7f64c)","text":"/src/a/a.csproj : error NU1101: Unable to find package b. No packages exist with this id in source(s): source"}]}},{"id":"conda-resolve","type":"dependency","confidence":"high","pattern":"\\\\bPackagesNotFound(?:InChannels)?Error\\\\b|\\\\bResolvePackageNotFound\\\\b|\\\\bUnsatisfiableError\\\\b","keywords":["packagesnotfounderror","packagesnotfoundinchannelserror","resolvepackagenotfound","unsatisfiableerror"],"why":"conda\'s solver errors (conda/exceptions.py: PackagesNotFoundError \'The following packages are not available from current channels\', ResolvePackageNotFound, UnsatisfiableError), printed by conda\'s exception handler as `ClassName: message` (CondaError.__repr__, conda/__init__.py:137). Since conda #15653 (2026) the solver raises the subclass PackagesNotFoundInChannelsError (conda/core/solve.py:1117 @ 0f64223f), printed under that name","examples":{"positive":[{"log":"d0685","line":607},{"log":"d0748","line":607}],"negative":[{"log":"d0685","line":605}],"published":[{"from":"conda/conda tests/test_exceptions.py:379 @ 0f64223fb8da4328457a69fe6483959dbb783152 (test_PackageNotFoundError: the stderr conda_exception_handler writes for PackagesNotFoundError)","text":"PackagesNotFoundError: The following packages are missing from the target environment:"},{"from":"conda/conda conda/exceptions.py:774 @ 0f64223fb8da4328457a69fe6483959dbb783152 (PackagesNotFoundError\'s message when channels are given), printed as `{class}: {message}` (conda/__init__.py:137 CondaError.__repr__, as in tests/test_exceptions.py:379)","text":"PackagesNotFoundError: The following packages are not available from current channels:"},{"from":"conda/conda conda/core/solve.py:1117 @ 0f64223fb8da4328457a69fe6483959dbb783152 (raise PackagesNotFoundInChannelsError, conda/exceptions.py:856, the same message), printed as `{class}: {message}` (conda/__init__.py:137)","text":"PackagesNotFoundInChannelsError: The following packages are not available from current channels:"}]}},{"id":"cocoapods-resolve","type":"dependency","confidence":"high","pattern":"CocoaPods could not find compatible versions for pod|\\\\[!\\\\] Unable to find a specification for","keywords":["could not find compatible versions","unable to find a specification"],"why":"CocoaPods\' resolver errors (lib/cocoapods/resolver.rb: \'CocoaPods could not find compatible versions for pod\', \'Unable to find a specification for\')","examples":{"positive":[{"log":"d0819","line":2534},{"log":"d0878","line":2443}],"negative":[{"log":"d0819","line":2532}],"published":[{"from":"CocoaPods/CocoaPods spec/unit/resolver_spec.rb:371 @ b80e113e28a7e23cd6dbc169f0c923f6b48bf7a2 (\'raises if it finds two conflicting explicit dependencies\': the Informative message the resolver raises)","text":"[!] CocoaPods could not find compatible versions for pod \\"JSONKit\\":"},{"from":"CocoaPods/CocoaPods spec/unit/resolver_spec.rb:256 @ b80e113e28a7e23cd6dbc169f0c923f6b48bf7a2 (\'raises if unable to find a specification\')","text":"[!] Unable to find a specification for `Windows` depended upon by `BlocksKit`"}]}},{"id":"msvc-diagnostic","type":"build","confidence":"medium","pattern":"^(?:\\\\s*\\\\d+>)?\\\\S.*\\\\(\\\\d+(?:,\\\\d+)?\\\\)\\\\s*:\\\\s+(?:fatal )?error (?:C|LNK|CS|BC|FS)\\\\d{4}:|\\\\bLINK : fatal error LNK\\\\d{4}","keywords":["error c","error lnk","error bc","error fs"],"why":"MSVC, the C# compiler and the linker as MSBuild prints them, `file.cpp(253): error C2065:` / `file.cs(19,104): error CS0246:` / `LINK : fatal error LNK1181` (the shape of the problem matcher actions/setup-dotnet ships, .github/csc.json @ 353d872a: `file(line[,col]): error CODE: message`)","examples":{"positive":[{"log":"d0552","line":850},{"log":"d0756","line":967},{"log":"d0890","line":32}],"negative":[{"log":"d0552","line":849}],"published":[{"from":"actions/setup-dotnet .github/csc.json @ 353d872a (file(line): error CODE: message [project])","text":"C:\\\\src\\\\app\\\\main.cpp(12): error C2065: \'x\': undeclared identifier [C:\\\\src\\\\app\\\\app.vcxproj]"}]}},{"id":"swiftlint-violation","type":"quality-gate","confidence":"high","pattern":"^\\\\S+\\\\.swift:\\\\d+(?::\\\\d+)?: (?:error|warning): .+ Violation: .+ \\\\(\\\\w+\\\\)$|^Done linting! Found [1-9]\\\\d* violations?, \\\\d+ serious in \\\\d+ files?\\\\.$","keywords":["violation: ","done linting!"],"why":"SwiftLint\'s default (xcode) reporter, `file.swift:88:42: warning: Colon Violation: reason (colon)`, and its summary `Done linting! Found 3 violations, 0 serious in 53 files.` (realm/SwiftLint: XcodeReporter, the lint command\'s summary)","examples":{"positive":[{"log":"d0569","line":1954},{"log":"d0741","line":1588},{"log":"d0741","line":1657}],"negative":[{"log":"d0569","line":1953}],"published":[{"from":"realm/SwiftLint Tests/FileSystemAccessTests/Resources/CannedXcodeReporterOutput.txt:3 @ 44a152ad286a5b7eab68acd8e60a1e097822e0af","text":"${CURRENT_WORKING_DIRECTORY}/path/file.swift:1:2: error: Syntactic Sugar Violation: Shorthand syntactic sugar should be used, i.e. [Int] instead of Array<Int> (syntactic_sugar)"}]}},{"id":"golangci-linter","type":"quality-gate","confidence":"medium","pattern":"^\\\\S+\\\\.go:\\\\d+:\\\\d+: .+ \\\\((?:errcheck|gosimple|govet|ineffassign|staticcheck|unused|typecheck|revive|gocritic|gosec|stylecheck|goimports|gofmt|gofumpt|unparam|prealloc|dupl|lll|nakedret|bodyclose|noctx|exhaustive|errorlint|godot|whitespace|nolintlint|goconst|gocyclo|funlen|predeclared|U1000|SA\\\\d{4}|S1\\\\d{3}|ST1\\\\d{3}|QF1\\\\d{3})\\\\)$","keywords":["(errcheck)","(gosimple)","(govet)","(ineffassign)","(staticcheck)","(unused)","(typecheck)","(revive)","(gocritic)","(gosec)","(stylecheck)","(goimports)","(gofmt)","(gofumpt)","(unparam)","(prealloc)","(dupl)","(lll)","(nakedret)","(bodyclose)","(noctx)","(exhaustive)","(errorlint)","(godot)","(whitespace)","(nolintlint)","(goconst)","(gocyclo)","(funlen)","(predeclared)","(u1000)","(sa","(s1","(st1","(qf1"],"why":"golangci-lint\'s default (colored-line-number) output names the linter last, `file.go:42:21: message (errcheck)` (golangci-lint docs, usage/linters; reviewdog/errorformat fmts/testdata/golangci-lint.in, corpus/tools/golangci-lint.txt); staticcheck names its check (SA/S1/ST1/QF1, U1000: staticcheck.dev/docs/checks)","examples":{"positive":[{"log":"d0637","line":715},{"log":"d0638","line":712}],"negative":[{"log":"d0637","line":714}],"published":[{"from":"reviewdog/errorformat fmts/testdata/golangci-lint.in @ ce396c6","text":"fmts/fmt_test.go:42:21: Error return value of `bufout.WriteString` is not checked (errcheck)"}]}},{"id":"testthat-failure","type":"test","confidence":"high","pattern":"^(?:\\\\u2500\\\\u2500|--) (?:\\\\d+\\\\. (?:Failure|Error): .+\\\\(@\\\\S+#\\\\d+\\\\)|(?:Failure|Error) \\\\(\'?\\\\S+\\\\.[Rr]:\\\\d+(?::\\\\d+)?\'?\\\\): )|^\\\\[ FAIL [1-9]\\\\d* \\\\| WARN \\\\d+ \\\\| SKIP \\\\d+ \\\\| PASS \\\\d+ \\\\]","keywords":[". failure: ",". error: ","failure (","error (","[ fail "],"why":"testthat (R): a failed expectation\'s header, `── 1. Failure: name (@test-x.R#41) ──` in testthat 2 and `── Failure (\'test-x.R:12:3\'): name ──` in testthat 3 (ASCII `--` without UTF-8), and the progress reporter\'s `[ FAIL 1 | WARN 0 | SKIP 0 | PASS 10 ]` (r-lib/testthat tests/testthat/_snaps/reporter-progress.md @ e972acad)","examples":{"positive":[{"log":"d0559","line":1248},{"log":"d0766","line":793},{"log":"d0864","line":1248}],"negative":[{"log":"d0559","line":1247}],"published":[{"from":"r-lib/testthat tests/testthat/_snaps/reporter-progress.md @ e972acad","text":"-- Failure (tests.R:12:3): Failure:1 -------------------------------------------"},{"from":"r-lib/testthat tests/testthat/_snaps/reporter-progress.md @ e972acad","text":"[ FAIL 7 | WARN 1 | SKIP 0 | PASS 1 ]"}]}},{"id":"xunit-dotnet-failed","type":"test","confidence":"high","pattern":"^\\\\s*(?:\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+)?[\\\\w.]+\\\\.\\\\w+(?:\\\\(.*\\\\))? \\\\[FAIL\\\\]$|\\\\bTotal: \\\\d+, Errors: \\\\d+, Failed: [1-9]\\\\d*, Skipped: \\\\d+|^Failed!\\\\s+- Failed:\\\\s+[1-9]\\\\d*, Passed:\\\\s+\\\\d+, Skipped:\\\\s+\\\\d+, Total:\\\\s+\\\\d+","keywords":[" [fail]",", failed: ","failed!"],"why":"xUnit.net\'s console runner marks a failed test `Namespace.Class.Method [FAIL]` and sums up each assembly `Total: 151, Errors: 0, Failed: 1, Skipped: 0, Time: 4.0s` (xunit/xunit console runner output); `dotnet test` (vstest) sums up each assembly `Failed!  - Failed:     1, Passed:    10, Skipped: ...` (microsoft/vstest src/vstest.console/Internal/ConsoleLogger.cs and Resources.resx TestRunSummary @ 0b289d54)","examples":{"positive":[{"log":"d0646","line":2660},{"log":"d0648","line":1493},{"log":"d0722","line":2678}],"negative":[{"log":"d0646","line":2659}],"published":[{"from":"microsoft/vstest src/vstest.console/Internal/ConsoleLogger.cs @ 0b289d54 and Resources.resx TestRunSummary","text":"Failed!  - Failed:     1, Passed:    10, Skipped:     0, Total:    11, Duration: 2 s - App.Tests.dll (net8.0)"}]}},{"id":"perlcritic","type":"quality-gate","confidence":"high","pattern":"^.+ at line \\\\d+, column \\\\d+\\\\.\\\\s+.*\\\\(Severity: [1-5]\\\\)$","keywords":["(severity: "],"why":"Perl::Critic\'s perlcritic at its default verbosities 3 and 4, `[file: ]message at line 69, column 28.  See page 218 of PBP.  (Severity: 5)` (perlcritic POD, --verbose formats)","examples":{"positive":[{"log":"d0509","line":548},{"log":"d0671","line":556},{"log":"d0694","line":548}],"negative":[{"log":"d0509","line":547}],"published":[{"from":"Perl-Critic/Perl-Critic bin/perlcritic:303 @ c437d557ec903c99c5114bac738a484dfedb1f9f (verbosity 4, the default: \\"%m at line %l, column %c.  %e.  (Severity: %s)\\\\n\\")","text":"Code before strictures are enabled at line 1, column 1.  See page 429 of PBP.  (Severity: 5)"}]}},{"id":"r-package-missing","type":"dependency","confidence":"high","pattern":"there is no package called [\'\\\\u2018]\\\\S+[\'\\\\u2019]|^Packages? required but not available: ","keywords":["there is no package called","required but not available"],"why":"R: library() of a package that is not installed, `there is no package called \'x\'` (R\'s src/library/base/R/library.R), and R CMD check\'s `Package required but not available: \'x\'` (R\'s tools package check)","examples":{"positive":[{"log":"d0550","line":875},{"log":"d0708","line":772}],"negative":[{"log":"d0550","line":874}],"published":[{"from":"wch/r-source (R\'s read-only mirror) src/library/base/R/library.R:867 @ 0c26529e807a9b1dd65f7324958c17bf72e1de1a (packageNotFoundError: gettextf(\\"there is no package called %s\\", sQuote(package)), the condition library() stops with), printed by R\'s default error handler as `Error in <call> : <message>` (src/main/errors.c:826)","text":"Error in library(\\"testthat\\") : there is no package called ‘testthat’"},{"from":"wch/r-source src/library/tools/R/QC.R:3403 @ 0c26529e807a9b1dd65f7324958c17bf72e1de1a (R CMD check\'s dependency check: sprintf(\\"Package required but not available: %s\\", sQuote(bad)))","text":"Package required but not available: ‘lubridate’"}]}},{"id":"runner-os-shutdown","type":"infrastructure","confidence":"high","structural":true,"pattern":"Operating system is shutting down for computer \'|\\\\bWe stopped hearing from agent \\\\S","keywords":["operating system is shutting down","stopped hearing from agent"],"why":"the machine running the job went away: the GitHub runner\'s issue when the OS shuts down under it (actions/runner src/Runner.Worker/JobRunner.cs @ 258d6c857db3519913f7deb6004b60172f8043ae, ShutdownReason.OperatingSystemShutdown: $\\"Operating system is shutting down for computer \'{Environment.MachineName}\'\\"), and Azure Pipelines\' lost-agent error (\'We stopped hearing from agent <name>. Verify the agent machine is running and has a healthy network connection...\', learn.microsoft.com azure/devops/pipelines/troubleshooting, the hosted-agent counterpart of GitHub\'s \'lost communication with the server\')","examples":{"positive":[],"negative":[{"log":"d0257","line":16}],"published":[{"from":"actions/runner src/Runner.Worker/JobRunner.cs @ 258d6c857db3519913f7deb6004b60172f8043ae (Operating system is shutting down for computer \'{Environment.MachineName}\')","text":"##[error]Operating system is shutting down for computer \'fv-az1234-567\'"},{"from":"https://learn.microsoft.com/en-us/azure/devops/pipelines/troubleshooting/troubleshooting (We stopped hearing from agent)","text":"##[error]We stopped hearing from agent Azure Pipelines 3. Verify the agent machine is running and has a healthy network connection. Anything that terminates the agent process, starves it for CPU, or blocks its network access can cause this error."}]}},{"id":"ci-platform-time-limit","type":"timeout","confidence":"high","pattern":"\\\\bran longer than the maximum time of \\\\d+ minutes\\\\b|^Cancelling nested steps due to timeout$|^Timeout has been exceeded$|^Body did not finish within grace period; terminating with extreme prejudice$|\\\\bExceeded timeout of \\\\d+(?:\\\\.\\\\d+)? (?:seconds|minutes)$","keywords":["ran longer than the maximum time","nested steps due to timeout","timeout has been exceeded","terminating with extreme prejudice","exceeded timeout of"],"why":"a CI platform stopped the job at its time limit: Azure Pipelines\' job timeout (\'The job running on agent <name> ran longer than the maximum time of N minutes. For more information, see https://go.microsoft.com/fwlink/?linkid=2077134\'); Jenkins Pipeline timeout step, jenkinsci/workflow-basic-steps-plugin src/main/java/org/jenkinsci/plugins/workflow/steps/TimeoutStepExecution.java @ 10b3770d85e8935e41fc775feebd8a2c9e189d7b (\'Cancelling nested steps due to timeout\', ExceededTimeout.getShortDescription() \'Timeout has been exceeded\', \'Body did not finish within grace period; terminating with extreme prejudice\'); DataKit-CI (docker/datakit ci/src/cI_utils.ml) `Failed: Exceeded timeout of 60.00 minutes`","examples":{"positive":[],"negative":[{"log":"d0343","line":32}],"published":[{"from":"https://learn.microsoft.com/en-us/azure/devops/pipelines/troubleshooting/troubleshooting (job time-out, fwlink 2077134)","text":"##[error]The job running on agent Hosted Agent ran longer than the maximum time of 60 minutes. For more information, see https://go.microsoft.com/fwlink/?linkid=2077134"},{"from":"jenkinsci/workflow-basic-steps-plugin src/main/java/org/jenkinsci/plugins/workflow/steps/TimeoutStepExecution.java @ 10b3770d85e8935e41fc775feebd8a2c9e189d7b (cancel())","text":"Cancelling nested steps due to timeout"},{"from":"jenkinsci/workflow-basic-steps-plugin src/main/java/org/jenkinsci/plugins/workflow/steps/TimeoutStepExecution.java @ 10b3770d85e8935e41fc775feebd8a2c9e189d7b (ExceededTimeout.getShortDescription)","text":"Timeout has been exceeded"},{"from":"docker/datakit ci/src/cI_utils.ml:74 failf \\"Exceeded timeout of %a\\" with pp_duration, written by ci/src/cI_cache.ml:285 \\"Failed: %s\\" @ e047e55a2dfa3aaec02398d7d7699f4f7afd2b47 (duration filled in)","text":"Failed: Exceeded timeout of 60.00 minutes"}]}},{"id":"gha-step-time-limit","type":"timeout","confidence":"high","pattern":"^(?:##\\\\[error\\\\])?The (?:action|background step) \'.+\' has timed out after \\\\d+ minutes\\\\.$|^Requesting stop of .+ as it has exceeded its configured timeout of \\\\d[\\\\dhms ]*\\\\.$|^(?:##\\\\[error\\\\])?The job (?:running on runner .+ )?has exceeded the maximum execution time of \\\\S+(?: minutes)?\\\\.?$","keywords":["has timed out after","exceeded its configured timeout","maximum execution time"],"why":"a step\'s own time limit stopped it, in the words of the machinery that stopped it: the Actions runner\'s step timeout-minutes (actions/runner @ 258d6c857db3519913f7deb6004b60172f8043ae src/Runner.Worker/StepsRunner.cs: Error($\\"The action \'{step.DisplayName}\' has timed out after {timeoutMinutes} minutes.\\"); src/Runner.Worker/BackgroundStepCoordinator.cs: \\"The background step \'{0}\' has timed out after {1} minutes.\\"), Gradle\'s task timeout (gradle/gradle subprojects/execution/src/main/java/org/gradle/internal/execution/timeout/impl/DefaultTimeoutHandler.java @ 0cf9bed8d569b47a0f65ee1155dd270bd131507f: LOGGER.warn(\\"Requesting stop of \\" + displayName + \\" as it has exceeded its configured timeout of \\" + TimeFormatting.formatDurationTerse(...) + \\".\\"), the duration \'500ms\', \'30m\', \'1h 30m\' or, in older Gradle, \'30m 0s\', the task then fails with \'Timeout has been exceeded\'). The job\'s own limit (timeout-minutes, 360 minutes at most on GitHub\'s runners) is the Actions service\'s annotation, \'The job running on runner <name> has exceeded the maximum execution time of N minutes.\' (newer: \'The job has exceeded the maximum execution time of 1h0m0s\'), which no public source prints: it is matched but has no published line. The runner says \'The operation was canceled.\' after it: the limit is the cause (weigh.ts CAUSES). Tests that had already reported failures before the limit stay test (weigh.ts)","examples":{"positive":[],"negative":[{"log":"d0002","line":424}],"published":[{"from":"actions/runner @ 258d6c857db3519913f7deb6004b60172f8043ae src/Runner.Worker/StepsRunner.cs (RunStepAsync, step timeout; display name and minutes filled in)","text":"##[error]The action \'Run tests\' has timed out after 10 minutes."},{"from":"actions/runner @ 258d6c857db3519913f7deb6004b60172f8043ae src/Runner.Worker/BackgroundStepCoordinator.cs (display name and minutes filled in)","text":"##[error]The background step \'Start server\' has timed out after 5 minutes."},{"from":"gradle/gradle subprojects/execution/src/main/java/org/gradle/internal/execution/timeout/impl/DefaultTimeoutHandler.java @ 0cf9bed8d569b47a0f65ee1155dd270bd131507f (DefaultTimeout.interrupt; task display name filled in, 30 minutes as platforms/core-runtime/time/src/main/java/org/gradle/internal/time/TimeFormatting.java @ 2628cc711958292f8556ee029bc5e090b400b9f2 formatDurationTerse prints it)","text":"Requesting stop of task \':app:test\' as it has exceeded its configured timeout of 30m."},{"from":"gradle/gradle DefaultTimeoutHandler.java as above, with the older subprojects/base-services/src/main/java/org/gradle/internal/time/TimeFormatting.java @ 1df7aaaa45461281161afa9734c8617731524d4c formatDurationTerse, which always appends the seconds (task display name filled in)","text":"Requesting stop of task \':app:test\' as it has exceeded its configured timeout of 30m 0s."}]}},{"id":"tool-time-limit","type":"timeout","confidence":"high","pattern":"^panic: test timed out after \\\\d[\\\\d.]*(?:[hms]|ms|us|\\\\u00b5s|ns)\\\\S*$|^timeout: sending signal \\\\w+ to command ","keywords":["test timed out after","timeout: sending signal"],"why":"a tool\'s own time limit stopped the whole run: go test\'s -timeout alarm kills the test binary (golang/go src/testing/testing.go @ e34cead42d09eeee9ab2fed3c3a23a2b6691e7d4, startAlarm: panic(fmt.Sprintf(\\"test timed out after %v\\", *timeout)), a Go duration) -- a whole package\'s run, not one test\'s own limit; coreutils timeout(1) --verbose (coreutils/coreutils src/timeout.c @ b16e999f553b682e74e0a56750f649da05130c4f, cleanup(): error (0, 0, _(\\"sending signal %s to command %s\\"), signame, quote (command)), exit 124). A single test\'s own limit reported as a failed test (ExUnit.TimeoutError \'test timed out after 60000ms\', jest \'Exceeded timeout of 5000 ms for a test\', pytest-timeout \'Failed: Timeout >300.0s\') is test, not this","examples":{"positive":[],"negative":[{"log":"d0813","line":362}],"published":[{"from":"golang/go src/testing/testing.go @ e34cead42d09eeee9ab2fed3c3a23a2b6691e7d4 (startAlarm: \\"test timed out after %v\\")","text":"panic: test timed out after 10m0s"},{"from":"coreutils/coreutils src/timeout.c @ b16e999f553b682e74e0a56750f649da05130c4f (cleanup: \\"sending signal %s to command %s\\", quote())","text":"timeout: sending signal TERM to command ‘make’"}]}},{"id":"oom-runtime","type":"resource","confidence":"high","pattern":"Allocation failed - JavaScript heap out of memory|\\\\bjava\\\\.lang\\\\.OutOfMemoryError: (?:Java heap space|GC overhead limit exceeded|Metaspace|Compressed class space|unable to create (?:new )?native thread|Requested array size exceeds VM limit|Direct buffer memory)|\\\\bSystem\\\\.OutOfMemoryException\\\\b|\\\\bCUDA out of memory\\\\. Tried to allocate|\\\\bCUDA error: out of memory\\\\b|^fatal error: (?:runtime: )?out of memory$|^memory allocation of \\\\d+ bytes failed|^MemoryError(?::|$)|\\\\bfatal error C10(?:02|60|76):","keywords":["out of memory","java.lang.outofmemoryerror","system.outofmemoryexception","memory allocation of","memoryerror","fatal error c10"],"why":"a runtime ran out of memory and says so: V8/Node\'s OOM handler \'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\' (nodejs/node doc/api/cli.md @ b66f1b0be6005cf7f8aa9faa9eb17bed60749732, --heapsnapshot-near-heap-limit example: \'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\'); the JVM\'s OutOfMemoryError details (openjdk/jdk src/hotspot/share/memory/universe.cpp: \'Java heap space\', \'Metaspace\', \'Compressed class space\', \'Requested array size exceeds VM limit\'; \'GC overhead limit exceeded\'; java.nio.Bits \'Direct buffer memory\'; \'unable to create native thread\'); .NET System.OutOfMemoryException; PyTorch\'s caching allocator (pytorch/pytorch c10/cuda/CUDACachingAllocator.cpp \'CUDA out of memory. Tried to allocate ...\', also a pytorch/test-infra aws/lambda/log-classifier/ruleset.toml @ 61a77570f45416dc425c17d4a648376541a84732 rule) and CUDA\'s cudaErrorMemoryAllocation text \'out of memory\'; the Go runtime\'s throw(\\"runtime: out of memory\\") (golang/go src/runtime/mem_linux.go) printed as \'fatal error: runtime: out of memory\'; Rust std\'s default alloc error hook (rust-lang/rust library/std/src/alloc.rs @ 441a33e81bf0351c5f91fb06232514c077cccffc, \'memory allocation of {} bytes failed\'); Python\'s MemoryError as the traceback\'s last line (numpy\'s \'MemoryError: Unable to allocate ...\'); MSVC fatal errors C1002/C1060 \'compiler is out of heap space\' and C1076 \'compiler limit: internal heap limit reached\' (learn.microsoft.com/cpp/error-messages/compiler-errors-1/fatal-error-c1060)","examples":{"positive":[],"negative":[{"log":"d0406","line":6841},{"log":"d0842","line":1320}],"published":[{"from":"nodejs/node doc/api/cli.md @ b66f1b0be6005cf7f8aa9faa9eb17bed60749732 (--heapsnapshot-near-heap-limit)","text":"FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory"},{"from":"nodejs/node src/node_errors.cc @ 2a9615758e50de190c79be7c49a6d74bd00a2fae OOMErrorHandler (\'FATAL ERROR: \' location \' \' message, V8 \'Reached heap limit\')","text":"FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"},{"from":"openjdk/jdk src/hotspot/share/memory/universe.cpp @ b3eb4c3ce85511d52416d25d2092c81669567cdb (out_of_memory_error_java_heap: \'Java heap space\')","text":"Exception in thread \\"main\\" java.lang.OutOfMemoryError: Java heap space"},{"from":"pytorch/pytorch c10/cuda/CUDACachingAllocator.cpp @ eb42ad6eca0ce61e7c581212b4bf32f991425571 (\'CUDA out of memory. Tried to allocate \'); pytorch/test-infra aws/lambda/log-classifier/ruleset.toml @ 61a77570f45416dc425c17d4a648376541a84732","text":"torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB. GPU 0 has a total capacity of 14.75 GiB of which 3.06 MiB is free."},{"from":"golang/go src/runtime/mem_linux.go @ 52eaed66335e90ceb6ad65873889ccca46851ee9 (throw(\\"runtime: out of memory\\")), printed by runtime.fatalthrow as \'fatal error: %s\'","text":"fatal error: runtime: out of memory"},{"from":"rust-lang/rust library/std/src/alloc.rs @ 441a33e81bf0351c5f91fb06232514c077cccffc (default_alloc_error_hook: \\"memory allocation of {} bytes failed\\")","text":"memory allocation of 2147483648 bytes failed"},{"from":"python/cpython Objects/exceptions.c @ 98297ee7815939b124156e438b22bd652d67b5db (MemoryError, the traceback\'s last line)","text":"MemoryError"},{"from":"https://learn.microsoft.com/en-us/cpp/error-messages/compiler-errors-1/fatal-error-c1060","text":"c1xx: fatal error C1060: compiler is out of heap space"}]}},{"id":"oom-killed","type":"resource","confidence":"high","pattern":"\\\\bfatal error: Killed signal terminated program \\\\S+|\\\\binternal compiler error: Killed \\\\(program \\\\S+\\\\)|\\\\bterminated with signal 9 \\\\[Killed\\\\]|\\\\(signal: 9, SIGKILL: kill\\\\)|\\\\b[Oo]ut of memory: Kill(?:ed)? process \\\\d+|\\\\bOOMKilled\\\\b","keywords":["killed signal terminated program","internal compiler error: killed","terminated with signal 9","sigkill: kill","out of memory: kill","oomkilled"],"why":"a parent reports that its child was SIGKILLed, which in CI is the kernel\'s OOM killer: gcc\'s driver (gcc-mirror/gcc gcc/gcc.cc @ 5a32e85810d33dc46b1b5fe2803ee787d40709d5, execute(): for SIGKILL fatal_error(\\"%s signal terminated program %s\\", strsignal(...), prog), commented \'Much more likely is the user or OOM killer nuked it\'; older gcc said \'internal compiler error: Killed (program cc1plus)\'); collect2/lto-wrapper (gcc/collect-utils.cc @ 6612f4f8cb9b0d5af18ec69ad04e56debc3e6ced, \\"%s terminated with signal %d [%s]%s\\"); cargo\'s ProcessError (rust-lang/cargo crates/cargo-util/src/process_error.rs, \'(signal: 9, SIGKILL: kill)\'); the kernel\'s mm/oom_kill.c (\'%s: Killed process %d (%s) total-vm:...\' after \'Out of memory\' or \'Memory cgroup out of memory\'); Kubernetes\' container termination reason OOMKilled. The shell\'s own job report (\'line 9:    15 Killed   cmd\') is left out: scripts survive it","examples":{"positive":[],"negative":[{"log":"d0112","line":1081}],"published":[{"from":"gcc-mirror/gcc gcc/gcc.cc @ 5a32e85810d33dc46b1b5fe2803ee787d40709d5 (execute: \\"%s signal terminated program %s\\")","text":"c++: fatal error: Killed signal terminated program cc1plus"},{"from":"gcc-mirror/gcc gcc/collect-utils.cc @ 6612f4f8cb9b0d5af18ec69ad04e56debc3e6ced (collect_wait: \\"%s terminated with signal %d [%s]%s\\")","text":"collect2: fatal error: ld terminated with signal 9 [Killed]"},{"from":"rust-lang/cargo crates/cargo-util/src/process_error.rs @ fb45eb132e3bfb97b4bf014b3a552f4cd51b8c33 (status_to_string: signal: N, SIGNAME: description)","text":"  process didn\'t exit successfully: `rustc --crate-name foo --edition=2021 src/lib.rs` (signal: 9, SIGKILL: kill)"},{"from":"torvalds/linux mm/oom_kill.c @ c797bc88f77b51c4ba0b5d782b8284c7ed0233bc (__oom_kill_process: \\"%s: Killed process %d (%s)\\" with message \'Out of memory\')","text":"Out of memory: Killed process 4321 (cc1plus) total-vm:2345678kB, anon-rss:1234567kB, file-rss:0kB, shmem-rss:0kB"},{"from":"torvalds/linux mm/oom_kill.c @ c797bc88f77b51c4ba0b5d782b8284c7ed0233bc (__oom_kill_process with message \'Memory cgroup out of memory\')","text":"Memory cgroup out of memory: Killed process 4321 (node) total-vm:22345678kB, anon-rss:7234567kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:16000kB oom_score_adj:0"}]}},{"id":"yarn-network-error","type":"network","confidence":"high","pattern":"^error An unexpected error occurred: \\"https?://(?!localhost[:/]|127\\\\.0\\\\.0\\\\.1[:/])[^\\"\\\\s]+: (?:ESOCKETTIMEDOUT|ETIMEDOUT|ECONNRESET|EAI_AGAIN|socket hang up|read ECONNRESET|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|connect (?:ETIMEDOUT|ECONNREFUSED|ENETUNREACH|EHOSTUNREACH)|Request failed \\\\\\\\\\"(?:5\\\\d\\\\d|429|408)\\\\b)","keywords":["an unexpected error occurred: \\"http"],"why":"yarn 1\'s fatal error around a request that failed on the network: yarnpkg/yarn src/reporters/lang/en.js (unexpectedError: \'An unexpected error occurred: $0.\', requestFailed: \'Request failed $0\') and src/util/request-manager.js @ 00872fbc935dbb89f76b3ba1f5d458075980887f (reject(): err.message = `${params.url}: ${err.message}`; isPossibleOfflineError retries ENOTFOUND, ECONNRESET, ESOCKETTIMEDOUT before giving up). A 404/401 or a local registry is not this","examples":{"positive":[],"negative":[{"log":"d0073","line":19}],"published":[{"from":"yarnpkg/yarn src/util/request-manager.js @ 00872fbc935dbb89f76b3ba1f5d458075980887f (`${params.url}: ${err.message}`) with src/reporters/lang/en.js unexpectedError","text":"error An unexpected error occurred: \\"https://registry.yarnpkg.com/react/-/react-18.2.0.tgz: ESOCKETTIMEDOUT\\"."},{"from":"yarnpkg/yarn src/reporters/lang/en.js (unexpectedError, requestFailed: \'Request failed $0\')","text":"error An unexpected error occurred: \\"https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz: Request failed \\\\\\"502 Bad Gateway\\\\\\"\\"."}]}},{"id":"http-status-server-error","type":"network","confidence":"medium","pattern":"\\\\bResponse status code does not indicate success: (?:5\\\\d\\\\d|429|408)\\\\b","keywords":["does not indicate success"],"why":".NET\'s HttpResponseMessage.EnsureSuccessStatusCode() message (dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx @ 2f6991f9d6d8f1c5552b5bf791406ffc4262d150, net_http_message_not_success_statuscode \'Response status code does not indicate success: {0} ({1}).\'), which the GitHub runner, NuGet and PowerShell print when a service answers with an error; server errors, 408 and 429 only (pytorch/test-infra aws/lambda/log-classifier/ruleset.toml @ 61a77570f45416dc425c17d4a648376541a84732 lists the shape as \'Bad response status code\'). 401/403/404 are not this","examples":{"positive":[],"negative":[{"log":"d0117","line":483}],"published":[{"from":"dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx @ 2f6991f9d6d8f1c5552b5bf791406ffc4262d150 (net_http_message_not_success_statuscode)","text":"##[error]Response status code does not indicate success: 503 (Service Unavailable)."}]}},{"id":"http-client-server-error","type":"network","confidence":"high","pattern":"^(?:[\\\\w.]*HTTPError: )?HTTP Error (?:5\\\\d\\\\d|429|408): \\\\S|^(?!E\\\\s|(?:FAILED|ERROR) \\\\S+::)(?!.*\\\\b(?:assert|[Ee]xpected)\\\\b).*?(?:\\\\b(?:5\\\\d\\\\d Server Error|(?:429|408) Client Error): .* for url: |\\\\bHTTP error (?:5\\\\d\\\\d|429|408) while getting )https?://(?!localhost[:/]|127\\\\.0\\\\.0\\\\.1[:/]|\\\\[::1\\\\])|^(?!E\\\\s|(?:FAILED|ERROR) \\\\S+::)(?!.*\\\\b(?:assert|[Ee]xpected)\\\\b).*\\\\bHTTPError: Response code (?:5\\\\d\\\\d|429|408) \\\\(|^(?:gh: )?HTTP (?:5\\\\d\\\\d|429|408): .*\\\\(https?://(?!localhost[:/]|127\\\\.0\\\\.0\\\\.1[:/]|\\\\[::1\\\\])[^)\\\\s]*\\\\)$|^npm (?:ERR!|error) code E(?:5\\\\d\\\\d|429|408)$|^npm (?:ERR!|error) (?:5\\\\d\\\\d|429|408) [^\\\\n]*? - (?:GET|HEAD|POST|PUT) (?!https?://(?:localhost|127\\\\.0\\\\.0\\\\.1)[:/])\\\\S|^(?!E\\\\s|(?:FAILED|ERROR) \\\\S+::)(?!.*\\\\b(?:assert|[Ee]xpected)\\\\b).*\\\\bThe remote server returned an error: \\\\((?:5\\\\d\\\\d|429|408)\\\\) ","keywords":["http error ","server error: ","client error: ","while getting ","response code ","http 5","http 429","http 408","npm err! ","npm error ","remote server returned an error"],"why":"an HTTP client\'s own exception for a server error (5xx, and 408/429, RFC 9110 and RFC 6585\'s transient statuses) after its retries: Python\'s urllib (python/cpython Lib/urllib/error.py @ 01bb63cfd45c49e9676f362322f1967c3cae9111, HTTPError.__str__ \'HTTP Error %s: %s\'), requests and pip (psf/requests src/requests/models.py:1167 @ 1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e and pypa/pip src/pip/_internal/network/utils.py:67 @ 6d309205789d368b2749d93fd6193d584811efd5, raise_for_status \'{status} Server Error: {reason} for url: {url}\', 4xx as \'Client Error\'), npm (npm/npm-registry-fetch lib/errors.js @ 844230fcfc5d9c14ec2fc788eb49f465f9ff37dd, HttpErrorBase code `E${res.status}` and HttpErrorGeneral \'${status} ${statusText} - ${METHOD} ${spec or url}\'), pip\'s download (\'HTTP error %s while getting %s\', pypa/pip src/pip/_internal/network/download.py:389 @ 6d309205789d368b2749d93fd6193d584811efd5, logged critical so printed after \'ERROR: \'), got, the HTTP client of Yarn 2+ and many Node tools (sindresorhus/got source/core/errors.ts @ df45e99596dbb01b532074713f87d6cadfe3b4c2, HTTPError \'Response code ${statusCode} (${statusMessage})\'), GitHub\'s CLI (cli/go-gh pkg/api/errors.go @ 9330cac2bbd5929e602172bb6f117ba4ec7abaf5, HTTPError \'HTTP %d: %s (%s)\' with the request\'s URL), and .NET\'s WebClient and Windows PowerShell\'s Invoke-WebRequest (mono/mono mcs/class/System/System.Net/HttpWebRequest.cs @ 6ad1d32e9eab6cdb0d24bd29c85253c0d4a53148 CheckFinalStatus, \'The remote server returned an error: ({0}) {1}.\', as the .NET Framework words it). 401/403/404 are refused credentials or a missing package, not this; a test\'s own server on localhost, pytest\'s \'E \' lines and assertions about a status are a failed test","examples":{"positive":[],"negative":[{"log":"d0542","line":4494}],"published":[{"from":"python/cpython Lib/urllib/error.py @ 01bb63cfd45c49e9676f362322f1967c3cae9111 (HTTPError.__str__ \'HTTP Error %s: %s\', as a traceback\'s last line)","text":"urllib.error.HTTPError: HTTP Error 503: Service Unavailable"},{"from":"psf/requests src/requests/models.py:1167 @ 1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e (raise_for_status; status, reason and url filled in)","text":"requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://api.github.com/repos/acme/app/releases/latest"},{"from":"pypa/pip src/pip/_internal/network/utils.py:67 @ 6d309205789d368b2749d93fd6193d584811efd5 (raise_for_status, reported by pip\'s OSError handler; status, reason and url filled in)","text":"ERROR: Could not install packages due to an OSError: 503 Server Error: Service Unavailable for url: https://files.pythonhosted.org/packages/ab/cd/numpy-2.1.0.tar.gz"},{"from":"npm/npm-registry-fetch lib/errors.js:29 @ 844230fcfc5d9c14ec2fc788eb49f465f9ff37dd (HttpErrorBase code `E${res.status}`, printed by npm/cli lib/utils/error-message.js as \'npm ERR! code\')","text":"npm ERR! code E503"},{"from":"npm/npm-registry-fetch lib/errors.js:41 @ 844230fcfc5d9c14ec2fc788eb49f465f9ff37dd (HttpErrorGeneral message; status, statusText, method and spec filled in)","text":"npm error 502 Bad Gateway - GET https://registry.npmjs.org/react"},{"from":"pypa/pip src/pip/_internal/network/download.py:389 @ 6d309205789d368b2749d93fd6193d584811efd5 (logger.critical, printed with pip\'s \'ERROR: \' prefix; status and link filled in)","text":"ERROR: HTTP error 503 while getting https://files.pythonhosted.org/packages/ab/cd/numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl"},{"from":"sindresorhus/got source/core/errors.ts @ df45e99596dbb01b532074713f87d6cadfe3b4c2 (HTTPError, as Yarn 2+ reports it after \'YN0001: │ \'; status filled in)","text":"➤ YN0001: │ HTTPError: Response code 503 (Service Unavailable)"},{"from":"cli/go-gh pkg/api/errors.go @ 9330cac2bbd5929e602172bb6f117ba4ec7abaf5 (HTTPError.Error with a non-JSON body: the message is resp.Status; status and URL filled in)","text":"HTTP 502: 502 Bad Gateway (https://api.github.com/repos/acme/app/pulls?per_page=100)"},{"from":"mono/mono mcs/class/System/System.Net/HttpWebRequest.cs @ 6ad1d32e9eab6cdb0d24bd29c85253c0d4a53148 (CheckFinalStatus\'s WebException message, as Windows PowerShell\'s Invoke-WebRequest reports it; status and description filled in)","text":"Invoke-WebRequest : The remote server returned an error: (503) Server Unavailable."}]}},{"id":"registry-transient-error","type":"network","confidence":"high","pattern":"\\\\bERR_PNPM_FETCH_(?:5\\\\d\\\\d|429|408)\\\\b|\\\\bERR_PNPM_META_FETCH_FAIL\\\\b.* failed, reason: (?:(?:read|connect|write) (?:ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\\\\b|ECONNRESET\\\\b|ETIMEDOUT\\\\b|socket hang up|getaddrinfo (?:ENOTFOUND|EAI_AGAIN) |Client network socket disconnected)|\\\\bYN0001: .*\\\\b(?:RequestError|TimeoutError): (?:(?:read|connect|write) (?:ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\\\\b|getaddrinfo (?:ENOTFOUND|EAI_AGAIN) |Timeout awaiting \'\\\\w+\' for \\\\d+ms)|\\\\bfailed to get successful HTTP response from `[^`]+`(?: \\\\([^)]*\\\\))?, got (?:5\\\\d\\\\d|429)\\\\b|^\\\\s*network failure seems to have happened$|\\\\breading https?://(?!(?:localhost|127\\\\.0\\\\.0\\\\.1)[:/])\\\\S+: (?:5\\\\d\\\\d|429) \\\\w|\\\\bCondaHTTPError: HTTP (?:000|5\\\\d\\\\d|429) .*for url <|^HTTP errors are often intermittent, and a simple retry will get you on your way\\\\.|\\\\bGem::RemoteFetcher::FetchError\\\\b.*\\\\b(?:Net::(?:OpenTimeout|ReadTimeout)|Errno::E(?:CONNRESET|TIMEDOUT|HOSTUNREACH|NETUNREACH)|SocketError|Gem::Timeout::Error)\\\\b|^(?:Net::(?:OpenTimeout|ReadTimeout)|Errno::E(?:CONNRESET|TIMEDOUT|HOSTUNREACH|NETUNREACH)): .*\\\\(https?://\\\\S+\\\\)$|\\\\bCould not download gem from \\\\S+ due to underlying error <(?:Net::(?:OpenTimeout|ReadTimeout)|Errno::E(?:CONNRESET|TIMEDOUT|HOSTUNREACH|NETUNREACH)|SocketError|Gem::Timeout::Error|bad response [\\\\w ]+ (?:5\\\\d\\\\d|429) )|\\\\bCDN: \\\\S+ URL couldn\'t be downloaded: \\\\S+ Response: (?:5\\\\d\\\\d|429)\\\\b|\\\\bCDN: \\\\S+ URL couldn\'t be downloaded: \\\\S+, error: |\\\\bUnable to load the service index for source https://api\\\\.nuget\\\\.org/|\\\\bFile has unexpected size \\\\(\\\\d+ != \\\\d+\\\\)\\\\. Mirror sync in progress\\\\?|\\\\bPremature end of (?:Content-Length delimited message body|chunk coded message body: closing chunk expected)\\\\b|^\\\\s*> (?:Connection reset|Remote host terminated the handshake|Connect timed out|connect timed out|Read timed out)$|^\\\\s*> Connect to (?!localhost[:/ ]|127\\\\.0\\\\.0\\\\.1[:/ ])\\\\S+ \\\\[[^\\\\]]*\\\\] failed: (?:Connect(?:ion)? timed out|connect timed out|Network is unreachable|No route to host)|\\\\bServer returned HTTP response code: (?:5\\\\d\\\\d|429|408) for URL: https?://(?!localhost[:/]|127\\\\.0\\\\.0\\\\.1[:/])|\\\\bHTTP status (?:server error \\\\(5\\\\d\\\\d|client error \\\\((?:429|408))[^)]*\\\\) for url \\\\(https?://(?!localhost[:/]|127\\\\.0\\\\.0\\\\.1[:/])|\\\\bYou have exceeded a secondary rate limit\\\\b|^WARNING: Retrying \\\\(Retry\\\\(total=0, .*\\\\)\\\\) after connection broken by \'(?:NewConnectionError|ConnectTimeoutError|ReadTimeoutError|ProtocolError|RemoteDisconnected)\\\\(|\\\\bFailed to retrieve information about \'[^\']+\' from remote source \'https://api\\\\.nuget\\\\.org/|\\\\bThe HTTP request to \'(?:GET|HEAD) https?://(?!localhost[:/]|127\\\\.0\\\\.0\\\\.1[:/])[^\']+\' has timed out after \\\\d+ms\\\\.|\\\\bThe download of \'[^\']+\' timed out because no data was received for \\\\d+ms\\\\.|\\\\b(?:Resource temporarily unavailable|Connection timed out|Network is unreachable|No route to host) \\\\((?!localhost:|127\\\\.0\\\\.0\\\\.1:)[A-Za-z0-9.-]+\\\\.[A-Za-z]+:\\\\d+\\\\)|\\\\bdownload failed after attempts=(?:[2-9]|\\\\d{2,}): |\\\\bhttp request returned an unsuccessful status code: (?:5\\\\d\\\\d|429)\\\\b|^curl: \\\\((?:6|7|16|18|28|35|52|55|56|92)\\\\) (?!.*\\\\b(?:localhost|127\\\\.0\\\\.0\\\\.1)\\\\b)|\\\\bERR_PNPM_BAD_TARBALL_SIZE\\\\b|\\\\bArtifact download failed after \\\\d+ retries\\\\.|\\\\bCache service responded with (?:5\\\\d\\\\d|429)\\\\b|^(?:Error: )?Request timeout: /\\\\S*$|\\\\bGot socket error trying to find package \\\\S+ at https?://|^(?:5\\\\d\\\\d|429) [\\\\w ]+ trying to find package \\\\S+ at https?://|\\\\bThe \\"https?://(?!localhost[:/]|127\\\\.0\\\\.0\\\\.1[:/])[^\\"]+\\" file could not be downloaded \\\\(HTTP/[\\\\d.]+ (?:5\\\\d\\\\d|429)\\\\b","keywords":["err_pnpm_fetch_","err_pnpm_meta_fetch_fail","yn0001: ","failed to get successful http response","network failure seems to have happened","reading http","condahttperror: ","often intermittent","gem::remotefetcher::fetcherror","net::opentimeout","net::readtimeout","errno::e","could not download gem from","url couldn\'t be downloaded","unable to load the service index","mirror sync in progress","premature end of","> connection reset","> remote host terminated","> connect timed out","> read timed out","> connect to ","server returned http response code","http status server error","http status client error","secondary rate limit","after connection broken by","failed to retrieve information about","has timed out after","no data was received for","resource temporarily unavailable (","connection timed out (","network is unreachable (","no route to host (","download failed after attempts=","unsuccessful status code","curl: (","err_pnpm_bad_tarball_size","artifact download failed after","cache service responded with","request timeout: /","got socket error trying to find package","trying to find package","file could not be downloaded (http/"],"why":"a registry or download client\'s own words for a transfer that failed on the network or a server error (5xx, 408, 429) after its own retries, from each tool\'s source: pnpm/pnpm packages/error/src/index.ts @ 020727f7cc929daf966c29079ae502dfdab8b0a4 (FetchError \'FETCH_${status}\', message \'GET ${url}: ${statusText} - ${status}\'; printed \' ERR_PNPM_FETCH_503  GET …\' by pnpm 10 and \'[ERR_PNPM_FETCH_503] GET …\' by pnpm 11\'s cli/default-reporter/src/reportError.ts @ 36e5ae6ac8d03743442f083680fa3015e4a774b3 formatErrorSummary) and resolving/npm-resolver/src/fetch.ts @ 050253f54ac1caa39a589411984390c6591570d7 (META_FETCH_FAIL \'GET ${uri}: ${error.message}\', node-fetch\'s \'request to <url> failed, reason: <errno>\'; only a network errno, not pnpm\'s own \'Value of \\"this\\" must be of type URLSearchParams\'); sindresorhus/got source/core/timed-out.ts @ 52a1063656d0e617227aa4d9254c80bd11a8c261 (\\"Timeout awaiting \'${event}\' for ${threshold}ms\\") and Node\'s errno texts as Yarn 2+ reports them after \'YN0001: │ \'; rust-lang/cargo src/util/errors.rs @ af373f761aa4e42b093c2e453078fd73c8ce54dd (HttpNotSuccessful \'failed to get successful HTTP response from `{url}` ({ip}), got {code}\', 5xx and 429 only: src/util/network/retry.rs maybe_spurious) and src/sources/git/utils.rs (git2 network classes: \'network failure seems to have happened\'); golang/go src/cmd/go/internal/web/api.go @ 250fccbface5ca3f8e88e054e63ddbdf6edf2ef5 (HTTPError \'reading %s: %v\' with the status, 5xx and 429 only; 404/410 are a missing module); conda/conda conda/exceptions.py @ 0f64223fb8da4328457a69fe6483959dbb783152 (CondaHTTPError \'HTTP {status_code} {reason} for url <{url}>\', \'000 CONNECTION FAILED\' when no response) and conda/gateways/repodata/__init__.py (the help text for a failure that is neither 4xx nor 5xx); rubygems/rubygems lib/rubygems/remote_fetcher.rb @ 69ec4a3a5f1cafa633c569671ed9ef502bbdaf61 (FetchError \'#{e.class}: #{e} (#{uri})\' for timeouts, socket and system-call errors) and bundler/lib/bundler/rubygems_integration.rb (\'Could not download gem from #{uri} due to underlying error <#{e.message}>\'); CocoaPods/Core lib/cocoapods-core/cdn_source.rb @ 0293e913ef5c31ed7b1ed5ee7b6ed6503436f5a8 (\'CDN: #{name} URL couldn\'t be downloaded: #{url} Response: #{status}\' once 502-504 retries ran out, \', error: #{e}\' once connection retries ran out; a 404 is a debug line); NuGet/NuGet.Client src/NuGet.Core/NuGet.Protocol/Strings.resx @ 06903595bc47328222a882be9346660b11a7cc00 (Log_FailedToReadServiceIndex \'Unable to load the service index for source {0}.\' and Log_FailedToRetrievePackage \\"Failed to retrieve information about \'{0}\' from remote source \'{1}\'.\\", only for nuget.org itself: a private feed\'s is its credentials; Http_Timeout \\"The HTTP request to \'{0} {1}\' has timed out after {2}ms.\\" and Error_DownloadTimeout \\"The download of \'{0}\' timed out because no data was received for {1}ms.\\", any feed) and dotnet/runtime src/libraries/System.Net.Http/src/System/Net/Http/SocketsHttpHandler/ConnectHelper.cs @ 523d66aed1cf77ddc4e87bd07370b48ba7b9de6e (CreateWrappedException \'{error.Message} ({host}:{port})\' around the socket\'s error: \'Resource temporarily unavailable\' is a DNS lookup to try again; not a refusal, not the job\'s own machine); Debian/apt apt-pkg/acquire-item.cc @ de4e6f6b78154cf2c4afea4aea74b5bca3fba96f (\'File has unexpected size (%llu != %llu). Mirror sync in progress?\'); apache/httpcomponents-core httpcore/src/main/java/org/apache/http/impl/io/ContentLengthInputStream.java @ ef786ef03d47670290d85f4453ae3a00b320ab9c and ChunkedInputStream.java (ConnectionClosedException \'Premature end of Content-Length delimited message body (expected: %,d; received: %,d)\', \'Premature end of chunk coded message body: closing chunk expected\'), as Maven and Gradle report them; gradle/gradle subprojects/core/src/main/java/org/gradle/internal/buildevents/BuildExceptionReporter.java @ f008deec1aef5d8ebf8dd53b77e317b959c4fbea (each cause on its own \'> \' line under \'Could not GET\'), the JDK\'s socket texts (\'Connection reset\', \'Connect timed out\', \'Read timed out\', SSLHandshakeException \'Remote host terminated the handshake\') and HttpClient\'s HttpHostConnectException (\'Connect to \' + host + \' \' + addresses + \' failed: \'); openjdk/jdk src/java.base/share/classes/sun/net/www/protocol/http/HttpURLConnection.java @ 3e85467bc6f60897aff6eec33e896197f6cfa4a6 (\'Server returned HTTP response code: \' + respCode + \' for URL: \' + url, as mvnw and the Gradle wrapper print it); seanmonstar/reqwest src/error.rs @ d373af0ab2d10dabe90f80da57ce7602408cd7bd (\'HTTP status server error ({status})\' and \' for url ({url})\', as uv and rustup print it); urllib3/urllib3 src/urllib3/connectionpool.py @ 266b347d393a16684f2b5abb87aeb5b13ca4f0b7 (\\"Retrying (%r) after connection broken by \'%r\': %s\\", logged by pip with \'WARNING: \'; only the last retry, Retry(total=0, ...), of a connection, timeout or protocol failure: pip\'s \'No matching distribution found\' after it is that failure, not the package); moby/moby daemon/internal/distribution/pull_v2.go @ b985e2313a8676e18072b442911fc8f64f17d440 (retry\'s \'download failed after attempts=%d\', two or more: a do-not-retry error stops at the first); rust-lang/rustup src/download/mod.rs @ 0878429a3d0868928cb57085332854e183f9fcfe (DownloadError::HttpStatus \'http request returned an unsuccessful status code: {0}\', 5xx and 429 only); curl\'s own error line after its retries (curl/curl src/tool_operate.c \'curl: (%d) %s\' with lib/strerror.c @ 1874348b0314665f7a75ebeb2fdbf07d331894e5; curl.se/docs/manpage.html EXIT CODES: 6 resolve, 7 connect, 16 HTTP/2, 18 partial file, 28 timeout, 35 TLS handshake, 52 empty reply, 55 send, 56 receive, 92 HTTP/2 stream), as Homebrew, install scripts and setup actions print it, not when it names the job\'s own machine (a service\'s readiness check); pnpm\'s BadTarballError (fetching/tarball-fetcher/src/errorTypes/BadTarballError.ts @ 36e5ae6ac8d03743442f083680fa3015e4a774b3, \'BAD_TARBALL_SIZE\': the body ended before its Content-Length, after the fetcher\'s retries); the Actions toolkit\'s clients, actions/toolkit @ 4b9afa4c890de9d1a84c75bb617ee4d96207823a: packages/artifact/src/internal/download/download-artifact.ts (\'Artifact download failed after ${retryCount} retries.\'), packages/cache/src/internal/requestUtils.ts (\'${name} failed: Cache service responded with ${statusCode}\', server errors only reach it), packages/http-client/src/index.ts (\'Request timeout: ${path}\', as actions/setup-* fail on it); Dart\'s pub (dart-lang/pub lib/src/source/hosted.dart @ ec276d10a7fa0f6c6ec005340fb9ad29f3b012d0: \'Got socket error trying to find package $package at $hostedUrl.\', and \'${statusCode} ${reasonPhrase} trying to find package ...\' for a status that is not 404 or an authentication\'s, 5xx and 429 only here); Composer (composer/composer src/Composer/Util/Http/CurlDownloader.php and src/Composer/Util/RemoteFilesystem.php @ eba7baa59eb1b59246cf9800b0120fe78915b6ac: \'The \\"<url>\\" file could not be downloaded (<status line>)\', 5xx and 429 only); GitHub\'s REST API (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api: a secondary rate limit answers 403 or 429 with \'You have exceeded a secondary rate limit\'). A 4xx other than 408/429, and a test\'s own server on localhost, are not this","examples":{"positive":[],"negative":[{"log":"d0192","line":5200},{"log":"d0539","line":380}],"published":[{"from":"pnpm/pnpm packages/error/src/index.ts @ 020727f7cc929daf966c29079ae502dfdab8b0a4 (FetchError code and message, as pnpm\'s reporter prints them; url and status filled in)","text":" ERR_PNPM_FETCH_503  GET https://registry.npmjs.org/typescript: Service Unavailable - 503"},{"from":"pnpm/pnpm resolving/npm-resolver/src/fetch.ts @ 050253f54ac1caa39a589411984390c6591570d7 (META_FETCH_FAIL \'GET ${uri}: ${error.message}\' around node-fetch\'s \'request to ${url} failed, reason: ${err.message}\'; url and address filled in)","text":" ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/typescript: request to https://registry.npmjs.org/typescript failed, reason: connect ETIMEDOUT 104.16.3.35:443"},{"from":"sindresorhus/got source/core/timed-out.ts @ 52a1063656d0e617227aa4d9254c80bd11a8c261 (TimeoutError message, as Yarn 2+ reports a request error after \'YN0001: │ \'; event and threshold filled in)","text":"➤ YN0001: │ RequestError: Timeout awaiting \'request\' for 60000ms"},{"from":"rust-lang/cargo src/util/errors.rs @ af373f761aa4e42b093c2e453078fd73c8ce54dd (HttpNotSuccessful::render; url, ip and code filled in)","text":"  failed to get successful HTTP response from `https://static.crates.io/crates/serde/1.0.193/download` (18.154.0.1), got 503"},{"from":"rust-lang/cargo src/sources/git/utils.rs @ af373f761aa4e42b093c2e453078fd73c8ce54dd (the context cargo adds to a git2 network-class error)","text":"  network failure seems to have happened"},{"from":"golang/go src/cmd/go/internal/web/api.go @ 250fccbface5ca3f8e88e054e63ddbdf6edf2ef5 (HTTPError.Error \'reading %s: %v\', as the go command prints it after the module path; module, url and status filled in)","text":"go: github.com/pkg/errors@v0.9.1: reading https://proxy.golang.org/github.com/pkg/errors/@v/v0.9.1.zip: 500 Internal Server Error"},{"from":"conda/conda conda/exceptions.py @ 0f64223fb8da4328457a69fe6483959dbb783152 (CondaHTTPError with no response: status \'000\', reason \'CONNECTION FAILED\'; url filled in)","text":"CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/repodata.json>"},{"from":"rubygems/rubygems lib/rubygems/remote_fetcher.rb @ 69ec4a3a5f1cafa633c569671ed9ef502bbdaf61 (FetchError \'#{e.class}: #{e}\' with to_s \' (#{uri})\', as Bundler prints the exception\'s class first; host and uri filled in)","text":"Gem::RemoteFetcher::FetchError: Net::OpenTimeout: Failed to open TCP connection to rubygems.org:443 (execution expired) (https://rubygems.org/gems/rake-13.1.0.gem)"},{"from":"CocoaPods/Core lib/cocoapods-core/cdn_source.rb @ 0293e913ef5c31ed7b1ed5ee7b6ed6503436f5a8 (download_retrying_retryable_errors once 502-504 retries ran out; name, url and status filled in)","text":"[!] CDN: trunk URL couldn\'t be downloaded: https://cdn.cocoapods.org/all_pods_versions_a_7_5.txt Response: 503"},{"from":"NuGet/NuGet.Client src/NuGet.Core/NuGet.Protocol/Strings.resx @ 06903595bc47328222a882be9346660b11a7cc00 (Log_FailedToReadServiceIndex, as dotnet restore reports it with its NU1301 code; project path filled in)","text":"/home/runner/work/app/app/App.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json."},{"from":"Debian/apt apt-pkg/acquire-item.cc @ de4e6f6b78154cf2c4afea4aea74b5bca3fba96f (\'File has unexpected size (%llu != %llu). Mirror sync in progress?\' on apt\'s \'E: Failed to fetch\' line; url, sizes and address filled in)","text":"E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/o/openssl/libssl-dev_3.0.2_amd64.deb  File has unexpected size (1234 != 5678). Mirror sync in progress? [IP: 52.252.75.106 80]"},{"from":"apache/httpcomponents-core httpcore/src/main/java/org/apache/http/impl/io/ContentLengthInputStream.java @ ef786ef03d47670290d85f4453ae3a00b320ab9c (ConnectionClosedException, as Gradle prints a cause under \'Could not get resource\'; sizes filled in)","text":"            > Premature end of Content-Length delimited message body (expected: 3,041,591; received: 1,048,576)"},{"from":"gradle/gradle subprojects/core/src/main/java/org/gradle/internal/buildevents/BuildExceptionReporter.java @ f008deec1aef5d8ebf8dd53b77e317b959c4fbea (a cause on its own \'> \' line) with the JDK\'s java.net.SocketException \'Connection reset\'","text":"               > Connection reset"},{"from":"openjdk/jdk src/java.base/share/classes/sun/net/www/protocol/http/HttpURLConnection.java @ 3e85467bc6f60897aff6eec33e896197f6cfa4a6 (getInputStream0\'s IOException, as the Gradle wrapper\'s uncaught exception; code and url filled in)","text":"Exception in thread \\"main\\" java.io.IOException: Server returned HTTP response code: 502 for URL: https://services.gradle.org/distributions/gradle-8.5-bin.zip"},{"from":"seanmonstar/reqwest src/error.rs @ d373af0ab2d10dabe90f80da57ce7602408cd7bd (Kind::Status display and \' for url (...)\', as uv prints a cause; status and url filled in)","text":"  Caused by: HTTP status server error (500 Internal Server Error) for url (https://pypi.org/simple/numpy/)"},{"from":"docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api (a secondary rate limit\'s 403/429 message, as @octokit/request-error reports it; request id filled in)","text":"HttpError: You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678:ABCD."},{"from":"urllib3/urllib3 src/urllib3/connectionpool.py @ 266b347d393a16684f2b5abb87aeb5b13ca4f0b7 (urlopen\'s retry warning, as pip logs it; the Retry repr, error and path filled in)","text":"WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by \'NewConnectionError(\'<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution\')\': /simple/numpy/"},{"from":"dotnet/runtime src/libraries/System.Net.Http/src/System/Net/Http/SocketsHttpHandler/ConnectHelper.cs @ 523d66aed1cf77ddc4e87bd07370b48ba7b9de6e (CreateWrappedException around the socket\'s EAI_AGAIN message, as NuGet prints the inner exception under NU1301; host and port filled in)","text":"  Resource temporarily unavailable (api.nuget.org:443)"},{"from":"moby/moby daemon/internal/distribution/pull_v2.go @ b985e2313a8676e18072b442911fc8f64f17d440 (retry\'s errors.Wrapf, as docker pull reports it; attempts and cause filled in)","text":"error pulling image configuration: download failed after attempts=6: unexpected EOF"},{"from":"rust-lang/rustup src/errors.rs and src/download/mod.rs @ 0878429a3d0868928cb57085332854e183f9fcfe (\'could not download file from \'{url}\' to \'{path}\'\' with its cause DownloadError::HttpStatus; url, path and status filled in)","text":"error: could not download file from \'https://static.rust-lang.org/dist/channel-rust-stable.toml.sha256\' to \'/home/runner/.rustup/tmp/abc_file\': http request returned an unsuccessful status code: 503"},{"from":"curl/curl lib/strerror.c @ 1874348b0314665f7a75ebeb2fdbf07d331894e5 (CURLE_RECV_ERROR \'Failure when receiving data from the peer\', printed by the curl tool as \'curl: (56) ...\'; curl.se/docs/manpage.html EXIT CODES 56)","text":"curl: (56) Failure when receiving data from the peer"},{"from":"actions/toolkit packages/cache/src/internal/requestUtils.ts @ 4b9afa4c890de9d1a84c75bb617ee4d96207823a (retry\'s final error; name and status filled in)","text":"Error: reserveCache failed: Cache service responded with 503"},{"from":"pnpm/pnpm fetching/tarball-fetcher/src/errorTypes/BadTarballError.ts @ 36e5ae6ac8d03743442f083680fa3015e4a774b3 (code and message as pnpm 11\'s reporter prints them; sizes and url filled in)","text":"[ERR_PNPM_BAD_TARBALL_SIZE] Actual size (1048576) of tarball (https://registry.npmjs.org/typescript/-/typescript-5.6.3.tgz) did not match the one specified in \'Content-Length\' header (22876543)"},{"from":"dart-lang/pub lib/src/source/hosted.dart @ ec276d10a7fa0f6c6ec005340fb9ad29f3b012d0 (fail on a SocketException; package and hosted url filled in)","text":"Got socket error trying to find package path at https://pub.dev."},{"from":"composer/composer src/Composer/Util/Http/CurlDownloader.php @ eba7baa59eb1b59246cf9800b0120fe78915b6ac (failResponse\'s TransportException with the response\'s status line; url and status filled in)","text":"The \\"https://repo.packagist.org/p2/symfony/console.json\\" file could not be downloaded (HTTP/2 502 )"}]}},{"id":"jvm-uncaught-network-error","type":"network","confidence":"high","pattern":"^Exception in thread \\"[^\\"]*\\" (?:java\\\\.net\\\\.(?:SocketException: Connection reset$|UnknownHostException|SocketTimeoutException|NoRouteToHostException|http\\\\.HttpConnectTimeoutException)|javax\\\\.net\\\\.ssl\\\\.SSLHandshakeException: Remote host terminated the handshake)\\\\b","keywords":["exception in thread"],"why":"a Java program ended by a network exception nobody caught: the JVM\'s uncaught-exception handler (openjdk/jdk src/java.base/share/classes/java/lang/ThreadGroup.java @ 240349422ecb188d584a13c2c22d66508ce0e2fd, uncaughtException: \'Exception in thread \\"\' + t.getName() + \'\\" \' then the exception), so the program (Gradle\'s wrapper downloading its distribution, a build tool\'s launcher) was not a test catching it. Only the JDK\'s network exception classes (java.net UnknownHostException, SocketTimeoutException, NoRouteToHostException, java.net.http.HttpConnectTimeoutException) and the TLS handshake cut off by the peer; not ConnectException (a local service that is not up) nor an SSLHandshakeException about certificates (a trust store, every time); the JDK\'s \'Connection reset\' (java.net.SocketException, openjdk/jdk src/java.base/share/classes/sun/nio/ch/NioSocketImpl.java) ends a wrapper\'s download the same way","examples":{"positive":[],"negative":[{"log":"d0111","line":470}],"published":[{"from":"openjdk/jdk src/java.base/share/classes/java/lang/ThreadGroup.java @ 240349422ecb188d584a13c2c22d66508ce0e2fd (uncaughtException\'s prefix, thread name \'main\'; the host filled in as java.net.UnknownHostException\'s message)","text":"Exception in thread \\"main\\" java.net.UnknownHostException: services.gradle.org"},{"from":"openjdk/jdk src/java.base/share/classes/java/lang/ThreadGroup.java @ 240349422ecb188d584a13c2c22d66508ce0e2fd (uncaughtException\'s prefix; \'Read timed out\' is the JDK socket\'s own message, sun.nio.ch.NioSocketImpl)","text":"Exception in thread \\"main\\" java.net.SocketTimeoutException: Read timed out"}]}},{"id":"k8s-evicted","type":"resource","confidence":"medium","pattern":"\\\\bThe node was low on resource: [\\\\w.-]+\\\\.|\\\\bPod ephemeral local storage usage exceeds the total limit of containers\\\\b|\\\\bUsage of EmptyDir volume \\"[^\\"]+\\" exceeds the limit\\\\b","keywords":["low on resource:","ephemeral local storage usage exceeds","usage of emptydir volume"],"why":"the kubelet evicted the job\'s pod because the node ran out of memory or disk (status reason Evicted): kubernetes/kubernetes pkg/kubelet/eviction/helpers.go @ de663b934f1fadd966d4136ea515c298f1e7f34a (nodeLowMessageFmt \\"The node was low on resource: %v. \\", podEphemeralStorageMessageFmt \\"Pod ephemeral local storage usage exceeds the total limit of containers %s. \\", emptyDirMessageFmt \\"Usage of EmptyDir volume %q exceeds the limit %q. \\"), as Actions Runner Controller, GitLab\'s Kubernetes executor and Argo print a failed pod\'s message","examples":{"positive":[],"negative":[{"log":"d0855","line":918}],"published":[{"from":"kubernetes/kubernetes pkg/kubelet/eviction/helpers.go @ de663b934f1fadd966d4136ea515c298f1e7f34a (nodeLowMessageFmt, containerMessageFmt)","text":"Message: The node was low on resource: memory. Threshold quantity: 100Mi, available: 51200Ki. Container runner was using 7340032Ki, request is 2Gi, has larger consumption of memory."},{"from":"kubernetes/kubernetes pkg/kubelet/eviction/helpers.go @ de663b934f1fadd966d4136ea515c298f1e7f34a (podEphemeralStorageMessageFmt)","text":"Pod ephemeral local storage usage exceeds the total limit of containers 10Gi."}]}},{"id":"container-killed-137","type":"resource","confidence":"medium","pattern":"\\\\bdid not complete successfully: exit code: 137\\\\b|\\\\breturned a non-zero code: 137\\\\b","keywords":["exit code: 137","non-zero code: 137"],"why":"a Dockerfile RUN step that ended by SIGKILL (128+9), which in a build is the OOM killer: BuildKit moby/buildkit solver/llbsolver/ops/exec.go @ 3423d51cb15579aaee66c038014c595e4bd7dcaa (errors.Wrapf(execErr, \\"process %q did not complete successfully\\", ...) around errdefs.ExitError \'exit code: %d\'), the classic builder moby/moby builder/dockerfile/internals.go @ 29fc64b590badcb1c3f5beff7563ffd31eb58974 (\\"The command \'%s\' returned a non-zero code: %d\\"); the exit status the classifier already reads as the OOM killer (weigh.ts EXIT_TYPES 137), said inside the build\'s own error line","examples":{"positive":[],"negative":[{"log":"d0179","line":664}],"published":[{"from":"moby/buildkit solver/llbsolver/ops/exec.go @ 3423d51cb15579aaee66c038014c595e4bd7dcaa (\\"process %q did not complete successfully\\" + ExitError \\"exit code: %d\\")","text":"ERROR: failed to solve: process \\"/bin/sh -c npm run build\\" did not complete successfully: exit code: 137"},{"from":"moby/moby builder/dockerfile/internals.go @ 29fc64b590badcb1c3f5beff7563ffd31eb58974 (\\"The command \'%s\' returned a non-zero code: %d\\")","text":"The command \'/bin/sh -c cargo build --release\' returned a non-zero code: 137"}]}},{"id":"registry-unexpected-status","type":"network","confidence":"high","pattern":"\\\\breceived unexpected HTTP status: (?:5\\\\d\\\\d|429)\\\\b","keywords":["received unexpected http status"],"why":"a container registry answered a pull or push with a server error or a rate limit: distribution/distribution registry/client/errors.go @ 788598e23f50db1b2f89e780683a7a6a0eadf3d1 (UnexpectedHTTPStatusError: \\"received unexpected HTTP status: %s\\", the response\'s status line), as docker pull and docker compose print it; 401/403/404 are not this","examples":{"positive":[],"negative":[{"log":"d0073","line":19}],"published":[{"from":"distribution/distribution registry/client/errors.go @ 788598e23f50db1b2f89e780683a7a6a0eadf3d1 (UnexpectedHTTPStatusError)","text":"Error response from daemon: received unexpected HTTP status: 500 Internal Server Error"},{"from":"distribution/distribution registry/client/errors.go @ 788598e23f50db1b2f89e780683a7a6a0eadf3d1 (UnexpectedHTTPStatusError)","text":"Get https://registry-1.docker.io/v2/library/node/manifests/20: received unexpected HTTP status: 503 Service Unavailable"}]}},{"id":"registry-blob-not-fetched","type":"network","confidence":"medium","pattern":"could not fetch content descriptor sha256:[0-9a-f]+ \\\\([^)]*\\\\) from remote","keywords":["could not fetch content descriptor"],"why":"a layer or config blob the image\'s manifest names could not be fetched from the registry or its mirror: containerd core/remotes/docker/fetcher.go @ 7df4d96b17817dcc1a84eac6a63b84d59cb00300 (dockerFetcher.Fetch: \\"could not fetch content descriptor %v (%v) from remote: %w\\" with errdefs.ErrNotFound when every host failed) behind httpreadseeker.go @ 44a836c9b5c5bd6303ddf31540b080a4c3af7b71 (\\"httpReadSeeker: failed open: %w\\"), as BuildKit (docker buildx) prints it under \'failed to solve\'; a mirror that does not hold the blob yet answers the next pull (medium: a registry that garbage-collected the blob answers the same)","examples":{"positive":[{"log":"d0753","line":825}],"negative":[{"log":"d0753","line":805}],"published":[{"from":"containerd core/remotes/docker/fetcher.go @ 7df4d96b17817dcc1a84eac6a63b84d59cb00300 (dockerFetcher.Fetch) and httpreadseeker.go @ 44a836c9b5c5bd6303ddf31540b080a4c3af7b71 (httpReadSeeker.reader)","text":"error: failed to solve: failed to copy: httpReadSeeker: failed open: could not fetch content descriptor sha256:4ec52d1c8fcd5a1ab7d7b3a7e3b1d6a1c4c4f2e1a0b9c8d7e6f5a4b3c2d1e0f9 (application/vnd.oci.image.layer.v1.tar+gzip) from remote: not found"}]},"retryable":true},{"id":"lintrunner-linter-failed","type":"quality-gate","confidence":"medium","pattern":"^>>> General linter failure:$|^Error \\\\(\\\\w+\\\\) Linter failed$|Linter failed\\\\. This a bug, please file an issue against","keywords":["general linter failure","linter failed"],"why":"lintrunner could not run one of its linters (the linter exited non-zero or printed no lint JSON), so the lint check it gates failed: suo/lintrunner src/linter.rs @ 47b35e10343d4753fd83f2e236d2207f801a766f (Linter::run: a LintMessage with no path, name \'Linter failed\', description \'Linter failed. This a bug, please file an issue against the linter maintainer.\') as src/render.rs @ 96ea9ec4db973fa99e0d0f9b64de303ed31bb91f prints it (\'>>> General linter failure:\', the summary line \'  {severity} ({code}) {name}\', the description wrapped at 78 columns); in a GitHub annotation the description is the message","examples":{"positive":[{"log":"d0826","line":32},{"log":"d0235","line":5}],"negative":[{"log":"d0235","line":4}],"published":[{"from":"suo/lintrunner src/render.rs @ 96ea9ec4db973fa99e0d0f9b64de303ed31bb91f (render_lint_messages, a message with no path)","text":">>> General linter failure:"},{"from":"suo/lintrunner src/render.rs @ 96ea9ec4db973fa99e0d0f9b64de303ed31bb91f (write_summary_line) and src/linter.rs @ 47b35e10343d4753fd83f2e236d2207f801a766f (name \'Linter failed\')","text":"  Error (FLAKE8) Linter failed"},{"from":"suo/lintrunner src/linter.rs @ 47b35e10343d4753fd83f2e236d2207f801a766f (the description, wrapped at 78 columns by render.rs)","text":"    Linter failed. This a bug, please file an issue against the linter"}]}},{"id":"gitlab-job-timeout","type":"timeout","confidence":"high","structural":true,"pattern":"^ERROR: Job failed: execution took longer than \\\\S+ seconds$","keywords":["job failed: execution took longer than"],"why":"GitLab Runner\'s own verdict that the job hit its time limit, printed once after the job\'s sections: gitlabhq/gitlab-runner common/build.go @ d79f3e7b89abceace75e2425bfe92b84ea059933 (runtimeStateAndError: fmt.Errorf(\\"execution took longer than %v seconds\\", b.GetBuildTimeout()) with a Go duration, failure reason job_execution_timeout; logged by buildLogger.SoftErrorln(\\"Job failed: \\", err), which prefixes \'ERROR: \'). Structural: it follows the script\'s sections, so it names the cause of the job, not of a step","examples":{"positive":[],"negative":[{"log":"d0581","line":353}],"published":[{"from":"gitlabhq/gitlab-runner common/build.go @ d79f3e7b89abceace75e2425bfe92b84ea059933 (\\"Job failed: \\" + \\"execution took longer than %v seconds\\"; common/buildlogger/internal/tee.go SoftErrorln \'ERROR: \')","text":"ERROR: Job failed: execution took longer than 1h0m0s seconds"}]}},{"id":"gitlab-system-failure","type":"infrastructure","confidence":"medium","structural":true,"pattern":"^ERROR: Job failed \\\\(system failure\\\\): \\\\S","keywords":["job failed (system failure)"],"why":"GitLab Runner\'s own verdict that the runner or its executor failed rather than the job\'s script (failure reason runner_system_failure): gitlabhq/gitlab-runner common/build.go @ d79f3e7b89abceace75e2425bfe92b84ea059933 (msg = fmt.Sprint(\\"Job failed (system failure): \\", err) when FailureReason == RunnerSystemFailure, and buildLogger.Errorln(\\"Job failed (system failure):\\", err) for errors that carry no reason), common/network.go (RunnerSystemFailure = \\"runner_system_failure\\"); a script\'s own failure says \'Job failed: exit code 1\'. Structural, as gitlab-job-timeout","examples":{"positive":[],"negative":[{"log":"d0581","line":353}],"published":[{"from":"gitlabhq/gitlab-runner common/build.go @ d79f3e7b89abceace75e2425bfe92b84ea059933 (\\"Job failed (system failure): \\", err)","text":"ERROR: Job failed (system failure): prepare environment: waiting for pod running: timed out waiting for pod to start"}]}},{"id":"pod-deadline-exceeded","type":"timeout","confidence":"high","pattern":"\\\\bPod was active on the node longer than the specified deadline\\\\b|\\\\bStep exceeded its deadline\\\\b","keywords":["longer than the specified deadline","step exceeded its deadline"],"why":"the job\'s pod or workflow step ran past its time limit (activeDeadlineSeconds): the kubelet\'s DeadlineExceeded message, kubernetes/kubernetes pkg/kubelet/active_deadline.go @ 0fe831c3e98b5dc6de63a86eb3822acbf7d3c761 (message = \\"Pod was active on the node longer than the specified deadline\\"), and Argo Workflows\' deadline monitor, argoproj/argo-workflows workflow/executor/executor.go @ d8279a7a58cba679ea1c8c22b80beaf3b6dd30f8 (message = \\"Step exceeded its deadline\\", also the controller\'s node message in workflow/controller/operator.go)","examples":{"positive":[],"negative":[{"log":"d0343","line":32}],"published":[{"from":"kubernetes/kubernetes pkg/kubelet/active_deadline.go @ 0fe831c3e98b5dc6de63a86eb3822acbf7d3c761 (reason DeadlineExceeded, message)","text":"Warning  DeadlineExceeded  43s  kubelet  Pod was active on the node longer than the specified deadline"},{"from":"argoproj/argo-workflows workflow/executor/executor.go @ d8279a7a58cba679ea1c8c22b80beaf3b6dd30f8 (deadline monitor message)","text":"Step exceeded its deadline"}]}},{"id":"gha-action-missing","type":"config","confidence":"high","pattern":"^(?:##\\\\[error\\\\])?(?:Can\'t find \'action\\\\.yml\', \'action\\\\.yaml\' or \'Dockerfile\' (?:under|for action) \'|An action could not be found at the URI \'|Access denied to \'https?://\\\\S+/(?:tarball|zipball)/)","keywords":["\'action.yml\', \'action.yaml\'","action could not be found at the uri","access denied to \'"],"why":"the runner cannot get the action a step uses: no action.yml in a local action\'s folder (checkout forgotten) or in the action\'s repository, a 404 or 403 on the action\'s archive. actions/runner src/Runner.Worker/ActionManager.cs (NotSupportedException/InvalidOperationException `Can\'t find \'action.yml\', \'action.yaml\' or \'Dockerfile\' under \'{fullPath}\'` / `for action \'{reference}\'`, AccessDeniedException `Access denied to \'{downloadUrl}\' ({requestId})`) and ActionNotFoundException.cs (`An action could not be found at the URI \'{actionUri}\' ({requestId})`) @ 258d6c85. Deterministic: the runner itself stops retrying on 404 and 403. Anchored at the line\'s start (after `##[error]`): the runner prints these lines itself, while the same words quoted inside a line (a prompt or commit message echoing an earlier failure) are not its verdict","examples":{"positive":[],"negative":[{"log":"d0091","line":34}],"published":[{"from":"actions/runner src/Runner.Worker/ActionManager.cs @ 258d6c85 (Can\'t find ... under \'{fullPath}\'. Did you forget to run actions/checkout ...)","text":"##[error]Can\'t find \'action.yml\', \'action.yaml\' or \'Dockerfile\' under \'/home/runner/work/app/app/.github/actions/setup\'. Did you forget to run actions/checkout before running your local action?"},{"from":"actions/runner src/Runner.Worker/ActionManager.cs @ 258d6c85 (Can\'t find ... for action \'{reference}\'.)","text":"##[error]Can\'t find \'action.yml\', \'action.yaml\' or \'Dockerfile\' for action \'owner/repo@v1\'."},{"from":"actions/runner src/Runner.Worker/ActionNotFoundException.cs @ 258d6c85 (An action could not be found at the URI \'{actionUri}\' ({requestId}))","text":"##[error]An action could not be found at the URI \'https://api.github.com/repos/owner/repo/tarball/0123456789abcdef\' (D5A2:3B1F:1C2D3E:4F5A6B:6612AB34)"},{"from":"actions/runner src/Runner.Worker/ActionManager.cs @ 258d6c85 (AccessDeniedException: Access denied to \'{downloadUrl}\' ({requestId}))","text":"##[error]Access denied to \'https://api.github.com/repos/owner/private-action/tarball/v1\' (D5A2:3B1F:1C2D3E:4F5A6B:6612AB34)"}]}},{"id":"gha-expression-invalid","type":"config","confidence":"high","pattern":"^(?:##\\\\[error\\\\])?The template is not valid\\\\.|\\\\. Located at position \\\\d+ within expression: ","keywords":["the template is not valid","within expression: "],"why":"a workflow expression the runner evaluates at run time is invalid (an unknown context or function, a wrong property): actions/runner src/Sdk/DTObjectTemplating TemplateException.cs (TemplateNotValidWithErrors `The template is not valid. {0}`), TemplateContext.cs (error prefix `{file} (Line: {0}, Col: {1}):`) and src/Sdk/Expressions/ParseException.cs (`{description}: \'{RawToken}\'. Located at position {TokenIndex + 1} within expression: {Expression}`, descriptions `Unrecognized named-value`, `Unrecognized function`, `Unexpected symbol`...) @ 258d6c85","examples":{"positive":[],"negative":[{"log":"d0544","line":753}],"published":[{"from":"actions/runner src/Sdk/DTObjectTemplating/ObjectTemplating/TemplateException.cs + TemplateContext.cs + src/Sdk/Expressions/ParseException.cs @ 258d6c85","text":"##[error]The template is not valid. .github/workflows/ci.yml (Line: 20, Col: 14): Unrecognized named-value: \'secret\'. Located at position 1 within expression: secret.TOKEN"},{"from":"actions/runner src/Sdk/Expressions/ParseException.cs @ 258d6c85 (Unrecognized function)","text":"##[error]Unrecognized function: \'startswith2\'. Located at position 1 within expression: startswith2(github.ref, \'refs/tags\')"}]}},{"id":"actions-toolkit-config","type":"config","confidence":"high","pattern":"Unable to locate executable file: \\\\S+\\\\. Please verify either the file path exists|Unable to get ACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN) env variable|\\\\bResource not accessible by (?:integration|personal access token)\\\\b","keywords":["unable to locate executable file","actions_id_token_request","resource not accessible by"],"why":"a JavaScript action cannot run as configured: @actions/io which() finds no executable (actions/toolkit packages/io/src/io.ts `Unable to locate executable file: ${tool}. Please verify either the file path exists ...`), an OIDC token asked for without `permissions: id-token: write` (packages/core/src/oidc-utils.ts `Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable`) @ 4b9afa4c, and a GitHub API call the job\'s token has no permission for: the API\'s 403 message `Resource not accessible by integration`, which Octokit makes the error\'s message (octokit/request.js src/fetch-wrapper.ts toErrorMessage @ c64115f; goreleaser.com/errors/resource-not-accessible-by-integration shows it as `403 Resource not accessible by integration`)","examples":{"positive":[],"negative":[{"log":"d0091","line":34}],"published":[{"from":"actions/toolkit packages/io/src/io.ts @ 4b9afa4c (which, check=true, not Windows)","text":"##[error]Unable to locate executable file: pwsh. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable."},{"from":"actions/toolkit packages/core/src/oidc-utils.ts @ 4b9afa4c (getIDTokenUrl)","text":"##[error]Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable"},{"from":"octokit/request.js src/fetch-wrapper.ts @ c64115f (RequestError message = the API\'s message) and goreleaser.com/errors/resource-not-accessible-by-integration","text":"##[error]Unhandled error: HttpError: Resource not accessible by integration"}]}},{"id":"setup-action-cache-file-missing","type":"config","confidence":"high","pattern":"Dependencies (?:lock )?file is not found in \\\\S+\\\\. Supported file patterns?: |^(?:##\\\\[error\\\\])?No file in \\\\S+ matched to \\\\[[^\\\\]]*\\\\], make sure you have checked out the target repository|Some specified paths were not resolved, unable to cache dependencies\\\\.","keywords":["file is not found in","make sure you have checked out the target","unable to cache dependencies"],"why":"a setup-* action\'s `cache:` input names a package manager whose lock file the workspace does not have (often: checkout missing or the file lives in a subfolder without cache-dependency-path): actions/setup-node src/cache-restore.ts @ ae0d4ed0 and actions/setup-dotnet src/cache-restore.ts @ 5e931af6 (`Dependencies lock file is not found in ${workspace}. Supported file patterns: ${lockFiles}`), actions/setup-go src/cache-restore.ts @ fba3fb4e (`Dependencies file is not found in ${workspace}. Supported file pattern: ${dependencyFile}`, `Some specified paths were not resolved, unable to cache dependencies.`), actions/setup-python src/cache-distributions/cache-distributor.ts @ 5fda3b95 (`No file in ${cwd} matched to [${file}], make sure you have checked out the target repository`)","examples":{"positive":[],"negative":[{"log":"d0173","line":42}],"published":[{"from":"actions/setup-node src/cache-restore.ts @ ae0d4ed0 (findLockFile)","text":"##[error]Dependencies lock file is not found in /home/runner/work/app/app. Supported file patterns: package-lock.json,npm-shrinkwrap.json,yarn.lock"},{"from":"actions/setup-go src/cache-restore.ts @ fba3fb4e (findDependencyFile)","text":"##[error]Dependencies file is not found in /home/runner/work/app/app. Supported file pattern: go.sum"},{"from":"actions/setup-python src/cache-distributions/cache-distributor.ts @ 5fda3b95","text":"##[error]No file in /home/runner/work/app/app matched to [**/requirements.txt or **/pyproject.toml], make sure you have checked out the target repository"},{"from":"actions/setup-node src/cache-restore.ts @ ae0d4ed0 (hashFiles of cache-dependency-path empty)","text":"##[error]Some specified paths were not resolved, unable to cache dependencies."}]}},{"id":"setup-action-version-missing","type":"config","confidence":"high","pattern":"Unable to find (?:Node|Go) version \'[^\']*\' for platform \\\\S+ and architecture \\\\S+\\\\.|The requested Go version \\\\S+ is not available for platform |^(?:##\\\\[error\\\\])?The version \'[^\']*\' with architecture \'[^\']*\' was not found for |No matching version found for SemVer \'|Could not find satisfied version for SemVer \'|The \'dotnet-version\' was supplied in invalid format: |^(?:##\\\\[error\\\\])?(?:Unknown|Unavailable) version \\\\S+ for (?:ruby|jruby|truffleruby|truffleruby\\\\+graalvm|mruby) on \\\\S+$|^(?:##\\\\[error\\\\])?Gradle version \\\\S+ does not exist$","keywords":["unable to find node version","unable to find go version","requested go version","was not found for","for semver \'","dotnet-version","unknown version ","unavailable version ","gradle version "],"why":"a setup-* action is asked for a tool version that does not exist for the runner (TAXONOMY: unsupported tool version requested): actions/setup-node src/distributions/base-distribution.ts @ ae0d4ed0 (`Unable to find Node version \'${versionSpec}\' for platform ${osPlat} and architecture ${arch}.`), actions/setup-go src/installer.ts @ fba3fb4e (`Unable to find Go version \'...\'`, `The requested Go version ${versionSpec} is not available for platform ${osPlat}/${arch}.`), actions/setup-python src/find-python.ts @ 5fda3b95 (`The version \'${version}\' with architecture \'${architecture}\' was not found for ${osName} ${osVersion}.`), actions/setup-java src/distributions/base-installer.ts @ 1dbac3c9 (createVersionNotFoundError `No matching version found for SemVer \'${range}\'.`; v3/v4 said `Could not find satisfied version for SemVer \'${range}\'.`), actions/setup-dotnet src/installer.ts @ 5e931af6 (`The \'dotnet-version\' was supplied in invalid format: ...`), ruby/setup-ruby index.js and ruby-builder.js @ 0dafeac9 (`Unknown version ${v} for ${engine} on ${platform}`, `Unavailable version ${v} for ${engine} on ${platform}`); gradle/actions sources/src/execution/provision.ts @ 889dc537 (`Gradle version ${version} does not exist`)","examples":{"positive":[],"negative":[{"log":"d0002","line":424}],"published":[{"from":"actions/setup-node src/distributions/base-distribution.ts @ ae0d4ed0 (findVersionInDist)","text":"##[error]Unable to find Node version \'99\' for platform linux and architecture x64."},{"from":"actions/setup-go src/installer.ts @ fba3fb4e (getGo, dist)","text":"##[error]Unable to find Go version \'1.99\' for platform linux and architecture x64."},{"from":"actions/setup-go src/installer.ts @ fba3fb4e (custom download URL 404)","text":"##[error]The requested Go version 1.99 is not available for platform linux/x64. Download URL returned HTTP 404: https://go.dev/dl/go1.99.linux-amd64.tar.gz"},{"from":"actions/setup-python src/find-python.ts @ 5fda3b95 (useCpythonVersion)","text":"##[error]The version \'3.99\' with architecture \'x64\' was not found for Ubuntu 24.04."},{"from":"actions/setup-java src/distributions/base-installer.ts @ 1dbac3c9 (createVersionNotFoundError)","text":"##[error]No matching version found for SemVer \'99\'."},{"from":"actions/setup-dotnet src/installer.ts @ 5e931af6 (DotnetVersionResolver)","text":"##[error]The \'dotnet-version\' was supplied in invalid format: 99! Supported syntax: A.B.C, A.B, A.B.x, A, A.x, A.B.Cxx, latest"},{"from":"ruby/setup-ruby index.js @ 0dafeac9 (validateRubyEngineAndVersion)","text":"##[error]Unknown version 9.9 for ruby on ubuntu-24.04"},{"from":"ruby/setup-ruby ruby-builder.js @ 0dafeac9 (download 404)","text":"##[error]Unavailable version 3.0.99 for ruby on ubuntu-24.04"},{"from":"gradle/actions sources/src/execution/provision.ts @ 889dc537 (gradleRelease)","text":"##[error]Gradle version 9.99 does not exist"}]}},{"id":"gha-action-input-missing","type":"config","confidence":"high","pattern":"^(?:##\\\\[error\\\\]|Error: )No files were found with the provided path: |^(?:##\\\\[error\\\\]|Error: )(?:Username and password|Username|Password) required$|\'aws-secret-access-key\' must be provided if \'aws-access-key-id\' is provided|Could not assume role with (?:OIDC|web identity token file|user credentials): (?![^\\\\n]*(?:\\\\bE[A-Z_]{4,}\\\\b|socket hang up|timed out|Throttling|Rate exceeded))|Credentials could not be loaded, please check your action inputs(?![^\\\\n]*(?:\\\\bE[A-Z_]{4,}\\\\b|socket hang up|timed out|Throttling|Rate exceeded))","keywords":["no files were found with the provided path","required","aws-secret-access-key","could not assume role with","credentials could not be loaded"],"why":"an action\'s inputs do not hold what the job needs: actions/upload-artifact src/upload/upload-artifact.ts @ bbbca2dd (`No files were found with the provided path: ${searchPath}. No artifacts will be uploaded.`; a failure, through core.setFailed, only with `if-no-files-found: error`: the warn and ignore modes print the same text as a warning or info, hence the error annotation in the pattern), docker/login-action src/docker.ts @ 9f4a8ea5 (`Username and password required`, `Username required`, `Password required`: secrets not set, or not passed to a fork\'s pull request), aws-actions/configure-aws-credentials src/index.ts, src/assumeRole.ts and src/CredentialsClient.ts @ bcd40890 (`\'aws-secret-access-key\' must be provided if ...`, `Could not assume role with OIDC: ...`, `Credentials could not be loaded, please check your action inputs: ...`). The AWS messages are not config when the SDK\'s cause is the network or STS throttling (`connect ETIMEDOUT`, `getaddrinfo ENOTFOUND`, `socket hang up`, `Throttling: Rate exceeded`): those are left to the network rules","examples":{"positive":[{"log":"d0312","line":32}],"negative":[{"log":"d0667","line":1583}],"published":[{"from":"actions/upload-artifact src/upload/upload-artifact.ts @ bbbca2dd (if-no-files-found: error, core.setFailed)","text":"##[error]No files were found with the provided path: dist/. No artifacts will be uploaded."},{"from":"docker/login-action src/docker.ts @ 9f4a8ea5 (loginStandard)","text":"##[error]Username and password required"},{"from":"aws-actions/configure-aws-credentials src/index.ts @ bcd40890","text":"##[error]\'aws-secret-access-key\' must be provided if \'aws-access-key-id\' is provided"},{"from":"aws-actions/configure-aws-credentials src/assumeRole.ts @ bcd40890 (assumeRoleWithOIDC); the STS message as the action\'s README quotes it","text":"##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity"}]}},{"id":"container-image-missing","type":"config","confidence":"high","pattern":"manifest for \\\\S+ not found: manifest unknown|pull access denied for \\\\S+, repository does not exist or may require \'docker login\'|repository \\\\S+ not found: name unknown|pull access denied, repository does not exist or may require authorization|failed to resolve source metadata for \\\\S+: \\\\S+: not found$","keywords":["manifest unknown","pull access denied","resolve source metadata","name unknown"],"why":"the image a job, service or step names does not exist (or is private without a login): the Docker daemon\'s notFoundError, moby/moby daemon/internal/distribution/errors.go @ b985e231 (`manifest for %s not found` / `pull access denied for %s, repository does not exist or may require \'docker login\'` / `repository %s not found`, each wrapping the registry\'s error code: `manifest unknown`, `denied`, `name unknown`), printed by the CLI as `Error response from daemon: ...` (client/request.go). BuildKit (docker build, buildx) resolves through containerd: `failed to resolve source metadata for %s` (moby/buildkit client/llb/sourceresolver/imageresolver.go, vendored in moby @ b985e231) around containerd\'s `%s: not found` (errdefs.ErrNotFound) or `pull access denied, repository does not exist or may require authorization: %w` (containerd core/remotes/docker/resolver.go). Deterministic: a retry pulls the same missing tag","examples":{"positive":[{"log":"d0599","line":38}],"negative":[{"log":"d0014","line":781}],"published":[{"from":"moby/moby daemon/internal/distribution/errors.go @ b985e231 (ErrorCodeManifestUnknown) + client/request.go","text":"docker: Error response from daemon: manifest for python:3.14t not found: manifest unknown: manifest unknown"},{"from":"moby/moby daemon/internal/distribution/errors.go @ b985e231 (ErrorCodeDenied)","text":"Error response from daemon: pull access denied for org/private, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied"},{"from":"moby/buildkit client/llb/sourceresolver/imageresolver.go + containerd core/remotes/docker/resolver.go (errdefs.ErrNotFound), vendored in moby/moby @ b985e231","text":"ERROR: failed to solve: python:3.99: failed to resolve source metadata for docker.io/library/python:3.99: docker.io/library/python:3.99: not found"}]}},{"id":"shell-command-not-found","type":"config","confidence":"medium","pattern":"^\\\\S+: \\\\d+: [^\\\\s:]+: not found$","keywords":["not found"],"why":"the step\'s POSIX sh cannot find the command it was told to run (`shell: sh` on Ubuntu is dash, as are many containers\' /bin/sh): the ash family\'s exec.c, e.g. NetBSD sh exec.c 1.45 shellexec: `exerror(EXEXEC, \\"%s: %s\\", argv[0], errmsg(e, E_EXEC))`, exit status 127 for ENOENT; dash prefixes the shell\'s name and line number. bash\'s `command not found` and cmd\'s `is not recognized as an internal or external command` are config-missing\'s. Medium: a build that runs a command its configuration left unset shows the same line (a CMake `-NOTFOUND` tool)","examples":{"positive":[],"negative":[{"log":"d0039","line":155}],"published":[{"from":"ash-family exec.c (NetBSD sh exec.c 1.45 shellexec: exerror(EXEXEC, \\"%s: %s\\", argv[0], errmsg(e, E_EXEC)), E_EXEC ENOENT = `not found`), dash\'s `arg0: line: ` prefix","text":"/bin/sh: 1: shellcheck: not found"}]}},{"id":"pwsh-command-not-found","type":"config","confidence":"high","pattern":"^(?:\\\\| |\\\\S+ : )?The term \'[^\']+\' is not recognized as (?:a|the) name of a cmdlet, function, script file, or (?:executable|operable) program","keywords":["is not recognized as"],"why":"PowerShell (`shell: pwsh`, the Windows runners\' default, or `shell: powershell`) cannot find the command a step runs: CommandNotFoundException, PowerShell/PowerShell src/System.Management.Automation/resources/DiscoveryExceptions.resx @ f915ade5 (`The term \'{0}\' is not recognized as a name of a cmdlet, function, script file, or executable program.`; Windows PowerShell 5.1 and older 6.x: `... as the name of a cmdlet, function, script file, or operable program.` @ 126ac291), taken as the shell prints it: alone, after ConciseView\'s `| ` or after NormalView\'s `name : `. An exception a test framework prints (`CommandNotFoundException: The term ...`) is the test\'s","examples":{"positive":[],"negative":[{"log":"d0619","line":1833}],"published":[{"from":"PowerShell/PowerShell src/System.Management.Automation/resources/DiscoveryExceptions.resx @ f915ade5 (CommandNotFoundException, ConciseView)","text":"     | The term \'shellcheck\' is not recognized as a name of a cmdlet, function, script file, or executable program."},{"from":"PowerShell/PowerShell src/System.Management.Automation/resources/DiscoveryExceptions.resx @ 126ac291 (Windows PowerShell wording)","text":"shellcheck : The term \'shellcheck\' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again."}]}},{"id":"git-auth-denied","type":"config","confidence":"high","pattern":"fatal: could not read (?:Username|Password) for \'[^\']+\': (?:terminal prompts disabled|No such device or address)|fatal: unable to access \'[^\']*\': The requested URL returned error: 40[13]\\\\b|^fatal: repository \'[^\']+\' not found$","keywords":["could not read username","could not read password","returned error: 401","returned error: 403","fatal: repository \'"],"why":"git over HTTPS without credentials that may do it (no token, a token without `contents: write`, a private repository the job\'s token cannot see): git\'s prompt.c (`could not read %s%s` with the prompt `Username for \'%s\': ` and `terminal prompts disabled` under GIT_TERMINAL_PROMPT=0, git/git @ 05cf8fb7), remote-curl.c (`repository \'%s\' not found`, `unable to access \'%s\': %s` with curl\'s `The requested URL returned error: 403`). Not transient: retrying sends the same credentials","examples":{"positive":[],"negative":[{"log":"d0073","line":21}],"published":[{"from":"git/git prompt.c @ 05cf8fb7 (die \\"could not read %s%s\\", GIT_TERMINAL_PROMPT=0) + credential.c prompt `Username for \'%s\': `","text":"fatal: could not read Username for \'https://github.com\': terminal prompts disabled"},{"from":"git/git remote-curl.c (`unable to access \'%s\': %s`, curl error text for HTTP 403)","text":"fatal: unable to access \'https://github.com/owner/repo/\': The requested URL returned error: 403"},{"from":"git/git remote-curl.c (HTTP_MISSING_TARGET: `repository \'%s\' not found`)","text":"fatal: repository \'https://github.com/owner/private/\' not found"}]}},{"id":"npm-registry-auth","type":"config","confidence":"high","pattern":"^npm (?:ERR!|error) code E(?:401|OTP|AUTHIP)$|^npm (?:ERR!|error) Unable to authenticate, need: ","keywords":["npm err! code e","npm error code e","unable to authenticate, need"],"why":"the registry refused the job\'s npm credentials (no or a wrong token for a private registry or scope: TAXONOMY\'s missing/invalid credentials, not a dependency that cannot be resolved): npm/npm-registry-fetch lib/errors.js @ 32dd8248 (code `E${status}`, HttpErrorAuthUnknown `Unable to authenticate, need: ${www-authenticate}`, HttpErrorAuthOTP code `EOTP`, HttpErrorAuthIPAddress code `EAUTHIP`), printed by npm\'s error display as `npm ERR! code E401` (npm 6-9) or `npm error code E401` (npm 10+)","examples":{"positive":[],"negative":[{"log":"d0033","line":634}],"published":[{"from":"npm/npm-registry-fetch lib/errors.js @ 32dd8248 (HttpErrorBase code `E${res.status}`), npm 10 error display","text":"npm error code E401"},{"from":"npm/npm-registry-fetch lib/errors.js @ 32dd8248 (HttpErrorAuthUnknown), npm 6-9 error display","text":"npm ERR! Unable to authenticate, need: Basic realm=\\"GitHub Package Registry\\""}]}},{"id":"rustup-toolchain-missing","type":"config","confidence":"high","pattern":"^error: (?:no release found for \'[^\']+\'|toolchain \'[^\']+\' is not installable|could not download nonexistent rust version `)","keywords":["no release found for","is not installable","nonexistent rust version"],"why":"a Rust toolchain the job asks for (rust-toolchain.toml, or the `toolchain:` of dtolnay/rust-toolchain or actions-rs/toolchain, which run rustup) does not exist for the host: rust-lang/rustup src/dist/mod.rs @ 0878429a (`no release found for \'{0}\'`, `could not download nonexistent rust version `{toolchain}``) and src/errors.rs (`toolchain \'{0}\' is not installable`), printed `error: ...` as rustup\'s own tests expect (tests/suite/cli_exact.rs, cli_misc.rs)","examples":{"positive":[],"negative":[{"log":"d0039","line":155}],"published":[{"from":"rust-lang/rustup tests/suite/cli_exact.rs @ 0878429a","text":"error: no release found for \'nightly-2016-01-01\'"},{"from":"rust-lang/rustup tests/suite/cli_misc.rs @ 0878429a (HOST_TUPLE filled in)","text":"error: toolchain \'nightly-x86_64-unknown-linux-gnu\' is not installable"}]}},{"id":"gha-runner-command-invalid","type":"config","confidence":"high","pattern":"The `[\\\\w-]+` command is disabled\\\\. Please upgrade to using Environment Files|^(?:##\\\\[error\\\\])?Unable to process (?:file )?command \'[^\']*\' successfully\\\\.|\'using: \\\\S+\' is not supported, use \'docker\'|Container feature is not supported when runner is already running inside container","keywords":["command is disabled","unable to process command","unable to process file command","is not supported, use \'docker\'","container feature is not supported"],"why":"the runner refuses what the workflow or an action asks of it: a workflow command it no longer runs (set-env, add-path) or a malformed one, a malformed GITHUB_ENV/GITHUB_OUTPUT file, an action whose `runs.using` it does not support, a container job on a runner already in a container. actions/runner src/Runner.Worker/ActionCommandManager.cs (`Unable to process command \'{commandInformation}\' successfully.`), src/Runner.Common/Constants.cs (UnsupportedCommandMessageDisabled `The `{0}` command is disabled. Please upgrade to using Environment Files ...`), src/Runner.Worker/FileCommandManager.cs (`Unable to process file command \'{ContextName}\' successfully.`), ActionManifestManager.cs (`\'using: {0}\' is not supported, use \'docker\', \'node12\', ...`), ContainerOperationProvider.cs @ 258d6c85","examples":{"positive":[],"negative":[{"log":"d0173","line":42}],"published":[{"from":"actions/runner src/Runner.Worker/ActionCommandManager.cs @ 258d6c85 (context.Error on a command extension\'s exception)","text":"##[error]Unable to process command \'::set-env name=FOO::bar\' successfully."},{"from":"actions/runner src/Runner.Common/Constants.cs @ 258d6c85 (UnsupportedCommandMessageDisabled)","text":"##[error]The `set-env` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/"},{"from":"actions/runner src/Runner.Worker/FileCommandManager.cs @ 258d6c85","text":"##[error]Unable to process file command \'env\' successfully."},{"from":"actions/runner src/Runner.Worker/ActionManifestManager.cs @ 258d6c85","text":"##[error]\'using: node10\' is not supported, use \'docker\', \'node12\', \'node16\', \'node20\' or \'node24\' instead."}]}},{"id":"pre-commit-hook-failed","type":"quality-gate","confidence":"medium","pattern":"^\\\\S.*[^.]\\\\.{3,}Failed$|^- files were modified by this hook$","keywords":["...failed","- files were modified by this hook"],"why":"pre-commit prints each hook as `name` padded with dots to 79 columns and its status (`Failed` when the hook exited non-zero or changed files), then `- hook id: x`, `- exit code: N`, `- files were modified by this hook` (pre-commit/pre-commit pre_commit/commands/run.py @ a9bba55a: _start_msg, _run_single_hook). The hooks pre-commit runs are mostly linters and formatters","examples":{"positive":[],"negative":[{"log":"d0048","line":488},{"log":"d0262","line":566}],"published":[{"from":"pre-commit/pre-commit pre_commit/commands/run.py @ a9bba55a (_start_msg: name, dots to 80 - 6 - 1 columns, then the status)","text":"flake8...................................................................Failed"},{"from":"pre-commit/pre-commit pre_commit/commands/run.py @ a9bba55a","text":"- files were modified by this hook"}]}},{"id":"ruff-report","type":"quality-gate","confidence":"high","pattern":"^\\\\[\\\\*\\\\] \\\\d+ fixable with the `--fix` option|^No fixes available \\\\(\\\\d+ hidden fix(?:es)? can be enabled with the `--unsafe-fixes` option\\\\)\\\\.$|^Would reformat: \\\\S","keywords":["fixable with the `--fix` option","hidden fix","would reformat: "],"why":"ruff check\'s summary after its violations (`[*] N fixable with the `--fix` option.`, `No fixes available (N hidden fixes ...)`: astral-sh/ruff crates/ruff/src/printer.rs @ fca5c7cf2c) and ruff format --check before 0.16 (`Would reformat: path`: crates/ruff/src/commands/format.rs @ a7cd508290)","examples":{"positive":[],"negative":[{"log":"d0074","line":3242}],"published":[{"from":"astral-sh/ruff crates/ruff/src/printer.rs @ fca5c7cf2c","text":"[*] 1 fixable with the `--fix` option."},{"from":"astral-sh/ruff crates/ruff/src/printer.rs @ fca5c7cf2c","text":"No fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` option)."},{"from":"astral-sh/ruff crates/ruff/src/commands/format.rs @ a7cd508290","text":"Would reformat: src/app/main.py"}]}},{"id":"formatter-would-reformat","type":"quality-gate","confidence":"high","pattern":"^[1-9]\\\\d* files? would be reformatted\\\\b|^unformatted: File would be reformatted$|^Oh no! 💥 💔 💥$","keywords":["would be reformatted","oh no!"],"why":"black --check\'s report (`1 file would be reformatted, 3 files would be left unchanged.`, `Oh no! 💥 💔 💥`: psf/black src/black/report.py, src/black/__init__.py @ 8947c48e) and ruff format --check\'s (`2 files would be reformatted, 1 file already formatted`, `unformatted: File would be reformatted`: astral-sh/ruff crates/ruff/src/commands/format.rs, crates/ruff/tests/cli/format.rs @ fca5c7cf2c)","examples":{"positive":[],"negative":[{"log":"d0033","line":361}],"published":[{"from":"psf/black src/black/report.py @ 8947c48e (Report.__str__)","text":"1 file would be reformatted, 12 files would be left unchanged."},{"from":"psf/black src/black/__init__.py @ 8947c48e","text":"Oh no! 💥 💔 💥"},{"from":"astral-sh/ruff crates/ruff/tests/cli/format.rs @ fca5c7cf2c","text":"2 files would be reformatted, 1 file already formatted"},{"from":"astral-sh/ruff crates/ruff/tests/cli/format.rs @ fca5c7cf2c","text":"unformatted: File would be reformatted"}]}},{"id":"pylint-message","type":"quality-gate","confidence":"high","pattern":"^\\\\S+\\\\.py:\\\\d+:\\\\d+: [CRWEF]\\\\d{4}: .+ \\\\([a-z\\\\d-]+\\\\)$|^Your code has been rated at (?:\\\\d|-\\\\d+)\\\\.\\\\d\\\\d/10","keywords":[".py:","rated at"],"why":"pylint\'s text reporter, `{path}:{line}:{column}: {msg_id}: {msg} ({symbol})` (pylint-dev/pylint pylint/reporters/text.py @ 3a99b2d72), and its score below 10, `Your code has been rated at {note:.2f}/10` (pylint/lint/pylinter.py): 10.00/10 is a clean run","examples":{"positive":[],"negative":[{"log":"d0110","line":505}],"published":[{"from":"pylint-dev/pylint pylint/reporters/text.py @ 3a99b2d72","text":"src/app/main.py:1:0: C0114: Missing module docstring (missing-module-docstring)"},{"from":"pylint-dev/pylint pylint/lint/pylinter.py @ 3a99b2d72","text":"Your code has been rated at 7.50/10 (previous run: 7.50/10, +0.00)"}]}},{"id":"mypy-report","type":"quality-gate","confidence":"high","pattern":"^Found [1-9]\\\\d* errors? in \\\\d+ files? \\\\((?:checked \\\\d+ source files?|errors prevented further checking)\\\\)$|^\\\\S+\\\\.pyi?:\\\\d+(?::\\\\d+)?: error: .+  \\\\[[a-z-]+\\\\]$","keywords":["source file","further checking",".py:",".pyi:"],"why":"mypy\'s summary, `Found N errors in M files (checked K source files)` (python/mypy mypy/util.py @ 8b3e7d8b9f, format_error) and its error lines, `file.py:12: error: message  [code]` (reviewdog/errorformat fmts/testdata/mypy.in @ ce396c6)","examples":{"positive":[],"negative":[{"log":"d0013","line":854}],"published":[{"from":"python/mypy mypy/util.py @ 8b3e7d8b9f (format_error)","text":"Found 2 errors in 1 file (checked 3 source files)"},{"from":"python/mypy mypy/errors.py @ 8b3e7d8b9f (error code after two spaces)","text":"src/app/main.py:12: error: Incompatible return value type (got \\"int\\", expected \\"str\\")  [return-value]"}]}},{"id":"pyright-report","type":"quality-gate","confidence":"high","pattern":"^\\\\s*\\\\S+:\\\\d+:\\\\d+ - error: |^[1-9]\\\\d* errors?, \\\\d+ warnings?, \\\\d+ informations? ?$","keywords":[" - error: ","information"],"why":"pyright\'s CLI, `  file:line:col - error: message (rule)` and `N errors, M warnings, K informations` (microsoft/pyright packages/pyright-internal/src/pyright.ts @ 93a6550b2, logDiagnosticToConsole and the summary); tsc\'s own `file:line:col - error TS1234:` has no colon after error","examples":{"positive":[],"negative":[{"log":"d0074","line":3242},{"log":"d0331","line":1050}],"published":[{"from":"microsoft/pyright packages/pyright-internal/src/pyright.ts @ 93a6550b2 (logDiagnosticToConsole)","text":"  /home/runner/work/app/app/src/main.py:12:8 - error: Import \\"requests\\" could not be resolved (reportMissingImports)"},{"from":"microsoft/pyright packages/pyright-internal/src/pyright.ts @ 93a6550b2","text":"1 error, 0 warnings, 0 informations"}]}},{"id":"commitlint-problem","type":"quality-gate","confidence":"high","pattern":"^✖ {3}\\\\S.* \\\\[[a-z-]+\\\\]$|^✖ {3}found [1-9]\\\\d* problems, \\\\d+ warnings$","keywords":["may not","must","problems, "],"why":"commitlint\'s formatter, `✖   message [rule-name]` per problem and `✖   found N problems, M warnings` (conventional-changelog/commitlint @commitlint/format/src/format.ts @ 1fd1be00); a run with warnings only signs ⚠","examples":{"positive":[],"negative":[{"log":"d0074","line":3241},{"log":"d0063","line":4140}],"published":[{"from":"conventional-changelog/commitlint @commitlint/format/src/format.ts @ 1fd1be00 (and @commitlint/rules subject-empty)","text":"✖   subject may not be empty [subject-empty]"},{"from":"conventional-changelog/commitlint @commitlint/format/src/format.ts @ 1fd1be00","text":"✖   found 2 problems, 0 warnings"}]}},{"id":"rustfmt-diff","type":"quality-gate","confidence":"high","pattern":"^Diff in \\\\S.*(?::\\\\d+:| at line \\\\d+:)$","keywords":["diff in "],"why":"rustfmt --check (cargo fmt --check) heads each misformatted hunk `Diff in path:line:` (rust-lang/rustfmt src/emitter/diff.rs @ 1191d91d8), `Diff in path at line N:` before 7f44a0825 (2024)","examples":{"positive":[],"negative":[{"log":"d0001","line":504}],"published":[{"from":"rust-lang/rustfmt src/emitter/diff.rs @ 1191d91d8","text":"Diff in /home/runner/work/app/app/src/main.rs:12:"},{"from":"rust-lang/rustfmt src/emitter/diff.rs @ 7f44a0825^","text":"Diff in /home/runner/work/app/app/src/main.rs at line 12:"}]}},{"id":"unified-diff","type":"quality-gate","confidence":"high","block":true,"pattern":"^diff --git a/\\\\S+ b/\\\\S+$|^@@ -\\\\d+(?:,\\\\d+)? \\\\+\\\\d+(?:,\\\\d+)? @@","keywords":["diff --git a/","@@ -"],"why":"a step that ends on a unified diff failed a compare: `git diff --exit-code` (exits 1 when there were differences: git/git Documentation/diff-options.adoc) after a generator or formatter ran, or a formatter\'s check mode that prints what it would change (black --check --diff, gofmt -d, clang-format-diff, isort --diff) and exits non-zero: a check that the committed files are what the tools make of them (TAXONOMY tie-break: generated files up to date is quality-gate). The header `diff --git a/x b/x` is git\'s (Documentation/diff-generate-patch.adoc), the hunk header `@@ -l,s +l,s @@` every unified diff\'s (PHPUnit\'s `@@ @@` has no ranges). A diff is plain output anywhere else (a checkout\'s or a patch tool\'s), so only as the failed step\'s last block (block: true)","examples":{"positive":[{"log":"d0496","line":538},{"log":"d0496","line":542},{"log":"d0785","line":544}],"negative":[{"log":"d0496","line":539},{"log":"d0496","line":540},{"log":"d0012","line":648}],"published":[{"from":"git/git t/t4013/diff.diff_--cached @ 1a3e64c6c4a623626ff0687008732a8e007e2a1c (git diff --cached, expected output)","text":"diff --git a/dir/sub b/dir/sub"},{"from":"git/git t/t4013/diff.diff_--cached @ 1a3e64c6c4a623626ff0687008732a8e007e2a1c (git diff --cached, expected output)","text":"@@ -0,0 +1,8 @@"},{"from":"psf/black docs/usage_and_configuration/the_basics.md @ 8947c48ef2077c3a301b03c1e814dc2e3f78436e (black test.py --diff)","text":"@@ -1 +1 @@"}]}},{"id":"clippy-denied","type":"quality-gate","confidence":"high","pattern":"`-D clippy::[\\\\w-]+` implied by `-D warnings`|`#\\\\[deny\\\\(clippy::[\\\\w:]+\\\\)\\\\]` on by default","keywords":["implied by","on by default"],"why":"a clippy lint made an error by `-D warnings` or deny-by-default names itself in rustc\'s lint note (`= note: `-D clippy::x` implied by `-D warnings``, `= note: `#[deny(clippy::absurd_extreme_comparisons)]` on by default`; rust-lang/rust compiler/rustc_middle/src/lint.rs explain_lint_level_source); the `could not compile` after it is cargo reporting the lint","examples":{"positive":[],"negative":[{"log":"d0198","line":22505},{"log":"d0198","line":22491}],"published":[{"from":"rust-lang/rust compiler/rustc_middle/src/lint.rs (explain_lint_level_source: `{flag} {hyphen_case_lint_name}` implied by `{flag} {hyphen_case_flag_val}`)","text":"   = note: `-D clippy::redundant-field-names` implied by `-D warnings`"},{"from":"rust-lang/rust compiler/rustc_middle/src/lint.rs (explain_lint_level_source: `#[{level}({name})]` on by default)","text":"  = note: `#[deny(clippy::absurd_extreme_comparisons)]` on by default"}]}},{"id":"shellcheck-hadolint","type":"quality-gate","confidence":"high","pattern":"^\\\\s*\\\\^(?:--|-*\\\\^) SC\\\\d{4} \\\\((?:error|warning|info|style)\\\\): |^\\\\S+:\\\\d+:\\\\d+: (?:error|warning|note|style): .+ \\\\[SC\\\\d{4}\\\\]$|^\\\\S+:\\\\d+ (?:DL|SC)\\\\d{4} (?:error|warning|info|style): ","keywords":["^-- sc","^ sc","[sc"," dl"," sc"],"why":"shellcheck\'s default tty format, `^-- SC2086 (info): message` under the source line (koalaman/shellcheck src/ShellCheck/Formatter/TTY.hs @ 764802b, cuteIndent), its gcc format `file:3:6: note: message [SC2086]` (Formatter/GCC.hs), and hadolint\'s tty format `Dockerfile:3 DL3008 warning: message` (hadolint/hadolint src/Hadolint/Formatter/TTY.hs @ 8f936c5)","examples":{"positive":[],"negative":[{"log":"d0001","line":508}],"published":[{"from":"koalaman/shellcheck src/ShellCheck/Formatter/TTY.hs @ 764802b (cuteIndent)","text":"     ^-- SC2086 (info): Double quote to prevent globbing and word splitting."},{"from":"koalaman/shellcheck src/ShellCheck/Formatter/TTY.hs @ 764802b (arrow for a range)","text":"  ^----^ SC2154 (warning): var is referenced but not assigned."},{"from":"koalaman/shellcheck src/ShellCheck/Formatter/GCC.hs @ 764802b","text":"scripts/deploy.sh:3:6: note: Double quote to prevent globbing and word splitting. [SC2086]"},{"from":"hadolint/hadolint src/Hadolint/Formatter/TTY.hs @ 8f936c5 (formatCheck)","text":"Dockerfile:3 DL3008 warning: Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`"}]}},{"id":"spelling-typo","type":"quality-gate","confidence":"high","pattern":"^error: `[^`]+` should be `[^`]+`|^\\\\S+:\\\\d+: \\\\S+ ==> \\\\S","keywords":["` should be `"," ==> "],"why":"typos\' report, error: `zeebra` should be `zebra` (reviewdog/errorformat fmts/testdata/typos.in @ ce396c6), and codespell\'s `file:line: wrong ==> right` (codespell-project/codespell codespell_lib/_codespell.py @ b69d26d50)","examples":{"positive":[],"negative":[{"log":"d0103","line":1542}],"published":[{"from":"reviewdog/errorformat fmts/testdata/typos.in @ ce396c6","text":"error: `zeebra` should be `zebra`"},{"from":"codespell-project/codespell codespell_lib/_codespell.py @ b69d26d50","text":"./README.md:12: teh ==> the"}]}},{"id":"detekt-failed","type":"quality-gate","confidence":"high","pattern":"^(?:w: )?Analysis failed with \\\\d+ (?:weighted )?issues\\\\.$","keywords":["analysis failed with"],"why":"detekt\'s failure policy, `Analysis failed with N issues.` (detekt/detekt FailurePolicy @ dbfb842326), `Analysis failed with N weighted issues.` in 1.23 (its docs @ 2a0c092e61)","examples":{"positive":[],"negative":[{"log":"d0054","line":754}],"published":[{"from":"detekt/detekt (FailurePolicyResult.Fail) @ dbfb842326","text":"Analysis failed with 3 issues."},{"from":"detekt/detekt website docs for 1.23.7 @ 2a0c092e61","text":"w: Analysis failed with 1 weighted issues."}]}},{"id":"biome-report","type":"quality-gate","confidence":"high","pattern":"^\\\\W*Some errors were emitted while (?:running checks|running formatter|applying fixes)\\\\.$|^\\\\S+:\\\\d+:\\\\d+ lint/[a-zA-Z]+/\\\\w+\\\\b|^\\\\W*File content differs from formatting output$|^\\\\W*Formatter would have printed the following content:$","keywords":["some errors were emitted while"," lint/","file content differs from formatting output","formatter would have printed"],"why":"Biome\'s CLI (check, ci, lint, format): a diagnostic\'s header `file.js:1:8 lint/group/ruleName`, a formatting difference `× File content differs from formatting output` (older: `Formatter would have printed the following content:`), and the closing `× Some errors were emitted while running checks.` (biomejs/biome crates/biome_cli/src/diagnostics.rs and tests/snapshots/main_commands_ci @ 18883b7daf)","examples":{"positive":[],"negative":[{"log":"d0094","line":277}],"published":[{"from":"biomejs/biome crates/biome_cli/tests/snapshots/main_commands_ci/ci_does_not_enable_assist.snap @ 18883b7daf","text":"file.js:1:8 lint/correctness/noUnusedImports  FIXABLE  ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"},{"from":"biomejs/biome crates/biome_cli/tests/snapshots/main_commands_ci/ci_does_not_enable_assist.snap @ 18883b7daf","text":"  × File content differs from formatting output"},{"from":"biomejs/biome crates/biome_cli/src/diagnostics.rs @ 18883b7daf (check_error)","text":"  × Some errors were emitted while running checks."},{"from":"biomejs/biome crates/biome_cli/src/diagnostics.rs @ 18883b7daf (format_error)","text":"  × Some errors were emitted while running formatter."}]}},{"id":"ktlint-violation","type":"quality-gate","confidence":"high","pattern":"^\\\\S+\\\\.kts?:\\\\d+:\\\\d+: .+ \\\\([a-z][\\\\w-]*:[\\\\w-]+\\\\)$|^Summary error count \\\\(descending\\\\) by rule:$","keywords":[".kt:",".kts:","summary error count"],"why":"ktlint\'s plain reporter, `file.kt:line:col: detail (ruleSet:rule-id)`, and its summary header `Summary error count (descending) by rule:` (pinterest/ktlint ktlint-cli-reporter-plain/src/main/kotlin/com/pinterest/ktlint/cli/reporter/plain/PlainReporter.kt @ 8b3c23803)","examples":{"positive":[],"negative":[{"log":"d0734","line":1963}],"published":[{"from":"pinterest/ktlint ktlint-cli-reporter-plain PlainReporter.kt @ 8b3c23803","text":"src/main/kotlin/App.kt:12:1: Unexpected blank line(s) before \\"}\\" (standard:no-blank-line-before-rbrace)"},{"from":"pinterest/ktlint ktlint-cli-reporter-plain PlainReporter.kt @ 8b3c23803","text":"Summary error count (descending) by rule:"}]}},{"id":"checkstyle-violation","type":"quality-gate","confidence":"high","pattern":"^\\\\[(?:ERROR|WARN)\\\\] \\\\S+\\\\.java:\\\\d+(?::\\\\d+)?: .+ \\\\[[A-Z]\\\\w+\\\\]$|^Checkstyle ends with [1-9]\\\\d* errors?\\\\.$|^\\\\[(?:ERROR|WARNING)\\\\] \\\\S+:\\\\[\\\\d+(?:,\\\\d+)?\\\\] \\\\([\\\\w.]+\\\\) [A-Z]\\\\w*: |You have [1-9]\\\\d* Checkstyle violations?\\\\.","keywords":[".java:","checkstyle ends with","] (","checkstyle violation"],"why":"Checkstyle\'s CLI, `[ERROR] file.java:12:5: message [CheckName]` and `Checkstyle ends with N errors.` (checkstyle/checkstyle AuditEventDefaultFormatter.java, messages.properties @ bf6c7813d02), and maven-checkstyle-plugin\'s check goal, `file:[line,col] (category) RuleName: message` and `You have N Checkstyle violation(s).` (apache/maven-checkstyle-plugin CheckstyleViolationCheckMojo.java @ 5474bad)","examples":{"positive":[],"negative":[{"log":"d0049","line":231},{"log":"d0055","line":543}],"published":[{"from":"checkstyle/checkstyle src/main/java/com/puppycrawl/tools/checkstyle/AuditEventDefaultFormatter.java @ bf6c7813d02","text":"[ERROR] /home/runner/work/app/app/src/main/java/App.java:12:5: Missing a Javadoc comment. [MissingJavadocMethod]"},{"from":"checkstyle/checkstyle src/main/resources/com/puppycrawl/tools/checkstyle/messages.properties @ bf6c7813d02 (Main.errorCounter)","text":"Checkstyle ends with 1 errors."},{"from":"apache/maven-checkstyle-plugin src/main/java/org/apache/maven/plugins/checkstyle/CheckstyleViolationCheckMojo.java @ 5474bad (printViolations)","text":"[ERROR] src/main/java/App.java:[12,5] (javadoc) MissingJavadocMethod: Missing a Javadoc comment."},{"from":"apache/maven-checkstyle-plugin src/main/java/org/apache/maven/plugins/checkstyle/CheckstyleViolationCheckMojo.java @ 5474bad","text":"[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.3.1:check (default-cli) on project app: You have 1 Checkstyle violation. -> [Help 1]"}]}},{"id":"golangci-stats","type":"quality-gate","confidence":"medium","pattern":"^[1-9]\\\\d* issues:$","keywords":["issues:"],"why":"golangci-lint v2 closes a run with its stats, `N issues:` then `* linter: count` (golangci/golangci-lint pkg/commands/run.go @ 6fb5dee38, printStats); a clean run prints `0 issues.`","examples":{"positive":[],"negative":[{"log":"d0052","line":864}],"published":[{"from":"golangci/golangci-lint pkg/commands/run.go @ 6fb5dee38 (printStats)","text":"3 issues:"}]}},{"id":"clang-format-violation","type":"quality-gate","confidence":"high","pattern":"^\\\\S+:\\\\d+:\\\\d+: (?:error|warning): code should be clang-formatted \\\\[-Wclang-format-violations\\\\]$","keywords":["clang-formatted"],"why":"clang-format --dry-run (--Werror makes it an error) reports each replacement as `file:line:col: error: code should be clang-formatted [-Wclang-format-violations]` (llvm/llvm-project clang/tools/clang-format/ClangFormat.cpp @ 91c25a7d, emitReplacementWarnings): the shape of a compiler\'s error, but a format check","examples":{"positive":[],"negative":[{"log":"d0201","line":32}],"published":[{"from":"llvm/llvm-project clang/tools/clang-format/ClangFormat.cpp @ 91c25a7d (emitReplacementWarnings)","text":"src/main.cpp:86:40: error: code should be clang-formatted [-Wclang-format-violations]"}]}},{"id":"dotnet-format-violation","type":"quality-gate","confidence":"high","pattern":"^\\\\S.*\\\\(\\\\d+,\\\\d+\\\\): (?:error|warning) (?:WHITESPACE|IMPORTS|CHARSET|ENDOFLINE|FINALNEWLINE): ","keywords":[" whitespace: "," imports: "," charset: "," endofline: "," finalnewline: "],"why":"dotnet format --verify-no-changes prints MSBuild-shaped issues, `file(line,col): error WHITESPACE: Fix whitespace formatting. ... [project]`, with its own formatters\' ids WHITESPACE, IMPORTS, CHARSET, ENDOFLINE, FINALNEWLINE (dotnet/format src/Logging/MSBuildIssueFormatter.cs, src/Formatters/*.cs, src/Resources.resx @ ad8125a6): the shape of a compiler\'s error, but a format check","examples":{"positive":[],"negative":[{"log":"d0552","line":850}],"published":[{"from":"dotnet/format src/Logging/MSBuildIssueFormatter.cs, src/Formatters/WhitespaceFormatter.cs @ ad8125a6","text":"/home/runner/work/app/app/src/Program.cs(15,2): error WHITESPACE: Fix whitespace formatting. Insert \'\\\\t\'. [/home/runner/work/app/app/src/App.csproj]"},{"from":"dotnet/format src/Formatters/OrganizeImportsFormatter.cs, src/Resources.resx @ ad8125a6","text":"C:\\\\src\\\\App\\\\Program.cs(1,1): error IMPORTS: Fix imports ordering. [C:\\\\src\\\\App\\\\App.csproj]"}]}},{"id":"phpcs-report","type":"quality-gate","confidence":"high","pattern":"^FOUND \\\\d+ ERRORS?(?: AND \\\\d+ WARNINGS?)? AFFECTING \\\\d+ LINES?$","keywords":[" affecting "],"why":"PHP_CodeSniffer\'s full report heads each file `FOUND N ERROR(S) [AND M WARNING(S)] AFFECTING K LINE(S)` (PHPCSStandards/PHP_CodeSniffer src/Reports/Full.php @ 63e23c010)","examples":{"positive":[],"negative":[{"log":"d0559","line":1219}],"published":[{"from":"PHPCSStandards/PHP_CodeSniffer src/Reports/Full.php @ 63e23c010","text":"FOUND 1 ERROR AFFECTING 1 LINE"},{"from":"PHPCSStandards/PHP_CodeSniffer src/Reports/Full.php @ 63e23c010","text":"FOUND 2 ERRORS AND 1 WARNING AFFECTING 3 LINES"}]}},{"id":"pytest-cov-fail-under","type":"quality-gate","confidence":"high","pattern":"^FAIL Required test coverage of [\\\\d.]+% not reached\\\\. Total coverage: [\\\\d.]+%","keywords":["required test coverage"],"why":"pytest-cov with --cov-fail-under: `FAIL Required test coverage of 90% not reached. Total coverage: 85.00%` after the tests passed (pytest-dev/pytest-cov src/pytest_cov/plugin.py @ 57e3fe1); the passing form says `reached` without FAIL","examples":{"positive":[],"negative":[{"log":"d0069","line":496}],"published":[{"from":"pytest-dev/pytest-cov src/pytest_cov/plugin.py @ 57e3fe1","text":"FAIL Required test coverage of 90% not reached. Total coverage: 85.00%"}]}},{"id":"swiftformat-lint","type":"quality-gate","confidence":"high","pattern":"^\\\\S+\\\\.swift:\\\\d+:\\\\d+: (?:error|warning): \\\\(\\\\w+\\\\) \\\\S|^[1-9]\\\\d*/\\\\d+ files require formatting","keywords":[".swift:","require formatting"],"why":"SwiftFormat --lint reports `file.swift:line:1: error: (ruleName) help` and `N/M files require formatting.` (nicklockwood/SwiftFormat Sources/Formatter.swift, Sources/CommandLine.swift @ 561f2253): the shape of a Swift compiler error, but a format check","examples":{"positive":[],"negative":[{"log":"d0602","line":766}],"published":[{"from":"nicklockwood/SwiftFormat Sources/Formatter.swift @ 561f2253","text":"/Users/runner/work/app/Sources/App/View.swift:12:1: error: (indent) Indent code in accordance with the scope level."},{"from":"nicklockwood/SwiftFormat Sources/CommandLine.swift @ 561f2253","text":"3/42 files require formatting."}]}},{"id":"golangci-lint-action","type":"quality-gate","confidence":"high","pattern":"^(?:##\\\\[error\\\\]|Error: )issues found$","keywords":["issues found"],"why":"golangci/golangci-lint-action fails its step with core.setFailed(`issues found`) when golangci-lint exits 1 (golangci/golangci-lint-action src/run.ts @ 3de4be9), shown as `##[error]issues found` in the job log","examples":{"positive":[],"negative":[{"log":"d0465","line":285}],"published":[{"from":"golangci/golangci-lint-action src/run.ts @ 3de4be9 (core.setFailed)","text":"##[error]issues found"}]}},{"id":"markdownlint-cli2-summary","type":"quality-gate","confidence":"medium","pattern":"^Summary: [1-9]\\\\d* issues? in \\\\d+ files?$","keywords":["summary: "],"why":"markdownlint-cli2\'s closing count, `Summary: N issue(s) in M file(s)` (DavidAnson/markdownlint-cli2 markdownlint-cli2.mjs @ 06f92c9)","examples":{"positive":[],"negative":[{"log":"d0005","line":3384}],"published":[{"from":"DavidAnson/markdownlint-cli2 markdownlint-cli2.mjs @ 06f92c9","text":"Summary: 3 issues in 2 files"}]}},{"id":"cspell-issue","type":"quality-gate","confidence":"high","pattern":"^\\\\S+:\\\\d+:\\\\d+ - (?:Unknown|Forbidden) word \\\\(|^CSpell: Files checked: \\\\d+.*, Issues found: [1-9]\\\\d* in \\\\d+ files?","keywords":["unknown word (","forbidden word (","issues found: "],"why":"cspell\'s reporter, `file:row:col - Unknown word (text)`, and its summary `CSpell: Files checked: N, Issues found: M in K files.` (streetsidesoftware/cspell packages/cspell/src/cli-reporter.ts @ 381d783b5c)","examples":{"positive":[],"negative":[{"log":"d0778","line":328}],"published":[{"from":"streetsidesoftware/cspell packages/cspell/src/cli-reporter.ts @ 381d783b5c (templateIssue)","text":"README.md:12:5 - Unknown word (teh)"},{"from":"streetsidesoftware/cspell packages/cspell/src/cli-reporter.ts @ 381d783b5c","text":"CSpell: Files checked: 42, Issues found: 3 in 2 files."}]}},{"id":"flutter-analyze","type":"quality-gate","confidence":"high","pattern":"^\\\\s*(?:error|warning|info) • .+ • \\\\S+\\\\.dart:\\\\d+:\\\\d+ • \\\\w+$|^[1-9]\\\\d* issues? found\\\\.(?: \\\\(\\\\d+ (?:new|fixed)\\\\))?(?: • analyzed \\\\d+ files?)? \\\\(ran in [\\\\d.]+s\\\\)$","keywords":[".dart:","(ran in "],"why":"flutter analyze prints each issue `  error • message • lib/file.dart:3:5 • code` and its summary `N issues found. (ran in 2.3s)` (flutter/flutter packages/flutter_tools/lib/src/dart/analysis.dart @ d59038d5, packages/flutter_tools/lib/src/commands/analyze_base.dart @ cae0438c, generateErrorsMessage); a clean run says `No issues found!`","examples":{"positive":[],"negative":[{"log":"d0465","line":285}],"published":[{"from":"flutter/flutter packages/flutter_tools/lib/src/dart/analysis.dart @ d59038d5 (AnalysisError.toString)","text":"  error • Undefined name \'foo\' • lib/main.dart:3:5 • undefined_identifier"},{"from":"flutter/flutter packages/flutter_tools/lib/src/commands/analyze_base.dart @ cae0438c (generateErrorsMessage)","text":"3 issues found. (ran in 2.3s)"}]}},{"id":"js-install-resolve","type":"dependency","confidence":"high","pattern":"^npm error (?:code (?:ERESOLVE|ETARGET)$|ERESOLVE (?:unable to resolve dependency tree|could not resolve)$|404 Not Found - GET https?://\\\\S+(?: - Not found)?$)|^(?:\\\\S+ )?YN0028: (?:│ )?The lockfile would have been modified by this install, which is explicitly forbidden\\\\.$|^(?:\\\\S+ )?YN0\\\\d{3}: (?:│ )?\\\\S+: No candidates found$|\\\\bERR_PNPM_(?:OUTDATED_LOCKFILE|LOCKFILE_CONFIG_MISMATCH|FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE|NO_MATCHING_VERSION|NO_MATURE_MATCHING_VERSION|NO_MATCHING_VERSION_INSIDE_WORKSPACE|FETCH_404|PEER_DEP_ISSUES)\\\\b","keywords":["npm error code e","npm error eresolve","npm error 404","yn0028:","no candidates found","err_pnpm_"],"why":"an install that cannot resolve or must not change its lockfile, in each client\'s own words: npm/cli @ 780afc50 lib/utils/display.js (npm 10 prints \'<heading> <level> <title>\': \'npm error code ERESOLVE\'), lib/utils/error-message.js (ERESOLVE, E404 summary \'404\' + the message, ETARGET \'notarget\'), workspaces/arborist/lib/arborist/build-ideal-tree.js (\'unable to resolve dependency tree\'), node_modules/npm-registry-fetch/lib/errors.js (\'${status} ${statusText} - ${METHOD} ${uri} - ${body.error}\'; GET only: a PUT 404 is a publish); yarnpkg/berry packages/yarnpkg-core/sources/Project.ts (FROZEN_LOCKFILE_EXCEPTION YN0028 \'The lockfile would have been modified by this install, which is explicitly forbidden.\') and packages/plugin-npm\'s resolver (\'No candidates found\', acceptance test \'release-date@1.1.1\'); pnpm/pnpm @ 36e5ae6a core/error (codes are \'ERR_PNPM_\' + code), installing/deps-installer/src/install/index.ts (OUTDATED_LOCKFILE), resolving/npm-resolver (NO_MATCHING_VERSION), cli/default-reporter/src/reportError.ts (PEER_DEP_ISSUES, FETCH_404; FETCH_401/403 are credentials, left out), v9.9.0 prints the code between thin spaces, pnpm 11 in brackets. npm 6-9\'s \'npm ERR!\' forms are deps-resolve\'s","examples":{"positive":[],"negative":[{"log":"d0033","line":634}],"published":[{"from":"npm/cli lib/utils/display.js + lib/utils/exit-handler.js (log.error(\'code\', err.code)) @ 780afc50","text":"npm error code ERESOLVE"},{"from":"npm/cli lib/utils/error-message.js (summary [\'ERESOLVE\', er.message]) + workspaces/arborist/lib/arborist/build-ideal-tree.js @ 780afc50","text":"npm error ERESOLVE unable to resolve dependency tree"},{"from":"npm/cli lib/utils/error-message.js case \'E404\' + node_modules/npm-registry-fetch/lib/errors.js HttpErrorGeneral @ 780afc50","text":"npm error 404 Not Found - GET https://registry.npmjs.org/not-a-real-pkg-xyz - Not found"},{"from":"yarnpkg/berry packages/yarnpkg-core/sources/Project.ts (MessageName.FROZEN_LOCKFILE_EXCEPTION = YN0028) @ 00dcb343","text":"➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden."},{"from":"yarnpkg/berry packages/yarnpkg-core/sources/Project.ts (yarn 4 prints no group bar) @ 00dcb343","text":"➤ YN0028: The lockfile would have been modified by this install, which is explicitly forbidden."},{"from":"yarnpkg/berry packages/plugin-npm NpmSemverResolver (\'No candidates found\', acceptance-tests npm minimal age test)","text":"➤ YN0082: │ release-date@npm:1.1.1: No candidates found"},{"from":"pnpm/pnpm pkg-manager/core/src/install/index.ts + cli/default-reporter/src/reportError.ts formatErrorSummary (thin spaces) @ v9.9.0","text":" ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \\"frozen-lockfile\\" because pnpm-lock.yaml is not up to date with package.json"},{"from":"pnpm/pnpm pnpm11/installing/deps-installer/src/install/index.ts + pnpm11/cli/default-reporter/src/reportError.ts formatErrorSummary @ 36e5ae6a","text":"[ERR_PNPM_OUTDATED_LOCKFILE] Cannot install with \\"frozen-lockfile\\" because pnpm-lock.yaml is not up to date with <ROOT>/package.json"},{"from":"pnpm/pnpm .changeset/report-missing-versions-and-packages.md (FETCH_404: a package the registry does not have) @ 36e5ae6a","text":" ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/not-a-real-pkg-xyz: Not Found - 404"}]}},{"id":"python-resolve","type":"dependency","confidence":"high","pattern":"^(?:ERROR: )?(?:× )?Failed to build installable wheels for some pyproject\\\\.toml based projects\\\\b|^ERROR: Could not build wheels for .+, which is required to install pyproject\\\\.toml-based projects$|^error: (?:failed-wheel-build-for-install|resolution-too-deep)$|^(?:× )?No solution found when resolving (?:\\\\S+ )?dependencies(?: for .+)?:$|we can conclude that (?:your|the) (?:project\'s )?requirements are unsatisfiable\\\\.$|^error: The lockfile at `uv\\\\.lock` needs to be updated, but `--locked` was provided\\\\.|^pyproject\\\\.toml changed significantly since poetry\\\\.lock was last generated\\\\.|, version solving failed\\\\.$","keywords":["failed to build installable wheels","could not build wheels for","error: failed-wheel-build-for-install","error: resolution-too-deep","no solution found when resolving","we can conclude that","needs to be updated, but `--locked`","changed significantly since poetry.lock","version solving failed"],"why":"Python installers\' own failure messages: pypa/pip @ 6d309205 src/pip/_internal/exceptions/__init__.py (InstallWheelBuildError, reference \'failed-wheel-build-for-install\', printed \'error: <reference>\' then \'× <message>\'; pip 24.0-24.2 printed \'ERROR: Failed to build installable wheels for some pyproject.toml based projects (names)\'; ResolutionTooDeep \'resolution-too-deep\'), pip before d70dc4504 src/pip/_internal/commands/install.py (\'Could not build wheels for {}, which is required to install pyproject.toml-based projects\'); astral-sh/uv @ 26a9dd4b crates/uv-resolver/src/error.rs (\'No solution found when resolving dependencies:\', \'... for {split}:\'), crates/uv/tests snapshots (\'╰─▶ Because ... we can conclude that your requirements are unsatisfiable.\', \'error: The lockfile at `uv.lock` needs to be updated, but `--locked` was provided.\'); python-poetry/poetry @ f4670233 src/poetry/installation/installer.py (\'pyproject.toml changed significantly since poetry.lock was last generated. Run `...` to fix the lock file.\'), src/poetry/mixology/failure.py (\'Because {root}, version solving failed.\', PubGrub\'s wording, also Dart pub\'s)","examples":{"positive":[],"negative":[{"log":"d0704","line":22}],"published":[{"from":"pypa/pip src/pip/_internal/exceptions/__init__.py InstallWheelBuildError (DiagnosticPipError: \'error: \' + reference) @ 6d309205","text":"error: failed-wheel-build-for-install"},{"from":"pypa/pip src/pip/_internal/exceptions/__init__.py InstallWheelBuildError message @ 6d309205","text":"× Failed to build installable wheels for some pyproject.toml based projects"},{"from":"pypa/pip src/pip/_internal/commands/install.py @ d70dc4504^ (pip 22-23)","text":"ERROR: Could not build wheels for pyarrow, which is required to install pyproject.toml-based projects"},{"from":"astral-sh/uv crates/uv-resolver/src/error.rs NoSolutionError Display @ 26a9dd4b","text":"  × No solution found when resolving dependencies:"},{"from":"astral-sh/uv crates/uv/tests snapshot (pubgrub report) @ 26a9dd4b","text":"  ╰─▶ Because iniconfig was not found in the package registry and your project depends on iniconfig, we can conclude that your project\'s requirements are unsatisfiable."},{"from":"astral-sh/uv crates/uv/tests snapshot (uv sync --locked) @ 26a9dd4b","text":"error: The lockfile at `uv.lock` needs to be updated, but `--locked` was provided. To update the lockfile, run `uv lock`."},{"from":"python-poetry/poetry src/poetry/installation/installer.py @ f4670233","text":"pyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock` to fix the lock file."},{"from":"python-poetry/poetry src/poetry/mixology/failure.py (\'Because {root}, version solving failed.\') @ f4670233","text":"Because myapp depends on requests (99.0.0) which doesn\'t match any versions, version solving failed."}]}},{"id":"go-mod-resolve","type":"dependency","confidence":"high","pattern":"^go: updates to go\\\\.mod needed(?:; to update it:|, disabled by -mod=\\\\w+)$|^go: inconsistent vendoring in \\\\S+:$|: no required module provides package \\\\S+; to add it:$","keywords":["updates to go.mod needed","inconsistent vendoring","no required module provides package"],"why":"the go command refusing to build because go.mod does not hold what the code needs: golang/go src/cmd/go/internal/modload/init.go (goModDirtyError: \'updates to go.mod needed; to update it:\\\\n\\\\tgo mod tidy\', before Go 1.16 \', disabled by -mod=readonly\'), modload/vendor.go (\'inconsistent vendoring in %s:\'), modload/import.go (ImportMissingError: \'no required module provides package %s; to add it:\\\\n\\\\tgo get %s\'; the form with a query error (\'%s: %v\') can be a proxy\'s network failure and is left out); cmd/go prints its errors with the \'go: \' prefix or the importing file\'s position","examples":{"positive":[],"negative":[{"log":"d0523","line":607}],"published":[{"from":"golang/go src/cmd/go/internal/modload/init.go goModDirtyError (go1.16+)","text":"go: updates to go.mod needed; to update it:"},{"from":"golang/go src/cmd/go/internal/modload/init.go (go1.15)","text":"go: updates to go.mod needed, disabled by -mod=readonly"},{"from":"golang/go src/cmd/go/internal/modload/vendor.go checkVendorConsistency","text":"go: inconsistent vendoring in /home/runner/work/app/app:"},{"from":"golang/go src/cmd/go/internal/modload/import.go ImportMissingError.Error","text":"main.go:5:2: no required module provides package github.com/example/missing; to add it:"}]}},{"id":"cargo-resolve","type":"dependency","confidence":"high","pattern":"^error: failed to select a version for (?:the requirement )?`|^error: (?:the lock file \\\\S+ needs to be updated but|cannot (?:update|create) the lock file \\\\S+ because) --(?:locked|frozen) was passed to prevent this$|^error: no matching package named `[^`]+` found$","keywords":["failed to select a version","was passed to prevent this","no matching package named"],"why":"cargo\'s resolver and lockfile guard: rust-lang/cargo @ af373f76 src/resolver/errors.rs (\'failed to select a version for `{}`.\', \'failed to select a version for the requirement `{} = \\"{}\\"`\', \'no matching package named `{}` found\'), src/ops/lockfile.rs (\'cannot {update|create} the lock file {} because {--locked} was passed to prevent this\'; before 6c46d6b2d src/cargo/ops/lockfile.rs \'the lock file {} needs to be updated but {} was passed to prevent this\'); anyhow prints the top error as \'error: ...\'","examples":{"positive":[],"negative":[{"log":"d0220","line":137781}],"published":[{"from":"rust-lang/cargo src/resolver/errors.rs activation_error @ af373f76","text":"error: failed to select a version for the requirement `serde = \\"^99\\"`"},{"from":"rust-lang/cargo src/resolver/errors.rs (\'failed to select a version for `{}`.\') @ af373f76","text":"error: failed to select a version for `serde`."},{"from":"rust-lang/cargo src/cargo/ops/lockfile.rs @ 6c46d6b2d^","text":"error: the lock file /home/runner/work/app/app/Cargo.lock needs to be updated but --locked was passed to prevent this"},{"from":"rust-lang/cargo src/ops/lockfile.rs @ af373f76","text":"error: cannot update the lock file /home/runner/work/app/app/Cargo.lock because --locked was passed to prevent this"},{"from":"rust-lang/cargo src/resolver/errors.rs (\'no matching package named `{}` found\') @ af373f76","text":"error: no matching package named `not-a-crate` found"}]}},{"id":"pkg-manager-resolve","type":"dependency","confidence":"high","pattern":"^Your lock file does not contain a compatible set of packages\\\\. Please run composer update\\\\.$|^Could not find compatible versions$|\\\\bCould not solve for environment specs\\\\b|^Error: No available formula with the name \\"[^\\"]+\\"|, but the lockfile can\'t be updated because frozen mode is set(?: \\\\(Bundler::ProductionError\\\\))?$|^You are trying to install in deployment mode after changing your Gemfile\\\\.|^(?:\\\\S+:\\\\d+:in [`\'][^`\']+\': )?Could not find [\\\\w.-]+-\\\\d[\\\\w.-]*(?:, [\\\\w.-]+-\\\\d[\\\\w.-]*)* in (?:locally installed gems|any of the sources)\\\\b|^(?:error: )?Dependencies could not be resolved because\\\\b","keywords":["does not contain a compatible set","could not find compatible versions","could not solve for environment specs","no available formula","frozen mode is set","deployment mode after changing","in locally installed gems","in any of the sources","dependencies could not be resolved because"],"why":"other package managers\' unsatisfiable installs, from their sources: composer/composer @ eba7baa5 src/Composer/Installer.php (\'Your lock file does not contain a compatible set of packages. Please run composer update.\'); rubygems/rubygems @ 69ec4a3a bundler/lib/bundler/vendor/pub_grub/lib/pub_grub/solve_failure.rb (Bundler 2.4+\'s PubGrub: \'Could not find compatible versions\' on its own line, then the explanation); mamba-org/mamba @ 03564bf4 libmamba/src/solver/libsolv/unsolvable.cpp and src/api/utils.cpp (\'Could not solve for environment specs\'); Homebrew/brew @ aad366ff Library/Homebrew/exceptions.rb FormulaUnavailableError (\'No available formula with the name \\"#{name}\\"\', spec test \'No available formula with the name \\"foo\\".\', printed by brew as \'Error: ...\'); Bundler\'s frozen or deployment install whose Gemfile changed: rubygems/rubygems @ 69ec4a3a bundler/lib/bundler/definition.rb lockfile_changes_summary (\'<change reason>, but the lockfile can\'t be updated because frozen mode is set\'), before 07a25767a4 \'You are trying to install in deployment mode after changing your Gemfile.\'; Bundler\'s bundle that is not installed (`bundle exec` or `require \'bundler/setup\'` after an install that did not run or was cached for another Ruby): rubygems/rubygems @ 69ec4a3a bundler/lib/bundler/definition.rb (\'Could not find #{full_names} in #{source}\', Source::Rubygems#to_s \'locally installed gems\'; at a line\'s start, or after the `file:line:in \'method\': ` of Ruby\'s uncaught-exception report, never inside a quoted test expectation) and bundler/lib/bundler/spec_set.rb (\'Could not find #{s.full_name} in any of the sources\'); SwiftPM\'s unsatisfiable graph: swiftlang/swift-package-manager @ c3472e4d Sources/PackageManagerDocs/Documentation.docc/Dependencies/ResolvingDependencyFailures.md (\'error: Dependencies could not be resolved because root depends on ...\')","examples":{"positive":[],"negative":[{"log":"d0606","line":1837}],"published":[{"from":"composer/composer src/Composer/Installer.php @ eba7baa5","text":"Your lock file does not contain a compatible set of packages. Please run composer update."},{"from":"rubygems/rubygems bundler/lib/bundler/vendor/pub_grub/lib/pub_grub/solve_failure.rb @ 69ec4a3a","text":"Could not find compatible versions"},{"from":"mamba-org/mamba libmamba/src/api/utils.cpp (logged at error level by libmamba) @ 03564bf4","text":"error    libmamba Could not solve for environment specs"},{"from":"Homebrew/brew Library/Homebrew/exceptions.rb FormulaUnavailableError + test/exceptions_spec.rb @ aad366ff","text":"Error: No available formula with the name \\"not-a-formula\\"."},{"from":"rubygems/rubygems bundler/lib/bundler/definition.rb lockfile_changes_summary (spec: \'The dependencies in your gemfile changed, but the lockfile can\'t be updated because frozen mode is set\') @ 69ec4a3a","text":"The dependencies in your gemfile changed, but the lockfile can\'t be updated because frozen mode is set"},{"from":"rubygems/rubygems bundler/lib/bundler/definition.rb ensure_equivalent_gemfile_and_lockfile @ 07a25767a4^","text":"You are trying to install in deployment mode after changing your Gemfile. Run `bundle install` elsewhere and add the updated Gemfile.lock to version control."},{"from":"rubygems/rubygems bundler/lib/bundler/definition.rb @ 69ec4a3a (GemNotFound \'Could not find #{full_names} in #{source}\', source \'locally installed gems\' from bundler/lib/bundler/source/rubygems.rb to_s; gem filled in)","text":"Could not find rake-13.1.0 in locally installed gems"},{"from":"rubygems/rubygems bundler/lib/bundler/definition.rb @ 69ec4a3a (two missing specs joined by \', \'; gems filled in)","text":"Could not find nokogiri-1.16.0, pg-1.5.4 in locally installed gems"},{"from":"rubygems/rubygems bundler/lib/bundler/spec_set.rb @ 69ec4a3a (\'Could not find #{s.full_name} in any of the sources\'; gem filled in)","text":"Could not find json-2.7.1 in any of the sources"},{"from":"swiftlang/swift-package-manager Sources/PackageManagerDocs/Documentation.docc/Dependencies/ResolvingDependencyFailures.md @ c3472e4d (documented output)","text":"error: Dependencies could not be resolved because root depends on \'pkgb\' 0.1.0."}]}},{"id":"e2e-test-summary","type":"test","confidence":"high","pattern":"^[1-9]\\\\d* failed$|^(?:[✖×]\\\\s+)?[1-9]\\\\d* of \\\\d+ failed \\\\(\\\\d+%\\\\)","keywords":["failed"],"why":"browser test runners\' run summaries: microsoft/playwright @ d4e1023f packages/playwright/src/reporters/base.ts (the epilogue\'s `  ${unexpected.length} failed` line; flaky and passed counts are other lines); cypress-io/cypress system-tests/__snapshots__/headed_spec.ts.js @ 08058713 (the Run Finished table\'s last line \'✖  1 of 2 failed (50%)   XX:XX ...\')","examples":{"positive":[],"negative":[{"log":"d0582","line":750}],"published":[{"from":"microsoft/playwright packages/playwright/src/reporters/base.ts epilogue @ d4e1023f","text":"  1 failed"},{"from":"cypress-io/cypress system-tests/__snapshots__/headed_spec.ts.js @ 08058713","text":"    ✖  1 of 2 failed (50%)                      00:05        5        4        1        -        -  "}]}},{"id":"ctest-bats-summary","type":"test","confidence":"high","pattern":"^The following tests FAILED:$|^Errors while running CTest$|^\\\\d+ tests?, [1-9]\\\\d* failures?(?:, \\\\d+ (?:skipped|timed out|not run))*(?: in [\\\\d.]+ seconds)?$","keywords":["the following tests failed","errors while running ctest","failure"],"why":"CTest\'s and bats\' failure summaries: Kitware/CMake @ 03676b05 Source/CTest/cmCTestTestHandler.cxx (\'The following tests FAILED:\'), Source/cmCTest.cxx (\'Errors while running CTest\'); bats-core/bats-core @ d22e41fa libexec/bats-core/bats-format-pretty summary() (\'\\\\n%d test\' + \'s\', \', %d failure\' + \'s\', \', %d skipped\', \', %d timed out\'), the same shape as ExUnit\'s summary","examples":{"positive":[{"log":"d0448","line":305}],"negative":[{"log":"d0075","line":262}],"published":[{"from":"Kitware/CMake Source/CTest/cmCTestTestHandler.cxx @ 03676b05","text":"The following tests FAILED:"},{"from":"Kitware/CMake Source/cmCTest.cxx @ 03676b05","text":"Errors while running CTest"},{"from":"bats-core/bats-core libexec/bats-core/bats-format-pretty summary() @ d22e41fa","text":"1 test, 1 failure"},{"from":"bats-core/bats-core libexec/bats-core/bats-format-pretty summary() with skipped @ d22e41fa","text":"12 tests, 2 failures, 1 skipped"}]}},{"id":"js-bundler-error","type":"build","confidence":"medium","pattern":"^ERROR in \\\\S|^webpack \\\\d+\\\\.\\\\d+\\\\.\\\\d+ compiled with [1-9]\\\\d* errors?\\\\b|^[✘X] \\\\[ERROR\\\\] \\\\S|^error during build:$|^\\\\[vite\\\\]: Roll(?:up|down) failed to resolve import ","keywords":["error in ","compiled with","[error] ","error during build","failed to resolve import"],"why":"JavaScript bundlers\' own error headers: webpack/webpack @ bc3e930f lib/stats/DefaultStatsPrinterPlugin.js (\'ERROR in <module> <loc>\', \'webpack <version> compiled with N error(s)\'; test/statsCases/define-plugin-error/__snapshots__/StatsTest.snap); evanw/esbuild @ f6058f83 internal/logger/logger.go (\'✘ [ERROR] ...\', \'X\' on Windows; CHANGELOG-2021.md \'✘ [ERROR] Could not resolve \\"path\\"\'); vitejs/vite @ a98c8d95 packages/vite/src/node/cli.ts (\'error during build:\'), src/node/build.ts (\'[vite]: Rolldown failed to resolve import\', Rollup before Vite 7)","examples":{"positive":[],"negative":[{"log":"d0011","line":86}],"published":[{"from":"webpack/webpack test/statsCases/define-plugin-error/__snapshots__/StatsTest.snap @ bc3e930f","text":"ERROR in ./index.js 1:12"},{"from":"webpack/webpack lib/stats/DefaultStatsPrinterPlugin.js (statusMessage) @ bc3e930f","text":"webpack 5.88.2 compiled with 1 error in 1234 ms"},{"from":"evanw/esbuild CHANGELOG-2021.md + internal/logger/logger.go @ f6058f83","text":"✘ [ERROR] Could not resolve \\"path\\""},{"from":"vitejs/vite packages/vite/src/node/cli.ts @ a98c8d95","text":"error during build:"},{"from":"vitejs/vite packages/vite/src/node/build.ts @ a98c8d95","text":"[vite]: Rolldown failed to resolve import \\"missing\\" from \\"/app/src/main.ts\\"."}]}},{"id":"gradle-compile-failed","type":"build","confidence":"high","pattern":"^\\\\s*(?:> )?Compilation failed; see the compiler (?:error output for details|output below)\\\\.$|^\\\\s*(?:> )?Compilation error\\\\. See log for more details$","keywords":["compilation failed; see","compilation error. see log"],"why":"Gradle\'s compile tasks failing in the compiler\'s words: gradle/gradle org.gradle.api.internal.tasks.compile.CompilationFailedException (COMPILATION_FAILED_DETAILS_ABOVE \'Compilation failed; see the compiler error output for details.\', DETAILS_BELOW \'Compilation failed; see the compiler output below.\'); the Kotlin Gradle plugin\'s CompilationErrorException (JetBrains/kotlin @ 1005d024 libraries/tools/kotlin-gradle-plugin/src/common/kotlin/org/jetbrains/kotlin/gradle/tasks/tasksUtils.kt throwExceptionIfCompilationFailed: \'Compilation error. See log for more details\'), printed under \'* What went wrong:\' as \'> ...\' below TaskExecutionException\'s \\"Execution failed for task \':x:compileJava\'.\\". Not that wrapper line itself: a compile task also fails when its classpath cannot be resolved (\\"> Could not resolve all files for configuration \':app:compileClasspath\'.\\", a dependency failure)","examples":{"positive":[],"negative":[{"log":"d0595","line":745}],"published":[{"from":"gradle/gradle platforms/jvm/language-java .../tasks/compile/CompilationFailedException.java (COMPILATION_FAILED_DETAILS_ABOVE)","text":"> Compilation failed; see the compiler error output for details."},{"from":"JetBrains/kotlin libraries/tools/kotlin-gradle-plugin/src/common/kotlin/org/jetbrains/kotlin/gradle/tasks/tasksUtils.kt @ 1005d024 (CompilationErrorException, printed by Gradle under \'* What went wrong:\' as \'   > ...\')","text":"   > Compilation error. See log for more details"}]}},{"id":"docker-run-failed","type":"build","confidence":"low","pattern":"failed to solve: process \\"[^\\"]*\\" did not complete successfully: exit code: \\\\d+|executor failed running \\\\[[^\\\\]]*\\\\]: exit code: \\\\d+","keywords":["did not complete successfully","executor failed running"],"why":"BuildKit\'s failed RUN instruction: moby/buildkit @ 73ed6825 solver/llbsolver/ops/exec.go (\'process %q did not complete successfully\' wrapping ExitError \'exit code: %d\'; before a27d7c3d8 \'executor failed running %s\'), client (\'failed to solve\'), printed by buildx as \'ERROR: failed to solve: ...\' (newer: \'ERROR: failed to build: failed to solve: ...\'). A wrapper: the RUN\'s own output, when the log shows it, says what failed, so the prior is low","examples":{"positive":[],"negative":[{"log":"d0499","line":844}],"published":[{"from":"moby/buildkit solver/llbsolver/ops/exec.go @ 73ed6825, printed by docker/buildx","text":"ERROR: failed to solve: process \\"/bin/sh -c make\\" did not complete successfully: exit code: 2"},{"from":"moby/buildkit solver/llbsolver/ops/exec.go @ a27d7c3d8^ (executor failed running)","text":"ERROR: failed to solve: executor failed running [/bin/sh -c make]: exit code: 2"}]}},{"id":"bazel-test-failed","type":"test","confidence":"high","pattern":"^(?:@[\\\\w.~+-]*)?//[\\\\w./~+-]*:[\\\\w./~+-]+(?: \\\\(\\\\w+\\\\))? +(?:\\\\((?:cached|\\\\d+/\\\\d+ cached)\\\\) )?FAILED(?: in (?:\\\\d+ out of \\\\d+ in )?[\\\\d.]+s)?$","keywords":["failed"],"why":"Bazel\'s per-target test summary: bazelbuild/bazel @ 00f0abc7 src/main/java/com/google/devtools/build/lib/runtime/TestSummaryPrinter.java print(): the label padded to 78 - message length, a space, \'(cached) \' or \'(n/m cached) \', the status (\'FAILED\'; FLAKY passed on a retry, TIMEOUT is a time limit, NO STATUS and FAILED TO BUILD are not test failures, all left out), then with the default verbose summary \' in 2 out of 3\' attempts and \' in 0.4s\' (timeInSec \'%.1fs\')","examples":{"positive":[],"negative":[{"log":"d0055","line":554}],"published":[{"from":"bazelbuild/bazel src/main/java/com/google/devtools/build/lib/runtime/TestSummaryPrinter.java print() + getTimeSummary() @ 00f0abc7","text":"//src/test:unit_test                                                     FAILED in 0.4s"},{"from":"bazelbuild/bazel src/main/java/com/google/devtools/build/lib/runtime/TestSummaryPrinter.java getAttemptSummary() with --flaky_test_attempts @ 00f0abc7","text":"//src/test:unit_test                                                     FAILED in 3 out of 3 in 1.2s"}]}},{"id":"go-compile-error","type":"build","confidence":"high","pattern":"^(?!.* \\\\((?:typecheck|compile)\\\\)$)\\\\S+\\\\.go:\\\\d+:\\\\d+: (?:undefined: [\\\\w.]+$|declared and not used: \\\\w+$|\\"[^\\"]+\\" imported (?:as \\\\w+ )?and not used$|\\\\S+ undefined \\\\(type .+ has no field or method \\\\w+|cannot use .+ as \\\\S.* value in \\\\w)","keywords":["undefined: ","and not used","undefined (type","cannot use "],"why":"the Go compiler\'s type checker, whose messages carry no \'error\' word: golang/go src/cmd/compile/internal/types2 typexpr.go (UndeclaredName \'undefined: %s\'), stmt.go usage (UnusedVar \'declared and not used: %s\', Go 1.20+), resolver.go unusedImports (UnusedImport \'%q imported and not used\', \'%q imported as %s and not used\'), selector.go (\'%s.%s undefined (%s)\' with \'type %s has no field or method %s\'), assignments.go (\'cannot use %s as %s value in %s[: %s]\'), printed by go build/test/vet as \'file.go:line:col: message\' under \'# package\'. Lines a linter suffixes with \'(typecheck)\' or staticcheck\'s \'(compile)\' are lint output and are left to the lint rules","examples":{"positive":[{"log":"d0643","line":641},{"log":"d0823","line":726}],"negative":[{"log":"d0873","line":710},{"log":"d0638","line":712},{"log":"d0638","line":702}],"published":[{"from":"golang/go src/cmd/compile/internal/types2/typexpr.go (check.errorf(e, UndeclaredName, \\"undefined: %s\\", e.Value))","text":"./main.go:12:2: undefined: foo"},{"from":"golang/go src/cmd/compile/internal/types2/stmt.go usage (check.softErrorf(v, UnusedVar, \\"declared and not used: %s\\", v.name))","text":"pkg/a.go:9:2: declared and not used: x"},{"from":"golang/go src/cmd/compile/internal/types2/resolver.go unusedImports (check.softErrorf(obj, UnusedImport, \\"%q imported and not used\\", path))","text":"pkg/a.go:4:2: \\"fmt\\" imported and not used"},{"from":"golang/go src/cmd/compile/internal/types2/selector.go (MissingFieldOrMethod \'%s.%s undefined (%s)\', why \'type %s has no field or method %s\')","text":"cmd/app/main.go:20:6: s.Fooo undefined (type *Server has no field or method Fooo)"},{"from":"golang/go src/cmd/compile/internal/types2/assignments.go (check.errorf(x, code, \\"cannot use %s as %s value in %s\\", x, T, context))","text":"cmd/app/main.go:12:9: cannot use x (variable of type int) as string value in return statement"}]}},{"id":"erlang-compile-error","type":"build","confidence":"high","pattern":"^\\\\S+\\\\.[eh]rl:\\\\d+(?::\\\\d+)?: (?!Warning: )\\\\S|^compile: warnings being treated as errors$","keywords":[".erl:",".hrl:","warnings being treated as errors"],"why":"the Erlang compiler (erlc, rebar3, erlang.mk), whose errors carry no \'error\' word: erlang/otp lib/compiler/src/compile.erl list_errors prints each error as \'~ts:~w: ~ts\' or \'~ts:~w:~w: ~ts\' (file, line[, column], message) while warnings get a \'Warning: \' prefix (format_message), and with warnings_as_errors comp_ret_ok prints \'~p: warnings being treated as errors\' and reports the warnings as errors, without the prefix; the messages are erl_lint\'s format_error (\'field ~tw undefined in record ~tw\', \'variable ~w is unbound\', \'import ~w:~tw/~w is unused\'). An Elixir stack frame (\'(inets) httpc_handler.erl:1676: ...\') starts with the application, not the file, and is left alone","examples":{"positive":[{"log":"d0614","line":759},{"log":"d0359","line":680},{"log":"d0359","line":679}],"negative":[{"log":"d0035","line":198},{"log":"d0035","line":202}],"published":[{"from":"erlang/otp lib/compiler/src/compile.erl @ 4c38808519de29bcea795d0218209bd5d82fa299 (list_errors: io:fwrite(\\"~ts:~w: ~ts\\\\n\\", [F,Line,Mod:format_error(E)])) with lib/stdlib/src/erl_lint.erl format_error({undefined_field,T,F}) \'field ~tw undefined in record ~tw\'","text":"src/my_server.erl:42: field tags undefined in record state"},{"from":"erlang/otp lib/compiler/src/compile.erl @ 4c38808519de29bcea795d0218209bd5d82fa299 (list_errors with a column: io:fwrite(\\"~ts:~w:~w: ~ts\\\\n\\", [F,Line,Column,Mod:format_error(E)])) with erl_lint.erl format_error({unbound_var,V}) \'variable ~w is unbound\'","text":"src/my_server.erl:57:13: variable \'State\' is unbound"},{"from":"erlang/otp lib/compiler/src/compile.erl @ 4c38808519de29bcea795d0218209bd5d82fa299 (comp_ret_ok: io:format(\\"~p: warnings being treated as errors\\\\n\\", [?MODULE]))","text":"compile: warnings being treated as errors"}]}},{"id":"kotlin-compile-error","type":"build","confidence":"high","pattern":"^e: (?:file://)?\\\\S+\\\\.kts?(?::\\\\d+:\\\\d+:? |: (?:\\\\(\\\\d+, \\\\d+\\\\)|\\\\[\\\\d+, \\\\d+\\\\]): )\\\\S","keywords":[".kt:",".kts:"],"why":"kotlinc\'s errors as Gradle and Maven builds print them: JetBrains/kotlin compiler/cli/cli-common .../cli/common/messages/GradleStyleMessageRenderer.kt (\'e: \' for ERROR and EXCEPTION, \'w: \' for warnings, left out; the location as the file\'s URI then \':line:column \' in Kotlin 1.8+, \'$path: ($line, $column): \' before, \'[line, column]\' in the oldest renderer), the message after it; Gradle\'s Kotlin DSL compiling a build script prints its own \'e: \' lines with \':line:column: \' (gradle/gradle .../kotlin/dsl/support/KotlinCompiler.kt compilerMessageFor @ 0242b53a)","examples":{"positive":[],"negative":[{"log":"d0734","line":1963}],"published":[{"from":"JetBrains/kotlin .../cli/common/messages/GradleStyleMessageRenderer.kt (\\"$prefix: \\", \\"$fileUri\\", \\":$line:$column\\", \' \', message)","text":"e: file:///home/runner/work/app/app/src/main/kotlin/App.kt:3:5 Unresolved reference: foo"},{"from":"JetBrains/kotlin .../cli/common/messages/GradleStyleMessageRenderer.kt, earlier (\\"$path: \\", \\"($line, $column): \\", message)","text":"e: /home/runner/work/app/app/src/main/kotlin/App.kt: (3, 5): Unresolved reference: foo"},{"from":"gradle/gradle platforms/core-configuration/kotlin-dsl/src/main/kotlin/org/gradle/kotlin/dsl/support/KotlinCompiler.kt @ 0242b53a (taggedMsg \'${severity.presentableName[0]}: \' and compilerMessageFor \'${clickableFileUrlFor(path)}:$line:$column: $message\'; path, position and message filled in)","text":"e: file:///home/runner/work/app/app/build.gradle.kts:3:11: Unresolved reference: libs"}]}},{"id":"solc-error","type":"build","confidence":"high","pattern":"^(?:Error: Compiler run failed:$|(?:Error|TypeError|DeclarationError|ParserError|SyntaxError|DocstringParsingError|CodeGenerationError|UnimplementedFeatureError) \\\\(\\\\d{4}\\\\): \\\\S)","keywords":["compiler run failed","error ("],"why":"the Solidity compiler\'s errors as solc and Foundry\'s forge print them: the error type, the error id in parentheses, the message, then \' --> file:line:col:\' (ethereum/solidity liblangutil/SourceReferenceFormatter.cpp, error ids since 0.7.2), under forge\'s \'Error: Compiler run failed:\' (foundry-rs/foundry crates/forge/tests/cli/cmd.rs, the expected stderr of a failed forge build). Warnings (\'Warning (2072): ...\') are left out","examples":{"positive":[],"negative":[{"log":"d0030","line":1034},{"log":"d0033","line":389}],"published":[{"from":"foundry-rs/foundry crates/forge/tests/cli/cmd.rs (the expected stderr of `forge build --force` on a source with a syntax error)","text":"Error: Compiler run failed:"},{"from":"foundry-rs/foundry crates/forge/tests/cli/cmd.rs (the expected stderr of `forge build --force` on a source with a syntax error)","text":"Error (2314): Expected \';\' but got identifier"}]}},{"id":"cli-usage-error","type":"config","confidence":"medium","pattern":"^[\\\\w][\\\\w.-]*: error: (?:unrecognized arguments: \\\\S|the following arguments are required: \\\\S|argument \\\\S+: (?:invalid choice: |expected one argument$|expected at least one argument$|invalid \\\\w+ value: |not allowed with argument )|one of the arguments .+ is required$)","keywords":["unrecognized arguments","arguments are required","invalid choice","expected one argument","expected at least one argument"," value: ","not allowed with argument","one of the arguments"],"why":"a command called with arguments it does not take: Python\'s argparse ends the process with status 2 after \'%(prog)s: error: %(message)s\' (CPython Lib/argparse.py ArgumentParser.error, the messages of parse_known_args, _get_values and _check_value), and pytest\'s own parser prints the same line after \'ERROR: usage: ...\' (pytest src/_pytest/config/argparsing.py MyOptionParser.error, exit status 4): the job calls a tool wrongly, the code was never run","examples":{"positive":[],"negative":[{"log":"d0029","line":523}],"published":[{"from":"CPython Lib/argparse.py (ArgumentParser.error: _(\'%(prog)s: error: %(message)s\\\\n\'); parse_args: _(\'unrecognized arguments: %s\'); prog and arguments filled in)","text":"pytest: error: unrecognized arguments: --timeout=8"},{"from":"CPython Lib/argparse.py (_parse_known_args: _(\'the following arguments are required: %s\'); prog and argument filled in)","text":"manage.py: error: the following arguments are required: command"},{"from":"CPython Lib/argparse.py (_check_value: \'invalid choice: %(value)r (choose from %(choices)s)\' under _(\'argument %(argument_name)s: %(message)s\'); prog, argument and values filled in)","text":"build.py: error: argument --target: invalid choice: \'arm\' (choose from \'x86\', \'x64\')"}]}},{"id":"ci-credentials-missing","type":"config","confidence":"high","pattern":"\\\\bgoogle-github-actions/auth failed with: the GitHub Action workflow must specify exactly one of \\"workload_identity_provider\\" or \\"credentials_json\\"|\\\\bExactly one of \\"workload_identity_provider\\" or \\"credentials_json\\" must be provided|^gh: To use GitHub CLI in (?:a GitHub Actions workflow|automation), set the GH_TOKEN environment variable\\\\b|^Unable to locate credentials\\\\. You can configure credentials by running \\"aws configure\\"\\\\.|\\\\brefusing to allow an? (?:GitHub App|OAuth App|Personal Access Token) to create or update workflow [`\'][^`\']+[`\'] without [`\']workflows?[`\'] (?:permission|scope)|^remote: Permission to \\\\S+ denied to \\\\S+\\\\.$|^error: You must be logged in to the server \\\\(|\\\\bError: No valid credential sources found\\\\b|^\\\\s*File \\"(?:<frozen os>|[^\\"]*/os\\\\.py)\\", line \\\\d+, in __getitem__$","keywords":["workload_identity_provider","set the gh_token environment variable","unable to locate credentials","create or update workflow","denied to ","must be logged in to the server","no valid credential sources found","in __getitem__"],"why":"the job\'s credentials, token permissions or environment are missing (TAXONOMY config: missing/invalid credentials or secrets, permission denied, missing environment variable), in each tool\'s words: google-github-actions/auth src/main.ts (v2: \'google-github-actions/auth failed with: the GitHub Action workflow must specify exactly one of \\"workload_identity_provider\\" or \\"credentials_json\\"! If you are specifying input values via GitHub secrets, ensure the secret is being injected into the environment...\'; later: \'Exactly one of \\"workload_identity_provider\\" or \\"credentials_json\\" must be provided\'); cli/cli pkg/cmd/root/help.go @ 44ee17760709bedf1cad7e452e61751489b81a33 authHelp() (GITHUB_ACTIONS=true: \'gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:\'; CI: \'... in automation, set the GH_TOKEN ...\'; exit 4, internal/ghcmd/cmd.go exitAuth); aws/aws-cli (botocore NoCredentialsError \'Unable to locate credentials\' with the CLI\'s \'You can configure credentials by running \\"aws configure\\".\'); GitHub\'s git server refusing a push its token may not make (\'remote: Permission to <repo>.git denied to <actor>.\', \'[remote rejected] ... (refusing to allow a GitHub App to create or update workflow `<path>` without `workflows` permission)\', docs.github.com \'Automatic token authentication\' / \'Permissions for the GITHUB_TOKEN\'); kubernetes/kubectl pkg/cmd/util/helpers.go @ aa28433402be606927ebc4852190150550d746c5 StandardErrorMessage (a 401 from the API server: \'error: You must be logged in to the server (<reason>)\'); hashicorp/aws-sdk-go-base internal/config/errors.go @ 71dcf8ad2f4d8c9f02407d73a8dc666f79bfb555 (NoValidCredentialSourcesError\'s summary, which Terraform prints as \'│ Error: No valid credential sources found\' for terraform-provider-aws and the S3 backend); python/cpython Lib/os.py (_Environ.__getitem__: raise KeyError(key) from None, the frame Lib/traceback.py prints as \'  File \\"<frozen os>\\", line N, in __getitem__\' since 3.11, \'.../os.py\' before): os.environ[...] of a variable the job did not set. A test\'s own assertion that quotes such text, and a KeyError of any other mapping, are not this","examples":{"positive":[],"negative":[{"log":"d0002","line":424}],"published":[{"from":"google-github-actions/auth src/main.ts (v2 input check, thrown through core.setFailed)","text":"##[error]google-github-actions/auth failed with: the GitHub Action workflow must specify exactly one of \\"workload_identity_provider\\" or \\"credentials_json\\"! If you are specifying input values via GitHub secrets, ensure the secret is being injected into the environment. By default, secrets are not passed to workflows triggered from forks, including Dependabot."},{"from":"cli/cli pkg/cmd/root/help.go @ 44ee17760709bedf1cad7e452e61751489b81a33 authHelp() (GITHUB_ACTIONS=true; printed by pkg/cmd/root/root.go\'s auth check)","text":"gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:"},{"from":"aws/aws-cli (NoCredentialsError as the CLI prints it)","text":"Unable to locate credentials. You can configure credentials by running \\"aws configure\\"."},{"from":"docs.github.com GITHUB_TOKEN permissions: a push the token may not make, as git prints the server\'s message (repository and actor filled in)","text":"remote: Permission to acme/app.git denied to github-actions[bot]."},{"from":"GitHub\'s git server refusing a workflow file change without the workflows permission, as git prints a rejected ref (path filled in)","text":" ! [remote rejected] HEAD -> main (refusing to allow a GitHub App to create or update workflow `.github/workflows/ci.yml` without `workflows` permission)"},{"from":"kubernetes/kubectl pkg/cmd/util/helpers.go @ aa28433402be606927ebc4852190150550d746c5 StandardErrorMessage (StatusReasonUnauthorized: \'error: You must be logged in to the server (%s)\' with the status message; message filled in)","text":"error: You must be logged in to the server (Unauthorized)"},{"from":"hashicorp/aws-sdk-go-base internal/config/errors.go @ 71dcf8ad2f4d8c9f02407d73a8dc666f79bfb555 (NoValidCredentialSourcesError.Summary, the diagnostic terraform-provider-aws returns), as hashicorp/terraform internal/command/format/diagnostic.go @ 04315f57e7622da56ab7512abddea50b59c44b68 prints an error diagnostic (\'│ \' rule, \'Error: \', summary)","text":"│ Error: No valid credential sources found"},{"from":"python/cpython Lib/os.py _Environ.__getitem__ as Lib/traceback.py prints the frame (3.11+, line filled in)","text":"  File \\"<frozen os>\\", line 714, in __getitem__"}]}},{"id":"tool-version-unsupported","type":"config","confidence":"high","pattern":"\\\\bThe engine \\"[^\\"]+\\" is incompatible with this module\\\\. Expected version \\"[^\\"]*\\"\\\\. Got \\"[^\\"]*\\"|^npm (?:ERR!|error) notsup Not compatible with your version of node/npm: |\\\\bERR_PNPM_UNSUPPORTED_ENGINE\\\\b|^(?:##\\\\[error\\\\])?Version \\\\S+ with arch \\\\S+ not found$|\\\\bDetected JDK (?:[Vv]ersion:? \\\\S+(?: \\\\(JAVA_HOME=[^)]*\\\\))?|.+? is version \\\\S+ which) is not in the allowed range |\\\\bUnsupported class file major version \\\\d+","keywords":["is incompatible with this module","not compatible with your version of node","err_pnpm_unsupported_engine"," with arch ","is not in the allowed range","unsupported class file major version"],"why":"the job runs a tool version the project or its build does not support (TAXONOMY config: unsupported tool version requested): yarnpkg/yarn src/reporters/lang/en.js @ 00b8b45f59d7f94187bc25709f29c1b451fd770d (incompatibleEngine \'The engine $0 is incompatible with this module. Expected version $1. Got $2\'); npm/cli lib/utils/error-message.js @ 099c22a403da4a65b234a6a80158fd9d5aaa7e75 (EBADENGINE under engine-strict: \'engine Unsupported engine\', \'engine Not compatible with your version of node/npm: <pkgid>\' and the detail \'notsup Not compatible with your version of node/npm: <pkgid>\'); pnpm/pnpm config/package-is-installable (UnsupportedEngineError \'ERR_PNPM_UNSUPPORTED_ENGINE\'); actions/setup-python src/install-python.ts (v4: \'Version ${version} with arch ${arch} not found\'); apache/maven-enforcer (before 3.2.0 AbstractVersionEnforcer.enforceVersion\'s \'Detected JDK Version: <version> is not in the allowed range <range>.\'; 3.2.0 to 3.5.x RequireJavaVersion.java \'Detected JDK version %s (JAVA_HOME=%s) is not in the allowed range %s.\'; 3.6.0+ \'Detected JDK <JAVA_HOME> is version <version> which is not in the allowed range <range>.\', enforcer-3.6.1 9b9b7055e6e572e7cbf4b6dd4605145167c99374); ASM\'s ClassReader (openjdk/jdk src/java.base/share/classes/jdk/internal/org/objectweb/asm/ClassReader.java: \'Unsupported class file major version \' + version) as Gradle\'s Groovy and JaCoCo print it when the JDK is newer than they read","examples":{"positive":[],"negative":[{"log":"d0002","line":424}],"published":[{"from":"yarnpkg/yarn src/reporters/lang/en.js @ 00b8b45f59d7f94187bc25709f29c1b451fd770d incompatibleEngine, its arguments JSON-quoted by src/reporters/base-reporter.js @ 00d9331198545fab2587056ec9be9c5666bf5bc3 stringifyLangArgs, reported as \'error <name>@<version>: \' by src/package-compatibility.js @ 02b043ef760b4fd49580d47554045af7514c61c6 pushError (engine, range and version filled in)","text":"error vite@5.4.0: The engine \\"node\\" is incompatible with this module. Expected version \\"^18.0.0 || >=20.0.0\\". Got \\"16.20.2\\""},{"from":"npm/cli lib/utils/error-message.js @ 099c22a403da4a65b234a6a80158fd9d5aaa7e75 (EBADENGINE detail [\'notsup\', \'Not compatible with your version of node/npm: \' + er.pkgid], as npm 10 logs it; pkgid filled in)","text":"npm error notsup Not compatible with your version of node/npm: vite@5.4.0"},{"from":"pnpm/pnpm config/package-is-installable src/checkEngine.ts UnsupportedEngineError","text":" ERR_PNPM_UNSUPPORTED_ENGINE  Unsupported environment (bad pnpm and/or Node.js version)"},{"from":"actions/setup-python src/install-python.ts (v4, version and arch filled in)","text":"##[error]Version 3.14 with arch x64 not found"},{"from":"apache/maven-enforcer enforcer-rules/src/main/java/org/apache/maven/enforcer/rules/version/RequireJavaVersion.java @ 9b9b7055e6e572e7cbf4b6dd4605145167c99374 (enforcer-3.6.1, setCustomMessageIfNoneConfigured since 3.6.0, MENFORCER-495; JAVA_HOME and versions filled in)","text":"[ERROR] Detected JDK /usr/lib/jvm/temurin-11-jdk-amd64 is version 11.0.21 which is not in the allowed range [17,)."},{"from":"apache/maven-enforcer enforcer-rules/src/main/java/org/apache/maven/enforcer/rules/version/RequireJavaVersion.java @ 21b31b5029359d9122d15784ce4719216dc6b494 (enforcer-3.5.0, setCustomMessageIfNoneConfigured, 3.2.0 to 3.5.x; versions and JAVA_HOME filled in)","text":"[ERROR] Detected JDK version 11.0.21 (JAVA_HOME=/usr/lib/jvm/temurin-11-jdk-amd64) is not in the allowed range [17,)."},{"from":"apache/maven-enforcer enforcer-rules/src/main/java/org/apache/maven/plugins/enforcer/AbstractVersionEnforcer.java @ 543e46fc654dfc4755bec8f81a0ff96e181cd749 (enforcer-3.1.0, enforceVersion\'s default message, before 3.2.0; versions filled in)","text":"Detected JDK Version: 1.8.0-392 is not in the allowed range [11,)."},{"from":"openjdk/jdk src/java.base/share/classes/jdk/internal/org/objectweb/asm/ClassReader.java (as Groovy reports it in Gradle; version filled in)","text":"> BUG! exception in phase \'semantic analysis\' in source unit \'_BuildScript_\' Unsupported class file major version 65"}]}},{"id":"job-setup-invalid","type":"config","confidence":"high","pattern":"^npm (?:ERR!|error) enoent (?:Could not read package\\\\.json: Error: )?ENOENT: no such file or directory, open \'(?![^\']*/node_modules/)[^\']*package\\\\.json\'|^\\\\S*make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* \\\\[[^\\\\]]+\\\\] Error 127$|\\\\binvalid tag \\"[^\\"]+\\": repository name must be lowercase|^denied: requested access to the resource is denied$","keywords":["enoent: no such file or directory, open","error 127","repository name must be lowercase","requested access to the resource is denied"],"why":"the job runs a command where its configuration says something that is not there (TAXONOMY config: invalid CI configuration, command not found, permission denied): npm/cli lib/utils/error-message.js (ENOENT: \'enoent Could not read package.json: Error: ENOENT: no such file or directory, open <path>/package.json\' in npm 10, \'enoent ENOENT: ... open ...\' before; not under node_modules, which is a broken install); GNU make src/job.c child_error (mirror/make @ c63a5bc6a2881d515bb3020ed477fcba08fb2f3d) (\'*** [<file>:<line>: <target>] Error 127\': the recipe\'s shell could not find its command, POSIX exit 127); docker/buildx build/opt.go @ 461836ba0fcb3e847dab6045a726889faa150bdb with distribution/reference\'s ErrNameContainsUppercase (\'invalid tag \\"<tag>\\": repository name must be lowercase\'); distribution/distribution registry/api/errcode/register.go @ 0c77229bca69a557f2d89e0321ef98f2dfd9aca7 ErrorCodeDenied (\'requested access to the resource is denied\', docker push printing \'denied: ...\' for a repository its login may not push to)","examples":{"positive":[],"negative":[{"log":"d0002","line":424}],"published":[{"from":"npm/cli lib/utils/error-message.js (npm 10, path filled in)","text":"npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open \'/home/runner/work/app/app/package.json\'"},{"from":"npm/cli lib/utils/error-message.js (npm 8, path filled in)","text":"npm ERR! enoent ENOENT: no such file or directory, open \'/home/runner/work/app/app/package.json\'"},{"from":"mirror/make (GNU make\'s git mirror) src/job.c @ c63a5bc6a2881d515bb3020ed477fcba08fb2f3d child_error (\'%s[%s: %s] Error %d%s%s\' with pre \'*** \'), prefixed \'make: \' by src/output.c error() (file, line and target filled in)","text":"make: *** [Makefile:3: test] Error 127"},{"from":"docker/buildx build/opt.go @ 461836ba0fcb3e847dab6045a726889faa150bdb (errors.Wrapf(err, \\"invalid tag %q\\", tag) around distribution/reference reference.go @ 0965666a6ade2e06035fe352e38344be1e68951a Parse\'s ErrNameContainsUppercase; tag filled in)","text":"ERROR: invalid tag \\"ghcr.io/Acme/App:latest\\": repository name must be lowercase"},{"from":"distribution/distribution registry/api/errcode/register.go @ 0c77229bca69a557f2d89e0321ef98f2dfd9aca7 ErrorCodeDenied, through errcode/errors.go @ 0b417f16a7c4ee39978cd23e75e97f344ac36554 Error.Error() (lower-cased code, \': \', message), as docker push prints the registry\'s error","text":"denied: requested access to the resource is denied"}]}}],"success":[{"id":"success-maven","pattern":"^\\\\[INFO\\\\] BUILD SUCCESS$","keywords":["build success"],"examples":{"positive":[{"log":"d0011","line":2600},{"log":"d0015","line":119}],"negative":[{"log":"d0027","line":538}]}},{"id":"success-gradle","pattern":"^BUILD SUCCESSFUL in \\\\d","keywords":["build successful"],"examples":{"positive":[{"log":"d0027","line":538},{"log":"d0104","line":244}],"negative":[{"log":"d0063","line":147}]}},{"id":"success-jenkins","pattern":"^Finished: SUCCESS$","keywords":["finished: success"],"examples":{"positive":[{"log":"d0011","line":2608},{"log":"d0015","line":884}],"negative":[{"log":"d0011","line":2607}]}},{"id":"success-taskcluster","pattern":"^Successful task run with exit code: 0\\\\b","keywords":["successful task run"],"examples":{"positive":[{"log":"d0198","line":169792},{"log":"d0241","line":128284}],"negative":[{"log":"d0080","line":26556}]}}],"stepEnds":[{"id":"travis-command-end","pattern":"^The command \\"(?<cmd>.*)\\" exited with (?<code>\\\\d+)\\\\.$","keywords":["the command \\""],"examples":{"positive":[{"log":"d0001","line":159},{"log":"d0002","line":647}],"negative":[{"log":"d0002","line":575}]}},{"id":"gha-step-failed","pattern":"^##\\\\[error\\\\]Process completed with exit code (?<code>\\\\d+)\\\\.?$","keywords":["process completed with exit code"],"why":"GitHub Actions: the step whose command exited non-zero (the line itself is boilerplate to the rules)","examples":{"positive":[{"log":"d0055","line":555},{"log":"d0098","line":39},{"log":"d0461","line":1993}],"negative":[{"log":"d0138","line":32}]}}],"commands":[{"id":"gha-run","role":"step","pattern":"^##\\\\[group\\\\]Run (?<cmd>.+)$","keywords":["##[group]run "],"why":"GitHub Actions: each run step opens a group with its command","examples":{"positive":[{"log":"d0027","line":42},{"log":"d0098","line":41},{"log":"d0182","line":65}],"negative":[{"log":"d0055","line":548}]}},{"id":"shell-echo","role":"ran","pattern":"^\\\\$ (?<cmd>\\\\S.*)$","keywords":["$ "],"why":"Travis echoes each command as `$ cmd`; yarn v1 echoes a script\'s command the same way","examples":{"positive":[{"log":"d0001","line":112},{"log":"d0002","line":426},{"log":"d0003","line":74}],"negative":[{"log":"d0011","line":29}]}},{"id":"shell-trace","role":"ran","pattern":"^(?!\\\\+\\\\+\\\\+ (?:b/|/dev/null))\\\\+{1,3} (?<cmd>(?:\\\\w+=\\\\S* )*[\\\\w./-]+(?: .*)?)$","keywords":["+ "],"why":"set -x traces in shell scripts; not a unified diff\'s new-file header (\'+++ b/path\', \'+++ /dev/null\' as git diff prints it), which a formatter\'s or pre-commit\'s diff shows and which names a file, not a command run","examples":{"positive":[{"log":"d0011","line":30},{"log":"d0012","line":647},{"log":"d0014","line":967}],"negative":[{"log":"d0005","line":3713},{"log":"d0078","line":7079}]}},{"id":"npm-script","role":"ran","pattern":"^> (?:@[\\\\w.-]+/)?[\\\\w.-]+@\\\\S+ (?<cmd>[\\\\w:.-]+)(?: \\\\S+)?$","keywords":["> "],"why":"npm/pnpm echo `> pkg@1.0.0 script /path` before running a package script: the script\'s name","examples":{"positive":[{"log":"d0002","line":522},{"log":"d0026","line":443},{"log":"d0033","line":210}],"negative":[{"log":"d0001","line":128}]},"names":true},{"id":"npm-script-command","role":"ran","pattern":"^> (?!Task :|(?:@[\\\\w.-]+/)?[\\\\w.-]+@\\\\S+ )(?<cmd>[\\\\w./-]+(?: .*)?)$","keywords":["> "],"why":"the line after npm\'s script header is the command the script runs (`npm test` is often only a linter)","examples":{"positive":[{"log":"d0002","line":523},{"log":"d0005","line":7996},{"log":"d0006","line":3150}],"negative":[{"log":"d0001","line":128}]}},{"id":"npm-err-script","role":"failed","pattern":"^npm ERR! (?:@[\\\\w.-]+/)?[\\\\w.-]+@\\\\S+ (?<cmd>[\\\\w:.-]+): `","keywords":["npm err! "],"why":"npm names the package script that exited non-zero","examples":{"positive":[{"log":"d0033","line":636}],"negative":[{"log":"d0033","line":633}]},"names":true},{"id":"gradle-task","role":"failed","pattern":"^> Task (?<cmd>:\\\\S+) FAILED$","keywords":["> task :"],"why":"Gradle names the task that failed","examples":{"positive":[{"log":"d0055","line":542}],"negative":[{"log":"d0027","line":451}]},"names":true},{"id":"maven-goal","role":"failed","pattern":"Failed to execute goal (?<cmd>[\\\\w.-]+:[\\\\w.-]+)","keywords":["failed to execute goal"],"why":"Maven names the plugin whose goal failed (surefire: tests, compiler: build, checkstyle: lint)","examples":{"positive":[{"log":"d0042","line":1402},{"log":"d0049","line":303},{"log":"d0060","line":3187}],"negative":[{"log":"d0226","line":64}]},"names":true},{"id":"buildkit-run","role":"failed","pattern":"(?:\\\\bprocess \\"|\\\\bexecutor failed running \\\\[)(?:/bin/(?:ba)?sh -c )?(?<cmd>(?:[^\\"\\\\\\\\\\\\]]|\\\\\\\\.)+)(?:\\" did not complete successfully|\\\\]): exit code: \\\\d+","keywords":["did not complete successfully","executor failed running"],"why":"BuildKit names the Dockerfile RUN whose process failed (the shell\'s `-c` dropped): moby/buildkit @ 73ed6825 solver/llbsolver/ops/exec.go (\'process %q did not complete successfully\' around ExitError \'exit code: %d\'; before a27d7c3d8 \'executor failed running %s\'), on the vertex as `#12 ERROR: process ...` (util/progress/progressui/printer.go \'#%d ERROR: %s\') and from buildx as `ERROR: failed to solve: process ...`. The RUN\'s command, not `docker build`, is the one that failed","examples":{"positive":[],"negative":[{"log":"d0499","line":844}],"published":[{"from":"moby/buildkit solver/llbsolver/ops/exec.go @ 73ed6825, printed by docker/buildx","text":"ERROR: failed to solve: process \\"/bin/sh -c npm test\\" did not complete successfully: exit code: 1"},{"from":"moby/buildkit util/progress/progressui/printer.go @ 73ed6825 (\'#%d ERROR: %s\')","text":"#12 ERROR: process \\"/bin/sh -c npm test\\" did not complete successfully: exit code: 1"},{"from":"moby/buildkit solver/llbsolver/ops/exec.go @ a27d7c3d8^ (executor failed running)","text":"ERROR: failed to solve: executor failed running [/bin/sh -c pytest -q]: exit code: 1"}]}},{"id":"node-command-failed","role":"failed","pattern":"\\\\bCommand failed: (?<cmd>\\\\S(?:.*\\\\S)?)","keywords":["command failed: "],"why":"Node\'s child_process names the command that exited non-zero in the error it throws or passes on: \'Command failed: \' + the command line (nodejs/node lib/child_process.js @ 00a2fc7166f4b7d7b8678b42aa22ed277692efb8, checkExecSyncError for execSync/execFileSync and exithandler\'s `Command failed: ${cmd}\\\\n${stderr}` for exec/execFile). A script that runs its steps through it (a release or CI script, nx\'s run-commands) fails with that message, uncaught as `Error: Command failed: ...` or inside its own line: the named command, not the script, is the one that failed. Yarn\'s `Command failed with exit code N.` and Rake\'s `Command failed with status (N): [...]` are other shapes and name no whole command","examples":{"positive":[],"negative":[{"log":"d0064","line":981},{"log":"d0095","line":477}],"published":[{"from":"nodejs/node lib/child_process.js @ 00a2fc7166f4b7d7b8678b42aa22ed277692efb8 (checkExecSyncError: \'Command failed: \' + cmd, thrown by execSync and printed uncaught as `Error: <message>`; command filled in)","text":"Error: Command failed: npm test"},{"from":"nodejs/node lib/child_process.js @ 00a2fc7166f4b7d7b8678b42aa22ed277692efb8 (exithandler: `Command failed: ${cmd}\\\\n${stderr}`, the error exec passes to its callback, here printed by a script after its own words; command and prefix filled in)","text":"Step test failed: Command failed: npm run test:unit"}]}},{"id":"pnpm-recursive-fail","role":"failed","pattern":"\\\\bERR_PNPM_RECURSIVE_RUN_FIRST_FAIL\\\\s+\\\\S+ \\\\S+: `(?<cmd>[^`]+)`","keywords":["err_pnpm_recursive_run_first_fail"],"why":"pnpm, running a script across a workspace (`pnpm -r <script>`, `pnpm --filter`), stops at the first package whose script fails and names it with the command line it ran: its lifecycle runner\'s error is pkg._id + \' \' + stage + \': `\' + cmd + \'`\' then \'Exit status N\' (pnpm/npm-lifecycle index.js @ 75fed1f2569c3c9f77a090c989ca41c01a60b634, procError), which pnpm\'s reporter prints after the error code it sets, \' ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  <message>\' (pnpm/pnpm exec/plugin-commands-script-runners/src/runRecursive.ts @ 0406d4ad3d2a10326cd46ccc242aadad878a5ead: err[\'code\'] = \'ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL\'). The package\'s command (`tsc --noEmit`), not the workspace-wide script, is the one that failed","examples":{"positive":[],"negative":[{"log":"d0033","line":636},{"log":"d0033","line":634}],"published":[{"from":"pnpm/npm-lifecycle index.js @ 75fed1f2569c3c9f77a090c989ca41c01a60b634 (procError: pkg._id + \' \' + stage + \': `\' + cmd + \'`\'), printed by pnpm\'s reporter after the code runRecursive sets (ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL); package, script and command filled in","text":" ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  @acme/server@0.0.0 typecheck: `tsc --noEmit`"},{"from":"pnpm/npm-lifecycle index.js @ 75fed1f2569c3c9f77a090c989ca41c01a60b634 (the same message for a script name with a colon); package, script and command filled in","text":" ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  web@1.2.0 test:unit: `vitest run --coverage`"}]}},{"id":"make-target","role":"failed","pattern":"^g?make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* \\\\[(?:[^\\\\]:]+:\\\\d+: )?(?<cmd>[^\\\\]]+)\\\\] Error \\\\d+","keywords":["*** ["],"why":"make names the target whose recipe failed","examples":{"positive":[{"log":"d0001","line":277},{"log":"d0023","line":24169},{"log":"d0048","line":682},{"log":"d0600","line":961}],"negative":[{"log":"d0048","line":680}]},"names":true}]}');
;// CONCATENATED MODULE: ./rules/weights.json
const weights_namespaceObject = /*#__PURE__*/JSON.parse('{"W3":{"command:mode:tsc--noemit":{"fires":3,"right":2},"command:task:build":{"fires":80,"right":17},"command:task:compile":{"fires":26,"right":15},"command:task:compiler":{"fires":19,"right":15},"command:task:cov":{"fires":2,"right":0},"command:task:coverage":{"fires":3,"right":0},"command:task:deps":{"fires":4,"right":1},"command:task:dist":{"fires":1,"right":0},"command:task:docs":{"fires":2,"right":2},"command:task:e2e":{"fires":3,"right":2},"command:task:enforcer":{"fires":1,"right":1},"command:task:formatting":{"fires":1,"right":1},"command:task:html":{"fires":2,"right":0},"command:task:install":{"fires":15,"right":6},"command:task:integration":{"fires":10,"right":10},"command:task:lint":{"fires":40,"right":15},"command:task:smoke":{"fires":1,"right":1},"command:task:spec":{"fires":1,"right":1},"command:task:style":{"fires":4,"right":0},"command:task:test":{"fires":166,"right":135},"command:task:testing":{"fires":1,"right":1},"command:task:tests":{"fires":42,"right":39},"command:task:unit":{"fires":6,"right":6},"command:task:update":{"fires":11,"right":0},"command:tool:apt-get-install":{"fires":7,"right":0},"command:tool:awesome_bot":{"fires":37,"right":37},"command:tool:aws":{"fires":1,"right":1},"command:tool:biome":{"fires":1,"right":1},"command:tool:cabal-build":{"fires":1,"right":1},"command:tool:cargo-build":{"fires":1,"right":1},"command:tool:cargo-clippy":{"fires":1,"right":0},"command:tool:cargo-fmt":{"fires":1,"right":1},"command:tool:checkstyle":{"fires":4,"right":4},"command:tool:coveralls":{"fires":2,"right":0},"command:tool:docker-build":{"fires":4,"right":3},"command:tool:eslint":{"fires":12,"right":10},"command:tool:failsafe":{"fires":5,"right":5},"command:tool:flake8":{"fires":5,"right":1},"command:tool:ghc":{"fires":2,"right":2},"command:tool:go-build":{"fires":1,"right":0},"command:tool:go-mod":{"fires":7,"right":0},"command:tool:go-test":{"fires":23,"right":20},"command:tool:gradlew-test":{"fires":4,"right":4},"command:tool:jacoco":{"fires":1,"right":0},"command:tool:javac":{"fires":1,"right":0},"command:tool:javadoc":{"fires":1,"right":1},"command:tool:jest":{"fires":5,"right":4},"command:tool:jsdoc":{"fires":1,"right":0},"command:tool:jshint":{"fires":2,"right":0},"command:tool:karma":{"fires":4,"right":1},"command:tool:latexmk":{"fires":10,"right":3},"command:tool:lein-test":{"fires":3,"right":0},"command:tool:linkinator":{"fires":2,"right":2},"command:tool:markdownlint":{"fires":10,"right":10},"command:tool:mix-test":{"fires":10,"right":10},"command:tool:mocha":{"fires":4,"right":4},"command:tool:mvn-package":{"fires":1,"right":0},"command:tool:mvn-test":{"fires":2,"right":0},"command:tool:mypy":{"fires":1,"right":1},"command:tool:nosetests":{"fires":4,"right":3},"command:tool:npm-install":{"fires":12,"right":0},"command:tool:npm-test":{"fires":9,"right":7},"command:tool:nyc":{"fires":1,"right":1},"command:tool:pep8":{"fires":1,"right":1},"command:tool:perlcritic":{"fires":10,"right":9},"command:tool:phpstan":{"fires":2,"right":2},"command:tool:phpunit":{"fires":18,"right":18},"command:tool:pip-install":{"fires":1,"right":0},"command:tool:pip3-install":{"fires":1,"right":0},"command:tool:playwright":{"fires":1,"right":1},"command:tool:pre-commit":{"fires":3,"right":3},"command:tool:prettier":{"fires":2,"right":2},"command:tool:prove":{"fires":4,"right":4},"command:tool:py.test":{"fires":2,"right":2},"command:tool:pytest":{"fires":14,"right":12},"command:tool:pytest@exit:4":{"fires":1,"right":1},"command:tool:rspec":{"fires":1,"right":1},"command:tool:ruff":{"fires":1,"right":1},"command:tool:safety":{"fires":1,"right":0},"command:tool:sass":{"fires":10,"right":9},"command:tool:spotless":{"fires":1,"right":1},"command:tool:stack-build":{"fires":3,"right":1},"command:tool:standard":{"fires":6,"right":5},"command:tool:staticcheck":{"fires":5,"right":5},"command:tool:stylelint":{"fires":10,"right":10},"command:tool:surefire":{"fires":60,"right":59},"command:tool:swift-test":{"fires":1,"right":0},"command:tool:unittest":{"fires":6,"right":6},"command:tool:xcodebuild-test":{"fires":19,"right":9},"command:tool:yarn-test":{"fires":5,"right":1},"exit:124":{"fires":2,"right":2},"exit:127":{"fires":14,"right":10},"rule:actions-toolkit-config@end":{"fires":1,"right":1},"rule:biome-report@end":{"fires":1,"right":1},"rule:build-tool":{"fires":17,"right":5},"rule:build-tool@end":{"fires":53,"right":36},"rule:cancelled@end":{"fires":5,"right":5},"rule:cargo-build":{"fires":4,"right":4},"rule:cargo-build@end":{"fires":12,"right":12},"rule:cargo-could-not-compile":{"fires":1,"right":1},"rule:checkstyle-violation":{"fires":3,"right":0},"rule:checkstyle-violation@end":{"fires":1,"right":1},"rule:ci-platform-time-limit@end":{"fires":3,"right":3},"rule:ci-pod-lost@end":{"fires":1,"right":1},"rule:cli-usage-error@end":{"fires":1,"right":1},"rule:client-network-error":{"fires":1,"right":0},"rule:client-network-error@end":{"fires":10,"right":10},"rule:cocoapods-resolve@end":{"fires":2,"right":2},"rule:cocoapods-xcodebuild-error@end":{"fires":1,"right":1},"rule:command-not-installed@end":{"fires":1,"right":1},"rule:compiler-error":{"fires":28,"right":13},"rule:compiler-error@end":{"fires":64,"right":62},"rule:conda-resolve@end":{"fires":5,"right":5},"rule:config-missing":{"fires":37,"right":0},"rule:config-missing@end":{"fires":61,"right":53},"rule:container-image-missing@end":{"fires":1,"right":1},"rule:coverage-threshold":{"fires":2,"right":1},"rule:coverage-threshold@end":{"fires":3,"right":1},"rule:ctest-bats-summary@end":{"fires":1,"right":1},"rule:deps-native":{"fires":3,"right":1},"rule:deps-native@end":{"fires":19,"right":16},"rule:deps-resolve":{"fires":3,"right":1},"rule:deps-resolve@end":{"fires":24,"right":19},"rule:disk-full":{"fires":11,"right":11},"rule:disk-full@end":{"fires":9,"right":8},"rule:docker-run-failed@end":{"fires":1,"right":0},"rule:e2e-test-summary@end":{"fires":2,"right":2},"rule:emacs-package-unavailable@end":{"fires":4,"right":4},"rule:erlang-compile-error@end":{"fires":5,"right":5},"rule:exunit-ct":{"fires":11,"right":11},"rule:exunit-ct@end":{"fires":36,"right":36},"rule:formatter-would-reformat@end":{"fires":2,"right":2},"rule:generic-compiler-diagnostic":{"fires":76,"right":3},"rule:generic-compiler-diagnostic@end":{"fires":20,"right":14},"rule:generic-diagnostic":{"fires":130,"right":10},"rule:generic-diagnostic@end":{"fires":198,"right":70},"rule:generic-error":{"fires":72,"right":0},"rule:generic-error@end":{"fires":199,"right":0},"rule:generic-git-fatal":{"fires":13,"right":0},"rule:generic-git-fatal@end":{"fires":6,"right":3},"rule:generic-http-failure":{"fires":19,"right":0},"rule:generic-http-failure@end":{"fires":2,"right":1},"rule:generic-test-summary":{"fires":36,"right":35},"rule:generic-test-summary@end":{"fires":99,"right":98},"rule:gha-action-input-missing@end":{"fires":1,"right":1},"rule:gha-runner-command-invalid@end":{"fires":1,"right":1},"rule:gha-step-time-limit@end":{"fires":1,"right":1},"rule:git-ref-missing@end":{"fires":4,"right":4},"rule:git-state":{"fires":1,"right":0},"rule:git-state@end":{"fires":1,"right":1},"rule:git-transport-network@end":{"fires":7,"right":7},"rule:go-build-failed":{"fires":3,"right":2},"rule:go-build-failed@end":{"fires":2,"right":2},"rule:go-compile-error":{"fires":3,"right":2},"rule:go-compile-error@end":{"fires":1,"right":1},"rule:go-test":{"fires":13,"right":13},"rule:go-test@end":{"fires":30,"right":29},"rule:golangci-linter@end":{"fires":3,"right":3},"rule:gradle-compile-failed":{"fires":1,"right":1},"rule:gradle-compile-failed@end":{"fires":6,"right":6},"rule:jest-mocha":{"fires":13,"right":13},"rule:jest-mocha@end":{"fires":56,"right":55},"rule:job-time-limit@end":{"fires":4,"right":4},"rule:js-bundler-error@end":{"fires":1,"right":0},"rule:junit-summary":{"fires":25,"right":24},"rule:junit-summary@end":{"fires":122,"right":121},"rule:karma":{"fires":2,"right":2},"rule:kotlin-compile-error":{"fires":1,"right":0},"rule:kotlin-compile-error@end":{"fires":5,"right":5},"rule:latex-overfull":{"fires":6,"right":0},"rule:latex-overfull@end":{"fires":7,"right":7},"rule:latex-unresolved@end":{"fires":3,"right":3},"rule:link-check@end":{"fires":27,"right":27},"rule:lint-js":{"fires":6,"right":0},"rule:lint-js@end":{"fires":18,"right":18},"rule:lint-other":{"fires":1,"right":1},"rule:lint-other@end":{"fires":71,"right":66},"rule:lintrunner-linter-failed@end":{"fires":2,"right":1},"rule:make-error":{"fires":9,"right":5},"rule:make-error@end":{"fires":158,"right":37},"rule:make-goal-missing@end":{"fires":2,"right":1},"rule:mozilla-harness":{"fires":23,"right":19},"rule:mozilla-harness@end":{"fires":1,"right":1},"rule:msvc-diagnostic@end":{"fires":5,"right":5},"rule:mypy-report@end":{"fires":2,"right":2},"rule:network":{"fires":33,"right":0},"rule:network@end":{"fires":40,"right":24},"rule:no-activity-watchdog@end":{"fires":3,"right":3},"rule:no-output-watchdog":{"fires":4,"right":3},"rule:no-output-watchdog@end":{"fires":3,"right":3},"rule:nuget-restore@end":{"fires":4,"right":4},"rule:perlcritic@end":{"fires":9,"right":9},"rule:pester-failed":{"fires":5,"right":5},"rule:pester-failed@end":{"fires":7,"right":7},"rule:pre-commit-hook-failed":{"fires":1,"right":1},"rule:pre-commit-hook-failed@end":{"fires":2,"right":2},"rule:pytest-cov-fail-under":{"fires":1,"right":0},"rule:pytest-cov-fail-under@end":{"fires":1,"right":1},"rule:pytest-unittest":{"fires":18,"right":18},"rule:pytest-unittest@end":{"fires":71,"right":69},"rule:pytest-verbose-failed":{"fires":20,"right":20},"rule:pytest-verbose-failed@end":{"fires":1,"right":1},"rule:pytorch-dynamo-baseline@end":{"fires":1,"right":1},"rule:pytorch-run-test":{"fires":1,"right":1},"rule:pytorch-run-test@end":{"fires":7,"right":6},"rule:pytorch-trymerge-ghstack-commit@end":{"fires":1,"right":1},"rule:pytorch-verify-dynamo@end":{"fires":1,"right":1},"rule:r-cmd-check":{"fires":6,"right":6},"rule:r-cmd-check@end":{"fires":7,"right":6},"rule:r-package-missing@end":{"fires":2,"right":2},"rule:registry-blob-not-fetched@end":{"fires":2,"right":2},"rule:registry-transient-error":{"fires":1,"right":0},"rule:rspec-minitest":{"fires":4,"right":4},"rule:rspec-minitest@end":{"fires":20,"right":20},"rule:ruff-report@end":{"fires":2,"right":2},"rule:rust-test@end":{"fires":5,"right":5},"rule:sass@end":{"fires":9,"right":9},"rule:shell-command-not-found":{"fires":1,"right":0},"rule:shell-command-not-found@end":{"fires":2,"right":0},"rule:solc-error@end":{"fires":1,"right":1},"rule:swiftlint-violation@end":{"fires":4,"right":4},"rule:tap-not-ok":{"fires":2,"right":2},"rule:tap-not-ok@end":{"fires":5,"right":5},"rule:tap-tape-prove":{"fires":1,"right":0},"rule:tap-tape-prove@end":{"fires":23,"right":22},"rule:test-harness":{"fires":57,"right":57},"rule:test-harness@end":{"fires":69,"right":68},"rule:testthat-failure":{"fires":5,"right":5},"rule:unified-diff@end":{"fires":14,"right":11},"rule:xctest@end":{"fires":22,"right":17},"rule:xunit-dotnet-failed@end":{"fires":7,"right":7},"rule:yaml-front-matter@end":{"fires":10,"right":10}}}');
;// CONCATENATED MODULE: ./src/core/classify/keyword-lanes.ts
/** A line feed ends the line and an ESC byte starts a colour code, in any state (keywords are printable). */
const NEWLINE = -1;
const ESCAPE = -2;
/**
 * A state's number in the scanner table is its byte offset there (state << STATE_SHIFT, 256 int32 entries),
 * so the WebAssembly loop finds the next entry at `state | byte << 2` with no shift or add after the last load.
 */
const STATE_SHIFT = 10;
/**
 * The keyword automaton's byte loop (rules.ts scannerTable), run over two stretches of a chunk at once. Each
 * byte's lookup waits for the one before it (the next state depends on the last), so one stretch leaves the CPU
 * idle between loads; two independent stretches, the second starting at a line start where the state is 0,
 * fill that gap (on the 270 MB bench log: 600-740 ms of CPU in one lane, 530-600 in two). Each lane records
 * the bytes that need more than a move (line feeds, keyword ends) in order, and the scanner replays them lane
 * after lane, as if read in one pass.
 */
class Lane {
    /** The automaton's state (a byte offset in the table) and the colour-code state: 1 after ESC, 2 inside a CSI. */
    state = 0;
    escape = 0;
    /** Pairs (byte index, table entry) of line feeds and keyword ends, in byte order. */
    events = new Int32Array(0);
    count = 0;
    /** Room for one event per byte of a stretch, so the loops record without checking. */
    reserve(bytes) {
        if (this.count + 2 * bytes <= this.events.length)
            return;
        const grown = new Int32Array(this.count + 2 * bytes);
        grown.set(this.events.subarray(0, this.count));
        this.events = grown;
    }
}
/**
 * Steps over a colour code from `from` up to `end` (inside a phrase, "reset\x1b[0m by peer", it would hide its
 * keyword), also when the stretch ends inside one: returns where the keyword search goes on, leaving a line feed
 * to it.
 */
function skipEscape(lane, chunk, from, end) {
    let escape = lane.escape;
    let i = from;
    for (; i < end && escape !== 0; i++) {
        const byte = chunk[i];
        if (byte === 10)
            break;
        if (byte === 27)
            escape = 1;
        else if (escape === 1)
            escape = byte === 0x5b ? 2 : 0;
        else if (byte >= 0x40 && byte <= 0x7e)
            escape = 0;
        else if (byte < 0x20 || byte > 0x3f)
            escape = 0;
    }
    lane.escape = escape;
    return i;
}
/** One lane over chunk[from, end), from the lane's state. */
function runLane(table, chunk, lane, from, end) {
    lane.reserve(end - from);
    const events = lane.events;
    let count = lane.count;
    let i = lane.escape === 0 ? from : skipEscape(lane, chunk, from, end);
    let state = lane.state;
    while (i < end) {
        const entry = table[(state >> 2) | chunk[i]];
        if (entry >= 0) {
            state = entry;
            i++;
        }
        else if (entry === ESCAPE) {
            lane.escape = 1;
            i = skipEscape(lane, chunk, i + 1, end);
        }
        else {
            events[count++] = i++;
            events[count++] = entry;
            if (entry === NEWLINE)
                lane.escape = 0;
            state = entry === NEWLINE ? 0 : ~entry;
        }
    }
    lane.state = state;
    lane.count = count;
}
/**
 * Lane `a` over chunk[from, mid) and lane `b` over chunk[mid, end) in one loop; chunk[mid - 1] must be a line
 * feed and `b` fresh (state 0, no colour code), so `b` reads as if `a` had gone before it. A colour code is
 * stepped over in its own lane; line feeds and keyword ends are recorded inline (the common case of both lanes
 * only moving costs two lookups and one comparison).
 */
function runLanes(table, chunk, a, b, [from, mid, end]) {
    a.reserve(mid - from);
    b.reserve(end - mid);
    const ea = a.events;
    const eb = b.events;
    let na = a.count;
    let nb = b.count;
    let i = a.escape === 0 ? from : skipEscape(a, chunk, from, mid);
    let j = mid;
    let s = a.state;
    let t = b.state;
    while (i < mid && j < end) {
        const x = table[(s >> 2) | chunk[i]];
        const y = table[(t >> 2) | chunk[j]];
        if ((x | y) >= 0) {
            s = x;
            t = y;
            i++;
            j++;
            continue;
        }
        if (x >= 0) {
            s = x;
            i++;
        }
        else if (x === ESCAPE) {
            a.escape = 1;
            i = skipEscape(a, chunk, i + 1, mid);
        }
        else {
            ea[na++] = i++;
            ea[na++] = x;
            if (x === NEWLINE)
                a.escape = 0;
            s = x === NEWLINE ? 0 : ~x;
        }
        if (y >= 0) {
            t = y;
            j++;
        }
        else if (y === ESCAPE) {
            b.escape = 1;
            j = skipEscape(b, chunk, j + 1, end);
        }
        else {
            eb[nb++] = j++;
            eb[nb++] = y;
            if (y === NEWLINE)
                b.escape = 0;
            t = y === NEWLINE ? 0 : ~y;
        }
    }
    a.state = s;
    b.state = t;
    a.count = na;
    b.count = nb;
    runLane(table, chunk, a, i, mid);
    runLane(table, chunk, b, j, end);
}
/** The loops above, in JavaScript: the reference the WebAssembly kernel is tested against. */
function jsKernel(table) {
    return {
        run(chunk, a, b, from, mid, end) {
            if (mid > 0)
                runLanes(table, chunk, a, b, [from, mid, end]);
            else
                runLane(table, chunk, a, from, end);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/classify/split-test.ts
/**
 * `re.test(line)` for a rule pattern, asked faster: a pattern whose top-level alternatives mix `^`-anchored
 * ones (`^\S+\.java:\d+: error`) with floating ones cannot be tried at line start only, so the engine tries every
 * anchored alternative at every position too. Split in two regexes, the anchored ones run once at position 0.
 * Exact: without the `m` flag `^` matches only at 0, and a line matches a pattern iff it matches one of its
 * alternatives somewhere.
 */
/** The top-level alternatives of a pattern (escapes, classes and groups kept whole). */
function alternatives(source) {
    const out = [];
    let start = 0;
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0) {
            out.push(source.slice(start, i));
            start = i + 1;
        }
    }
    out.push(source.slice(start));
    return out;
}
/**
 * The test of the pattern's `^`-anchored alternatives alone (what can still match a line that holds none of
 * the floating alternatives' literals, literal-guards.ts): undefined when it has none.
 */
function anchoredTest(pattern, flags) {
    const anchored = alternatives(pattern).filter((p) => p.startsWith('^'));
    if (anchored.length === 0)
        return undefined;
    const re = new RegExp(anchored.map((p) => `(?:${p})`).join('|'), flags);
    return (text) => re.test(text);
}
/** A test equivalent to `new RegExp(pattern, flags).test`, split when that helps. */
function splitTest(pattern, flags, re) {
    // A back-reference counts groups, which splitting renumbers.
    if (flags.includes('m') || /\\[1-9]|\\k</.test(pattern))
        return (text) => re.test(text);
    const parts = alternatives(pattern);
    const anchored = parts.filter((p) => p.startsWith('^'));
    const floating = parts.filter((p) => !p.startsWith('^'));
    if (anchored.length === 0 || floating.length === 0)
        return (text) => re.test(text);
    const join = (list) => new RegExp(list.map((p) => `(?:${p})`).join('|'), flags);
    const atStart = join(anchored);
    const anywhere = join(floating);
    return (text) => atStart.test(text) || anywhere.test(text);
}

;// CONCATENATED MODULE: ./src/core/classify/literal-guards.ts
/**
 * Literals a rule's pattern cannot match without, found from the pattern itself: the scanner's exact guard.
 * A rule is tried on the lines holding one of its keywords, but a loose keyword (`error`, `download`) lets
 * through many lines whose text holds none of the words the pattern's floating alternatives need
 * (`undefined reference to`, `Failed to compile`). The keyword automaton finds these literals too, and a line
 * that holds none of them is asked only the `^`-anchored alternatives (cheap: tried at position 0 alone).
 *
 * Sound by construction: a literal is kept only from parts of an alternative every match must go through
 * (not under `?`, `*`, `{0,n}` or a lookaround; a group's alternatives each give theirs); anything not
 * understood gives no literal, and then no guard. Literals are folded to lower case, as the automaton reads.
 */

/**
 * Shorter literals are found on too many lines to spare any regex, and each time they are found the keyword
 * loop records it (junit-summary's `\(\w+\.\w*Test\w*\)$` would need `test`: 775 265 finds in the 270 MB
 * bench log, more than all keywords together).
 */
const MIN_LITERAL = 5;
/**
 * Literals are cut to their first characters (a part of a needed literal is needed too): the rest would add
 * automaton states, its table's memory, and little to tell lines apart.
 */
const MAX_LITERAL = 12;
/** Escapes of a character that stands for itself. */
const LITERAL_ESCAPES = new Set([...'.()[]{}|/\\*+?^$-:#@!,;=<>&%~`\'" ']);
/** Escapes of a class of characters or of a position: two characters, no literal. */
const CLASS_ESCAPES = 'dDwWsSbB';
/** Characters that stand for themselves outside a class (printable ASCII but the pattern syntax). */
function isPlain(c) {
    return c >= ' ' && c <= '~' && !'\\^$.|?*+()[]{}'.includes(c);
}
/** Index just past the group opening at `open` (its matching parenthesis), or -1 when unbalanced. */
function groupEnd(source, open) {
    let depth = 0;
    let inClass = false;
    for (let i = open; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i + 1;
    }
    return -1;
}
/** Index just past the class opening at `open`, or -1. */
function classEnd(source, open) {
    for (let i = open + 1; i < source.length; i++) {
        if (source[i] === '\\')
            i++;
        else if (source[i] === ']')
            return i + 1;
    }
    return -1;
}
/** The quantifier at `at`, if any: its length, and whether it lets the atom before it be absent. */
function quantifier(source, at) {
    const c = source[at];
    let length = 0;
    let optional = false;
    if (c === '?' || c === '*')
        [length, optional] = [1, true];
    else if (c === '+')
        length = 1;
    else if (c === '{') {
        const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at));
        if (m)
            [length, optional] = [m[0].length, Number(m[1]) === 0];
    }
    if (length > 0 && source[at + length] === '?')
        length++;
    return { length, optional };
}
/** The better of two needs: the one whose shortest literal is longest (rarer on a line). */
function better(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    const shortest = (n) => Math.min(...n.map((s) => s.length));
    return shortest(b) > shortest(a) ? b : a;
}
/**
 * One atom of a sequence at `at`: where it ends, and what it stands for when known: one literal character
 * (`x`, `\\.`, or `[Dd]`, read folded), the exact texts of a group of literal alternatives (`(?:failed|error)`),
 * or what any other group's match needs. Undefined when the atom is syntax this reader does not know.
 */
function atomAt(source, at) {
    const c = source[at];
    if (c === '\\') {
        const next = source[at + 1] ?? '';
        // A class escape (`\d`, `\b`) is no literal; any other (`\u001b`, `\p{L}`) is not read here.
        if (LITERAL_ESCAPES.has(next))
            return { end: at + 2, char: next };
        return CLASS_ESCAPES.includes(next) ? { end: at + 2 } : undefined;
    }
    if (c === '[') {
        const end = classEnd(source, at);
        if (end < 0)
            return undefined;
        const members = source.slice(at + 1, end - 1);
        const folded = /^[A-Za-z]{2}$/.test(members) && members[0]?.toLowerCase() === members[1]?.toLowerCase();
        return folded ? { end, char: members[0]?.toLowerCase() } : { end };
    }
    if (c === '(') {
        const end = groupEnd(source, at);
        if (end < 0)
            return undefined;
        // A lookaround matches no text of its own.
        if (!/^\((?:\?:|\?<[A-Za-z]\w*>|(?!\?))/.test(source.slice(at, at + 40)))
            return { end };
        const inner = source.slice(at, end - 1).replace(/^\((?:\?:|\?<[A-Za-z]\w*>)?/, '');
        const texts = alternatives(inner).map(literalText);
        if (texts.every((t) => t !== undefined))
            return { end, texts };
        return { end, need: patternNeed(inner) };
    }
    // `.`, `^`, `$` and the like stand for no literal.
    return isPlain(c) ? { end: at + 1, char: c } : { end: at + 1 };
}
/** The text a sequence of literal characters alone matches, or undefined. */
function literalText(source) {
    let text = '';
    for (let i = 0; i < source.length;) {
        const atom = atomAt(source, i);
        if (atom?.char === undefined || quantifier(source, atom.end).length > 0)
            return undefined;
        text += atom.char;
        i = atom.end;
    }
    return text;
}
/** Most texts a stretch of literal alternatives is followed through (`(a|b)(c|d)` is four). */
const MAX_TEXTS = 16;
/**
 * What every match of one alternative (a sequence) needs, or undefined. A stretch of literal characters and
 * groups of literal alternatives is followed as the set of texts it can match (`(?:Download|Fetch) failed` is
 * `download failed` or `fetch failed`); anything else ends the stretch.
 */
function sequenceNeed(source) {
    let best;
    let stretch = [''];
    const endStretch = () => {
        if (stretch.every((t) => t.length >= MIN_LITERAL))
            best = better(best, stretch);
        stretch = [''];
    };
    for (let i = 0; i < source.length;) {
        const atom = atomAt(source, i);
        if (!atom)
            return undefined;
        const q = quantifier(source, atom.end);
        const texts = atom.char !== undefined ? [atom.char] : atom.texts;
        if (texts && !q.optional && stretch.length * texts.length <= MAX_TEXTS) {
            stretch = stretch.flatMap((head) => texts.map((t) => head + t));
            // An atom that may repeat ends the stretch after one copy.
            if (q.length > 0)
                endStretch();
        }
        else {
            // One that may be absent ends it before.
            endStretch();
            if (texts && !q.optional)
                stretch = [...texts];
            else if (atom.need && !q.optional)
                best = better(best, atom.need);
            if (q.length > 0)
                endStretch();
        }
        i = atom.end + q.length;
    }
    endStretch();
    return best;
}
/** What every match of a whole pattern (its alternatives) needs: one literal of each alternative's. */
function patternNeed(source) {
    const union = [];
    for (const alternative of alternatives(source)) {
        const need = sequenceNeed(alternative);
        if (!need)
            return undefined;
        union.push(...need);
    }
    return union;
}
/**
 * The literals (lower case) of which a line must hold one to match the pattern's floating alternatives, the
 * ones not anchored at `^`; undefined when some floating alternative needs none this reader can prove, or
 * when there are no floating alternatives (an anchored pattern is tried at position 0 alone anyway).
 */
function floatingLiterals(pattern, flags) {
    if (flags.includes('m') || /\\[1-9]|\\k</.test(pattern))
        return undefined;
    const floating = alternatives(pattern).filter((p) => !p.startsWith('^'));
    if (floating.length === 0)
        return undefined;
    const need = patternNeed(floating.join('|'));
    return need && [...new Set(need.map((s) => s.slice(0, MAX_LITERAL).toLowerCase()))];
}

;// CONCATENATED MODULE: ./src/core/classify/lanes-wasm.ts
// Generated by scripts/wasm.ts from lanes.wat: do not edit.
const LANES_WASM = 'AGFzbQEAAAABHgNgA39/fwF/YAd/f39/f39/AX9gCH9/f39/f39/AAMEAwABAgUDAQABBikIfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEACwdSCgZtZW1vcnkCAAZzdGF0ZUEDAARlc2NBAwEGc3RhdGVCAwIEZXNjQgMDBG91dEEDBARvdXRCAwUIb3ZlcmZsb3cDBgRsYW5lAAEFbGFuZXMAAgrWBQN2AQF/AkADQCAAIAFPDQEgAkUNASAALQAAIQMgA0EKRg0BIANBG0YEQEEBIQIFIAJBAUYEQEECQQAgA0HbAEYbIQIFIANBwABrQT5NBEBBACECBSADQSBrQR9LBEBBACECCwsLCyAAQQFqIQAMAAsLIAIkByAAC7YBAQF/IAMEQCAAIAEgAxAAIQAjByEDCwJAA0AgACABTw0BIAIgAC0AAEECdHIoAgAhByAHQQBOBEAgByECIABBAWohAAwBCyAHQX5GBEAgAEEBaiABQQEQACEAIwchAwwBCyAEIAVPBEBBASQGIAQPCyAEIAAgBmo2AgAgBCAHNgIEIARBCGohBCAAQQFqIQAgB0F/RgRAQQAhA0EAIQIFIAdBf3MhAgsMAAsLIAIkACADJAEgBAukAwEHfyABIQgjACEJIwEhC0EAIQpBACEMIAsEQCAAIAEgCxAAIQAjByELCwJAA0AgACABTw0BIAggAk8NASAJIAAtAABBAnRyKAIAIQ0gCiAILQAAQQJ0cigCACEOIA0gDnJBAE4EQCANIQkgDiEKIABBAWohACAIQQFqIQgMAQsgDUEATgRAIA0hCSAAQQFqIQAFIA1BfkYEQCAAQQFqIAFBARAAIQAjByELBSADIAVPBEBBASQGDwsgAyAAIAdqNgIAIAMgDTYCBCADQQhqIQMgAEEBaiEAIA1Bf0YEQEEAIQtBACEJBSANQX9zIQkLCwsgDkEATgRAIA4hCiAIQQFqIQgFIA5BfkYEQCAIQQFqIAJBARAAIQgjByEMBSAEIAZPBEBBASQGDwsgBCAIIAdqNgIAIAQgDjYCBCAEQQhqIQQgCEEBaiEIIA5Bf0YEQEEAIQxBACEKBSAOQX9zIQoLCwsMAAsLIAAgASAJIAsgAyAFIAcQASQEIwAhCSMBIQsgCCACIAogDCAEIAYgBxABJAUjACQCIwEkAyAJJAAgCyQBCw==';

;// CONCATENATED MODULE: ./src/core/classify/wasm-lanes.ts


/** Bytes the scanner reads through the automaton at a time (its window). */
const WINDOW = 256 << 10;
const webAssembly = globalThis.WebAssembly;
let lanesModule;
/**
 * Events room per lane, in pairs: a window whose lane records more (a line every few bytes) runs in
 * JavaScript instead. Room for one per byte would cost 4 MB of memory beside the table for nothing.
 */
const WASM_EVENTS = 64 << 10;
/** A kernel's instance with room for a table of `length` entries, a window and both lanes' events. */
function instantiate(api, length) {
    lanesModule ??= new api.Module(Buffer.from(LANES_WASM, 'base64'));
    const x = new api.Instance(lanesModule).exports;
    const need = length * 4 + WINDOW + 16 * WASM_EVENTS;
    x.memory.grow(Math.ceil(need / 65536) - x.memory.buffer.byteLength / 65536);
    return x;
}
/** Instances whose memory holds a table made by lanesTable, by that table. */
const instances = new WeakMap();
/** Room for a scanner table of `length` entries: in a kernel's memory where the runtime has WebAssembly. */
function lanesTable(length, api = webAssembly) {
    if (!api)
        return new Int32Array(length);
    const x = instantiate(api, length);
    const table = new Int32Array(x.memory.buffer, 0, length);
    instances.set(table, x);
    return table;
}
/**
 * The same loops in WebAssembly (lanes.wat), over a memory holding the table, one window's bytes and both
 * lanes' events: the window is copied in, and each lane's events are read where the loop wrote them.
 */
function wasmKernel(table, api) {
    let x = instances.get(table);
    let own = table;
    if (!x) {
        // A table made elsewhere (a rule set built by hand): copied into a kernel of its own.
        x = instantiate(api, table.length);
        own = new Int32Array(x.memory.buffer, 0, table.length);
        own.set(table);
    }
    const bytesAt = table.length * 4;
    const eventsA = bytesAt + WINDOW;
    const eventsB = eventsA + 8 * WASM_EVENTS;
    const buffer = x.memory.buffer;
    const js = jsKernel(own);
    const bytes = new Uint8Array(buffer, bytesAt, WINDOW);
    const take = (lane, at, out) => {
        lane.events = new Int32Array(buffer, at, (out - at) >> 2);
        lane.count = lane.events.length;
    };
    return {
        run(chunk, a, b, from, mid, end) {
            if (end - from > WINDOW || a.count !== 0 || b.count !== 0) {
                js.run(chunk, a, b, from, mid, end);
                return;
            }
            bytes.set(chunk.subarray(from, end));
            const delta = from - bytesAt;
            const limitA = eventsA + 8 * WASM_EVENTS;
            const limitB = eventsB + 8 * WASM_EVENTS;
            x.stateA.value = a.state;
            x.escA.value = a.escape;
            x.overflow.value = 0;
            let outA;
            if (mid > 0) {
                x.lanes(bytesAt, bytesAt + (mid - from), bytesAt + (end - from), eventsA, eventsB, limitA, limitB, delta);
                outA = x.outA.value;
            }
            else {
                outA = x.lane(bytesAt, bytesAt + (end - from), a.state, a.escape, eventsA, limitA, delta);
            }
            if (x.overflow.value !== 0) {
                js.run(chunk, a, b, from, mid, end);
                return;
            }
            take(a, eventsA, outA);
            if (mid > 0) {
                take(b, eventsB, x.outB.value);
                b.state = x.stateB.value;
                b.escape = x.escB.value;
            }
            a.state = x.stateA.value;
            a.escape = x.escA.value;
        },
    };
}
const kernels = new WeakMap();
/**
 * The byte loop for a scanner table: WebAssembly where the runtime has it, the same loop in JavaScript
 * otherwise. One per table, made on first use.
 */
function kernelFor(table) {
    let kernel = kernels.get(table);
    if (!kernel) {
        kernel = webAssembly ? wasmKernel(table, webAssembly) : jsKernel(table);
        kernels.set(table, kernel);
    }
    return kernel;
}

// EXTERNAL MODULE: ./src/core/classify/normalize.ts
var normalize = __webpack_require__(31637);
;// CONCATENATED MODULE: ./src/core/classify/structure.ts
/**
 * The log's structure: which steps a job ran, where each starts and ends, which failed, and which could not
 * fail the job (set-up, post-job cleanup, after-failure hooks, `|| true`). Evidence for a verdict comes from
 * the first failed step that was not allowed to fail; the lines of every other step never decide.
 *
 * Formats: a raw GitHub Actions job log (`##[group]Run x` … `##[endgroup]` header, `##[error]`,
 * `Post job cleanup.`, `Cleaning up orphan processes`), `gh run view --log`/`--log-failed`
 * (`job<TAB>step<TAB>timestamp line`), Travis (folds, `$ cmd`, `The command "x" exited with N.`), GitLab job
 * traces (`section_start:<ts>:<name>` / `section_end:`), Jenkins consoles (`[Pipeline] stage`, freestyle
 * `[job] $ /bin/sh -xe …`, `Build step '…' marked build as failure`, `Finished: X`), and the plain output of
 * one command (run/ knows its command). Pure and line-driven, so the streaming scanner feeds it only the lines
 * that carry a marker (STRUCTURE_KEYWORDS); readStructure reads a whole text.
 */

/** Lower-case substrings of every line the reader must see (the scanner's prefilter routes them here). */
const STRUCTURE_KEYWORDS = [
    '##[group]',
    '##[endgroup]',
    '##[error]',
    'post job cleanup.',
    'cleaning up orphan processes',
    'travis_fold:',
    'the command "',
    'your build exited with',
    'section_start:',
    'section_end:',
    'job succeeded',
    'job failed',
    '[pipeline]',
    'script returned exit code',
    ' $ /bin/sh',
    ' $ /bin/bash',
    ' $ cmd /c',
    'marked build as failure',
    'finished: ',
    'retry scheduled',
    'shell: ',
    '##[start-action ',
    '##[end-action ',
];
const MAX_COMMANDS = 8;
/** GitLab Runner's job verdicts that name a cause other than the script: its time limit, its own failure. */
const GITLAB_RUNNER_VERDICT = /^ERROR: Job failed(?:: execution took longer than | \(system failure\): )/;
/**
 * A tool saying it will try again what just failed: git's submodule clone (git/git builtin/submodule--helper.c
 * @ f178c13fdac42763a7aa58bf260aa67d9f4393ec, update_clone_task_finished: "Failed to clone '%s'. Retry
 * scheduled"; a second failure says "Failed to clone '%s' a second time, aborting"). The network error printed
 * before it was survived unless one comes again after it.
 */
const RETRY_MARKER = /^Failed to clone '.*'\. Retry scheduled$/;
/**
 * The header of a job extension the runner runs itself, not a step: a container hook (`run_script_step` runs
 * each step of a job container through it) or a job started/completed hook. actions/runner
 * src/Runner.Worker/Handlers/ScriptHandler.cs @ 258d6c857 (PrintActionDetails) prints `##[group]Run '{path}'`
 * for these and `shell: …` on the very next line; a `run:` step's header prints its script's lines between the
 * two, so a script whose first line is a quoted path alone is told apart by that next line.
 */
const EXTENSION_HEADER = /^'[^']+'$/;
/**
 * A composite action's markers around each of its steps, which the runner alone can print (it escapes them in
 * a step's output): actions/runner src/Runner.Worker/Handlers/CompositeActionHandler.cs @ 258d6c857
 * (`##[start-action display={name};id={id}]`, `##[end-action id={id};outcome={outcome};conclusion={conclusion};
 * duration_ms={ms}]`, properties escaped by ActionCommand.EscapeValue, so `;` never occurs inside one).
 * `outcome=failure;conclusion=success` is a step that failed and was allowed to (continue-on-error): the only
 * place a raw log says so; a top-level step's continue-on-error is written to the runner's trace alone.
 */
const ACTION_MARKER = /^##\[(start|end)-action ([^\]]*)\]$/;
/** The runner's words when a step is cancelled (actions/runner src/Runner.Worker/StepsRunner.cs, "The operation was canceled."). */
const CANCELLATION = /^##\[error\]The operation was canceled\.?$/;
/** Whether a step counts as the job's failure: it failed, was not allowed to, and is the job's own work. */
function failsTheJob(step) {
    return step.failed && !step.allowedToFail && (step.kind === 'run' || step.kind === 'setup');
}
/** The first step that failed the job; a step only cancelled (a sibling job's fail-fast) only when none other did. */
function firstFailed(steps) {
    const failed = steps.findIndex((s) => failsTheJob(s) && s.cancelled !== true);
    return failed >= 0 ? failed : steps.findIndex(failsTheJob);
}
/** Name of the lines before the first step the log marks. */
const FIRST_STEP = '(before the first marked step)';
// Phases that run after the script and cannot fail the job (cache.1, before the install, is not one).
const TRAVIS_HOOKS = /^(?:after_failure|after_script|after_success|before_cache|after_deploy)/;
const GITLAB_SETUP = /^(?:prepare_executor|prepare_script|resolve_secrets|get_sources|restore_cache|download_artifacts)/;
const GITLAB_POST = /^(?:archive_cache|upload_artifacts|cleanup_)/;
/** Reads a log's structure one line at a time. Lines may be skipped unless they hold a marker. */
class StructureReader {
    command;
    format;
    steps = [];
    outcome = 'unknown';
    complete = false;
    /** Inside a GitHub `##[group]Run` header: the step's script and env, not its output. */
    header = false;
    travisHook;
    /** The job whose lines are being read, in a `gh run view --log` file of several (its first column). */
    job;
    /** The latest retry a tool announced, anywhere in the log. */
    retriedAt;
    /** A `##[group]Run '<path>'` header whose next line says whether it is a job extension (EXTENSION_HEADER). */
    extension;
    /** Per composite step marker id (ACTION_MARKER) not yet ended, the index of the first step it may hold. */
    actions = new Map();
    constructor(command) {
        this.command = command;
    }
    /** True while the current line belongs to a step's header (its script), which is never evidence. */
    get inHeader() {
        return this.header;
    }
    /** True while a `Run '<path>'` header may still be a job extension's: its step, if any, has not begun. */
    get deferring() {
        return this.extension !== undefined;
    }
    /** Index of the step the latest line belongs to (-1 before any). */
    get current() {
        return this.steps.length - 1;
    }
    /**
     * One line: `raw` is the decoded line (colour codes may remain), `text` its stripped form (normalize.ts
     * stripLine). Returns whether the line is structure (a marker or a header line), not a tool's output.
     */
    line(no, raw, text) {
        const step = this.steps[this.steps.length - 1];
        if (step)
            step.end = no;
        if (RETRY_MARKER.test(text)) {
            this.retriedAt = no;
            if (step)
                step.retriedAt = no;
        }
        const extension = this.extension;
        if (extension) {
            this.extension = undefined;
            // A job extension's `shell:` line follows its group line: the step it runs for goes on.
            if (no === extension.no + 1 && text.startsWith('shell: '))
                return true;
            this.beginRun(extension.no, extension.command, extension.column).end = no;
        }
        if (raw.includes('travis_fold:') || raw.includes('The command "') || text.startsWith('Done. Your build'))
            return this.travis(no, raw, text);
        if (raw.includes('section_start:') ||
            raw.includes('section_end:') ||
            /^(?:ERROR: )?Job (?:succeeded|failed)/.test(text))
            return this.gitlab(no, raw, text);
        if (text.startsWith('##[') || text === 'Post job cleanup.' || text === 'Cleaning up orphan processes')
            return this.github(no, raw, text);
        return this.jenkins(no, text);
    }
    end(lines) {
        const extension = this.extension;
        this.extension = undefined;
        if (extension)
            this.beginRun(extension.no, extension.command, extension.column);
        const last = this.steps[this.steps.length - 1];
        if (last)
            last.end = Math.max(last.end, lines);
        if (this.steps.length === 0 && this.command !== undefined) {
            this.steps.push(newStep(this.command, 'run', 1, [this.command]));
            this.steps[0].end = lines;
        }
        const failedStep = firstFailed(this.steps);
        let outcome = this.outcome;
        if (outcome === 'unknown' && failedStep >= 0)
            outcome = 'failed';
        // A complete GitHub job log in which no step failed is a passing job.
        if (outcome === 'unknown' && this.complete && !this.steps.some((s) => s.failed))
            outcome = 'passed';
        const structure = { format: this.format ?? 'plain', steps: this.steps, outcome };
        if (failedStep >= 0)
            structure.failedStep = failedStep;
        if (this.retriedAt !== undefined)
            structure.retriedAt = this.retriedAt;
        return structure;
    }
    begin(no, name, kind, commands = []) {
        const previous = this.steps[this.steps.length - 1];
        if (previous && previous.end >= no)
            previous.end = no - 1;
        const step = newStep(name, kind, no, commands);
        this.steps.push(step);
        return step;
    }
    /**
     * The current step. Lines before the first marked step are one step from line 1: a job's set-up, or in an
     * excerpt (a fixture, `--log-failed` of one step) the step it was cut from.
     */
    here(no) {
        const current = this.steps[this.steps.length - 1];
        if (current)
            return current;
        const first = newStep(FIRST_STEP, 'setup', 1, []);
        first.end = no;
        // Its lines were read before it was made: a retry among them is its own.
        if (this.retriedAt !== undefined)
            first.retriedAt = this.retriedAt;
        this.steps.push(first);
        return first;
    }
    github(no, raw, text) {
        this.format ??= /^[^\t]*\t[^\t]*\t/.test(raw) ? 'github-cli' : 'github';
        const columns = this.format === 'github-cli' ? /^([^\t]*)\t([^\t]*)\t/.exec(raw) : null;
        const column = columns?.[2];
        // `gh run view --log` of a whole run holds its jobs one after another: a new job starts with its own set-up,
        // not as the post steps of the job before it.
        const job = columns?.[1];
        if (job !== undefined && this.job !== undefined && job !== this.job) {
            this.header = false;
            this.begin(no, job, 'setup');
        }
        if (job !== undefined)
            this.job = job;
        if (text.startsWith('##[group]Run ')) {
            const command = text.slice('##[group]Run '.length).trim();
            this.header = true;
            if (EXTENSION_HEADER.test(command))
                this.extension = { no, command, column };
            else
                this.beginRun(no, command, column);
            return true;
        }
        if (text.startsWith('##[endgroup]')) {
            this.header = false;
            return true;
        }
        if (text === 'Post job cleanup.' ||
            (column !== undefined && /^Post /.test(column) && this.here(no).kind !== 'post')) {
            this.header = false;
            this.begin(no, column ?? 'Post job cleanup', 'post');
            return true;
        }
        if (text === 'Cleaning up orphan processes') {
            this.header = false;
            this.complete = true;
            this.begin(no, 'Complete job', 'post');
            return true;
        }
        const marker = ACTION_MARKER.exec(text);
        if (marker) {
            this.compositeStep(marker[1] === 'start', marker[2] ?? '');
            return true;
        }
        if (text.startsWith('##[error]')) {
            this.header = false;
            const step = this.here(no);
            // A time limit's own error comes before the cancellation it causes: only a bare cancellation is one.
            if (!step.failed && CANCELLATION.test(text))
                step.cancelled = true;
            step.failed = true;
            const code = /^##\[error\]Process completed with exit code (\d+)/.exec(text)?.[1];
            if (code !== undefined)
                step.exitCode = Number(code);
            return false;
        }
        return this.header;
    }
    /**
     * A composite action's step began or ended (ACTION_MARKER): one that failed and was allowed to leaves every
     * step the log began since its start failed but allowed to fail.
     */
    compositeStep(start, properties) {
        const values = new Map(properties.split(';').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
        const id = values.get('id');
        if (id === undefined)
            return;
        if (start) {
            this.actions.set(id, this.steps.length);
            return;
        }
        const from = this.actions.get(id);
        this.actions.delete(id);
        if (from === undefined || values.get('outcome') !== 'failure')
            return;
        const allowed = values.get('conclusion') === 'success';
        for (const step of this.steps.slice(from)) {
            if (!step.failed)
                continue;
            if (allowed)
                step.allowedToFail = true;
            else
                step.failureStood = true;
        }
    }
    /** A step's `##[group]Run <command>` header at line `no` (gh's step column names it, when there is one). */
    beginRun(no, command, column) {
        const name = column ?? `Run ${command}`;
        const post = /^Post /.test(name) || this.here(no).kind === 'post';
        return this.begin(no, name, post ? 'post' : 'run', [command]);
    }
    travis(no, raw, text) {
        this.format = 'travis';
        for (const [, edge, name] of raw.matchAll(/travis_fold:(start|end):([\w.-]*)/g)) {
            if (edge === 'start' && name && TRAVIS_HOOKS.test(name)) {
                this.travisHook = name;
                this.begin(no, name, 'hook');
            }
            else if (edge === 'end' && name === this.travisHook) {
                // Hooks come last (after_failure.1, .2, after_script): what follows is hook output or the verdict line.
                this.travisHook = undefined;
            }
        }
        const done = /^Done\. Your build exited with (\d+)/.exec(text);
        if (done) {
            this.outcome = done[1] === '0' ? 'passed' : 'failed';
            return true;
        }
        const end = /^The command "(.*)" (?:exited with (\d+)|failed(?!\. Retrying)(?: and exited with (\d+))?)/.exec(text);
        if (!end)
            return raw.includes('travis_fold:') && text === '';
        const step = this.here(no);
        const code = end[2] ?? end[3];
        step.name = end[1] ?? step.name;
        if (!step.commands.includes(step.name))
            step.commands.unshift(step.name);
        if (step.commands.length > MAX_COMMANDS)
            step.commands.length = MAX_COMMANDS;
        step.exitCode = code === undefined ? undefined : Number(code);
        step.failed = code !== '0';
        step.end = no;
        if (/\|\|\s*true\s*$/.test(step.name))
            step.allowedToFail = true;
        // The next command's lines start after this end.
        this.begin(no + 1, 'script', this.travisHook ? 'hook' : 'run');
        return true;
    }
    gitlab(no, raw, text) {
        this.format = 'gitlab';
        const job = /^(?:ERROR: )?Job (succeeded|failed)/.exec(text);
        if (job)
            this.outcome = job[1] === 'succeeded' ? 'passed' : 'failed';
        for (const [, edge, name] of raw.matchAll(/section_(start|end):\d+:([\w.-]+)/g)) {
            if (edge !== 'start' || !name)
                continue;
            const kind = GITLAB_SETUP.test(name)
                ? 'setup'
                : GITLAB_POST.test(name)
                    ? 'post'
                    : name.startsWith('after_script')
                        ? 'hook'
                        : 'run';
            this.begin(no, name, kind);
        }
        if (/^ERROR: Job failed/.test(text)) {
            const step = this.lastOf('run');
            if (step) {
                step.failed = true;
                const code = /exit code (\d+)/.exec(text)?.[1];
                if (code !== undefined)
                    step.exitCode = Number(code);
            }
            // The runner's own word on why the job failed, when it is not the script's exit status (its time limit,
            // its own failure: gitlab-runner common/build.go), is evidence the rules read.
            if (GITLAB_RUNNER_VERDICT.test(text))
                return false;
        }
        return true;
    }
    jenkins(no, text) {
        const finished = /^Finished: (SUCCESS|FAILURE|UNSTABLE|ABORTED|NOT_BUILT)/.exec(text);
        if (finished) {
            this.format ??= 'jenkins';
            this.outcome = finished[1] === 'SUCCESS' ? 'passed' : 'failed';
            return true;
        }
        const stage = /^\[Pipeline\] \{ \((.+)\)$/.exec(text);
        if (stage?.[1]) {
            this.format = 'jenkins';
            const name = stage[1];
            this.begin(no, name, /^Declarative: Post/.test(name) ? 'post' : 'run');
            return true;
        }
        if (text.startsWith('[Pipeline]')) {
            this.format = 'jenkins';
            return true;
        }
        const shell = /^\[[^\]]*\] \$ (\/bin\/(?:ba)?sh .*|cmd \/c .*)$/.exec(text);
        if (shell?.[1]) {
            this.format = 'jenkins';
            if (this.here(no).kind !== 'post')
                this.begin(no, 'Execute shell', 'run', [shell[1]]);
            return true;
        }
        const marked = /^Build step '(.+)' marked build as failure$/.exec(text);
        if (marked) {
            this.format = 'jenkins';
            const step = this.lastOf('run') ?? this.here(no);
            step.failed = true;
            step.end = no;
            this.begin(no + 1, 'Post-build actions', 'post');
            return true;
        }
        const returned = /^ERROR: script returned exit code (\d+)/.exec(text);
        if (returned) {
            const step = this.here(no);
            step.failed = true;
            step.exitCode = Number(returned[1]);
            return true;
        }
        return false;
    }
    lastOf(kind) {
        return this.steps.findLast((s) => s.kind === kind);
    }
    /** A step read so far. */
    stepAt(index) {
        return this.steps[index];
    }
}
function newStep(name, kind, start, commands) {
    return { name, kind, commands, start, end: start, failed: false, allowedToFail: false };
}
/** Whether a line may carry a structure marker (case-insensitive, as the scanner's prefilter sees it). */
function hasStructureMarker(raw) {
    const lower = raw.toLowerCase();
    return STRUCTURE_KEYWORDS.some((k) => lower.includes(k));
}
/** The structure of a whole log; `command` is the one command of a plain log (what run/ ran). */
function readStructure(log, command) {
    const reader = new StructureReader(command);
    const lines = log.split('\n');
    lines.forEach((raw, i) => {
        if (hasStructureMarker(raw))
            reader.line(i + 1, raw, (0,normalize/* stripLine */.nU)(raw));
    });
    const count = log.endsWith('\n') ? lines.length - 1 : lines.length;
    return reader.end(count);
}

;// CONCATENATED MODULE: ./src/core/classify/rules.ts









/** The committed weights, measured on the labelled corpus. */
const defaultWeights = weights_namespaceObject.W3;
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
        const published = r.examples?.published;
        if (published !== undefined && !Array.isArray(published))
            fail(`rule '${id}': examples.published is a list`);
        for (const p of published ?? []) {
            if (typeof p?.from !== 'string' || !p.from || typeof p.text !== 'string' || !p.text)
                fail(`rule '${id}': each published example needs 'from' (where it is published) and 'text'`);
        }
        if (r.examples && r.examples.positive.length === 0 && !published?.length)
            fail(`rule '${id}' needs a positive example: a corpus line or a published one`);
    }
    for (const r of file.rules ?? []) {
        if (!types/* FAILURE_TYPES */.fs.includes(r.type))
            fail(`rule '${r.id}': unknown type '${r.type}'`);
        if (!CONFIDENCES.includes(r.confidence))
            fail(`rule '${r.id}': confidence must be high, medium or low`);
        if (r.tier !== undefined && r.tier !== 'generic')
            fail(`rule '${r.id}': tier may only be 'generic'`);
        if (r.block !== undefined && typeof r.block !== 'boolean')
            fail(`rule '${r.id}': block is true or false`);
    }
    return file;
}
/** Builds the keyword automaton; matcher i gets the keywords of keywordLists[i]. */
function buildAutomaton(keywordLists, guardBase = keywordLists.length) {
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
    // Built where the scanner reads it (a kernel's memory), then turned into its form in place: one copy of
    // its megabytes, not two, at the peak of the start-up.
    const table = lanesTable(states * 256);
    const fail = new Int32Array(states);
    const queue = [];
    for (const [byte, next] of goto[0] ?? []) {
        table[byte] = next;
        queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
        const state = queue[head] ?? 0;
        const failRow = (fail[state] ?? 0) * 256;
        const row = state * 256;
        for (const m of ends[fail[state] ?? 0] ?? [])
            ends[state]?.add(m);
        // A byte with no edge of its own goes where it goes from the fail state (its row is complete: BFS order).
        table.copyWithin(row, failRow, failRow + 256);
        for (const [byte, next] of goto[state] ?? []) {
            fail[next] = table[failRow + byte] ?? 0;
            table[row + byte] = next;
            queue.push(next);
        }
    }
    // Fold upper-case ASCII onto lower case so matching ignores case at no cost per byte.
    for (let row = 0; row < table.length; row += 256)
        table.copyWithin(row + 65, row + 97, row + 123);
    const output = new Int32Array(states);
    const outputs = [];
    ends.forEach((set, state) => {
        if (set.size === 0)
            return;
        outputs.push([...set].sort((a, b) => a - b));
        output[state] = outputs.length;
    });
    return { table: scannerTable(table, output), output, outputs, guardBase };
}
/**
 * The transition table as the scanner's loop reads it: states as byte offsets, so the loop needs no multiply; a
 * negative entry for the rare bytes that need more than a move (a keyword's end, a line feed, an ESC), so the
 * common byte costs one lookup and one comparison.
 */
function scannerTable(table, output) {
    for (let i = 0; i < table.length; i++) {
        const state = table[i] ?? 0;
        table[i] = output[state] === 0 ? state << STATE_SHIFT : ~(state << STATE_SHIFT);
    }
    for (let offset = 0; offset < table.length; offset += 256) {
        table[offset + 10] = NEWLINE;
        table[offset + 27] = ESCAPE;
    }
    return table;
}
function compileRules(file, lexicon = defaultLexicon(), weights = defaultWeights) {
    const keywordLists = [
        ...file.rules.map((r) => r.keywords),
        ...file.success.map((s) => s.keywords),
        ...file.stepEnds.map((s) => s.keywords),
        ...file.commands.map((s) => s.keywords),
        [...STRUCTURE_KEYWORDS],
    ];
    // The rules' guards take the matchers after every keyword list.
    const guardBase = keywordLists.length;
    const guardLiterals = [];
    const rules = file.rules.map((spec, index) => {
        const flags = spec.flags ?? '';
        const re = new RegExp(spec.pattern, flags);
        const rule = { spec, index, re, test: splitTest(spec.pattern, flags, re) };
        const literals = floatingLiterals(spec.pattern, flags);
        if (literals) {
            rule.guard = { matcher: guardBase + guardLiterals.length };
            const atStart = anchoredTest(spec.pattern, flags);
            if (atStart)
                rule.guard.atStart = atStart;
            guardLiterals.push(literals);
        }
        return rule;
    });
    const success = file.success.map((spec) => ({ spec, re: new RegExp(spec.pattern) }));
    const stepEnds = file.stepEnds.map((spec) => ({ spec, re: new RegExp(spec.pattern) }));
    const commands = file.commands.map((spec) => ({ spec, re: new RegExp(spec.pattern) }));
    const automaton = buildAutomaton([...keywordLists, ...guardLiterals], guardBase);
    return { rules, success, stepEnds, commands, automaton, lexicon, weights };
}
let defaultRules;
/** The shipped rules, compiled once. */
function defaultRuleSet() {
    defaultRules ??= compileRules(validateRuleFile(log_rules_namespaceObject));
    return defaultRules;
}

;// CONCATENATED MODULE: ./src/core/classify/fallback.ts

/** Error-shaped lines kept per step: the decisive error block is near the step's end. */
const TAIL_LINES = 6;
/**
 * An error-shaped line: a word tools use for a failure. A zero count (`0 errors`, `0 failures`) is a
 * summary of success, not a finding.
 */
const ERROR_SHAPE = /\b(?:errors?|exception|fatal|fail(?:ed|ure|s)?|cannot|can't|could ?n[o']t|unable|denied|not found|no such|timed? ?out|refused|killed|unresolved|abort(?:ed)?|panic(?:ked)?|traceback|undefined|invalid|missing|exceeded|unavailable|unreachable|forbidden|unauthori[sz]ed)\b/i;
/** A zero count in either order (`0 errors`, `Failed:     0`, `[ FAIL 0 |`): taken out before the shape is asked. */
const ZERO_COUNT = /\b0 (?:errors?|failures?|failed|failing)\b|\b(?:errors?|failures?|failed|fail|failing)\s*[:=]?\s*0\b/gi;
/**
 * Lines that only look like errors: a command echoed before it ran (`$ make`, `+ echo ...`), a warning, and
 * Maven's advice after any failure (`[ERROR] Re-run Maven using the -X switch`).
 */
const NOT_A_FINDING = /^(?:[$+>] |echo\b|#|\W*warn(?:ing)?\b)|^\[ERROR\] (?:After correcting|Re-run Maven|To see the full|For more information about|-> \[Help|\[Help)/i;
function isErrorShaped(text) {
    // Most lines have no failure word: that test first, and the zero counts taken out only of lines that have one
    // (taking text out cannot add a word).
    if (!ERROR_SHAPE.test(text) || NOT_A_FINDING.test(text))
        return false;
    const counted = text.replace(ZERO_COUNT, ' ');
    return counted === text || ERROR_SHAPE.test(counted);
}
/** Quantisation step of the stored log-probabilities: 1/16 nat. */
const SCALE = 16;
function decodeModel(file) {
    return {
        mask: (1 << file.bits) - 1,
        classes: file.classes,
        prior: file.prior,
        cost: Uint8Array.from(Buffer.from(file.weights, 'base64')),
    };
}
/**
 * A line's features, hashed: lower-cased words (digits folded to 0, so line numbers and versions weigh
 * alike), word pairs, and each word's character 4-grams (`^unre`, `reso`, ... : a tool's variant wording).
 * Deduplicated: a line is a set of features.
 */
function lineFeatures(text, bits) {
    const mask = (1 << bits) - 1;
    const words = text
        .toLowerCase()
        .replace(/\d+/g, '0')
        .match(/[a-z_0][a-z0-9_]*|[^\sa-z0-9_]/g) ?? [];
    const out = new Set();
    let previous = '^';
    for (const word of words.slice(0, 60)) {
        out.add(hash(`w ${word}`) & mask);
        out.add(hash(`b ${previous} ${word}`) & mask);
        previous = word;
        if (word.length < 3)
            continue;
        const padded = `^${word}$`;
        for (let i = 0; i + 4 <= padded.length; i++)
            out.add(hash(`c ${padded.slice(i, i + 4)}`) & mask);
    }
    return [...out].sort((a, b) => a - b);
}
/** FNV-1a, 32 bits. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** The class posteriors of one line. */
function posteriors(model, text) {
    const bits = Math.log2(model.mask + 1);
    const n = model.classes.length;
    const scores = model.prior.slice();
    for (const bucket of lineFeatures(text, bits)) {
        for (let c = 0; c < n; c++)
            scores[c] = scores[c] - model.cost[bucket * n + c] / SCALE;
    }
    const top = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - top));
    const sum = exp.reduce((a, b) => a + b, 0);
    return exp.map((e) => e / sum);
}
/**
 * Posterior at which the fallback speaks. It says low whatever the posterior: typed held out, the evidence lines
 * it is sure of are right about four times in five by project, seven in ten by source (npm run train:classify):
 * a guess to show, not to act on.
 */
const FALLBACK_SURE = 0.99;
/**
 * The type of the latest candidate line the model types surely (the decisive error block is the last one before
 * the exit), or undefined when it is sure of none.
 */
function fallbackVerdict(model, lines) {
    for (let k = lines.length - 1; k >= 0; k--) {
        const evidence = lines[k];
        const p = posteriors(model, evidence.text);
        let c = 0;
        for (let i = 1; i < p.length; i++)
            if (p[i] > p[c])
                c = i;
        const top = p[c];
        // The model's `unknown` is what error-shaped lines of passing jobs look like: not a finding.
        const type = model.classes[c];
        if (top < FALLBACK_SURE || type === 'unknown')
            continue;
        // A transient guess would spend a retry on what may be a deterministic failure: only rules say transient.
        if (types/* TRANSIENT_TYPES */.ZF.includes(type))
            return undefined;
        return { type, p: top, confidence: 'low', evidence };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/classify/scanner.ts






/** Commands kept per step: the first ones said to fail, the last ones echoed. */
const scanner_MAX_COMMANDS = 8;
/** The fewest bytes of a window worth splitting in two lanes. */
const MIN_SPLIT = 4096;
/** Raw bytes of a line kept for matching: room for timestamps and colour codes around MAX_LINE_CHARS of text. */
const MAX_LINE_BYTES = normalize/* MAX_LINE_CHARS */.yL * 2;
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
    structureMatcher;
    reader;
    /** The step being read, and the last closed step that did its own work (GitLab says it failed later). */
    step;
    closedRun;
    /** The first step that failed only by a cancellation, kept in case no other step failed (structure.ts firstFailed). */
    cancelledRun;
    /** The whole log's last decoded lines: the fallback's candidates when the log shows no failed step. */
    recent = [];
    /** The automaton's and the colour code's state where the last chunk ended (keyword-lanes.ts). */
    state = 0;
    escape = 0;
    lanes = [new Lane(), new Lane()];
    kernel;
    line = 1;
    /** Matchers whose keywords the current line contains. */
    seen;
    /** Per rule guard (RuleGuard), the last line holding one of its literals. */
    guardLine;
    pending = [];
    /** A `Run '<path>'` header's command, kept until the reader says whether a step began there. */
    deferredCommand;
    /** Head of the current line when it started in an earlier chunk. */
    carry = [];
    carryBytes = 0;
    /** While a step header's script is read for its first command past set-up lines (scriptLine). */
    scriptLines = false;
    constructor(ruleSet, command) {
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
        this.structureMatcher = this.stepEndsEnd + ruleSet.commands.length;
        this.seen = new Uint8Array(this.structureMatcher + 1);
        const { guardBase } = ruleSet.automaton;
        const guards = ruleSet.rules.reduce((n, r) => (r.guard ? Math.max(n, r.guard.matcher + 1 - guardBase) : n), 0);
        this.guardLine = new Float64Array(guards);
        this.reader = new StructureReader(command);
        this.step = this.freshStep(-1, 1);
        this.kernel = kernelFor(ruleSet.automaton.table);
    }
    push(chunk) {
        this.result.bytes += chunk.length;
        let lineStart = 0;
        for (let from = 0; from < chunk.length; from += WINDOW) {
            const end = Math.min(chunk.length, from + WINDOW);
            lineStart = this.scanWindow(chunk, from, end, lineStart);
        }
        if (lineStart < chunk.length)
            this.keep(chunk.subarray(lineStart, chunk.length));
    }
    /**
     * chunk[from, end) through the keyword automaton, in two lanes when a line starts near the middle
     * (keyword-lanes.ts), then its line feeds and keyword ends in byte order. Returns where the last line starts.
     */
    scanWindow(chunk, from, end, lineStart) {
        const a = this.lanes[0];
        const b = this.lanes[1];
        a.state = this.state;
        a.escape = this.escape;
        const split = end - from >= MIN_SPLIT ? chunk.indexOf(10, from + ((end - from) >> 1)) + 1 : 0;
        const mid = split > 0 && split < end ? split : 0;
        b.state = 0;
        b.escape = 0;
        this.kernel.run(chunk, a, b, from, mid, end);
        let start = this.replay(chunk, a, lineStart);
        if (mid > 0)
            start = this.replay(chunk, b, start);
        const last = mid > 0 ? b : a;
        this.state = last.state;
        this.escape = last.escape;
        return start;
    }
    /** A lane's line feeds and keyword ends, in order; returns where the last line starts. */
    replay(chunk, lane, lineStart) {
        const { events, count } = lane;
        const { output } = this.ruleSet.automaton;
        let start = lineStart;
        for (let k = 0; k < count; k += 2) {
            const i = events[k];
            const entry = events[k + 1];
            if (entry === NEWLINE) {
                // A step header's script lines hold no keyword but are decoded while its command is a set-up line.
                if (this.pending.length > 0 || this.scriptLines)
                    this.endLine(chunk, start, i);
                else if (this.carryBytes > 0)
                    this.dropCarry();
                this.line++;
                start = i + 1;
            }
            else {
                this.mark(output[~entry >> STATE_SHIFT]);
            }
        }
        lane.count = 0;
        return start;
    }
    end() {
        const unfinished = this.carryBytes > 0;
        if (this.pending.length > 0)
            this.endLine(Buffer.alloc(0), 0, 0);
        this.dropCarry();
        // `line` is the number of the line being read: it exists only if it has bytes.
        this.result.lines = this.result.bytes === 0 ? 0 : unfinished ? this.line : this.line - 1;
        const structure = this.reader.end(this.result.lines);
        this.result.structure = structure;
        this.unfreezeAllowed();
        const failed = structure.failedStep;
        if (failed !== undefined && !this.result.firstFailedStep) {
            // The step that failed was still open, or closed before the log said it failed (GitLab).
            const hits = [this.step, this.closedRun, this.cancelledRun].find((h) => h?.index === failed);
            if (hits)
                this.freeze(hits, structure.steps[failed]);
        }
        const open = structure.steps[this.step.index];
        if (open)
            this.keepLater(this.step, open);
        this.result.command ??= this.step.commands;
        const tail = shapedTail(this.recent);
        if (tail.length > 0)
            this.result.tail = tail;
        return this.result;
    }
    freshStep(index, from) {
        const n = this.ruleCount;
        return {
            index,
            from,
            first: new Array(n),
            last: new Array(n),
            commands: { failed: [], ran: [] },
            recent: [],
        };
    }
    freeze(hits, step) {
        const failed = {
            from: hits.from,
            to: step?.end ?? this.line,
            first: hits.first,
            last: hits.last,
            tail: shapedTail(hits.recent),
        };
        if (step)
            failed.step = step;
        this.result.firstFailedStep = failed;
        this.result.command = hits.commands;
    }
    /** A step closed after the first failed one: kept when it failed the job too and is the first such. */
    keepLater(hits, step) {
        const first = this.result.firstFailedStep;
        if (!first?.step || this.result.laterFailedStep || step === first.step)
            return;
        if (step.start <= first.step.start || !failsTheJob(step) || step.cancelled === true)
            return;
        this.result.laterFailedStep = {
            from: hits.from,
            to: step.end,
            first: hits.first,
            last: hits.last,
            step,
            tail: shapedTail(hits.recent),
            commands: hits.commands,
        };
    }
    /**
     * The step kept as the first to fail, when the log said later that it was allowed to (a composite action's
     * continue-on-error, structure.ts ACTION_MARKER): the next failed step that was not is the one.
     */
    unfreezeAllowed() {
        if (!this.result.firstFailedStep?.step?.allowedToFail)
            return;
        delete this.result.firstFailedStep;
        delete this.result.command;
        delete this.result.laterFailedStep;
    }
    /** The reader moved on to a new step: the one just closed is kept if it is the first to fail. */
    closeStep() {
        this.unfreezeAllowed();
        const closed = this.step;
        // The reader made its first step from line 1 only now: the lines read so far are that step's.
        if (closed.index === -1 && this.reader.stepAt(0)?.start === 1) {
            closed.index = 0;
            if (this.reader.current === 0)
                return;
        }
        const step = this.reader.stepAt(closed.index);
        if (step)
            this.keepLater(closed, step);
        if (step && !this.result.firstFailedStep && (step.kind === 'run' || step.kind === 'setup')) {
            // A step only cancelled waits: another job's step that failed on its own decides (structure.ts).
            if (failsTheJob(step) && step.cancelled === true)
                this.cancelledRun ??= closed;
            else if (failsTheJob(step))
                this.freeze(closed, step);
            else
                this.closedRun = closed;
        }
        const index = this.reader.current;
        this.step = this.freshStep(index, this.reader.stepAt(index)?.start ?? this.line + 1);
    }
    mark(out) {
        const { outputs, guardBase } = this.ruleSet.automaton;
        for (const matcher of outputs[out - 1] ?? []) {
            // A guard's literal does not make the line a candidate; it only lets its rule's full pattern be asked.
            if (matcher >= guardBase)
                this.guardLine[matcher - guardBase] = this.line;
            else if (this.seen[matcher] === 0) {
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
        let decoded;
        if (this.carryBytes > 0) {
            this.keep(chunk.subarray(start, end));
            decoded = Buffer.concat(this.carry).toString('utf8');
            this.dropCarry();
        }
        else {
            // Decoded in place: a view of the line's bytes would be one more object per line.
            decoded = chunk.toString('utf8', start, Math.min(end, start + MAX_LINE_BYTES));
        }
        const matchers = this.pending;
        this.pending = [];
        for (const m of matchers)
            this.seen[m] = 0;
        const { text: stripped, cut } = (0,normalize/* stripLineCut */.pk)(decoded);
        let structural = this.reader.inHeader;
        if (matchers.includes(this.structureMatcher)) {
            structural = this.reader.line(this.line, decoded, stripped) || structural;
        }
        // Exit-status boilerplate and structure markers decide nothing; a step's header is its script.
        const text = (0,normalize/* isBoilerplate */.Mj)(stripped) || structural ? '' : stripped;
        let stepCommand;
        const r = this.result;
        for (const m of matchers) {
            if (m === this.structureMatcher)
                continue;
            if (m >= this.successEnd && m < this.stepEndsEnd) {
                const end = this.ruleSet.stepEnds[m - this.successEnd]?.re.exec(stripped)?.groups;
                if (end?.cmd)
                    this.endedStep(end.cmd);
                continue;
            }
            if (m >= this.stepEndsEnd && stripped) {
                stepCommand = this.command(m, stripped) ?? stepCommand;
                continue;
            }
            if (m < this.ruleCount) {
                if (!text)
                    continue;
                const rule = this.ruleSet.rules[m];
                if (!rule)
                    continue;
                if (!this.ruleMatches(rule, text, cut))
                    continue;
                const hit = { line: this.line, text };
                r.first[m] ??= hit;
                r.last[m] = hit;
                r.counts[m] = (r.counts[m] ?? 0) + 1;
                this.step.first[m] ??= hit;
                this.step.last[m] = hit;
            }
            else if (stripped && !(0,normalize/* isBoilerplate */.Mj)(stripped)) {
                const success = this.ruleSet.success[m - this.ruleCount];
                if (success?.re.test(stripped))
                    r.success = { line: this.line, text: stripped, rule: success.spec.id };
            }
        }
        // A line a rule's keyword made us decode: the learned fallback's candidate if it is shaped like an error,
        // which is asked only of the failed steps' last lines (shapedTail), not of every line read.
        if (text) {
            const hit = { line: this.line, text };
            keepRecent(this.step.recent, hit);
            keepRecent(this.recent, hit);
        }
        if (this.reader.current !== this.step.index)
            this.closeStep();
        const deferred = this.deferredCommand;
        if (deferred && !this.reader.deferring) {
            // The header began a step (its command is that step's own) or was a job extension's (it is no one's).
            if (this.reader.stepAt(this.reader.current)?.start === deferred.line)
                this.step.commands.step = deferred;
            this.deferredCommand = undefined;
        }
        if (stepCommand) {
            if (this.reader.deferring)
                this.deferredCommand = stepCommand;
            else
                this.step.commands.step = stepCommand;
            this.scriptLines = stepCommand.spec === 'gha-run' && isSetupCommand(stepCommand.text);
        }
        else if (this.scriptLines)
            this.scriptLine(stripped);
    }
    /**
     * A line of the header of a step whose `Run` line is a set-up command (`source .venv/bin/activate`, `cd
     * admin`, `set -ex`): the first that is not one is the command that types the step. The header's script
     * ends at its `shell:` line.
     */
    scriptLine(text) {
        if (!this.reader.inHeader || text.startsWith('shell: ')) {
            this.scriptLines = false;
            return;
        }
        if (text === '' || isSetupCommand(text))
            return;
        this.scriptLines = false;
        const hit = { line: this.line, text, role: 'step', spec: 'gha-run-script' };
        if (this.reader.deferring)
            this.deferredCommand = hit;
        else
            this.step.commands.step = hit;
    }
    /**
     * Whether a rule's pattern matches a line's text. When the text is a cut of the line's bytes and they hold
     * none of the literals the rule's floating alternatives need, only the anchored ones can match.
     */
    ruleMatches(rule, text, cut) {
        const guard = rule.guard;
        if (guard && cut && this.guardLine[guard.matcher - this.ruleSet.automaton.guardBase] !== this.line)
            return guard.atStart ? guard.atStart(text) : false;
        return rule.test ? rule.test(text) : rule.re.test(text);
    }
    /** A command a line names: a step's own is returned (it belongs to the step that line opens). */
    command(m, text) {
        const command = this.ruleSet.commands[m - this.stepEndsEnd];
        const cmd = command?.re.exec(text)?.groups?.cmd?.trim();
        if (!command || !cmd)
            return undefined;
        const hit = { line: this.line, text: cmd, role: command.spec.role, spec: command.spec.id };
        if (command.spec.names)
            hit.name = true;
        const commands = this.step.commands;
        if (hit.role === 'step')
            return hit;
        if (hit.role === 'failed') {
            if (commands.failed.length < scanner_MAX_COMMANDS)
                commands.failed.push(hit);
        }
        else {
            commands.ran.push(hit);
            if (commands.ran.length > scanner_MAX_COMMANDS)
                commands.ran.shift();
        }
        return undefined;
    }
    /**
     * A step end that names its command (Travis): that command is the step's own, and only what was echoed after
     * its own echo (`$ npm test`) ran inside it; earlier echoes belong to install commands that print no end.
     */
    endedStep(cmd) {
        const context = this.step.commands;
        context.step = { line: this.line, text: cmd, role: 'step', spec: 'step-end' };
        const own = context.ran.findLastIndex((hit) => hit.text === cmd);
        if (own >= 0)
            context.ran = context.ran.slice(own + 1);
    }
}
/**
 * Decoded lines kept per step: the decisive error block is near the step's end, and asking only these whether
 * they are error-shaped keeps that question off the lines of a long log (a tenth of the time of a 41 MB scan).
 */
const RECENT_LINES = 1024;
/** Keeps at least the last RECENT_LINES lines, trimming in batches so a line costs no array shift. */
function keepRecent(recent, hit) {
    recent.push(hit);
    if (recent.length >= 2 * RECENT_LINES)
        recent.splice(0, recent.length - RECENT_LINES);
}
/** The last TAIL_LINES error-shaped lines among the last RECENT_LINES decoded ones, oldest first. */
function shapedTail(recent) {
    const tail = [];
    const from = Math.max(0, recent.length - RECENT_LINES);
    for (let i = recent.length - 1; i >= from && tail.length < TAIL_LINES; i--) {
        const hit = recent[i];
        if (isErrorShaped(hit.text))
            tail.unshift(hit);
    }
    return tail;
}
/** Scans a whole in-memory log; `command` is what a plain log's one step ran. */
function scanText(text, ruleSet, command) {
    const scanner = new LogScanner(ruleSet, command);
    scanner.push(Buffer.from(text, 'utf8'));
    return scanner.end();
}

;// CONCATENATED MODULE: ./src/core/classify/weigh.ts

const PRIOR = { high: 0.9, medium: 0.75, low: 0.45 };
/** Pseudo-firings of the prior: a piece measured on few logs stays near its declared confidence. */
const PRIOR_STRENGTH = 3;
/** Exit statuses that name a kind of failure wherever they come from (timeout(1), the OOM killer, a shell). */
const EXIT_TYPES = { 124: 'timeout', 127: 'config', 137: 'resource' };
/**
 * A cause ranks above the wrapper that reports it: a compile error above "tests failed", a network error
 * above the "could not resolve dependencies" it caused.
 */
const CAUSES = {
    test: ['build', 'dependency', 'network', 'resource', 'timeout'],
    dependency: ['network'],
    build: ['network', 'resource'],
    'quality-gate': ['network'],
    // The runner cancels a step its time limit stopped ('The operation was canceled.' after the limit's line).
    cancelled: ['timeout'],
    unknown: ['build', 'test', 'dependency', 'network', 'resource', 'timeout', 'config', 'quality-gate', 'git'],
};
/** Causes that end the work they hit: what follows them is their fallout, however far it runs on. */
const KILLS = ['timeout', 'resource'];
/** Support at which a cause overrides its wrapper, and below which the classifier abstains. */
const CAUSE_SUPPORT = 0.8;
const ABSTAIN_BELOW = 0;
/** Lines before a step's exit (or the log's end) that make up its last error block. */
const END_LINES = 60;
/** No rule hit at all. */
const NO_HITS = { first: [], last: [] };
/**
 * The rule hits that count: the failed step's when the log shows it; none when the log says the job passed
 * (every step it shows passed, and a passed step's lines never decide: a checker run under `|| true` prints
 * its real findings); else the whole log's.
 */
function scopeOf(scan) {
    if (scan.firstFailedStep)
        return scan.firstFailedStep;
    return scan.structure?.outcome === 'passed' ? NO_HITS : scan;
}
/**
 * The line of the last retry a tool announced in the scope (structure.ts RETRY_MARKER): a network error no
 * later than it was survived (the clone or download was tried again) unless the same error comes after it.
 */
function retriedAt(scan) {
    const failed = scan.firstFailedStep;
    return failed ? failed.step?.retriedAt : scan.structure?.retriedAt;
}
/** Each rule's piece, one per group (the member whose hit is latest, or earliest with pick: first). */
function rulePieces(scan, ruleSet) {
    const scope = scopeOf(scan);
    const end = scan.firstFailedStep?.to ?? scan.lines;
    const retried = retriedAt(scan) ?? 0;
    const groups = new Map();
    const pieces = [];
    for (const rule of ruleSet.rules) {
        const { spec } = rule;
        if (spec.structural === true || ruleSet.drop?.has(`rule:${spec.id}`))
            continue;
        const earliest = spec.pick === 'first';
        const last = scope.last[rule.index];
        if (spec.type === 'network' && last !== undefined && last.line <= retried)
            continue;
        // A hit in the last lines before the step's exit is the decisive error block: weighed on its own.
        const atEnd = last !== undefined && end - last.line <= END_LINES;
        // A block shape (a unified diff) says nothing unless a failed step ends on it.
        if (spec.block === true && !(atEnd && scan.firstFailedStep))
            continue;
        // Weighed as at the end or not; the line it names is the rule's choice (`pick: first`: the first
        // failing test rather than the tally after it).
        const hit = earliest ? (scope.first[rule.index] ?? last) : last;
        if (!hit)
            continue;
        const piece = {
            key: atEnd ? `rule:${spec.id}@end` : `rule:${spec.id}`,
            type: spec.type,
            evidence: hit,
            prior: PRIOR[spec.confidence],
        };
        if (spec.tier === 'generic') {
            piece.prior = Math.min(piece.prior, PRIOR.low);
            piece.generic = true;
        }
        if (spec.retryable !== undefined)
            piece.retryable = spec.retryable;
        if (spec.group === undefined) {
            pieces.push(piece);
            continue;
        }
        const best = groups.get(spec.group);
        const better = !best || (earliest ? hit.line < best.at : hit.line > best.at);
        if (better)
            groups.set(spec.group, { ...piece, at: hit.line, earliest });
    }
    for (const { at: _at, earliest: _earliest, ...piece } of groups.values())
        pieces.push(piece);
    return pieces;
}
/**
 * The failing command's piece: a named tool (or a tool in a named mode, `mode:tsc--noemit`) that a line says
 * failed weighs more than a bare task word.
 */
function commandPiece(found, failedStep) {
    if (!found)
        return [];
    const named = /^(?:tool|mode):/.test(found.entry) && (failedStep || found.hit.role === 'failed');
    return [
        {
            key: `command:${found.entry}`,
            type: found.type,
            evidence: { line: found.hit.line, text: found.hit.text },
            prior: named ? PRIOR.medium : PRIOR.low,
        },
    ];
}
/**
 * The failing command's tool exited with a status its documentation gives one meaning (lexicon `exitStatus`:
 * pytest's 4 is a usage error, no test ran): that status, not the tool's kind, types the command. Only when the
 * step's exit status is the tool's, so only for the step's own command or one it echoed, never a task word.
 */
function toolStatusPiece(found, scan, lexicon) {
    const code = scan.firstFailedStep?.step?.exitCode;
    if (!found || code === undefined || found.hit.name)
        return undefined;
    const type = lexicon.exitStatus.get(found.entry)?.get(code);
    if (!type)
        return undefined;
    const evidence = { line: found.hit.line, text: found.hit.text };
    return { key: `command:${found.entry}@exit:${code}`, type, evidence, prior: PRIOR.high };
}
function exitPiece(scan) {
    const step = scan.firstFailedStep?.step;
    const code = step?.exitCode;
    const type = code === undefined ? undefined : EXIT_TYPES[code];
    if (code === undefined || !type)
        return [];
    return [
        { key: `exit:${code}`, type, evidence: { line: step?.end ?? 0, text: `exit ${code}` }, prior: PRIOR.low },
    ];
}
/**
 * A step whose command only checks code (`tsc --noEmit`, a type-checker: context.ts checksOnly) builds
 * nothing: the compiler diagnostics it prints (`error TS2322`, rule compiler-error) are the checker's
 * findings, of the checker's type (TAXONOMY.md: typecheck errors of a build are `build`, a typecheck-only
 * job is `quality-gate`). Only when that command is the failing one; the pieces keep their keys and weights.
 */
function checkerFindings(pieces, command) {
    if (!command?.checkOnly)
        return pieces;
    return pieces.map((piece) => (piece.type === 'build' ? { ...piece, type: command.type } : piece));
}
/** Every piece of evidence a scan holds, with the command context (the caller's command when the log has none). */
function evidencePieces(scan, ruleSet, context) {
    const command = resolveContext(context, ruleSet.lexicon);
    const status = toolStatusPiece(command, scan, ruleSet.lexicon);
    const pieces = [
        ...checkerFindings(rulePieces(scan, ruleSet), command),
        ...(status ? [status] : commandPiece(command, scan.firstFailedStep !== undefined)),
        ...exitPiece(scan),
    ];
    const drop = ruleSet.drop;
    return lateLimits(drop ? pieces.filter((p) => !drop.has(p.key)) : pieces);
}
/**
 * A time limit that stopped a step whose tests had already reported failures says nothing of its own: the failed
 * tests are what a person fixes first (TAXONOMY.md, the earliest hard failure), the limit only ended a run that
 * had failed (jest's `Tests: 2 failed` and then the runner's `The action 'Test' has timed out after 30 minutes.`).
 * A limit before the test runner's report (go's `panic: test timed out` above its `FAIL` lines) stays.
 */
function lateLimits(pieces) {
    const failed = pieces.filter((p) => p.type === 'test' && p.key.startsWith('rule:') && !p.generic);
    if (failed.length === 0)
        return pieces;
    const first = Math.min(...failed.map((p) => p.evidence.line));
    return pieces.filter((p) => !(p.type === 'timeout' && p.key.startsWith('rule:') && p.evidence.line > first));
}
/** A piece's weight: its measured precision, shrunk toward its prior by PRIOR_STRENGTH pseudo-firings. */
function weightOf(piece, weights) {
    const measured = weights[piece.key];
    const fires = measured?.fires ?? 0;
    const right = measured?.right ?? 0;
    return (right + PRIOR_STRENGTH * piece.prior) / (fires + PRIOR_STRENGTH);
}
/** How sure a weight lets the verdict be. */
function confidenceOf(weight, fires) {
    if (weight >= 0.95 && fires >= 5)
        return 'high';
    if (weight >= 0.75)
        return 'medium';
    return 'low';
}
/**
 * The best-supported type. Each type's support is its strongest piece (a later line wins a tie: the last
 * error block before the exit). A cause with support >= CAUSE_SUPPORT outranks its wrapper; support below
 * ABSTAIN_BELOW abstains (undefined); a runner-up within 0.1 of the winner lowers the confidence one level.
 */
function weigh(pieces, weights) {
    const best = new Map();
    for (const piece of pieces) {
        const weight = weightOf(piece, weights);
        const current = best.get(piece.type);
        if (!current ||
            weight > current.weight ||
            (weight === current.weight && piece.evidence.line > current.piece.evidence.line))
            best.set(piece.type, { piece, weight });
    }
    const ranked = [...best.values()].sort((a, b) => b.weight - a.weight || b.piece.evidence.line - a.piece.evidence.line);
    let winner = ranked[0];
    if (!winner)
        return undefined;
    const causes = CAUSES[winner.piece.type] ?? [];
    // The wrapper reports its cause: when the wrapper's type speaks in the last error block, a cause seen only
    // far before it, which the step went past (a logger's INFO line, a sub-suite's resolver conflict), is not
    // what that block reports. A kill (a time limit, the OOM killer) ends what it hits, wherever it is.
    const wrapperAtEnd = pieces.some((p) => p.type === winner?.piece.type && atEnd(p));
    const reported = (type) => !wrapperAtEnd || KILLS.includes(type) || pieces.some((p) => p.type === type && atEnd(p));
    const cause = ranked.find((r) => causes.includes(r.piece.type) && r.weight >= CAUSE_SUPPORT && reported(r.piece.type));
    if (cause)
        winner = cause;
    else
        winner = toldOverCommand(ranked, winner);
    if (winner.weight < ABSTAIN_BELOW)
        return undefined;
    const fires = weights[winner.piece.key]?.fires ?? 0;
    let confidence = confidenceOf(winner.weight, fires);
    const rival = ranked.find((r) => r !== winner && !causes.includes(r.piece.type));
    if (rival && rival.weight >= winner.weight - 0.1 && winner !== cause)
        confidence = confidence === 'high' ? 'medium' : 'low';
    // The type stands on its best support; its evidence is the most specific line for it (a failing test's
    // panic rather than the runner's closing tally; the usage error rather than the status that says there was
    // one), when a specific rule fired too.
    const piece = winner.piece.generic || winner.piece.key.includes('@exit:')
        ? (specificPiece(pieces, winner.piece.type, weights) ?? winner.piece)
        : winner.piece;
    const result = { piece, weight: winner.weight, confidence };
    if (rival)
        result.runnerUp = { type: rival.piece.type, weight: rival.weight };
    return result;
}
/**
 * What the tool printed decides over the command's word: a step's command (`npm run coveralls`, `pytest`) says
 * what it meant to do, a tool's own line in the last error block says what went wrong (a usage error before any
 * test ran, a coverage threshold after all passed). Only a specific rule's line, with support >= CAUSE_SUPPORT.
 */
function toldOverCommand(ranked, winner) {
    if (!winner.piece.key.startsWith('command:'))
        return winner;
    const told = ranked.find((r) => r.piece.key.startsWith('rule:') && atEnd(r.piece) && !r.piece.generic && r.weight >= CAUSE_SUPPORT);
    return told ?? winner;
}
/** A rule's hit in the last error block before the step's exit (END_LINES). */
function atEnd(piece) {
    return piece.key.endsWith('@end');
}
/** The best-supported line of the log for `type` from a rule that is not generic (a later line wins a tie). */
function specificPiece(pieces, type, weights) {
    let best;
    for (const piece of pieces) {
        if (piece.type !== type || piece.generic || !piece.key.startsWith('rule:'))
            continue;
        const weight = weightOf(piece, weights);
        if (!best ||
            weight > best.weight ||
            (weight === best.weight && piece.evidence.line > best.piece.evidence.line))
            best = { piece, weight };
    }
    return best?.piece;
}
/** Measures every piece key on labelled failures: how often it fired and how often its type was the label. */
function measureWeights(samples) {
    const weights = {};
    for (const { label, pieces } of samples) {
        const seen = new Set();
        for (const piece of pieces) {
            if (seen.has(piece.key))
                continue;
            seen.add(piece.key);
            const w = (weights[piece.key] ??= { fires: 0, right: 0 });
            w.fires++;
            if (piece.type === label)
                w.right++;
        }
    }
    return weights;
}

// EXTERNAL MODULE: ./src/core/classify/team-rules.ts
var team_rules = __webpack_require__(6059);
;// CONCATENATED MODULE: ./rules/fallback-model.json
const fallback_model_namespaceObject = /*#__PURE__*/JSON.parse('{"why":"Generated by npm run train:classify from the labelled corpus (evidence lines and tools/ output): the learned fallback of src/core/classify/fallback.ts. Do not edit by hand.","bits":13,"classes":["test","build","quality-gate","dependency","network","git","timeout","resource","infrastructure","cancelled","config","unknown"],"prior":[-1.491,-2.45,-1.224,-3.375,-4.248,-5.788,-4.872,-4.872,-5.971,-5.971,-3.469,-1.233],"weights":"r5a3n5iSk5WSkZu5r6e3n5iSk5WSkZunr6eln5iSk5WSkZuar6eDn3mSk5WSkZuar6eAn4eSk5WSkZuTr5a3n5iSk5WSkZu5nqeTn5iSk5WSkZu5r6eln5iSk5WSkZu5r6e3n5iAk5WSkZuff3SEeZiSk4OSkYp0r6eTn4eSk5WSkZunnpaXn5iSk5WSkZuQe4iOn4eSk5WSkZufhKe3n4eSk5WSkZu5hqeEfJiSk5WAkYKFjISdhpiSk3KSkYp4r6edjpiSk5WSkZunr6eXjpiSk5WSkXyalpalhpiSk5WSkZufr6eOn5iSk5WSkZt/jKe3n5h4k5WSkZuOnqeln5iSk5WSkZuEkKeXn5iSk5WSkZuOr5aQn5iSk5WSkZuTr6eln5iSk5WSkZunnnp+n4eSk5WSkZuAr6eOn5iSk5WSkZu5r6e3n5iSk5WSkZu5nqeHn5iSk5WSkZunlqeJn5iSk5WAkZuQr6edn5iSk5WAgJualqeln5iSk5WSkZu5jKedn5iSk5WSgJufr6e3n5iSk5WSkZuQr5aln5iSk5WSkZuTr6edjpiSk5WSkZuakKe3gIeSk5WSkZuar5aXhnmSk5WSkZuIr6eln5iSk5WSkZuBlqeln36Sk5WSkZu5cqedn5iAgpWSkZualnyLn5iAk5WSkZuEr6edn5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eln5iSk5WSkZunr6eln5iSk5WSkZu5r6d9n5iSk5WAkYqnr6eXeZiSk5WSkZu5lqe3n5iSk5WSkZuTr6e3cpiSk5WSkZu5lqeTn3mSepWSkYqQr6edn5iSk5WSkZufnqeln5iSk5WSkZu5r6eXn5iSk5WSkZuWr6eln5iSk5WSkZu5r6eXn5iSk5WSkZuTnqeln5iSk5WAkZuWr5aln5iSk5WSkZu5r6e3n5iSk5WSkZuWlqeln5iSk5WSkZuIr6e3n5iSk5WSkZuKnqd8n5iSk5V4kZunnpa3n5iSk5WSkZu5r3yEn5iSk5WSkYq5r6e3n5iSk5WSkZunnpa3n5iSk5WSkZuflqe3n5iSk5WSkZu5r6d/n5iSk5WSkZunlqe3cpiSgpWSkZuFr6eOn5iSk5WSkZu5kI2Qn4eSk5WAkZuMr42dn5iSk5WSkZu5r5aLn5iSk5WSkZunr6e3n5iSk5WSkZuanqe3n5iSk5WSkZunnpa3n5iSk5WSkZuQnqeEn5iSk5WSkZu5r42dn5iSk5WSkZufnn59hoeSk26SkYp1npa3n5iSk5WSkZunr6e3n5iSk5WSkZu5gI2TjoeSk5WSkYqfnqedn5iSk5WSkZuQr6e3n5iSk5WSkZu5lqeBn5iSk5WSkZu5r42Dn5iSk5WSkZuMc6drn5iSgpWSkZt7loS3jpiSk5WSkZufr5a3n5iSk5WSkZunr36Qn5iAk5WSkZuWnoiln5iSk5WSkZufr6e3n5iSk5WSkZu5loS3n5iSk5WSkZu5lpZzn5iSk5WSkYp7r6e3n5iSk5WSkZu5r6eln5iSk5WSkZualqeOn5iSk5WSkZufr6e3n5iSk5WSkZu5noSleZiSk5WSkZu5r6edn5iSk5WSkZu5loGEn5iSk5WSkZuKjIidn5iSk5WSkZunr5aOfJiSk5WSkZu5kKeln5iSk5WSkZuWe35/hnWAk5WSkYqIr5aln5iSk5WSkZufr6e3n5iSk5WSkZu5nqeXn5iSk3uSkZt9r5aln5iSk5WSkZufr6eLn5iSk5WSkZuTr3idn5iSk5WAkZuWnn6ln5iSk3KSkYqakKd7n5iSk5WSkZu5gHyGn5iAk5WSgIJ7r42Tn5iSk5WSkZuWgpaXb4eSk4OSkZualpaln5iSk5WSkZunr6eXn5iSk5WSkZunnqedn5iSk5WSkZu5r4Gdn4eSk5WSkZuKr6eljpiSk5WSkZufr6edn5iSk5WSkZunr5a3jpiSk5WSkZualo23n5iSk5WSkZufr6eln5iSk5WSkZuQr6eln5iSk5WSkZuar5adn5iSk5WSkWSnlpa3n5iSk5WSkZu5nqeQn5iSk5WSkZu5cI23n5iSgpWAkZunjJaln5iSk5WSkZuKlqeln5iSk5WSkZu5hJaln5iSk5WSkZu5r6eln5iSk5WSkZuWgoGQn5iSk5WSkZuWlqeXn5iSk5WSkZufnqe3n5iSk5WSkZu5nqeln4eSk5WSkZunlpaXjpiSk5WSkZunr6e3jpiSgpWSkZu5r6e3n5iSk5WSkZuanqe3n5iSepWSkZu5r5a3n5iSk5WSkZu5nqeln5iSk5WSkZufr5a3n5iSk5WSkZu5X2h6n5iSk5WSkZt6gniLdJiSk5WSkYqTr6dun5iSk5WSkZuTr6eXn5iSk5WSkZunr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunlpaHn5iSk5WSkZu5r6e3n5iSk5WSkZuano2Ta2aAk5WSkXx1lqe3n5iSk5WSkZuKr42Xn5iSk5WSkYqWr6e3n5iSk5WSkZunkKe3n5iSk5WSkZuanpaln5iSk5WSkZuBlqe3n4eAepWSkZu5TH5qeZiSdHaSgHVor6e3n5iSk5WSkZu5r423n5iSk5WSkZu5r5aXhpiSk5WSkZunr5aQn5iSk5WSkZuTiZZufGmSk5WSkZt/r6eCn5iSk5WSkZuTr6eJn5iAk5WSkZunr6e3n5iSk5WSkZufnqe3n5iSk5WSkZunlqe3n5iSk5WSkZunno23n5iSk5WSkZungqeTn5iSk5WSkZuTnqe3fJiSk5WSkZu5nqe3n5iSk5WSkZufr4i3n5iSk5WSkZu5lqd/n5iSk5WSkZu5r6e3n5iSk5WSkZu5epaHfJiSk5WSkXiBr5algJiSk5WSkYq5r6e3n5iSk5WSkZuMr6e3n5iSk5WSkZu5npa3n5iSk5WSkZunr423n5iSk5WSkZunr423n5iSk5WSkZuQno2dn5iSk5WSkZu5r5aXn5iSk5WSkZufjJaln5iSk5WSkZuKnpadn5iSk5WSkYqQr4iHn5iSk5WSkYqajKeHn5iSk5WSkZu5loi3n5iSk5WSkZuQnoS3n5iSk5WSkZu5nqeln5iSk5WSkZu5loiln5iSk5WSkZu5r6e3n5iSk5WSkZuafZaOn36ScJWSkYKAr6eEn5iSk5WSkZu5e4SXjn6Sk5WSkZuAr6e3n4eSk5WSkZu5gKeCjoeSk5WSkYJ7noF2n5iAepWSkZuTnqe3jpiSk5WSkZufnoGHn5iSk5WSkZuOr6edn5iSk5WSkZunWo2Tn5iSk5WSkZt9kIGHn5iSk5WSkYqHnoS3n5iSk5WSkZu5nqe3n4eSk5WSgJuWnqedn5iSk5WSkZunr5a3n5iSk5WSkZuMiaeXfJiSk5WSkZu5r6e3n5iSk5WSkZunnqeLn5iAk5WSkZuar6e3n5iSk5WSkZu5kJaln4eSk5WSkZuMnpaQn5iSk5WSkYKFhKeTn5iSk5WSkZu5r6eJn5iSk5WSkZuWr5aXn5iSk5WSkZuWln6TbXmAk3aSkZuMr6e3n5iSk5WSkYqfjKe3jpiSk5WSkZu5hIiQn5iSk5WSkZunr6e3n5iSk5WSkZu5jHGJhnmSk5WSkYqQr4G3n5iSk5WSkZu5no2Ln5iSk5WSkYqTr5aLhpiSk5WSkZt4r5aln5iSk5WSkZufno2GjpiSk5WAkYqfU1VeXF6AgmF4bmlWlqe3n5iSk3aSkZuWkKeLn4eSgoOSkZuQc6edjpiAgpWSkZuar4GLn5iSk5WAkYJ3ln6ln5iSk5WSkYqnr5a3n3mSk5WSkZuHr6e3n5iSk5WSkZunr6eln3mSk5WSkZufno2lfJiSk5WSkZt8noiLn5iSk5WSkZuTr6e3n5iSk5WSkZufjI2Xn5iSk5WSkYqMr6eln5iSk5WSkZuflqeHn5iSk5WSkZufkJaLfJiSk5WSkYKffH56n5iSepWAgIp5r6e3n5iAk5WSkZu5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5npZ+n5iSk5WSkXyOr6e3n5iSk5WSkZu5lo2dn5iAk5WSkYKQnpaQjpiSk4OSkZundpaLn5iSapWSkWmnnoidjpiSk3aSkYKanpaln5iSk5WSkZuniXx1n5iAk5WSkZuHr5aln5iSk5WSkZuOln6OfIeSk5WSkYqDloS3n5iSk5WSkZunr6edn5iSk5WSkZunr6e3n5iSk5WSkZu5jI2Dn5iSk5WSkZuOlqe3n5iSk5WSkZuahKeLn4eSk5WSkZuMr6edn5iAk5WSkZu5nqe3n5iSk5WSkZu5r6eLn5iSk5WSkZuTlo2Tn4eSk5WSkZuMr6edn5iSk5WSkZunkI2ln5iSk5WSkZufr5aTn5iSk5WSkZu5lo2ln5iSepWSkZunlqeljpiSk5WSkZuWno2ln5iSk5WSkYq5nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZuakKeTn5iSk5WSgJufr4SAn5iSk5WSkZunlqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5lqeln5iSk5WSkZufr6edn5iSk5WSkZu5hJa3n4eSk5WAkZunkHF/n5iSk5WSkZuMr6edn4d4k5WSkYqfr6e3n5iSk5WSkZu5nqeljnmSk5WSkZu5hn56hpiSk4OSkYp2nnWTbHKSk2eAkYp8r5aOhpiSk5WSgJu5r6eln5iSk5WSkZufr6eOn5iSk5WSkZuar6e3n36Sk5WSkZufnqedn5iSk5WSkZunhnp0jnKAk5WSgIqMno2Xn5iSk5WSkZuWnqeln5iSk5WSkZuTnpa3n5iSk5WSkZufr5a3hpiSk5WSkZufnqe3n5iSk5WSkZufnqeTn5iSk5WSkZuMlqedn5iSk5WSkZufnqedjpiSk5WSkZu5fG1qn5iSk5WSkZtpkJZqn5iSk5WSkZufnqeTn4eSk5WSkZu5hKeQn5iSk5WSkZunZqe3n5iSk5WSkYqWr42ln5iSk5WSkYKQgo2Hn5iAk5WSkZuOlpaln5iSk5WSkZuTlqeJn4eSk5WSkZuFnpa3n5iAk5WSkZu5nqeXn5iSk2CSkZuQhoiAn5iSk5WSkYJ7kI2GcJiSk5WSkZuAnqeXn5iSk4OSkZunr5a3n5iSk5WSkZu5lqeln5iSk4OSkZuQr5aTn5iSk5WSkZuar5aXn5iSk5WSkZuTnpaln5iSk5WSkZu5lniBdJiSk5WSkWd5nqe3n5iSk5WSkZufiYh0n5iSk5WSkZuInpadn5iSk5WSkZufiad1n5iSk5WSkZu5npZ8n5iSk5WAkZuMr4idn5iSk5WSkZu5r5aXn5iSk5WSkZu5r6edn5iSk5WSkYqQhHFtZ5h4k5WSkWNor6e3n36Sk5WSkZu5r6eGn5iAk5WSkZuEr5aQn5iSk5WSkZuaiaeXn5iSk5WSkZunr4idn5iSk5WSkZuakKedn5iSk5WSkZuflqeXn5iSk4OSkYKFhKe3n5iSk5WSkZuTf6eln4eSk5WSkZuOgH6Bn5iSgpWSkZuOnqe3n5iSk5WSkZu5kJaln36Sk5WSkXCQiYGHjpiSk5WSkYKOnqe3n5iSk5WSkZu5nqeXn5iSk5WSkZunr6e3n5iSk5WSkZuajKe3n5iSk4OSkZunkIR/hoeAk5WSkZt6hKedn5iSk5WSkZunr4idn4eSk5WSkZuKnqeln5iSk5WSkZuWr6e3n4eSk5WAkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5npaln5iSk5WSkYqnnpaXn5iSk5WSkZu5r6e3n5iSk5WSkZuFr5aOjpiSk5WSkZu5no16n4eSk5WSkZuFkKe3n5iSdJWSkZu5nqe3n5iSk5WSkZu5jJadn5iSk5WSkZu5npadn5iSk5WSkZuFr6e3n5iSk5WSkZunnpaXn5iSk5WSkZuWr6eOcpiSk5WSkZu5lqedcpiSk4OSkYqIr5aln5iSk5WSkZu5kJaOn5iSk5WSkZunkISln5iSgpWAkYqKr5aQn5iSk5WSkZufno2ln5iSgpWSkZuTbGpvWmN4k5WSkWZgnqe3n5iSk5WSkZuOjI1zfGmSk5WSkZuDlpadn5iSk5WSkZu5nqeln5iSk5WSkZunnqedn5iSk5WSkYq5r6e3n5iSk5WSkZuakKeJhnmSk5WSkXKHnqeln5iSk4OAkZuWr3GXn5iSk5WSkZu5nnp+n5iSk5WSkZualpadn5iSk5WSkZuOr6eln5iSk5WSkZu5lqe3n5iSk5WSkYqar6e3n5iSk5WSkZu5iY2ljpiSk5WSkWSOnqe3n5iSk5WSkZufepadn5iSk5WSkYqHnqeTn5iSk5WSkZu5npZ1eZiSk5WAgIqWnqeln5iSk5WSkZunnpaCn5iSk5WSkZuTr6elfJiSk5WSkZufnpa3n5iSk5WSkZunkISdn5iSk4OSkWSQr6eQn5iSk5WSkZuAr6edn5iSk5WSkZuWlpaQn5iSk5WSkYqFr6e3n5iSk5WSkZu5iaeTfJiSk5WSkZunnoGdn5iSk5WSkYqQlo2db5iSk5WSkZufhKe3n4eSk5WSkZu5r4S3jpiSk5WSkZunr3qdn5iSk5WSkZuOr6e3n5iSk5WSkZuFr6eln5iSk5WSkYqnnpa3jpiSk5WSkZuWr6eln5iSk5WSkYqfr6eQn5h4k5WSkYqfkIGdn5iSk5WSkZuFr42dn5iSk5WSkZune3Z4hnmSk2ySkYJ/r6eln5iSk5WSkZu5r6eln5iSk4OSkZu5kJaln4eSk5WSkZu5hpaXcpiSk4OSkYp9nqeln5iSk5WSkZuIlpaln5iSk5WSkZunr6eln5iSk5WAkYq5nqeln5iSk5WSkZu5hqeGgJiSk5WSkYKIlqedn5iSk5WSkZuMjHx0fH6SgpWSkXJ/r6eQb5iSk5WSkZunnqe3n5iSk5WSkZufr6e3jpiSk5WSkZu5r6eOn5iSk5WSkZunlo10eZiSk2CSkZt7nqe3n5iSk5WSkZuInqe3n5iSk5WSkZu5r6eDfJiSk5WAkZuTno23n5iSk5WSkZufr6e3n5iSk5WSkZu5r6edn5iSk5WSkZu5lpaln5iSk5WSkZuMnqe3n5iSk5WSkZu5r6edn5iSk5WSkZuTr6e3eZiSk5WSkZu5r6e3n5iSk5WSkZu5jI12n3mScJWSkZuFr5a3n5iSk5WSkZu5r6e3n5iSk5WSkZunnoiXgH6Sk4OSkYp3r6eln5iSk5WSkZunr6e3n5iSk5WSkZufhnx1n5iSk5WSkZuHr42Jn5iSk5WSkZu5lpaXn5iSk5WSkZu5r6e3n5iSk5WSkZungHp9n5iSk5WSkWuEr6eln5iSk4OSkZu5npa3jpiSk5WSkZufnqe3n5iSk5WSkZufno2dn5iSk4OSkZuHr423jpiSk5WSkZunlqeCn3mSk5WSkZuWnqedn5iSk5WSkZuar5aQn5iSk5WSkZuar6e3n5iSk5WSkZunnqeLn5iSk5WSkZunkJa3n5iSk5WSkZufr6e3n5iSk5WSkZunr6e3n5iSk5WSkZu5hm14n5iAk5WSkYJ0gqeOn4eSk5WSkZu5nnR6dJiSk4OSkWlsjHq3n5iSk5WSkZu5f29wbWmSk4OSkYJ+fI2Xb36AapWSkYqMnpa3n5iSk5WSkZu5hqeLn5iSk5WSkZuKd5aGhpiSapWSkYqAkKelhpiSk5WSkZunlqe3n5iSk5WSkZu5kJaTn5iSk4OSkZuQr6e3jpiSk4OSkZuQr6eDn5iSepWSkZu5XIiOjpiSk5WAkZuanpa3n4eSk5WSkZunr6edn5iSk5WSkZu5kJa3n4eSk5WSkZufnqe3n5iSk5WSkZuTfaeQn5iSk5WSkYKOr6e3n5iSk5WSkZuWlqe3n5iSk5WSkZu5nqeln5iSk3aSkZu5r4Sln5iSk5WSkZunlqe3n36Sk5WSkZu5lqe3n5iSk4OSkZu5r6e3n5iSk5WSkZunkGp4fJiSgoOSkZuCr6edn5iSk5WSkZu5r6e3n5iSk4OSkZu5r6eXn5iSk5WSkZunr6e3n5iSk5WSkZu5hpa3n5iSgpWSkZu5jH54jpiSk5WSkYq5jKelfJiSk5WSkZufnqd2n5iSk5WSkZuQr6e3n5iSk5WSkZualo2ln5iSk5WSkYqWr6eTcpiSk5WSkZu5kI23n5iSk5WSkZu5r423n5iSk5WSkZu5r6e3n5iSk4OSkZunr6eLn5iSk5WSkZuTr5a3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eln5iSepWSkZu5hKe3jpiSk5WSkZuajIiBn4eSk5WSkYqTlpa3n5iSk5WSkZuMW2hldGuSenuSbmZbr6eln5iSk5WSkZufnpalgH6Sk5WSkYqano2dn5iSk5WSkZu5kKedn5iSk5WSkZunr6e3n5iSk5WSkZu5npadn5iSk5WSkZuanpadn5iSk5WSkZuajKe3n5iSk5WSkZu5nqedn5iSk5WSkZu5r6e3n4eSk5WSkZuQr6eTjpiSk5WSkZunr5a3n5iSk5WSkZunr6eXn5iSk5WSkZuTr3iOfJiSk5WSkZuQgKeOn35zk5WAkZuWr6e3n5iSk5WSkZufjJa3n5iSk5WSkZuQr4iEfJiSk5WSkZuMr6eln5iSk5WSkZufr3iHn5iSk5WSkYqar6e3n5iSk5WSkZu5lqedn5iSk5WAcpuflqeHn5iSk5WSkZund3R2dpiSk5WSkXJ2lo2An5iSk5WSkZu5c4iDjpiSk5WSkYp/r6edn5iSk5WSkZu5r6edn5iSk5WSkZunbGZqWmN4k5WSkWRdr6edn5iSk5WSkZungHp9fJiSk5WSkZt9bH5/fGuSk5WSkYp6r6edn5iSk5WSkZunr5a3n5iSk5WSkZu5r6edn5iSk5WSkZuar6e3n4eSk5WSkZuWr5a3n5iSk5WSkZufnqe3n5iSk5WSkZufkKe3n5iSk5WSkZunr6eln5iSk5WSkZuWkKd2n5iSgpWSkXWClpa3n4eSk4OSkZu5fYiLn4eSgpWSkYJ7npaln5iSk5WSkZuMr5alcpiSk5WSkZuBeJaLn4eSapWSkYqnr6eln5iSk5WSkZuniaeln5iSk5WSkZunr6d7jpiSk5WSkZuar6e3n5iSk5WSkZu5nqeLn5iSk4OSkWy5lqe3n5iSk5WSkZu5r6eln5iSk5WSkZuWr4GTn5iSk5WSkZu5r6eln5iSk5WSkZuWhJaLn3WSk5WSkYKWjJadn5iSk5WSkZunfaeOn4eSk5WSkYqfdpaEn5iSdJWSkZuAnoiln5iSk5WSkZu5r6e3n5iSk5WSkZunr6e3n5iSk5WAkXW5nqe3n5iSk5WSkZufr6e3n5iSk5WSkZuQlo2On4eSk5WSkZuHr6e3n5iSk5WSkZu5r6eln5iSk5WSkZunlpaln5iSk4OSkZu5r6e3n5iSk5WSkZunkHR9hn6Sk3t4kYqDr3xyn3mAk5WSkYp5r6edn5iAk5WSkYq5r5aln5iSk5WSkZu5loilfJiSk5WSkYqTnpaln5iSk5WSkZuQjKeHn5iSk5WSkZu5noG3hpiSk5WSkZuTr6e3fJiSk4OSkZualoSEjoeSk3uSkYp5r42Gn5iSk5WSkZu5r5aXn5iSk5WSkZuWr6e3n5iSk5WSkZufr6e3n4eSk5WSkZu5kHh3n5iSk3aSkZuFkKe3n5iSk5WSkZufcoGLn5iSepWAgIp8noiOjpiSk5WSkZuQkKeQjpiSk5WSkZuar6e3n5iSk5WSkZu5r6eXn5iSk5WSkZu5kKe3n5iSk5WSkZunr6eJn5iSk5WSkZu5r5aJhpiSk5WSkZuar6eln5iSk5WSkZu5noi3n5iSk3KSkYqFr6eCn5iSk5WSkZu5r6e3n5iSk5WSkXK5r6e3n5iSk5WSkZu5noiXn5iSk5WSkZuTkIiln5iSk5WSkZuanqe3n5iSk5WSkZufr4S3n5iSk5WSkXWnfZaHn36SgpWSkZt9eH6Gn5iSk5WSkWyBr5aln5iSk5WSkZuar6e3n5iSk5WSkZuar6d9n5iSk5WSkZu5r4S3fJiSk5WSkZuTr6e3n5iSk5WSkZu5r42En5iSk4N4kYp3r4iln5iSk5WSkZunnpaln5iAk5WSkZuTr5alhnmAk5WSkZuHr6e3n5iSk5WSkZu5r5aln5iSk5WSkZuMlo2ln5iSk5WSkZufnqe3n3mSk5WSkZungH6Gn5iSk5WSkWuCr6eln5iSk5WSkZu5kGl4fJiSk4OSkZuClqd0n36Sk3uSkYqFgHyQeZiSk5WSkYK5npa3jpiSk5WSkZufiYGQn4eSk5WSkZuFjI1vfJiSk5WSkZuTlqe3n5iSk5WSkZualpa3n5iSk5WSkZufnqeGn4d4k5WSkYJ+iaeQn5iAk5WSkZt7kKe3n5iSk5WSkZuWr5aTn5iSk5WSkZu5loS3n29vk5V4kZuIlqeln5iSk5WSkZuar6e3n5iSk5WSkYq5lqeln5iSk5WSkZuTlqe3n5iSk5WSkZu5r6e3n4eSk5WSkZu5nqe3n5iSk5WSkYqHlqedn5iSk5WSkZunlqeXn5iSk5WSkYqWr6edn5iSk5WSkZuMr6eTn5iSk5WSkZu5nqeLn4eSk5WSkZuQgqeOn5iSk5WSkZuWlqe3n5iSk5WSkZu5r4iQjpiSk4OSkWmHhIh1doeSk2CSkYp4lqedn5iSk4OSkZuWr5aTn5iSk5WSkZuWr6eQn5iSk5WSkZu5r42En36Sk5WAkZu5jKd9n5iSk5WSkZuFnqe3jpiSk5WSkZuWloSln5iSk5WSkYqMjIR+n5iSk5WSkZuOr6elhpiSk3aSkZuQr5aOn5iSepWSkZungpaEcnWSk5WSkYJ5nqe3n5iSk5WSkZu5hKeln5iSk5WSkZuWnqe3n5iSk5WSkZu5iaeXn5iSk5WSkZuar6e3n5iSk5WSkZu5r423n5iSk5WSkZu5nqe3n5iSk5WSkZuar6edn5iSk5WSkZunnoiJn5iSk5WSkZu5r4iGn5iSk5WSkZunnqeln5iSk5WSkZuCr6e3n5iSk5WSkZu5noiLn3WSk2yAkZuEiae3n5iSk5WSkZu5r6eTjoeSk5WSkZu5lqe3n5iSk5WSkZu5r6eln5iSk5WSkZuWjH59n3WSk5WSkZuDr6eOn5iSk5WSkZufr6eXn5iSk5WSkZuTr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZufnqe3n5iSk5WSkZu5fIGQn5iSepWAgIp9r6eLjpiSk5WSkZu5kKe3n4eSk5WSkZu5lpa3n5iSk5WSkZunr5aln5iSk5WSkZu5hGd5cpiScJWSkXJxr5a3n5iSk5WAkZu5kHydbZiSk5WAcpuOr6eln5iAk5WSkZuKr5a3n5iSk5WSkZu5r6eln5iSk5WSkZuniYGdhoeSk26SkYqnnpa3n4eSk5WSkXKar6eTn5iSk5WSkZu5r6e3n5iSk5WSkZu5r423n5iSk5WSkZu5r6eln4eSk5WSkYqTjISln5iSk3aSkYKTlo2Qn5iSk5WSkZu5kI2dn36Sk5WSkZu5nqe3n5iSk5WSkZu5lqe3jpiSk5WSkZuBr6edn5iSk5WSkZunlpaQn4eSk4OSkZt/SFBLWV9zY3tzgFpViZaTn5iSk5WSkYqKiaeln5iSk5WSkZuMnoSdn5iSk4OSkYp6r6eTn5iSk5WAkZunr6eQn5iSk5WSgJuTr6eJfIeSk5WSkZuWr4i3n5iSk5WSkZuWr6eln5iSk5WAkYq5nqe3n5iSk5WSkZu5r6elhpiSk5WSkZuMr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3jpiSk5WAkYqQr5a3n5iSk5WSkZunr5aTn5iSk5WSkZu5r6e3n5iSk5WSkZu5dYilgJiSk5WSkYqQnn6ln5iSk5WSkZuTnqe3n5iSk5WSkZuQr5aln5iSk5WSkZu5r6e3n5iAk5WSkZu5r6e3n5iSk5WSkZuanqeln5iSk5WSkZu5bZaln3mSk5WSkZunr6eLn5iSk5WSkZuWr6e3n5iSk5WSkZufr6eTn5iSk5WSkZunnqeQn4eSk5WSkZuAr6e3n5iSk5WSkZuWdm6DgHWSk3aSkYp8eqe3joeSbZWSkYqWnqeln5iSepWSkZuMr6edn5iSk5WSkZu5nqe3n3mSepWAgJu5r6eln5iSk5WSkZu5r6eDn5iSk5WSkZu5r6eXn5iSk5WSkZu5r4iOn5iSk5WSkZuOkKeln5iSk5WSkZufr6edn5iSk5WSkZuflqeGn5iSk5WSkZu5lqeln5iSk5WSkZuar6edn4eSk5WSkZu5noS3n4eSk5WSkZunnqedn5iSk5WSkZu5hKe3n5iSk5WSkZuahpa3n5iSk5WSkZu5r4Gdn3WSk5WSkYqOkIiXn5iSk5WSkZuKr6edn5iSk5WSkZu5nqeln5iSk5WAkZuAlqeXn5iSk5WAkZu5r423n5iSk5WSkZufr6e3n5iSk5WSkZufiaeJn4eSk5WSkYqfe6edn5iSk5WSkYqEr6e3n5iSk5WSkZunnoi3n5iSk5WSkZunr6edn5iSk5WSkZu5r5aOn5iSk5WSkZu5nqe3fJiSk5WSkYK5kKeDn4eSk5WSkYKKnn6dn4eSk4OSkYqIr6elhpiSk5WSkZualo23n5iSk5WSkYqTr42Qn5iSk5WSkZufnqeQn5iSk5WSkZunr6e3n5iSk5WSkZu5lqeljpiSgpWAkYKMjIF8hod4k3KSkYp1nqe3n5iSk5WSkZuWr6e3n5iSk5WSkZunkI2CeXmSepWAkWtpnqe3n5iSk5WSkZu5noS3n5iSk5WSkZuIkIR9n5iSepWSkWaInqeTn5iSk5WSkZufkI2BjoeSk5WSkYqakIiOjoeSk26SkYpvr6e3n5iSk5WSkZu5r6e3n4eSk5WSkZu5r6e3n5iSk5WSkZu5nqedn3WSk5WSkZuflpaln5iAk5WSkZuflqeQn5iSk5WSkZufr363n5iSk5WSkZuTr6edn5iSk5WSkZu5nqe3n5iSk5WSkZu5go2Ln4eSepWSkZuar6elfIeSk5WSkZufr4GdgJiSk5WSkXyFr6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5nqeTn5iSk5WSkZunr6eln5iSk5WSkZu5r6eln4eSk5WSkZufjKeCb5iSgpWSkZuIr6e3n5iSk5WSkZunnqeln5iSk5WSkZu5nqe3n5iSk5WSkZt7r6eln5iSk5WSkZu5nqeJjpiSk5WSkZunr6eln5iSk5WSkZufr4R4n5iAgpWSkYqMnqeTn5iSk5WSkZuQr6eln5iSk5WSkZu5kKeln5iSk5WSkZufr5aXn5iSk5WSkZuQlqeln5iSk5WSkZuMlpadn5iSk5WSkZu5r6eXn5iSk5WSkZu5r5aTn5iSk5WSkZu5r6e3n5iSk5WSkZufnoiljpiSk5WSkYqHr6eCn5iSk5WSkZu5kISOn5iSk5WSkYqKnoidn5iSk5WSkYqnr42Tn5iSk5WSkZuHkKedn5iSk5WSkZu5lqeln5iSk5WSkZuTr5a3n5iSk5WSkZunkJaln5iSgpWSkZuOr6e3n5iSk5WSkZu5lqe3hoeSk5WSkZunUmmCaW+SdGd4kYpunqeXn5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSepWSkZuTnqe3n5iSk5WAkZuWr6eGn5iSk5WSkZunnqe3fJiSk5WSkZuniaeTn5iSk5WSkZu5jKeEn5iSk4OSkZunlo2Qn5iSgpWSkZuQjJaXn5iSk5WSkZuTr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZufr6e3n5iSk5WSkZu5no2XjpiSk5WSkZuanqe3n5iSk5WSkYq5r6e3n5iSk5WSkZu5r5aJn5iSk5WSkZufjKeXjoeAdJWSkZu5nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZuQaH6Jn3mSgpWSkZuBr5aln5iSk5WSkZu5lqeQn5iSk5WSkZuQr6e3n5iSk5WSkZu5nqedb36Sk5WSkZuFnqedn5iSk5WSkZufkJaJeZiSk5WSkZuOnqedn5iSk5WSkZuniaeTn5iSk5WSkZufnqdyn5iSk5WSkZuTkIiOn5iSk5WAkZunnpaLjpiSk5WSkZuQr6e3n5iSk5WSkZunr6eXhpiSgpWSkZu5r4iln5iSk5WSkZu5nqeln5iSk5WSkXiWr6eHn4eSk5WSgJufr6e3joeSk5WSkZt/kJaOhoeSk5WSkZuFnqeln36Sk4OSkZunloh+n5iSk5WSkXyFr6e3n5iSk5WSkZu5hoiDdn6SepV4kZt4r5aln4eSk5WSkZu5kI23gIeSk5WSkYqWnpaTjpiSk5WSkZuWr6edn5iSgnaSkZuQr5aXn5iSk5WSkZufnqeXn5iSk5WSkZu5r6eln5iSk5WSkZu5r6eLn5iSk5WSkZuTkKeJn5iSk4OSkZuanqeln5iSk5WSkZuar6e3n5iSk5WSkZunr6eOn5iSk4OSkZuMjKeln5iSk5WSkYqfr423n5iSk5WSkZu5r6eLjpiSk5WSkZu5r6e3n5iSk5WSkZuWlo23b5iSk3aSkYqalo2dn5iSk5WSkZufbqedcJiSk5WSkYqar5a3n5iSk5WSkYqMnpaDn5iAk5WSkZuQr6eXn5iSk5WSkZu5r5a3n5iSk5WSkZunnqeln4eSk5WSkZuQho2dn5iSgpWSkXiIiYh/jpiSepWSkZuHloGDn5iSk3KSkYp9nqe3n5iSk5WSkZuQnpadn5iSk5WSkZuar4GljoeSk5WSkZuQnqeXeX6Sk5WSkZuFnpa3n5iSk5WSkZu5nqedn5iSk5WAkYq5r6eln5iSk5WSkZu5r6e3n5iSk4OSkZu5r6e3n5iSk5WSkZunr6eTn5iSk5WSkZu5nqeln5iSk5WSkXW5npaTn5iSk5WSkZu5r6e3n5iSk5WSkZuMno23n5iSk5WSkZufnqeln5iSk5WSkZu5r6eln5iSk5WSkZu5no2ln5iSk5WSkZuKr4SOn5iSk4OSkYKKnqedn5iSk5WSkZuTr6e3n5iSk5WSkZunr5aln5iSk5WSkZu5nqeJn5iSk5WSkZuInpaQn5iSk5WSkZunr5aLn5iSk5WSkZuOkKedn5iSk4OSkYqfr42djpiSepWSkZunhH51a5iSk5WSkYqCnqeTgJiSk4OSkYq5lqelgJiSk5WSkZt7r423n5iSk5WSkZu5r6edn5iSk5WSkZuWr6e3n5iSk5WSkZu5fYR7gH6SgoOSkYJnr6eln3WSk5WSkZuQr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5nqeTn5iSk5WSkZunr6e3n5iSk5WSkXW5nqedn5iSk5WSkZufln6Jn5iSk5WSkZuWr5aln5iSk5WSkZuQr6edn5iSk5WSkZuQr6eOn5iSk5WSkZuTnqeAn5iSk5WSkZu5r6e3n5iSk5WSkZunnqeBjpiSk5WSkZu5nqeQn5iSepWSkYqDr6eOjpiSk5WSkZuMlqeln5iSk5WSkZuflqeljoeSk5WSkZu5kHaXjn6SgoOSkZt0r6e3jnmSk5WSkZunr6eln5iSk5WSkZu5nqeGn5iSk5WSkZu5npaXn5iSk5WSkZu5r5aln5iSk5WSkZuCr6eTn5iSk5WSkZu5lqdzn5iSk5WSkZu5nqeQn5iSk5WSkZuQlpadn36Sk5WSkYqWr6e3n5iSk5WSkZuar6e3n5iSk5WSkZu5f6eln5iAk5WSkZu5lnW3n3mSepWAgJuFYFpeYH6SdIN4kV9Znqeln5iSk5WSkZu5kKeGjoeSk5WSkWOIlo2db5iSk5WSkZufr6e3n5iSk4OSkZu5r6e3n5iSk5WSkZu5r5aEn5iSk4OSkZuOiYiAn4eSk3aSkYJynqeEn5iSk5WSkZuWr6e3n5iSk5WSkZu5r5a3n5iSk5WSkZuDlqeXn5iSk5WSgJufnqe3joeSk4OSkZuKr423n5iSk4OSkZu5npa3n5iSk5WSkZu5nqe3n5iSk4OSkZu5hKe3n5iSk5WSkYqnr6e3n5iSk5WSkZualoGJn36Sk4OSkZuDr6eln5iSk5WSkZu5lqe3fJiSk5WSkZuTlqd+jpiSk5WSkZu5r6e3n5iSk5WSkZunno2ln5iSk5WSkZuWiW6Cn5iSk5WSkZtzr42En5iSk5WSkYKfhIGTn5iSk5WSkZu5nqd+n5iSk5WSkZuWnqeln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZufnqe3gJiSk5WSkYq5r6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5lpa3n5iSk5WSkZuWr6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5jKeQn5iSk5WSkZu5r6eXn5iSk5WSkZuCepaEn5iSk5WSkYq5nqeJn5iSk5WSkYq5npa3n5iSk5WSkYKnr6e3n5iSk5WSkZuKr6eLn5iSk5WSkZuWfXp2n5iSk5WSkZt9r6e3n5iSk5WSkZunr6eln5iSk5WSkZuOr6eQjpiSk5WSkZufkI2ln5iSk5WSkZu5r6eln5iSk5WSkZunr6e3n5iSk5WSkZufr3yXn5iSk5WSkYp/lqeln5iSk5WSkZuQhniLn5iSk5WSkZuEr6eQn5iSk5WSkYq5jHSTcJiAk5WSkYpzr6eQn5iSk5WSkZu5r6edn5iSk5WSkZu5r42ln5iSk5WSkZu5lpaln5iSk5WSkYKWhGxrfIeSk5WSkYKAr6eJn4eSk4OSkZu5jI2Ln5iSk5WSkZu5r6e3n5iSk5WSkZunnpaln5iSk5WSkZu5lqeOn5iSk4OSkZuCnqeln4eSk5WSkYqfr6e3n5iSk5WSkZuff36HX3WSk5WSkYJ0e4GLfJiSgnaSkYJzloS3n4eSk4OSkZufnqeln5iSk5WSkZunr6e3n5iSk5WSkZuar423n5iSk5WSkZu5r6eln5iSk5WSkZunr6e3n5iSk5WSkZu5jHyLjpiSk5WSkYKOr6e3n5iSk5WSkZuWgqeln5iSk5WSkZuflqeln5iSk5WSkZuOr36Ln4eSk5WSkXB0nqdxhpiSk5WSkZu5hIR2hnmSk5WSkZuIkIFvaWuSk5WAgJt/r4idhpiSk5WSkZunr5aDn5iSk5WSkZunr6d/joeSk5WSkZuOr6e3n5iSk5WSkZuflo2ln5iSk5WSkZunjHh4n5iSk5WSkZuQlqedn4eSk5WSkZufhKd/jn6SgpWSkZuEZZa3n5iSk5WSkZufr5aOhpiSk5WSkZuQbHVzeZiSgpWSkW5+nqeOjpiSk5WSkYp9r6eDn3mSk5WSkYq5r6eln5iSk5WSkZu5npa3jpiSgpWSkZuWlqeEn5iSk5WSkZunlqeOdpiSk5WSkYqnr6e3n5iSk5WSkZu5r5aHjpiSk5WSkZu5r4S3n4eSenaSkYqnhKe3n5iSk5WSkZu5r5aln5iSk5WSkYqKr5a3n5iSk5WAkZuWnoi3n5iSk5WSkZuTnoSQn5iSk5WSkZufnpaLn4eSk5WSkZuWno17n5iSk5WSkZt4r6eln5iSk5WSkZuCr6eTn5iSk5WSkZuQr5aJn5iSk5WAkZuTlpa3n5iSk5WSkZuWlqeHn5iSk5WSkZuQno23n5iSk5WSkZunloS3n5iSk5WSkZufr42dn5iSk5WSkZu5r36GgJiSk5WSkYqInqe3n5iSk5WSkYqnnqe3n5iSk5WSkZu5eJa3n5iSgpWSkZunr4GOn5iSk5WSkYqfd4idbZiSk5WSkYqAr6eLhpiSk5WSkZuOr6e3n5iSk5WSkZufkKeJn5iSk5WSkZuWlqelfIeSk5WSkYq5lpa3n5iSk5WSkZu5r5aQjpiAk5WSkZuQjKe3fJiSk5WSkZuar6eXn3mSk5WSkZuQnqeln4eSk5WSkZuWr6e3n5iSk5WSkZu5jKeTn5iSk5WSkZuBkKeln5iSk5WSkZuahqe3n5iAk5WSkZuQr6e3n5iSk5WSkZu5nqedn5iSk5WSkZualo2Xn5iAk5WSkZufr6eln5iSk5WSkZufkKeln5iSk5WSkZuMlqe3jpiSk5WSkZu5npaCn3WSk5WAkZuMlqeljpiSk5WSkZunhoSdn5iSk5WSkZu5nqe3n4eSk5WSkZuniZaTn5iSk5WSgJufr6e3n5iSk5WSkZu5eY2JjpiSk5WAkYp8nqeQjpiSk5WSkZu5ln59fJiSk5WSkZuEho2Qn2+Sk5WSkYp9r6edhoeSk5WSkZuanqe3n5iSk5WSkZu5r5aXn5iSk5WSkZuOr6eln5iSk5WSkZuTnqeLn5iSk4OSkZunr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r6elhpiSk5WSkYqQr423n5iSk5WSkZunr6eln5iSk5WSkZu5r6eQhpiSk5WSkYqOr6eTn5iSk5WSkZufr6eQn5iSk5WSkZuDr6e3gJiSk5WSkZu5kI16hnmAk5WSkZuOnqedn5iSk5WSkZu5kISLn5iSk5WSkZuTnqeln5iSk5WSkZuCfW9/n3mSeoOAgJt1nqe3cpiSk5WSkZuEr6e3n5iSk5WSkZunr6d4n5iSk5WSkZu5r6e3n5iSk5WSkZuWgqeln5iSk4OSkZunr4iXjpiSk5WSkZufnoSTfJiSk5WSkZuakGl3bJiSgoOSeJt9kJaln4eSgpWAkZunlm2ln4eSk5WSkZuanqeTn5iSk5WSkZu5nqedn5iSk5WSkZuniZaQeZiSk5WSkZuAfaeln5iSk5WSkZuCiYidb5iAk5WSkYKMgIiBn5iSk5WSkZt8r5adn5iSk5WSkZu5nqedjpiSk5WSkZu5r4i3gJiSk5WSkXyEr6edn5iSk5WSkZu5r6e3n5iSk5WSkZuKr6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5lpadn5iSk5WAkYqQkKeln4eSk5WSkZuTno2On5iSk5WSkZunlqeln5iSk5WSkZt+jKeJn5iSk5WSkYqOjJa3n5iSk5WSkYq5lo2On5iSk5WSkZuIkKeXjpiSk5WSkZu5r6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5nqeln4eSk5WSkYqfr6eln5iSk4OSkZunkKeln5iSk5WSkXWWnqedn5iSk5WSkZu5r42Qn5iSk5WSkZunno2Qn4eSk5WSkYqEr6e3n5iSk5WSkZunr6eln5iSk5WSkZu5r6e3n4eSk5WSkZu5r4iQhpiSk5WSkZuQr6eLn5iSk5WSkZu5r6e3n5iSk5WSkZuOr5adn5iSk5WSkZufnqe3n5iSk5WSkZuWkKeXn4eSk5WSkZuOr5a3n5iSk5WSkZu5r5a3fIeSk5WSkZuWr5a3n5iSk5WSkZu5kKeln5iSk5WAkZu5r6e3n5iSk5WSkZu5lqeln5iSk5WSkZu5r6edgJiSk5WSkZu5hqe3n5iSk5WSkZu5r5a3n5iSk5WSkZu5gKeln5iSk5WSkZuar5adn5iSk5WSkZu5r5a3n5iSk5WSkZu5lo23n5iSk5WSkZu5r4G3n36Sk5WSkZunr6e3n5iSk5WSkZu5r36dn5iSk5WSkYqnnpZ7n5iSk5WSkZu5gn57jpiSk5WSgIqAr5a3n5iSk4OSkZunnqeTn4eSk5WSkZunr4G3n5iSk5WSkZu5noG3n5iSk5WSkZufr6e3n5iSk5WSkZunr6e3n5iSgpWSkZuWnpaXn5iSk5WSkZu5r6eln5iSk5WSkZu5kKeln5iSdJWSkZuFgHWLgHmSk5WSkYqMkJaln5iSk5WSkZu5r5a3n5iSk5WSkZunr6eXn5iSk5WSkZuOnqeXn5iSk5WSkYqCnqeTn5iSk5WSkZuQnoSln5iSk5WSkZufr6eXn5iSk5WSkZuAgKdun5iSk5WSkZuDnpaLn5iSk5WSkZuKkJaTn5iSk5WSkZu5r6eln5iSk5WSkZunr6edn5iSepWSkZunkI2DjpiSepWSkYqIr6eln5iSk5WSkZu5jJaJn5iSdJWSkZu5lpadn5iSk5WSkZuQr4iln5iSk5WSkYq5nqe3n5iSk5WSkXiWr6eln5iSk5WSkZu5r6eln5iSk5WSkZufkKe3n5iSk5WSkZu5nqe3n5iSk5WSkZuQiYi3n5iSk5WSkZufr6e3n5iSk5WSkZu5r4SJn5iSk3uSkYp/r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5lqeln3WSgpWSkZufnqe3n5iSk5WSkZufiYGXbZiSk5WSkZt9r6eQn5iSk5WSkYqnno2Xn5iSk5WSkZuOr6eln4eSk5WAkZuar6e3n5iSk5WSkZu5nqe3n5iSk5WAkZuTr6e3n5iSk5WSkZu5r6edn5iSk5WSkZunr6eln5iSk5WSkZufr5aOn5iSgpWSkZuncIiCdIeSk5WSgIqBZFxdYm94cGd4bnJZln6En5iSk5WSkZuanqe3n4eSk5WSkZunr6e3jpiSk5WSkZuar6e3n4eSk5WSkZuOr5aln36Sk5WSgJuMr6eQb5iSk5WSkZuWhI2XgJiSk5WSkWtur6edn5iSk5WSkZu5r6e3n5iSk5WSkYqfr6e3n5iSk5WSkZu5nqeTn5iSk5WSkYq5iZa3n36Sk5WSkZuMr6e3n5iSk5WSkZu5r5a3n5iSk5WSkZunkJaOn5iSk5WSkZt5r423n5iSk5WSkZunr6eln5iSk5WSkZu5r5adn5iSk5WSkZuQr6e3n5iSk5WSkZu5r6e3fJiSk5WSkZu5nqe3n4eSk5WSkZu5lpaln5iSk5WSkZuQlo14fH6Sk4OAkYKDr6e3n5iSk5WSkZuad6e3jn6Sk5WSkZuHnpaHn5iSk5WSkZuar6eln5iSk5WSkYqTr6e3n5iSk5WSkZu5lpa3n5iAk5WSkZu5r6e3n5iSk5WSkZu5r5adn5iSk5WSkZuQr4GCbZiSk5WSkZt+f3yJgJiSk5WSkYKOnqeljpiSk5WSkZunr6eln5iSk5WSkZuflpaln5iSk5WSkWufr5a3n5iSk5WSkZu5gKe3n5iSk5WSkZu5r4G3n5iSk5WSkZuWhpaXhpiSk5WAkZunnpa3n3mSk5WSkZunloR/jnWSk2yAkZuCr6edn5iSk5WSkZunno2Hn36Sk2CAkYKKlqeXn5iSk5WSkZu5r42dhpiSk5WSkZu5lqeHn5iSk5WSkYqWr6e3n5iSgpWSkZu5r6eXn5iSk5WSgHW5lpaXn5iSk5WSkZu5nqeln5iSk5WSkYKnr6e3n5iSk5WSgJu5noidn5iSk5WSkZu5iY23n36Ak5WSkZuar3qGn5iSk5WSkZunlqe3n4eSk5WSkXiWnoi3n5iSk5WSkZuWr419n5iSgpWSkZuCgqe3gJiSk5WSkYq5r6eln5iSk5WSkZu5nqe3eZiSk5WSkZu5nqe3n5iSk5WSkZu5nqe3n5iSk5WSkZufnpaJn5iSk5WSkZu5lpaln5iSk5WSkZuWr6edn5iSk5WSkZt5r5aljpiSk5WSkZu5hIiEhn6Sk5WSkZuDr6e3n5iSk5WSgJu5r6e3n5iSk5WSkZu5jJaThoeSk5WSkXx9r6e3n5iSk5WSkZuahqeTn4eSepWAgIKWr6eTn5iSk5WSkZu5YoF9coeSk5WSkYqCnqeXfIeSk5WSkZu5hJaOn5iSk5WSkZu5nqe3n5iSk5WSkZunX3Bwjn6Sk5WSgJuElqe3n5iSk5WSkZu5iYiOn5iSk5WSkZunr4iJn4eSk4OSkZuTnpa3n5iSk5WSkZufjIiXn5iAk5WSkYKOnqe3n4eAgpWSkZunlpaXn5h4k5WSkZuQnny3n5iSk5WSkYqnloSln5iSk4OSkZuCr6e3n5iSk5WSkZu5gKeQn5iSk5WSkZu5gn6CeZiSenaSkZuEnqe3n5iSk5WSkZu5r41xn5iSk5WSkZufnqeln5iSk5WSkZuWr5alb5iSk4OSkZu5r6d9n4eSk5WSkZunr5a3n5iSk5WSkZufr6e3n5iSk5WSkZu5r423n5iSk5WSkZu5hJaQn4d4k5WSkZunr6e3n5iSk5WSkZufnqe3n5iSk5WSkZu5noiln5iSk5WSkZu5kHqGjpiAepWAkYp9r363n5iSk5WSkZuFnqedjpiSk5WSkZunjIiln5iSk5WSkZu5hpa3n5iSk5WSkZu5eI1xaWOSk5WSkYp/nnV4dIeSk4OAkYp2r6edn5iSk5WSkZu5lqeJZJiSk5WSkZuAgpaLn36SgpWSkZuIZHVpjph4epWSkXxqr6e3n5iSk5WSkZunr6e3n5iSk5WSkZuWr4iXn4eSk5WSkZufr6e3n5iSk5WSkZunfHGOn5iSk5WSkZt1lqe3n5iSk5WSkZu5jJZ2n5iSk5WSkZuTfKeQb5iSk5WSkYqInqe3n5iSk5WSkXC5gqeljpiSk5WSkZuTr6dsn3mSk5WSkZuTr6d4n5iSk5WSkZuQkKe3n36Sk5WSkZu5r5a3fJiSk5WSkZuTr42Tn5iSk5WSkZufnqeTn5iSk5WSkZuTr6e3jpiSk5WSkZu5lqeln5iSk5WSkZu5nqeLn4eSk5WSkZunhoiTfIeSk5WSkZunr6e3n5iSk5WSkZu5r5aln5iSk5WSkZufnpaln4eSk5WSkZunkKe3n5iSk5WSkZund4GlcoeSk5WSkZt3nqeLn5iSk5WSkYqWno2On5iSk5WSkYKQlqe3b4eSk5WSkZuar6e3n5iSk5WSkZunr6eJb5iSk5WSkZunnqeln5iSk5WSkZunr6eln5iSk4OSkZunr6eln5iSk5WSkZu5lqeQn5iSk5WSkZufjI2OgJiSk5WSkYp8r5a3n5iSk3aSkZuagqelfJiSk5WSkZuQr6eln5iSk5WSkZuOhpaXfJiSdIOSkWd9r42Tn5iAk5WSkZufkIiBn5iSk5WSkZuInpa3n5iSk5WSkZuflqeljpiSk5WSkZunnqe3n5iSk5WSkZu5r4i3n5iSk5WSkZunr6eQn5iSk5WSkZufiaeXn5iSk5WSkZuWkKedn5iSk5WSkZunr6edjpiSk5WSkZu5nqe3n5iSk5WSkZu5hqd/n5iSk5WSkZufr4G3n5iSk5WSkZunr6e3n5iSk5WSkZu5r5a3n5iSk5WSkZuTlqe3n4eSk5WSkZunr6eln5iSk5WSkZu5go2Xn5iSk5WSkZuTlo2Ln5iSk5WSkZuTlo2XjpiSk5WSkZuElqedn5iSk5WSkZuWc42Dn4eSapWSkYpskKeLn5iSk5WSkZu5r6e3n5iSk5WSkZuar5aln5iSk5WSkZu5lo23n5iSk5WSkZu5nqe3n4eSk5WSkZuTr42ljpiSk5WSkZuHr5aTn5iSk5WAcpuWe41/cnWSk5WSkYJ5r6eLn5iSk5WSkZufr6e3n5iSk5WSkZuQkJaTn5iSk5WSkZuar6eln5iSk5WSkZufr6eJn5iSk5WSkZuQnqeln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5jJaXn5iSk5WSkZuTr5aThpiSk5WSkZuCr6edn5iSk5WSkZuKnqe3n5iSk5WSkZu5r6eln5iSk5WSkZunlqe3n5iSk5WSkZunr6eXjnmSk4OSkYqDnqe3n4eSk5WSkZuMr6e3n5iSk5WSkZu5r42Gn5iSk5WSkZuWnnh/n5iSk5WSkZuWr6elgJiSk3aSkZuQlpa3n5iSk5WSkZu5r6e3n5iSk4OSkZuOr6e3n5iSk5WSkZunr6e3eZiSk5WSkZu5lpaln5iSk5WSkZuFnoi3n5iSk3uSkYqMr4GOjoeSk5WSkYqnjG97b4eSdJWSkYp3r5a3n5iSk5WSkZu5hJaQjpiSk5WSkZuIjKe3n5iSk5WSkZuTr6eln5iSk5WSkZu5dX6EhpiSk5WSkZuTr6edn5iSk5WSkZu5hqeln5iSk5WSkZu5r6e3n5iSk3uSkZu5jKe3n5iSk5WSkZu5lo2XjpiSk5WSkZunr5aTn5iSk5WSkYqWgo2TjnmSk5WSkYqDkI2ln5iSk5WSkZuHcIiXjpiSk5WSkZufr5a3n5iSk5WSkZu5noi3n4eSk5WSkZu5goGJn5iSk5WSkZufr4iXn5iSk5WSkZuQkJaQjpiSk4OSkZt/lqedjpiSk5WSkZufnqe3n5iSk5WSkZufr6eJn5iSk5WSkZufr5a3n5iSk5WSkZu5nqedn5iSk5WSkZuaeqeTcpiSgpWAkYJ/nqe3n5iSgpWSkZu5lpadn5iSk5WSkZu5iae3n5iSk5WSkZufr6eXn5iSk5WSkYqQr42Xn5iSk5WSkZu5kKe3n5iSk5WSkZu5r6e3n5iSk5WSkZunfY17n5iSk4OSkZuTr4S3n5iSk5WSkYJ7lqeXn5iSk5WSkZuTr5a3n5iSk5WSkZunnqe3n5iSgpWSkZu5r6e3n5iSk5WSkZufr3yBn5iSgpWSkZu5nqe3n5iSk5WSkZuBr6e3n5iSk5WSkZuQr6e3n5iSk5WSkZu5lnZ4dHmSgpWSkV93nqe3n5iSk5WSkZufr6e3n5iSgpWSkZu5r4G3n4eSk4OSkZu5r6edn5iSk5WSkZuMr6e3n5iSk5WSkZu5r4Sln5iSk5WSkXWWr6e3n5iSk5WSkZuWr6eTn5iSk5WSkZuakKeJbZiSk5WSkYKBfX6CjpiSk5WSkZt2hpadn5iSk5WSkZu5iWp6fHmSk4OSkYp7r6e3n5iSk5WSkZunb21tdoeScJWSkWNur4i3n5iSk5WSkYqCkKd8n5iSgpWSkZuanqedn5iSk5WSkZu5npa3n5iSk5WSkZunloiljpiSk3aSkYqOnqeln5iSk5WSkYqar6e3n5iSk4OSkZu5r5a3n5iSk5WSkZu5r5aln5iSk5WSkZuWr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6d4cpiSk5WSkZuMno23n5iSk5WSkZu5r6eln5iSk5WSkZuWr6e3n5iSk5WSkZu5kKe3hoeSk5WSkZunr6e3n5iSk5WSkZuar5aOhpiSk5WSkZu5r5a3n5iSk5WSkZuBnqe3n5iSk5WSkZunr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunhIhxeZiSk5WAkYqar5aln5iSk5WSkZuQr6e3n5iSk5WSkYqWjH6Hn5iSk5WSkZuKlqe3n5iSk5WSkYqnr6eLn5iSk5WSkZuflpadn5iSk5WSkZufr4i3n5iSk5WSkZu5jKe3n5iSk5WSgJuIr223n4eSk5WSkZu5hJaJhpiAk5WSkZuBnpa3n5iSk5WSkZufr6e3n5iSk5WSkZu5r6eThpiSk4OSkZuQnqeln5iSk5WSkZunr6eln5iSk5WSkYKEr423jpiSk5WSkZu5do15n5iSk5WSkZt6lqe3n5iSk5WSkZuQr6d/n5iSk5WSkZufnqeXn5iSk5WSkZu5r6eXn5iSk5WSkZu5r4i3n4eSk5WSkZunjJaln5iSk5WSkZuOlqe3hpiSk5WSkZuEr4i3joeSk4OSkZufnpa3n5iSk5WSkZunnqeTn5iSk5WSkZuInqd/hpiSk5WSkZt/r6edn4eSk5WSkZuanpaln3mSk5WSkZu5lqe3n5iSk5WSkZu5r6e3n4eSk5WSkXWnr3y3n5iSk5WSkZu5jJa3n5iSk5WSkZu5jKeTgJiSk4OSkYq5nqe3n5iSk5WSkWu5r423n5iSk5WSkZunlpadn5h4k5WSkZuBr6e3n5iSk5WSkZuOloh5eYeSk5WSkXh5f6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5jKeln5iSk5WSkZunr42Xn5iSk5WSkZuQr6e3n5iSk5WSkZunr6e3n5iSk5WSkZuEr6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5r6edn5iSk5WSkZu5jGN0coeScJWSkW5tnqeln5iSk5WSkZuMr6e3n5iSk5WSkZu5hIiGn36Sk5WSkZuWnoidn5iAk5WSkYq5lqe3n5iSk5WSkXifr4Sdn5iSk5WSkZuOr6eAn5iSk5WSkZuflqe3n5iSk5WSkZu5npaXgJiSk4OSkYq5jKe3n5iSk5WSkZunlpaXn5iSk5WSkZuHeaeOn4eAk5WSkZuDr6eQn5iSk5WAkZuflpa3n5iSk5WSkZufr6e3n5iSk5WSkZufr6e3n5iSk4OSkZu5nqd5n5iSk5WSkZuWr5aleYeSk4OSkZt7r5aHn5iSk5WSkZufiWx4gJiSk3uSkWhkloGQn5iSk5WSkZufr5a3n5iSk5WSkZunnoiln5iSk5WSkZunno23n5iAk5WSkZualqedeX6Ak3uSkYqanpaOn4eSk5WSkZt/r6eln5iSk5WSkZu5nqeln5iSk5WSkZunr6eTjodzk5WAkZuakJaDn5iSk5WSkZuOjIidhm+Sk5WSkZuQr42GbZiSk5WSkZuHr6eln5iSk5WSkZu5r6eXn5iSk5WSkYqar6eXn5iSk5WSkZu5r6eXn5iSk5WSkZunkH5+dn6Sk5WSkYqIkHSljoeSk3aSkYKFr6eln4eSk5WSkZuTlqe3n5iSk5WSkZufr6eln5iSk5WSkZu5lqeljoeSk5WSkZt8r4i3n5iSk5WSkZu5npa3n5iSk5WSkZu5r6e3n5iSk5WSkZuQfIR0gJiSk5WSkXx3r6e3n5iSk5WSkZu5ZnRtZW2SgpWSkXhslnxzn5iSgpV4kXxvgI23n5iAk5WSkZuQgJZyn5iSgoOSkYqHnqe3n5iSk5WSkZufnqeTn5iSk5WSkZunr6eln5iSk5WSkZu5r6e3n5iSk5WAgJu5fIh7gH6Sk4N4kXx5nqeOn5iSk5WSkZuWr5aLn5iSk5WSkZu5hqeXn5iSk5WSkZu5nqe3jpiSk5WSkZuKnqeDn5iSk4OSkZuOlqeJn4eSk5WSkZunnqedn5iSk5WSkWR/hJZqn4eSgpWSkWZxcYF/gIeSk5WSgGtzr6eln5iSk5WSkZuOr6e3n5iSk5WSkZunnpZ+n5iSk5WSkXyMgKeln5iSk5WSkZuDr6eln5iSk5WSkZunr6e3n5iSk5WSkZufiad3n5iSk5WSkZuMr6eTn5iSk5WSkZu5hKeTjpiSk5WSkZufnqeln5iSk5WSkZunnqe3n5iSk5WSkZufnoSdn4eSk5WSkZufhIileZiSk5WSkZu5r6eTn5iSk5WSkZu5kIiXn3mSk5WSgJufnqe3gJiSk5WAkWtrnqd7eZiSk5WSkZunnpa3n4eSgpWSkZuOlo2Jn5iSk5WSkZu5r4S3n5iSk5WSkZu5bqeln3mSk5WSkZuEr5a3n5iSk5WSkZuFnqe3n5iSk5WSkZunr5aln5iSk5WSkZu5nqe3n5iSk5WSkZufgqe3n5iSk5WSkZu5r4iln5iSk5WSkZunr6e3n5iSk5WSkZu5npaTn5iSk5WSkZuflqeJn5iSk5WSkZu5hI2dn5iSk5WSkZunnqe3eZiSk5WSkWtuno23n5iSk5WSkZu5r6eOn5iSk5WSkZufgqeln5iSk5WSkZu5ho2dhpiSk4OSkZt+nqe3n5iSk5WSkZuWr6e3n5iSk5WSkZunjKedn4eSgpWSkZuKr6e3n5iSk5WSkYqaiY23n5iSk5WSkZunr6edn5iSk5WSkZuFr5a3n5iSk5WSkYqnkKeXn5iSk5WAbpuWkKeln5iSk5WSkZuOnqeJn5iSk5WSkZuanqedhpiSk5WSkZufr6e3n4eSk5WSkZuWkKe3n5iSk5WSkZu5hIiBn5iSk4OSkZt7kHyCa5iSk5WSkYqar3SXn5iSk4OSkZt7iZaln5iSk5WSkZu5kKedn5iSk5WSkYqTlnyDn5iSepWSkYqFr5a3n5iSk5WSkZuOkI2ln4eSk5WSkZuEr423n5iSk5WSkZu5r6eln5iSk5WSkZunnqe3n5iSk5WSkZu5r5a3n5iSk5WSkZu5r5aln5iSk5WSkZualqe3n5iSk5WSkZu5r5a3n5iSk5WSkZunr5aln5iSk5WSkZu5r6e3n4eSk5WSkZuTkJa3n5iSk5WSkZu5r5adn5iSk5WSkZu5r6eXn5iSk5WSkZu5hoiJn5iSk5WAkZuar4iOn4eSk5WSkZuHr6e3n5iSk5WSkZu5npZ6n5iSk5WSkZu5r6e3n5iSk5WSkZuanqe3n5iSk5WSkZuneYSDfJiSk4OSkZt0kKeTn5iSk5WSkZuMr42Xn5iSk5WSkZunlqeXn5iSk5WSkZu5nqeln5iSk5WSkZuQeX63jpiSk5WSkZuWr6eGn5iSk5WSkZu5loiLn5iSgpWSkZuIr6edn5iSk5WSkZuOhHhyhpiAk5WSkZuOr6e3n5iSk5WSkZu5kJaljpiSk5WSkZuTr6edn5iSk5WSkZuWr6edn5iSk5WSkZuKr6eTn5iSk5WSkZu5eIF2a5iSk5WSkZt5lqe3hnmSk5WSkZuWd3p/hoeSk4OSkXhllqe3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r6eln5iSk5WSkZufjI2Jn5iSk5WSkZu5npa3n5iSk5WSkZunnqeXn5iSk5WSkZu5r6e3n5iSk5WSkZuWr6eXn5iSk5WSkZunkKe3n5iSk5WSkZuMnqeXn5iSk5WSkZunnoidjpiSk5WSkXW5r6e3n5iSk5WSkZu5hI2Hn5iSk5WSkZt/no23n5iSk5WSkZu5r6eln5iSk5WSkZu5r6eXn5iSk5WSkYqnr6e3n5iSk5WSkZu5XHZygH6Sk5WSkWl7nqeJn5iSk5WSkZuMe4iOn4eSk5WSkZuahHh1n5iSgpWSkZuAlqe3n5iSk4OSkZuanpaln5iSk5WSkZu5r6e3n5iSk5WSkZu5noG3n5iSk5WSkZuWkKeln4eSk4OSkZunho10n4eSk5WSkYqDkHZwn5iSk5WSkYp/r6eTn5iSk5WSkZundXFojmmSk4OAgHxxr6eln5iSk5WSkZu5iWp2joeSk2ySkXxnr5aln5iSk5WSkZuInqd/n3mSk5WSkZuMr6e3n36Sk3uSkZuQnn6dn5iSk5WSkZu5r5a3n5iSk5WSkZunr4GBn5iSk5WAkZuInqe3n5iSk5WSkYq5r5aHn5iSk5WSkZu5nqeLn5iSk5WSkZufr6eQn5iSk5WSkZu5jH6lcpiAk5WSkZufr6e3n5iSk5WSkZu5cXVreX6SbZV4cnxsr6eln4eSk5WSkZuar6e3n5iSk5WSkZuTkJa3n5iSk5WSkZualo2Hn36Sk5WSkZuOlnR6dJiSk4OSkWlsloS3n5iSk5WSkZufnqe3n5iSk5WSkZu5lqeQn5iSk5WSkYqar6eln5iSk5WSkZuar6eLn5iSk5WSkZunnqe3n5iSk5WSkZu5lpaln4eSk5WSkZuWlqeln5iSk5WSkZu5r6eln5iSk5WSkZu5nqeln4eSk5WSkZuQr6eln5iSk5WSkZuWlqe3n5iSk5WSkZufnqeQn5iSk5WSkYqnr42On5iSk5WSkZuKlqeln5iSk5WSkZufr5aTn3mSk5WSkZuanqe3n5iSk5WSkZu5kKe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5lqedn5iSgpWAkZuMbXx5n22Sk4OSkZt0r6eQn5iSk5WAkZuWlpaTn5iSk5WSkZu5r6e3n5iSk5WSkZuQr5adjpiSk5WSkXKfr6e3n5iSk5WSkZuar5adjpiSk5WSkYq5r6eln5iSk5WSkZunnpadn5iSk5WSkZu5jJaln5iSk5WSkYqWr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZuar5aXn5iSk5WSkZu5lqeln4eSk5WSkZunr6eQn5iSk5WSkZunr6edn5iSgpWSkZunnqe3n5iSk5WSkZundZadjn6Sk5WSkZt4iaeTn5iSk5WSkYqTlqedn5iSk5WSkZuWkI23n5iSk5WSkZufjKeOn5iSk3KSkZuWlpa3n5iSk5WSkZuWr6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5r5a3n5iSk5WSkZuQnqe3n5iSk5WSkZunr5aQn5iSk5WSkZu5jJaHn5iSk5WSkZu5r6eXn5iSk5WSkZufr36djpiSk5WSkZu5iYiXjnKSgm6SkYp4jJaQn3mAepWSkZuTgIiEdoeSk5WSkYJwr6eln5iSk5WSkZuQjJaXn5iSk5WSkYKMr6e3n5iSk5WSkZuanqeljpiSk4OSkZuQnqeLn5iSk5WSkZunr6e3n5iSk5WSkZunlqedn5iSk5WSkZuQr6edn4eSk5WSkZufkKdtfHKSk5WSkXWQr6eQn5iSk5WSkZu5r5aln5iSk5WSkZu5ho2OhoeSk5WSkZt9noiJn5iSk5WSkYqDr6e3n5iSk5WSkZunjKd6n4eSk4OSkZuWnqe3jpiSk5WSkZu5nn56n5iSk5WSkXyfr6eln5iSk5WSkZu5r5aOn5iSk5WSkZunr6e3n5iSk5WSkZufnqeXhpiSk5WSkYqMr6eln5iSk5WSkZuWr6eln5iSk5WSkZufr6e3n5iSk5WSkZu5r6e3n4eSk5WSkZuIr6eQhpiSk5WAkZuOnqe3n5iSk5WSkZuTlo2ljoeSk5WSkWSOkJaQn5iSk4OSkZuMjHqdZZh4k4OSgHVqlqe3n5iSk5WSkYqnnqeln5iSk5WSkZufr6eln5iSk5WSkZufgqe3jpiSk5WSkZunr6edn5iSk5WSkZu5hISAn5iSk3uSkYqIr6edn5iSk5WSkZuaf3yHhnKSk5WSkYqIr6eln5iSk5WSkZuanqeln5iSk5WSkZufr6e3n3WSk5WSkZuWgqeTn4eSepWSkZunnqedn5iSk5WSkZualoSTn5iSk5WSkXWFr4iTn5iSk5WSkZuar42dn5iSk5WSkZufgKedn5iSk5WSkZunr6e3n5iSk4OSkZuOlqeQn5iSk5WSgJuajJaln5iSk5WSkZu5r5a3n5iSk5WSkZu5r6eTn5iSk5WSkZuTgqd4n3mSk5WSkYKQkJa3n5iSk5WSkZuWr6eln5iSk5WSkZuQr6eTn5iSk5WSkZuar363jpiSk5WSkXKfiY1/n3WSk5WSkZunkI2XjoeAk5WSkZunnpaJn5iSk5WSkZunr6eln4eSk5WSkZu5gpaTn5iSk5WSkZu5lqe3n5iSk5WSkZu5r4i3n5iSk5WSkZuWr6e3n5iSk5WSkZu5lqe3n5iSk5WSkZu5fIR+jn6Sk5WSkYp1r6edn4eSk5WSkYqnnoSQn5iSk5WSkYqfiXGDn4eSdJWSkYJ/nqeln5iSk5WSkYqfno2Bn5iSk5WSkZuTr4Gln5iSk5WSkZuCnqe3n4eSk5WSkZuTr6eXn5iSk5WSkZuQlpa3n5iSk5WSkZu5nqeln5iSk5WSkZufr5a3n5iSk5WSkZufr6eln5iSk5WSkZu5npa3n4eSk5WSkZuTnqe3n5iSk5WSkZu5nqeln5iSk5WAkZuFno2dn5iSk5WSkZuanpaln5iSk5WSkZuTZ19yYG+SdHuSkYJrnqeGfJiSk5WSkZunnpaLn4eSk5WSkZunr6e3n5iSk5WSkZunnqeln5iSk5WSkZuTnqe3n5iSk5WSkZualpadn5iSk5WSkZu5jKeGn5iSk5WSkZufno19n5iSgoN4kYqWr6edn5iSk5WSkZualqedb5iSk5WSkZuTnn6On5iSepWSkZu5gqelfIeSk5WSkZuHlpaln4eSk5WSkZu5hH6Ln5iSk5WSkZuTr6eQn5iSk5WSkZufno13n5iSk4OSkZuDr6e3joeSk4OSkZuniY2dn5iSk5WSkZuMr6eln5iSk5WSkZu5kIGOn5iSk5WSkZuKr6e3n3WSk5WSkZu5hnaGgH6Sk26SkYpunqedn5iSk5WSkZu5hqeXn5iSk5WSkYqMr6e3n5iSk5WSkZunjKe3hpiSk4OSkZuTnqeln5iSk5WSkZuWkH54n5iSgpWSkZuffaeTn5iSk5WSkZuar6e3hpiSk5WSkZunr4iln5iSk5WSkYqfnn59hoeSk26SkYpzno2Cn5iSgpWSkZufr6e3n5iSk5WSkZu5lqedn5iSk5WSkZuanqedn36Sk5WSkYqOr6e3n5iSk5WSkZu5nqeXfJiSk4OSkYq5e6e3n5iSk5WSkZualqeln5iSk5WSkWS5kKeljpiSk5WSkZu5r6eTn5iSk5WSgJunr6d4eZiSk5WSkZufiZaln5iSk5WSkZu5lqeXjpiSk4OAkZuTr6e3n5iSk5WSkZu5lqe3n5iSk5WSkZuflqeln5iSk5WSkZuWlpaln36SdJWSkZuKr6eln5iSk5WSkZu5kKeln36Sk5WSkZuQcZaAgIeSaoOSkXxor6eTn5iSk5WSkZu5r6edn5iSk5WSkZuWr6e3n5iAk5WSkZuWnqeln5iSk5WSkZunnqeln5iSk5WSkZuOlqe3n5iSk4OSkZu5loS3n5iSk5WSkYq5r5a3n5iSk5WSkZu5r6eXjpiSk5WAkZu5jIS3n5iSk5WSkYKQr6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5nqeThpiSk5WSkZu5r6e3n5iSk5WSgJu5r6eLn5iSk5WSkZuWnpadn5iSk5WSkZuAr6eQn5iSk5WSkZunkKelhpiSk5WSkZu5nqeln5iSk5WSkZu5hoR6jpiSk4OSkZuHgpadhoeSk5WSkYqOlqe3n5iAk5WSkYq5nqe3n5iSk5WSkYqTfZa3n5iSk5WSkZu5r6e3n5iSk5WSkZu5gniLgIeSk5WSkYqIr4Sln5iSk5WSkZuIbJaXn3mSgpWSkZunnqeQeZiSk5WSkZuWr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5jHx2hn6Ak2ySkYJ9nqeln5iSk5WSkZu5fadvfJiSk5WSkZuWiYiGjpiSk5WSkXJ7r5aln5iSk5WSkZunlqeXn5iAk5WSkYqOr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r6e3jpiSk5WSkWS5r6eljpiAk5WSkZuOnqeln4eSk5WSkZu5npa3n5iSk5WSkZufnqd+cpiSk5WSkZuWaG5xjpiSk5WSgJt4goiEfHWSk26ScoJynqd0n5iSk5WSkZunr6e3n4eSk5WSkZuar6e3jpiSk5WSkZu5nqeln5iSk5WSkZuQfW10jnWAgpWAbnyMr6eln5iSk5WSkZuMbKeQn5iSk5WSkZuMhoR3joeSk4OSkYqCr6edn5iSk5WSkZuOkIiln5iSk5WSkZuanqe3n5iSgpWSkZuAr6eXn5iSk5WSkZu5npa3n5iSk5WSkZunlqe3n4eSk5WSkZuTr6eLn5iSk5WSkZufnqe3n5iSk5WSkZunhIRyjpiSk5WSkZufr5aTn5iSk5WSkZuHr6e3n5iSk5WSkZuff6eTn5iSk5WSkZuAr6eln5iSk5WSkXK5kKe3n5iSk4OSkZuTloi3n5iSk5WSkZufr6e3joeSk4OSkZunr6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5jHh/hnmSk26SkYJ7r6e3n5iSk5WSkZu5lqeln5iSk5WSkZuQr42LhpiSk4OSkZuIr6eln5iSk5WSkZu5r6e3n5iSk5WSkYq5r423n5iSk5WSkZu5iXx9n36Sk5WSkZuQnn52n4eSk4OSkYp2nqeXn5iSk5WSkZunr6eln5iSk5WSkZuWr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5loiOn5iSk5WSkXyCnqd9n5iSk5WSkZunr5a3n4eSk5WSkZunlqeQn5iSk5WSkZuadoSCjoeAZoOSkYp3nqe3n5iSk5WSkZu5nqeln5iSk5WSkZu5r6eGn5iSk5WSkZuFr6eLn5iSk5WSkZuar6edn5iSk5WSkZunf2xpeZiScJWAkZtlr5a3n5iSk5WSkZuOnqeLn3mAk5WSkYqnr6edn5iSk5WSkWSnnqeXgJiSk5WSkYqWr6eOn5iSk5WSkZu5nqeLn5iSk5WSkZuOnqe3n5iSk5WSkZunr6e3n5iSk5WSkZuniY2Cn5iAk5WSkZuEhpaJn5iSk5WSkZu5nqeln5iSk5WSkZufkJaln5iSk5WSgHCCr363n5iSk5WAkZu5hI2BhnmSk5WSkXx7r6e3n5iSk5WSkZuTr423n5iSk5WSkZuFnqeTcpiSgoOSkWeKfH6JcpiSk5WSkZt6nqeln5iSk5WSkZuanpaLhpiSk4OSkZuTjIGTgIeSk5WSkYqEfZZxn5iSk5WSkWSar6e3n5iSk5WSkZunr6eLn5iSk5WSkZu5r4iTn5iSk5WSkYqWr6e3n5iSk5WSkZu5nqedn5iSk5WSkZu5hKeXn4eSk4OSkZunr6eln5iSk5WSkZuanpaOn5iAk5WSkZu5r36ln5iSepWSkZunno23n5iSk5WSkZuKnqeXn5iSk5WSkZu5npaln5iSk5WSkZu5r6elfIeSk5WSkZunr5aln5iSk5WSkZuar5aln4eSk5WSkZuWnoh5n5iSk5WSkZuBnqeTgJiSk5WSkYq5r6e3n5iSk5WSkZunnn63n5iAk5WSkZuBnqedn5iSk5WSkZuMr6e3n5iSk5WSkZuKkJaLhpiSk5WSkZuOiY2ln5iSk4OSkZuCiZaCn36SaoOSkZuBnqe3n5iSgpWSkZu5hqedn5iSk5WSkZunbpa3cpiSk5WSkZunlqeTn5iSk5WSkZufiYF4bJiSgpWSkZuCkJa3n5iSk5WSkZuTlqe3n5iSk5WSkZunr6e3n5iSk5WSkZunnqeQn5iSk5WSkYqMr3ydn5iSk5WSkZuannWAdJiSgpWSkWR5nqe3n5iSk5WSkZuQaqeln5iSk5WSkZufr6e3n5iSk5WSkZu5r6e3jpiSk5WSkZu5r6eln5iSk5WSkZu5nqeLn5iSk5WSkYqTr5aAn5iSgpWSkYqanpadn5iSk5WSgJu5lpZ4n5iSk5WSkZunlqeln5iSk5WSkZuar6e3n5iSk5WSkZufnpaXjpiSk5WSkZualqe3b36Ak5WAkYqQWFZgYF6AgmF4bmxWr5aln5iSk5WSkZufkKe3n5iSk5WSkZuflqe3n5iSk5WSkZuano2dn5iSk4OSkZufr5a3n5iSk5WSkZufr6eln5iSk5WSkZunr6eln5iSk5WSkZuQr6edn5iSk5WSkZunr6eXn5iSk5WSkZunr6eBn5iSk5WSkZunkJadn4eSk5WSkZuar6eTn5iSk5WSkZu5nqeXn5iSk5WSkZunr6eQn5iSk5WSkXK5nqe3n5iSk5WSkZu5r5a3eZiSk5WSkZunlqe3n5iSk5WSkZuWiY2dn5iSk5WSkZu5jKeCn5iSk5WSkZune3J9jpiAk5WAgIpwgI2Xn5iSk5WSkZunf41pfJiAk5WSkYJ1jIS3n5iSk5WSkYqOjJa3jpiSk5WSkZuKno23n5iSk5WSkYq5r6e3n5iAk5WSkXC5r4i3n5iSk5WSkZu5nqeljpiSk4OSkZuOr5adn5iSk5WSkZu5r6e3n4eSk5WSkZu5r6eQn5iSk5WSkZunkJadfJiSk5WSkZt3r6eGn5iSk5WSkZuar3V9dJiSk4OSkWhslo2dn5iSk5WAkZt+r6eLn5iSk5WSkZuakKeln4eAgpWSgJufr6eHn5iSk5WSkZu5noiln5iSk5WSkZu5r6e3dH6Sk5WSkZunr6eln5iSk5WSkZu5nqe3n5iSk5WSkZuWnqeQgH6Sk5WSkZuWr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZualpZ8n5iSk5WSkZuWlqeTn5iSk5WSkZuanqe3jpiSk5WSkZu5nqe3n5iSk5WSkZuQhJalhn6Sk5WSkZufhoGAn5iSk5WSkZuKr6e3n5iSk5WSkZu5nqeBjpiSk5WSkZuQr6edn5iSk5WSkZuWr6eAjpiSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZuOr6e3n5iSk5WSkZuFr6e3jpiSk5WSkZu5r6eln5iSk5WSkZu5nqe3fJiSk5WSkYqnr5a3n5iSk5WSkZu5r6eOn5iSk5WSkZuKr6d+n4eSk5WSkZu5r3yXn5iSk5WSkZunr6e3n5iSk5WSkZu5lo2ln5iSk5WSkZu5r6e3n5iSk5WSkZuQr4Sln5iSk5WSkZu5nqe3n5iSk5WSkZuFr5aGn5iSepWSkZufr6eln5iSk5WSkZunr6eln5iSk5WSkZuQnqeTn5iSk5WSkZu5r5aXn5iSk5WSkZuar5aOn5iAk5WSkZufr5aXn5iSk5WSkZunnqe3n5iSk5WSkZu5f5a3n5iAk5WSkZuTr6eln5iSk5WSkZu5lpaljpiSk5WSkZu5nqeOn5iSk5WSkZuar6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5r5a3n36Sk5WSkZu5lpaXn5iSk5WAkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r5a3n5iSk5WSkZunr4i3n36Sk5WSkZuQlqe3cpiSk5WSkYqQkKeXn5iSk5WSkZuflpaQn5iSk5WSkYKBr6eln5iSk5WSkZuOkKe3n5iSk5WSkZunr6edn5iSk5WSkZu5iYF+fJiSk5WSkZuAr4i3n4eAk5WSkZu5r5aln5iSk5WSkZuano2dn5iSk5WSkYqar6eDn5iSk5WSkZu5f5aTn5iSk5WSkZuflqeQjpiSk5WSkZu5r6e3n5iSk4OSkZuQho2dn4eAk5WSkZu5lpaQn5iSk5WSkZunr6edn5iSk5WSkYqOjKeln5iSk5WSkXKnjI1zn5iSk5WSkYp9kIiTn5iSk5WSkXyAr5a3n5iSk5WSkZu5nn54n4eSk4OSkYp3noSln5iSk4OSkYqOnqedeZiSk5WSkZu5nqe3jnWSk5WSkZuanqeHn5iSk5WSkZuOnqeln5iSk5WSkZunr5a3hpiSk5WSkYq5r5aTjpiSk5WSkZuEr4SHn5iSk4OSkZuTnqeXn5iSk5WSkZu5noGHjpiSk5WSkZuTr5aln5iSk5WSkZuWr6e3n5iSk5WSkZufno2En5iSk5WSkYKKnqd+n5iSk5WSkZuflqeTn5iSk5WSkYqfnoSln5iSk5WSkZufr6d7n5iSk5WSkYq5jG96gHmSgoOSkZuAnqe3n5iSk5WSkZunr5a3n5iSk5WSkZu5nqe3fJiSk5WSkZuWfad8n5iSk5WSkZuWnqeXn5iSk5WSkZufr6e3fJiSk5WSkZu5XKeljnmSk5WSkZuWr6edn5iSk5WSkZufr423n5iSk5WSkZuflqeXn5iSk5WSkZu5r423n5iSk5WSkZunbHJ2n22SgpWSgGlur4GAhpiSk5WSkZu5c6eXn5iAgpWSkZuWr5a3n5iSk5WSkZuWr6eQn5iSk5WSkZuFr6e3n5iSk5WSkZufnpaln5iSk5WSkZufr6eLn5iSgpWSkZu5iae3n5iSk5WSkZu5hnR6fJiSgoOSkWZ9r4iln5iSk5WSkZuOr6eln4eSk5WSkZu5r6edcpiSk5WSkZunr6edn5iSk5WSkZufc5Z9n5iAgpWSkZufr6e3n5iSk5WSkZu5r5adn5iSk5WSkZunnqedn5iSk5WSkZu5iaeJn5iSk5WSkZuTr6eQn5iSk5WSkZunr6eln5iSk5WSkZu5r6eXn5iSk5WSkZu5kKelhpiSk5WSkZuDkHp2fJiSgoOSkWZ9lqedn5iSk5WSkZuajKeln5iSk5WSkZuFlqedn5iSk5WSkZu5r6e3n5iSk5WSkZunr6e3n5iSk5WSkZu5lo23hpiSk5WSkZunnqe3n5iSk5WSkZu5kIi3n5iSk5WAkZufkKeOn5iSk5WSkZu5lo2Xn5iSk5WSgIqWnqe3n5iSk5WSkZunboF1n5iScJWAkYpxlqeln5iSk5WSkZu5loSXjpiSk5WAkZuWr5Z8n5iSk5WSkZu5nqe3n5iSk5WSkZufnqelcpiSk5WSkZuTe5Z4jpiSk5WSkYqBr5aDfJiSk4OSkYq5iY2En4eSgpWSkZuAnqeln5iSk5WSkZu5r6eQn5iSk5WSkZu5r6eTn5iSk5WSkZu5gqedn5iSk5WSkZuWbmFub2uSdHKAkXxzr6e3n5iSk5WSkZuKr4GTn5iSgpWSkZuQnoi3joeSk4OAkZufepaXn3l4k5WSkZt9r4iln5iSk5WSkZuMdqeln5iSk5WSkZunlnSBn5iAk5WAgIpxr6e3n5iSk5WSkZu5npa3n5iSk5WSkZuQr6eln5iSk5WSgJunr6e3n5iSk5WSkZu5hqe3n5iSk5WSkYp/lqe3gIeSk5WSkZu5r6e3n5iSk5WSkZu5nqeTn5iSk5WSkZu5gnyBn5iSk5WSkYqnnqe3joeSk5WSkZunr6edn5iSk5WSkZu5iaeLn3mSk5WSkZuEgo2Qn5iSk5WSkZu5kHyOn5iSk5WAkYqanqeln5iSk5WSkZunnpadn4eSk5WSkZunr6e3n5iSk5WSkZu5r6e3n4eSk5WSkZunlnKHbZiSk5WSkZuEr6e3n5iSk5WSkYq5nn57n4eSdJWSkZuOf6dzn5iSk5WSkZufr42Qn5iSk5WSkZuar6eln5iSk5WSkZunr6eGn5iSk5WSkZunr5aln5iSk5WSkZuTjH6Tn5iSk5WSkYqMnqe3fJiSk5WSkZu5r5a3n5iSk5WSkZu5jHqDjpiAcJWAkYp4iaeXn5iSk5WSkZttdoidhpiSk5WSkYp/r6e3n5iSk5WSkZualqeDn5iSk5WSkZuar5aljpiSk5WSkZufnnqljoeSk3aSkYqHnqeXn5iSk4OSkZu5r5aln5iSk5WSkZu5r6e3n5iSk5WSkZunr6e3n5iSk5WSkZu5nqeOn5iSk5WSkZualqe3n5iSk5WSkZu5kKeln5iSk5WSkZufgqeTn5iSk5WSkYq5jKdygJiSk5WSkZt8r6edn5iSk5WAcpu5jIGXgIeSk5WSkYp9nqeGn5iSk5WSkZu5hoGdn5iSk5WSkZunr6edn5iSk5WSkZufloiAjoeSk5WSkZunr5aln5iAk5WSkZu5lqeln5iSk5WSkZuWjISLn5iSk5WSkYp/kISJn36SgpWSkYqDlqedn5iSk5WSkZunkKeln3mSk5WSkZuOr6e3n4eSk5WSkZu5no2Xn5iSk5WSkZuQr6d5n5iSk5WSkZu5kKeXjpiSk5WSkZu5nqe3n5iSk5WSkZuHnqedn4eSk5WSkZuWnpaln5iSk5WSkZu5r6eOn4eSk5WAkZunjKeJn4eAdJWSkZufr6eTn5iSk5WSkZuOkIi3n4eSk5WSkZuTlqeHn5iSk5WSkZufU1VeXF6AgmF4bmhVr42LfJiSk5WSkZuar6e3n5iSk5WSkZuahKedn5iSk5WSkZufjI2Qn5iSk5WAkYqab3h6n36Ak5WAkWx7r3qTn5iSk5WSkZu5npa3n5iSk5WSkZu5nqe3n5iSk4OSkZuOr5aLn5iSk5WSkYp9r4GEn4eSk5WSkZufiae3n5iSgpWSkZu5gqeXn4eSk5WSkZuanqedn5iSk5WSkZunjKeHhpiSk5WSkXCMnqeln5iSk5WSkZuffXhya2aAepWSkYJxr6eln5iSgpWSkZuIjHCCn5iSk5WSkZu5lqedn5iSk5WSkZufiZaEn3WSk5WAkZuCr6eDn5iSk5WSkZufr4i3n5iSk5WSkZunr6eln5iSk5WSkZuKiae3n5iAk5WAkZuDr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5gnFrjn6AepWAkYpyr6eXn5iSk5WSkYqMloGln5iSk5WSkZuar6eXn5iSk5WSkZu5r5adjpiSk5WSkZuQr6edn5iSgpWSkZufkIF2n36Sk5WSkZunnoS3n5iSk5WSkZuTgqeXn5iSk5WSkZuanqe3n5iSk5WSkZuKkKeXn5iSk5WSkYKBlpa3n5iSk5WSkZufr6eln5iSk5WSkYK5r6e3n5iSk5WSkZu5r6e3fJiSk5WSkZu5r6e3n5iSk5WSkZu5npaljoeSk4OSkZuWZpadn5iSk5WSkZuQr6e3n4eSk5WSkZunr363n5iSk5WSkZu5jJaBn5iSk5WSkZuar6edhpiSk5WSkZuQnqeXn5iSk5WSkZu5r6eln5iSk5WSkZu5lqe3n5iSk5WSkZunr6e3n5iSk5WSkZunr5aln5iSk5WSkZu5fXWEeXmSk5WSkYp4nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZufkKedn5iSk5WSkZu5nqe3n5iSk5WSkZuakJa3n5iSk5WSkZuBr6e3n5iSk5WSkZunr6eln5iSk5WSkZu5r6eGn5iSk5WSkZunr6e3n5iSk5WSkZu5r5a3n5iSk5WSkXianqe3n5iSk5WAkZu5lo2dn5iSk5WSkZunr6e3n5iSk5WSgJuQno2dhpiSk5WSkZuKr6eHn5iSk5WSkZuar6eCn5iSk5WSkZuar6eCn5iSk5WSkZu5gqe3n5iSk5WSkZuWgISBZ5iSk5WAkXx8npaln5iSk3aSkZunnpaXn5iSk5WSkZuWnqeln5iSk4OSkZuQnqd8fJiSk5WSkZuOiaeXn4eAdJWSkZunr6e3n5iSk5WSkZu5noSln5iSepWSkZuQr4i3n5iSk5WSkZu5lqeln5iSk5WSkYKWnqedn5iSk5WSkZuMjISdn5iSk5WSkZunnpaln5iSk4OSkZuQlqe3n5iSk5WSkZuar5aAjpiSk5WSkZunfYiLjoeSk4OSkYp9lqe3joeSk5WSkZufr6eln5iSk5WSkZunlpa3jpiSk5WSkZt9nqedn5iSk5WSkZufkKeHn5iSk5WSkXKfiYF6n5iSk5WSkZu5iY23n5iSk5WSkZunnqedn5iSk5WSkZungqe3n5iSk5WSkZunjKeOn5iSk5WSkZunlqeJn5iSk5WSkZunlpa3n5iSk5WSkZunr5aln5iSk5WSkZuFgqe3n5iSk5WSkZu5r5aLn5iSk5WSkZu5kKe3n5iSk5WSkZu5gqe3n5iSk5WSkZufno2ln5iSk5WSkZuar6e3n5iSk5WSkZu5loGTdn6Sk5WAkYp9hpaln5iSgpWSkZuWr6e3n5iSk5WSkZuMlqe3n5iSk5WSkZunr6e3n5iSk5WSkZuflpaQn5iSk5WSkZunr4i3n5iSk5WSkZu5gm1qn3mSk5WSkZtinqe3n5iSk5WSkZufr42Qn5iSk5WSkYq5r4F9n5iSk5WSkZu5r6e3n5iSk5WSkZunjJaBn5iSk4OSkZt9iZaEn5iSk5WSkYp9r5adn5iSk5WSkZuDnpa3n5iAk5WSkZuWlpa3n5iSepWSkYKTnpa3n5iSk5WSkZuar4iGn5iSk5WSkZuQr6e3n5iSk5WSkZu5r5a3n5iSk5WSkZu5r363n5iSk5WSkZunloSTn5iSk5WSkYq5no2Ln5iSk5WSkZu5r42dn5iSk5WSkZufr6eOn5iSk5WSkZufr36JhpiSk5WSkZunlqeTn5iSk5WSkZuMr6e3n5iSk5WSkZuTr6eln5iSk5WSkZualo2ln5iSk5WSkZuTnqeln5iSk5WSkXKEfI2dn36Sk5WAkYqInqeln5iSk5WSkZunr6e3n5iSk5WSkZu5jISCjpiSk5WSkYqKnpaQn5iSk5WSkZu5r5a3n5iSk5WSkZu5r6e3n5iSk5WSkZunlqeln5iSk5WSkZunjI1yjpiSk5WSkZu5nqedn5iSk5WSkZuIr6eln5iSk5WSkZu5r5aXn5iSk5WSkZunkKe3n5iSk5WSkZuar6eln5iSk5WSkZu5go11gJiSk5WSkYp7loiln29vk5V4kZuIlqeQn5iSk5WSkYqar6e3n5iSk5WSkZuMr6eljpiSk5WSkZuffYR1n5iAk5WSkYqFeqedjpiSk5WSkZuakJaDn5iSk5WSkYqQnqeln5iSk5WSkZu5hn6Tn5iSk5WSkZuFr6eHn5iSk5WSkZunr6eln5iSk5WSkZuQnpaln5iAk5WSkZuar42ln5iSk5WSkZuAlo2Qn5iSk5WSkZu5r5a3n5iSk5WSkYqfkKeln5iSk5WSkZu5r6e3n5iSk5WSkZu5b5adn5iSk5WSkXWTr42Ln5iSk5WSkZuWloi3n5iSk5WSkZunr6eljn6Sk5WSkZuQnqeln5iSk5WSkZuOhqe3n5iSk5WSkZunr423n5iSk5WSkZu5lqe3n5iSk5WAkZu5r6e3n5iSk5WSkZu5ln6ljoeSk4OSkZuTr6eln5iSk5WSkZuQeo2Hn5iSk5WScpuKnqe3n5iSk5WSkZuQlqeEn5iSk5WSkZunlo2On3mSepWSkZuTr6e3n5iSk5WSkZu5jKe3n5iSk5WSkZu5r6e3n4eSk5WSkZu5an6Dn4eSk5WAkZuWnqe3n5iSk5WSkZu5no19n5iSk5WSkZufhpadn4eSgpWSkZt7r42Xn4eSgpWAkYqIlqeXn5iSk5WSkYqano23n5iSk5WSkZunr6e3n5iSk5WSkZu5nqeQn5iSk5WSkZuar423n5iSk5WSgJunnqeGn5iSk5WSkZu5nn63n5iSk5WSkZualqe3n5iSk5WSkZu5nqeln5iSk5WSkZufr6eljpiSk5WSkZunlqeln5iSk5WSkZuWnqedjpiSepWSkZuWr6e3n5iSk5WSkZufr423n5iSk5WSkZu5r6e3n5iSk5WSkZuMr5Z9hpiSk5WSkZuWr6eQn5iSk5WSkZu5r6eLn5iSk5WSkZufnqe3jpiSk5WSkZuQr6eHn5iSk5WSkZuInqe3n5iSk5WSkZu5lqeXjpiSk5WSkZu5r6eln5iSk5WSkZu5r5aln5iSk5WSkYqQfaeHjpiSk5WSkZufr6e3n5iSk5WAkZufr6e3n5iSk5WSkZu5r423n5iSk5WSkZunlqeln5iSk5WSkZu5r6eOn5h4k5WSkZuHr6e3n5iSk5WSkZunlqedn5iSk5WSkZufr6edn5iSk5WSkZu5r6e3n5iSk5WSkZuHloSTn5iSk5WSkZu5r6e3n5iSk5WSkZufgJaAhnWSk5WSgIqIloSHn4eSk5WSkZuWr6eln5iSk5WSkZu5r5aln5iSk5WSkZuar5aln5iSk5WSkZuQnqe3n5iSk5WSkZunnqedn5iSk5WSkZuQr6eTn5iSk5WSkYq5cYilhpiSk5WAkZu5r6eTjpiSk5WSkZuWr6eXn5iSk5WSkZuIr42Qn5iSk5WSkZuWr6e3n5iSk5WSgJuTr6e3jpiSk5WSkZuQfaeQn5iSk5WAkZungo2On4eAepWSkZuMlo2ln5iSk5WSkXWQlpaOn5iSgpWSkZunr4iHn5iSk5WSkZu5r6eln5iSk5WSkZuTr4GLn5iSk5WSkZuQr6eOn4eSk5WSkZu5nqeOn5iSk5WSkZuKr6eln5iSk5WSkZu5r5adn5iSk5WSkZuQlqe3n5iSk5WSkZu5nqe3n5iSk5WSkZu5iZaQn5iSk5WSkYKIr5Z2n5iSk5WSkZunjIiHn5iSk5WSkZufjISJeX5zk5WSkYJ9r6e3n5iSk5WSkZu5r4iln5iSk5WSkZunr5aXn5iSk5WSkZu5nqeTn5iSk5WSkZufr6eLn4eSk5WSkZu5r6eljpiSk5WSkZu5r36Tn5iAk5WSkZuFlpaXn5iSk5WSkZuQhqe3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r4iEn5iSk5WSkZuar6e3n5iSk5WSkYq5r5aLcJiSk5WSkZunr6eln5iSk5WSkZu5r6e3n5iSk5WSkZuWr5a3n5iSk5WAkZuWhIGQn5iSk5WSkYqOr412jpiSk5WSkZunr42Tn5iSk5WSkZufr6e3n5iSk5WSkZu5lqeln5iSk5WSkZuWnqeOn5iSk5WSkZuMr6edn5iSk5WSkZuIr6e3n5iSk5WSkZufloiOn5iSk5WSkZuWkJa3n5iSk5WSkZu5kKeln5iSk5WSkZunr5a3fJiSk5WSkZufhI2CcpiSgpWSkZt7kIGHn5iSgpWSkZuQnqe3n5iSk5WSkZuWr6e3n5iSk5WSkZufr4idn5iSk5WSkZu5r6e3n5iSk5WSkZu5gpaCn36Ak5WSgIqTlo16hnmSk5WSkZuKr4Gln5iSk4OSkYq5lpaQn5iSepWSkYqfiYiQjoeSk4OSkZuar5adn5iSk5WSkZu5r6eln5iSk5WSkZu5r42On5iSk5WSkZt+r6e3n5iSk5WSkZunr6e3n5iSk5WSkZuOhm5jcHWSgm6SkXhthpaOn5iSk5WSkZt1nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZunr5aln5iSk5WSkZuar6edn5iSk5WSkZu5nqe3n5iSk5WSkZufnpaXgJiSk5WSkYq5gnSOjod4k3aSkYJ3r42dfHWSk4OSkYqFeqeCn36Sk5WSkXiOr6eTn5iSk5WSkWSanqedn5iSk5WSkZunlqeEn5iSk5WSkZuTr6eXn4eSk5WSkZu5kJaln5iSk5WSkZu5r6eXn5iSk5WSkZuagHWEeZiSk5WSkYp0r6edn5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eGn5iSk5WSkZuafae3n5iSk5WSkZuOr6edn5iSk5WSkZu5nqeljpiSk5WSkZu5npadn5iSk5WSkZunnqeXn5iSk5WSkZu5jIi3n5iSk5WSkZuahqeXgJiSk3aSkZuCnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eTn5iSk4OSkZufr5aln5iSk5WSkZu5nqe3n5iSk5WSkZuQnqe3n5iSk5WSkZunr6e3n5iSk5WSkZufr6eln5iSk5WSkZu5r4i3n5iSk5WAkYqar5a3n5iSk5WSkZuffYidn5iSk5WSkZunr42ln5iSk5WSkZu5kJadn5iSk4OSkZuMr5adn5iSk5WSkZuahnaOn5iSk5WSkYKWnqe3eZiSk5WSkZu5kISXn5iSk5WSkZunlo2QhnmSk5WSkZt+r6edn5iSk5WSkZunnn56n5iSeoOSkZuar6e3n5iSk5WSkZunr6eTn5iSk5WSkZu5r6edn5iSk5WSkZunnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZualpa3n5iSk5WSkZu5nqe3n5iSk5WSkZufnqe3n5iSk5WSkZuKlpaHbZiSk5WSkWtulo2AjpiSk5WSkWSnnqe3n5iSk5WSkZunlqeln5iSk5WSkZu5r6eOn5iSk5WSkZuWnpa3n5iSk5WSkXK5lo17n4eSk3KSkYqEnqeln5iSk5WSkZunr423n5iSk5WSkZt/r6e3n5iSk5WSkZuWkKe3n5iSk4OSkZunkKedn5iSk5WSkZunnqe3n5iSk5WSkZuIiad2n5iSk5WSkZuar5a3n5iSk5WSkZuOnoS3n5iSk5WSkZuTgoR/hnWSk5WSkYqQfXRrYX5zk5WSgGJkjKedn5iSk3aSkZu5lqe3n5iSk5WSkZu5r6e3n5iSk5WSkZunr6eHn5iSk5WSkWS5nnqln4eSk5WSkZufhKeEdpiSk5WSkYqDjJadjpiAk5WSgIp+jHyJn5iSk4OSkZt+r5a3jpiSk5WSkYKQhpZ9n5iSk5WSkZuOhKeEgJiSk5WSkZuIr6edn5iSk5WSkZuWiXSCn4eSk5WSkYpslpaOfJiSk5WSkZu5goG3n5iSk5WSkZu5gqedn36Sk5WSkZuQr6d8fJiSk5WSkZuQfZa3n5iSk5WSkZu5r6edn4eSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n4eSk5WSkZuWnqedn5iSk5WSkZualqeLjnmAgpWAbnyfjI2BfJiSk5WSkZuIlo2Qn5iSk5WSkZuniaeBn5iSk5WSkYKTlqeEn5iSk5WSkZu5r6edn5iSk5WSkZuWr6e3n5iSk5WAkZuTnpadhpiSk5WSkZu5r6eQn5iSk5WSkZu5jHqQn5iSk5WAgIqar6eOn5iSk5WSkZufnnp+gJiAk5WSkYK5kIiHjoeAk5WSkYJ9r4ileZiSk5WSkZufjIidn5iSk4OSkZuar6eln5iSk5WSkZu5r42ln5iSk5WSkZuDr6d9n5iSk5WSkZunjJa3n4eSk5WSkZu5r5a3n5iSk5WSkZu5bn51hn6Sk5WSkXx4r42Xn5iSk5WSkZufr5adn5iSk5WSkZunr6eXn5iSk5WSkZufjJaQn4eSgpWSkZuEjI2dn5iSk5WAkYqTeHJzgHmSepWAgIp5r6eDn4eSk5WSkZuFjKe3jpiSk5WSkZuWnqela5iSk5WSkZt5r5a3n5iSk5WSkYqMr6eln5iSk5WSkZuar6eOn5iSk5WAkZunr5a3n5iSk5WSkZunr5alfJiSk5WSkZu5kIRwjpiSk5WSkZuQnoSXn5iSk5WSkZuWlqe3n5iSk5WSkZuEnoiGjpiSk5WSkZuWr42Xn5iSk5WSkZuTr5adn5iSk5WSkZufloSLn5iSk5WSkZu5r6eln5iSk5WSkZu5r3J/n5iSk5WSkYqnnqeln5iSk5WSkZunlpZzfGuSk5WSkZt/kIF7n3mSepWSkZunnqeln5iSk5WSkZuKr6edn5iSk5WSkZu5npaln5iSk5WSkZu5r6eOn5iSk5WSkZu5jHh9fJiSk5WSkZt5kJaDgJiSk5WSkYqTr5a3n5iSk5WSkZufkHydjpiSk5WAcpuMr6eln5iSk5WSkZu5r6edb5iSk5WSkZuTr6elgJiSk5WSkZu5kKeEeZiSk5WSkZuEr6edn5iSk5WSkZu5lpaln5iSk5WSkZu5r6e3n5iSk5WSkZu5nqeln4eSk5WSkZu5r5adn5iSk5WSkZu5r6e3n5iSk5WSkZu5lnyln3mSk5WSkZuTr6eQn5iSk5WSkZu5jI2Hn5iSk5WSkZuTnpaTn4eSk5WSkZufr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5jI2djpiSk5WSkYqae3yJn36Ak5WSkYqBgo12n3mSk5WSkYKfjJaTfJiSk5WSkWtrlqeXn3mSk5WSkZunr3SdjpiSk5WAkZunr6e3jpiSk5WSkZu5r6e3n5iSk5WSkZu5bZaTn4eAdJWSkZufr6e3n5iSk5WSkZu5e36En5iSk5WSkYKBr6eln5iSk5WSkZunhKeln5iSk5WSkZuWr6eJn5iSk4OSkZu5r6e3n5iSgpWSkZu5r5aln5iSk5WSkZu5r6eln4eSk5WSkZu5jIGChoeSk3aSkXx7r6eOn5iAk5WSkZu5loSGgJiSbZWSkXyFr5aln5iSk5WSkYqQlqeLn5iSk5WSkZuTr4idhn6Sk4OSkZt1r6eJn4eSk5WSkZu5lqedn5iSk5WSkZuWr5aln5iSk5WSkZu5gHh4hoeSk3aSkYpyr6e3n5h4k5WSkYq5r6e3n5iSk5WSkZu5r6eTn5iSk5WSkZuagJaln5iSk5WSkZuOr5aln5iSk5WSkZuar6eTn5iSk5WSkZunjHx2hoeSk5WAkXyHnqeln5iSk5WSkYK5gqe3n5iSk5WSkZu5cY16dJiSdJWSkYKTr3q3n5iSk5WSkZu5hpa3b5iSk5WSkZuMr6e3n5iSk5WSgJufkISln4eSk3aSgIKWr6eln5iSk5WSkYqar6e3n5iSk5WSkZu5hIiAhoeSk5WSkZt9kKeXn5iSk5WSkZu5r5aOn5iSk5WSkZuar6eln5iSk5WSkZu5ho2dn5iSk5WSkZunno2Cn5iSk5WSkZuOnqe3n5iSk5WSkZu5kHx1jnKSk5WSkZuWkKeln5iSk5WSkZunZKedn5iSk5WSkZuHnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZuWno2dn3WSk5WAkZufloF6n4eSk5WSkZuHnqeldpiSk5WSkYKWkJaGn36Sk5WSkZuar6eln5iSk5WSkZu5r6e3n5iSk5WSkYqfr6eLn5iSk5WSkZuQr4S3n5iSk5WSkZuMnqeXn5iSk5WSkZu5nqelfIeSk5WSkZufnqe3n5iSk5WSkZuQr6e3n5iSk5WSkZu5loS3n5iSk5WSkXKnr5aln5iSk5WSkYKQr5aln3mSk5WSkYKQnpZ3n5iSk5WSgJufnqe3n5iSk5WSkZu5ho14n5iSk5WSkYJ9iaedn5iSk5WSkZu5nqe3n5iSepWSkZu5nqeOeXWSk5WSkZuHr6e3n5iSk5WSkZuanqeln5iSk5WAkXiWnqeXcoeSk5WSkZu5hqeQn5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5nqe3n4eSk5WSkZu5r6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5kIidn5iSk5WSkYqWnqe3n5iSk5WSkZu5r5aGn5iSk5WSkZu5no23n5iSk5WSkZu5Y2FhZmeAenZ4kXJpr5aOeZiSgpWSkZuTnpaCn35zk5WAkZt5lqeln5iSk5WSkZuOr6eQjpiSk5WSkZunnpaln5iSk5WAkZuInqeHn5iSk5WSkZuaiXGGfJiSk5WSkZt7kJa3n4eSk5WSkYqnr5aln5iSk5WSkZu5iZaHfJiSk5WSkZuQr6eln5iSk5WSkZuOr6e3n5iSk5WSkZu5npadhn6Sk5WAkZuWr6e3n5iSk5WScpu5kKe3n5iSk5WSkZu5lpaOn5iSk5WSkZu5nqe3n5iSk5WSkZu5r6eXn4eSk5WSkZu5npa3n4eSk5WSkZunr6e3n4eSk5WSkZunloSln5iSk5WSkZu5no2Xn5iSk5WSkZuEr6e3n5iSk5WSkZu5nqeQn5iSk5WSkZuar6e3n5iSk5WSkZunkKd+n36Sk5WSkZuabnB0gHKAgmeAbnV6r6e3n5iSk5WSkZuahHx9n5iSk5WSgGuFlqedn5iSk5WSkZuWr4iln4eSk5WSkZuMr6eJn5iSk5WSkZuQnqeln5iSk3uSkZunhqeleZiSk4OSkZuOr6eln5iSk5WSkZunr6e3n5iSk5WSkZunr6e3n5iSk5WSkZunlqeLn5iSk5WSkZuWr3yHn5iSk5V4kZt1kJaGn5iSk5WSkZunkKe3n5iSk5WSkZuKr6eln5iSk5WSkZuar6eln5iSk5WSkZuTjKeQn5iSk5WSkZu5r6edn5iSk5WSkZuIho2Qn4eAepWSkZuOr6e3n4eSk5WSkZuniW93n5iSk5WSkZunr6e3n5iSk5WSkZu5nnqTn5iSk5WSkZuWr6eXhpiSk5WSkZuTlqeln5iSk5WSkZu5r6e3n5iSk5WSkZu5lqeQn5iSk5WSkZu5kKedn5iSk5WSkZu5noR/hoeSk3aSkYp4lqeLcpiSk5WSkZuTr5a3n5iSk5WSkZunkKe3n4eSk5WSkZuOr5aQn5iSk5WAkZuWr6eln5iSk5WSkZu5lqe3n5iSk5WSkZunXoh2gHlzk5WSkYp/r6eDn5iSk4OSkZuWr423n5iSk5WSkZu5nqeln5iSk5WAkZuanqeXn5iSk5WSkZuWnqe3n5iSk5WSkZu5lqe3n5iSk5WSkZunr5aTn5iSk5WSkZunnqe3n5iSk5WSkZufr6edn5iSk5WSkZunr6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5nqedn5iSk5WSkZu5noiDfJiSk5WSkYp5nqe3n36Sk5WSkZu5r6eln5iSk5WSkZuQjKe3n5iSk5WSkZu5jIi3n5iSk5WSkZuQnqe3n5iSk5WSkZu5hnSLaZiSk5WSkYp1r6dxhoeSk5WSkZuEnqedn4eSk5WSkZualpaTn5iSk4OSkYqMiY2XcpiSk5WSkZuHnqeln5iSk5WSkZu5r36Qn4eSk5WSkZt3lqe3jpiSk5WSkZunr6eln5iSk5WSkZufloiLn5iSk5WSkYKnr6eln5iSk5WSkZu5r5adjoeSk5WSkZu5hKeHn4eSk5WSkYq5npadn5iSk4OSkZunlo2dn5iSk3uSkZu5jKeTn5iSk5WSkZu5r5aTn5iSk5WSkZu5nqe3n5iAk5WSkZuKlqeHn5iSk5WSkYK5hI2JeZiSk5WSkZuDr6eln5iSk5WSkZu5kJaQn5iSk4OSkZunr5aTn5iAk5WSkZu5kKe3n5iSk5WSkZunjJZ6n4eSk5WSkYqMkH6GX5iSk5WSkYp0r423n5iSk5WSkZu5r6eOn4eSk5WSkZu5r4iXn5iSk5WSkZuQeI23jpiSbZWSkZuahKeln5iSk5WSkZuWr6edn5iSk5WSkZunr6e3n5iSk5WSkZunnqedn3mSk5WSkZufr6e3n36Sk5WSkZu5r6eXjpiSk5WSkZu5r6e3n5iSk5WSkZuar6eln5iSk5WSkZuTjI2dn5iAk5WSkZufr5a3n5iSk5WSkZu5kI2dn4eSk5WSkZuTr6eln5iAk5WSkZuTr6edn5iSk5WSkZuHno2Tn5iSk5WSkZuMr6e3n5iSk5WSkZu5ln6TjoeSk5WSkZuKr6eln5iSk5WSkZuar6e3hpiSk5WSkZunnqeXn5iSk5WSkZuaS1FKU1lrcGNzkVBRlnh2hnKSk5WSkYp/r6eln5iSk5WSkZu5r6e3n5iSk5WAkZunr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZuTr6eTcpiSk5WSkZu5lqdxjn6Sk5WSkZuHr5a3n5iSk5WSkZufnqd/n5iSk5WSkZuanoi3n5iSk5WSkZufr4i3n5iSk5WSkZunr6eTn4eSk5WSkYq5nqedn5iSk5WSkZuIno2ThnmSk5WSgIKIkI2dn5iSk4OSkZufr6eLn5iSk5WSkZu5lpa3n5iSk5WSkZunr3iTn5iAgpWSkZuOr6e3n5iSk5WSkZu5f5a3n5iSk5WSkZufiXKJfJiSk5WSkZuHr6e3n5iSk5WSkZu5hJa3n36Sk5WSkWSMloSln5iAk5WSkZuOr6eln5h4epWSgJuKr6edn5iSk5WSkYq5hKe3n5iSk5WSkZungqe3n5iSk5WSkZu5gnyAn4eAk5WAkYJ8r5adn5iSk5WSkZu5lqe3n5iSk5WSkZuQnqedn5iSk5WSkZu5r6e3n5iSk5WSkZuflpZ0cpiAk5WSkYqAlqe3n4eSk5WSkZufr6e3n5iSk5WSkZu5kGulfH6Sk5WSkZuInqe3n5iSk5WSkZu5nqeln5iSk5WSkZu5nqedn5iSk5WSkZu5r4SJa5iSk5WSkWl7fI2An36Sk5WAkYqOr6edn5iSk5WSkZu5nqeXn5iSk5WSkZunr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eOn5iSk5WSkZuWr6edn5iSk5WSkZunr6eln5iSk5WSkZunlqe3hpiSk5WSkZunr6e3n5iSk5WSkZu5r6e3n5iSepWSkZuQr6e3n5iSk5WSkYq5npaXn5iSk5WSkZuQnqe3n5iSgpWSkZu5r6e3n5iSk5WSkZunr6e3n5iSk5WSkZunr6e3n5iSk5WSkZu5r5aOn5iSk5WAkZuBr5a3n5iSk5WSkZuniae3n5iSk5WSkZunr6e3n4eSk5WSkZu5r5a3jpiSgpWSkZuflm2ln4eSk5WSkZuQnqeln5iSk5WSkZuQr6e3n5iSgpWSkZufr42En5iSk5WSkZufnqe3n5iSk5WSkZuWr6e3n5iSk5WSkYqWr6eXn5iSk4OSkZuFnqeln5iSk5WSkZufr6eln5iSk5WSkZu5r6e3n4eSk5WSkZu5npa3n5iSk5WSkZu5r423hpiSk5WSkZuIlqeln5iSk5WAkZu5npZ5n5iSk5WSkZuQnqe3n5iSepWSkZu5npadcpiSk5WSkZunnqe3n5iSk5WSkZunr5a3n5iSk5WSkZu5r6e3n5iSk5WSkZuar6e3n4eSk5WSkZufnpaJn5iSk4OSkZuTnqeTn5iSk5WSkYqTnqelgJiSk4OSkWtvnqedn5iSk5WSkZunloSln5iSk5WSkZuar5aQn5iAk5WSkZuMr5a3n5iSk5WSkZuOnqedn5iSk5WSkZu5d4iXjoeAbZWSgIqOr6e3n5iSk5WSkZu5lqeln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkYqfr6e3n5iSk5WAkYqWkHqJgJiSk5WSkYqfr6eXn5iSk5WSkZuaho2LgJiSk5WSkZt3r6eLn5iSk5WSkZuWr6e3n5iSk5WSkZu5lqe3n5iSk5WSkZufnqeXn5iSk5WSkZunr5a3n4eSk5WSkZuanqe3n5iSk5WSkZu5r3ydn5iSk5WSkZuQloG3n5iSk3uSkYqQgo2Gn5iSk5WSkZu5npaln4eSk5WSkZu5r6eln5iSk5WSkZu5nqe3n5iSk5WSkZuar6e3n5iSk5WSkZunr42Jn5iSk5WSkYqngIh/joeSk4OSgJtylo2Tn5iSk5WSkYKnr5a3n4eSk5WSkZu5r5a3n5iSk5WSkZu5r6e3n5iAk5WSkZu5r423n5iSk5WSkZuQkH6ln36Sk3uSkZt/ln56n5iSk5WSgJuFr3x2n5iSk5WSkYqnnoidn5iSk5WSkZuWkKeQn5iAk5WSkZunf3xtaGuSk4OSkWt4lpaLn5iSk5WAkZuElqe3n4eSk5WSkZu5noiln5iSk5WSkZunr6eJn5iSk5WSkZuanqe3n5iSk5WSkZuWkIGJn3mSk5WSkZuDfXWBdpiSk5WSkYqInpaTfJiSk5WSkZuQr6e3n5iSk5WSkZuOr6eTn36Sk4OAkYqnr6elfJiSk5WSkZu5nqeLn5iSk5WSkZu5r3WAn5iAk5WSkYp4lqeTn5iSk5WSkZuOkKeQn5iSgpWSkZunr6e3n5iSk5WSkZunnqeln5iSk5WSkZuEnqelb5iSk5WSkZufnmyDdJiAk4OAkYJ7hHiAn5iSk5WSkYqnr6edn5iSk5WSkZufkKeXn5iSk5WSkZuTno17n4eSk5WSkZuQr6eln5iSk5WSkYq5nniAdJiSk5WSkWZ6r6e3n5iSk5WSkZufkKeln5iSk5WSkYqfnpadn5iSk5WSkZufiae3n5iSk4OSkZunkI2Qn5iSk5WSkZu5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZuar6e3n5iSk5WSkZu5r6edn5iSk5WSkZufloSHdoeSk4OSkWx9kJaCn5iSgpWSkZuaf212dn6SgpWSkWNxr6eOn5iSk5WSkZu5gqeGn5iSk5WSkZuQr6e3n5iSk5WSkZu5nqeXn5iSk5WSkZuniae3n5iSk5WSkZu5kH6ljpiSk5WSkZuagqe3n5iSk5WSkZuQr5adjoeSk5WSkZunnn6ln5iSk5WSkZunr6e3n5iSk5WSkZu5r6eln5iSk5WSkZunr6eln5iSk5WSkZu5dHBsXZh4k5WSkWNnjKe3n5iSk5WSkZu5nqe3jpiSk5WSkZu5nqedn5iSk5WSkZunr6e3n5iSk5WSkZu5noidhn6Sk26SkYqWr6e3n5iSk5WSkZu5no2ln5iSk5WSkZu5nqeTn5iSk5WSkYqOr6e3n5iSk5WSkZuWiXhvjm+Ak5WSgIqAr5aln5iAk5WSkZuIr5aXn5iSgpWAkZuFlqeJcpiSk5WSkZuakKeljpiSk5WSkZunr6eln5iSk5WSkZu5nqe3n5iSk5WSkZu5jHxsn5iSk4OSkYKBr6eln5iSk5WSkZuWhpaln5iSk5WSkZuFr6e3n5iSk5WSkZu5r6eTn5iSk5WSkYqIr6e3n5iSk5WSkZu5npaHgJiSk4OSkZuEr6e3n5iSk5WSkZuTr6edn5iSk5WSkZu5r5aln5iSk5WSkZu5r6e3n5iSk5WSkZu5jHyXn5iSk5WSgIKEr4S3n5iSk5WSkZu5r6elhoeSk5WSkZu5r6eln5iSk5WSkZu5r42ln5iSk5WSkZuar6e3n5iSk5WSkZu5r6edn5iSk5WSkZunlqeJn4eSk5WSkZufgqe3n5iSk5WSkZu5r423n5iSk5WSkZu5r6e3n5iSk5WSkZufr6eln5iSk5WSkZufr6eXn5iSk5WSkZunr6e3n5iSk5WSkZu5r6edn5iSk5WSkZu5r6e3n5iSk5WSkZufr6e3n5iSk5WSkZufnpa3jpiSk5WSkZuQr6e3n5iSk5WSkZualpZ+hpiSk5WSkZuOr5a3n5iSk5WSkZu5r6eln5iSk5WSkZunnpaln5iSgpWSkZu5r6eOn5iSk5WSkZuff42XjpiSk5WScpuOr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZufr6eQgJiSk5WSkZu5gHx4aZiSk5WSkZt+nqe3n5iAk5WAkZuTZ6eQn5iSk5WSkZuDnoGJn5iSk5WSkZuWr6eQn5iSk5WSkZu5r6e3n5iSk5WSkZufr6eln5iSk5WSkZu5noGCn5iSk5WSkZunr6eTn5iSk5WSkZuaeoF5jnWAk5WSkYKIlqeHn5iSk5WSkZuar363n5iSk4OSkZuElqeJn5iSk5V4kZuEr6e3n5iSk5WSkZunr5aQn5iSk5WSkZuWr6eln5iSk5WSkZufnqe3n5iSk5WSkZu5hqe3fJiSk5WSkZu5r6eXn5iSk5WSkZunr3q3n5iSk5WSkYqfnqelcpiSk5WSkZuKr6eljpiSk5WSkZuInqeln5iSk5WSkZufnqeln5iSk5WSkZunjKe3n4eSepWSkZu5r5aCn5iSk5WSkYKIr6e3n5iSk5WSkZuTr6e3n5iSk4OAkZuWlqe3n5iSk5WSkZu5eGuAhnWSk3aSkYp9lpa3hoeSk5WSkZufr42dn3WSk5WSkZuniZaXn5iSk5WSkZu5kI23n5iSk5WSkZunlo23n5iSk5WSkZufgKeln5iSk5WSkZunr6e3n5iSk5WSkZu5nqeTn5iSgpWSkZunaG1sdoeAcJWAkXVynqedn5iSk5WSkZuWr6eln5iSk5WSkZuIjKeGn5iSk5WSkZuOr5a3n5iSk5WSkZu5r5aOdpiSk4OSkZuHnqeHn5iSk5WSkZufkHp8n5iSk5WSkZuOnoidn5iSepWSkYp7kKeGn5iSk5WSgJuOr6e3n5iSk5WSkYqMr6eOn5iSk5WSkZunr6eOn5iSk5WSkZunnqedn5iSk5WSkZuOr6edn5h4k5WSkZuKnqe3n3mSepWAgJunr5adjoeSk4OSkYKAr4i3n5iSk5WSkZuQkGl4eZiAk4OSkZuBr423n5iSk5WSkZu5lqeln5iSk5WSkZuFnqedn5iSk5WSkZu5lqedn4eSk5WSgJunf6e3n5iSk5WSkZuanqe3n5iSk5WSkZuTr42dn5iSk5WSkZu5npaXjpiSgpWSkZu5npaln4eSk5WSkZuar6eJn5iSk5WSkZuTr6eLn5iSk5WSkZu5r6e3n5iSk5WSkYqfhI14ZX6Sk4OSkYpzr6eln4eSk5WSkZufr6eln5iSk5WSkZunnqeln4eSk5WSkZufr6edn5iSk5WSkZufr5a3jpiSk5WSkZuQr3x9n5iSk5WSkZuanpa3n5iSk4OSkZunr6eLn5iSk5WSkZu5hqeLn5iSdJWSkYqfr6e3n5iSk5WSkZu5r423n5iSk5WSkZuQbHZyeZiSgpWSkYKAnqe3n4eSk5WSkZuar6eXn5iSk5WSkZu5r6e3hpiSk5WSkZuTf5a3coeSk5WSkZunnqe3fJiSk5WSkXWfiaedjpiSk5WSkXW5lqeXn5iAk5WSkZunkJa3n5iSk5WSkZuWr6eQn5iSk5WSkYK5r6edn5iSgpWSkZu5nqeOeZiSk5WSkZunnpaJn5iSk5WSkZunr6e3n5iSk5WSkZufnqeTn5iAk5WSkZu5kISAjpiSk5WAkZuTr36ln5iSk5WSkZuFkKeln5iSk5WAkZufr6edn5iSk5WSkZuar42OjpiSk5WSkYqMnpaQn5iSk5WSkZu5r6e3n5iSk5WSkZu5nqeln5iSk5WSkZuniaeddpiSk4OSkZuMnpadn5iSk5WSkZuFr6edn5iSk5WSkZu5r6edn5iSk5WSkZu5r4Gln5iSk5WSkZunr6e3n5iSk5WSkZu5r6e3n5iSk4OSkZuWgI2djn6Sk5WAkYqWr6eln5iSk5WSkZuWnqe3n5iSk5WSkZufr6eln5iSk5WSkZuEr4S3n5iSk5WSkZuWkI2CdnWSk5WSkZuEkKeln5iSk5WSkZunnqe3n5iSk5WSkZu5r6eXn36Sk5WSkZu5r6eln5iSk5WSkZunr5aln5iSk5WSkZu5r6eln5iSk5WSkZu5npadn5iAk5WSkZu5r6edn5iSk5WSkZunr6e3n5iSk5WSkZu5hKe3n5iSk5WSkZufr6eln5iSk5WSkZunr5a3n5iSk5WSkZunr6e3n5iSk5WSkZu5r4G3n5iSk5WSkZu5r6eJn5iSk5WSkZu5loF/n5iSk5WSkZufnqedn5iSk5WSkZuMr5adn5iSk5WSkZuQr6d0n5iSk5WSkZuBr6e3n5iSk5WSkZuOr6e3n5iSk5WSkZunkJaln5iAk5WSkYqfX4hnn5iSk5WSkZt4r6e3n5iSk5WSkZuBr6e3n5iSk5WSkZufkJaBn5iSk5WSkZuCr36Hn5iSk5WSkYq5r4i3n5iAk5WSkYqKr6d1n5iSk5WSkZuQr5a3n4eSk5WSkZunr6e3n5iSk5WSkZuWr6e3n5iSk5WSkZu5r5a3n5iSk5WSkZu5npa3n5iSk5WSkZuOfZa3n5iSk5WSkZuOr6e3n5iSk5WSkZuWlpaln5iSk4OSkZuOnpa3jpiSk5WSkYqnr6eEn4eSk5WSkXKOr6eTn5iSk5WSkZuar4i3n5iSk5WSkZuWYXVxn4eSk5WSkYqInqeXn5iSk5WSkZuQno2ln5iSk5WSkZu5kI2Bn5iSk5WSkZuOr6e3n5iSk5WSkZuTlqeBn5iSk4OSkZuFr6e3n5iSk5WSkZu5bYh+fJiSk5WSkZuQr4iljpiSk5WSkZuDlqe3fJiSk5WSkZuTlqeTn5iSk5WSkZuanqeQn5iSk5WSkZu5r6edn5iSk5WSkZu5jGuOn5iSk5WSkZuBgpa3doeSk5WSkZuAnqe3n5iSk5WSkZuWd3hraWOSk5WSkYJ9r5a3n36Sk4OSkZu5r6eln5iSk5WSkZu5r4i3n5iSk5WSkZuOgo19joeAk5WSkYKBr3qTn5iSk5WSkZufr6eln5iSk5WAkZunWoiln5iSgoOSkYp4lqe3n5iSk5WSkZu5lpaXdpiSk5WSkZu5r42ln5iSk5WSkZu5r6e3n5iSk5WSkZu5nn6Bn5iSk5WSkZt2r423n5iSk5WSkYqQnpa3n5iSk5WSkZu5nqe3n5iSk5WSkZu5jKeln5iSk5WSkZu5iYidjm9vk5V4kZt/r6e3n5iSk5WSkZu5kHh2aXKSk4OSkWt6nqeQn5iSk5WSkZuTr6eXn5iSk5WSkZunno2OjpiSk5WSkZuTr6eln5iSk5WSkZu5hHyEn5iSk5WSkWyFZJa3n4eSk4OSkZuWlqeBgJiSk5WAkYqMr6e3n5iSk5WSkZuakGd+cpiScJWSkXJ2gI2Xn5iAk5WSkYKnr5aJn5iSk5WSkZu5no23n5iSk5WSkZuflo2dn5iSk5WSkZt9lqe3n5iSk5WSkZu5r5aXn5iSk5WAkZuar6e3n5iSk5WSkZuTr5adjpiSk5WSkZu5gnqTgJiSk5WSkYK5r6edn5iSk5WSkZuQnoSln5iSk5WSkZu5gqe3n4eSk5WSkZu5r3yBn3mSk5WSkZuMr6eTn5iSk5WSkZu5nqe3n5iSk5WSkZu5lqeln5iSk5WSkZuWr6e3jpiSk5WSkZuQhI2Tn5iSk5WSkYKar6eDn5iSgpWSkZuWr42On5iSk5WSkZu5lqeln5iSk5WSkZufr6elb5iSk5WSkZuar6eXn5iSk5WSkZu5lqe3n5iSk5WSkZuWcXJqdn6SbZV4cnxrkIiljn6Sk4OSkZt1lpaln4eSk5WSkYKfr5aJn5iSk5WSkZuTr6e3n5iSk5WSkZu5lqeOn2+Sk5WSkZuWlqeln5iSk5WSkZu5r6eln5iSk5WSkZunno23n5iSk5WSkZuOlpaln5iSdJWSkZuKr5adn5iSk5WSkZu5r6e3n4eSk5WSkZuInqeOn5iSk5WSkZunr6e3n5iSk5WSkZuEr5aGn5iSk5WSkZuWr6edn5iSk5WSkZuQlqe3n5iSk5WSkZu5r3yOn5iSk5WSkZuTr6e3n5iSk5WSkZufnqeHn5iSk5WSkZu5nqeOn5iSk5WSkZu5gISXcJiSk3KSkYKAr5a3n5iSk5WSkZu5kIGJb5iSk5WSkZuanqedn5iSk4OSkZuHdZaXn4eSdJWAgJuAno23n5iSk5WSkZu5r5aXn5iSk5WSkZuQr5aln5iSk5WSkZuTnpa3n5iSk5WSkZuTr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZuTr6e3n5iSk5WSkZuWlqedn5iSk5WSkZuKX4R3n5iSk5WSkZtlkI2Qn36Sk3uSkZunr4i3n5iSk5WSkZufnqeln5iSk5WSkZuWr4iln5iSk5WSkZu5iY2dn5iSk5WSkZunnqeXn5iSk5WSkZufr6eXn5iSk5WSkZu5r6e3n5iSk5WSkZunf6e3hpiSk5WSkZuQlnZun4eSk5WSkYp4r6eLn5iSk5WSkZu5npa3n5iSk5WAkZuThISla3WSk2mSkWhtr423n5iSk5WSkZu5r42dn5iSk5WSkZu5r6e3n5iSk5WSkZu5r5aXhpiSk5WSkZuWlpa3n5iSk5WSkZungo23n4eSk5WSkXCKr6eln5iSk5WSkZunr6e3n5iSk5WSkZunr6eQn5iSk5WSkZufnpaOcpiSk5WSkYqar6eLn5iSk5WSkWuOr6elhpiSk5WSkZuOr5aHhoeSgpWSkZt+r6e3n5iSk5WSkZu5r6eln5iSk5WSkZuanpa3n5iSk5WSkZu5iYSTfJiSk3aSkYKIjHyOn5iSgpWSgIp9r5adhpiSk5WSkZuOjJaLn5iSk5WSkZt9r5adn5iSk5WSkZuQr4i3n5iSk5WSkZu5jIiHn5iSk5WAboKnkISLn5iSk4OSkZt/iYFnn4eSk5WSkZuOr6e3n5iSk5WSkZufnpZ2n3mSk5WSkZunkI2ln5iSk5WSkZu5bGZpa29zgpWSkXJlnqe3n5iSk5WSkZu5lqd+n5iSk5WSkZu5gqeHhpiSk5WSkZuMkKe3n5iSk5WSkZuQY1diYV6AgmF4bmxbnnyOb5iSgpWSkZu5jG1wdJiSk5WSkYKCnpZ/n4eSk5WSkZu5nqe3n5iSk5WSkZu5nqd/n4eSk5WSkZuOnqe3n5iSk5WSkZunr6e3n5iSk5WSkZufgqeQn4eSk5WSkZufZF9dYm94cGd4bnJado1/jn6Ak5WSkZuOr6eXn5iSk5WSkZunr6eln5iSk5WSkZuOr6e3n5iSk5WSkZu5r6eln5iSk5WSkZuar6e3n5iSk5WSkZu5kKeTn5iSk5WSkZuOlqeln5iSk5WSkZuMr4i3fJiSk5WSkZu5noGLn5iSk5WSkZu5r4SJn5iAk5WSkZuOr6e3jpiSk5WSkZu5lqeln5iSk5WSkYqDr6e3n4eSk5WSkZuQr6edn5iSk5WSkZu5hH6Tn3WSk5WSkZt2lqe3n5iSk5WSkZu5nqeXn5iSk5WSkZu5r6e3n5iSk5WSkYq5r6eQn5iSk5WSkZunjJaln5iSk5WSkYqWr6e3joeSk4OSkZt/r6eXjpiSk5WSkXyFlo23n5iSk5WSkYqaiYR4dJiSepWSkXV1gqeQjpiSk5WSkZuTnpa3n5iSk5WSkZu5iad+n5iSk5WSkZunr6e3n5iSk5WSkZunr6edn5iSk5WSkZunr6eXn5iAk5WSkZunhqe3n4eAk5WSkZufr6eOjpiSk5WSkZunr6eln4eSk5WSkZuMc3p9gIeSk5WSgGlzlqe3n5iSk5WSkZu5r6eln5iSk5WSkZuar6eXn5iSk5WSkZu5nqe3n5iSk5WSkZu5r6elfJiSk5WSkZunr36ln5iSepWSkZu5kJadn5iSk5WSkZuWr6eOn5iAk5WSkZu5kKe3n5iSk5WSkYq5r6e3n5iSk5WSkZu5r36Ln3mSk3aSkYqIr6eQn5iSk5WSkZu5r6eQn5iSk5WSkZunf6elfJiSk5WSkZuWr5adn4eSk5WSkZunlqeln5iSk5WSkYqncYSdhpiAcJWSkYpwe4SHa5iSk4OSkWlrr6eln5iSk5WSkZuCr6eljpiSk5WSkZunfXJsZJh4k5WSkWNor6eln5iSk5WSkZufkKe3n5iSk5WSkZuEr6e3n5iSk5WSkZunr6edn5iSk5WSkZuTgIGln5iSk5WAkZu5r363n5iSk5WSkZuDr6e3n5iSk5WSkZu5r42dn5iSk5WSkZu5r6e3n5iSk5WSkZufr5aHn5iSk5WSkZuQnpa3n5iSk5WSkZuInqeOn5iSk5WSkZuQkI2OfHWSk5WSkZt7noiThpiSk5WSkZuWnoGdn4eSk5WSkYKnlnqHn5iSk5WSkZuar6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5npaln4eSk5WSkZuMhqe3fJiSk5WSkZuTnqeln5iSk5WSkZuMr5a3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3jpiSk5WSkZuanqeln5iSk5WSkZu5noiXn5iSk5WSkYqOr6edn5iSk5WSkZu5iYiLn5iAk5WSkZuHr6eOn5iSk5WSkZunr6e3n5iSk5WSkZufr6e3n5iSk5WSkZuWr42dn5iSk5WSkZuOr6eQn5iSk5WSkZuWkKeLn5iSk5WSkZuTlqe3n5iSk5WSkZuflqe3n5iSk5WSkZuniaeleZiSk5WAkZufr6eln5iSk5WSkZu5kKedn5iSk5WSkZuOno2ln5iSk5WSkZu5nnWEhpiSk5WSkYqMloSQn4eSk5WSkZuTkI2Jb5iSk5WSkZuOkKeTn4eSk5WSkZu5r6eln5iSk5WSkZuTr6eln5iSk5WSkYqThoS3n4eSk5WSkZuMr6e3n5iSk5WSkZufr5aLn5iSk5WSkZuWr4iOn5iSk5WSkZuOlqe3n4eSk5WSkZu5r6e3n5iSk5WSkZu5r5a3jpiSk5WSkZuKgJaOn4eSk5WSkYqOkKeddpiSk5WSkYq5nqe3n5iSk5WSkZufnqeXn4eSk5WSkZuann6ln5iSk5WSkZu5no2Xn5iSk5WSkZu5gqeQcpiSk5WSkZuTr5a3n5iSk5WSkZuOnqe3n5iSk5WSkZunlniCdJiSk5WSkWR7npa3n5iSk5WSkZu5nqeln5iSk5WSkZuTr5aln5iSk5WSkZuMr6eln5iSk5WSkZu5r6eln5iSk5WSkZufr6e3n5iSk5WSkZu5r6eXhpiSk5WSkZufnqeOgJiSk5WSkYq5r5aXn5iSk5WSkZu5kHiBdJiSgpWSkWR6hqe3n5iSk3uSkZuFno2ln4eAk5WAkZuar6edn5iSk5WSkZu5gpaln5iSk5WSkZuEr6d3n5iSk5WSkZu5kKedn4eSk5WSkZuQr6eLn5iSk5WSkZufnqeln5iSk5WSkZunkIiEn5iSk5WSkZunlo23jpiSk5WAkZu5lqeXn5iSk5WSkZufr5aln5iSk5WSkZu5r6eTn5iSk5WSkZunkJa3n5iSk5WSkZunnqedn5iSk5WSkZu5gnyDfJiSk5WSkZt7bm1yXGN4k5WSkWZgc4GCeYeSk5WSkYp7r6e3n36Sk4OSkZu5r6edfJiSk5WSkZunr6e3n5iSk5WSkZufnpa3n5iSk5WSkZu5r6eJn5iSk5WSkZufr5a3n5iSk5WSkZunlo2JgJiSk5WSkZuWloRyn5iSk5WSkYqflqe3n5iSk5WSkZuWr6e3n5iSk4OSkZuQr5aLeZiSk5WSkZu5kIR9n5iAk2CSkYJ5hoSAeZiSk5WSkYKHlqe3n5iSk5WSkZuQr4GJn5iSk5WSkZuanqeln5iSk5WSkZu5kKeln36Sk5WSkZu5r6eQn5iSk5WSkZunloiChpiSk5WSkZt3r6eln5iSk5WSkZu5lpaTn5iSk5WSkZufr6eln5iSk5WSkZuano23n5iSk5WSkZu5lqe3n5iSk4OSkZu5nqedn4eSk5WSkZufnqelhnmSk5WSkZuQiY2XdpiSk5WSkYqTe293eXKSk5WSkYKDkJa3n5iSk5WSkZuTr6eln5iSk5WSkZu5r6eHn5iSk5WSkZuar5aQn5iSk5WSkZu5r3a3hpiSk5WSkZuCfZaLeYeSk5WSkYpynqe3n4eSk5WSkZu5kISdn5iSk4OSkZuFkIiGfJiSdIOSkWeCnqe3n5iAk5WSkZu5r5a3n5iSk5WSkZu5noS3n5iSk5WSkZuanqe3n4eSk5WSkXKanqe3n5iSk5WSkZunlnx1n3KAk5WSgIqWnpa3hpiSk5WSkWmfnqeTn5iSk5WSkZu5r4SXn5iSk5WSkZufr6eLn5h4k5WSkZuDnqeBn5iSk5WSkZunr6e3n3mSk5WSkZufnqe3n4eSk5WSkZuTr6e3n5iSk5WSkZunr6eTb5iSk5WSkZuKnqeBn3WSk5WSgJu5jKeLn5iSk5WSkZu5nqeTn5iSk5WSkZuQr6e3n5iSk5WSkZunr6eln5iSk4OSkYq5r6e3n5iSk5WSkZu5r4Sdn5iSk5WSkZufr4i3n5iSk5WSkZufnqe3n5iSk4OSkZunr6e3n5iSk5WSkZuMr4iXn5iSk5WSkZu5kIGdgJiSk5WSkZuTkKeln5iSk5WSgJu5r6e3n5iSk5WSkZufr36Ln4eSk5WSkZt3r4SJgIeSk5WSkZuThKeln36Sk5WSkZt9iZZ5eZiSk5WAkYqHjKe3n5iSgpWSkZu5r4iQn5iSk5WSkZuar5a3n5iSk5WSkZunlpa3n5iSk5WSkZufgqeln4eSk5WSkZuahqeln5iSk5WSkZuWnpaTn5iSk5WSkZu5r6d9n5iSk5WSkZu5no23n5iSk5WSkZuMr6eQn5iSk5WSkZufr6edn5iSk5WSkZuQnpa3n5iSk5WSkYqnr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r5aln4eSk5WSkZunnoilhpiSk5WSkZuTr29/n5iSk5WSkZuQnpa3dJiSk5WSkYq5nnyln4eSk5WSkZufloS3n5iSk5WSkZuWr6e3n5iSk5WSkZuOr6e3n5iSk5WSkZu5r5a3n5iSk5WSkZu5r6eln5iSk5WSkZu5r4Rvn36Sk5WSkYqQr6e3n5iSk5WSkZu5iYh9n5iSk5WSkYqDlqeTjpiSk5WSkZuMnpaBn5iSk5WAkZuDr6eln5iSk5WSkZunr6d4n5iSk5WSkZu5r5aXn5iSk5WSkZuHnqe3n5iSk5WSkZunr42Jn3mSk5WSkZu5kISTn5iSk4OSkYqKnn5+n5iSk5WSkZuMlqeTn5iSk5WSkZunnqeXn5iSk5WSkZu5r6e3n4eSk5WSkZu5jKedn5iSk5WSkZuWr5aln4eSk5WSkZungqeOn5iSk5WSkYKfY3KCjpiSepWSgIp4r5aQn5iSk5WSkZu5r6e3n5iSk5WSkZufr6e3fJiSk5WSkZufr6eln5iSk5WSkZuMr6edn5iSk5WSkYq5iY2ln4eSk5WSkZuTlqd2n5iSk5WSkZuIr6e3n5iSk5WSkZu5r5a3n5iSk5WSkZu5kHJ9eZiSk5WSkXh5r6eljpiSk5WSkZuWr6eln5iSk5WSkZu5npaQn5iSk5WSkZu5nqeln4eAk5WSkZuar6eXn5iSk5WSkZunr6e3n5iSk5WSkZunjKeOb4eSk5WSkZuar5adn5iAk5WSkZuMr6eln5iSk5WSkZu5r6eTn5iSk5WSkZuar6edn5iSk5WSkZu5hpa3n5iSk5WSkZuOno2ln5iSk5WSkZunlqeln5iSk5WSkZuanpaCn5iSk5WSkZuOr6e3n5iSk5WSkZuahI2JeZiAk5WSkYqBnqeQn5iSk5WSkZu5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZunkKeln5iSk5WSkZuffaeln5iSk5WSkZuTnqeOn5iSk5WSkZuQr6eln5iSk5WSkZuanqe3n5iSk5WSkZu5r6e3n5iSk5WSkZuniXSHjoeSk3aSkXyBnpaln5iSk5WSkZuQkJaln5iSk5WSkZu5nqe3n4eSk5WSkZu5kKedn5iSk5WSkZu5r6e3n5iSk5WSkZu5r5a3n5iSk5WSkZu5nqelhpiSk5WSkZunnqeXn5iSk5WSkZuar6d8n5iSk5WSkZuar6edn5iSk5WSkZu5r6eln5iSk5WSkZufr6e3n5iSk5WSkYqnr6e3jpiSk5WSkZu5r6e3n5iSk5WSkYqnr6eln5iSk5WSkZufnpaAn5iSk5WSkZuKkI2Qn5iSk5WSkZuQloiln5iSk5WSkZuQr6edn4eSk5WSkZu5fJZ6hoeSk4OSkYJlr6e3n5iSk5WSkZunr5aXgHmSk5WSkYqDkKeQn5iSk4OSkZuOlqe3n5iSk5WSkZuTr6d+jpiSk5WSkZunr6e3n5iSk5WSkZu5kKedjpiSk5WSkWSTr4SQjpiSk5WSkZuDr6edn5iSk5WSkZu5r6edn5iSgpWSkYp9r6eln5iSk5WSkYqfSmpuYm2AcGd4gIJmr6eXn5iSk5WSkZu5r6eXb5iSk4OSkZuWr5a3n5iSk5WSkZuQloiln5iSk5WSkZu5r6eln5iSk5WSkZuEhpaln4eSk5WSkXCHr42Tn5iSk5WSkZu5nqeXn5iSk5WSkZuDjJaTn5iSk5WSkZufr6e3n5iSk5WSkZu5r6eln5iSk5WSkZuBnqe3n5iSk5WSkZunr6e3n5iSk5WSkYq5r6e3n5iSk5WSkZu5hqeXn5iSk5WSgJuflpa3n5iSk5WSkZu5r6edn4eAk5WSkZufr6e3n5iSk5WSkZu5r4iln5iSk5WSkZu5r4iGn5iSk5WSkYqOr5aQn5iSk5WSkZuKr4SLn5iSk5WSkZuTr6e3n5iSk5WSkZuDr5aln5iSk5WSkZu5gH6HX5iSk5WSkYp0r3STn5iSk4OSkZuEgnF0n5iSgpWSkYJ7nn5scJiSk5WSkWh/kKeHn5iSk5WSkZu5iY2dhpiSk5WSkYqBnqe3n5iSk5WSkZu5lqeTn5iSk5WSkZuWkI2QeXWSk3uSkZufnpaln5iSk5WSkZu5gI2Xn36Sk5WSkZuIdY2Qn5iSk5WSkYqWr42Tn5iSk5WSkZuanpadn5iSk5WSkZufnqeln4eSgpWSkYqWloGOn5iSk5WSkZuMr423n5iSk5WSkYqHr6e3n5iSk5WSkZu5r5aLn5iSk5WSkZunnqeXn5iSk5WSkZu5nqe3n5iSk4OSkZu5r6e3fJiSk5WSkZuWnqe3n5iSk5WSkZu5r6edn5iSk5WSkZunlqe3n5iSk5WSkZuOhqedn5iSk5WSkZu5r6elb4eSk5WSkZuar5aXn5iSk5WSkZu5r6e3n5iSk5WSkZunnqelhpiSgpWSkZunkKeljoeSk5WSkZufkKe3n5iSk5WSkZu5r6e3jpiSk5WSkZu5r6e3n5iSgpWSkZu5r423bZiSgpWSkXKWhIR/n5iSepWAkYqHr5adn5iSk5WSkZuTnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eCn5iSk5WSkYqMnpaXn5iSk5WSkZuanpa3n3WSk5WSkZu5iXxun36SepWAgIJ0gI2An5iSepWSkZt4loG3n5iSk5WSkYqTr4G3n5iSk5WSkZu5r6eCn5iSk5WSkZuWr5aln5iSk4OSkZu5r6e3n5iSk5WSkZu5r42Jn4eSk5WSkZuOnqe3n5iSk5WSkZunr6eXn5iSk5WSkZu5r6eln5iSk5WSkYq5npa3n5iSk5WSkZunr6e3n5iSk5WSkZunjKe3n5iSk5WSkZuQr6edn5iSk5WSkZu5no2LjpiSk5WSkZuFgKelgJiSk5WSkYqHlqeQn5iSk5WAkZuOnoi3n5iSk5WAkYq5jKedn5iSk5WSkZu5r6eHn5iSk5WSkZunjKeOn5h4k5WSkYqfjJaDn5iSk2CSkYKEr5aXn5iSk5WSkZuTfXxyZnmSdF+SkVtmr6eljpiSk5WSkZuWr6eln5iSepWSkZu5nqeln5iSk5WSkZuTr5aln5iSk5WSkZuar5aln5iSk5WSkZt9kKe3jpiSk5WSkZu5r6e3n5iSk5WSkYK5lqeln5iSk5WSkZunr5aleYeSk5WSkZu5npa3b5iSk5WSkZu5r42dn5iSk5WAkZunlqeljpiSk5WSkYqnr5adn5iSk5WSkZu5r6edn5iSk5WSkZu5hI2OjpiSk4OSkZuMr6eln5iSk5WSkZu5nqe3n4eSk5WAkZuMr6eln5iSk5WSkZu5r6e3n5iSk5WSkZt/r6eln5iSk5WSkZu5nqedeZiSk5WSkZunr6eJn4eSk5WSkZunnoS3n4eSk5WSkZuHnpa3n5iSk5WSkZufiae3jpiSk5WSkYKnlqeOn22Sk5WSkZuQlo2OjoeSk5WSkZufnqe3n5iSk5WSkZualoilfIeSk5WSkZt9lqeTn5iSk2CSkZuKlqeGn5iSk5WSkZufkISln5iSk5WSkZufaoh2fHmSk5WAkYKIr6e3n5iSk5WSkZuQnqe3n5iSk5WSkWSar6eTn5iSk5WSkZu5gpa3n5iSk5WSkZu5r5aln5iSk5WSkZu5r6e3n5iSk5WSkZufr6eQn5iSk5WSkZuWe4R3gJiSk5WSkYp2r6eOn5iSgpWSkZu5kKeQn5iSk5WSkYqnnqe3n5iSk5WSkZunr6eJn5iSk5WSkZufnqedn5iSk5WSkZufr42dn5iSk5WSkZuWr5aljpiSk5WSkZu5gKeHn2uSk5WSkYKKr423n5iSk5WSkZu5r6eJn5iSk5WSkZu5kHCOjpiSk26SkYp7r6eln5iSk5WSkZu5jKeln5iSk5WSkZualpaln5iSk5WSkZuar6eln5iSk5WSkZu5lqe3n5iSk5WSgJu5lpa3n5iSk5WSkZunr6eln5iSk4OSkYqfkKedfH6Sk5WSkZuTr6e3n5iSk5WSkZu5r6edn5iSk5WSkZunlqe3n5iSk5WSkZufr5a3hoeSk5WSkZu5lpaJn5iSk5WSkZt/r42djpiSk5WSkZuanqe3n5iSk5WSkZu5r6eXn5iSk5WSkZuOr6e3n5iSk5WSkYq5kJa3gJiSk5WSkYqFr5adn5iSk5WSkZuTgnZveZiSk5WSkZtvr5adn5iSk5WSkZu5r6eln5iSk5WSkZu5hI2OeZiSk5WSkZuEr6edcpiSk5WSkZu5r6edhoeAk5WSkZufnqe3n5iSk5WSkZufr423n5iSk5WSkZu5r6eTn5iSk5WSkZu5nqe3n5iSk5WSkZu5jKe3n5iSk5WSkZu5lqeTn5iSk5WSkZu5nqeTn4eSk5WSkZuFnpaOn5iSk5WSkZuQr6edn5iSk5WSkZu5no23n5iSk4OSkZuakKeln5iSk5WSkZu5gqeHn5iSk5WSkZunlo2Ln3mSk5WSkZuBnpa3n5iSk5WSkZu5r6eQn5iAk5WSkZu5jHZ6hpiSk5WSkYqFr6eEn5iSk5WSkZu5r6e3n5iSk5WSkZu5noSGn5iAk5WSkZt7lqeln5iSk5WSkZuar5aldpiSk5WSkZu5noSln5iSk5WSkZt3nqe3n5iSk5WSkZuMr6e3n5iSk5WSkZu5r6e3n5iSk5WAkZu5r6eEn5iSk5WSkZu5r6eXn5iSk5WSkZuTjJaln5iSk5WSkZunr36Hn5iSk5WSkZu5r6eln5iSk5WSkZuQloi3n5iSk5WSkZuWf3yHX5iSk5WSkYpzlpaXn5iSk5WSkZu5jKeDn5iSk5WSkZunnqeln3WSk5WSkZu5nqe3n5iSk5WSkZufr6eLn5iSk5WSkZunr5a3n5iSk5WSkZuDr414n5iSgpWSkZuWnqeln5iSk5WSkZunnoSTn5iSk5WSkZunr414n5iSk5WSkZuMlqe3n5iSk5WSkZu5nn6ln5iSk3KSkYqQr6eln5iSk5WSkZu5r5a3n5iSk5WSkZu5noGdn4eSk5WSkWS5r423n5iSk5WSkZu5npa3n5iSk5WSkZu5kISdn5iSk5WSkZuOr6e3gJiSk5WSkZunnqe3n5iSk5WSkZufr5aXfJiSk5WSkZuBr423n5iSk5WSkZunr6e3n5iSk5WSkZu5nqeXgHmSk5WSkYqWr6e3n5iSk5WSkZu5r423n5iSk5WSkZu5loF4n5iSk5WSkYp9lqeJn5iSk5WSkZualqe3n5iSk5WSkZufr4STn5iSk5WSkZunr6e3n5iSk5WSkZunr6eXcpiSk5WSkZunnpadjpiSk5WSkZufhpaOn4eSk5WSkYqnnpa3b5iSk5WSkZu5kIiHn5iSk5WSkZuMloiQjpiSk4OSkZuKr6eQn5iSk5WSkZu5r6e3n5iSk5WSkZuWr4Sln5iSk5WSkZu5kHx2hoeSk5WSkZuHnqeln5iSk5WSkZuEhGtsn5iSgpWSkZtor6eln5iSk5WSkZu5r6eJn5iSk5WSkZuaeH5+n3mAk5WSkXyDnpa3jpiSk5WSkZuDfG9tcm+Sk5WSkXyBr4Sln5iSk5WSkZunno23n5iSk5WSkZuanpa3n5iSk5WSkZuMr6edn5iSk3aSkZuakKeXn5iSk5WSkZt2r5adn5iSk5WSkZuKnqe3n5iSk3uSkZuWZoSXn5iSgpWSkZuann6ljpiSk5WSkZuanqeOn5iSk5WSkZu5iY2dn5iSk5WSkZu5lo23n5iSk5WSkZuIlqe3n5iSk5WSkZuar6e3n5iSk5WSkZunr6e3fJiSk5WSkZunr6eQn5iSk5WSkZuWkKe3n5iSk5WSkZuWnqedn5iSenaSkZuHjHWDeYeSk5WSkZttnpaTn5iSk5WSkZu5r6e3n5iSk5WSkZuTr423n5iSk5WSkZu5nqe3n5iSk5WSgJu5r6eJn5iSk5WSkZu5r5a3n5iSk5WSkZu5r6e3n4eSk5WSkZuOnqe3n5iSk5WSkZunr6eln5iSk5WSkZuWr5adn5iSk5WSkZu5nqeln4eSk5WSkYqMr6eln5iSk5WSkZufnqe3n5iSk5WSkZu5kKe3n5iSk5WSkZuWjKd6n5iSk5WSkZuMr6eln5iSk5WSkZunr412n5iSk5WSkXWOnqeOn5iSk5WSkZuWkISln5iSk5WSkZufr6eXn5iSk5WSkZu5r6e3n5iSk5WSkZu5lpaJfJiSk5WSkZuQf4idjpiSk5WSkYqar3WXfJiSk5WSkZuAnqe3n5iSk5WSgJuniae3n5iSk5WSkZuKr6eln5iSk5WSkZuQr6eln5iSk5WSkZufr6e3n5iSk5WSkZu5jHB6ZZiSk5WSkZtur6eln4eSk5WSkZu5r6e3n5iSk5WSkZuakH6dfIeSk5WSkZufr6e3n5iSk5WSkZu5kKd7n5iSk5WSkZunr5a3n5iSk5WSkZuBhnyAn5iSk5WSkZuBr6eQhpiSk5WAkZu5r6e3n5iSk5WSkZunr6e3n5iSk5WSkZu5r6eQn5iSk5WSkZu5r42LhpiSk5WSkYqCr6eln5iSk5WSkZu5r6eTn5iSk5WSkZuar6e3n5iSk5WSkZu5r6eLn5iSk5WSkZuOnoS3n5iSk5WSkZuTr6e3n5iSk5WSkZuWr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r423n5iSk5WSkZunnqe3n5iSk5WSkZunjJa3fJiSk5WSkZu5hpaln5iSk5WSkZuanoR7n5iSk5WSkZuTr4iOn5iSk5WSkZu5noSdn4eSk5WSkZuar6eln5iSk5WSkZunr6eln5iSk5WSkZu5kI2EhpiSk5WSkZuHr6e3n5iSk5WSkZu5r6eln5iSk5WSkZuMr6eln5iAk3aSkZu5r5aln5iSk5WSkZuTYoRyhpiSeoOSgIJ8r6e3n5iSk5WSkZu5ln59hn6Sk5WSkYqQjI2Tn5iSk5WSkYqCnqe3n5iSk5WSkYq5r6e3n5iSk5WSkZu5kJaln5iSk5WSkZu5iYSdn5iSk4OSkZuWjKeEZYeSk5WSkZuQr6e3hpiSk5WSkZu5r5a3n5iSk5WSkZu5r6eln5iSk5WSkZu5r6edn5iSk5WSkYq5iYSBn5iSk5WSkZuMr6e3n5iSk5WSkZu5Y6eAn4eSk5WSkYqQdYidjpiSk5WSkYKOnqeln5iSk5WSkZuQjI23n5iSk5WSkZu5kKeln5iSk5WSkZuar6e3n5iSgpWSkZufnpadn5iSk4OSkZuMloiEn5iSk5WSkZunr5aln5iSk5WSkZune36Bn5iSgpWSkZuMr4GJn5iAk2CSkZuTr6e3n5iSk5WSkZuKr3qTn5iSk5WSkZufgoS3n5iSk5WSkZu5lqe3n5iSk5WSkZu5r6eln5iSk5WSkYq5nqe3jpiSk5WSkZunnqedn5iSk5WSkYqnnqeQn5iSk5WSkZu5iZa3jpiSk5WSkZuQr6edjpiSk5WSkZu5no23fJiSk5WAkYqHnqe3n5iSk5WSkZunlqeln4eSk5WSkZu5lqeJn5iSk5WSkZunZaedn3WSk5WAkZuajIh+n5iSk5WSkYp5gJadn2uSk5WSkYKQr6edjpiSk5WSkXyakKe3n5iSk5WSkZuMr6e3n5iSk5WSkZu5r6eln5iSk5WSkZuniaedn5iSepWSkZunnpaXn3mSk5WSkZunnqeTn5iSk4OSkZu5r5a3n5iSk5WSkYqWnqeQn4eSk3uSkZuCnqeTn5iSk5WSkZunr6eQn5iSk5WSkZu5r5a3n5iSk5WSkZu5r6e3joeSk5WSkZu5r6eXjnmSk4OSkYqAr6eln5iSk5WSkZuQr423n5iSk5WSkZu5loidn5iSk5WSkZuQr5aln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunkKe3n5iSk5WSkZuWkJaOn5iSk5WSkZu5nqeln5iSk5WSkZuTr42dn5iSk5WSkZu5kJZ8n5iSgpWSkZunjIh5n5iSk5WSkZuFr6edn5iSk5WSkZuMr6edb5iSk5WSkZu5r6eBjpiSk5WSkZu5nqe3jpiSk5WSkXKWr36GjoeSk3aSkYqnr6e3n5iSk5WSkYqWnpa3gJiSk5WSkZu5boR0n5iScJWAkYp5r6eGn5iSk5WSkYqWr5a3n3WSk5WSkZufr42ljpiSk5WSkZu5r6e3n5iSk5WAkZu5r42Xn5iSk5WSkZuWr5a3n5iSk5WSkZu5r6eln5iSk5WSkZu5r4i3joeSk4OSkZt1r4iTn4eSk5WSkZuOnqe3n5iSk5WSkZuakKe3n5iAk5WSkZu5kKeCcpiSk5WSkZuQr6e3n5iSk5WSkZu5npa3n5iSk5WSkZu5jKeln5iSk5WSkZuOr6e3n5iSk5WSkZuQr6eln4eSk5WSkZu5r6edn5iSk5WSkZuTr6eXn5iSk5WSkZu5kIi3jpiSk3aSkYqBhKe3n5iSk5WSkZuQnoiXjn6Sk5WSkZuIr4Rvn5iSk5WSkYKMnqeLn5iSk5WSkZuanqedn5iSk5WSkZuQloSOhpiSk5WSkZufno2HhnWSk5WSkYqWr6edfJiSk5WSkZuar6e3n5iSk5WSkZu5hJZyn5iSk5WSkZuWhKe3cpiSk5WSkZuCloGTn5iSdJWAkZuDr6e3n5iSk5WSkZuWr6d2n5iSk5WSkZt9nqeThpiSk5WSkZu5nqeQn36Sk5WAkZu5nqe3b5iSk5WSkZunbJa3n5iSk5WSkZunr6e3n5iSk5WSkZuanqe3n5iSk5WSkZu5nqedn5iSk5WSkYqnr5aln5iSk5WSkZunlqe3jpiSk5WSkZu5eHRzeXWAdHuAkXxxlpalcpiSk5WSkZunr6eln5iSk5WSkZunnqe3n5iSk5WSkZu5lqe3n5iSk5WSkYqaiZadcJiSk5WSkYqnr5aJn5iAk5WSkZuOr6eTn5iSk5WAkYqnlqedhpiSk3aSkZuEno2Xn5iSk5WSkZuWnqeAn3mAk5WSkZu5iXGCn5iSk5WSkZt/lo18n5iSk5WSkZuBnpaln5iSk5WSkZu5nqeXn3mSk5WAkZuWr6eOjpiSk5WSkZu5r6e3n3mSk5WSkZunr5adn5iSk5WSkZu5jI2dn5iSk5WSkZuMhoida2aAk5WSkYJvjI2HfJiSk5WSkYKDlpa3cpiSgpWSkZuCr5a3n5iSk4OSkZuWlqeln5iSk5WSkYqar6e3n5iSk5WSkZuOkKeln5iSk5WSkZuQf6eBn5iSk5WSgJualqe3n5iSk5WSkZufr423n5iSk5WSkZufiae3n5iSk5WSkZunho2On4eAepWSkZuTr6edn5iSk5WSkZuTlmpvjpiSgpWSkZtor5aln5iSk5WSkZunjKeHn5iSk5WSkZunlnV6dJiSk4OSkWlqnqeJn5iSk5WSkZuTr4GLn5iSk5WSkZu5lqeXn36Sk5WSkZuQiXyTjpiSk5WSkZuMr5a3hpiSk5WSkZufnqe3n5iSk5WSkZuWhnp8eYeSk4OSkYqFkISLn5iSk5WSkZu5r42Hn5iSgpWSkZu5r6e3n5iSk5WSkZu5r5aQn4eSk5WSkZuQr423n5iAk4OSkYKnr5a3n5iSk5WSkYqOlqeXn3mSk5WSkZuWr6e3n5iAk5WSkZu5nqeTn5iSk5WSkZufln6Jn5iSk5WSkZuDho2dn4eSk5WSkZt3r6eQn5iSk5WSkZufr6e3n5iSk5WSkZu5r6e3jpiAk5WSkZufr6e3n5iSk5WSkZu5r5aOn5iSk5WSkZuQlqeln5iSk5WSkZu5r4S3n5iSk5WSkZufr6eln5iSk5WSkZuQr6eln5iSk5WSkZu5r6e3n5iSk5WSkZuafadtjpiSk5WSkZuTr6e3n5iSk5WSkZuar4iBn4eSk5WSkZuQnqeln5iSk5WSkZunkHyOgIeSk5WSkZuWhKe3n4eSk5WSkYqnr6e3n5iSk5WSkZu5lo23n5iSk5WSkZunr4iln5iSk5WSkZuOnpa3n5iSk5WSkZuflpaTn5iSk5WAkYKar6eTn5iSk5WSkZuTr5a3n5iSk5WSkZuIhpaCn5iSk5WSkZt+goSJjn6SgpWSkZt+lo23joeSk5WSkZu5hqe3jpiSk5WSkZu5lqedn5iSk5WSgJuCr6edn5iSk5WSkZu5kKeQjpiSk5WSkZualqedn5iSk5WSkZunnqeAn5iSk5WAkZuar5aCn5iSk5WSkZu5r6e3n5iSk5WSkZu5nqedn5iSk5WSkYq5r6eln5iSk5WSkZu5nqd+n5iSk5WSkZuEgqe3jpiSk5WSkYqIr6e3n5iSk5WSkZu5f3p4b5iSk5WSkYJzr6e3n5iSk5WSkZunr42Xn5iSk5WSkZuWr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZufjJa3hpiSk5WSkZuFnqeDn4eAk5WSkZufr6eEjpiSk5WSkZuQkISOn4eSk5WSkYqBr42ln5iSk5WSkZu5iY2ln5iSk5WSkZu5r6e3n5iSk5WSkZufjI2HjpiSgoOSkWeDlqeQn5iSk5WSkZufnqe3n5iSk5WSkZu5kGqQgHmSk5WSkZuIXY1xfIeSgpWSkYp+nnqQn5iSk5WSkZu5r4G3n5iSk5WSkZunr5aln5iSk5WSkZuOr4S3n5iSk5WSkZu5r5aln4eSk5WSkZu5npa3n5iSk5WSkZufbKeQbYeAYZWSkYqCkI2Qn5iSk5WAkZunr5aLn5iSk5WSkZunjISdn5iSk5WSkZunkKeln5iSk5WAkZuOr6e3n4eAk5WSkZuDr5aljpiSk5WSkZu5nqe3n5iSk5WSkZu5kI23n3WSk5WSkZuWnqeXn5iSk3aSkZu5r5a3n5iSk5WSkZuflqelfJiSk5WSkZunnqe3jpiSk5WSkYq5nqe3gJiSk5WSkZu5lpa3n5iSk5WSkZufnqe3n5iSk5WSkZu5r4S3jpiSk4OSkZuar6eln5iSk5WSkZu5r6e3n5iSk3aSkZt7r5a3n5iSk5WSkZu5lqe3n5iSk5WSkZuOiYh1n5iSk5WSkXiCr6eTn5iSk5WSkZualqeXn5iSk5WSkZunjI1wn4eSk5WSkYqAlqedn5iSk5WSkZunr6e3n5iSk5WSkZuQX6eEn5iSk5WSkZuflqd6n3WSk5WSkZuQnqeQn5iSk5WSkZuQgnyOn5iAk5WSkXx/nqeln4eAk5WSkYqMr42Tn5iSk5WSkZu5jIGdfJiSk5WSkZuFnqe3jpiSk5WSkZu5hJaGjpiSk5WSkZt7r423b5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5r5aljpiSk4OSkZuQlqe3fJiSk5WSkZu5nqedn5iSk5WSkZunjJZ3n5iSk5WSkYqWr6e3n5iSk5WSkZu5r6edn5iSk5WSkZuInoG3n5iSk5WSkZu5gqeLn5iSk5WSkZu5gH6Cn5iSgpWSkZuFnpaXn5iSk5WSkZu5lqe3n5iSk5WSkZunr6e3n5iSk5WSkZuQiae3n5iSk5WSkZu5r4Sln5iSk5WSkZu5lpa3n5iSgpWSkYqTr6edn5iSk5WSkZuTr6eln5iSk5WSkZunnqe3n5iSk5WSkZunnpa3eZiSk5WSkZu5nqe3n5iSk5WSkZu5lpa3n5iSk5WSkZunnqeln5iSk5WSkZunnqeXn5iSk5WSkZuTr5Z1n5iSk1+SkZuOr6e3gJiSk4OSkYq5noR5n5iSgpWSkZuIr6e3n5iSk5WSkZu5gHydn4eSk5WSkZuWnqeJn5iSk5WSkZt/nqeln5iSk5WSkZu5r3V/n5iSk3KSgJt5ho2ln5iSk5WSkZuWlqeln5iSk5WSkZungKd6n5iSk5WSkZt6r5adjpiSk5WSkZualpalgJiSk5WSkWtsr6e3n5iSk5WSkZufjJalfIeSk5WSkZu5iXp2n5iSk5WSkZuBr6edfJiSepWSkZunno23n5iSk5WSkZu5r6e3n5iSk5WSkZu5lpaQn5iSk5WSkZu5r6e3n5iSk5WSkZuar6eln5iAk5WSkZu5iaeljpiSk5WSkZuBnpaln5iSk5WSkZuKkKeXn5iSk5WSkZufnqeBjpiSk5WSkZuTf3WBeZiSk5WSkYp7nqedn5iSk5WSkZu5r6e3n5iSk5WSkZufr6e3n5iSk5WSkZu5jKeGn5iSk5WSkZu5r6eln5iSk5WSkZunr6e3n5iSk5WSkZuQr6edn5iSk5WSkZuar6edn5iSk5WSkZuar6e3n5iSk5WSkZu5eoiln5iSk5WSkZuInpaJeZiSk5WSkXyFr6eTn5iSk5WSkZunr6e3n5iSk5WSkZu5kHxvn3KAk5WSgIqWr6e3n5iAk5WSkZu5gpaTn5iSk4OSkZualqd9n4eSk5WSkZunkHyJjn6Sk5WSkZuOr6eQn5iSk5WSkZu5lqe3n5iSk5WSkZu5r6eOcpiSk5WSkZu5r6e3n3WSk5WSkZu5hIF7fJiSk5WSkZt+r6eln5iSk5WSkZu5r6eXn5iSk5WAkZu5r6eXn5iSk5WSkZu5r6eln5iSk5WSkZu5lqd1n5iSk5WSkZu5nqe3n5iAk5WSkZu5ZZadcpiSgpWSgJuEr6e3n5iSk5WSkZu5lqedn4eSk5WSgJt+kKeXn3mSepWAgJuakKe3n5iAk5WSkZuQr6e3n5iSk5WSkZu5hnyln5iSk3aSkYKKnqelb4eSk5WSkZuQgKeln5iSk5WSkZu5lqedn5iSk5WSkZuagKe3jpiSk5WSkZuClqe3n5iSk5WSkZu5lqedn5iSk5WAkZuIr4Sdn5iSk5WSkZu5dXJtYHl4k5WSkWNor6eXn5iSk5WSkZu5r6eln5iSk5WSkZuInqelcpiSk5WSkZuWr6eln5iSk5WSkZufr6e3n5iSgpWSkZu5lo2ln5iSk5WSkZu5no2dn5iSk5WSkZunr6e3n5iSk5WSkZunr6edn5iSk5WSkZunnqeln5iSbZWSkZuWnqe3n5iSk5WSkZunr6e3n5iSk5WSkZu5jKe3fIeSk5WSkZunr6eln5iSk5WSkZuQe25wjpiAdJWAkYpyf6eLn5iSgpWSkZuDgnR+dn6Sk5WSkYqMnqeln5iSk5WSkZuIr423n5iSk5WSkZunnqeQn5iSk5WSkZu5kHxyjoeSk1+SkYqCkISdn5iSk5WSkYqfnpa3n5iSk5WSkZufr5aXn5iSk5WSgJuQr6eln5iSk5WSkZuTlqe3n5iSk5WSkZu5ZZaddJiSk5WSkYqQnqe3n4eSk5WSkZu5lo2Xn5iSk5WSkYqTiWlsfJiSk26SkVhigKeEn5iSk5WSkZu5npaln5iSk5WSkZunnqeln5iSk5WSkZuffIF2joeSgpWSkYJzloidn5iSk5WSkZuMhpaTgJiAepWSkWhskKe3n5iSk5WSkZunlqeln5iSk5WSkZufkKdyn3mSgpWSkYqHhn5wb3KSk5WSkZuEkH6GfJiSk5WSkYqFnqe3n5iSk5WSkZunjI2BjpiSk5WSkYp9r6eln5iSk5WSkZuMkKedn5iSk5WSkZuar6edn5iSk4OSkZuMgnaLhpiSk4OAcpt4r6e3n5iSk5WSkZu5hJaXn5iSk5WSkZuTX4SGjpiSk5WSkZuQcad6n5iSk5WSkZu5hI2Ln4eAepWSkZuWZ6eHn4eSk5WSkYqTnqedn5iSk5WSkZu5noileYeSk5WAcpuMr6e3n5iSk5WSkZu5eqeBn5iSk5WSkZufhqedn5iSk5WSkZuTgn5+n5iSk5WSkZt7r6e3n5iSk5WSkZuniX57jpiSk5WSkXKHlo2ln5iSk5WSkYq5no2Xn5iSk4OSkYJ5lqe3n5iSk5WAkYqQr6e3n3mSk5WSkZu5gIiOjpiSk4OSkZuMr6eTn5iSk5WSkZu5no2Hn5iSk4OSkZuMloi3n5iSk5WSkZunr6d6n4eSk5WSkZuKr6e3n5iSk5WSkZunlpaJn5iSk5WAkXifkKe3n5iSk5WSkZunr6edn5iSk5WSkZuMnoidn5iSk5WSkW65npaXjpiSk5WSkZunjKeTn5iSk5WSkZu5kIGQn5iSk5WSkZuQnqe3n5iSk5WSkZuQnqeljpiSk5WSkYqfjHaCdpiAepWAkXx2iae3n5iSk5WSkZuMr5aln5iSk5WSkZuar6eln5iSk5WSkZualqe3n36Sk4OSkYqnnqelfIeSk5WSkZu5lqedn5iSk5WSkZu5nqe3n5iSk5WSkZuQnqe3n5iSk5WSkZt9r4iln5iSk5WSkZu5r6eJcn5zk5WSkZuflqe3n5iSk5WSkZu5r6edn5iSk5WSkZuar6e3n5iSgpWSkYqWnqe3n5iSk5WSkZu5r6eln5iSk5WSkZunr6e3n5iSk5WSkZu5kKe3n5iSk5WSkZuWr6eln5iSk5WSkZu5r6e3n5iSk5WSkZufkKeLn36Sk5WSkZuanqeLn5iSk5WSkZu5r6eLn5iSk5WSkZuIr4iljoeSk5WSkZufr6e3n5iSk5WSkZufr6edn5iSk5WSkZu5lqeln5iSk5WSkZu5nqeTn5iSk5WSkZunnqe3hpiSk5WSkZunr6eln5iSk5WSkZufr6e3jpiSk5WSkZu5nqe3jpiSk5WSkZuWr3q3n5iAk5WSkZuEnqedn5iSk5WSkYqQr5aln5iSk5WSkZu5r5aln5iSk5WSkZuOnqeJn5iSk5WSkZu5nqeln5iSk5WSkZu5r6eTn5iSk5WSkZu5r5aTn5iSk5WAkZuQkKe3jpiSk5WSkZufr6eln5iSk5WSkZu5r5alhpiSk5WSkZuar6eQn5iSk5WSkZu5npa3n5iAk5WSkZufhKe3n5iSgpWSkZu5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r5a3n5iSk5WSkZu5kKd1n5iSk5WSkWd7kJa3jpiSk5WSkZuOr423n5iSk5WSkZufe5a3n5iSk5WSkZu5r42Hn5iSk5WSkZuQnoh8n5iSepWSkZuCr6edn5iSk5WSkZu5jKeGn5iSk5WSkZuEr3yXn5iSk5WSkZunr6e3n5iSk5WSkZu5hHR4n4eSk5WSkYqar42Xn5iSk5WSkZufnqe3n5iSk5WSkZu5r4i3n5iSk5WSkZunr6eln5iSk5WSkZuQlqe3n5iSk5WSkYqCnqe3n5iSk5WSkZufr6e3jnmSk5WSkZualo2Qn5iSk5WSkYKFnpaGn5iSk5WSkZufnqeln5iSk5WSkZu5nqeln5iSk5WSkZuHhnx6jnmSk5WSkXJ4nnqBfJiSk5WSkZuEr6d+n5iSk5WSkZuOead+jpiSk5WSkXWMnqeln5iSk5WSkZuWr6eln36Sk5WSkZuar4Gdn5iSk5WSkZuOr6eln5iSk5WSkZu5noG3n5iSk5WSkZuKhKeln4eSk5WSkZu5lqe3n5iSk5WSkZunr6edn5iSk5WSkZuWr6eXn5iSk5WSkZu5gnp5gJiSgpWSkYpzeo1/joeSk5WSkZufnqedn5iSk5WSkZuTr5aXjpiSk5WSkXKTlqe3hoeSk5WSkZu5r6e3n5iSk5WSkYqnkISXn5iSk5WSkZunhIhwn5iSk5WSkYp7iaeln5iSk5WSkYqfr6eQn5iSk4OSkZunnqe3n5iSk5WSkZu5r5aljpiSk5WSkZuQjKeDeX6Sk5WSkZuar6e3n5iSk5WSkZunX4R6n5iSk5WSkYpnnqe3n36Sk5WSkZu5noiJfJiSk5WSkYqnno2ln5iSgpWSkZu5jKedfJiSk5WSkZuMr6edn4eSk5WSkZu5r6eQn5iSk5WSkZunlqe3n5iSk5WSkZuanoSTn5iSk26SkYqfr6e3n5iSk5WSkZu5r6eln5iSk5WSkZunjKedjpiSk5WSkZuanpa3jpiSk5WSkZufho1vfGd4k5WSkZt4r6e3n5iSk5WSkZufjIiAeZiSbZWSkZuElqe3n5iSk5WSkZu5go2Bn4eSk5WSkZuDr6eTn5iSk5WSkZu5r6eljpiSk5WSkZuTlpa3n5iSk5WSkYq5npadn5iSk5WSgJuTfJaBn5iSk5WScpt7r6eln5iSk5WSkZu5no2ln5iSk5WSkZu5r6edn5iSk5WSkZuWkKedjpiSk5WSkYq5r6e3n5iSk5WSkZu5lqeTn5iSgpWSkYqDjKe3jpiSk5WSkZuar6e3n5iSk4OSkZunr42ln5iSk5WSkZu5loS3n4eSk5WSkYqDr5aln5iSk5WSkZufr6e3n5iSk5WSkZufr6e3n5iSk5WSkZuakKeTn4eSk5WSkZu5nqeln5iSk5WSkZuar6e3n4eSgpWSkZuagI23n5iSk5WSkZuWnqeTn5iSk5WSkZunnna3n5iSk5WSkZufr3aCdpiSepWSkXJ6r6eTeXWAk5WSkZufr6e3n5iSk5WSkYq5hI2OjpiSk5WSkXiMr6e3n5iSk5WSkZufgHyAn5iAk5WSkXx9r6e3n5iSk5WSkZunkKe3n5iSk5WSkZuWlqe3n5iSk5WSkZu5r6eAn5iSk5WSkXW5nqeAn5iSk5WAgJu5iYiDn5iSk5WSkZuOkKeChpiSk5WSkXK5r6eQn5iSk5WSkZuWr6eHn3WSk5WSkZt4kJadn5iSgpWSkZu5enp/n4eAk4OSkZt5nqeln5iSk5WSkZunnpa3n5iSk5WSkZu5r6e3n5iSk5WSkZu5go2ln5iSepWSkZufr5aln5iSk5WSkZuar6eln3mSk5WSkZu5nqeQn5iSk5WSkZunr6e3n5iSk5WSkZuWr6e3bZiSk5WSkZu5hpZ6n5iSk5WSkZt7jJaQjn6Sk5WSkZuCr6e3n5iSk5WSkZufnoiln5iSk5WSkZu5f423n5iSk5WSkYqWnqeln5iSk5WSkZuar6eTn5iSk5WSkZuQkKeQjpiSk5WSkZuMno2ln5iSk5WSkZuFr5a3n5iSk5WSkZuflpadn5iSk5WSkZu5r6eLbJiSdJWSkZt+r6eln5iSk5WSkZuar4idn4eSk5WSkZuOlo2Tn5iSk5WSkXiQnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZuThJa3n5iSk5WSkZunnoSQn5iSk5WSkZuTnqeln5iSk5WSkZu5r6eTn5iSk5WSkZu5nqd0n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eXn5iSk5WSkZu5r6edjpiSk5WSkZunkKe3n5iSk5WSkZu5npZ+n5iSk5WSkXyBkHp6hoeSk26SkYp0nqedn2+Sk5WSkZuanqe3n5iSk5WSkZu5r5a3n5iSk4OSkZu5nqedn5iSk5WSkZuTr42ln5iSk5WAkZu5r6e3jpiSk5WSkZu5r6elhpiSk5WSkZuKr5aLjpiSk5WSkZuAnpa3jpiSk5WSkZunr5adn5h4k5WSkZuOfY2HeZiSk5WSkZuFkJaLn3WSk5WSkW6FnnqJn5iSk5WSkXWHr6eTn4eSk5WSkZu5r6eljpiSk5WSkZu5hqeljpiSk5WSkZuTnqeQn5iSk5WSkZu5nqedgJiSk4OSkYq5lqe3n4eSk5WSkZuakJadn5iSk5WSkZunnpaln5iSk5WSkZu5npaGn5iSk5WSkZuKr6e3n5iSk5WSkZu5hKeXn5iSk5WSkYqTr6e3n36Sk3uSkZuWnqe3n5iSk5WSkZu5r5aOn5iSk5WSkZu5nqe3gJiSk5WSkYKWlo2Gn5iSk5WSkZuahqeXjpiSk5WSkXWOkJaXn4eSk5WSkZuQno2OeZiSk5WSkZunr6e3n5iSk5WSkZuar6e3n5iSk5WSkZu5r42Ln5iAk5WSkZuOjG98n5iSk5WSkZuWnqe3n5iSk5WSkZunr5a3n5iSk5WSkZuar6eXn5iSk5WAkZuFlqeln5iSk5WSkZu5r6eln5iSk5WSkZunr5aTn5iSk5WSkZufhIGln5iSk5WSkZuWr6e3jpiSk5WSkZufr4S3jpiSk4N4kZufr6eTn5iSk5WSkZunr6eln5iSk5WSkZu5lqeln5iSk5WSkZunr6e3n5iSk5WSkZu5r5a3n5iSk5WSkZunlqeOn5iSk5WSkZunf5aBn5iSgpWSkZunkH6Bb5iSgpWSkYp9npadn5iSk5WSkZufr6e3n5iSk5WSkZuWjJa3n5iSk5WSkZu5r5a3n5iSk5WSkZuar6e3n5iSk5WSkZunr6e3jpiSk5WSkZunlqeXn5iSk5WSkZuHr6e3fJiSk5WSkZuWr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r4Sln5iSk4OSkZu5lpZ1n5iSk5WAkZu5kKeBfJiSk5WAkYKQjKedn5iSk5WSkZunr4SGn5iSk5WSkYqnkKe3n5iSk5WSkZuTlqe3n5iSk5WSkZu5r5aln5iSk5WSkZu5iXWTfJiSk5WSkZt9nqe3n5iSk5WSkZuHnqeln5iSk5WSkZuflpaQn5iSk5WSkZuar4SLn5iSk5WSkZuffXV5fGeSk3KSkZt4r6e3n5iSk5WSkYqalqeXn5iSk5WSkZunr6e3n5iSk5WSkZu5npa3n5iSk5WSkZuDnqeTeZiSk5WSkZunlpa3n5iSk5WSkZuFgoh2n5iSk5WSkXyFjKeln5iSk5WSkZuWlpa3n5iSk5WSkZunlpaHn5iSk5WSkZufloiQn3WSk5WAgJuar6e3n5iSk5WSkZufb6eQn5iSk5WSkZunr6e3n5iSk5WSkZu5r416n5iSk4OSkZuIr6e3jpiSk5WSkZuTlqe3n5iSk5WSkZu5r42ln5iSk5WSkZuOr5aTn5iSk5WAkZu5r3qln5iSk5WSkZu5iaeln5iSk5WSkZuar6e3n3mSk4OSkZuCr6eTn5iSk5WSkZu5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZuWgIR2fJiSk5WSkYp8r5adn5iSk5WSkZunr5a3n5iSk5WSkZuEr6eln5iSk5WSkYq5r6e3n5iSk5WSkZu5lpaJn5iSk5WSkZu5nqe3n5iSk5WSkZu5kJa3joeSk5WSkZuWnqeln5iSk5WSkZufr4i3n5iAk5WSkZunnqeln5iSk5WSkZuanqeJn5iSk5WSkZu5r6e3n5iSk5WSkZu5no2Xn5iSk5WSkZu5hqe3n5iSk5WSkZufr6e3n5iSk5WSkZunnqeQn5iSk5WSkYq5r6e3n5iSk5WSkZuTS3ppeZiSdHKSgHJmfKeEn5iSk5WSkZunr6eOn5iSk5WSkZufnqedn5iSk5WSkZunf3iTgJiSk5WSkYKnjIiOhpiSk5WSkYKBr4iln5iSk5WSkZuTr6edn5iSk5WSkZunr6e3hpiSk5WSkZu5r6eTn5iSk5WSkZufr6eln5iSk5WSkZuar6e3n5iSk5WSkYqaiXy3jpiSk5WSkZt9nqeXn5iSk5WSkZu5jJaljpiSk5WSkWt+r5a3n5iSk5WSkZunr6e3hoeSk5WSkZufln6Xn5iSk5WSkZuMr6e3n5iSk5WSkZu5r6eln5iSk5WSkZuar6e3jpiSk5WSkZuflqelcpiSk5WSkZu5r6e3n3WSk5WSkZunkKe3n5iSk5WSkZunnm18fJiSk4OSkZuDnpadn5iSk5WSkZufnqeljpiSk5WSkXKOr6eOn5iSk5WSkZunr6e3n5iSk5WSkZu5kJaln5iSk5WSkZunf6eOn5iSk5WSkZu5kKeln5iSk5WSkYqQnpaXn5iSk5WSkZunr6eQn5iSk5WSkZu5r6eTn5iSk5WSkZu5lpaXhpiSk4OSkZuTnoi3n5iSk5WSkZu5nqedn5iSk4OSgJuar5aEhpiSk5WSkZuQnpaQjpiSk4OSkZuIr5aln5iSk5WSkZu5gqd/gJiSk5WSkZt/kKe3n5iSk5WSkZuar6e3n5iSk5WSkZu5hIh9fJiSgoOSkWd/kKeln5iAepWSkZu5gJaXfJiSk5WSkZuKlpa3n5iSk5WSkZu5r6eDfJiSk5WSkZuIhHBzn4d4eoOSkYp9iaeCjpiSk5WSkYp+r6e3n5iSk5WSkZu5r5a3jpiSk5WSkZuar5aTn5iSk5WSkZuTr6e3n5iSk5WSkZunjHiBn5iSk5WAkZuKnpaXn5iSk5WSkZuFr6e3n5iSk5WSkZunr6dzjpiSk5WSkZu5r5a3n5iAk5WSkZt4lqeQn5iSk5WSkZuIr6eLn5iSk5WSkZu5r5adn5iSepWSkZu5npaEn5iSk5WSkZuWr6edn5iSk5WSkZu5r5aTn5iSk5WSkZu5lqeGn5iSk5WSkZunnoSGn5iSk5WSkZu5r5aln5iSk5WSkZuKlqeBn4eSk5WSkZunkKd2n35zk5WAgJt9r6dvn4eSk5WSkZuWnpaln5iSk5WSkZufr6e3n5iSk5WSkZu5r6eleZiSk5WAkZuWr6e3n5iSk5WSkZunlqedn5iSk5WSkZufr5adn5iSk5WSkWS5lpaOn5iAgoOSkZunnqeHn5iSepWSkZuDepaGfHKAk5WSkZt0nqe3n5iSk5WSkZuWr6e3n5iSk5WSkZu5lpaTjpiSk5WAkZuQr4idn4eSk5WSkZu5r3iCdJiSk5WSkWR7r5adn5iSk5WSkZuWlo23n5iSk5WSkZuar6eln5iSk5WSkZuOjKeln5iSk5WSkZu5lqd3n5iSk5WSkZufr6edn5iSk5WSkZunnqedn5iSk5WSkZufr6e3n5iSk5WSkZu5r6eXn5iSk5WSkZuQloiLhoeSk26SkYKfhpadhoeSk5WSkZuOdJZ9n5iSk5WSkZt9r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZualpadn5iAk5WSkYKMr6eXn5iSk5WSkZu5r6eln5iSk5WSkZufkIiXjnmSk4OSkYqAr6e3fJiSk5WSkZufnqeln5iSk5WSkXW5nqedn5iSk5WSkZuar42dn5iSk5WSkZu5r6e3n5iSk5WSkZu5r5aCn5iSk5WSkYqnnqe3n5iSk5WSkZuQkKedn5iSk5WSkZuKgKeXn5iSk5WSkZu5r6e3jpiSk5WSkZuKkH63n5iSk5WSkZufr6eln5iSk5WSkZuWlqe3n5iSk5WSkZunr6e3n5iSk5WSkZu5nqeXn5iSk5WSkZu5r6e3n4eSk5WSkZu5lo2ln5iSk5WSkYqfr6eln5iSk5WSkZu5jJadn5iSk5WSkYqBnoSdhpiSk5WSkYqOr6e3n5iSk5WSkZunlqelb36Sk5WSkZualo2dn5iSk5WSgJunr6e3n5iSk5WSkZu5nqeXn5iSk5WSkZunno2An5iSk5WSkZufnoiln5iSk5WSkYqanpaTbZiSk5WSkWtunqe3n5iSk5WSkZuWjIiXn4eSk3uSkZuMno23n5iSk5WSkZu5dpaQn5iSk5WSkYKOlqeln4eSk5WSkZunr6eXn5iSk5WSkZu5npa3n5iSk5WSkZu5r6e3n3WSk5WSkZu5r6e3n5iSk5WSkZunnqeln5iSk4OSkZt7lqeQn5iSk5WAkZuMnqe3n5iSk5WSkZuInqe3n5iSk5WSkZuMjKeTn5iSk5WSkZufr6eln5iSk4OSkYqQlpadn5iSk5WSkZuTlqeHn5iAk5WSkXCnkKe3n5iSk5WSkZuanqe3n5iSk5WSkZu5r6e3n5iSk5WSkYqWr6e3n5iSk5WSkZuOr4iXn4eSk5WSkZufr6eln5iSk5WSkZuOlqd5n5iSk5WSkZunr6e3n5iSk5WSkYqfnqedn5iSk5WSkZufr6eln5iSk5WSkZu5jI2ln36Sk5WSkZuQlqe3n5iSk5WSkZunnqeXn5iSk5WSkZuniZaXhpiSk5WSkZuOr6e3n5iSk5WSkYqnjKeLn5iSk5WSkZuar6eln5iSk5WSkZu5r6eQn5iSk5WSkZu5r4idn5iSk5WSkYqnkKeQn5iSk5WSkZu5r6e3n5iSk5WSkZunkHaHhn6SgpWSkYKar5a3n5h4k5WSkZuar6eln5iSk5WSkZuKiY2Gn4eSk5WSkZuDlnWTn4eSk5WSkZt9r6e3jpiSk5WSkZufgo23hpiSk5WSkZu5r6edhpiSk5WSkZu5r6eEn5iSk5WSkZuahqe3jpiSk5WSkYqnnqe3n5iSk4OSkZuQnqe3n5iSk5WSkZu5iZaln4eSk5WSkZuWlqeln5iSk5WSkZu5lqedn5iSk5WSkZufr6edn5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZuaiYSGn5iSk5WSkZuOr6eln5iSk5WSkZuWno23n4eAk5WSkYqfr6e3n5iSk5WSkZunnqe3n5iSk5WSkZu5r5a3n4eSk5WSkZu5r6edn5iSk5WSkZuIkIFnn5iSk5WSkZuMnqe3n5iSk5WSkYqTjIGEjnWSk5V4kZuagHiCdJiSk5WSkXiWnpaln36Sk5WSkZuIr6e3n5iSk5WSkZuTr5aXn5iSk5WSkZunr6eln5iSk5WSkZu5no23fJiSk5WSkZuQdnB1dnmAk4OAbnhsr6e3n5iSk5WSkZu5r6e3n5iSk5WSkYq5lqedn5iSk5WAgJuMgpaln5iSk5WSkZuflpadn5iSk5WSkYq5r6e3n5iSk5WSkZuTnqe3n5iSk5WAkZu5r6d6n5iSk5WSkZu5r6eln5iSk5WSkZu5r6e3n5iSgpWSkZu5lqedn5iSk5WSkZuQr6eXn4eSgpWSkZufr6eln5iSk5WSkZuWnqe3n5iSk5WSkZuQr6eln5iSk5WSkZu5r6e3n5iSk5WSkZuOfJaOn4eSk5WSkZuMr6e3n5iSk5WSkZufr4Sdn5iSk5WSkZuWnqeln5iSk5WSkZu5r6eXn5iAk5WSkZunnpaLn5iSk5WSkZufnqedn5iSk5WSkZuWr6eCcpiSk5WSkZufVoSQjpiSgpWSgHxtno16n5iSk5WSkYqOf5aLn5iSk5WSkZuar6e3n4eSk5WSkZufr6e3n5iSk5WSkZu5kKeLn5iSk5WSkZunnqeln5iSk5WSkZufnqeln5iSk5WSkYqnr4iln4eSk5WSkZuMr6e3n5iSk5WSkZuanqe3n5iSk5WSkZu5r6e3n5iSk5WSkZufkKeln5iSk5WSkZu5r6edn5iSk5WSkZuQr5a3n5iSk5WSkYq5hGdveZiSk26AkVdgr6eLn5iSk5WAkZufr6eljpiSk5WSkZu5nqeXn5iSk5WSkZuOr6eln5iSk5WSkZu5dGdmaWGSk2aAkWlnr6e3jpiSk5WSkYqWr6e3jpiSk5WSkZufhnyJn5iSk5WSkZuEr6e3eZiSk5WAkZuTr6e3n5iSk5WSkZu5nqedn5iSk5WSkZunno16n5iSgpWSkZuTkH6ljpiSk5WSkZunnqe3n5iSk5WSkZufhnBxn4eSk5WSkZuQnqe3n5iSk5WSkZu5r5a3n5iSk5WSkZunr36dn5iSk5WSkZuEr6e3n5iSk5WSkZuWnoidhoeSk26SkYqnr423n5iSepWSkZunr6eln5iSk5WSkZu5hIG3n5iSk5WSkZuflqeln5iSk5WSkYqKr6eQn5iSk5WSkZuanqeXn5iSk5WSkZuOnqdvn5iSk5WSkZunr6edn5iSk5WSkZunr4Sln5iSk5WSkZu5jJadn3mSk5WSkZu5r5aljoeSgpWAcpuMlpa3n5iSk5WSkZuQr6eJfJiSk5WSkZu5hpaTn5iSgpWSkZuKnqe3n5iSk5WSkZuQbWN3gHmAdGeAkXxgr6eXn5iSk5WSkZunhqeQn5iSk5WSkZuEr6e3n5iSk5WSkZuKr6d9n5iSk5WSkZu5jKeLn4eSk5WSkZufnqeGjpiSk5WSkZuFr5aTn5iSk5WSkYqfr6edn5iAk5WSkZunjH52n5iSk5WSkYJynpaLeZiSk5WSkZufr6eln5iSk4OSkZunnnx2cpiSk5WAkZt+r42ln5iSk5WSkZu5nqe3n5iSk5WSkZunr6eXn5iSk5WSkZu5r5aObZiSk5WSkZu5r6eXn5iSk5WSkYq5nqeln5iSk5WSkZu5r6e3n5iSk5WSkZufnoGln5iSk5WSkZu5jJaTn5iSk5WSkYq5nqeHn4eSk5WSkZu5nqedn5iSk5WSkZuTr6eLn5iSk5WSkZuWr6eXjpiSepWSkZu5r6e3n5iSk5WSkZunr6e3n5iSk5WSkZu5ZKeLn5iSk5WSkZuIr6eTn5iSk5WAkZu5iY1/jpiSk5WSkYqHr6e3n5iSk5WSkZuQkKeln5iSk5WSkZuQdYSlhpiSk5WSkZuQnqeJn5iSk5WSkZu5r5a3n5iSk5WSkZuar6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZufnqe3n5iSk5WSkZuTnqeXn5iSk5WSkZu5npa3n5iSk5WSkZu5r6e3n5iSgpWSkZu5lqeQn5iSk5WSkZu5faeXn2t4k5WSkYKOr6eJn5iSk5WSkZuflpaln5iSk5WSkZu5r6e3cpiSk5WSkZunr6eQn5iSk5WSkZu5no2Jn5iSk5WSkZuHlo2Tn5iSk5WSkYqMe4i3fJiSk4OSkZu5r6eleZiSk5WSkZu5nqedn5iAk5WAkZu5nqeXn5iSk5WSkZufjKedn5iSk4OSkZu5r6eln5iSk5WSkYqnr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZufr6eln5iSk5WSkZuflniDhoeSk5WSkYqFnpadn5iSk5WSkZu5jHZ/jpiAepWAkYp6no2OhpiSk5WSkZunr6e3n5iSk5WSkYqnlqe3n5iSk5WSkZufkKeQn5iSk5WSkZu5jKedn5iSk5WSkZu5r6eOhpiSk5WSkZuCnqe3n5iSk5WSkZufr6e3hpiSk5WSkYKnr6eln5iSk5WSkZunr6eln5iSk5WSkZuQr6eln5iSk5WSkZu5nqe3n5iSk5WSkYqTnqeXjnmSk4OSkYqHr5a3n36Sk5WSkZufjJa3n5iSk5WSkYKEhJaGgJiSk5WSkYq5hKe3n4eSk5WSkZu5r6e3gIeSk4OSkYqWr6e3n5iSk5WSkZu5kKe3n5iSk5WSkZuOkKeln5iSk4OSkZufr5a3n5iSk5WSkZu5noS3n5iSk5WSkZu5nqe3n5iAk5WSkZuIr6eln5iSk5WSkZunfHVvn5iSk5WSkYKHr5aQn4eSk5WSkYq5nqeHn5iSk5WSkZuMlqe3n5iSk5WSkZufr5adn5iSk5WSkZufr6eln5iSk5WSkZunnqe3jpiSk5WSkZu5nqe3n5iSk5WSkZu5r6eOn5iSk5WSkZuQr4i3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5r423hpiSk5WSkZuano2Xn5iSk5WSkZu5nqe3n5iSk5WSkZu5gpaJn36SgpWSkZuDr6edjpiSk5WSkZu5lqe3n4eSk5WSkZu5r6eOn5iSk5WSkYq5nqeTn5iSk5WSkZunr6e3n4eSk5WSkZu5r4iJb5iSk5WSkZu5r6e3n5iSk5WSkZu5iX6Gn5iSk4OSkZuTnqeDn5iSk5WSkZuMr5aln5iSk5WSkZu5lqeln5iSk5WSkZuflqe3n5iSk5WSkZuakIhzhpiAk4OSkXV5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r6e3jpiSk5WSkZuWr6elfJiSk5WSkZuWnqe3n5iSk5WSkZunr5aOn5iSk5WSkZu5kJaAn5iSk5WSkZufr6e3n5iSk5WSkZu5r6eXn5iSk5WSkZu5npaQn5iSgpWSkZuanqe3n5iSk5WSkZufr42QhoeSk4OSkZt+r6e3n5iSk5WSkZuTr6e3n5iAk5WSkZufr6edn5iSk5WSkZu5jISOn5iSk5WSkZt4lqeOn5iSk5WSkYq5kKe3n5iSk5WSkZu5dX6DhoeSamySkXyFnqedn5iSk5WSkZt/e5aGjpiSk5WSkZt7r6edn5iSk5WSkXKQf3x1n5iSk5WSkZuHa3Zvn5iSgpWSkZt9r6e3n5iSk5WSkZu5nqeln5iSk5WSkZu5noidhoeSk26SkYqWnqedn5iSk5WSkZu5r6e3n5iSk5WSkZunnqe3n5iSk5WSkZuIgpaGjpiSk5WSkYqfr6edn5iSk5WSkZuQr4SOn5iSk5WSkZunr5aln5iSk5WSkZu5r5aln5iSk5WSkZuanqedn5iSk5WSkZuWlpadn5iSk5WSkYqHnqe3n4eSk5WSkYKnnqeQn5iSk5WSkZu5r6e3n5iSk5WSkZu5nqedn5iSk5WSkZu5hqeln5iSk5WSkZuQr6eln5iSk5WSkYqanqe3n5iSk5WSkZuWr6eBn4eSk4OSkZunr6e3n5iSk5WSkZu5r418n5iSk5WSkZufeoGXn4eSk5WSkZuKfYiBn4eAepWSkYqFnqeQn5iSk5WSkZt7r6e3n5iSk5WSkZu5r6e3n36Sk5WSkZualpaln5iSk5WSkZuFr6eln5iSk5WSkZuWr5adn5iSk5WSkZu5r6eJn5iSk5WSkZufjJaJn5iSk5WSkZuTr6edn5iSk5WSkZu5nqeln5iSk5WSkZuTgH6Qn5iSk5WSkXyOr6eln5iSk5WSkZuQr6eln5iSk5WSkZunjI2On5iSk5WSkYqBnqeQn5iSk5WSkZufjJaLfJiAk5WSkZuQr6e3jpiSk5WSkZunr6e3n5iSk5WSkZu5r6eDn5iSk5WSkZu5WlZhXF6AgmF4bmlano2Xn5iSk5WSkZuAr42Qn5iSk5WSkZuQr6eQn5iSk5WSkYqKr6eXn5iSk5WSkZu5nqedn4eSk5WSkZuHr6e3n5iSk5WSgIqnnoSEn3KSk3KSkZuTno23n5iSk5WSkZuWr4iTn5iSk4OSkYp5r6eQn5iSk5WSkZufjISHjnWAk5WSkZuTiZa3joeSk5WSkYqajI2Ln4eSgpWSkZuTlqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r42Xn5iSk5WSkZuWnqeOn5iSk5WSkZuTr5aln5iSk5WSkZuWhI2dn4eSk5WSkYqanqedn5iSk5WSkZu5lpaLn5iSk5WSkZunr6eln5iSk5WSkZuTlo2On5iSgpWSkZufr5a3n5iSk5WSkYqniW6CeWuSk26SkYpwr5a3n5iSk5WSkZunnqeln5iSk5WSkZu5jH58fJiSk5WSkZt8iXV6jpiSgoOSkYp4r36dn5iAk5WSkZt/jH6CjpiSk5WSkYp+r5a3n5iSk5WSkZu5kIS3jpiSk3aSkYqAgKeOcpiSk5WSkZuanqeQn5iSk5WSkZufno2ln5iSk5WSkZuanpaln5h4k5WSkZufr3qGhpiSk5WSkZu5r6edn5iSk5WSkZu5boR0fJiScJWAkYp6r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZuQnqeXn5iSk5WSkZunr42Xn5iSk5WSkZu5r6e3n4eSk5WSkZufr4G3n5iSk5WSkZu5r5aln5iSk5WSkZuQnqe3n5iSk5WSkZuQr36Dn5iSk5WSkZuWr6eXn5iSk5WSkZufr5a3n5iSk5WSkZuTe25ufJiAdJWSkYpulqeln4eSk5WSkZufr6e3n5iSk5WSkZu5r6eOn5iSk5WSkZuflqeJn5iSk5WAkZunlo2ln4eSk5WSkYqOjIiXhnmAepWAgJuQr423n5iSk5WSkZu5r5aLn4eSk3uSkZunr6e3n5iSk5WSkZuTr6eXn5iSk5WSkZu5r5a3n5iSk5WSkYqnr6e3n5iSk5WSkZu5jIGln5iSk3aSkYKQkKeJn5iSk5WSkZuWkKeJn5iSk5WSkZt7r6edn5iSk5WSkZu5r5aLn5iSk5WSkZu5lqe3jpiSk5WSkZu5hnRzjpiSk5WSkZuKnqeln5iSk5WSkZuTjJa3n5iSk5WSkZuTr5a3n5iSk5WSkZuTf3aAbHWSk4OSkWx0r6e3n5iSk5WSkZuar6e3n5iSk5WSkZuar6eln5iSk5WSkZu5r6eDjnWAgpWAcoK5lqeJjpiSk5WSkZu5r6e3n5iSk5WSkZu5r4S3n5iSk5WSkZunjJaTn5iSk5WSkXKDf4F+dH6Sk5WSkZtur5aGn5iSk5WSkZu5r6e3n5iSk5WSkZuWr6e3n5iSk5WSkZunr5aTn5iSk5WSkYqnr6edn5iSk5WSkZu5kIGTn4eSk5WSkZuflpaQn5iSk5WAkZuMr6e3n5iSk5WSkZualqeXgIeSk5WSkZu5nqeln5iSk5WSkZu5r6e3n5iSk5WSkZufkIh+joeSk3aSkYqFr6e3n5iSk5WSkZufr6e3n5iSepWSkZu5nn6ln5iSk5WSkZt+r3qlb5iSk5WSkZu5iaedn5iSk5WSkZu5nnhsn5iSk5WSkYJ4jKe3n5iSk5WSkZu5r6e3n5iSk5WSkZuQhH5zn5iSk5WSkZuIr6e3n5iSk5WSkZu5nqeln5iSk5WSkZuQno2deZiSk5WSkZualnWChoeSk5WSkYqEr6eTn5iSk5WSkZuQV2NXYmaAgnKSeGNlr6eln5iSk5WSkZu5r36Xn5iSk5WSgJt0fJaEn5iSgpWSgIq5nqeOn36Sk4OSkYp1nqe3n5iSk5WSkZu5gqeln5iAepWSkZuff4GXbJiSk5WSkZuEr6edn5iSk5WSkZu5r6eOn5iSk5WSkZu5kKe3cpiSk5WSkZunr5Zvn5iSk5WSgHWQnoi3n5iSk5WSkZunjKe3n5iAk5WSkZuQr5a3n5iSk5WSkZu5r6edjpiSk5WSkZufiZaXfJiSk5WSkZuar6eQn5iSk5WSkYqTnqe3n5iSk5WSkZunjHKQn5iSk4OSkZt3kKe3n5iSk5WSkZuWr6eln5iSk5WSkZu5lqeln5iSk5V4kZuar6edn5iSk5WSkZuahKeAn4eAdJWSkZuTr423n5iSk5WSkZu5r6e3n5iSk5WSkXW5iXBxn5iSk5WSkYqQhJaln4eSk5WSkZuQr6edn5iSk5WSkZu5r6eljpiSk5WSkZu5r4GXn5iSk5WSkZuOno2Ln5iSk5WSkZufr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunjHyGn5iSk5WSkYqBjJaOn5iSgpWSkZuWnqe3n4eSk5WSkZuMlqe3n5iSk5WSkZunr5a3n5iSk5WSkZu5noidn5iSk5WSkZuOr5aln5iSk5WSkZu5npaTn5iSk5WSkZunr6e3n5iSk5WSkZuflqeln5iSk5WSkZu5gHyBgJiSk5WSkYKQr6eXn5iSk5WSkZu5kKe3n5iSk5WSkZu5npa3n5iSk5WSkXW5r6eOn5iSk5WSkXKTr6e3n5iSk5WSkZu5nqd9n5iSk5WSkZu5r6e3n5iSk5WSkZu5kKeCjpiSk5WSkYp7npaln5iSgpWSkZu5f3CBcJh4k5WSgIp4nqeTn4eSk5WSkZuar5a3n5iSk5WSkZunjI23n5iSk5WSkZu5nqeln5iSk5WSkZu5npa3n5iSk5WSkZuWnqeln5iSk5WSkZuniaeln5iSk5WSkZuWr6e3cpiSk5WSkZufhpaLn5iSepWAkWR8nqe3n5iSk5WSkZu5r6eln5iSk5WAkZu5hn57jpiSk5WSkXKHr6e3n5iSk5WSkZuFnpa3n5iAepWSkZuFnm6LjpiSk3uSkYJrno2Jn5iSk5WSkZuOhGpveWuSk26SkYprnqeln5iSk5WSkZu5nqeln5iSk5WSkZunnpaJhn6Sk5WSkZuar6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZufnqeTn4eSk5WSkZufnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r42ln5iSk5WSkZu5r5aJn5iSk5WSkZu5kKeln5iSk5WSkZt+lqeOn5iSk5WSkZu5hKeln5iSk4OSkYqff4GHn5iSk5WSkZuWr6e3n5iSk5WSkZu5bnqLn5iSk4OSkZu5r4i3n5iAk5WSkZufnpa3n5iSk5WSkZu5r5a3n5iSk5WSkZu5r4h8n4eSk5WSkZu5nqedn5iSk5WSkZunlqe3n5iSk5WSkZuThKeXn5iSk5WSkZunr6eln5iSk5WSkZu5r6eln4eSk5WSkZufr6eTn5iSk5WSkZu5r6edn5iSk5WSkZuab6eHhpiSk5WSkZuAgKeXjoeSk5WSkZunr5aTn5iSk5WSkZunr6eljpiSk3aSkZuQr6e3n5iSk5WSkZuMlqe3gJiSk5WSkYqar6e3n5iSk5WSkZufkI2TjpiSk5WAkZuad6e3jpiSk5WSkZunr5a3n5iSk5WSkZu5r6eln4eSk5WSkZuWr6e3n5iSk5WSkZuWaoiEjoeAYZWSkXx3r6eln5iSk5WSkZu5fIiljpiSk5WSkZuMho2An5iSgpWSkYqTr4iQn5iSk5WSkZu5r6e3n5iSk5WSkZufr4iTfJiSk5WSkZufr6eTn5iSk5WSkZundHZ3aJiSk5WSkYpxr6edn5iSk5WSkZu5r5aOn5iSk5WSkZu5lpaln5iAk5WAkYqOr42HhpiSk5WSkZunr6e3n5iSk5WSkYq5r6e3eZiSk5WSkZuWr6e3n5iSk5WSkYqWjH6Bn5iSk5WSkZuEr3ydn5iSk5WSkZufr4SQn5iSk5WSkZuWr42ln5iSk5WSkZunr6eXn5iSk5WSkZuanpaXn5iSk5WAkYqQnpZ9n5iSepWSkZunr6e3n5iSk5WSkZu5r6e3n5iSk5WSkWOQf4GDX5iSk5WSkYp0kIi3n5iSk5WSkZungqd9bXmSk5WSkZuIr42Xn5iSk5WSkYq5r5adjpiSk5WSkZu5no2djpiSk5WSkZu5r6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5nqe3n5iSk5WSkZunr6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5kKedn5iSk5WSkZunkKe3n5iSk5WSkZu5hpaTn5iSepWAkXyOr6e3n4eSk5WSkZuOr6e3n5iSk5WSkZu5nqeln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6elcpiSgpWAkZunr6eln5iSk5WSkZu5kJaLn4eSk5WSkYqnnoGdn4eSk5WSkZuFiYSHn5iSgnuSkZuOiXaEn5iSk3aSkWuTr3q3n5iSk5WSkZu5lnqJn5iSk5WSkYKnnqedn5iSk5WSkZunno2ljpiSk5WSkZu5lpaQn5iSk5WSkZunnqedn5iSk5WSkZufnpaln5iSk5WSkZuHr6eTn5iSk5WSkZunr6e3n5iSk5WSkZuMr6e3n5iSk5WSkYqfr6edn5iSk5WSkZufr6eln5iSk5WSkZu5goi3joeSk3aSkYp1r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZuQr5a3n5iSk5WSkZu5r6e3n4eSk5WSkYqWr4iln5iSk5WSkZunr6edn5iSk5WSkZunjHRwb3mAk1+SkZt8noiln5iSk5WSkZuTr6eTn5iSk5WSkZunr6edn5iSk5WSkZungH59jpiSgpWSkZuOjIiXn4eSk4OAkYp/lqe3n5iSk5WSkZunno23n5iSk5WSkZu5jKeDjpiSk5WSkZuOr6e3n3mSk5WSkZunbniQn29vk5V4kZt4npadhpiSk5WSkYqKlo23n5iSk5WSkZufr6eQn4eSk5WSkZunr6eln5iSk5WSkZuFjKeln5iSk5WSkYq5r5aln5iSk5WSkZunlqe3jpiSk5WSkZunr42dn5iSk5WSkZunr6e3n5iSk5WSkZunr5a3n5iSk5WSkZuTiXxvn3J4k5WSgIqTnqeHn5iSk5WSkZunhKeln5iSk5WSkYqnr6eQn5iSk5WSkZunr6edn5iSk5WSkZungKeTn5iSk5WSkZuanpaOn5iSk5WSkZuOlqe3n5iSk5WSkZu5nqeln5iSk5WSkYq5r5aTn5iSk5WSkZunnpa3n5iSk5WSkZunnqd6n4eSk5WSkZuAnqe3n5iSk5WSkZu5gJaCcnWSk5WSkYJ5nqe3n5iSk5WSkZu5r6edn5iSk5WSkZuTnqe3n3mSk5WSkZu5jJaCn5iSk5WSkZufr6e3n5iSk5WSkZuar6e3n5iSgpWSkZu5r6eTn5iSk5WSkZuQr6eQn5iSgpWSkZuQr6edn5iSk5WSkZuWno2Qn3WSk5WSkYKWnpaTn5iSk5WSkZuQr6e3n5iSk5WSkZunr6eXn5iSk5WSkZunnqe3n5iSk5WSkZu5r5aln5iSk5WSkZuar6edn5iSepWSkZuar6eXn5iSk5WSkZuQVIiHjpiSgoOSgIJvno2Qn5iSk5WSkZufnqe3n5iSk5WSkZu5r5a3n5iSk5WSkZu5kKeGn5iSk5WSkZufhIGOn5iSgpWSkZu5iae3n5iSk5WSkZunr6e3n5iSk5WSkZu5jKe3n5iSk5WSkZufkIi3n5iSk5WSkZunr6e3n5iSk5WSkZu5nqeJn5iSk5V4kZu5r6e3n5iSk5WSkZu5npaXn5iAk5WSkZuQr5aln5iSk5WSkZufr6eln5iSk5WSkZu5r5aGn4eSk5WSkZuHr6eHn5iSk5WSkZunr6eln5iSk5WSkZu5r6e3n5iSk5WSkZunnqeOn5iSk5WSkYqfr6e3n5iSk5WSkZu5r5aLn5iSk5WSkZuFln6Hn5iSk5WSkZuOr6d7n5iSk5WSkZu5r6e3hpiSk5WSkZunlo23n5iSk4OSkZuCnpa3n5iSk5WSkZuIr6edn5iSk5WSkZunr6e3n5iSk5WSkZu5kHGAn5iSk5WSkZu5nqeTn5iSk5WSkZufWF5QYGKSdIOSkWhmr6eXn5iSk5WSkZufr5alhnmSk5WSkXWnjJaXjoeSepWSkYq5hIR/coeSk5WSkZt/nnS3n4eSk5WSkZunYoR6gIeSk5WSkYp7r5a3n4eSk5WSkZu5r6eln5iSk5WSkZuar6eXn5iSk5WSkZu5r6e3n5iSk5WSkZuQr6e3n5iSk5WSkZufno23n5iSk5WSkYqKr42Qn5iSk5WSkZu5hqeOn5iSgpWSkZuKr6e3n5iSk5WSkZuaiaedn5iSk5WSkZualqe3n5iSk5WSkZu5noFyn5iSk5WSgJuQnqeLn5iSepWSkZu5r6eln5iSk5WSkZu5nqeln5iSk5WSkZunnpa3n5iSk5WSkZuFr6eOn5iSk5WSkZu5r6e3n5iSk5WSkZuOr6eTn5iSk5WSkZuOkJalgJiSk5WSkWtsr6e3n5iSk5WSkZu5r6eln5iSk5WSkZuar6eln5iSk5WSkZufiZaln5iSk5WSkZunr5a3n5iSk5WSkZunr36On5iSk5WSkZuWr6eTn5iSk5WSkZu5loh5n5iSgpWSkZuInqe3n5iSk5WSgJu5r5aln5iSk5WSkZuOr6edn5iSk5WSkZufjHqljpiSk5WSkZuTr6eXn5iSk5WSkZu5no2Xn5iSk5WSkZu5r6eHn4eSk5WSkZt4jKe3n5iSk5WSkZuar4S3fJiSk5WSkZuKr6eln5iSk5WSkZuQkIS3gH6Sk5WSkZuHr6eGn5iSk5WSkZu5r6e3n5iSk5WSkZuniZaHn5iSk5WSkZufgKe3n5iSk5WSkZu5npa3n5iSk5WSkZu5r5a3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunr6eQn5iSk5WSkZu5nqeln5iSk5WSkZuar6eln5iSk5WSkZu5lqeln5iSk5WSkZu5r6e3n5iSk5WSkZu5jKeTn5iSdIOSkYqnnnyln5iSk5WSkZuMkKe3jpiSk5WSkZunr423n5iSk5WSkZu5c6eln36AgpWSkZu5nqe3jpiSk5WSkZunr5adn5iSk5WSkZu5nqeXn5iSk5WSkZunnqe3n5iSk5WSkZu5kIS3joeSk3KSkZt0kJaln5iSk5WSkZufjIidjpiSdJWSkZuflpaln5iSk5WSkYqnr6e3n5iSk5WSkZu5npa3n5iSk5WSkZufloR8hpiSgoOSgIp3r6edfJiSk5WSkZunnqedn5iSk5WSkZunr6e3n5iSk5WSkZu5jKeln3mSk5WSkXKEgKeLYpiSdJWSkZunr6e3n5iSk5WSkZuar6e3jpiSk5WSkZu5r6e3n5iSk5WAkZunr5aDn5iSk5WSkYqnnqe3n5iSk5WSkZuniae3n5iSk5WSkZuWr6e3n5iSk5WSkZuWjIR2n5iSk5WSkZuKr6e3hoeSk5WSkZuOr6eln5iSk5WSkZu5r5a3n5iSk4OSkZunr5a3n5iSk5WSkZuTr6e3n5iSk5WSkZu5cpZ0gJiSk5WSkWtphHx/n5iSk5WSkZuEfZadfJiSk5WSkZt2lo2Qn5iSk5WSkXWIr6e3n5iSk5WSkZunr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunlqe3n5iSk5WSkZufr6e3n5iSk5WSkZunhJaTn5iSk5WSkZunlpa3jpiSk5WSkZuWloiXhoeSk5WSkYqalqe3n5iSk5WSkZu5lqe3n4eSk5WSkZuIr6e3n5iSk5WSkZunr6eQn5iSgpWSkZuflqeln5iSk5WSkZu5kHydn5iSk5WSkZufkHyHn5iSk5WSkZuEnqeLn5iSk5WSkZunjI2ln4eSk5WSkZufr6e3n5iSk5WSkZuaeo1yn5iSk5WSkYqTr6e3jpiSk5WSkZunr6eln5iSk5WSkZuEr6e3n5iSk5WSkZu5nqeLn5iSk5WSkZu5r6e3n5iSk5WSkZu5r5aln5iSk5WSkZu5r6e3n5iSk5WSkYqTr6eln4eSk4OSkZunr6e3n5iSk5WSkYq5r6edn5iSk5WSkZuar5aXn5iSk5WSkZu5eGptb5iAgpWAkXxur6e3hpiSk5WSkZu5hqeTn5iAk5WSkZuOgn6lfJiSk5WSkZuanqe3n5iSk5WSkZufho1/n5iSepWAkYqanpaTn5iSk5WSkZu5r5Z/n5iSk5WSkZuEjKeXn5iSk5WSkZuWlqeJn5iSk5WSkZu5r6edn5iSk5WSkZu5VWNaZ2aAgpWSeGNmhISEn5iSk4OSkZu5fae3n5iSk5WSkZu5nqe3n5iSk5WSkYqMr6eln5iSk5WSkZuOr6eln5iSk5WSkZu5r6edn5iSk5WSkZu5jKd/n5iSk5WSkYqFjIiLn5iSk5WSkYqBnpaXjn6Sk5WSkZuTr6e3n5iSk5WSkZunnpadn5iSk5WSkZuar5aLn5iSk5WSkZu5r5Z/n5iSk5WSkZuKr6e3n5iSk5WSkZufnqeGn5iSk5WSkZunnqe3n4eSk5WSkZu5r6edn5iSk5WSkYqWlqeQn5iSk4OAkZu5r5aln5iSk5WSkZunjHaTcJiAk5WSkYp2r42Qn5iSk5WSkZuOnqeln5iSk5WSkYq5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkYqnnoF6n5iSk5WSkZu5lqe3n5iSk5WSkZunlpadn5iSk5WSkZualqeQn5iSk5WSkZuCr6eln5iSk5WSkZu5lqeXjpiSk5WSkZu5r6eln5iSk5WSkZu5jH59n5iSk5WSkYqTnqeln36Sk5WSkZuar6eln5iSk5WSkZu5lqeOn5iSk5WSkZu5kJaQjpiSk5WSkZunr42OcpiSk5WSkZunr6e3n5iSk5WSkYq5r6e3n4eSk5WSkZunr42Xn5iSk5WSkYJ5r5a3n5iSk5WSkZunnqeOn5iSk5WSkZuWnpa3n5iSk5WSkZuWr6eln5iSk5WSkYqQr6eln5iSk5WSkZu5kJaln5iSk5WSkZufnqeXn5iAk5WSkZuFnpa3n5iSk5WSkZunXXiCfHKSk4OSkYqHr6eln5iSk5WSkZu5fKeXn5iSk5WSkWSfr5a3n5iSk5WSkZu5nn6Jn5iSk5WSkZunr6e3n5iSk5WSkZuanqe3n4eSk5WSkZunnqeOn4eSk5WSkZuBiZaBn5iSk5WSkZuflpadhpiSk5WSkZuFkKeQjpiSk5WSkZunr6eQn5iSk5WSkZunloGAn36Ak5WSkZuTr4hvn36Sk5WSkYqOlqe3n5iSk2CSkZuEnqeTn5iSk5WSkZunan50n5iScJWAkYpyr6elbYeSk5WSkZuar6e3n5iSk5WSkZuHr6e3n5iSk5WSkZunr3SOn5iSk4OSkZt7nqe3n5iSk5WSkYq5kIi3n5iSk5WAkZuar5aJn5iSk5WSkYqQr6eln5iSk5WSkZu5r6eGn5iSk5WSkZuar6e3n5iSk5WSkZunr6e3n5iSk5WSkZu5kI23n5iSk5WSkZuAhoiLjpiSk5WAkYqnr6eTn5iSk5WSkZu5r6e3n5iSk5WSkZt2nqeln5iSk5WSkZuQkIGGhnmSdG6SkYqar5a3n5iSk5WSkZuTr6eln5iSk5WSkZu5loGdn5iSk5WSkZunfIGQeZiSepWSgIqCnpZ2n5iSk5WSkZu5r42ln5iSk5WSkZu5nqeln5iSk5WSkZualn6Tn4eSk5WSkZuKr5aln5iSk5WSkZu5lpaXn5iSepWSkYKWjI2En5iSk5WSkZuOkKe3n5iSk5WSkZuMkISGn5iSk5WSkZuWiYiLn5iSk5WSkZuQnqe3n5iSk5WSkZunlo2ln5iSk5WSkZu5no2Xn5iSk5WSkZuTr6e3n5iSk5WSkYK5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eLn5iSk5WSkZuar5a3n5iSk5WSkZu5r5a3n4eSk5WSkZuQfXxtn5iSk5WSkZt/kKeln5iSk5WSkZunhGN3cpiScJWSkW5rr6e3n5iSk5WSkZufno23n5iSk5WSkZunnqeXjpiSk5WSkYqnnqe3n4eSk5WSkZu5nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZuWiY2DhoeAk5WSkXyAr6e3n5iSk5WSkZualpa3n5iSk5WSkZuar6edn5iSk5WSgJunr6e3n5iSk5WSkZu5kKeTn5iSk5WSkZu5r6eXhpiSk5WSkYq5lpaLn4eSk5WSkZu5r5a3n5iSk5WSkZu5jKeQn5iSk5WSkZuajKeOjpiSk5WSkZuar6e3n5iSk5WSkZufr6eXhpiSk5WSkZu5jKe3n5iSk5WSkYq5nqeTn5iSk5WSkZu5r6edn5iSk5WSkZu5r6eTfJiSk5WSkZuTr6e3n5iSk4OSkZu5r6eQn5iSk5WSkZu5r6e3n5iSk5WSkZuWnqe3n5iSk5WSkZualqe3n5iSk5WSkZuWhIiDbZiAk5WSkYqAloiln29vk5V4kZuIr4SXn5iSk5WSkZuOnpadn5iSk5WSkZuQr6e3n5iSk5WSkYqfr5aEn5iSk5WSkZufr6e3n5iSk5WSkWSnkJaGfJiSk5WSkZuWr6e3n5iSk5WSgJu5nqeljpiSk5WSkZuar3qdhpiSk4OSkZuMlqe3n5iSk5WSkZuTr5Z0n5iSk5WSkWufr5aBn5iSk5WSkZu5r5a3n5iSk5WSkZu5kKelfIeSk5WSkYqaiY23n5iSk5WSkZu5r5a3jpiSk5WSkZunr6eln5iSk5WSkZu5kKe3n5iSk5WSkZuTnpaQjpiSk5WSkYq5iae3hpiSk5WSkZu5lqeln5iSk5WSkZunr42ln4eSk5WSkZuanpaln5iSk5WSkZunr6eTn5iSk5WSkZu5kJaLfGuSk5WSkYqQr6eXn5iSk5WSkZu5r6eOn5iAk5WSkZu5lqe3hnmSk5WSkZuWjIGEn5iSk5WSkZuWho2EhnmSk4OSkZuEr5a3n5iSk5WSkZu5nqeln3mSk5WSkZuajKeln5iSk5WSkZu5r6e3n5iSk5WSkZu5lqe3n5iSk5WSkZuOkHWOhpiSk5WSkYp7r4i3n5iSk5WSkZu5lpaXn5iSk5V4kZufkKe3n5iSk5WSkZunloidn5iSk5WSkZunlqeln5iSk5WSkZuanqeQn5iSk5WSkZunkI2Xn5iSk3uSkZufZKeln5iSk5WSkZufr4i3n5iSk5WSkZuanqe3n5iSk5WSkZunkKeQn5iSepWAgIqQho2XfIeSk5WSkZt8r6eln5iSk5WSkZunr6eln5iSk5WSkZunr423n5iSk5WSkZu5eqe3joeAbZWSkYqTr6eJhpiSk5WSkZufhoR8fIeSgnuAkYJulnV4dIeSk4OAkWlrr5adn5iSk5WSkZuOr6e3n5iSk5WSkZu5loGQn5iSk5WSkYqMr5aLn5iSk5WSkZu5lo2OjpiSk5WSkZuHlqe3n5iSk5WSkZu5r6eln5iSk5WSkZunr6e3n5iSk5WSkZu5npaQn5iSk5WSkZuQr6e3n5iSk5WSkZuWdoiln5iSk5WSkZufnqe3n5iSk5WSkZu5nqe3n5iSk5WSkZu5jKedn5iSk5WSkZualoSdn5iSk4OSkZu5r6eln5iSk5WSkZu5npa3n5iSk5WSkZuff3qGeX6SgpV4kZtwr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZuQr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZufr6e3n5iSk5WSkZu5hniJa2aSk5WSkWx0nqd/n5iSk5WSkZt6lpZ3n5iAk5WSkZunr6e3n5iSk5WSkZunr3qDn5iSk5WSkYKOnoiTn5iSk5WSkYqWr4i3n5iSk5WSkZu5r5a3n5iSk5WSkZuWr6e3n5iSk5WSkZu5lpaOn5iSk5WSkZuanqeOn5iSk5WSkZuIr6eTn5iSk5WSkZu5U2yCbG+SdGd4kYptlqeCn5iSk5WSkZuHnqe3n3WSk5WSkZu5gqe3fJiSk4OSkZunnqeln5iSk5WSkZunjKeXn5iSk5WSkZuaX4iDn5iSk5WSkZuMr6e3n5iSk5WSkZufr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZufr6e3n5iSk5WSkZuanqeln5iSk5WSkZu5r6e3jpiSk5WSkZunnpa3n5iSk5WSkZunr6edjpiSk5WSkZundYR/n5iSk5WSkZuaiZaOn5iSk5WSkYKQiaeJn5iSk5WSkYKTr6e3n5iSk5WSkZu5kJaXn5iAk5WSkYKDnoidn4eSk5WSkZuOlqeln5iSk5WSkZuTr6e3n5iSk5WSkZunr36XhoeSepWSkZuKlqeEn5iSk5WSkZunhJaXn5iSk5WScoqQr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5lo2Dn5iSk5WSkXWnjJaQn5iSk5WSkZuWe5aln5iSk5WSkZuDkIR4jpiSk4OSkZuOr6eXn5iSk5WSkZu5r6eln5iSk5WSkZuWr6eln5iSk5WSkZunr363n5iSk5WSkZu5lqedn5iSk5WSkZu5jKedn4eSk5WSkYqQr6eTn5iSk4OSkZufr6eln5iSk5WSkZu5nn6Hn5iSk4OAkZuEiW2CeWuSk26SkYpxe351joeSk4OSkYp5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZuano2dn4eSk5WSkZuOr6e3n5iSk5WSkZu5dYiDn5iSk5WSkYqFr5adn5iSk5WSkZu5no2ln5iSk5WSkZuar36dn5iSk5WSkZt9jKe3jpiSk5WSkYq5r5aln5iAk4OSkZuOfae3n5iSk5WSkZunjKeln5iSk5WSkZu5r5aln5iSk5WSkZu5lqeXn5iSk5WSkYq5loiln5iSk5WSkZuOnoi3n5iSk5WSkZuFkHyJn5iSk5WSkZuAjKd4b5iSk5WSkZuWnqeXjpiAk5WSkZuWr6eln5iSk5WSkZu5lpaXn5iSk5WSkZu5r5a3n5iSk5WSkZuniaeln5iSk5WSkZuTr6e3n5iSk5WSkZu5lqeXn5iSk5WSkZu5hKeln5iSk5WSkZu5nqeln5iSk5WSkZu5nqeGn5iSk5WSkZuDlpalhpiSk5WSkZuQr6eln5iSk5WSkZufr6eEn5iSk5WSkZuWr6edn5iSk5WSkZu5lpaXn5iSk5WSkZuKr36ln5iAk3aSkZualpa3n5iSk5WSkZufnpa3n5iSk5WSkZu5gI2XfJiAk5WSkWhrjH6ThpiSk5WSkZt7ZJaln5iSk5WSkZuElqe3n5iSk5WSkZu5no23n5iSk5WSkZuflpaQn5iSk5WSgJufkJZun5iSk5WSkZufkKe3n5iSk5WSkZufnqeln5iSk5WSkZu5r5a3n5iSk5WSkZu5r6edn4eSk5WSkZuQr4GHn5iSk5WSkZuar6e3hpiSk5WSkZu5r6e3n5iSk5WAkZufr6eXn5iSk5WSkZuanqe3n5iSk5WSkZu5r5adn5iSk5WSkZunnqeXn3mSk5WSkZuKkHqDcpiSk5WSkZunr6e3n5iSk3uSkZu5nqedn5iSk5WSkZuWhnyTeZiAk5WSkZt5r6eOn5iSk5WSkZuOr3F/b5iSk5WSkZuHr6e3jpiSk3uSkZu5nqe3n5iSk5WSkZuWnqeTn5iSk5WSkZuOr6e3n5iSk5WSkZuWb4Sln5iSk5WSkWeQr5a3n5iSk5WSkZu5r6eln5iSk5WSkZunr42dn5iSk5WSkZuQnqeln5iSk5WSkZu5r6e3n5iSk5WSkZunlqe3n5iSk5WSkZu5r5aQn4eSk5WSkZuFr6edn5iSk5WSkZunnqe3n5iSk5WSkYq5r6eTn5iSk5WSkZu5jI2djpiSk5WSkZunboSln3mSgpWSkZuajIi3joeAk5WSkYqnjJaOn5iSk5WSkYKKnqeOn4eSk5WSkZu5loGdeZiSk5WSgHyCiYRfn5iSk3uSkWdzhJa3n5iSk5WSgJuHlqeGn5iSk5WSkZu5r6eln5iAk5WSkZu5nqe3n5iSk5WSkZuQnqeHn36Sk4OSkZt/iYR8n5iSk5WSkZuInqe3n5iAk5WSkZunr6edn5iSk5WSkZunr6eln5iSk5WSkZu5nqeQn5iSk5WSkZu5kKd5n5iSepWSkZunr6e3n5iSk5WSkZu5noSOn5iSk5WSkZuanm1qn5iAk1+SkZuDjHVyn4eSk5WSkZtukIRon5iSk5WSgJunr6eTn4eSk5WSkZunnqedn5iSk5WSkZu5r416gJiSk5WSkYqQr5adn5iSk5WSkZunkJaJn5iSk5WSkZunr5a3n5iSk5WAkZunr6e3n4eSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6edn5iSk5WSkZu5r6e3n4eSk5WSkZu5noi3n5iSk5WSkZu5r4hun36Sk5WSkYKMr6eTn5iSk5WSkZungKeGjnmSk5WSkZuFhKeAn5iSdJWSkXKnr6e3n5iSk5WSkZu5lqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r42Bn5iSk5WSkZuMr6edn4eSk5WSkZunnpadn5iSk5WSkZu5kJadn4eSk5WSkZuWr6e3n5iSk5WSkZu5r6eHn5iSk5WSkZu5nqe3n5iSk5WSkZuWnnVun5iSk5WSkZuAr6e3n5iSk5WSkZu5npaHn5iSk5WSkZu5r6eln5iSk5WSkZu5jIiTfJiSk5WSkYp8nqd+eYeSk5WSkZuTT05LV16AY2NzblNQr42Xn5iSk5WSkZu5nqeljpiSk4OAkZu5r6e3n5iSk5WSkZunr6e3n5iAk5WSkZunr4SXn5iSk5WSkZu5nqeTn4eSk5WSkZunlqedn5iSk5WAkZu5iYSln5iSk5WSkZunnqe3eZiSk5WSkXW5r42Thn6Sk5WSkZufnqedn5iSk5WSkZuMr6eXn5iSk5WSkZuTnqedn5iSk5WSkYqOr42dn5iSk5WSkYq5r6e3n5iSk5WSkZu5jKeGn36Sk5WAkXKTr5Z7n5iSk5WSkYqOe4R/jn6Sk5WSkYp3kJZzn5iSk4OSkYq5SWpzYmKScGd4gHhmr6eXn5iSk5WSkZuar4iObYeSk3uSkZuDnpaln5iSk5WSkZu5r6e3n5iSk5WSkZu5nqeln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eln5iSk5WSkZuKr6e3n5iSk5WSkZu5r6e3jpiSk5WSkZunnpaln5iSk5WSkZuflpa3jpiSk5WSkZuOhn6HhpiSk5WSkZuWnoidjoeSk26SkYp3lpa3n5iSk5WSkZuOnqe3n5iSk5WSkZunnqe3n5iSk5WSkZuQr6edn5iSk5WSkZunr5Z2n5iSk5WSkZufr6e3n5iSk5WSkZufnqe3n5iSk5WSkZu5r6eQn5iSk5WSkZuTnqe3n5iSk5WSkZuTr6eln5iSk5WSkZu5r5adn5iSk5WSkZu5r423n5iSk5WSkZufnqeXn5iSk5WSkZu5r5a3n5iSk5WSkZufkIGGn5iSk5WSkZuWr6e3n5iSk5WSkZuWiXBrgJiSk5WSkYJ5jKedn4eSk5WSkZuTjI23n36Sk5WSkZuIr6edgIeSk5WSkYq5iXqAjpiSbZWAkYqInqe3bZiSk5WSkWtwr5aln5iSk5WSkYqfnqe3n5iSk5WSkZunr6eln5iSk5WSkZu5hm1ufJiSk3uSkWhir5a3n5iSk5WSkZu5jHx1hoeAk5WSkZuEr5aln5iSk5WSkZu5kJadn5iSk5WSkZuQr5aLcpiSk5WSkZualqe3n5iSk5WSkZu5hqedjn6Sk5WSkZuanohxn5iSk5WSkYp/lpa3n5iSk5WSkZufkH6TjpiAk4OSkYJ0hKedn5iAk5WSkZufnqe3n5iSk5WSkZu5gKeln5iSk5WSkYqar6e3n5iSk5WSkZu5jKeJjpiSk5WSkZuFr4iln5iSk5WSkZu5r6eXn5iSk5WSkZuQr5aQn5iSk5WSkZunU2yCZG+AdGd4kYpsr6eTn3mSk5WSkZufr6e3n5iSk5WSkYqfnqe3n5iSk5WSkYqfr5a3n5iSk5WSkZu5r6e3n5iSk5WSkZu5npaXn5iSk5WSkZufr5aXeZiSk5WSgHyMr5aXn5iSk5WSkYqQlqe3n5iSk5WSkXKQr5a3n5iSk5WSkZufbqelhpiSk5WSkZunnqe3n5iSk5WSkZuar6edn5iSk5WSkZu5r6e3n5iSk5WSkZunloidjpiSk5WSkYqKnqe3n5iSk5WSkZuar6e3n5iSk5WSkZuTjIidn4eSk5WSkZuEr5adn5iSk5WSkZufkJaJn5iSk4OSkZuQr5aln5iSk5WSkZuaiY2dn5iSk5WSkYqTno23n5iSk5WSkZu5r6eLn5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunhqeEjnmAgpWAbnyanqeln5iSk5WSkZu5nqe3n5iSk5WSkZunr3y3cpiSbZWSkZuar6eLn5iSk5WSkZu5r6d6n5iSgpWSkZunloGCn5iSk5WSkXW5r5adn5iSk5WSkZufjKeln5iSk5WSkZuElpaXn5iSk5WSkZu5nqe3n5iSk5WSkZu5no15jpiSk5WSkZuWlm14joeSk3uSkYJor6edn5iAk5WSkZu5jJaGjpiSk5WSkZuQr5a3n5iSk5WSkYKMr5adcpiAk5WSkZufln6Ln5iSk5WSkYJ5r5aln5iSk5WSkZuar6eXn5iSk5WSkZuar6eEn5iSgpWSkZufr6e3n5iSk5WSkZuWr6eln5iSk5WSkZunr6eXjpiSk5WSkZunr6edn5iSk5WSkZunnqedn5iSk5WSkZufnqe3n5iSk4OSkZunnpadn5iSk5WSkZu5f29vZ22Sk5WSkYJ+r6d4n5h4k5WSkZuFlo2dcpiSk5WSkZuCgniEn4eSgpV4kZtznqe3n5iSk5WSkZu5r6e3n5iSk5WSkZunlpa3n5iSk5WSkZu5r6e3n5iSk5WSkZuKnoS3n5iSk5WSkZunr6eln5iSk5WSkZufjISGn5iSk5WSkZuFnpadn5iSk5WSkZuakKeGhpiSk5WSkYJ7r423n5iSk5WSkZuOnoi3n5iSk5WSkZunr6e3n5iSk5WSkYK5iaedn5iSk5WSkZuWr6e3n5iSk5WSkZu5r5aHn5iSk5WSkZunnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5jKeJhnmSk4OSkYqTe6eln5iSk5WSkZuMeH5wjoeSk5WSkYp8r5aTn5iSk5WSkZunnqeln5iSk5WSkZuQr6e3n5iSk5WSkZuanoi3n3WSk5WSkZuFnpaXn5iSk5WSkZuflpaQgHmSk4OSkYq5r36Jn5iSk5WSkZt3npa3n5iSk5WSkZu5jKedn5iSk5WSkZufr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5b42ln5iSk5WSkZuar6e3n5iSk5WSkZunr423n5iSk5WSkZuEr6e3n5iSk4OSkZufr6eQn5iSk5WSkZunnqe3n5iSk5WSkZunr4GHn5iSk5WSkZuMnqe3n5iSk5WSkZuWlqe3n5iSk5WSkZu5r6eBn5iSk5WSkYqffaeXhpiSk5WSkYqar6edn5iSk5WSkZu5nqe3n5iSk5WSkZunno2GgIeSk3uSkZuHgoFtjn6Sk5WAkYqKr4i3n4eAk3aSkYqTnqeln5iSk5WSkZu5r6e3n5iSk5WSkZuTnoGln5iSk5WSkZuar6e3n5iSk5WSkZu5hoiJn5iSk5WSkZt/r3alhpiSk5WSkZunr4i3n3WSk5WSkZu5lo2ln5iSgpWSkZuHhJadn5iSk5WSkZuar6e3n5iSk5WSkZunr6e3n5iAk5WSkZuar3qTn5iSk5WSkZuakI2Hn5iSk5WSkXiWr6eln5iSk5WSkZu5nqeHhpiSk5WSkYqOr42dn5iSk4OSkYK5r6e3fJiSk5WSkZunr5adn5h4k5WSkZt8nqe3n5iSk5WSkZuMf4F2b4eSk5WSkYqEr6edn5iSk5WSkZuannq3n5iSk5WSkZuanpaln5iSk5WSkZuflqe3n5iSk5WSkZunr6e3jpiSk5WSkYq5r5aXhpiSk4OSkZuOr6e3n5iSk5WSkZunjKe3n5iSk5WSkZu5r6eln5iSk5WSkZu5nqe3n5iSk5WSkZuQr6eXn5iSk5WSkZuBr6d8n5iSk5WSkZuQr6e3n5iSk5WSkZuWloi3n5iSk5WSkZuTr6eln5iSk5WSkYq5lpa3b5iSk5WSkYqTkJaGn5iSk5WSkZuQr6e3n5iSk5WSkZunhHx9n5iSk5WSkWuKkJa3n3WSk5WSkZuQnqe3n5iSk5WSkZunlqe3jpiSk5WSkZu5nqe3n4eSk5WSkZuWr5aln5iSk5WSkZunr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZufnqeEn4eSk5WSkYqflqe3n5iSk5WSkZuWr6e3n5iSk4OSkZu5lo2Xn5iSk5WSkYqWnpadn5iSk5WSkZufr6edn5iSk5WSkZufno2dn5iSk5WSkZu5r6e3n5iSk5WSkZunr6e3n5iSk5WSkZuWe6e3n5iSk5WSkZunbqeOn5iSk5WSkZuWnqeln5iSk5WSkZu5r5a3n5iSk5WSkZuQjKe3n5iSgpWSkZu5kJZ9hpiAk5WSgJuWnqeTn5iSk5WSkZufnqeXn5iSk5WSkZu5r6e3n5iSk5WSkZunlqeln5iSk5WSkZu5r6e3n5iSk5WSkZu5lqeTgIeSk5WSkZu5noi3n4eSk5WSkZuTkH6En5iSepWSkZuQr6e3n5iSk5WSkXKWnm6EjpiSk3uSkYJrnqeJn4eSk5WAkYqnr3p+n3mSk5WSkZuIr5adn5iSk5WSkZu5r6edn5iSk5WSkZuTlo2dn5iSk5WSkZuWb5ala5iSk5WSkXWalpaThnmSk5WSkZuIr6edn5iSk5WSkZunr36Tn5iSk5WSkZunr6e3n5iSk5WSkZu5eqe3n5iSk5WSkZu5r6edn5iSk5WSkZuTr6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5hn6EhoeSem6SkWSCr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5iZa3n5iSgpWSkZuOjKeln5iSk5WSkZu5kKe3joeSk5WSkZt9r6e3n4eSk5WSkZuTr6eln5iSk5WSkZu5no2dn5iSk4OSkZuMfIF2bZiSgpWSgIqDnpaTn5iSk3uSkZuanqe3n5iSk5WSkZunr5aXn5iSk5WSkZu5r6e3n5iSk5WSkZufr5a3n5iSk5WSkZu5nqe3jpiSk5WSkZuanqedn5iSk5WSkZunnqeln5iAk5WSkYqnr5aXjpiSk5WSkZuQr6eHn5iSk5WSkZufjKe3n5iSk5WSkZunr6edn5iSk5WSkZuCnqeXn5iSk5WSkZu5r6eln5iSk5WSkZualqeln5iSk5WSkZu5r6eOn5iSk5WSkZunnoidn5iSk5WSkZunr5aOn5iSk5WSkZuWkI2On5iSk5WSkZunnqe3n4eSk5WSkZu5nqedn5iSk5WSkZuWf3x/gH6Sk5WSkYp7r5a3n5iSk5WSkZu5kKe3n5iSk5WSkZufaJaXn4eSk5WSkZuKlqeOn5iSk5WSkZu5r6e3n5iSk5WSkZunr5aHn5iSk5WSkZunr6eXfJiSk5WSkZunlmuHn5iSk5WSkZtsnqeTn5iSk5WSkZu5hoh7n5iSk5WSkYqTr6e3n5iSk5WSkZufr6e3n5iSk5WSkZu5jIiXn5iSk5WSgJuWr5aln5iSk5WSkYq5r5aXn5iSk5WSgJunnpa3jpiSk5WSkZuWr6e3n4eSk5WSkZuOkISXn5iSk5WSkZuKr6e3n5iSk5WSkZu5kKeln5iSepWSkZu5lmula2aSk5WSkYp2lqeln5iSk5WSkZuar6eOn5iSk5WSkZuQr5adn5iSk5WSkZuIjIh9gHmSk5WAkYp8r6e3n5iSk5WSkZuQlqeXn5iSk5WSkZuniaeOn5iSk5WSkYqfr6edn4eSk5WSkZuQnoidn5iSk5WSkZuTkJadn5iSk5WSkZuMnqeln5iSk5WSkZufr6eln5iSk5WSkZunlo2ln5iSk5WSkZunr6e3n3WSk5WSkZuMr42TcpiSk5WSkZuanoSXgJiSk5WSkXyFr423aZiSk5WSkZuahIiln5iSk5WSkZufr6eln5iSk5WSkZunnqeOn5iSk5WSkZufr6eln5iSk5WSkZu5nqeln3mSk5WSkZuMr6e3n5iSk5WSkZunnn6Xn5iSk5WSkZuBr6e3n5iSk5WSkZu5npadn5iSk5WSkZuahKeTjoeSk5WSkZunr6e3n4eSk5WSkZuQjHydfJiSk5WSkZuQkKe3n5iSk5WSkZt/iae3n5iSk5WSkZuaa42ln5iSk5WSkZufr4iQn5iSgnaSkYqEr4Gdn5iSk5WAkZu5bJa3n5iSk5WSkZuTr6eTn5iSk5WSkZuWiaeTjpiSk5WSkZuann6dn5iSk5WSkZuQno2Ln5iSk5WSkYq5nqe3n5iSk5WSkZu5lpadn5iSk5WSkZuOnqe3n5iSk5WSkZu5r6eln5iSk5WSkZu5kJaOhn6Sk5WSkYqIr6e3n5iSk5WSkZu5loFzn5iSk5WSkYp9jKeln4eSk5WSkZuahpaOn4eSk5WSkZuOkKd/n5iSk5WSkZunr5aln5iSk5WSkZuar6e3n5iSk5WSkYqTnpaTn5iSk5WSkZunnqe3n5iSk5WSkYqfr6e3n5iSk5WSkZu5nqeln4eSepWSkZunr6eOn5iSk5WSkZunlnqln5iSk5WSkZuQr423n5iSk5WSkZuWr6e3n5iSk5WSkZu5r6e3n4eSk5WSkZuar6e3n5iSgpWSkZunnpalhpiSk5WScpu5hJaXn5iSk5WSkZuOr6eln5iSk5WSkZungIiXjoeSk5WSkYKHdKeln5iAgpWSkZu5lqeQn5iSk5WSkZu5npaln4eSk5WSkZuMr3x8hpiSk5WSkZuFr6elhnmSk5WSkZuDr423n5iSk5WSkYq5hqeXn5iSk4OSkZuDnqeln5iSk5WSkZuIr42Qn4eSk5WSkZu5npaXn5iSk5WSkZufr6e3cpiSk5WSkZu5f36djoeSepWAgIp9lnyTn5iSgoNzkZtynnZ9n5iSk5WSkXWWlqe3n5iSk5WSkYqIhKe3n5iSk5WSkZufX1xPXGZzdGN4kWFalpaXhpiSk5WSkZuQkKe3n5iSk5WSkZufnqe3n5iSk5WSkZunnqeXn5iSk5WSkZufr6eln4eSk5WSkZu5r6eln5iSk5WSkZu5r4i3n5iAk3aSkZuOnqeTn5iSk5WSkZunhoSJn5iSk5WSkZuIr6edn5iSk3uSkZu5nqd5n5iSk5WSkZuTr6eln5iSk5WSkZuOnn59joeSk5WSkZunr36QgJiSk5WSkZuTnpZ6n5iSk5WAkYqDhpadn5iSk5WSkZunnqd9n5iSk5WSgJu5no2LhoeSk5WSkZuHnqe3n5iSk5WSkZuQlqeln5iSk5WSkZualo2Gn5iSk5WSkZuQr6eln5iSk5WSkZuOlqe3n5iSk5WSkZunnpa3n5iSk5WSkZu5nnWEhpiSk5WSkYqDr6e3n5iSk5WSkZu5npaln5iSk5WSkZunr5alhpiSk5WSkZu5iZa3n5iAk5WSkZuTiYF6n5iSk4OSkYqTlo2Jn5iSk5WSkZuMjJaXfJiSk5WSkZt2r6eln5iSk5WSkZuTnqe3n3mSk4OSkZuIr5a3n5iSk5WSkZu5gqe3jpiSk5WSkZt+r6e3n5iSk5WSkZu5hqeln5iSk5WSkZuWhISBn3WSk2yAkZuDkJZsn5iSk5WSkZu5r423n5iSk5WSkZu5r6e3n5iSk5WSkZu5lpaGn5iSk5WSkYqTr6edn5iSk5WSkZu5r6e3n4eSk5WSkZu5r6e3n5iSk5WSkZu5fXqQgJiSk5WSkYK5r6eln5iSk5WSkZunnqe3n5iSk5WSkZu5lqedn5iAk5WSkZufkKd4n5iSk5WSkZuIr6e3n5iSk5WSkZuOnqedn5iSk5WSkZunr6e3n5iSk5WSkWiMr6e3n5iSk5WSkZunr6eln5iSk4OSkZunkIi3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZufr4i3n5iSk5WSkZunloi3n5iSk5WSkYqWnqeln5iSk5WSkYqfjHaQhn6Sk26SkYqWr4idn5iAk5WSkZu5lpa3n5iSk5WSkZu5r4iln5iSk5WSkZu5kKeln3mSk5WSkZuWr6e3n5iSk5WSkZu5nqe3jpiSk5WSkYqTr5aleZiSk5WSkZunr6e3n5iSk5WSkZu5npaHn5iSk5WSkZufr6e3n5iSk5WSkZunkI2Xn5iSk5WSkZuakJaHn5iSk5WSkZungIiAgJiSdJWSkYKIr5adn5iSk5WSkZunlqeln5iSk5WSkZu5noidn5iSk5WSkZuMnqeEn5iSk5WSkZu5lo14n5iSk5WSkYp9r5a3n5iSk5WSkZu5r6eln5iSk5WSkZu5r6eln5iSk5WSkZu5nqeXn5iSk5WSkZunnqeQn5iSk5WSkZuafI1sjpiSk5WSkXyBlqeOn4eSk5WSkZuTr6eOn5iSk5WSkZunkISln5iSk5WSkZufr6e3n5iSk5WSkXW5r5a3n5iSk5WSkZu5nn56jpiSk5WSkXKnkI2On5iSk5WSkZufr6eln5iSk5WSkZuHhnqDhpiSk5WSkZuWloi3coeSk5WSkZuOr4SljpiSk5WSkZuWlpZ6n5iSk5WSkZuQnqeln5iSk5WSkZuar6eXn5iSk5WSkZu5go2En5iSk5WSkZuTlpa3n5iSk5WSkYqDr6e3n5iSk5WSkZuWr6e3fJiSk5WSkZuMr6eln5iSk5WSkZunr42ln4eSk5WSkZu5iYGBb3mAk5WSkYqEnpa3n5iSk5WSkZu5r6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5kJa3hpiSk5WSkZufjJaXn5iSk5WSkZuQr42On5iSk5WSkYqOhJZ9n5iSk5WSkZuOr6e3n5iSk5WSkZuar6edn5iSk5WSkZu5r6e3n5iSk5WSkZuflqeXjpiSk5WSkZu5kKeln5iSk5WAkYqnkKedjpiSk5WSkZunlpaLhoeSk5WSkZuEr6eln5iSk4OSkWialpa3n5iSk5WSkZu5r6e3n5iSk4OSkZu5r6e3n5iSk5WSkZu5r6eln5iSk5WSkZuar42lcpiSk5WSkZuar6elb3lvk5V4kZuOr6eXn5iAk5WSkYq5noR6n5iSk5WSkZuEnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZunkKeln5iSk5WSkZuQlpadn5iSk5WSkZunr6d9n36Sk5WSkZuanpaln5iSk5WSkZufr6edn5iSk5WSkZuanqeQn5iSk5WSkYq5loidhoeSk5WSkYqTiaeln5iSk5WSkZu5r6e3n5iSk5WSkZuniY2Tn5iSk5WSkYKTeWtqhpiSk5WSkYJnc41qgIeSapWSkV2Clo2Ln5iSk5WSkZuEnqeJn5iSk5WSkZu5r6eQn5iSk5WSkZunkKe3n5iSk5WSkZunr6e3n5iSk5WSkZuTr6e3n5iSk5WSkZuanoSln5iSk5WSkZu5r6eHn36Sk5WSkZu5r42lhpiSk5WSkZuIlpa3n5iSk5WSkZu5r4iJn5iSk5WSkZu5r5aGn5iSk5WSkZufnqeCn5iSk5WSkYq5nqeXn5iSk5WSkYp7nqeTn5iSk5WSkXW5r6eln5iSk5WSkZu5nqeQn5iSk5WSkZunr42Xn5iSk5WSkZu5r6edn5iSk5WSkZuQr6e3n5iSk5WSkZu5nqeLn5iSk5WSkZuQr6e3n5iSk5WSkZu5npa3n5iSk5WSkZufnmqGjpiSk5WSkZtqr6e3n5iSk5WSkZuWnpadn5iSk5WSkYqMr6eThpiAk5WSkZu5jKeDn5iSk5WSkZuQnqeln5iSk5WSkZunr6eJn36Sk5WSkZu5fYiDcnKAk5WSkYJ4r5aJn36Sk5WSkZuakJaQn5iSk5WSkZunkKeQn5iSk5WSkYqOno2Xn5iSk5WSkZu5nqelhpiSk5WSkZufr6eJn5iSk5WSkZuanqe3hpiSk5WSkZufr6e3n5iSk5WSkZuff212doeSgpWSkWNxloS3n5iSk5WSkZu5lqedn5iSk5WSkZuQfae3n5iSk5WSkZuTnqeln5iSk5WSkZu5jKeln5iSk5WSkZuQhqe3n5iSk5WSkZu5r6e3jpiSk5WSkZu5r6eJn5iSk5WAkYqTnqe3n5iSk5WSkZufloR2eZiSk5WSkZt2nqeQn5iSk5WSkZunkKeljpiSk5WSkZu5nqe3n4eSk5WSkZunnqe3jpiSk5WSkZuKr6e3n5iSk5WSkZufr6eldpiSk5WSkYqTkKeljpiSk5WSkZuTnqeln5iSk5WSkZuar6e3n5iSk5WSkZufr3x4n5iSk5WSkZu5r6e3n5iSk5WSkZu5r5aln5iSk5WSkZunr5aln5iSk5WSkYqTnqe3n5iSk5WSkZu5jJZ5n3mAk5WSkZuQhKe3n5iSk5WSkZu5nqeljpiSk5WSkZuBlqe3n5iSk5WSkZuOnqe3n36Sk5WSkZuflo2Tn5iSk5WSkZunnqe3n5iSk5WSkYqEkIhyhpiSk5WSkYqfiY2Xn5iSk5WSkZuar6e3hpiSk5WSkZuTr6e3n5iSk5WSkZunnnp4n4eSk5WSkZu5r6eln5iSk5WSkZufr6e3n5iSk5WSkZu5fY12hpiSk4OSkZt3r6e3n5iSk5WSkZu5npa3n5iSk5WAkZunr6e3n5iSk5WSkZu5r6eQn5iSk5WSkZu5kHpyn2+Ak5WSgIqOr6eQn5iSk5WSkZuWr6e3n5iSk5WSkZufbae3n5iSk5WSkZunlo2ln5iSk5WSkZunnoiQn5iSk5WSkZuar6edjpiSk5WSkZuWgJaOn4eSk5WSkZunlqelbZiSk5WSkZu5nqedaIeSk4OSkZuKnqe3n5iSk5WSkZu5r6eXn5iSk5WSkZu5nqe3n4eSk5WSkYq5nqe3n5iSk5WSkZuEnqeTn5iSk5WSkZunr6edn5iSk5WSkZunYWt2jpiSepVzgHxnlo2On5iSk5WSkZualqe3n5iSk5WSkZufr6eln5iSk5WSkZu5kKeTn3mSk5WSkZufkKeTn3WSk5WAkYqKnqe3n5iSk5WSkZu5lqe3n4eSk5WSkZuDnpa3hoeSk5WSkYqnr6eLn5iSk5WSkZunr6e3n5iSk5WSkZunr6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5iY2Ln4eAk5WSkXKnr5a3n5iSk5WSkZuTr6e3n5iSk5WSkZunnpa3n5iSk5WSkZufjI23n5iSk5WSkZu5r423n5iSk5WSkZu5npaOjpiSk5WSkZuar6e3n5iSk5WAkZu5r6eEn5iSk5WSkZufr6eln5iSk5WSkZuOnqelgJiSk5WSkYqHnpaThpiSk5WSkZuMkKeQn4eAepWSkZuWnqeln5iSk5WSkZunr6eln5iSk5WSkZunr412n5iSk5WSkYKHlqeln5iAk5WSkZuQr42Qn5iSk5WSkYqWr6eln5iSk5WSkZunloSLn5iSk5WSkYqWjKe3n5iSk5WSkZufnpa3n5iSk5WSkZuQr6e3n5iSk5WSkYqnr6e3n5iSk5WSkZunr6e3n5iSk5WSkZuQr6edn4eSk5WSkZuanqeXn5iSk5WSkZunnqeln5iSk4OSkZuWr6e3cpiSk5WSkZunhKedn5iSk5WSkZuar6e3n5iSk5WSkZunnqeOn5iAk5WSkZu5iaeljpiSk5WSkXWnr6e3n5iSk5WSkZu5lqe3n5iAk5WAkZu5lqelhpiSk5WSkZuMr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZuflqeXn3mSepWSkZuanqe3n5iSk5WSkZt9iYFun5iSk4OSkYKAkI2AfHKAk4OSkYJ4r42ln5iSk5WSkZunr6e3n3mSk5WSkZu5kJadb36Sk5WSkZuIr6e3jpiSk5WSkZu5r6eln4eAk5WSkZunnqeln5iSk5WSkZuDr6e3n5iSk4OSkZu5r6e3n5iSk5WSkZuKnqeQn4eSk5WSkZu5r4idn5iSk5WSkZunr6eTn5iSk5WSkZunlqeCn5iSk5WSkZuWr4STn5iSk5WSkZuQgKe3n5iSk5WAkYqajH6Xn5iSgpWSkZuar6e3b5iSk5WSkZuTr6eln5iSk5WSkZu5kKe3n5iSk5WSkZu5r5aln5iSk5WSkZuKr6e3n5iSk5WSkZu5kHqThn6Sk26SkYJ5fJalfJiSk5WSkZunr6eln5iSk5WAkZunnqeQn5iSk5WSkZu5r6edn5iSk5WSkZuOe5adn5iSk5WSkZuar5a3jpiSk5WSkZufr6eln5iSk5WSkZunnpa3n5iSk5WSkZu5kKeTn5iSk5WSkZunr5a3n5iSk5WSkZu5no23n5iSk5WSkZuflqeln5iSk5WSkZunlqedeZiSk5WSkYqWr5a3n5iAk5WSkZunr5a3n5iSk5WSkZu5r6eTn5iSk5WSkZu5nqeljpiSk5WSkZuTr5aln5iSk5WSkZu5gJaXhpiAk5WSkZuFr6eXn5iSk5WSkZufgKedn5iSk5WSkZuKnoSdn5iSk5WSkZu5kI2ln5iSk5WSkZuWlqd4n5iSk5WSkZunr6eQn5iSk5WSkZuHlqeOn5iSk5WSkZualo23n3WSgpWSkZu5r5aln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunr6edn5iSk5WSkZunnqeQhpiSk5WAkZu5r6e3n5iSk5WSkZuWr6e3n5iSk5WSkYq5nqeln5iSk5WSkZu5r5adn5iSk5WSkZuQlo1+n5iSk5WSkZuar6edjpiSk5WSkZunr5aXn5iSk5WSkZu5lpaOn5iSk5WSkZuHlqeQn5iSk5WSkZu5nqe3n5iSk5WSkZunr363n5iSk5WSkZu5nqeEn5iSk2CAkZuOr6e3n5iSk4OSkZu5nqeln5iSk5WSkZu5nnV5dJiSk4OSkWlsr5aQn3KSk5WAkYKHr6eTn5iSk5WSkZu5doh8n5iSk5V4kXx3r6e3n5iSk5WSkZunr6eln5iSk5WSkZuanpaln5iSk5WSkZunr5aln4eSk5WSkZuWr6eXn5iSk5WSkZuar6eHn5iSk5WSkZu5r6eln5iSk5WSkZu5lpaBn5iSk5WAkZu5nqedn4eSeoOSkZu5r6eln5iSk5WSkZuWr4GAjpiSk5WSkZuar6eln5iSk5WSkZuKr6edn5iSk5WSkXWWnqedhpiSk5WSkZunhnFtb3KSk5WSkZuHr5a3n5iSk5WSkZuQr6e3n5h4k5WSkZuar6e3n5iSk5WSkZufhqeJn5iSk5WSkYq5r423n5iSk5WSkYK5kIiGn5iSk5WSkZuBr4GdjoeSk5WSkZuAkKe3n5iSk5WSkZu5hKe3n4eSk5WSkZufr42ln5iSk5WAkZuKlpadn5iSbZWSkZunr6e3n5iSk3uSkZu5gniCjpiSk5WSkZt+noiljpiSk5WSkZu5jJaOjpiSk5WSkZuHkKe3n5iSk5WSkZu5UmJoeX6AcJWAgGJkr6edn5iSk5WSkZuWgKeTn5iSk5WSkZu5nqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5hqeln5iSgpWSkZufnqe3n5iSk5WSkZuWUmx+Zm2SbWdzbnxor6e3n5iSk5WSkZuWno23n5iSk5WSkZu5ZWNpdG2SeoOScm5dr5a3n5iSk5WSkZunnoiln5iSk5WSkZunr6e3n5iSk5WSkZuar6eln5iSk5WSkZunr6e3n5iSk5WSkZu5W5aQn5iSk5WSkYp4lqedn5iSk5WSkZt/r6e3n5iSk5WSkZu5r6eOn5iSk5WSkZufr6e3n5iSk5WSkZuWr6e3n5iSk5WSkZu5r6e3n5iSk4OSkZuMr6e3n5iSk5WSkZuQlqe3n5iSk5WSgJu5r6eOn5iSk5WSkZuKr6eXn3mSk5WSkZu5r6eGn5iSk5WSkZufr5aBn5iSepV4kYqar6eln5iSk5WSkZu5r6e3n5iSk5WSkZunloiLjpiSk5WSkZuahqeGjnmSk5WSkZuIr423n5iSk5WSkZu5kKe3n5iSk5WSkZuWkKe3n5iSk5WSkZunr5a3n36Sk5WSkZuar6e3n5iSk5WSkZu5r6e3n5iSk5WSkYq5nqeTn5iSk5WSkZuWlqedn5iSk5WSkZufr6e3n5iSk5WSkZu5npa3n5iSk5WSkYqanqe3n4eSk5WSkZuTr6e3n5iSk5WSkZufnqeBn5iSk5WSkZuQr6e3hpiSk5WSkZu5r423b5iSk5WAkZunnpaGn36Sk5WSkZuMnnqEn36Sk2CAkZuElqe3n4eSk5WSkZuOr6eHeZiSk2CSkZuQr6e3n5iSk5WSkZunnpaln5iSk5WSkZu5lqe3n5iSk5WSkZufhqe3n5iSk5WSkZunnnx0n5iSk5WSkZuThniCdJiSgpWSkWR7r6edn5iSk5WSgJu5fXV6cJiAgpWSkYp0lpaQn5iSk5WSkZuKnnyLhpiSk5WSkZuFr4i3n4eSk3uSkZunr6edn5iSk5WSkZu5r6e3n5iSk5WSkZuWr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5gKeln5iSgpWSkWuHnqe3n5iSk5WSkZuQgpaGn4eSgpWSkZungKeLn5iSk5WSkZuTnqe3n5iSk5WSkZu5lpaXn5iSk5WSkYqWkIR8n5iSk5WSkYp+r6e3n4eSk5WSkZu5f3x8gHKSk5WSkYpwr5a3n4eSk5WSkZunr4iJn5iSk5WSkZuMr6e3fJiSk5WSkZu5iXaQa5iAk5WSkWNzr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZufr6e3n5iSk5WSkZunr6eQn5iSk5WSkZu5npaJn5iSk5WSkYqWr6e3n5iSk5WSkZufr6e3n5iSk5WSkZu5r6e3n5iSk5WSkYq5r5a3n5iSk5WSkZu5r6eXn5iSk5WSkYq5r4i3n5iSk5WSkZunno23n5iSk5WSkZu5r6eQn5iSk5WSkZunbWBUZ3mSdIOSkWFrr6edn5iSk5WSkZufr6eln5iSk5WSkZu5r4GQn5iSepWSkZt+f3B8aZiSk5WSkZtxlqeln5iSk5WSkZu5iaeCn5iSk5WSkZuTkJaEn5iSk5WSkZuIr6e3n36Sk5WSkZu5lqedn5iSk5WAbpunr4iTn5iSk5WSkZunr6edjoeAk5WSkZuKr6e3n5iSk5WSkZunr6eOn5iSk5WSkZufkIF4n5iSk5WSkXK5ln56eZiSk5WSkZt6nqe3n5iSk5WAkZu5nqe3n5iSk5WSkXK5r6eXn5iSk4OSkZt7loiJn5iSk4OSkZunr5aln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5nqeDn5iSk5WSgJuInqe3n5iSk5WSkZuff6d2cnmSk5WSkYKOnqeDeZiSk5WSkYqnr5a3n5iSk5WSkZu5r6e3n5iSk5WSkZunkJaQn5iSk5WSkZuCkKedn5iSk5WSkZuTr5a3n5iSk5WSkZu5npaln3mSk5WSkZuOfKeln5iSk5WSkZuHr6eln5iSk5WSkZu5kGlrn5iSk5WSkYp8hoiCn5iSk5WSgJt+npa3n5iSk5WSkZu5jKedn5iSk5WSkZuFr6e3n5iSk4OSkZu5r6edn5iSk5WSkZu5r6e3n5iSk5WSkZufiae3n5iSk5WSkYqfr4G3n5iSk5WSkZuWgqd/n5iSepWSkZuAr5a3hoeSk5WSkZufgJaTfJiSk5WAkYp/jKe3n5iSk5WSkZu5r42ln5iSk5WSkZu5kIGXeZiSk5WSkZuKnqe3n5iSk5WSkZuQno23b5iSk5WSkZt+r42dn5iSk5WSkZunr6eOhpiSk4OSkZuKjISGn5iSk4OSkZuQr5a3n5iSk5WSkZu5no2Tn5iSk5WSkYq5r6e3n5iSk5WSkZu5r6eOn5iSk5WSkZunr423n5iSepWSkZu5doilhpiSk5WSkZufgKe3n5iSk5WSkZuQnmmGjoeSk5WSkZtor5aLn4eSk5WSkZuFr6eTn5iSk5WSkZunnqe3n5iSk5WSkZu5loi3fJiSk5WSkZu5lqeTn5iSk4OSkYqTkJaGn5iSk5WSkZu5nqeEn5iSk5WSkZuanqe3n4eSk4OSkZuMkKeHn5iSgpWSkYq5r42ln5iSk5WSkZu5r5a3n5iSk5WSkZunnqe3hoeSgnaSkZuWr4S3n4eSk5WSkZu5nqe3n5iSk5WSkZu5Zo2Qn5iSk5WSkYqAr5aQn4eSepWSkYq5r6eXn5iSk5WSkZunr6eTn5iSk5WSkZunlpaXn5iSk5WSkZufnpa3jpiSk5WSkZufnqeln5iSk5WSkZu5lpaln5iAk5WSkZuff6drjpiSk5WSkYp9lqe3n5iSk5WAkZufno2dn5iSk5WSkZuar6eEhpiSk5WSkZu5r42ln5iSk5WSkZu5nqe3n3WSk5WSkZu5r6edn5iSk5WSkZuFb2h8n5iSk5WSkZtsr5a3n5iSk5WSkZuHr6e3n5iSk5WSkYqWcnpzn5iSk5WSkZuAlqelb5iSk5WSkZuajISln5iSk5WSkZu5r6e3n5iSk5WSkZufhKedn36Sk5WSkZuTr5aQn5iSk5WSkZufiYiXjpiSk4OSkZt+r6eln5iSk5WSkZu5r6eLn5iSk5WSkZu5r6e3n5iSk5WSkZuano23n5iSk5WSkZu5lpa3n5iSk5WSkZufr6eljpiSk5WSkZufr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZunr6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eLn4eSk5WSkWS5r6e3n5iSk5WSkYqnr6eTn5iSk5WSkZuHr6e3n4eSk5WSkZu5nqe3n5iSk5WSkZufe5Z9aJiSk5WSkWNsr6e3n5iSk5WSkZunlqe3n5iSk5WSkZuKnqeln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eln5iSk5WSkZunlo2Tn5iSk5WSkZu5r5a3n5iSk5WSkYqnnn6dn5iSk5WSkZuFr6eTn5iSk3uSkZu5nqeTn5iSk5WSkZuKlqe3n36Sk5WSkZuOr6eln5iSk5WSkYqnr6eln5iSk5WSkZu5Wl1mYW+ScHuSkXVqr6e3n4eSk5WSkZu5r3q3n5iSk5WSkZu5kKe3n5iSk5WSkZuar6eXn5iSk5WSgJunloGdn5iSgpWSkZuQhKe3n5iSk5WSkZuWlpaQn5iSk5WSkZu5ho2LhpiSk5WSkZuBno2Tn5iSk5WSkZt4r6eTn5iSk5WSkZuWr6e3n5iSk5WSkZu5nqeln5iSk5WSkZu5no23n5iSk5WSkZunlqeTn5iSk5WSkZufr5aln5iSk4OSkZu5lpaXn5iSk5WSkZuar36djpiSk5WSkZuQlqeln5iSk5WSkZuTnqedn5iSk5WSkZu5loR2n5iSk5WSkWKDc4iAn5iSk5WSkZuQr6eln5iSk5WSkZufr6e3jpiSk5WSkZu5kHWTn5iSk4OSkZuMnpaln5iSk5WSkZu5r6eln5iSk5WSkZu5gqeOhnmSk5WSkZuHjKeln5iSk5WSkZunnqd7n5iSk5WSkZu5r42ln5iSk5WSkZuOr42ln5iSk5WAkZualqe3n5iAk5WSkZuOr6e3n5iSk5WSkZunlqeln5iSk5WSkZunr4i3bZiSk5WSkYqfhHhya2eSk5WSkYpxr6eGjpiSk5WSkZuQnqeXn5iSk5WSkZuOnqeln5iSk5WSkZufcae3n4eSk5WSkZuWr6e3n5iSk5WSkZufr6eQn5iSk5WSkYKnnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZufZIR6n5iSk5WSkZuCr6e3n5iAk5WSkZu5r6e3n5iSk5WSkZuTiaeTn5iSk5WSkYqOiZaDhoeSk4OSkYp9lqe3n5iSk5WSkZuKhKeQn5iSk5WSkZu5jJaOn5iSk5WSkZuOlqeXn5iSk5WAkYqnr6eJn5iSk5WSkZu5hoGBn5iSepWSgJuWjGqGn36Sk5WSgJtoX4F4n5iSk5WSkZtmr6e3n5iSk5WSkZu5lpaQn5iSk3uSkZt+XI2TgJiSk5WAkZuKr5aln5iSk5WSkZu5r6eTn5iSk5WSkZu5noiXeZiSk5WSkXyMr5a3n5iSk5WSkZu5jKeJn5iSepWSkZunr6eln5iSk5WSkZuQlqe3n5iSk5WAgJuHkKeXn5iSk5WSkZuneKdnn5iSk5WAgGd3nqe3n5iSk5WSkZu5lqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5jJadn5iSk5WSkYqQe2R7jn6Ak26SgIJ9hmh0cnmSk4OAkXxwnqe3n5iSk5WSkZunr42Hn5iSk5WSkZuanqedn4eSk5WSkZuIr6e3n5iSk5WSkZu5lpaQn5iSk5WSkYqnkKe3n5iSk5WSkZu5kJaXn4eSk5WSkYqKr4G3n5iSk5WSkZuKr5aQn5iSk5WSkZuHr6e3n5iSk5WSkZuar6e3n5iSk5WSkZu5r6eLn5iSk5WSkZuMiZadgJiSk5WSkWtshHGHn5iSk5WSkZuHnqeTn5iSk5WSkZu5gISln5iSk5WSkZunloS3n5iSk5WSkZu5r6eDn5iSk5WSkZunr6eln5iSk5WSkZu5kI2ljpiSk5WSkZuTr6e3n4eSk5WSkZu5r6edn5iSk5WSkZu5lqedn5iSk5WSkZu5nqeln5iSk5WSkZufr6e3n5iSk5WSkZu5r6edn5iSk5WSkZu5r6eln5iSk5WSkZufr6eln5iSepWAkZu5r6eLn4eSk5WSkZuKnqeLn5iSk5WSkZuQlqeOn5iSk5WSkZu5r6e3n5iSk5WSkZunr6e3n5iSk5WSkYqfnqe3n36Sk5WAkZu5r6e3n5iSk5WSkZuMr6eln5iSk5WSkZu5loGlfJiSk5WSkZuBlqd1n5iSepWSkZu5no23n4eSk2CSkYKMlqeln5iSk5WSkZu5r5aHn5iSk5WSkZufr6eleZiSk5WSkZuOnqeXn5iSk5WSkZunr5aln5iSk5WSkZu5nqe3n5iSk5WSkZu5r5alhoeSk5WSkZunr6e3n5iSk5WSkZu5r6eln5iSk5WSkZunr6e3n5iSk5WSkZufnqeTn5iSk5WSkYqMnqeln5iAk5WSkZunhqe3fJiSk5WSkXKMnpa3n5iSk5WSkZu5r6eHn5iSk5WSkZu5npadn5iSk4OSkZuQr5a3n5iSk5WAkZunr6e3n5iSk5WSgJunjJaDn4eSk5WSkZuHr6e3n5iSk5WSkZu5r6eln5iSk5WSkZu5cm5xgIeSgpWScopur6e3joeSk5WAkZu5lqeln5iAk5WSkZu5jIiln5iSk5WSkZune4iln5iSk3uSkZuTnqe3n3mSepWAgJunloSQn5iAk5WSkZuFW6eLjpiSk5WSkYqHiY2Tn4eSk5WSkZuTr6eln5iSk5WSkYq5lpaln5iSk5WSkZunWnZwgH6SeoOSgHhxr6e3n5iSk5WSkZunr6eln5iSk5WSkZufnqeln5iSk5WSkZu5r6eXn5iSk5WSkZu5r6eJn5iSk5WSkZunf36Hb3WSk2yAkYp8r5aln5iSk5WSkZu5r4i3n5iSk5WSkYq5lqe3n5iSk5WSkZu5loidn5iSk5WSkZu5r4S3n5iSk5WSkYq5jKeJeZiSk5WSgJuIgIR6n5iSk5WSkZt7r6eDn5iSk5WSkZuQlqeQn5iSgpWSkYqKnqe3n5iSk5WSkZufkJaXjpiAk5WSkZufr5a3n5iSk5WSkZu5r42ln5iSk4OSkZu5r6e3n5iSk1+SkZuWr5a3n5iSk5WSkZu5r6edn5iSk5WSkZu5r6e3n5iSk5WSkZuWgqeln5iAk5WSkYqOr6eXn3KSk5WSkZuar6eln5iSk5WSkZu5no2ln5iSk5WSkZufr4iTjpiSk3aAkZuDr6eln5iSk5WSkZu5npaQn5iSk5WSkZunXlxUXWd4am54gFhTr6eBn5iSk5WSkZuWr6e3n4eAk5WSkYqWlqeTn5iSk5WSkZuWnnx8hoeSk26SkYp0r6eQn5iSk5WSkZunr6eln5iSk5WSkZt8r42ln5iSk5WSgJualqeXn5iSk5WSkZuDjHSLn5iSk5WSkZuEr6e3n5iSk5WSkZu5lpaOn5iSk5WSkZuflo15n5iSk5WSkZunr36Xn5iSk5WSkZuOr6e3n5iSk5WSkYqfr5a3n5iSk5WSkZufkKe3n5iSk5WSgIqnr6e3n5iSk5WSkZuflqedcpiSk5WSkZuTgn5+fIeSk5WSkXyCnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eln4eSk5WSkZufjKe3n5iSk5WSkZu5jH6LfJiSk5WSkYqOhI17jpiSk5WSkZt/r5aln5iSk5WSkZuBkGR6coeScJWSkW5wX2pkeX6SbZVzkYJpr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunloiOjpiSepWSkZuWr6eln5iSk5WSkZu5lqe3n5iSk5WSkZu5r5aJn4eSk5WSkZu5nqeln5iSk5WSkZuOr6eln5iSk5WSkZuKr4GGn4eSk5WSkYJ5r6eOn5iSk4OSkYp5r423n5iSk5WSkZu5ho1/n5iSk5WSkZt0r6edn5iSk5WSkZu5nqe3n5iSk5WSkZunloiTn5iSk5WSkZu5kH63fJiSk5WSkZuThqe3n5iSk5WSkZuTiY23eZiSk5WSkZuagKd1n36Sk5WSkZuKnqedhpiSk5WAkZuWiYSGn4eSk5WAkZufnqeln5iSk5WSkZu5jHp4cJiScJWAkZuOlqeOjpiSk5WSkYqnr6e3n5iSk5WSkZufkHxjn5iSgoOSkZuDiY2LjnKSk5WSgJuAkGhon5iAk1+SkYpur4Ftn5iSk1+SkZuTnoiXn4eSk5WAkYqWnqe3n5iSk5WSkYqnlqe3n5iSk5WSkZu5hI2dn5iSk5WSkZuOiae3n4eSk5WSkZuKnqeQn5iSk5WSkZufnqedn5iSk5WSkYq5nqe3cpiSk5WSkZunr6e3n5iSk5WSkZunr42ln5iSk5WSkZu5r6e3n5iSk4OSkZunr5adn5iSk5WSkZuQlqd6n5iSk5WSkZu5r5a3n5iSk5WSkZunr4S3n5iSk5WSkZunfKe3jpiSk5WSkZuar6e3n5iSk5WSkZunr6e3n5iSk5WSkZunnqeQn5iSk5WSkZu5nqe3n5iSk5WSkZuHr4i3n5iSk5WSkZu5lqeOn5iSk5WSkZunr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZuar5a3n5iSk5WSkZu5jI23n5iSk5WSkZuWr6e3n5iSk5WSkZunlqe3n5iSk5WSkZunnqeXn5iSk5WSkZuar6e3jpiSk5WSkZuKnpaljpiSk5WSkZuahoh/n5iSk5WSkZuCr6e3n5iSk5WSkZuar6e3n5iSk5WSkZu5nqe3n5iSk5WSkZu5r5a3n5iSk5WSkZu5r6eLcpiAk5WSkZuff6eHhoeSk4OSkYJmr6eHn5iSk5WSkYqnlqeQn5iSk5WSkZunnqeln5iSk5WSkZuWiYGGn4eSk5WSkYqOnqe3gJiSk5WSkYq5r6edn3mSk5WSkZu5r6e3n5iSk5WSkZunhoiGeYeAk5WSkYqBno2dhoeSk4OSkZuQr6e3n5iSk5WSkZu5nqeXn5iSk5WSkZufgIiHn5iSk5V4kYqCnqe3n5iSk5WSkZu5jJaTbJiSk5WSkZt9r6eln5iSk5WSkZu5r6eOn5iSk5WSkZufnqeCn5iSk5WSkZuWr6eDn5iSk5WSkZu5nqeXn5iSk5WSkZu5r5adn5iSk5WSkZu5r6e3n5iSk5WSkZu5r5aJn5iSk5WSkZufr6eln5iSk5WSkZu5noSHjpiSk5WSkZuQr6eBn5iSk5WSkZuWkH57n5iAk5WSkZuEjKe3n5iSk5WSkZuQr5adn5iSk5WSkZuEnoS3n5iSk5WSkZu5r6e3n5iSk5WSkZuQnpaln5iSk5WSkZufr6eTn5iSk5WSkZu5nqe3n5iSk5WSkZuTfKedcpiSk5WSkYKfr6eln5iSk5WSkZu5iY23n5iSk5WSkZufnqeln5iSk5WSkZuflpaJgIeAk5WSgIqWlqe3n5iSk5WSkZufr6e3n5iSk5WSkZuar423n5iSk5WSkZunnqedn5iSk5WSkZunr6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5loiBcpiSepV4kZuHkJaXn5iSk5WSkZuAr6e3n5iSk5WSkZu5gqedn5iSk5WSkWSnnqeln5iSk5WSkYqnlqe3joeSk5WSkYqfr5a3n36Ak5WSkZuTr6e3n5iSk5WSkZufr4i3n5iSk5WSkYqalo2djpiSk5WSkZunkKeXn5iSk5WSkZu5nqeLn5iSk5WSkZuTloiXjoeSk26SkYJ2r5aln5iSk5WSkYq5r6e3b5iSk5WSkZuMlqd6n5iSk5WSkZuFkJZzbHWSk5WSkYqOnqe3n5iSk5WSkZuQjKeln4eSk5WSkZuniaeQhnmSk5WSkZuWr6e3n5iSk5WSkZunlpaln5iSk4OSkZu5r42Gn5iSbZWSkZuHnqeln5iSk5WSkZuanqe3n5iSk5WSkZu5lo2GgIeSk5WSkYqAdKeLjn6Sk5WSkZuElqe3n5iSk5WSkYqnjKedn5iSk5WSgJuFjKeln5iSk5WSkZuTr6eTjpiSk5WSkZu5r5adn5iSk5WSkZunr6e3n5iSk5WSkZunnoSOfIeSk5WSkZuOnqe3n5iSk5WSkZu5r6elhoeSk5WSkZufnqe3n5iSk5WSkZu5nqedn5iSk5WSkZunlpaTn5iSk5WSkZufr6eOn5iSk5WSkZuar6eOn5iSk5WSkZuAbnB0gHKAgmeAbnV9r5a3n5iSk5WSkZunnpa3n5iSk5WSkYKTlpa3n5iSk5WSkZuMnqe3n5iSk5WSkZu5nqedn5iSk5WSkZu5r6eTn5iSk5WSkZuKhnSln5iSk5WSkZufnqeXn5iSk5WSkZuWr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZu5hJaln5iSk5WSkZualqeLn5iSgpWSkZu5r6eJn5iSk5WSkZuElpa3n5iSk5WSkZuOkJaJn5iSk5WSkZunr6eln4eSk5WSkZufhpadn5iSk5WSkZuQnnqXn5iSk5WSkZunnqe3n5iSk5WSkZunr6eHn5iSk5WSkZu5r5aTn5iSk5WSkZuTr6eljpiSk5WSkZu5r4iln5iSk5WSkZu5r4i3n5iSk5WSkZu5iZZ6n5iSk5WSkZuBaaeln5iSk5WSkZuar5aTn5iSk5WSkYqFr6eln5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eljpiSk5WSkZu5r6eXjpiSk5WSkZu5r6e3n5iSk5WSkZu5kKe3n5iSk5WSkZu5r6eln5iSk5WSkZuQnqe3n4eSk5WSkZu5r6e3n5iSk5WSkZu5lqe3n4eSk5WSkZuWlo16n5iSk5WSkZuFhoGAjoeSk5WSkYqWr6e3n5iSk5WSkZunr6e3n4eSk5WSkZufdX5hn5iSk5WAkV9yr6e3jpiSk5WSkZuMeHqAeYeAcJWAkXiFr6e3n4eSk5WSkZu5nqeln5iSk5WSkZunr5a3n5iSk5WScpunZo2dcpiSgpWSgJuIr5aBn5iSk5WSkZuWr6eln4eSk5WSkZu5r6e3n5iSk5WSkZunr6eOn5iSk5WSkZuQnqe3n5iSk5WSkZu5goiOjpiSk5WSkYqQr5aln4eSk5WSkZuWr6eTn5iSk5WSkZu5nqe3n5iSk5WSkZuWhqeLjpiSk5WSkZufiZalhpiSk5WSgJu5nm1vn5iSk5WSkZtwr6eln5iSk5WSkZufnpa3n5iSk5WSkZunnqeln5iSk5WSkZu5r5aLn5iSk5WSkZunlqeXn5iSk5WSkYK5r6e3n5iSk5WSkYq5r5a3n5iSk5WSkZunr4i3n5iSk5WSkZu5npZ3n4eSk5WSkYqCnqeHn5iSk5WSkZu5nqedn5iSk5WSkZuMnqedn5iSk5WSkZunr6e3n5iSk5WSkZu5r6e3n5iSk5WSkZunr6eGn5iSk5WSkZu5lqe3n5iSk5WSkZunr6eln5iSk5WSkZunjKeOn5iSk5WSkZuAdaedgH6Sk5WSkYp9r3yln5iSk5WSkZunjIGGn5iSk5WSkWSDr5aHn5iSk5WSkYKKkJa3n5iSk5WSkZufr5adn5iSk5WSgJuMlqedn3WSk5WSkZu5hISTgJiAk5WSkWtrnqe3n5iSk5WSkZunnpaQn4eSk5WSkZuQkIRzn5iSk5WSkZuBlqelhpiSk5WSkZu5bY2GjnKAgpWSkYp4hKe3jpiSk5WSkZunr6eln5iSk5WSkZuTr6e3n5iSk5WSkZu5nqeln5iSk5WSkZuajKe3n5iSk5WSkZuQr6eljoeSk4OSkZuWr42Gn5iSk3KSkZuTgKeln5iSk5WSkZuflqe3n5iSk5WSkZuTr6edn5iSk5WSkZu5no23n5iSk4OSkYqnnqe3n5iSk5WSkZufnpadn4eSk5WSkZuQjISljpiSk3aSkYp/nm23n5iSk5WSkZuakHyEfJiSk5WSkYp9r6edn5iSk5WSkZu5r42ln5iSk5WSkZunr6e3n4eSk5WSkZufcXVreX6SbZV4cnxsr6edn5iSk5WSkZu5lqe3n5iSk5WSkZu5bXR1n5iSgpWSkZt+kKe3n5iSk5WSkZu5r6e3n5iSk5WSkZu5r6eln5iSk5WSkZunr5a3n4eSepWSkZunr6e3n5iSk5WSkZu5nqe3n5iSk5WSkZuflqeXn5iSk5WSkZuWnqeln5iSk5WSkZuQnqeOn5iSk5WSkZu5r6e3n5iSk5WSkZu5r4iXgHKSk5WSkZuBkKe3n5iSk5WSkZunlo2QhoeSk5WSkYqfr6eQn5iSk5WSkZu5npaln5iSk5WSkZu5no2ln5iSk5WSkZufr6eln5iSk5WSkZu5faeXn5iSk5WSkZuar6edn5iSk5WSkYqOhoiJn5iSk5WSgJu5kJZsgJiSk5WSkYq5nqe3joeSk5WSkZunkKeln5iSk5WSkXWFnpaln5iSk5WSkZuMr6edn5iSk5WSkZuQnmp7aZiSk5WSkZtxnqe3hpiSk5WSkZu5r5aln5h4k5WSkZu5r5aTn5iSk5WSkZuQnpaln5iSk5WSkZuDe6e3joeAbZWSkYqTr5aln4eSk5WSkZunlqe3n5iSk5WSkZuOVYSHbZiSgpWSgIprr6e3n5iSk5WSkZu5no2ln5iSk5WSkZu5r5a3n5iSk5WSkZu5gI18n5iSk4OSkZt+r6eln4eSk5WSkZuWnqeln5iSk5WSkZu5r5aln5iSk5WSkZu5kH6dcpiSk3aSkZuQnqe3n4eSk5WSkYqfnqeln5iSk5WSkZu5r6eln5iSk4OSkZuagKe3n5iSk5WSkZuMr6e3n5iSk5WSkZu5r5a3n5iSk5WSkZuTnqeln5iSk5WSkZuBr6e3n5iSk5WSkZuOloi3hpiSk5WSkZu5r42ln5iSk5WSkYqnnpa3n5iSk5WSkZu5r6eln4eSk5WAkZunb6eAn5iSapWSkYqTr42ln5iSk5WSkZuar6e3n4eSk5WSkZunr5a3n5iSk5WSkZuff4iTn5iSk5WSkZuDnqeLn5iSk5WSkZu5r4iln5iSk4OSkZuOr6e3jpiSk5WSkZufr6e3n5iSk5WSkZuWr6eln5iSk5WSkZunjKe3n5iSk5WSgJuTln6Hn5iSk5WSkZuWr3GAn5iSk5WScpuOkJaHjn6Sk5WAkZuInqe3n5iSk5WSkZu5no23n4eSk5WSkZuTr5a3n5iSk5WSkZunfYh0fJiSk5WSkYqFjKedn4eSk5WSkZu5nqeTn5iSk5WSkZuWr3yTn5iSk5WSkZuWr6e3n5iSk5WSkZu5r6eXn5iSk5WSkZuWlqe3n5iSk5WSkZuffaeGjm+Sk5WAkYJ8r6eXn3WSk5WSkZu5r6eln5iSk5WSkZuar6e3n5iSk5WSkZu5iae3n5iSk5WSkZuanqe3n5iSk5WSkZunr4i3n5iSk5WSkZu5r6edn5iAk5WSkZu5iYh7n5iSk5WSgJufr415n5iSk5WSkZu5npaTn4eSk5WSkZu5nqeXn5iSk5WSkZunr6edn5iSk5WSkZufkIG3n5iSk5WSkZu5YG14hpiSk5WSkZtvr6e3hn6Sk5WSkZufXWRpfGuSepWSgGlrr6eTn4eSk5WSkZuWhoR5n5iSk5WSkZuQr6eXn5iSk5WSkZunr6edn5iSk5WSkZuWr4Sln5iSk5WSkZu5loGln5iSk5WSkYp7kKedeXl4k5WSkZuCkJZsn36Sk5WSkZuOr4iXn5iSk5WSkZunr5aOn3mSk5WSkZunr6e3n5iSk5WSkZunr3Kdn5iSk5WSkZuWnqeln5iSk5WSkZuar6e3n5iSk5WSkZu5r5aJn5iSk5WSkZufr5aln5iSk5WSkZu5kKeljn6Sk5WSkZufgn6lfJiSk5WSkZuWjKeQn4eSk5WSkZu5r4S3n5iSk5WSkZuCr6e3n5iSk5WSkZu5iaeTn5iSk5WSkZufnqeln5iSk5WSkZu5lqe3n5iSk5WSkZu5r5a3n5iSk5WSkZu5nqeJn5iSk5WSkZu5noiln5iSk5WSkZunlqeXn4eSk4OSkZu5lqeln5iSk5WSkZuar6eLn5iSgpWSkYqnlqe3n4eSk5WSkZunr6eOn5iSk5WSkZuOnqedn5iSk5WSkZuFr6e3jpiSk5WSkZunnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZuTjJaln5iSk5WSkYqQr6edn5iSk5WSkYqFr6e3n5iSk5WSkZunnpaln5iSk5WSkZuad41zfH6Sk4OSkZt+noidn5iSk5WSkZt5nqe3n5iSk5WSkZuafKeTjn6Sk5WSkYqHnqe3n5iSk5WSkZu5r6e3n5iSk5WSkZunr6eln5iSk5WSkZu5r6eJn5iSk3uSkZunnqe3n5iSk5WSkZuahoSLn5iSk5WSkZunnpaXn5iSk5WSkZu5r5aGn5iSk5WSkZu5r6e3n5iSk5WSkZu5r6edn5iSk3aSkZu5r6e3n5iSk5WSkZuar6e3n5iSk5WSkZu5nqedn5iSk5WSkZufnqe3n5iSk5WSkZu5nqe3n5iSk5WSkZu5fYGOn5iSk3uSkZuDr3yln5iSk5WSkZunf6eOjpiSk4OSkZuKnpaXn5iSk5WSkZu5lnyln5iSk5WSkZualqe3n5iSk5WSkZunr6e3n5iSk5WSkZuTkKeLn5iSk5WSkZu5nqeOn5iSk5WSkZu5r3iCn5iSk5WSkYKnnqe3n5iSk5WAkYqfr6e3n5iSk5WSkZufgKeEhpiSk4OSkZuFe5aXn5iAk5WSkZuWnqe3n5iSk5WSkZu5r6eln5iSk5WSkZu5r6eAn5iSk5WSkXiQjKeQn5iSk5WSkZu5nqeOn5iSk5WSkZunr6e3n5iSk5WSkZufnpa3n5iSk5WSkZu5npaln5iSk5WSkYqnnm2Xn5iSk5WSkZu5iY2ljoeSk4OSkZuQr6e3n5iSk5WSkZu5jJaln5iSk5WSkZu5nnB8aJiSk5WSkZtxr6d7cpiSk5WAkZunr6eln5iSk5WSkZuKr6e3n5iSk5WSkZuWr5a3n5iSk5WSkZu5nqeln5iSk5WSkZu5r4h7n5iSk5WSkZuf","lines":1947}');
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
/** The verdict of the best-supported piece of evidence (weigh.ts), with its own retryable override. */
function fromWeighed({ piece, confidence }) {
    // The rule's own id: `@end` (a hit in the last error block) is a separate weight, not a separate rule.
    const rule = piece.key.startsWith('rule:')
        ? piece.key.slice('rule:'.length).replace(/@end$/, '')
        : piece.key;
    const result = verdict(piece.type, confidence, rule, piece.evidence);
    if (piece.retryable !== undefined)
        result.retryable = piece.retryable;
    return result;
}
/**
 * Classifies from a finished log scan plus the non-log signals. A job whose log says it passed gets no claim
 * above low: whatever a rule saw there, the job survived it.
 */
function classifyScan(scan, signals = {}, ruleSet = defaultRuleSet()) {
    let result = decide(scan, signals, ruleSet);
    let step = scan?.firstFailedStep?.step;
    // GitHub Actions runs a step after a failed one only when that one may fail (continue-on-error) or the later
    // one runs on failure: when the first failed step says nothing known, the next that failed the job is heard,
    // unless the log says the first one's failure stood (a composite's end marker: conclusion=failure).
    const later = scan?.laterFailedStep;
    const laterHeard = scan?.structure?.format === 'github' && !step?.failureStood;
    if (result.type === 'unknown' && later && laterHeard) {
        const { commands, ...failed } = later;
        const heard = decide({ ...scan, firstFailedStep: failed, command: commands }, signals, ruleSet);
        if (heard.type !== 'unknown') {
            result = heard;
            step = later.step;
        }
    }
    // No rule is sure: the learned model reads the failed step's last error-shaped lines (a later failed step's
    // when the first one's say nothing, as above).
    if (result.type === 'unknown' && scan) {
        const own = learned(scan, ruleSet, false);
        const next = !own && later && laterHeard ? learned(scan, ruleSet, true) : undefined;
        if (own)
            result = own;
        else if (next && later) {
            result = next;
            step = later.step;
        }
    }
    if (scan?.structure?.outcome === 'passed' && signals.conclusion !== 'failure')
        result.confidence = 'low';
    if (step)
        result.step = step.name;
    return result;
}
let committedModel;
/** The committed model, decoded once, when the fallback is first needed. */
function fallbackModel(ruleSet) {
    return ruleSet.fallback ?? (committedModel ??= decodeModel(fallback_model_namespaceObject));
}
/**
 * The learned fallback (fallback.ts) on the failed step's last error-shaped lines (the whole log's when it shows
 * no failed step; none when it says the job passed). Lines before a success line were survived.
 */
function learned(scan, ruleSet, later) {
    const failed = later ? scan.laterFailedStep : scan.firstFailedStep;
    if (!failed && scan.structure?.outcome === 'passed')
        return undefined;
    const tail = (failed ? failed.tail : scan.tail) ?? [];
    const success = scan.success?.line ?? 0;
    const lines = tail.filter((l) => l.line > success);
    if (lines.length === 0)
        return undefined;
    const found = fallbackVerdict(fallbackModel(ruleSet), lines);
    if (!found)
        return undefined;
    return verdict(found.type, found.confidence, 'fallback:learned', found.evidence);
}
function decide(scan, signals, ruleSet) {
    const structural = scan && firstRule(scan, ruleSet, (s) => s.structural === true);
    if (structural)
        return fromRule(structural);
    const pieces = scan ? evidencePieces(scan, ruleSet, commandContext(scan, signals.command)) : [];
    const weighed = weigh(pieces, ruleSet.weights);
    const logType = weighed?.piece.type;
    // What the log says sent a kill, when it says so anywhere in the failed step: a limit or a cancellation.
    const killedBy = (types) => weigh(pieces.filter((p) => types.includes(p.type)), ruleSet.weights);
    const signal = signals.signal?.toUpperCase();
    if (signals.conclusion === 'cancelled')
        return verdict('cancelled', 'high', 'signal:conclusion-cancelled');
    if (signals.exitCode === 124)
        return verdict('timeout', 'high', 'signal:exit-124', weighed?.piece.evidence);
    if (signals.exitCode === 137 || signal === 'SIGKILL') {
        // Killed: the OOM killer unless the log says a limit or a cancellation sent the kill.
        const limit = killedBy(['timeout', 'cancelled']);
        if (limit)
            return fromWeighed(limit);
        const oom = logType === 'resource';
        return verdict('resource', oom ? 'high' : 'medium', signals.exitCode === 137 ? 'signal:exit-137' : 'signal:sigkill', weighed?.piece.evidence);
    }
    if (signals.exitCode === 143 || signal === 'SIGTERM' || signal === 'SIGINT' || signals.exitCode === 130) {
        const limit = killedBy(['timeout', 'cancelled', 'infrastructure']);
        if (limit)
            return fromWeighed(limit);
        return verdict('cancelled', 'medium', signal ? `signal:${signal.toLowerCase()}` : `signal:exit-${signals.exitCode}`);
    }
    // The runner's own word ends the step that decides: it was cancelled while it ran (a person, a
    // concurrency group, a sibling's fail-fast), so what it printed before did not end it. A time limit the
    // step shows is what sent the cancellation.
    if (decidingStepCancelled(scan)) {
        const limit = killedBy(['timeout', 'cancelled']);
        return limit ? fromWeighed(limit) : verdict('cancelled', 'medium', 'structure:step-cancelled');
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
    if (weighed) {
        const result = fromWeighed(weighed);
        if (survived(weighed.piece.evidence.line))
            result.confidence = 'low';
        return result;
    }
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
/**
 * The step the verdict stands on failed only by the runner's cancellation (structure.ts `cancelled`, and
 * `firstFailed` picks such a step only when no step failed by itself).
 */
function decidingStepCancelled(scan) {
    const structure = scan?.structure;
    if (structure?.failedStep === undefined)
        return false;
    return structure.steps[structure.failedStep]?.cancelled === true;
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
    const { log, teamRules, ...rest } = signals;
    // A team's own rules rank above ours: the first that matches a line decides (team-rules.ts).
    const team = log && teamRules?.length ? (0,team_rules/* teamVerdict */.Jw)(log, teamRules, rest) : undefined;
    if (team)
        return team;
    const scan = log === undefined || log === '' ? undefined : scanText(log, ruleSet, rest.command);
    return classifyScan(scan, rest, ruleSet);
}


/***/ }),

/***/ 31637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ isBoilerplate),
/* harmony export */   nU: () => (/* binding */ stripLine),
/* harmony export */   oY: () => (/* binding */ normalizeLine),
/* harmony export */   pk: () => (/* binding */ stripLineCut),
/* harmony export */   yL: () => (/* binding */ MAX_LINE_CHARS)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Prefixes that CI systems put before the text a tool printed. Stripped so rules see the tool's own line:
 * `gh run view --log` job/step columns, GitHub `2024-01-01T00:00:00.0000000Z `, Taskcluster
 * `[task 2024-...Z] ` / `[taskcluster 2024-... ]`, mozharness `12:00:00     INFO - `, Jenkins timestamper
 * `[2024-01-01T00:00:00.000Z] ` / `00:00:01.234 `, the `#=MATCH=# ` marker of pytorch/test-infra fixtures, and
 * BuildKit's plain progress `#8 1.234 ` before each line a RUN instruction printed (moby/buildkit
 * util/progress/progressui/printer.go '#%d %s' with display.go's seconds, 1 to 3 decimals): a tool failing
 * inside `docker build` says what failed in its own words. After the build, buildx repeats the failed step's
 * last lines in an error summary (util/progress/progressui/display.go printErrorLogs @ 73ed6825: `------`,
 * ` > [build 4/6] RUN npm ci:`, then each line as `%s %s` with the seconds alone, 3 decimals under 10 s, 2
 * under 100 s, else 1, so `12.34 npm ERR! code ETIMEDOUT`), and that summary may be all a log shows. Only those
 * exact precisions are taken, so `1.5 MB` or `0.12s` stay. Ant's task column (apache/ant
 * src/main/org/apache/tools/ant/DefaultLogger.java: `[task] ` right-aligned in a 12-character column, so
 * `    [javac] Foo.java:3: error: ...`; Gradle's `[ant:checkstyle] `; maven-antrun and maven-ant-tasks print
 * the same column): javac, junit or checkstyle run by Ant print their lines after it. Only Ant's task names, and
 * not `[checkstyle] `, which rule lint-other reads: sbt's `[info] `/`[error] ` and Maven's `[INFO] `/`[ERROR] `
 * levels stay, rules read them (junit-summary, checkstyle-violation, success-maven).
 */
const PREFIXES = [
    /^#=MATCH=# ?/,
    /^[^\t\n]{0,200}\t[^\t\n]{0,200}\t(?=\uFEFF?\d{4}-\d\d-\d\dT)/,
    /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/,
    /^\[(?:task|taskcluster|vcs|setup|fetches)(?:[: ][^\]]{0,40})?\] ?/,
    /^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?Z?\] ?/,
    /^\d\d:\d\d:\d\d(?:\.\d+)? +(?:(?:INFO|WARNING|ERROR|CRITICAL|FATAL|DEBUG) +- +)?/,
    /^#\d+ \d+\.\d{1,3} /,
    /^(?:\d\.\d{3}|\d\d\.\d\d|\d{3,}\.\d) /,
    /^\s*\[(?:(?:ant|artifact|ivy|jacoco):[\w-]+|javac|junit|junitreport|java|exec|apply|echo|copy|move|mkdir|delete|jar|war|ear|zip|unzip|tar|untar|get|javadoc|native2ascii|scalac|groovyc|kotlinc|pmd|findbugs|spotbugs|cobertura|testng|xslt|rmic|sshexec|antcall|subant|concat|sql)\] /,
];
/**
 * What a line needs for each of PREFIXES to match, in the same order, checked before the regex runs: most lines
 * have none, and the tab-column prefix would otherwise backtrack over 200 characters of every line.
 */
const PREFIX_GUARDS = [
    (line) => line.startsWith('#'),
    (line) => line.includes('\t'),
    (line) => startsWithDigit(line) || line.startsWith('\uFEFF'),
    (line) => line.startsWith('['),
    (line) => line.startsWith('['),
    startsWithDigit,
    (line) => line.startsWith('#'),
    (line) => startsWithDigit(line) && BUILDKIT_ERROR_LOG.test(line),
    (line) => line.includes('] ') && ANT_TASK_START.test(line),
];
/** The head of a line in BuildKit's error summary: seconds with display.go's precision, then a space. */
const BUILDKIT_ERROR_LOG = /^(?:\d\.\d{3}|\d\d\.\d\d|\d{3,}\.\d) /;
/** A line starting (after spaces) with a lowercase bracketed word: the cheap check before Ant's task column. */
const ANT_TASK_START = /^\s*\[[a-z]/;
function startsWithDigit(line) {
    const c = line.charCodeAt(0);
    return c >= 48 && c <= 57;
}
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
    return stripLineCut(raw).text;
}
/**
 * stripLine's text, and whether it is a stretch of `raw` (a cut: nothing taken out of its middle, nothing
 * replaced). Then any text it holds, the raw line's bytes hold too, where the keyword automaton finds it: the
 * scanner's exact guards rely on it.
 */
function stripLineCut(raw) {
    let line = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
    let cut = true;
    if (line.endsWith('\r'))
        line = line.slice(0, -1);
    if (line.includes('\r')) {
        // A terminal shows only what was written after the last carriage return.
        const parts = line.split('\r').filter((p) => p.trim() !== '');
        line = parts[parts.length - 1] ?? '';
    }
    // Colour codes start with ESC or CSI: a line with neither has none to strip.
    if (line.includes('\u001b') || line.includes('\u009b')) {
        line = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(line);
        cut = false;
    }
    if (line.includes('\0')) {
        line = line.replace(/\0+/g, ' ');
        cut = false;
    }
    for (let pass = 0; pass < 3; pass++) {
        const before = line;
        for (let i = 0; i < PREFIXES.length; i++) {
            if (PREFIX_GUARDS[i]?.(line))
                line = line.replace(PREFIXES[i], '');
        }
        if (line === before)
            break;
    }
    // pytorch/test-infra fixtures wrap the span their classifier matched in these marks.
    if (line.includes('\u2039')) {
        line = line.replace(/[\u2039\u203a]/g, '');
        cut = false;
    }
    return { text: line.trim(), cut };
}


/***/ }),

/***/ 6059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ teamRuleProblems),
/* harmony export */   EJ: () => (/* binding */ TeamRuleMatcher),
/* harmony export */   Jw: () => (/* binding */ teamVerdict),
/* harmony export */   LK: () => (/* binding */ teamRuleId),
/* harmony export */   fH: () => (/* binding */ StepTracker),
/* harmony export */   oY: () => (/* binding */ compileTeamRules)
/* harmony export */ });
/* unused harmony exports TeamPatternError, linearPattern, filterRegExp */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73054);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31637);
/**
 * A team's own rules (`classify.rules` in .github/ci-recovery.yml): the flaky signatures and known causes a
 * team knows and our rules cannot (PyTorch keeps such a ruleset; Jenkins has its Build Failure Analyzer).
 * They rank above the shipped rules: the first team rule, in the file's order, that matches a line of the
 * log (within the step or command it names) decides, as `team:<id>` with that line as evidence.
 * Also here: which step a log line belongs to (`gh run view --log` columns, a raw job log's `Run …` groups),
 * so a verdict can name the step it came from. Pure.
 */



const teamRuleId = (rule, index) => rule.id ?? `rule-${index + 1}`;
/** Why a pattern cannot be compiled: its syntax, or a feature the linear-time engine lacks. */
class TeamPatternError extends Error {
    unsupported;
    constructor(message, unsupported) {
        super(message);
        this.unsupported = unsupported;
        this.name = 'TeamPatternError';
    }
}
/** The JavaScript flags a filter may carry and what each is in RE2; g, d and u change nothing for a test. */
const FLAGS = {
    i: re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.CASE_INSENSITIVE,
    m: re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.MULTILINE,
    s: re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.DOTALL,
    g: 0,
    d: 0,
    u: 0,
};
/** RE2's refusal of what it cannot run in linear time, as its messages name it. */
const UNSUPPORTED = /invalid or unsupported Perl syntax|invalid named capture: `\(\?<[=!]|invalid escape sequence: `\\[1-9k]/;
/**
 * A team pattern compiled by RE2 (re2js, pure JavaScript): matching takes time linear in the line, whatever
 * the pattern, so a rule cannot stall classify on a line a pull request shaped (`(a|aa)+$` backtracks for
 * seconds in a JavaScript RegExp on 41 characters, and safe-regex2 passes it). Throws TeamPatternError.
 */
function linearPattern(source, flags = '') {
    let bits = 0;
    for (const flag of flags) {
        const bit = FLAGS[flag];
        if (bit === undefined)
            throw new TeamPatternError(`the flag '${flag}' is not supported (use i, m or s)`, false);
        bits |= bit;
    }
    try {
        return re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(source, bits);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new TeamPatternError(message.replace(/^error parsing regexp: /, ''), UNSUPPORTED.test(message));
    }
}
/** A step or command filter: `/source/flags` is a regex; anything else a whole-text glob, case-insensitive. */
function filterRegExp(filter) {
    const re = /^\/(.+)\/([a-z]*)$/s.exec(filter);
    if (re)
        return linearPattern(re[1], re[2]);
    const glob = filter
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return linearPattern(`^${glob}$`, 'is');
}
function compileOne(rule, index) {
    return {
        id: teamRuleId(rule, index),
        rule,
        re: linearPattern(rule.pattern, rule.ignoreCase ? 'i' : ''),
        ...(rule.step !== undefined ? { step: filterRegExp(rule.step) } : {}),
        ...(rule.command !== undefined ? { command: filterRegExp(rule.command) } : {}),
    };
}
/** What is wrong with the rules beyond their shape (the schema checks that): bad regexes, duplicate ids. */
function teamRuleProblems(rules) {
    const problems = [];
    const ids = new Map();
    rules.forEach((rule, index) => {
        const id = teamRuleId(rule, index);
        const earlier = ids.get(id);
        if (earlier !== undefined)
            problems.push({ index, field: 'id', message: `the id '${id}' is also rule ${earlier + 1}'s` });
        ids.set(id, index);
        // The policy retries these types by itself (git alone has a rule for a failure that is not transport).
        if (rule.retryable === false && rule.type !== 'git' && _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TRANSIENT_TYPES */ .ZF.includes(rule.type))
            problems.push({
                index,
                field: 'retryable',
                message: `a ${rule.type} failure is retried by the policy`,
            });
        for (const field of ['pattern', 'step', 'command']) {
            const value = rule[field];
            if (value === undefined || typeof value !== 'string')
                continue;
            // A rule runs on every line of a log a pull request can shape: each is compiled by the linear-time
            // engine it runs on, so what cannot run there is refused here, with the rule named.
            try {
                if (field === 'pattern')
                    linearPattern(value, rule.ignoreCase ? 'i' : '');
                else
                    filterRegExp(value);
            }
            catch (error) {
                const unsupported = error instanceof TeamPatternError && error.unsupported;
                problems.push({
                    index,
                    field,
                    message: error.message,
                    ...(unsupported ? { unsupported } : {}),
                });
            }
        }
    });
    return problems;
}
const compiled = new WeakMap();
/** The rules compiled once per list; a rule that does not compile is left out (the config loader refuses it). */
function compileTeamRules(rules) {
    let out = compiled.get(rules);
    if (!out) {
        const bad = new Set(teamRuleProblems(rules)
            .filter((p) => p.field !== 'id')
            .map((p) => p.index));
        // The rules reach run/ as JSON from main (the file CI_RECOVERY_CONFIG_FILE names): a rule of the wrong
        // shape is left out too, rather than compiled into a pattern that matches every line.
        const usable = (rule, index) => !bad.has(index) &&
            typeof rule.pattern === 'string' &&
            rule.pattern !== '' &&
            _types_js__WEBPACK_IMPORTED_MODULE_2__/* .FAILURE_TYPES */ .fs.includes(rule.type);
        out = rules.flatMap((rule, index) => (usable(rule, index) ? [compileOne(rule, index)] : []));
        compiled.set(rules, out);
    }
    return out;
}
/** Steps recorded per log; past this, lines are not placed in a step (an endless alternation costs no memory). */
const MAX_STEPS = 10_000;
const MAX_NAME_CHARS = 200;
const clipName = (s) => (s.length > MAX_NAME_CHARS ? s.slice(0, MAX_NAME_CHARS) : s).trim();
const GROUP_RUN = '##[group]Run ';
/** A raw job log's post-job lines: what follows belongs to no `Run …` step. */
const POST_JOB = /^(?:\uFEFF?\d{4}-\d\d-\d\dT[\d:.]+Z )?(?:Post job cleanup\.|Cleaning up orphan processes)\s*$/;
const POST_STEP = 'Post job cleanup';
/** A job extension's header (structure.ts EXTENSION_HEADER) and the `shell:` line the runner prints right after it. */
const EXTENSION_COMMAND = /^'[^']+'$/;
const SHELL_LINE = /^(?:\uFEFF?\d{4}-\d\d-\d\dT[\d:.]+Z )?shell: /;
/** gh's step column for a job whose log has no per-step files (the whole job log): its groups tell the steps. */
const GH_UNKNOWN_STEP = 'UNKNOWN STEP';
/** The job and step columns of a `gh run view --log` line (`job<TAB>step<TAB>timestamp text`), if it is one. */
function ghColumns(head) {
    const tab = head.indexOf('\t');
    if (tab < 0 || tab > MAX_NAME_CHARS)
        return undefined;
    const tab2 = head.indexOf('\t', tab + 1);
    if (tab2 < 0 || tab2 - tab > MAX_NAME_CHARS + 1)
        return undefined;
    const text = head.slice(tab2 + 1);
    if (!/^\uFEFF?\d{4}-\d\d-\d\dT/.test(text))
        return undefined;
    return { job: clipName(head.slice(0, tab)), step: clipName(head.slice(tab + 1, tab2)), text };
}
/**
 * Follows the steps of a log line by line: `gh run view --log` / `--log-failed` lines carry the job and step
 * as their first two tab-separated columns; a raw GitHub Actions job log starts each `run:` step with
 * `##[group]Run <command>`. Only each step's start is kept, so memory stays bounded.
 */
class StepTracker {
    starts = [];
    current = {};
    /** Lines from here on are in no known step (MAX_STEPS was reached). */
    overflowFrom = Infinity;
    /** A `Run '<path>'` header: a step of its own unless the next line shows a job extension (structure.ts). */
    extension;
    /** The head of line `line` (the first few hundred characters are enough). */
    line(head, line) {
        const columns = ghColumns(head);
        const text = columns ? columns.text : head;
        const extension = this.extension;
        this.extension = undefined;
        if (extension && !(line === extension.line + 1 && SHELL_LINE.test(text)))
            this.enter(extension.at, extension.line);
        let next = this.current;
        // gh's step column names the step, unless gh had only the whole job log: then its groups tell.
        const named = columns !== undefined && columns.step !== GH_UNKNOWN_STEP;
        const job = columns ? { job: columns.job } : {};
        if (columns && (columns.job !== next.job || (named && columns.step !== next.step)))
            next = named ? { ...job, step: columns.step } : job;
        const group = text.indexOf(GROUP_RUN);
        if (group >= 0 && group <= 40) {
            const command = clipName(text.slice(group + GROUP_RUN.length).replace(/\r$/, ''));
            const step = named ? { ...next, command } : { ...job, step: `Run ${command}`, command };
            if (EXTENSION_COMMAND.test(command))
                this.extension = { line, at: step };
            else
                next = step;
        }
        else if (!named && next.step !== POST_STEP && POST_JOB.test(text)) {
            next = { ...job, step: POST_STEP };
        }
        this.enter(next, line);
        return line >= this.overflowFrom ? {} : this.current;
    }
    enter(next, line) {
        if (next === this.current)
            return;
        this.current = next;
        if (this.starts.length < MAX_STEPS)
            this.starts.push({ line, at: next });
        else
            this.overflowFrom = Math.min(this.overflowFrom, line);
    }
    /** The step line `line` was in, if the log said. */
    stepAt(line) {
        if (line >= this.overflowFrom)
            return {};
        let lo = 0;
        let hi = this.starts.length - 1;
        let found = {};
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const start = this.starts[mid];
            if (start.line <= line) {
                found = start.at;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found;
    }
}
/**
 * Matches team rules line by line and keeps each rule's first hit. A line is tried only on rules whose step
 * and command filters its step satisfies; the step is the log's (gh columns, `Run …` group) or else the
 * caller's. A filter with nothing to test against does not match.
 */
class TeamRuleMatcher {
    rules;
    fallback;
    hits;
    constructor(rules, fallback = {}) {
        this.rules = rules;
        this.fallback = fallback;
        this.hits = new Array(rules.length);
    }
    /** One raw log line (1-based number) and the step it is in. */
    line(raw, line, at) {
        const text = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeLine */ .oY)(raw.length > 2 * _normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE_CHARS */ .yL ? raw.slice(0, 2 * _normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE_CHARS */ .yL) : raw);
        if (!text)
            return;
        this.rules.forEach((rule, i) => {
            if (this.hits[i] || !rule.re.test(text))
                return;
            if (rule.step && !this.names(at).some((name) => rule.step.test(name)))
                return;
            const command = at.command ?? this.fallback.command;
            if (rule.command && (command === undefined || !rule.command.test(command)))
                return;
            this.hits[i] = { line, text };
        });
    }
    names(at) {
        if (at.step !== undefined)
            return [at.step];
        return [this.fallback.step, this.fallback.stage].filter((s) => s !== undefined);
    }
    /** The first rule (in the config's order) that matched, as a verdict; undefined when none did. */
    verdict() {
        const i = this.hits.findIndex((hit) => hit !== undefined);
        const rule = this.rules[i];
        const evidence = this.hits[i];
        if (!rule || !evidence)
            return undefined;
        const { type, retryable } = rule.rule;
        return {
            type,
            confidence: 'high',
            retryable: retryable ?? _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TRANSIENT_TYPES */ .ZF.includes(type),
            rule: `team:${rule.id}`,
            evidence,
        };
    }
}
/** The team rules' verdict on a whole in-memory log, undefined when none matches. */
function teamVerdict(log, rules, fallback = {}) {
    const compiledRules = compileTeamRules(rules);
    if (compiledRules.length === 0)
        return undefined;
    const matcher = new TeamRuleMatcher(compiledRules, fallback);
    const steps = new StepTracker();
    let start = 0;
    for (let n = 1; start <= log.length; n++) {
        const end = log.indexOf('\n', start);
        const raw = log.slice(start, end < 0 ? log.length : end);
        matcher.line(raw, n, steps.line(raw.slice(0, 512), n));
        if (end < 0)
            break;
        start = end + 1;
    }
    return matcher.verdict();
}


/***/ })

};
