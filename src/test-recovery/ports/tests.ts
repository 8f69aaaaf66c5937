/**
 * What a `run/` step's test recovery reads beyond the command's output: the test reports the runner wrote
 * (by glob, only those written since a moment), the files the change added or edited (main's, through a file
 * in RUNNER_TEMP), and the flaky history (post's; the loader is given by the entry point, and knows nothing
 * by default). adapters/test-reports.ts reads the disk; `MemoryTestFiles` answers from memory.
 */
import type { TestHistoryView } from '../../core/test-identity.js';

/** A report as `MemoryTestFiles` is given it. */
export interface TestReport {
  /** Relative to the directory searched. */
  path: string;
  text: string;
}

/** A report found: its text is read when asked, one report at a time, and not at all past the cap. */
export interface ReportFile {
  /** Relative to the directory searched. */
  path: string;
  read(): Promise<string>;
}

export interface RunTestPorts {
  /** Reports matching `glob` (comma- or newline-separated globs) under `cwd`, written at or after `sinceMs`. */
  reports(glob: string, cwd: string, sinceMs: number): Promise<{ files: ReportFile[]; skipped: string[] }>;
  /**
   * Saves the files matching `glob` under `cwd` whose name `names` holds, to put them back as they were (their
   * bytes and times) when `restore` is called: what a re-run writes again over the step's own (Surefire's
   * reports of the classes it re-runs), which the job uploads after the step.
   */
  keepFiles?(glob: string, cwd: string, names: ReadonlySet<string>): Promise<{ restore(): Promise<void> }>;
  /** The files the change added or edited, relative to the repository; undefined when main did not say. */
  changedFiles(): Promise<string[] | undefined>;
  /** The `scripts` of the package.json in `cwd` (empty when there is none), to read what `npm test` runs. */
  packageScripts?(cwd: string): Promise<Record<string, string>>;
  /**
   * The text of each of `files` (relative to `cwd`) that is there: null for one not read (too large, not a
   * regular file, under a link, or named outside `cwd`). Read as text only: these come from the change under test.
   */
  configTexts?(cwd: string, files: readonly string[]): Promise<Record<string, string | null>>;
  /**
   * The variables of the environment the step's command starts with (its `env:`, the job's) whose names
   * `wanted` accepts: what may stop its runner unseen (GOFLAGS, SPEC_OPTS, npm's workspaces).
   */
  stepEnv?(wanted: (name: string) => boolean): Record<string, string>;
  /** The flaky history; undefined knows nothing. */
  history?: TestHistoryView;
  /** Loads the job's flaky history (left by an earlier step, else restored), when `history` is not given: only once a test failed. */
  loadHistory?: () => Promise<TestHistoryView>;
}

/** Reports written in order: each `reports` call returns the next list (the last one again when used up). */
export class MemoryTestFiles implements RunTestPorts {
  readonly asked: { glob: string; cwd: string; sinceMs: number }[] = [];
  /** The paths of the reports read, in order. */
  readonly read: string[] = [];
  constructor(
    private readonly lists: TestReport[][] = [],
    private readonly changed?: string[],
    readonly history?: TestHistoryView,
    private readonly scripts: Record<string, string> = {},
    private readonly configs: Record<string, string | null> = {},
    private readonly env: Record<string, string> = {},
  ) {}
  stepEnv(wanted: (name: string) => boolean): Record<string, string> {
    return Object.fromEntries(Object.entries(this.env).filter(([k]) => wanted(k)));
  }
  configTexts(_cwd: string, files: readonly string[]): Promise<Record<string, string | null>> {
    return Promise.resolve(
      Object.fromEntries(
        files.filter((f) => Object.hasOwn(this.configs, f)).map((f) => [f, this.configs[f]!]),
      ),
    );
  }
  packageScripts(): Promise<Record<string, string>> {
    return Promise.resolve(this.scripts);
  }
  reports(glob: string, cwd: string, sinceMs: number): Promise<{ files: ReportFile[]; skipped: string[] }> {
    this.asked.push({ glob, cwd, sinceMs });
    const list = this.lists.length > 1 ? this.lists.shift()! : (this.lists[0] ?? []);
    const files = list.map(({ path, text }) => ({
      path,
      read: () => (this.read.push(path), Promise.resolve(text)),
    }));
    return Promise.resolve({ files, skipped: [] });
  }
  changedFiles(): Promise<string[] | undefined> {
    return Promise.resolve(this.changed);
  }
}
