/**
 * An import that failed between two installed Python packages: a module in one package's directory under
 * site-packages (or Debian's dist-packages) imports a name that another installed package's module lacks. Both
 * sides are what the resolver installed, so their versions do not fit (TAXONOMY dependency: a conflict), where
 * the same `ImportError` raised from the project's own file, or from a package importing itself (torch's
 * modules importing torch's), is the code's and stays what its other lines say.
 *
 * The frame that raised it is the latest one above the error: CPython prints `  File "<path>", line N, in <name>`
 * (Lib/traceback.py StackSummary.format_frame_summary), then the frame's source line and, from 3.11, a line of
 * carets; pytest's short traceback, which it gives every test module that failed to import
 * (_pytest/python.py Module._importtestmodule, `getrepr(style="short")`), prints `<path>:N: in <name>`
 * (_pytest/_code/code.py ReprFileLocation) and the source line, then the error as `E   ImportError: ...`. The
 * error names the module and the file it came from (CPython's import_from: `cannot import name %R from %R
 * (%S)`); a circular import's `from partially initialized module` is the code's and not read here.
 */

/** Lower case, as the scanner's prefilter sees them: the two frames' forms and the error. */
export const IMPORT_KEYWORDS: readonly string[] = ['", line ', ': in ', 'cannot import name '];

/** CPython's frame line and pytest's short one: the file's path. */
const CPYTHON_FRAME = /^File "(.+)", line \d+, in \S/;
const PYTEST_FRAME = /^(\S+\.py):\d+: in \S/;
/** The error, as CPython prints it and as pytest's `E` lines quote it: the module and the file it came from. */
const CANNOT_IMPORT = /^(?:E\s+)?ImportError: cannot import name '[^']+' from '([\w.]+)' \((.+)\)$/;
/** A package's own directory: the first name after site-packages or dist-packages. */
const INSTALLED = /[\\/](?:site|dist)-packages[\\/]([^\\/]+)/;
/** Lines between a frame and the error: its source line, carets, or 3.13's `...<N lines>...` and a closing line. */
const FRAME_REACH = 6;

/** The installed package a file belongs to (`sqlmodel` for `…/site-packages/sqlmodel/_compat.py`, `six` for `six.py`). */
export function installedPackageOf(file: string): string | undefined {
  const name = INSTALLED.exec(file)?.[1];
  return name === undefined ? undefined : (name.split('.')[0] ?? name).toLowerCase();
}

/** What one step's tracebacks said so far. */
export class InstalledImports {
  private frameLine = 0;
  private framePackage: string | undefined;
  /** The line of the latest error that was an installed package's import of another's (0: none). */
  conflictLine = 0;

  /** Whether `text` (line `line`) is one of IMPORT_KEYWORDS' forms; reads it if so. */
  line(text: string, line: number): boolean {
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
}
