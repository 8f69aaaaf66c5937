/**
 * Documentation builds and link checks failing as a project's docs job makes them fail (issue 68, the DOCS lane),
 * for classify-real-docs.test.ts: Sphinx (-W --keep-going, autodoc, its linkcheck builder), MkDocs (--strict),
 * Hugo, Jekyll, Doxygen (WARN_AS_ERROR), Asciidoctor (--failure-level) and linkchecker from Debian (bookworm:
 * Sphinx 5.3, MkDocs 1.4, Hugo 0.111, Jekyll 4.3, linkchecker 10). Each case is a `run:` step in a temporary
 * project (`real-env-run.ts` runEnvCase, `bash -e {0}`), HOME in that project, offline. A linked site is a server
 * the test starts on this machine's outward address (`misbehaving-server.ts`): `@DEAD@` answers 404, `@DOWN@` 503,
 * `@HANG@` never answers, `@REFUSED@` is a port with nothing listening; a case's setup writes the URL into its
 * files. `type` is TAXONOMY.md's label; `cause` matches the line that states the cause, never the echo, a tally
 * (`build finished with problems`, `Aborted with N warnings`, linkchecker's `N errors found`) or the runner's exit
 * line where a cause line exists. `passes` marks a look-alike: the step succeeds and must not be typed a failure.
 *
 * Decisions (TAXONOMY.md is silent on docs beyond "docs build that is a compile" under build):
 * - A docs source the builder refuses (a toctree entry or nav page that is not there, an undefined label, an
 *   unknown directive, a template or Liquid error, a missing include, an undocumented parameter under
 *   WARN_AS_ERROR) is `build`, also where only -W, --strict, --panicOnWarning, WARN_AS_ERROR or --failure-level
 *   made the warning fatal: the job built the docs and the build failed on its source, as -Werror is `build` in
 *   the C/C++ battery (the corpus labels `warnings being treated as errors` build). It is not a quality gate: the
 *   builder did not judge the text's style, it could not make the output the project asked for.
 * - The docs tool refusing its own configuration (no conf.py, a syntax error in conf.py or mkdocs.yml or
 *   _config.yml or hugo's config, a required key missing, an unknown builder) is `config`; so is a theme, plugin or
 *   extension the configuration names that is not installed in the job (TAXONOMY's "command not found for a tool
 *   the config expects": nothing failed to resolve or install, the job never installed it).
 * - Sphinx 5.3's linkcheck ignores a 503 itself (sphinx/builders/linkcheck.py check_uri: 'We'll take "Service
 *   Unavailable" as ignored'): its 503 case is a look-alike, the check passes printing the 503.
 * - A link check that finds a dead link (404) is `quality-gate`, not retried: it judges the docs without building
 *   them, as the corpus labels html-proofer's and awesome_bot's failed links (d0017, d0006), and a retry finds the
 *   link as dead. One whose only failures are the linked site answering 5xx, timing out or refusing the connection
 *   is `network`, retried: a person reading `503 Service Unavailable` on someone else's site labels the job by
 *   that outside service's outage (TAXONOMY lists HTTP 5xx and timed-out connections as network), and the same
 *   commit passes when the site is back. Where a dead link and a 5xx are both reported, the dead link decides.
 * - autodoc failing to import the documented module (its own import of a package the docs job did not install)
 *   is `build`: the docs build failed on the project's source; Sphinx reports it as a warning -W made fatal.
 */
import type { BatteryCase } from './real-battery.js';

/** Writes the local servers' URLs into a case's files (setup: not part of the step's log). */
const urls = (...files: string[]): string =>
  files
    .map(
      (f) =>
        `sed -i -e "s|@DEAD@|$DEAD_URL|g" -e "s|@DOWN@|$DOWN_URL|g" -e "s|@HANG@|$HANG_URL|g" -e "s|@REFUSED@|$REFUSED_URL|g" ${f}`,
    )
    .join('\n');

const SPHINX = ['sphinx-build'];
const CONF = "project = 'app'\nextensions = []\nexclude_patterns = ['_build']\n";
const INDEX = (body: string): string => `App\n===\n\n${body}\n`;
const sphinx = (index: string, conf = CONF, more: Record<string, string> = {}): Record<string, string> => ({
  'docs/conf.py': conf,
  'docs/index.rst': index,
  ...more,
});
const SPHINX_W = 'sphinx-build -W --keep-going -b html docs docs/_build/html';
const LINKCHECK_CONF = `${CONF}linkcheck_timeout = 2\nlinkcheck_retries = 1\nlinkcheck_workers = 1\n`;
const SPHINX_LINKCHECK = 'sphinx-build -b linkcheck docs docs/_build/linkcheck';

const MKDOCS = ['mkdocs'];
const mkdocs = (yml: string, pages: Record<string, string>): Record<string, string> => ({
  'mkdocs.yml': yml,
  ...Object.fromEntries(Object.entries(pages).map(([p, text]) => [`docs/${p}`, text])),
});

const HUGO = ['hugo'];
const HUGO_CONFIG =
  "baseURL = 'https://example.org/'\ntitle = 'App'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n";

const JEKYLL = ['jekyll'];
const JEKYLL_CONFIG = 'title: App\nexclude: [bin, .config, .cache, .gnupg, _temp]\n';
const JEKYLL_BUILD = 'jekyll build --trace';

const LINKCHECKER = ['linkchecker'];
/**
 * linkchecker run as root (this machine, not a runner) drops to `nobody` (linkcheck/__init__.py drop_privileges,
 * 'Running as root user; dropping privileges'): the project must be readable to it, as a runner's checkout is.
 */
const READABLE = 'chmod -R a+rX .';
const LINKCHECKER_RUN = 'linkchecker --no-status --check-extern --timeout 3 site/index.html';
const page = (...links: string[]): string =>
  `<!DOCTYPE html><html><head><title>App</title></head><body>${links
    .map((l) => `<a href="${l}">${l}</a>`)
    .join('\n')}</body></html>\n`;

export const DOCS_CASES: BatteryCase[] = [
  // Sphinx: -W --keep-going turning warnings into a failed build
  {
    name: 'sphinx-build -W: a toctree entry naming a page that is not there',
    type: 'build',
    needs: SPHINX,
    run: SPHINX_W,
    files: sphinx(INDEX('.. toctree::\n\n   install\n   usage\n'), CONF, {
      'docs/install.rst': 'Install\n=======\n',
    }),
    cause: /toctree contains reference to nonexisting document 'usage'/,
  },
  {
    name: 'sphinx-build -W: an undefined label on a troubleshooting page (a network word in the label)',
    type: 'build',
    needs: SPHINX,
    run: SPHINX_W,
    files: sphinx(
      INDEX('If the job says ECONNRESET or Connection timed out, see :ref:`connection-timed-out`.'),
    ),
    cause: /undefined label: '?connection-timed-out'?/,
  },
  {
    name: 'sphinx-build -W: an unknown directive',
    type: 'build',
    needs: SPHINX,
    run: SPHINX_W,
    files: sphinx(INDEX('.. tabset::\n\n   One tab.\n')),
    cause: /Unknown directive type "tabset"/,
  },
  {
    name: 'sphinx-build, a source directory that is not there',
    type: 'config',
    needs: SPHINX,
    run: SPHINX_W,
    files: { 'doc/index.rst': 'App\n===\n' },
    cause: /^Cannot find source directory \(\S+\/docs\)$/,
  },
  {
    name: 'sphinx-build -W: autodoc of a module that does not import',
    type: 'build',
    needs: SPHINX,
    run: SPHINX_W,
    files: sphinx(
      INDEX('.. automodule:: app.client\n   :members:\n'),
      "import os, sys\nsys.path.insert(0, os.path.abspath('..'))\nproject = 'app'\nextensions = ['sphinx.ext.autodoc']\n",
      {
        'app/__init__.py': '',
        'app/client.py': 'import leftpad_native\n\n\ndef pad(s):\n    """Pads s."""\n    return s\n',
      },
    ),
    cause: /autodoc: failed to import module 'client' from module 'app'|No module named 'leftpad_native'/,
  },
  {
    name: 'sphinx-build -W: a page mentioning a URL, a duplicate object description',
    type: 'build',
    needs: SPHINX,
    run: SPHINX_W,
    files: sphinx(
      INDEX(
        'The API answers at https://api.example.org/v1 (503 Service Unavailable while deploying).\n\n' +
          '.. py:function:: fetch(url)\n\n   Fetches url.\n\n.. py:function:: fetch(url)\n\n   Fetches url again.\n',
      ),
    ),
    cause: /duplicate object description of fetch/,
  },
  // Sphinx: its own configuration
  {
    name: 'sphinx-build: no conf.py in the source directory',
    type: 'config',
    needs: SPHINX,
    run: SPHINX_W,
    files: { 'docs/index.rst': INDEX('Hello.') },
    cause: /config directory doesn't contain a conf\.py file/,
  },
  {
    name: 'sphinx-build: a syntax error in conf.py',
    type: 'config',
    needs: SPHINX,
    run: SPHINX_W,
    files: sphinx(
      INDEX('Hello.'),
      "project = 'app'\nextensions = ['sphinx.ext.autodoc',\nhtml_theme = 'alabaster'\n",
    ),
    cause: /There is a syntax error in your configuration file/,
  },
  {
    name: 'sphinx-build: an extension conf.py names that is not installed',
    type: 'config',
    needs: SPHINX,
    run: SPHINX_W,
    files: sphinx(INDEX('Hello.'), "project = 'app'\nextensions = ['sphinx_copybutton']\n"),
    cause: /Could not import extension sphinx_copybutton/,
  },
  {
    name: 'sphinx-build: a theme conf.py names that is not installed',
    type: 'config',
    needs: SPHINX,
    run: SPHINX_W,
    files: sphinx(INDEX('Hello.'), "project = 'app'\nhtml_theme = 'furo'\n"),
    cause: /no theme named 'furo' found/,
  },
  {
    name: 'sphinx-build -b with a builder that does not exist',
    type: 'config',
    needs: SPHINX,
    run: 'sphinx-build -W -b dirhtmlx docs docs/_build',
    files: sphinx(INDEX('Hello.')),
    cause: /Builder name dirhtmlx not registered/,
  },
  // Sphinx's linkcheck builder against the linked sites
  {
    name: 'sphinx-build -b linkcheck: a dead link (404)',
    type: 'quality-gate',
    needs: SPHINX,
    setup: urls('docs/index.rst'),
    run: SPHINX_LINKCHECK,
    files: sphinx(INDEX('See `the guide <@DEAD@/guide>`_.'), LINKCHECK_CONF),
    cause: /broken\s+http\S+\/guide - 404 Client Error/,
  },
  {
    name: 'sphinx-build -b linkcheck: the linked site never answers',
    type: 'network',
    needs: SPHINX,
    setup: urls('docs/index.rst'),
    run: SPHINX_LINKCHECK,
    files: sphinx(INDEX('See `the mirror <@HANG@/mirror>`_.'), LINKCHECK_CONF),
    cause: /broken\s+http\S+\/mirror - .*[Rr]ead timed out/,
  },
  {
    name: 'sphinx-build -b linkcheck: the linked host refuses the connection',
    type: 'network',
    needs: SPHINX,
    setup: urls('docs/index.rst'),
    run: SPHINX_LINKCHECK,
    files: sphinx(INDEX('See `the wiki <@REFUSED@/wiki>`_.'), LINKCHECK_CONF),
    cause: /broken\s+http\S+\/wiki - .*Connection refused/,
  },
  {
    name: 'sphinx-build -b linkcheck: a dead link and a 503 in one run',
    type: 'quality-gate',
    needs: SPHINX,
    setup: urls('docs/index.rst'),
    run: SPHINX_LINKCHECK,
    files: sphinx(
      INDEX('See `the status page <@DOWN@/status>`_ and `the guide <@DEAD@/guide>`_.'),
      LINKCHECK_CONF,
    ),
    cause: /broken\s+http\S+\/guide - 404 Client Error/,
  },
  // MkDocs
  {
    name: 'mkdocs build --strict: a nav entry to a page that is not there',
    type: 'build',
    needs: MKDOCS,
    run: 'mkdocs build --strict',
    files: mkdocs('site_name: App\nnav:\n  - Home: index.md\n  - Usage: usage.md\n', {
      'index.md': '# App\n',
    }),
    cause: /A relative path to 'usage\.md' is included in the 'nav' configuration, which is not found/,
  },
  {
    name: 'mkdocs build --strict: a page linking to a page that is not there (a 503 in its name)',
    type: 'build',
    needs: MKDOCS,
    run: 'mkdocs build --strict',
    files: mkdocs('site_name: App\n', {
      'index.md': '# App\n\nSee [when the API answers 503](errors/503-service-unavailable.md).\n',
    }),
    cause: /contains a link to 'errors\/503-service-unavailable\.md' which is not found/,
  },
  {
    name: 'mkdocs build: a required key missing from mkdocs.yml',
    type: 'config',
    needs: MKDOCS,
    run: 'mkdocs build --strict',
    files: mkdocs('nav:\n  - Home: index.md\n', { 'index.md': '# App\n' }),
    cause: /Config value:? '?site_name'?.*Required configuration not provided/,
  },
  {
    name: 'mkdocs build: a YAML error in mkdocs.yml',
    type: 'config',
    needs: MKDOCS,
    run: 'mkdocs build --strict',
    files: mkdocs('site_name: App\nnav:\n  - Home: index.md\n - Usage: usage.md\n', {
      'index.md': '# App\n',
    }),
    cause: /encountered an error parsing the configuration file|while parsing a block/,
  },
  {
    name: 'mkdocs build: a theme mkdocs.yml names that is not installed',
    type: 'config',
    needs: MKDOCS,
    run: 'mkdocs build --strict',
    files: mkdocs('site_name: App\ntheme:\n  name: material\n', { 'index.md': '# App\n' }),
    cause: /Unrecognised theme name: 'material'/,
  },
  {
    name: 'mkdocs build: a plugin mkdocs.yml names that is not installed',
    type: 'config',
    needs: MKDOCS,
    run: 'mkdocs build --strict',
    files: mkdocs('site_name: App\nplugins:\n  - search\n  - mkdocstrings\n', { 'index.md': '# App\n' }),
    cause: /The "mkdocstrings" plugin is not installed/,
  },
  {
    name: 'mkdocs build, no mkdocs.yml where the step runs',
    type: 'config',
    needs: MKDOCS,
    run: 'mkdocs build --strict',
    files: { 'docs/index.md': '# App\n' },
    cause: /^Error: Config file 'mkdocs\.yml' does not exist\.$/,
  },
  // Hugo
  {
    name: 'hugo, no site configuration where the step runs',
    type: 'config',
    needs: HUGO,
    run: 'hugo --minify',
    files: { 'content/_index.md': '# App\n' },
    cause: /^Error: Unable to locate config file or config directory\./,
  },
  {
    name: 'hugo: a template calling a field that does not exist',
    type: 'build',
    needs: HUGO,
    run: 'hugo --minify',
    files: {
      'config.toml': HUGO_CONFIG,
      'layouts/index.html': '<h1>{{ .Site.Title }}</h1>{{ .Params.nope.deeper }}{{ .Nope }}\n',
    },
    cause: /can't evaluate field Nope/,
  },
  {
    name: 'hugo: a template that does not parse',
    type: 'build',
    needs: HUGO,
    run: 'hugo --minify',
    files: { 'config.toml': HUGO_CONFIG, 'layouts/index.html': '<h1>{{ if }}</h1>\n' },
    cause: /missing value for if/,
  },
  {
    name: 'hugo: a theme the config names that is not in themes/',
    type: 'config',
    needs: HUGO,
    run: 'hugo --minify',
    files: { 'config.toml': `${HUGO_CONFIG}theme = 'ananke'\n`, 'content/_index.md': '# App\n' },
    cause: /module "ananke" not found/,
  },
  {
    name: 'hugo: a syntax error in config.toml',
    type: 'config',
    needs: HUGO,
    run: 'hugo --minify',
    files: { 'config.toml': "baseURL = 'https://example.org/'\ntitle = App\n", 'layouts/index.html': 'ok\n' },
    cause: /config\.toml.*(?:unmarshal failed|toml)/,
  },
  {
    name: 'hugo --panicOnWarning: a warning the templates print',
    type: 'build',
    needs: HUGO,
    run: 'hugo --panicOnWarning',
    files: {
      'config.toml': HUGO_CONFIG,
      'layouts/index.html': '{{ warnf "page %s has no description" .Title }}<h1>{{ .Site.Title }}</h1>\n',
    },
    cause: /has no description/,
  },
  // Jekyll
  {
    name: 'jekyll build: a Liquid syntax error',
    type: 'build',
    needs: JEKYLL,
    run: JEKYLL_BUILD,
    files: {
      '_config.yml': JEKYLL_CONFIG,
      'index.html': '---\ntitle: Home\n---\n{% if page.title %}<h1>{{ page.title }}</h1>\n',
    },
    cause: /Liquid syntax error.*'if' tag was never closed|Liquid Exception/,
  },
  {
    name: 'jekyll build: a Liquid filter that does not exist under strict_filters',
    type: 'build',
    needs: JEKYLL,
    run: JEKYLL_BUILD,
    files: {
      '_config.yml': `${JEKYLL_CONFIG}liquid:\n  strict_filters: true\n`,
      'index.html': '---\ntitle: Home\n---\n<h1>{{ page.title | shout }}</h1>\n',
    },
    cause: /undefined filter shout/,
  },
  {
    name: 'jekyll build: a YAML error in _config.yml',
    type: 'config',
    needs: JEKYLL,
    run: JEKYLL_BUILD,
    files: { '_config.yml': 'title: App\nexclude: [bin\nbaseurl: /app\n', 'index.html': '<h1>App</h1>\n' },
    cause: /did not find expected ',' or '\]' while parsing a flow sequence/,
    left: {
      type: 'build',
      causeShown: false,
      why:
        "Jekyll lets Psych's exception out unnamed: `(<unknown>): did not find expected ... (Psych::SyntaxError)` names " +
        'neither Jekyll nor _config.yml (jekyll/jekyll lib/jekyll/configuration.rb safe_load_file reads the file ' +
        'with SafeYAML.load and does not rescue a SyntaxError), so no line says it was the configuration; the ' +
        "command's word (jekyll, a docs builder) gives build and the line shown is the echo",
    },
  },
  // Doxygen
  {
    name: 'doxygen with WARN_AS_ERROR: an undocumented parameter',
    type: 'build',
    needs: ['doxygen'],
    run: 'doxygen Doxyfile',
    files: {
      Doxyfile:
        'INPUT = src\nOUTPUT_DIRECTORY = apidocs\nGENERATE_LATEX = NO\nQUIET = YES\nWARN_IF_UNDOCUMENTED = YES\nWARN_AS_ERROR = YES\n',
      'src/pad.h':
        '/** @file */\n/**\n * Pads a string.\n * @param s the string\n */\nint pad(const char *s, int width);\n',
    },
    cause: /parameters? of member pad (?:is|are) not \(all\) documented|The following parameter of pad/,
  },
  // Asciidoctor
  {
    name: 'asciidoctor --failure-level WARN: an include that is not there',
    type: 'build',
    needs: ['asciidoctor'],
    run: 'asciidoctor --failure-level WARN -o build/index.html index.adoc',
    files: { 'index.adoc': '= App\n\n== Usage\n\ninclude::usage.adoc[]\n' },
    cause: /include file not found/,
  },
  {
    name: 'asciidoctor --failure-level WARN: a section title out of sequence',
    type: 'build',
    needs: ['asciidoctor'],
    run: 'asciidoctor --failure-level WARN -o build/index.html index.adoc',
    files: { 'index.adoc': '= App\n\n=== Usage\n\nText.\n' },
    cause: /section title out of sequence/,
  },
  // linkchecker
  {
    name: 'linkchecker: a dead link (404)',
    type: 'quality-gate',
    needs: LINKCHECKER,
    setup: `${urls('site/index.html')}\n${READABLE}`,
    run: LINKCHECKER_RUN,
    files: { 'site/index.html': page('@DEAD@/guide') },
    cause: /Error: 404 Not Found/,
  },
  {
    name: 'linkchecker: the linked site answers 503',
    type: 'network',
    needs: LINKCHECKER,
    setup: `${urls('site/index.html')}\n${READABLE}`,
    run: LINKCHECKER_RUN,
    files: { 'site/index.html': page('@DOWN@/status') },
    cause: /Error: 503 Service Unavailable/,
  },
  {
    name: 'linkchecker: the linked site never answers',
    type: 'network',
    needs: LINKCHECKER,
    setup: `${urls('site/index.html')}\n${READABLE}`,
    run: LINKCHECKER_RUN,
    files: { 'site/index.html': page('@HANG@/mirror') },
    cause: /[Rr]ead timed out/,
  },
  {
    name: 'linkchecker: a dead link and a site answering 503 in one run',
    type: 'quality-gate',
    needs: LINKCHECKER,
    setup: `${urls('site/index.html')}\n${READABLE}`,
    run: LINKCHECKER_RUN,
    files: { 'site/index.html': page('@DOWN@/status', '@DEAD@/guide') },
    cause: /Error: 404 Not Found/,
  },
  {
    name: 'linkchecker of the built site served by python3 -m http.server: an internal page that is not there',
    type: 'quality-gate',
    needs: LINKCHECKER,
    run:
      'python3 -m http.server 8765 --bind 127.0.0.1 --directory site >/dev/null 2>&1 &\nsleep 1\n' +
      'linkchecker --no-status http://127.0.0.1:8765/index.html',
    files: { 'site/index.html': page('about.html', 'usage.html'), 'site/about.html': page('index.html') },
    cause: /Error: 404 File not found/,
  },
  // passing look-alikes
  {
    name: 'sphinx-build without -W: a WARNING printed, the build succeeds',
    type: 'unknown',
    passes: true,
    needs: SPHINX,
    run: 'sphinx-build -b html docs docs/_build/html',
    files: sphinx(INDEX('.. toctree::\n\n   usage\n')),
    cause: /WARNING: toctree contains reference to nonexisting document/,
  },
  {
    name: 'mkdocs build without --strict: a link to a page not found, reported, the build succeeds',
    type: 'unknown',
    passes: true,
    needs: MKDOCS,
    run: 'mkdocs build',
    files: mkdocs('site_name: App\n', {
      'index.md': '# App\n\nSee [the outage page](errors/connection-reset.md).\n',
    }),
    cause: /contains a link to 'errors\/connection-reset\.md' which is not found/,
  },
  {
    name: 'hugo printing WARN lines, the build succeeds',
    type: 'unknown',
    passes: true,
    needs: HUGO,
    run: 'hugo',
    files: {
      'config.toml': HUGO_CONFIG,
      'layouts/index.html':
        '{{ warnf "fetching %s failed: 503 Service Unavailable, using the cached copy" "https://api.example.org" }}ok\n',
    },
    cause: /WARN.*503 Service Unavailable/,
  },
  {
    name: 'jekyll build with a layout that does not exist: a Build Warning, the build succeeds',
    type: 'unknown',
    passes: true,
    needs: JEKYLL,
    run: JEKYLL_BUILD,
    files: { '_config.yml': JEKYLL_CONFIG, 'index.md': '---\nlayout: post\ntitle: Home\n---\n# App\n' },
    cause: /Layout 'post' requested in index\.md does not exist/,
  },
  {
    name: 'sphinx-build -b linkcheck: the linked site answers 503, which linkcheck ignores: the check passes',
    type: 'unknown',
    passes: true,
    needs: SPHINX,
    setup: urls('docs/index.rst'),
    run: SPHINX_LINKCHECK,
    files: sphinx(INDEX('See `the status page <@DOWN@/status>`_.'), LINKCHECK_CONF),
    cause: /-ignored-\s+http\S+\/status: 503 Server Error: Service Unavailable/,
  },
  {
    name: 'sphinx-build -b linkcheck: the failing links ignored (linkcheck_ignore), the check passes',
    type: 'unknown',
    passes: true,
    needs: SPHINX,
    setup: urls('docs/index.rst', 'docs/conf.py'),
    run: SPHINX_LINKCHECK,
    files: sphinx(
      INDEX('See `the status page <@DOWN@/status>`_ and `the guide <@DEAD@/guide>`_.'),
      `${LINKCHECK_CONF}linkcheck_ignore = [r'@DOWN@/.*', r'@DEAD@/.*']\n`,
    ),
    cause: /-ignored-\s+http\S+\/(?:status|guide)/,
  },
  {
    name: 'doxygen without WARN_AS_ERROR: warnings printed, the docs built',
    type: 'unknown',
    passes: true,
    needs: ['doxygen'],
    run: 'doxygen Doxyfile',
    files: {
      Doxyfile:
        'INPUT = src\nOUTPUT_DIRECTORY = apidocs\nGENERATE_LATEX = NO\nQUIET = YES\nWARN_IF_UNDOCUMENTED = YES\n',
      'src/pad.h':
        '/** @file */\n/**\n * Pads a string.\n * @param s the string\n */\nint pad(const char *s, int width);\n',
    },
    cause: /warning: .*pad/,
  },
];
