/**
 * The files of the job a phase reads: the config in the workspace (or the effective one main exported),
 * the workflow event, and the step records `run/`, checkpoint and restore steps left in RUNNER_TEMP.
 * adapters/job-ports.ts reads the disk; `RecordingJobFiles` answers from memory.
 */
import { DEFAULT_CONFIG, type Config } from '../core/config-defaults.js';
import type { RunContext } from '../core/event.js';
import type { StepRecord } from '../core/records.js';

export interface LoadedConfig {
  config: Config;
  /** The file read, relative to the workspace; undefined when the defaults apply. */
  file?: string;
}

export interface JobFilesPort {
  /** The config file (`file`, else the default locations); throws a UserError for a bad file. */
  loadConfig(file?: string): Promise<LoadedConfig>;
  /** What main exported for later steps, else the file in the workspace. */
  effectiveConfig(): Promise<Config>;
  /** Saves the effective config for later steps (main); returns the file's path. */
  saveEffectiveConfig(config: Config): Promise<string>;
  /** Saves the change's files for later `run/` steps (main); returns the file's path. */
  saveChangedFiles(files: readonly string[]): Promise<string>;
  runContext(): Promise<RunContext>;
  /** The commit the workspace's clone has checked out (main, after actions/checkout); undefined: no clone. */
  checkoutHead(): Promise<string | undefined>;
  records(): Promise<StepRecord[]>;
}

export class RecordingJobFiles implements JobFilesPort {
  readonly configsAsked: (string | undefined)[] = [];
  /** What main saved for later steps; `failSave` makes saving throw. */
  saved?: Config;
  /** The change's files main saved for run/ steps. */
  changedFiles?: string[];
  constructor(
    private readonly files: {
      config?: LoadedConfig | Error;
      context?: RunContext;
      records?: StepRecord[];
      failSave?: Error;
      head?: string;
    } = {},
  ) {}
  loadConfig(file?: string): Promise<LoadedConfig> {
    this.configsAsked.push(file);
    const { config } = this.files;
    return config instanceof Error
      ? Promise.reject(config)
      : Promise.resolve(config ?? { config: DEFAULT_CONFIG });
  }
  async effectiveConfig(): Promise<Config> {
    return this.saved ?? (await this.loadConfig()).config;
  }
  saveEffectiveConfig(config: Config): Promise<string> {
    if (this.files.failSave) return Promise.reject(this.files.failSave);
    this.saved = config;
    return Promise.resolve('/tmp/rt/ci-recovery/effective-config.json');
  }
  saveChangedFiles(files: readonly string[]): Promise<string> {
    this.changedFiles = [...files];
    return Promise.resolve('/tmp/rt/ci-recovery/changed-files.json');
  }
  runContext(): Promise<RunContext> {
    return Promise.resolve(this.files.context ?? { eventName: 'push', ref: 'refs/heads/main', sha: 'abc' });
  }
  checkoutHead(): Promise<string | undefined> {
    return Promise.resolve(this.files.head);
  }
  records(): Promise<StepRecord[]> {
    return Promise.resolve(this.files.records ?? []);
  }
}
