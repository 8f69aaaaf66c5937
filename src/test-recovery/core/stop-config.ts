/**
 * A stop set in a config file where the runner ran (mocha's `.mocharc.*`, rspec's `.rspec`, PHPUnit's
 * `stopOnFailure`, Maven's modules under `-q`, Gradle's projects without `--continue`, pytest's addopts): which
 * files to read, from the runner's own options and directory, and what their texts say, read as text (capped,
 * never run). The output-based reasons are stopped.ts's. Pure.
 */
import type { TestRunner } from '../../core/test-identity.js';
import { printablePath } from '../../core/text.js';
import { keptArguments, runnerAt } from './invocation.js';
import type { Word } from './step-script.js';
import { AFTER, optionValue, optsBail, ownArgs, type ConfigTexts } from './stopped.js';

/** A directory given as a plain relative path (`web`, `web/app/`), without its trailing slashes. */
function plainDirectory(to: string): string | undefined {
  if (!/^[\w.][\w./-]*$/.test(to) || to.split('/').includes('..')) return undefined;
  return to.replace(/\/+$/, '');
}

/**
 * The directory the runner ran in, relative to the step's, from the set-up commands before it (`cd web`) and
 * a wrapper's own directory option before the runner's name in `words` (`yarn --cwd web`, `pnpm -C web`,
 * `env --chdir web`): '' for the step's own; undefined when one is not a plain relative path, or is npm's
 * `--prefix` (whether npm exec runs its command there has changed between versions): its files are not known.
 */
export function runnerDirectory(
  setup: readonly string[],
  runner?: TestRunner,
  words: readonly Word[] = [],
): string | undefined {
  let dirs: string[] = [];
  const pushed: string[][] = [];
  for (const command of setup) {
    const cd = /^(cd|pushd|popd)(?:\s+(.*))?$/.exec(command.trim());
    if (!cd) continue;
    const to = cd[2]?.trim() ?? '';
    if (cd[1] === 'popd') {
      // Back where the matching pushd left; a popd with an argument, or none pushed, is not followed.
      const back = pushed.pop();
      if (back === undefined || to !== '') return undefined;
      dirs = back;
      continue;
    }
    const dir = plainDirectory(to);
    if (dir === undefined) return undefined;
    if (cd[1] === 'pushd') pushed.push([...dirs]);
    dirs.push(dir);
  }
  const before = runner ? words.slice(0, Math.max(runnerAt(runner, words) - 1, 0)).map((w) => w.text) : [];
  for (let i = 0; i < before.length; i++) {
    const option = /^(--cwd|-C|--dir|--chdir|--prefix)(?:=(.*))?$/.exec(before[i]!);
    if (!option) continue;
    if (option[1] === '--prefix') return undefined;
    const dir = plainDirectory(option[2] ?? before[++i] ?? '');
    if (dir === undefined) return undefined;
    dirs.push(dir);
  }
  return dirs
    .filter((d) => d !== '.' && d !== '')
    .join('/')
    .replace(/^\.\//, '');
}

/** mocha's lib/cli/config.js CONFIG_FILES, in the order it looks for one. */
const MOCHARC = [
  '.mocharc.cjs',
  '.mocharc.js',
  '.mocharc.yaml',
  '.mocharc.yml',
  '.mocharc.jsonc',
  '.mocharc.json',
];

/**
 * The config files (relative to where the runner ran) whose text may make `runner` stop at a failure without
 * saying so: what `stopsInConfig` reads. Read as text, never run.
 */
export function stopConfigFiles(runner: TestRunner, words: readonly Word[]): string[] {
  const args = ownArgs(runner, words);
  switch (runner) {
    case 'mocha': {
      // https://mochajs.org/running/configuring/: `--config` names the file, `--no-config` reads none;
      // package.json's `mocha` key too, unless `--no-package` (`--package` names another).
      const config = args.includes('--no-config') ? [] : [optionValue(args, ['--config']) ?? MOCHARC].flat();
      const pkg = args.includes('--no-package') ? [] : [optionValue(args, ['--package']) ?? 'package.json'];
      return [...config, ...pkg, ...mochaOpts(args)];
    }
    case 'rspec':
      // rspec reads ./.rspec and ./.rspec-local (and `-O`/`--options` names one more).
      return ['.rspec', '.rspec-local', ...[optionValue(args, ['-O', '--options']) ?? []].flat()];
    case 'phpunit': {
      // phpunit --help: `-c|--configuration <file>` (a file or directory), else ./phpunit.xml, then
      // ./phpunit.xml.dist (./phpunit.dist.xml since 10); `--no-configuration` reads none.
      if (args.includes('--no-configuration')) return [];
      const given = optionValue(args, ['-c', '--configuration']);
      if (given && /\.xml(?:\.dist)?$/.test(given)) return [given];
      const dir = given ? `${given.replace(/\/+$/, '')}/` : '';
      return ['phpunit.xml', 'phpunit.xml.dist', 'phpunit.dist.xml'].map((f) => dir + f);
    }
    case 'maven': {
      const file = optionValue(args, ['-f', '--file']);
      const pom = file === undefined ? 'pom.xml' : /\.xml$/.test(file) ? file : `${file}/pom.xml`;
      // https://maven.apache.org/configure.html: .mvn/maven.config holds command-line options.
      return [pom, '.mvn/maven.config'];
    }
    case 'pytest':
      // Not for a stop (its console says it stopped) but for `-s` in addopts, which makes its output unreadable
      // (step-run.ts): https://docs.pytest.org/en/stable/reference/customize.html, `-c`/`--config-file` names one.
      return [
        optionValue(args, ['-c', '--config-file']) ?? [
          'pytest.ini',
          '.pytest.ini',
          'pyproject.toml',
          'tox.ini',
          'setup.cfg',
        ],
      ].flat();
    case 'gradle': {
      // https://docs.gradle.org/current/userguide/build_environment.html: org.gradle.continue in gradle.properties;
      // `-p`/`--project-dir` names the build's directory (https://docs.gradle.org/current/userguide/command_line_interface.html).
      const dir = optionValue(args, ['-p', '--project-dir']);
      const at = dir ? `${dir.replace(/\/+$/, '')}/` : '';
      return ['settings.gradle', 'settings.gradle.kts', 'gradle.properties'].map((f) => at + f);
    }
    default:
      return [];
  }
}

/**
 * Why `runner`, as `words` ran it, stopped at a failure (or left its later modules unrun) by a setting in its
 * config files' `texts`, which its console does not show; undefined when they set none. A file that is code
 * (a `.mocharc.js`) or was not read whole counts as setting it where it may: a whole run costs time, a
 * missed stop hides a broken test.
 */
export function stopsInConfig(
  runner: TestRunner,
  words: readonly Word[],
  read: ConfigTexts,
): string | undefined {
  const args = ownArgs(runner, words);
  // A name the shell expands (`--config "$CFG"`, `~/ci.yml`, a glob) is not the file read by that name: what
  // the runner read is unknown, as a file not read whole is.
  const texts: ConfigTexts = {
    ...Object.fromEntries(
      stopConfigFiles(runner, words)
        .filter((f) => /^~|[$*?[]/.test(f))
        .map((f) => [f, null]),
    ),
    ...read,
  };
  const files = stopConfigFiles(runner, words).filter((f) => Object.hasOwn(texts, f));
  const named = (f: string): string => `'${printablePath(f)}'`;
  switch (runner) {
    case 'mocha':
      for (const f of files) {
        const found = mochaOpts(args).includes(f) ? optsBail(texts[f]!) : mochaBail(f, texts[f]!);
        if (found)
          return `mocha's config ${named(f)} ${found === 'set' ? 'sets' : 'may set'} bail (its console does not say it stopped), ${AFTER}`;
      }
      return undefined;
    case 'rspec': {
      if (args.includes('--no-fail-fast')) return undefined;
      // An options file holds options as on the command line (ERB allowed); the last of --[no-]fail-fast wins.
      const f = files.find((file) => {
        const text = texts[file]!;
        if (text === null || text.includes('<%')) return true;
        const last = text
          .split(/\s+/)
          .filter((w) => /^--(?:no-)?fail-fast(?:=\d+)?$/.test(w))
          .pop();
        return last !== undefined && !last.startsWith('--no-');
      });
      return f
        ? `rspec's options file ${named(f)} sets --fail-fast (its console does not say it stopped), ${AFTER}`
        : undefined;
    }
    case 'phpunit': {
      // phpunit's XML schema: stopOnDefect, stopOnError, stopOnFailure (and stopOnWarning, stopOnRisky, ...) on
      // <phpunit>; phpunit reads the first file it finds, any of them is taken. Its Loader's getBoolean takes
      // `true` in any case; a value with a character reference (`&#116;rue`) may spell it.
      const f = files.find(
        (file) =>
          texts[file] === null ||
          /\bstopOn(?:Defect|Error|Failure|Warning|Risky|Incomplete|Skipped|Deprecation|Notice)\s*=\s*(["'])(?:[tT][rR][uU][eE]|[^"'&]*&[^"']*)\1/.test(
            texts[file]!,
          ),
      );
      return f
        ? `phpunit's ${named(f)} sets stopOnFailure (its console does not say it stopped), ${AFTER}`
        : undefined;
    }
    case 'maven': {
      // Maven's default is --fail-fast: the reactor builds no module after a failed one, and says which it
      // skipped only in its summary, which -q (--quiet) hides.
      const [pom = 'pom.xml', config = '.mvn/maven.config'] = stopConfigFiles(runner, words);
      const all = [...args, ...(texts[config] ?? '').split(/\s+/)];
      const quiet = all.some((a) => /^(?:-q|--quiet)$/.test(a));
      const goesOn = all.some((a) => /^(?:-fae|--fail-at-end|-fn|--fail-never)$/.test(a));
      if (!quiet || goesOn || !Object.hasOwn(texts, pom)) return undefined;
      const text = texts[pom];
      return text === null || text === undefined || /<module>/.test(text)
        ? `Maven stops at the first failed module and -q hides the reactor summary of what it skipped, ${AFTER}`
        : undefined;
    }
    case 'gradle': {
      // Without --continue (or org.gradle.continue=true) Gradle starts no task after a failed one and prints
      // no list of those: in a multi-project build (settings' include) the other projects' tests did not run.
      const [settings, settingsKts, properties] = stopConfigFiles(runner, words) as [string, string, string];
      const props = texts[properties];
      if (args.includes('--continue') || /^\s*org\.gradle\.continue\s*=\s*true\s*$/m.test(props ?? ''))
        return undefined;
      const tasks = keptArguments('gradle', words.slice(Math.max(runnerAt(runner, words), 0))).positionals;
      const projects = new Set(tasks.map((t) => (t.startsWith(':') ? t.slice(0, t.lastIndexOf(':')) : '*')));
      if (!projects.has('*') && projects.size < 2) return undefined;
      const f = [settings, settingsKts].find(
        (file) =>
          Object.hasOwn(texts, file) &&
          (texts[file] === null || /\binclude(?:Flat)?\b\s*[(\s'"]/.test(texts[file]!)),
      );
      return f
        ? `Gradle starts no task after a failed one (no --continue) and ${named(f)} includes other projects, ${AFTER}`
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * mocha 7's options file (lib/cli/options.js loadMochaOpts, and bin/options.js before it): `--opts` names it,
 * else test/mocha.opts; `--no-opts` reads none. mocha 8 reads it no more, but which mocha ran is not known here.
 */
function mochaOpts(args: readonly string[]): string[] {
  return args.includes('--no-opts') ? [] : [optionValue(args, ['--opts']) ?? 'test/mocha.opts'];
}

/** An escape that can spell a letter of a key: JSON's and JavaScript's `\u0062`, YAML's and JavaScript's `\x62`. */
const LETTER_ESCAPE = /\\[uUx]/;

/**
 * Does mocha's config file `name` set `bail` (or its alias `b`)? 'maybe' where its text cannot say for sure:
 * code that may compute it (a call, a computed key, a spread, an import), a key an escape may spell, a file
 * not read whole, a value other than `false`.
 */
function mochaBail(name: string, text: string | null): 'set' | 'maybe' | undefined {
  if (text === null) return 'maybe';
  if (/\.[cm]?js$/.test(name))
    return /\bbail\b|\bb\s*:|\w\s*\(|\]\s*[:=]|\.\.\.|\bimport\b/.test(text) || LETTER_ESCAPE.test(text)
      ? 'maybe'
      : undefined;
  if (/(?:^|\/)package\.json$/.test(name)) {
    let mocha: unknown;
    try {
      mocha = (JSON.parse(text) as { mocha?: unknown } | null)?.mocha;
    } catch {
      return undefined; // not JSON: npm and mocha fail on it too
    }
    if (typeof mocha !== 'object' || mocha === null) return undefined;
    const { bail, b } = mocha as { bail?: unknown; b?: unknown };
    return bail === true || b === true ? 'set' : bail || b ? 'maybe' : undefined;
  }
  // JSON, JSONC or YAML: each `bail:` (or `b:`) key, quoted or not.
  let found: 'set' | 'maybe' | undefined;
  for (const m of text.matchAll(/(?:^|[\s{,])["']?(?:bail|b)["']?\s*:\s*([^\s,}#]*)/gm)) {
    if (m[1] === 'true') found = 'set';
    else if (m[1] !== 'false') found ??= 'maybe';
  }
  return found ?? (LETTER_ESCAPE.test(text) ? 'maybe' : undefined);
}
