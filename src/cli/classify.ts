import { stat } from 'node:fs/promises';
import { classifyLogFile } from '../adapters/log-file.js';
import { inertJson, inertText } from '../adapters/runner.js';
import { errorMessage, UsageError } from '../core/errors.js';
import type { Classification } from '../core/types.js';
import { wantsHelp, type CliCommand } from './verb.js';
import { int, parseArgs, str } from './flags.js';
import { progressOnTerminal } from './progress.js';

const HELP = `usage: ci-recovery classify <log>... [--exit-code N] [--signal SIG] [--json]

Classifies the failure each log shows (GitHub Actions, Travis, Jenkins, Taskcluster or any text log, plain or
.gz): type, confidence, whether a retry may help, the decisive line and the rule that decided. One result per
log; a log that cannot be read gets an error and the others are still classified (exit code 1 then).

  --exit-code N   exit code of the failed step (124 timeout, 137 killed, 143 terminated, ...)
  --signal SIG    signal that ended the step (SIGKILL, SIGTERM, ...)
  --json          one JSON object per log per line:
                  {"file","type","confidence","retryable","evidence":{"line","text"},"rule"}

examples:
  ci-recovery classify build.log
  ci-recovery classify --exit-code 137 --json logs/*.log`;

function human(file: string, c: Classification): string {
  const head = `${file}: ${c.type} (${c.confidence} confidence${c.retryable ? ', retryable' : ''}; rule ${c.rule})`;
  return c.evidence ? `${head}\n  line ${c.evidence.line}: ${c.evidence.text}` : head;
}

export default {
  async run(argv) {
    if (wantsHelp(argv)) {
      process.stdout.write(HELP + '\n');
      return 0;
    }
    const { flags, positionals } = parseArgs(
      'classify',
      argv,
      { 'exit-code': 'string', signal: 'string', json: 'bool' },
      { positionals: true },
    );
    const json = flags.json === true;
    const signal = str(flags, 'signal');
    const exitCode = int(flags, 'exit-code', { min: 0, max: 255 });
    if (positionals.length === 0)
      throw new UsageError("give at least one log file; see 'ci-recovery classify --help'");
    const extra = {
      ...(exitCode !== undefined ? { exitCode } : {}),
      ...(signal ? { signal } : {}),
    };
    let failed = 0;
    const progress =
      positionals.length > 1
        ? progressOnTerminal('classify', json, { countFiles: true, total: positionals.length })
        : undefined;
    for (const file of positionals) {
      try {
        const c = await classifyLogFile(file, extra);
        const line = json
          ? inertJson({
              file,
              type: c.type,
              confidence: c.confidence,
              retryable: c.retryable,
              evidence: c.evidence ? { line: c.evidence.line, text: c.evidence.text } : null,
              rule: c.rule,
            })
          : human(file, c);
        progress?.done();
        process.stdout.write(inertText(line) + '\n');
        progress?.add(1, (await stat(file)).size);
      } catch (error) {
        failed++;
        progress?.done();
        const message = errorMessage(error);
        if (json) process.stdout.write(inertJson({ file, error: message }) + '\n');
        process.stderr.write(inertText(`ci-recovery classify: ${message}`) + '\n');
      }
    }
    progress?.done();
    return failed > 0 ? 1 : 0;
  },
} satisfies CliCommand;
