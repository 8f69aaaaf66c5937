/**
 * Stdout workflow commands (`::error file=a.ts,line=3::message`, `::add-mask::secret`, ...) parsed the
 * way the runner does, turning a stage's output into annotations and a masked log. As in actions/runner
 * (`src/Runner.Common/ActionCommand.cs` `TryParseV2`, which trims the line's start first, then the legacy `TryParse`;
 * `ActionCommandManager.cs`): command names and property keys are case-insensitive, the legacy form
 * `##[error k=v;k2=v2]message` is found anywhere in a line, and the stop token resumes in any case.
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
const unescapeLegacy = (s: string): string =>
  s
    .replace(/%3B/gi, ';')
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%5D/gi, ']')
    .replace(/%25/g, '%');

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/**
 * What .NET's `string.TrimStart()` drops (`char.IsWhiteSpace`): JavaScript's `trimStart` keeps NEL (U+0085),
 * which .NET drops, and drops U+FEFF, which .NET keeps.
 */
const DOTNET_LEADING_BLANKS = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** A `::cmd k=v,k2=v2::data` line, else a legacy `##[cmd k=v;k2=v2]data` anywhere in it. */
function parseCommand(line: string): Command | undefined {
  const v2 = /^::([^\s:]+)(?: ([^:]*))?::(.*)$/.exec(line.replace(DOTNET_LEADING_BLANKS, ''));
  const legacy = v2 ? undefined : /##\[([^\s\]]+)(?: ([^\]]*))?\](.*)$/.exec(line);
  const match = v2 ?? legacy;
  if (!match) return undefined;
  const [, command = '', props = '', rawData = ''] = match;
  const properties: Record<string, string> = {};
  for (const pair of props.split(v2 ? ',' : ';')) {
    const eq = pair.indexOf('=');
    if (eq > 0)
      properties[pair.slice(0, eq).trim().toLowerCase()] = (v2 ? unescapeProperty : unescapeLegacy)(
        pair.slice(eq + 1),
      );
  }
  return {
    command: command.toLowerCase(),
    properties,
    message: (v2 ? unescapeData : unescapeLegacy)(rawData),
  };
}

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
    const parsed = parseCommand(line);
    if (!parsed) {
      lines.push(mask(line));
      continue;
    }
    const { command, properties, message } = parsed;
    if (stopToken !== undefined) {
      // The runner compares the resume token ignoring case (ActionCommandManager.cs).
      if (command === stopToken.toLowerCase()) stopToken = undefined;
      else lines.push(mask(line));
      continue;
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
        const endLine = num('endline');
        if (endLine !== undefined) annotation.endLine = endLine;
        const col = num('col');
        if (col !== undefined) annotation.col = col;
        const endColumn = num('endcolumn');
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
