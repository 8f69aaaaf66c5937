/**
 * R packages failing as their CI jobs make them fail (issue 68), for classify-real-r.test.ts: Debian's R 4.2.2
 * (`R CMD build`, `R CMD check`, `R CMD INSTALL`, `Rscript`) with Debian's testthat 3.1.6, roxygen2 7.2.3 and knitr
 * 1.42, as r-lib/actions' check-r-package and test steps run them. Each case is a `run:` step in a temporary
 * package (`real-env-run.ts` runEnvCase, `bash -e {0}`), HOME and R_LIBS_USER in it, LANG=C.UTF-8 as on GitHub's
 * Ubuntu runners (so R quotes names with ‘’), CI=true, offline: no case asks CRAN. `type` is TAXONOMY.md's label;
 * `cause` matches the line that states the cause, never the echo, R CMD check's `Status: 1 ERROR` or `* checking
 * tests ... ERROR` heading, testthat's `[ FAIL 1 | ... ]` tally, `Error: Test failures` or `Execution halted`.
 * `passes` marks a look-alike: the step succeeds while printing failure-like words.
 *
 * Decisions (TAXONOMY.md):
 * - A testthat expectation that fails or a test that errors, directly or under `R CMD check`'s tests: `test`.
 * - `R CMD check` refusing the package's documentation or code (undocumented objects, a usage that does not match
 *   the code), turned into a failure by rcmdcheck's `error_on = "warning"` as check-r-package runs it:
 *   `quality-gate`, a checker that judges the code without running it.
 * - A package (or a suggested one) that is not installed when the check or a script needs it (`there is no package
 *   called`, `Package suggested but not available`): `dependency`, the job's dependencies were not resolved.
 * - The package's R code that does not parse when R installs it, C code that does not compile: `build`.
 * - A DESCRIPTION that is not valid DCF, a package that requires a newer R than the job's: `config`, the
 *   project's build configuration or the tool's version refuses the job.
 * - roxygen2's documentation out of date against the sources (`git diff --exit-code` after `roxygenise()`):
 *   `quality-gate`, as TAXONOMY's "generated files up to date".
 * - A vignette or R Markdown whose code errors while knitr runs it: `build` (a docs build that is a compile).
 */
import type { BatteryCase } from './real-battery.js';

const R = ['Rscript', 'R'];

const DESCRIPTION = (more = ''): string =>
  'Package: mypkg\nTitle: A Package Under Test\nVersion: 0.1.0\n' +
  'Authors@R: person("Ada", "Lovelace", email = "ada@example.org", role = c("aut", "cre"))\n' +
  'Description: Adds numbers, for the checks of a continuous integration job.\n' +
  'License: MIT + file LICENSE\nEncoding: UTF-8\nSuggests: testthat (>= 3.0.0)\n' +
  `Config/testthat/edition: 3\n${more}`;

/** A small package: one exported, documented function, a testthat suite whose tests are `tests`. */
const pkg = (tests: string, files: Record<string, string> = {}): Record<string, string> => ({
  // The job's own library (R_LIBS_USER), so that R CMD INSTALL never writes into the machine's.
  '.Rlib/.keep': '',
  '.Rbuildignore': '^\\.Rlib$\n',
  DESCRIPTION: DESCRIPTION(),
  LICENSE: 'YEAR: 2024\nCOPYRIGHT HOLDER: Ada Lovelace\n',
  NAMESPACE: 'export(add)\n',
  'R/add.R': 'add <- function(x, y) x + y\n',
  'man/add.Rd':
    '\\name{add}\n\\alias{add}\n\\title{Add two numbers}\n\\usage{add(x, y)}\n' +
    '\\arguments{\\item{x}{a number}\\item{y}{a number}}\n\\value{their sum}\n' +
    '\\description{Adds two numbers.}\n\\examples{add(1, 2)}\n',
  'tests/testthat.R': 'library(testthat)\nlibrary(mypkg)\ntest_check("mypkg")\n',
  'tests/testthat/test-add.R': tests,
  ...files,
});

/** add() with roxygen2 comments; `more` adds tags before `@return`. */
const roxygenAdd = (more: string): string =>
  "#' Add two numbers\n#'\n#' @param x a number\n#' @param y a number\n" +
  `${more}#' @return their sum\n#' @export\nadd <- function(x, y) x + y\n`;

const PASSING = 'test_that("add adds", {\n  expect_equal(add(1, 2), 3)\n})\n';

/** check-r-package's step, as r-lib/actions/check-r-package runs rcmdcheck (its action.yaml). */
const RCMDCHECK =
  'Rscript -e \'rcmdcheck::rcmdcheck(args = c("--no-manual", "--as-cran", "--no-tests"), build_args = "--no-manual", error_on = "warning", check_dir = "check")\'';
const CHECK = 'R CMD build --no-manual --no-build-vignettes .\nR CMD check --no-manual mypkg_0.1.0.tar.gz';

export const R_CASES: readonly BatteryCase[] = [
  {
    name: 'testthat, an expectation that fails',
    needs: R,
    files: pkg('test_that("add adds", {\n  expect_equal(add(1, 1), 3)\n})\n'),
    run: "Rscript -e 'testthat::test_local(stop_on_failure = TRUE)'",
    type: 'test',
    cause: /Failure \('test-add\.R:2'\): add adds/,
  },
  {
    name: 'testthat, a test that throws an error',
    needs: R,
    files: pkg(
      'test_that("add reads a file", {\n  x <- readRDS("fixtures/sums.rds")\n  expect_equal(add(x, 1), 2)\n})\n',
    ),
    run: "Rscript -e 'testthat::test_local(stop_on_failure = TRUE)'",
    type: 'test',
    cause: /Error \('test-add\.R:2'\): add reads a file/,
  },
  {
    name: 'R CMD check, a failing test under tests/',
    needs: R,
    files: pkg('test_that("add adds", {\n  expect_equal(add(2, 2), 5)\n})\n'),
    run: CHECK,
    type: 'test',
    cause: /Failure \('test-add\.R:2'\): add adds/,
  },
  {
    name: 'rcmdcheck error_on warning, an undocumented export',
    needs: R,
    files: pkg(PASSING, {
      NAMESPACE: 'export(add)\nexport(sub2)\n',
      'R/sub2.R': 'sub2 <- function(x, y) x - y\n',
    }),
    run: RCMDCHECK,
    type: 'quality-gate',
    cause: /Undocumented code objects|checking for missing documentation entries \.\.\. WARNING/,
  },
  {
    name: 'rcmdcheck error_on warning, a usage that does not match the code',
    needs: R,
    files: pkg(PASSING, { 'R/add.R': 'add <- function(x, y, z = 0) x + y + z\n' }),
    run: RCMDCHECK,
    type: 'quality-gate',
    cause: /Codoc mismatches from documentation object 'add'|code\/documentation mismatches \.\.\. WARNING/,
  },
  {
    name: 'R CMD check, a suggested package that is not installed',
    needs: R,
    files: pkg(PASSING, {
      DESCRIPTION: DESCRIPTION().replace(
        'Suggests: testthat (>= 3.0.0)',
        'Suggests: testthat (>= 3.0.0), covrpatch',
      ),
    }),
    run: CHECK,
    type: 'dependency',
    cause: /Package suggested but not available: .covrpatch./,
  },
  {
    name: 'Rscript, library() of a package that is not installed',
    needs: R,
    files: pkg(PASSING, { 'scripts/report.R': 'library(ggplot3)\ncat("report\\n")\n' }),
    run: 'Rscript scripts/report.R',
    type: 'dependency',
    cause: /there is no package called .ggplot3./,
  },
  {
    name: 'R CMD INSTALL, R code that does not parse',
    needs: R,
    files: pkg(PASSING, { 'R/add.R': 'add <- function(x, y) {\n  x + y\n\n' }),
    run: 'R CMD INSTALL --no-test-load .',
    type: 'build',
    cause: /unexpected end of input|unable to collate and parse R files/,
  },
  {
    name: 'R CMD INSTALL, C code that does not compile',
    needs: [...R, 'gcc'],
    files: pkg(PASSING, {
      'src/fast.c': '#include <R.h>\n#include <Rinternals.h>\nSEXP fast_add(SEXP x) {\n  return x +;\n}\n',
    }),
    run: 'R CMD INSTALL --no-test-load .',
    type: 'build',
    cause: /fast\.c:\d+:\d+: error: /,
  },
  {
    name: 'R CMD build, a DESCRIPTION that is not valid DCF',
    needs: R,
    files: pkg(PASSING, { DESCRIPTION: DESCRIPTION().replace('Encoding: UTF-8\n', 'Encoding UTF-8\n') }),
    run: 'R CMD build --no-manual .',
    type: 'config',
    cause: /not in valid DCF format|contains a blank line|Malformed DESCRIPTION/,
  },
  {
    name: 'R CMD INSTALL, a package that requires a newer R',
    needs: R,
    files: pkg(PASSING, { DESCRIPTION: `${DESCRIPTION()}Depends: R (>= 9.1.0)\n` }),
    run: 'R CMD INSTALL --no-test-load .',
    type: 'config',
    cause: /this R is version 4\.\d+\.\d+, package 'mypkg' requires R >= 9\.1\.0/,
  },
  {
    name: 'roxygen2, documentation out of date (git diff --exit-code)',
    needs: [...R, 'git'],
    files: pkg(PASSING, {
      DESCRIPTION: `${DESCRIPTION()}RoxygenNote: 7.2.3\n`,
      'R/add.R': roxygenAdd(''),
      'next/add.R': roxygenAdd("#' @param z a third number\n").replace(
        'function(x, y)',
        'function(x, y, z = 0)',
      ),
    }),
    // The documentation made and committed, then a change to the code whose documentation was not remade.
    setup:
      "rm -f NAMESPACE man/add.Rd && Rscript -e 'roxygen2::roxygenise()' >/dev/null 2>&1\n" +
      'git init -q . && git add -A && git -c user.email=a@b.c -c user.name=ci commit -qm docs\n' +
      'cp next/add.R R/add.R && git -c user.email=a@b.c -c user.name=ci commit -qam "add z"',
    run: "Rscript -e 'roxygen2::roxygenise()'\ngit diff --exit-code",
    type: 'quality-gate',
    cause: /^diff --git a\/man\/add\.Rd b\/man\/add\.Rd$/,
  },
  {
    name: 'knitr, an R Markdown chunk that throws',
    needs: R,
    files: pkg(PASSING, {
      'vignettes/intro.Rmd':
        '---\ntitle: Intro\n---\n\n```{r}\nx <- read.csv("data/sums.csv")\nsum(x$total)\n```\n',
    }),
    // rmarkdown::render's chunk default (error = FALSE), which knit() alone does not set.
    run: 'Rscript -e \'knitr::opts_chunk$set(error = FALSE); knitr::knit("vignettes/intro.Rmd", output = tempfile(fileext = ".md"))\'',
    type: 'build',
    cause: /^Error in file\(file, "rt"\) : cannot open the connection$/,
    left: {
      type: 'unknown',
      causeShown: false,
      why: 'R\'s own `Error in file(file, "rt") : cannot open the connection` names no tool, and knitr 1.42 alone prints no `Quitting from lines` (rmarkdown, not installed here, does): nothing in the step says a document was being built',
    },
  },
  {
    name: 'testthat, a snapshot that no longer matches',
    needs: R,
    files: pkg('test_that("add prints", {\n  expect_snapshot(print(add(1, 2)))\n})\n', {
      'tests/testthat/_snaps/add.md':
        '# add prints\n\n    Code\n      print(add(1, 2))\n    Output\n      [1] 4\n\n',
    }),
    run: "Rscript -e 'testthat::test_local(stop_on_failure = TRUE)'",
    type: 'test',
    cause: /Failure \('test-add\.R:2'\): add prints/,
  },
  {
    name: 'R CMD check, a failing test and an undocumented export',
    needs: R,
    files: pkg('test_that("add adds", {\n  expect_equal(add(2, 2), 5)\n})\n', {
      NAMESPACE: 'export(add)\nexport(sub2)\n',
      'R/sub2.R': 'sub2 <- function(x, y) x - y\n',
    }),
    run: CHECK,
    type: 'test',
    cause: /Failure \('test-add\.R:2'\): add adds/,
  },
  {
    name: 'install.packages of a package the repository lacks (passes, warning)',
    needs: R,
    passes: true,
    files: pkg(PASSING, { 'repo/src/contrib/PACKAGES': '' }),
    run: 'Rscript -e \'install.packages("ggplot3", repos = paste0("file://", getwd(), "/repo"))\'',
    type: 'dependency',
    cause: /package .ggplot3. is not available/,
  },
  {
    name: 'testthat, skips and a warning, passing',
    needs: R,
    passes: true,
    files: pkg(
      'test_that("add warns on characters", {\n  expect_warning(warning("coercion"))\n})\n' +
        'test_that("network error is reported", {\n  skip("Error: no network on CI")\n})\n' +
        'test_that("error handling works", {\n  expect_error(stop("Error: boom"), "boom")\n})\n',
    ),
    run: "Rscript -e 'testthat::test_local(stop_on_failure = TRUE)'",
    type: 'test',
    cause: /\[ FAIL 0 \| WARN 0 \| SKIP 1 \| PASS 2 \]/,
  },
  {
    name: 'R CMD check with a NOTE only (passes)',
    needs: R,
    passes: true,
    files: pkg(PASSING, { 'notes.txt': 'a stray file at the top\n' }),
    run: CHECK,
    type: 'quality-gate',
    cause: /Status: \d NOTEs?|Status: OK/,
  },
  {
    name: 'Rscript, tryCatch printing an Error and going on (passes)',
    needs: R,
    passes: true,
    files: pkg(PASSING),
    run: 'Rscript -e \'tryCatch(stop("there is no package called ‘ggplot3’"), error = function(e) message("Error: ", conditionMessage(e), " (optional)")); cat("done\\n")\'',
    type: 'dependency',
    cause: /^Error: there is no package called/,
  },
];
