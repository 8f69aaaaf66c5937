import { runner, type AnnotationProperties } from './runner.js';

/** Where a phase reports what it does. The runner implementation writes workflow commands. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, where?: AnnotationProperties): void;
  warning(message: string, where?: AnnotationProperties): void;
  error(message: string, where?: AnnotationProperties): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const runnerLogger: Logger = {
  debug: (m) => runner.debug(m),
  info: (m) => runner.info(m),
  notice: (m, w) => runner.notice(m, w),
  warning: (m, w) => runner.warning(m, w),
  error: (m, w) => runner.error(m, w),
  async group(name, fn) {
    runner.startGroup(name);
    try {
      return await fn();
    } finally {
      runner.endGroup();
    }
  },
};

export interface LogRecord {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error';
  message: string;
  where?: AnnotationProperties;
}

/** Keeps every record in memory; for tests, and for the CLI's --json mode. */
export class RecordingLogger implements Logger {
  readonly records: LogRecord[] = [];
  debug(message: string): void {
    this.records.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.records.push({ level: 'info', message });
  }
  notice(message: string, where?: AnnotationProperties): void {
    this.records.push({ level: 'notice', message, where });
  }
  warning(message: string, where?: AnnotationProperties): void {
    this.records.push({ level: 'warning', message, where });
  }
  error(message: string, where?: AnnotationProperties): void {
    this.records.push({ level: 'error', message, where });
  }
  async group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
  messages(level: LogRecord['level']): string[] {
    return this.records.filter((r) => r.level === level).map((r) => r.message);
  }
}
