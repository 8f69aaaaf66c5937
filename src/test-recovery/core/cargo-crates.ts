/**
 * Which crate a changed `src/lib.rs` or `src/main.rs` is, so that "never re-run a test whose file the change
 * edited" holds a cargo unit test back only for an edit of its own crate's file (cargo names the target
 * `src/lib.rs` in every crate of a workspace; the key's `[target]` names its test binary, console.ts
 * `cargoTarget`). The crate is told by the Cargo.toml beside the file's `src/`, read as text from the change
 * under test: only its names are taken, and a manifest not read or not plainly understood leaves the file any
 * crate's (today's conservative match). Pure.
 */

/** The files cargo prints for a crate's own unit-test targets (its lib's, its main binary's). */
const UNIT_FILES = ['src/lib.rs', 'src/main.rs'] as const;

/**
 * Changed files (as `inChangedFile` is given them) that are a crate's `src/lib.rs` or `src/main.rs`, each with
 * the names of its crate's test binaries (from `manifestOf`'s Cargo.toml); a file left out is any crate's.
 */
export type CrateTargets = ReadonlyMap<string, readonly string[]>;

/** The Cargo.toml (relative, as `file` is) beside the `src/` of `file`; undefined when it is no crate's unit file. */
export function manifestOf(file: string): string | undefined {
  const unit = UNIT_FILES.find((u) => file === u || file.endsWith(`/${u}`));
  if (!unit) return undefined;
  return `${file.slice(0, file.length - unit.length)}Cargo.toml`;
}

/**
 * The unit test binaries' names a changed `src/lib.rs` or `src/main.rs` may have in the crate of Cargo.toml
 * `text`: every name it gives (package, lib, each bin), for either file, as a target's `path` may put one at the
 * other's file (`autolib = false`, a `[[bin]]` at `src/lib.rs`); a manifest with such keys is not read at all.
 */
export function unitBinaries(text: string): string[] | undefined {
  const names = manifestNames(text);
  if (!names) return undefined;
  // cargo names a test binary after its crate name: a `-` in a package's or bin's name is `_` there.
  const all = [names.package, ...(names.lib !== undefined ? [names.lib] : []), ...names.bins];
  return [...new Set(all.map((n) => n.replace(/-/g, '_')))];
}

/** At most this many Cargo.toml are read for one step's changed files; past it, a changed file is any crate's. */
export const MAX_MANIFESTS = 64;

/**
 * The Cargo.toml to read (relative to the repository) for the changed `files` (relative to it): one per
 * changed `src/lib.rs` or `src/main.rs`, at most `MAX_MANIFESTS`.
 */
export function manifestsOf(files: readonly string[]): string[] {
  const wanted = new Set<string>();
  for (const file of files) {
    const manifest = manifestOf(file);
    if (manifest !== undefined && wanted.size < MAX_MANIFESTS) wanted.add(manifest);
  }
  return [...wanted];
}

/**
 * The crates of the changed `files` (relative to the repository), from the texts of their manifests
 * (`manifestsOf`; null or absent: not read), keyed as `inChangedFile` is given them: each file, and the same
 * file relative to the step's working directory `base` (run-tests.ts `changedSet`). A name that stands for two
 * files is kept only where both give it the same crate.
 */
export function changedCrates(
  files: readonly string[],
  base: string,
  texts: Readonly<Record<string, string | null>>,
): CrateTargets {
  const seen = new Map<string, (readonly string[] | undefined)[]>();
  const add = (name: string, names: readonly string[] | undefined): void => {
    seen.set(name, [...(seen.get(name) ?? []), names]);
  };
  for (const file of files) {
    const manifest = manifestOf(file);
    const text = manifest === undefined ? undefined : texts[manifest];
    const names = typeof text === 'string' ? unitBinaries(text) : undefined;
    add(file, names);
    if (base && file.startsWith(`${base}/`)) add(file.slice(base.length + 1), names);
  }
  const crates = new Map<string, readonly string[]>();
  for (const [name, all] of seen) {
    const first = all[0];
    if (first && all.every((n) => n !== undefined && n.join('\n') === first.join('\n')))
      crates.set(name, first);
  }
  return crates;
}

/** Does a cargo unit test of binary `binary` (a key's target) belong to another crate than `names`'? */
export function otherCrate(binary: string, names: readonly string[]): boolean {
  return !names.includes(binary.replace(/-/g, '_'));
}

const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const OWN_TABLES = new Set(['[package', '[lib', '[[bin']);
/** Keys that move a target to another file or name targets not written down: the manifest is not read. */
const TARGET_KEY = /^["']?(?:path|autolib|autobins|autotests)["']?\s*[.=]/;

/**
 * `[package] name`, `[lib] name` and each `[[bin]] name` of a Cargo.toml, read line by line; undefined (the
 * conservative answer) for anything not plainly so: no package name, a multi-line string or a value left open
 * on its line (an array, an inline table, a quote: a later line could look like a table), a `[`-line that is no
 * plain table header, an escape in a header or a key, a `path`, `autolib`, `autobins` or `autotests` key, a dotted or inline
 * `package`/`lib`/`bin` at the top, a `[[bin]]` without a name, a name twice in a table or one that is not a
 * plain crate name.
 */
function manifestNames(text: string): { package: string; lib?: string; bins: string[] } | undefined {
  if (text.includes('"""') || text.includes("'''")) return undefined;
  let table = '';
  let pkg: string | undefined;
  let lib: string | undefined;
  const bins: string[] = [];
  let binNamed = true;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    // A TOML escape in a header or a key (`["l\\u0069b"]`, `"n\\u0061me" = …`) names a table or key this reading
    // cannot see: cargo reads it as `[lib]` or `name` (re-review, high: shown with cargo 1.95).
    if (/\\/.test(line.split('=')[0]!)) return undefined;
    const header = /^(\[\[?)\s*([^[\],]*?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
    if (header) {
      if (!binNamed) return undefined;
      table = `${header[1]}${header[2]!.replace(/["'\s]/g, '')}`;
      binNamed = table !== '[[bin';
      continue;
    }
    if (line.startsWith('[') || TARGET_KEY.test(line) || leftOpen(line)) return undefined;
    if (table === '' && /^["']?(?:package|lib|bin)["']?\s*[.=]/.test(line)) return undefined;
    if (!OWN_TABLES.has(table) || !/^["']?name["']?\s*[.=]/.test(line)) continue;
    const key = /^["']?name["']?\s*=\s*(?:"([^"\\]*)"|'([^']*)')\s*(?:#.*)?$/.exec(line);
    const name = key?.[1] ?? key?.[2];
    if (name === undefined || !NAME.test(name)) return undefined;
    if (table === '[package') {
      if (pkg !== undefined) return undefined;
      pkg = name;
    } else if (table === '[lib') {
      if (lib !== undefined) return undefined;
      lib = name;
    } else {
      if (binNamed) return undefined;
      binNamed = true;
      bins.push(name);
    }
  }
  if (pkg === undefined || !binNamed) return undefined;
  return { package: pkg, ...(lib !== undefined ? { lib } : {}), bins };
}

/**
 * Whether a line leaves a value open for the next: a quote not closed, or more `[` or `{` than it closes
 * (outside its strings and its comment).
 */
function leftOpen(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '#') break;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += c === '"' && line[j] === '\\' ? 2 : 1;
      if (j >= line.length) return true;
      i = j;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth > 0;
}
