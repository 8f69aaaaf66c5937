/**
 * Stdout workflow commands (`::error file=a.ts,line=3::message`, `::add-mask::secret`, ...) parsed the
 * way the runner does, turning a stage's output into annotations and a masked log.
 */

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface ParsedOutput {
  annotations: Annotation[];
  /** Log as the runner shows it: commands rendered, secrets masked. */
  log: string;
  masks: string[];
  debug: string[];
}

const unescapeData = (s: string): string =>
  s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

/**
 * Parses the combined output lines of a stage. `masks` may be pre-filled with secrets known up front;
 * masks added by `::add-mask::` apply from that line on (and are returned for later stages).
 */
export function parseWorkflowCommands(output: string, known: string[] = []): ParsedOutput {
  const masks = [...known];
  const annotations: Annotation[] = [];
  const debug: string[] = [];
  const lines: string[] = [];
  let stopToken: string | undefined;
  const mask = (text: string): string =>
    masks.filter((m) => m !== '').reduce((acc, m) => acc.split(m).join('***'), text);

  // The runner reads output line by line as .NET does: a lone \r ends a line too.
  for (const line of output.split(/\r\n|\r|\n/)) {
    const match = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (!match) {
      lines.push(mask(line));
      continue;
    }
    const [, command = '', props = '', rawData = ''] = match;
    if (stopToken !== undefined) {
      if (command === stopToken) stopToken = undefined;
      else lines.push(mask(line));
      continue;
    }
    const message = unescapeData(rawData);
    const properties: Record<string, string> = {};
    for (const pair of props.split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    switch (command) {
      case 'add-mask':
        masks.push(message);
        break;
      case 'stop-commands':
        stopToken = message;
        break;
      case 'debug':
        debug.push(mask(message));
        break;
      case 'group':
        lines.push(mask(`##[group]${message}`));
        break;
      case 'endgroup':
        lines.push('##[endgroup]');
        break;
      case 'error':
      case 'warning':
      case 'notice': {
        const num = (k: string): number | undefined =>
          properties[k] !== undefined ? Number(properties[k]) : undefined;
        const annotation: Annotation = { level: command, message: mask(message) };
        if (properties.file) annotation.file = properties.file;
        const line = num('line');
        if (line !== undefined) annotation.line = line;
        const endLine = num('endLine');
        if (endLine !== undefined) annotation.endLine = endLine;
        const col = num('col');
        if (col !== undefined) annotation.col = col;
        const endColumn = num('endColumn');
        if (endColumn !== undefined) annotation.endColumn = endColumn;
        if (properties.title) annotation.title = mask(properties.title);
        annotations.push(annotation);
        lines.push(mask(`${command[0]?.toUpperCase()}${command.slice(1)}: ${message}`));
        break;
      }
      default:
        // Unknown or deprecated commands (set-output, save-state, echo) are not shown.
        break;
    }
  }
  return { annotations, log: lines.join('\n'), masks, debug };
}
