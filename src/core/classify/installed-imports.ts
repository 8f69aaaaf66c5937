/**
 * An import that failed between two installed packages: a module in one package's directory imports what another
 * package does not provide. Both sides are what the package manager installed, so their versions do not fit
 * (TAXONOMY dependency: a conflict, or a dependency the package needs and the install left out), where the same
 * error raised from the project's own file, or from a package importing itself (torch's modules importing
 * torch's), is the code's and stays what its other lines say.
 *
 * Python: the frame that raised it is the latest one above the error: CPython prints `  File "<path>", line N, in
 * <name>` (Lib/traceback.py StackSummary.format_frame_summary), then the frame's source line and, from 3.11, a line
 * of carets; pytest's short traceback, which it gives every test module that failed to import
 * (_pytest/python.py Module._importtestmodule, `getrepr(style="short")`), prints `<path>:N: in <name>`
 * (_pytest/_code/code.py ReprFileLocation) and the source line, then the error as `E   ImportError: ...`. The
 * error names the module and the file it came from (CPython's import_from: `cannot import name %R from %R
 * (%S)`); a circular import's `from partially initialized module` is the code's and not read here. A package is
 * its directory under site-packages (or Debian's dist-packages).
 *
 * Node: `require` names the requiring file first under the error (lib/internal/modules/cjs/loader.js:
 * `Cannot find module '<request>'`, then `Require stack:` and `- <file>` for each requirer, the nearest first);
 * the ES module resolver and jest's resolver name it on the error's line (lib/internal/modules/esm/resolve.js:
 * `Cannot find package '<name>' imported from <file>`, `Cannot find module '<path>' imported from <file>`;
 * jest-resolve: `Cannot find module '<request>' from '<file>'`). A package is its directory under the last
 * node_modules of a path (`@scope/name` or `name`), a bare request's its first name (or two, scoped).
 */
/** Lower case, as the scanner's prefilter sees them: Python's two frames' forms and error, Node's errors and stack. */
export const IMPORT_KEYWORDS: readonly string[] = [
  '", line ',
  ': in ',
  'cannot import name ',
  "cannot find module '",
  "cannot find package '",
  'require stack:',
  'node_modules',
];

/** CPython's frame line and pytest's short one: the file's path. */
const CPYTHON_FRAME = /^File "(.+)", line \d+, in \S/;
const PYTEST_FRAME = /^(\S+\.py):\d+: in \S/;
/** The error, as CPython prints it and as pytest's `E` lines quote it: the module and the file it came from. */
const CANNOT_IMPORT = /^(?:E\s+)?ImportError: cannot import name '[^']+' from '([\w.]+)' \((.+)\)$/;
/** A package's own directory: the first name after site-packages or dist-packages. */
const INSTALLED = /[\\/](?:site|dist)-packages[\\/]([^\\/]+)/;
/** Lines between a frame and the error: its source line, carets, or 3.13's `...<N lines>...` and a closing line. */
const FRAME_REACH = 6;

/** Node's error: what was not found, and the file that asked for it when the line names it (ESM's, jest's). */
const NODE_NOT_FOUND =
  /^(?:Error(?: \[ERR_MODULE_NOT_FOUND\])?: )?Cannot find (?:module|package) '([^']+)'(?: imported from (\S+)| from '([^']+)')?$/;
const REQUIRE_STACK = /^Require stack:$/;
const STACK_ENTRY = /^- (\S.*)$/;
/** Each package directory a path passes through under node_modules (the last is the file's own). */
const UNDER_NODE_MODULES = /(?:^|[\\/])node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)(?=[\\/])/g;

/** The package a Node file is installed in: its directory under the path's last node_modules. */
export function nodePackageOf(file: string): string | undefined {
  let name: string | undefined;
  for (const m of file.matchAll(UNDER_NODE_MODULES)) name = m[1];
  return name?.replace(/\\/g, '/');
}

/** The package a request names: a bare one's first name (two, scoped), a path's by where it lies; relative: none. */
export function requestedPackageOf(request: string): string | undefined {
  if (request.startsWith('.')) return undefined;
  if (/^(?:[\\/]|[A-Za-z]:[\\/]|file:)/.test(request)) return nodePackageOf(request);
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The installed package a file belongs to (`sqlmodel` for `…/site-packages/sqlmodel/_compat.py`, `six` for `six.py`). */
export function installedPackageOf(file: string): string | undefined {
  const name = INSTALLED.exec(file)?.[1];
  return name === undefined ? undefined : (name.split('.')[0] ?? name).toLowerCase();
}

/** What one step's tracebacks said so far. */
export class InstalledImports {
  private frameLine = 0;
  private framePackage: string | undefined;
  /** Node's latest error whose requirer is not on its line: the package it asked for and where. */
  private nodeRequest: string | undefined;
  private nodeLine = 0;
  /** The line of the `Require stack:` under that error (0: none yet). */
  private stackLine = 0;
  /** The line of the latest error that was an installed package's import of another's (0: none). */
  conflictLine = 0;

  /** Whether `text` (line `line`) is one of IMPORT_KEYWORDS' forms; reads it if so. */
  line(text: string, line: number): boolean {
    if (this.nodeForm(text, line)) return true;
    const frame = CPYTHON_FRAME.exec(text)?.[1] ?? PYTEST_FRAME.exec(text)?.[1];
    if (frame !== undefined) {
      this.frameLine = line;
      this.framePackage = installedPackageOf(frame);
      return true;
    }
    const error = CANNOT_IMPORT.exec(text);
    if (!error) return false;
    const importer = this.framePackage;
    const source = installedPackageOf(error[2] as string);
    const module = (error[1] as string).split('.')[0]?.toLowerCase();
    if (
      importer !== undefined &&
      source !== undefined &&
      importer !== source &&
      module === source &&
      line - this.frameLine <= FRAME_REACH
    )
      this.conflictLine = line;
    return true;
  }

  /** Node's forms: the error, its `Require stack:` and the requirer under it. */
  private nodeForm(text: string, line: number): boolean {
    const missing = NODE_NOT_FOUND.exec(text);
    if (missing) {
      const request = requestedPackageOf(missing[1] as string);
      const importer = missing[2] ?? missing[3];
      if (importer !== undefined) this.nodeConflict(importer, request, line);
      else [this.nodeRequest, this.nodeLine, this.stackLine] = [request, line, 0];
      return true;
    }
    if (REQUIRE_STACK.test(text)) {
      if (line - this.nodeLine <= 2) this.stackLine = line;
      return true;
    }
    const entry = STACK_ENTRY.exec(text);
    if (!entry) return false;
    // Only the first requirer is the one that asked; the rest are who required it.
    if (this.stackLine > 0 && line === this.stackLine + 1)
      this.nodeConflict(entry[1] as string, this.nodeRequest, line);
    return true;
  }

  private nodeConflict(importer: string, request: string | undefined, line: number): void {
    const from = nodePackageOf(importer);
    if (from !== undefined && request !== undefined && from !== request) this.conflictLine = line;
    this.stackLine = 0;
  }
}
