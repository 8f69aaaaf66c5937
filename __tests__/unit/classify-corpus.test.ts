/**
 * What is measured on the whole labelled corpus, from one scan of it (bench/lopo.ts prepareHoldOut, as npm run
 * eval:classify scans it): the leave-one-project-out floors, verdicts weighed as for a project never seen, and
 * rules/weights.json and rules/fallback-model.json as npm run weights:classify and train:classify make them
 * (never edited by hand). Scanning the 1422 logs is most of what these tests cost: once, not once per file.
 */
import {
  classify,
  defaultRuleSet,
  evidencePieces,
  measureWeights,
  scanText,
  weightOf,
} from '../../src/core/classify/index.js';
import type { FallbackModelFile } from '../../src/core/classify/fallback.js';
import { trainFallback } from '../../src/core/classify/fallback-train.js';
import { recallPerType } from '../../bench/eval-classify.js';
import { evaluateHeldOut, prepareHoldOut, summarize, type HoldOut } from '../../bench/lopo.js';
import modelFile from '../../rules/fallback-model.json' with { type: 'json' };
import hintFile from '../../rules/hint-precision.json' with { type: 'json' };
import { measureHints } from '../../bench/hints.js';
import weightFile from '../../rules/weights.json' with { type: 'json' };
import { corpus, corpusLogText, describeIfCorpus } from '../corpus.js';

describeIfCorpus('the labelled corpus, scanned once', () => {
  let context: HoldOut;
  beforeAll(async () => {
    context = await prepareHoldOut(corpus);
  }, 300_000); // 123 s at load 15 (a rehearsal of the README's npm test beside .ci/run); 47 s in the unit suite at load 2

  describe('leave-one-project-out over the labelled corpus', () => {
    // The figures npm run eval:classify reports on the whole corpus (1567 logs, 1332 failures, 235 passing logs);
    // a change that lowers any of them fails here: the floor, not the target (issue 25 sets the targets).
    // Evidence comes only from the step that failed the job (structure.ts) and is weighed by its measured
    // precision (weigh.ts, weights recomputed without each held-out project): LOPO 726/932 (was 722),
    // high-confidence precision 97.9 % (was 93.2 %), no passing log claimed above low (10 were claimed high),
    // look-alikes retried 3/857 (was 9), transient retried 28/48 (was 29), macro recall 66.9 %. The transient
    // shapes from the tools' own sources (client-network-error, ci-pod-lost, no-activity-watchdog): LOPO 734,
    // transient retried 36/48, look-alikes still 3/857, macro recall 69.2 %, GitHub Actions 53/78 (was 51). Rules
    // written from the tools' own output formats (pytest -v, Pester, R CMD check, MSVC, testthat, ...) on top:
    // LOPO 751, macro recall 69.6 %, GitHub Actions 55/78. Rules proven on their tools' published text (kept when
    // the one project using the tool is left out), named make targets and npm scripts, and the config,
    // transient, quality-gate, dependency, test-runner and build-tool coverage written from the tools' sources:
    // LOPO 780, macro recall 73.7 %, transient retried 37/48, GitHub Actions 58/78, tool samples 44/49. A cause
    // outranks the wrapper of the last error block only when it is in that block too or is a kill (weigh.ts):
    // LOPO 783, GitHub Actions 59/78, the other figures as they were. SwiftLint's rule proven on SwiftLint's own
    // test output, so it stays when the one project using it is left out: LOPO 787, macro recall 73.9 %. Seven more
    // rules proven on their tools' own text (conda, CocoaPods, NuGet in MSBuild's format, R, karma, Psych/libyaml,
    // the Actions runner's cancellation), each kept when its one project is left out: LOPO 815, macro recall
    // 87.5 % (cancelled 2/2 alone lifts it 9 points), transient retried 40/48, GitHub Actions 61/78. The Erlang
    // compiler's errors (no 'error' word; proven on OTP's compile.erl formats): LOPO 820, macro recall 87.9 %.
    // BuildKit's blob fetch failure (containerd's fetcher), git-state proven on git's own messages (kept when the
    // GitHub Actions logs are held out), and a network error git said it would retry not deciding: LOPO 823,
    // macro recall 88.6 %, transient retried 42/48, look-alikes 2/857, GitHub Actions 64/78. lintrunner's general
    // linter failure (its own linter.rs and render.rs): LOPO 824, macro recall 88.7 %, GitHub Actions 65/78.
    // exunit-ct, deps-native, rspec-minitest, pester-failed, xctest, link-check, jest-mocha and r-cmd-check proven
    // on their tools' own text, and the awesome_bot, markdownlint, perlcritic, standard and linkinator lexicon
    // entries on their documented commands, so they stay when the LogChunks logs are held out: leave-one-source-out
    // logchunks 674/797 (was 559), all sources 778/932 (was 663); LOPO and GitHub Actions as they were. A failed
    // step that ends on a unified diff (git diff --exit-code, a formatter's --diff check; rule unified-diff, a
    // block rule proven on git's and black's own output): LOPO 832, macro recall 89.0 %, logchunks held out 682,
    // all sources 786, GitHub Actions as it was. Emacs package.el's unsatisfiable requirement (proven on package.el's
    // own format strings): LOPO 836, macro recall 89.6 %, logchunks held out 686, all sources 790. GNU make asked for
    // a target its makefile lacks (proven on make's own test suite): LOPO 837, logchunks 687, all sources 791. R CMD
    // check's `Running the tests in 'x' failed.` (R's check.R), the line that stands for the step's ERROR when R
    // prints it on a line of its own: LOPO 840, logchunks 690, all sources 794. Ubuntu's command-not-found handler
    // (its own CommandNotFound.py): LOPO 841, macro recall 90.0 %, logchunks 691, all sources 795. CocoaPods' lint
    // reporting xcodebuild's compile errors (its validator.rb): LOPO 842, logchunks 692, all sources 796. PyTorch's
    // CI harness in its own words (test/run_test.py's `<file> <shard>/<n> failed!` and its --keep-going tip, the
    // dynamo benchmark checks' FAIL lines, verify_dynamo.py's sanity check): LOPO 847, macro recall 90.2 %, pytorch
    // held out 34/40 (was 29), all sources 801, GitHub Actions 70/78 (was 65); they fire in pytorch's logs alone.
    // trymerge.py's ghstack commit check (quality-gate): LOPO 848, pytorch 35/40, all sources 802, GitHub Actions 71/78.
    // The corpus grew to 1422 logs (1231 failures, 191 passing): the floors reset on the whole of it as measured.
    // Two rules made stricter where they fired in passing logs (deps-native no longer takes CMake's `-- Could NOT
    // find` status line of an optional package; gha-action-missing only at a line's start, where the runner
    // prints it), a log that says the job passed gives no rule evidence (evidence-pieces.ts scopeOf; d0295, a failed
    // job whose log lacks the runner's error line, now reads as passed and loses its git verdict), and a `gh run view
    // --log` file of several jobs is read job by job, a job only cancelled by fail-fast deciding only when no
    // other failed (structure.ts): LOPO 1076/1231, macro recall 79.4 %, high 485/492, transient retried 44/56,
    // look-alikes 2/1139, GitHub Actions held out 163/185, logchunks held out 680/797, all sources 1041/1231,
    // tool samples 44/49. Phrases in the case tools print them (disk-full in any case, network's connection phrases
    // lowercase as Go prints them), Travis's older watchdog wording ('No output has been received in the last 10
    // minutes') and DataKit-CI's 'Failed: Exceeded timeout of N minutes' (ci-platform-time-limit): LOPO 1081/1231,
    // macro recall 81.8 %, transient retried 47/56, datakit held out 8/8 (was 4), all sources 1046/1231. Ant's task
    // column (`    [javac] `, Gradle's `[ant:checkstyle] `) stripped before matching (normalize.ts): LOPO 1083/1231,
    // macro recall 82.0 %, high 482/489, bugswarm held out 196/212 (was 194), all sources 1048/1231. A count of zero
    // is no finding (`You have 0 Checkstyle violations.`, `Failed 0/3`, `(0 FAILED)`, `Status: 0 ERRORs` and the like
    // need a count from 1), and the coverage-threshold line weighed as its own rule instead of inside lint-other
    // (it stands beside failed tests, whose run covered less): LOPO 1083/1231 (d0228 right, d0791 wrong), macro
    // recall 82.0 %, high 485/495, pytorch held out 34/40 (was 33), logchunks 680/797, all sources 1049/1231. Every
    // failed step a candidate: when the first failed step of a GitHub Actions job says nothing known, the next that
    // failed the job decides (a step run after a failure: continue-on-error or if: always()): LOPO 1086/1231,
    // macro recall 82.3 %, high 488/498, transient retried 48/56, GitHub Actions held out 166/185 (was 163),
    // gha-committed 33/58 (was 31), all sources 1052/1231. Tool families of GitHub Actions jobs of 2025-26 (solc and
    // forge, argparse and pytest usage errors, Gradle's Kotlin DSL script errors, each proven on the tool's own text),
    // a diff's `+++ b/file` header no set -x trace, and a tool's line in the last error block deciding over the
    // command's word: LOPO 1091/1231, macro recall 82.6 %, high 488/498, gha-committed held out 38/58 (was 33), all
    // sources 1057/1231. A step typed past its script's set-up lines and `runtests.py` read as a test script: LOPO
    // 1095/1231, GitHub Actions held out 169/185, gha-committed held out 40/58, all sources 1061/1231. Lines that
    // name the failed command (Node's `Command failed: <cmd>`, pnpm's ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL), tsc
    // --noEmit and type-check scripts proven on their tools' own text, and pytest's documented usage-error status:
    // LOPO 1099/1231, macro recall 82.8 %, high 548/557 (compiler-error@end now measured above 0.95), GitHub Actions
    // held out 170/185, gha-committed held out 44/58, GHA whole jobs 2025-26 44/57, all sources 1065/1231. The tools'
    // own words for transient, config, time-limit, dependency and gate failures: LOPO 1101/1231. The learned fallback
    // (fallback.ts), a model per fold: LOPO 1102/1231 (d0738 right), nothing right turned wrong. A step the runner
    // cancelled, and that alone, decides cancelled: LOPO 1103/1231, macro recall 85.1 %, gha-committed held out
    // 45/58, GHA whole jobs 2025-26 45/57 (d1410 right), nothing else moved. A linter that Maven says failed makes
    // its step's compiler-shaped lines its findings: LOPO 1104/1231 (d1314 right), GitHub Actions held out 172/185,
    // all sources 1070/1231, nothing right turned wrong. Node's word that a package's "type": "module" made a file
    // an ES module, and Maven's licence-header plugins and javadoc proven on their own documentation: LOPO 1107/1231
    // (d1135, d1303, d1316 right), GitHub Actions held out 173/185, gha-committed held out 46/58, GHA whole jobs
    // 2025-26 46/57, all sources 1073/1231, nothing else moved. javac's word that the JDK lacks the release the
    // project asks for: LOPO 1108/1231 (d1335 right), GitHub Actions held out 174/185, all sources 1074/1231. A
    // test file that ts-jest could not compile is a test that failed to load: LOPO 1109/1231 (d1249 right), GitHub
    // Actions held out 175/185, gha-committed held out 47/58, GHA whole jobs 2025-26 47/57, all sources 1075/1231.
    // Prisma's word that the database lacks a table of the schema (a job that never migrated it): LOPO 1110/1231
    // (d1400 right), gha-committed held out 48/58, GHA whole jobs 2025-26 48/57, all sources 1076/1231.
    // The fourth round's 145 logs (d1423-d1567, 101 failures, 44 passing) joined the corpus: their failures are
    // whole GitHub Actions jobs of 2023-26 that nothing here was written from, and they pull every view down
    // (the classifier of dd5c84c typed 72.3 % of them right). Reset on the whole corpus, after the console-garbled
    // byte order mark was read as one (normalize.ts BOM) and a Dockerfile's missing COPY source became build
    // (docker-copy-source-missing, as d1498's labellers read it): LOPO 1190/1332 (89.3 %), macro recall 83.9 %, high
    // 588/598, GitHub Actions held out 282/329, gha-committed held out 116/157, GHA whole jobs 2025-26 114/154,
    // all sources 1157/1332, transients retried 51/60, look-alikes retried 1/1233.
    // The fourth round's misses in their tools' own words (16 rules written from the tools' sources: a bash syntax
    // error, an unreadable keystore or SSH key, a release API's 401/403, clap's usage errors, a pinned download's
    // 404, Gradle's and Android's own wording, ...), precedence as data (`outranks`): LOPO 1207/1332 (90.6 %), macro
    // recall 85.5 %, GitHub Actions held out 298/329, gha-committed held out 133/157, GHA whole jobs 2025-26
    // 131/154, all sources 1173/1332, transients retried 52/60. Every log these moved was read while writing its rule.
    // A rule-less hint (the step's or the job's name, the learned fallback) decides only a type it was measured
    // right on at least 80 % of the times it spoke, held out (rules/hint-precision.json): a withheld hint is
    // unknown, which counts as wrong here. LOPO 1201/1332 (90.2 %), macro recall 85.1 %, low-confidence claims
    // right 65.7 % (was 58 %), GitHub Actions held out 295/329, gha-committed held out 130/157, logchunks held
    // out 691/797, GHA whole jobs 2025-26 128/154, all sources 1169/1332.
    // Issue 68's mechanisms written from the shells', make's, coreutils', the archivers', botocore's and the build
    // tools' own text (eight rules) moved no corpus verdict; a step the runner cancelled 360 minutes after the job
    // began is the default time limit (evidence-pieces.ts elapsedPiece): LOPO 1202/1332 (d1550 right, not read while
    // writing it), transients retried 53/60, GitHub Actions held out 296/329, gha-committed held out 131/157, GHA
    // whole jobs 2025-26 129/154, all sources 1170/1332, nothing right turned wrong.
    test('at least 1202/1332 failures typed right, high confidence right >= 98%, no pass log claimed above low', () => {
      // No ablation: it reads none of it (npm run eval:classify prints it).
      const { outcomes, tools, byGitHubActions, bySource, byRecentWholeJobs } = evaluateHeldOut(
        corpus,
        context,
        undefined,
        { ablate: false },
      );
      const s = summarize(outcomes);
      // The tool output samples of corpus/tools (tools the labelled logs mostly lack) typed as tools.csv says.
      expect(tools.filter((t) => t.sample.types.includes(t.verdict.type)).length).toBeGreaterThanOrEqual(44);
      expect(s.failures).toBe(1332);
      expect(s.lopoRight).toBeGreaterThanOrEqual(1202);
      expect(s.precision.high.right / s.precision.high.claims).toBeGreaterThanOrEqual(0.98);
      const passClaims = outcomes.filter(
        (o) => o.label.type === 'pass' && o.lopo.type !== 'unknown' && o.lopo.confidence !== 'low',
      );
      expect(passClaims.map((o) => o.label.id)).toEqual([]);
      expect(s.transient.retried).toBeGreaterThanOrEqual(53);
      expect(s.deterministic.retried).toBeLessThanOrEqual(2);
      expect(recallPerType(outcomes).macro).toBeGreaterThanOrEqual(0.85);
      // GitHub Actions logs scored with nothing learnt from any of them: 230 failures since the view takes the
      // `gh run view --log` logs too (it took 185 before: 209 right at baba8c4, 211 with d1249 and d1400).
      const gha = summarize(byGitHubActions);
      expect(gha.failures).toBe(329);
      expect(gha.lopoRight).toBeGreaterThanOrEqual(296);
      // Each source scored with nothing learnt from it (leave-one-source-out).
      expect(
        summarize(bySource.filter((o) => o.label.source === 'logchunks')).lopoRight,
      ).toBeGreaterThanOrEqual(691);
      expect(
        summarize(bySource.filter((o) => o.label.source === 'gha-committed')).lopoRight,
      ).toBeGreaterThanOrEqual(131);
      expect(summarize(bySource).lopoRight).toBeGreaterThanOrEqual(1170);
      // The whole GitHub Actions job logs of 2025-26, held out together: the logs most like a user's job.
      expect(summarize(byRecentWholeJobs).lopoRight).toBeGreaterThanOrEqual(129);
    }, 120_000);
  });

  describe('weighing on real logs, as for a project never seen', () => {
    test('terraform, held out: `go test` failed on a package that did not build, the build error is the cause', () => {
      // d0823: the failed step runs `go test ./...` (a test command) and go prints `FAIL <pkg> [build failed]`.
      // Weighed as for a project never seen: weights measured without any hashicorp/terraform log, where the
      // go-test command outweighs the build line and only the cause ranking puts the build first. The compiler's
      // own line ('undefined: ...', go-compile-error) is the build piece the verdict names, above go's summary.
      const log = corpusLogText('d0823');
      const weights = measureWeights(context.weighed.filter((s) => s.project !== 'hashicorp/terraform'));
      const ruleSet = { ...defaultRuleSet(), weights };
      const scan = scanText(log, ruleSet);
      const pieces = evidencePieces(scan, ruleSet, scan.command);
      const test = pieces.find((p) => p.type === 'test');
      const build = pieces.find((p) => p.type === 'build');
      expect(test && build && weightOf(test, weights) > weightOf(build, weights)).toBe(true);
      expect(classify({ log }, ruleSet)).toMatchObject({
        type: 'build',
        rule: 'go-compile-error',
        step: 'Run go test ./...',
      });
    });

    /** The verdict on a corpus log as for a project never seen: weights measured without its project's logs. */
    function heldOut(id: string, project: string): ReturnType<typeof classify> {
      const weights = measureWeights(context.weighed.filter((s) => s.project !== project));
      return classify({ log: corpusLogText(id) }, { ...defaultRuleSet(), weights });
    }

    test('a cause the step went on past does not outrank the failing tests of its last error block', () => {
      // d0318: `mvn test` logs logback's `|-INFO ... Could NOT find resource [logback-test.xml]` (deps-native,
      // a dependency cause of tests) 1,000 lines before the failing tests and surefire's summary at the exit.
      expect(heldOut('d0318', 'iluwatar@java-design-patterns')).toMatchObject({
        type: 'test',
        step: 'mvn test -B',
      });
      // d0606: Rails' ci/travis.rb runs one suite after another; Bundler's `could not find compatible versions`
      // in one of them is 750 lines before the failing tests that end the step.
      expect(heldOut('d0606', 'rails@rails')).toMatchObject({ type: 'test', step: 'ci/travis.rb' });
    });

    test('a kill far before the exit still outranks the failures it leaves behind', () => {
      // d0934: the harness kills Firefox after 370 s with no output (a time limit); the crash and the failed
      // result at the end are what the kill left, 97,000 lines later.
      expect(heldOut('d0934', 'mozilla/firefox')).toMatchObject({ type: 'timeout' });
    });

    test('rules/weights.json is what npm run weights:classify measures on the corpus', () => {
      expect(weightFile.failures).toBe(context.weighed.length);
      expect(weightFile.weights).toEqual(measureWeights(context.weighed));
    });
  });

  describe('the rule-less hints', () => {
    test('rules/hint-precision.json is what npm run hints:classify measures on the corpus', () => {
      expect(hintFile.hints).toEqual(measureHints(context));
    }, 120_000);
  });

  describe('the learned fallback', () => {
    test('rules/fallback-model.json is what npm run train:classify makes of the corpus', () => {
      const { why: _why, ...file } = modelFile as FallbackModelFile;
      expect(trainFallback(context.lines)).toEqual(file);
    });
  });
});
