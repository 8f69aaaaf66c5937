/** Where a phase reports what it does: the runner's log and annotations in a job, stderr in the CLI. */

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, where?: AnnotationProperties): void;
  warning(message: string, where?: AnnotationProperties): void;
  error(message: string, where?: AnnotationProperties): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

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
