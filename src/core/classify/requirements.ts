/**
 * Which package pip was building when it failed: the project's own or a dependency. pip prints the same
 * failure for both (`Preparing metadata (pyproject.toml) did not run successfully`, `error:
 * metadata-generation-failed`, `ERROR: Failed building wheel for x`); only the requirement header above it
 * says which (pypa/pip src/pip/_internal/operations/prepare.py RequirementPreparer: `Processing %s` for a local
 * path or file URL, `Obtaining %s` for an editable one, `Collecting %s` for one it finds on an index; the
 * requirement's `(from parent==v)` when another requirement asked for it, req/constructors.py and
 * req/req_install.py InstallRequirement.__str__). The scanner feeds this reader the lines that hold one of
 * REQUIREMENT_KEYWORDS, in order, within one step; a rule marked `package: "own"` speaks only where `ownFailed`.
 * npm's error block says the same of a lifecycle script (npmLine): a dependency's when it ran under node_modules,
 * else the project's own.
 */
import { IMPORT_KEYWORDS } from './installed-imports.js';

/**
 * Lower case, as the scanner's prefilter sees them: pip's requirement headers and its build failures, and a
 * traceback's frames and import errors (installed-imports.ts), whose lines the scanner feeds there.
 */
export const REQUIREMENT_KEYWORDS: readonly string[] = [
  ...IMPORT_KEYWORDS,
  'processing ',
  'obtaining ',
  'collecting ',
  'building editable for ',
  'failed building ',
  'failed to build ',
  'could not build wheels for ',
  'metadata-generation-failed',
  'did not run successfully.',
  '> from file://',
  // npm 7+'s error block for a script that failed: the directory it ran in, then the failure.
  'npm error path ',
  'npm err! path ',
  'npm error command failed',
  'npm err! command failed',
];

/** A requirement header (prepare.py _log_preparing_link, prepare_editable_requirement), not PEP 658's line. */
const HEADER = /^(Processing|Obtaining|Collecting) (?!dependency information )(.+)$/;
/** Who asked for it: another requirement (`(from app==0.1)`), or the command's own files (`-r x.txt (line 3)`). */
const FROM = / \(from (.+)\)$/;
const TOP_LEVEL = /^-[rc] /;
/** A parent requirement pinned by the resolver: its name. */
const PARENT_NAME = /^([A-Za-z0-9][\w.-]*)(?:\[[^\]]*\])?==/;
/** A requirement's name (`numpy>=1.22`, `foo[bar]==1`, `foo @ https://...`), not a URL's scheme or a path. */
const REQUIREMENT_NAME = /^([A-Za-z0-9][\w.-]*)(?=$|[\s[<>=!~;@,(])/;
/** A local directory or `file://` URL (not an archive, which is a downloaded or vendored distribution). */
const LOCAL_SOURCE = /^(?:file:\/\/\S+|\.{1,2}(?:[\\/]\S*)?|\/\S*|[A-Za-z]:\\\S*)$/;
const ARCHIVE = /\.(?:whl|zip|tar|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz)$/i;
/** pip's per-package build step, the one whose name an editable build gives (wheel_builder.py _build_one). */
const EDITABLE_BUILD = /^\s*Building editable for ([A-Za-z0-9][\w.-]*) \(/;
/** Failures that name what failed: wheel_builder.py, commands/install.py, exceptions InstallWheelBuildError. */
const NAMED_FAILURE = [
  /^\s*(?:ERROR: )?Failed building (?:wheel|editable) for ([A-Za-z0-9][\w.-]*)$/,
  /^Failed to build ([A-Za-z0-9][\w.-]*(?: [A-Za-z0-9][\w.-]*)*)$/,
  /^ERROR: Could not build wheels for ([A-Za-z0-9][\w.-]*(?:, [A-Za-z0-9][\w.-]*)*), which is required/,
  /^(?:ERROR: )?Failed to build installable wheels for some pyproject\.toml based projects \(([^)]+)\)$/,
];
/**
 * Failures of the package whose header is the latest: metadata preparation (operations/build/metadata*.py), and its
 * backend asked for its build requirements (distributions/sdist.py `Getting requirements to build wheel`).
 */
const METADATA_FAILURE =
  /^(?:error: metadata-generation-failed|\s*× (?:Preparing (?:editable )?metadata \([\w.]+\)|python setup\.py egg_info|Getting requirements to build (?:wheel|editable)) did not run successfully\.)$/;

/**
 * pip 24.1+'s context under `× Encountered error while generating package metadata.`: the requirement's
 * str(), `from file:///repo` for a local path pip has no name for yet, the project's own source even under
 * `pip -q`, which prints no header (exceptions MetadataGenerationFailed, operations/build/metadata.py).
 */
const METADATA_CONTEXT_OWN = /^╰─> from file:\/\/\S+$/;

/**
 * npm 7+'s error block (npm/cli @ 780afc50e3a345feb1871a28e33fa48235bc3bd5 lib/utils/error-message.js getError:
 * the error's `code`, `syscall`, `file`, `path`, `dest`, `errno`, then its message, each line as `npm error <key>
 * <value>` by lib/utils/output-error.js; npm 7-9 print `npm ERR!`). A lifecycle script's error is
 * @npmcli/promise-spawn's `command failed` carrying the `path` @npmcli/run-script ran it in (run-script-pkg.js):
 * a dependency's install script runs in its own directory under node_modules (arborist's rebuild), the project's
 * scripts in the project's. npm prints the same block for both: only that path says whose script failed.
 */
const NPM_PATH = /^npm (?:ERR!|error) path (.+)$/;
const NPM_SCRIPT_FAILED = /^npm (?:ERR!|error) command failed$/;
/** A package's own directory under node_modules, scoped or not, nested or not (`…/node_modules/a/node_modules/@s/b`). */
const IN_NODE_MODULES = /[\\/]node_modules[\\/](?:@[^\\/\s]+[\\/])?[^\\/\s]+$/;

/** PEP 503 normalization: pip compares project names this way. */
function canonical(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** What one step's pip output said so far. */
export class RequirementReader {
  /** The latest requirement header named the project's own source (a local directory or file URL, no parent). */
  private own = false;
  /** The latest header was the own source: the next one with a parent names the own project as that parent. */
  private afterOwn = false;
  /** An editable own source was seen (`Obtaining file://`): pip builds editables only for those or VCS ones. */
  private editableOwn = false;
  private readonly ownNames = new Set<string>();
  /** Names pip collected from an index (`Collecting <name>`): the only ones a named failure can be a dependency's. */
  private readonly collected = new Set<string>();
  /** Requirement headers seen, and how many named the own source: when it is the only one, pip built only it. */
  private headers = 0;
  private ownHeaders = 0;
  /** pip said it could not prepare a package's metadata: its context line may follow. */
  private metadataFailed = false;
  /** The latest failure was of the project's own package. */
  ownFailed = false;
  /** The latest failure was of a dependency: a header above it said so (without one, pip -q, nobody knows). */
  dependencyFailed = false;
  /** The `path` of npm's latest error block, until its failure line reads it. */
  private npmPath: string | undefined;

  line(text: string): void {
    if (text.startsWith('npm ')) return this.npmLine(text);
    const header = HEADER.exec(text);
    if (header) return this.header(header[1] as string, header[2] as string);
    const editable = EDITABLE_BUILD.exec(text);
    if (editable && this.editableOwn) this.ownNames.add(canonical(editable[1] as string));
    if (METADATA_FAILURE.test(text)) {
      this.failed(this.own);
      this.metadataFailed = true;
    } else if (this.metadataFailed && METADATA_CONTEXT_OWN.test(text)) this.failed(true);
    for (const re of NAMED_FAILURE) {
      const names = re.exec(text)?.[1]?.split(/,? /);
      if (!names) continue;
      const own = this.onlyOwn() || names.every((n) => this.ownNames.has(canonical(n)));
      // A name pip never collected is a local source's: the project's own beside others (`pip install . pytest`).
      this.failed(own, !own && names.every((n) => this.collected.has(canonical(n))));
    }
  }

  /** npm's error block: a script whose `path` is a package under node_modules was a dependency's, else the project's. */
  private npmLine(text: string): void {
    const path = NPM_PATH.exec(text);
    if (path) this.npmPath = path[1];
    else if (NPM_SCRIPT_FAILED.test(text) && this.npmPath !== undefined) {
      // The project's own scripts end in the same block (`npm ci`'s postinstall or prepare, older npms' `npm run
      // x`): a rule marked `package: "own"` says which of them it reads (npm-own-install-script-failed).
      const dependency = IN_NODE_MODULES.test(this.npmPath);
      this.failed(!dependency, dependency);
      this.npmPath = undefined;
    }
  }

  private failed(own: boolean, dependency = !own && this.headers > 0): void {
    this.ownFailed = own;
    this.dependencyFailed = dependency;
  }

  private header(verb: string, what: string): void {
    const from = FROM.exec(what)?.[1];
    const parent = from === undefined || TOP_LEVEL.test(from) ? undefined : from;
    const parentName = parent === undefined ? undefined : PARENT_NAME.exec(parent)?.[1];
    if (parentName && this.afterOwn) this.ownNames.add(canonical(parentName));
    const source = from === undefined ? what : what.slice(0, -(from.length + 8));
    const name = verb === 'Collecting' ? REQUIREMENT_NAME.exec(source)?.[1] : undefined;
    if (name) this.collected.add(canonical(name));
    this.own = parent === undefined && verb !== 'Collecting' && isOwnSource(verb, source);
    if (this.own && verb === 'Obtaining') this.editableOwn = true;
    this.afterOwn = this.own;
    this.headers++;
    if (this.own) this.ownHeaders++;
  }

  /** The one requirement pip processed was the own source: whatever it built (and failed) was the project. */
  private onlyOwn(): boolean {
    return this.headers === 1 && this.ownHeaders === 1;
  }
}

/** `Processing ./.`, `Processing /home/runner/work/app/app`, `Obtaining file:///repo`: not an archive. */
function isOwnSource(verb: string, source: string): boolean {
  // An editable requirement pip already named: `Obtaining app from file:///repo` (a VCS one: `from git+...`).
  const local = verb === 'Obtaining' ? source.replace(/^\S+ from (?=file:\/\/)/, '') : source;
  return LOCAL_SOURCE.test(local) && !ARCHIVE.test(local);
}
