import type { Logger } from '../ports/logger.js';
import type { RunnerPort } from '../ports/runner.js';
import { runner } from './runner.js';

export { RecordingLogger, type Logger, type LogRecord } from '../ports/logger.js';

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

/** The real runner as a port: what an entry point hands its phase. */
export const runnerPort: RunnerPort = {
  log: runnerLogger,
  getState: (name) => runner.getState(name),
  saveState: (name, value) => runner.saveState(name, value),
  setOutput: (name, value) => runner.setOutput(name, value),
  exportVariable: (name, value) => runner.exportVariable(name, value),
  appendSummary: (markdown) => runner.appendSummary(markdown),
  setFailed: (message) => runner.setFailed(message),
  setExitCode: (code) => runner.setExitCode(code),
  appendFileCommand: (command, text) => runner.appendFileCommand(command, text),
};
