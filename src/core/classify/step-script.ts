/**
 * What a `run:` step's script says about what may print after a command fails, read from the script the runner
 * prints in the step's header: actions/runner src/Runner.Worker/Handlers/ScriptHandler.cs PrintActionDetails
 * @258d6c857db3519913f7deb6004b60172f8043ae prints `##[group]Run <first line>`, then every line of the script
 * (each in bright cyan), then `shell: <command>` (ScriptHandlerHelpers.cs: `bash --noprofile --norc -e -o pipefail
 * {0}` for `shell: bash`, `bash -e {0}` when none is named, `sh -e {0}`). Read by bash's grammar (bash manual,
 * Shell Syntax, Lists of Commands, Pipelines, The Set Builtin, Bourne Shell Builtins `trap`): a command ended by
 * `&` (not `&&`, nor the redirections `&>`, `>&`, `<&`) runs in the background, beside what follows; `trap
 * handler SIGNAL…` runs its handler later (on EXIT, when the script ends after a failure); and a failure is
 * tolerated, so the script goes on past it, where `-e` is off (`set +e`, a shell without it), after `|| true` / `||
 * :`, before `&&`, in an `if`/`while`/`until` condition, after `!`, and in a pipeline but its last command unless
 * `pipefail`. Pure and line-driven: quotes, `$(…)`, `$((…))`, `${…}`, comments and here-documents carry over lines.
 */

/** One simple command of the script: its script line, its program's name, and how a failure of it is taken. */
export interface ScriptCommand {
  line: number;
  /** Its last script line: bash names a command carried over lines by one of its own (`line 3` for lines 2 to 5). */
  end: number;
  name: string;
  /** Its failure never ends the script whatever `-e` says: `|| true`, `&&`, a condition, `!`, a background job. */
  tolerated: boolean;
  /** Not the last command of a pipeline: tolerated unless `pipefail`. */
  piped: boolean;
  /** `set -e` / `set +e` in force where it ran (undefined: the shell's own). */
  errexit?: boolean;
  pipefail?: boolean;
  background: boolean;
  /** The files its options or redirection write (outputsOf): `-o tool.tgz`, `-O tool.zip`, `> install.sh`. */
  outputs?: string[];
}

/** What the script shows, once its `shell:` line is read (undefined before, or for a shell not bash or sh). */
export interface StepScript {
  /** The first script line that starts a background job, or sets a trap with a handler. */
  beside?: { line: number; text: string };
  commands: ScriptCommand[];
  /** The first script line that sends SIGKILL itself (`kill -9`, `pkill -KILL`, `killall -s KILL`). */
  kills?: { line: number; text: string };
  /**
   * The first `wait` after that kill: it returns what it waits for killed, 128 + 9 (bash manual, `wait`, Exit
   * Status); a kill with no `wait` after it returns 0 and leaves the script's status alone.
   */
  reaps?: { line: number; text: string };
  /** The shell line's `-e` and `-o pipefail`. */
  errexit: boolean;
  pipefail: boolean;
}

/**
 * Script lines read: a header the runner never closed (a cut log) or a quote left open must not make the reader
 * hold the rest of the log; a longer script keeps what its first lines said.
 */
const MAX_LINES = 2000;
/** Characters kept of one word: its name is all that is used, and a quote left open would keep growing it. */
const MAX_WORD = 512;
/** What the grammar reads char by char; a line with none of it is words alone. */
const SPECIAL = /[&|;'"`$()<>#{}\\]/;
/** Commands kept: a script's refusal is looked up among them; a longer script keeps its first ones. */
const MAX_COMMANDS = 200;
/** Words kept of one command: its name, its prefixes and the options `set`, `trap` and `kill` read come first. */
const MAX_WORDS = 64;
/** Right sides of `||` that leave a failure tolerated: the list's status is theirs, and they succeed. */
const TOLERANT = new Set(['true', ':', 'echo', 'printf']);
/** Reserved words before a command's name; those whose list is a condition open one (bash: Compound Commands). */
const CONDITION_OPENERS = new Set(['if', 'elif', 'while', 'until']);
/** Compound commands (bash manual, Compound Commands), and the words that close them. */
const OPENERS = new Set(['if', 'while', 'until', 'for', 'select', 'case', '{']);
const CLOSERS = new Map([
  ['fi', 'if'],
  ['done', 'while until for select'],
  ['esac', 'case'],
  ['}', '{'],
]);
const RESERVED = new Set(['then', 'else', 'do', 'done', 'fi', 'esac', '{', '}', '!', 'time', 'in']);
/** Words a command's name is written after: the named program is the one that runs. */
const PREFIXES = new Set(['sudo', 'exec', 'command', 'nohup', 'env', 'xargs', 'timeout', 'npx', 'time']);

interface Pending {
  line: number;
  words: string[];
  negated: boolean;
  condition: boolean;
}

/** Reads a script one printed line at a time (`line(text)`), then its `shell:` line (`end`). */
export class ScriptReader {
  private lineNo = 0;
  private quote: '' | "'" | '"' = '';
  /** Open `$(`, `$((`, `((`, `${` and backquotes: an `&` or `;` inside them is not the script's. */
  private depth = 0;
  private backquote = false;
  private heredocs: { tag: string; strip: boolean }[] = [];
  private inHeredoc: { tag: string; strip: boolean } | undefined;
  private word = '';
  private wordLine = 0;
  private current: Pending | undefined;
  private condition = false;
  private negateNext = false;
  /** The commands before an `||` not yet settled: the list's last command's name says whether they are tolerated. */
  private orChain: ScriptCommand[] = [];
  /** The right side of `||` is a group (`{ echo x; exit 1; }`): its first command does not settle the list. */
  private orGroup = false;
  private errexit: boolean | undefined;
  private pipefail: boolean | undefined;
  private beside: { line: number; text: string } | undefined;
  private kills: { line: number; text: string } | undefined;
  private reaps: { line: number; text: string } | undefined;
  private readonly commands: ScriptCommand[] = [];
  /** Compound commands open (`while`, `if`, `{`, `(`…): where their commands begin in `commands`. */
  private open: { kind: string; at: number }[] = [];
  /** The compound command just closed (`done`, `fi`, `}`, `)`…): where its commands begin, until an operator. */
  private closed: number | undefined;

  /** One printed line of the script; false once the script is too long to read on (MAX_LINES): stop feeding it. */
  line(text: string): boolean {
    this.lineNo++;
    if (this.lineNo > MAX_LINES) return false;
    if (this.inHeredoc) {
      const body = this.inHeredoc.strip ? text.replace(/^\t+/, '') : text;
      if (body.trim() === this.inHeredoc.tag) this.inHeredoc = this.heredocs.shift();
      return true;
    }
    this.read(text);
    if (this.word.length > MAX_WORD) this.word = this.word.slice(0, MAX_WORD);
    if (this.quote || this.depth > 0 || this.backquote) {
      this.word += '\n';
      return true;
    }
    if (text.endsWith('\\') && !text.endsWith('\\\\')) return true;
    this.endWord();
    this.endCommand('\n', text);
    this.inHeredoc = this.heredocs.shift();
    return true;
  }

  /** The script's `shell:` line: the facts, for bash and sh only (another shell's grammar is not this one). */
  end(shell: string): StepScript | undefined {
    const words = bourneShell(shell);
    if (!words) return undefined;
    this.endWord();
    this.endCommand('\n', '');
    const flags = words.filter((w) => /^-[a-z]+$/.test(w)).join('');
    const pipefail = words.some((w, i) => w === 'pipefail' && words[i - 1] === '-o');
    const script: StepScript = { commands: this.commands, errexit: flags.includes('e'), pipefail };
    if (this.beside) script.beside = this.beside;
    if (this.kills) script.kills = this.kills;
    if (this.reaps) script.reaps = this.reaps;
    return script;
  }

  private read(text: string): void {
    // Most script lines are plain words: no quote, expansion, operator, comment or escape to follow char by char.
    if (this.word === '' && !this.quote && this.depth === 0 && !this.backquote && !SPECIAL.test(text)) {
      for (const word of text.split(/[ \t]+/)) {
        if (word === '') continue;
        this.wordLine = this.lineNo;
        this.word = word;
        this.endWord();
      }
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      const next = text[i + 1] ?? '';
      if (this.quote === "'") {
        if (c === "'") this.quote = '';
        this.word += c;
        continue;
      }
      if (c === '\\') {
        this.word += c + next;
        i++;
        continue;
      }
      if (this.quote === '"') {
        if (c === '"') this.quote = '';
        else if (c === '$' && next === '(') {
          this.depth++;
          this.word += c + next;
          i++;
          continue;
        } else if (c === ')' && this.depth > 0) this.depth--;
        this.word += c;
        continue;
      }
      if (c === "'" || c === '"') {
        this.quote = c;
        this.word += c;
        continue;
      }
      if (c === '`') {
        this.backquote = !this.backquote;
        this.word += c;
        continue;
      }
      if (c === '$' && (next === '(' || next === '{')) {
        this.depth++;
        this.word += c + next;
        i++;
        continue;
      }
      if (this.depth > 0 || this.backquote) {
        if (c === '(' || c === '{') this.depth++;
        else if (c === ')' || c === '}') this.depth--;
        this.word += c;
        continue;
      }
      // An arithmetic command `(( … ))` opens where a command's name would be.
      if (c === '(' && next === '(' && this.word === '' && !this.current) {
        this.depth++;
        this.word += c + next;
        i++;
        continue;
      }
      if (c === '#' && this.word === '') return;
      if (c === ' ' || c === '\t') {
        this.endWord();
        continue;
      }
      if (c === '<' && next === '<' && text[i + 2] !== '<') {
        i = this.heredoc(text, i + 2);
        continue;
      }
      // Redirections that name `&`: `&>`, `&>>`, `>&`, `<&`, `2>&1`. Not a background job.
      if (c === '&' && next === '>') {
        this.word += c;
        continue;
      }
      if ((c === '>' || c === '<') && next === '&') {
        this.word += c + next;
        i++;
        continue;
      }
      if (c === '&' || c === '|' || c === ';') {
        this.endWord();
        const op = (c === next && c !== ';') || (c === '|' && next === '&') ? c + next : c;
        // A case clause's terminators `;;`, `;&`, `;;&` (bash manual, Conditional Constructs): not a job.
        if (c === ';' && text[i + 1] === ';') i++;
        if (c === ';' && text[i + 1] === '&') i++;
        i += op.length - 1;
        this.endCommand(op, text);
        continue;
      }
      if (c === '(' || c === ')') {
        this.endWord();
        if (c === '(' && this.orChain.length > 0 && !this.current) this.orGroup = true;
        if (c === '(' && !this.current) this.opens('(');
        else if (c === ')' && this.open.at(-1)?.kind === '(') this.closes('(');
        continue;
      }
      if (this.word === '') this.wordLine = this.lineNo;
      this.word += c;
    }
  }

  /** A here-document's operator at `from` (after `<<`): its delimiter is read, its body skipped at the line's end. */
  private heredoc(text: string, from: number): number {
    let i = from;
    const strip = text[i] === '-';
    if (strip) i++;
    while (text[i] === ' ') i++;
    const tag = /^(['"]?)([^\s;&|<>()'"]+)\1/.exec(text.slice(i));
    if (!tag) return i - 1;
    this.heredocs.push({ tag: tag[2] as string, strip });
    return i + tag[0].length - 1;
  }

  private endWord(): void {
    if (this.word === '') return;
    const word = this.word;
    this.word = '';
    if (!this.current) {
      if (word === '!') {
        this.negateNext = true;
        return;
      }
      if (word === '{' && this.orChain.length > 0) this.orGroup = true;
      if (OPENERS.has(word)) this.opens(word);
      else if (CLOSERS.has(word)) this.closes(CLOSERS.get(word) as string);
      if (CONDITION_OPENERS.has(word)) {
        this.condition = true;
        return;
      }
      if (word === 'then' || word === 'do') this.condition = false;
      if (RESERVED.has(word) || word === 'then' || word === 'do') return;
      this.current = {
        line: this.wordLine || this.lineNo,
        words: [],
        negated: this.negateNext,
        condition: this.condition,
      };
      this.negateNext = false;
    }
    if (this.current.words.length < MAX_WORDS) this.current.words.push(word);
  }

  private opens(kind: string): void {
    this.open.push({ kind, at: this.commands.length });
  }

  /** A compound command's closing word: `done` closes `while`, `until`, `for` or `select`. */
  private closes(kinds: string): void {
    const top = this.open.at(-1);
    if (top && kinds.split(' ').includes(top.kind)) this.closed = this.open.pop()?.at;
  }

  /** The command before the operator `op` ended (`\n` for a line's end). */
  private endCommand(op: string, text: string): void {
    const pending = this.current;
    this.current = undefined;
    const compound = this.closed;
    this.closed = undefined;
    // `&` after a compound command (`done &`, `} &`, `fi &`, `) &`) runs all of it beside what follows.
    if (op === '&' && compound !== undefined) {
      this.beside ??= { line: this.lineNo, text: text.trim() };
      for (const c of this.commands.slice(compound)) c.background = c.tolerated = true;
    }
    if (!pending) return;
    const words = pending.words.filter((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
    let at = 0;
    while (at < words.length - 1 && PREFIXES.has(words[at] as string)) {
      at++;
      while (at < words.length - 1 && /^-|^\d+[smhd]?$/.test(words[at] as string)) at++;
    }
    const name = (words[at] ?? '').split('/').pop() ?? '';
    const chain = this.orChain;
    if (chain.length > 0 && op !== '||') {
      this.orChain = [];
      const exitsZero = name === 'exit' && (words[at + 1] ?? '0') === '0';
      if ((TOLERANT.has(name) || exitsZero) && !this.orGroup) for (const c of chain) c.tolerated = true;
      this.orGroup = false;
    }
    if (name === '') return;
    if (name === 'set') this.set(words.slice(at + 1));
    const background = op === '&';
    if (background || (name === 'trap' && traps(words.slice(at + 1))))
      this.beside ??= { line: this.lineNo, text: text.trim() };
    if (name === 'wait' && this.kills) this.reaps ??= { line: this.lineNo, text: text.trim() };
    if (KILLERS.has(name) && sendsKill(words.slice(at + 1)))
      this.kills ??= { line: this.lineNo, text: text.trim() };
    const command: ScriptCommand = {
      line: pending.line,
      end: this.lineNo,
      name,
      tolerated: background || op === '&&' || pending.negated || pending.condition,
      piped: op === '|' || op === '|&',
      background,
    };
    const outputs = outputsOf(words.slice(at + 1));
    if (outputs.length > 0) command.outputs = outputs;
    if (this.errexit !== undefined) command.errexit = this.errexit;
    if (this.pipefail !== undefined) command.pipefail = this.pipefail;
    if (this.commands.length >= MAX_COMMANDS) return;
    if (op === '||') this.orChain.push(command);
    this.commands.push(command);
  }

  /** `set -e`, `set +e`, `set -o errexit`, `set -euo pipefail`… */
  private set(args: string[]): void {
    for (let k = 0; k < args.length; k++) {
      const arg = args[k] as string;
      const on = arg.startsWith('-');
      if (!/^[-+][a-zA-Z]+$/.test(arg)) continue;
      if (arg.includes('e')) this.errexit = on;
      if (arg.endsWith('o')) {
        const option = args[k + 1];
        if (option === 'pipefail') this.pipefail = on;
        if (option === 'errexit') this.errexit = on;
      }
    }
  }
}

/**
 * A `shell:` line's words after its program, where that program is bash or sh (another shell's grammar is not
 * this one); undefined for any other.
 */
function bourneShell(shell: string): string[] | undefined {
  const rest = shell.replace(/^shell:\s*/, '');
  // A Windows runner names the program by its path, spaces and all: `C:\Program Files\Git\bin\bash.EXE -e …`.
  const exe = /^(.*?\.exe)(?=\s|$)/i.exec(rest)?.[1];
  const words = (exe === undefined ? rest : rest.slice(exe.length)).trim().split(/\s+/);
  const path = exe ?? words.shift() ?? '';
  const program = (path.split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, '').toLowerCase();
  return program === 'bash' || program === 'sh' ? words : undefined;
}

/** Characters of script lines kept unread: past them, a long script is read as it comes (memory stays bounded). */
const MAX_KEPT = 1 << 15;

/**
 * A `run:` step's script as its header printed it, read by bash's grammar only when asked (`read`): what it says
 * matters where a refusal, a status 137 or bash's word on a killed job is among the failed step's pieces
 * (evidence-pieces.ts), and every `run:` step prints one, failed or not (the 145 whole job logs: 65 000 of
 * their 351 000 lines). Fed as ScriptReader is (`line`, then `end`); the same facts, read once.
 */
export class PrintedScript {
  /**
   * Its header came under the gh step column of a run step already going (structure.ts sameColumnHeader): it may
   * be that step's output, so it does not set a network failure aside (evidence-pieces.ts toleratedNetwork).
   */
  sameColumn = false;
  private kept: string[] = [];
  private chars = 0;
  private lines = 0;
  /** Reading as lines come: once the kept lines grew past MAX_KEPT, or once read. */
  private reader: ScriptReader | undefined;
  private shell = '';
  private script: { facts: StepScript | undefined } | undefined;

  /** One printed line of the script; false once the script is too long to read on (MAX_LINES): stop feeding it. */
  line(text: string): boolean {
    if (++this.lines > MAX_LINES) return false;
    if (this.reader) return this.reader.line(text);
    this.kept.push(text);
    this.chars += text.length;
    if (this.chars > MAX_KEPT) this.readKept();
    return true;
  }

  /** The script's `shell:` line; false where its shell is not bash or sh (ScriptReader.end reads no other). */
  end(shell: string): boolean {
    this.shell = shell;
    return bourneShell(shell) !== undefined;
  }

  /** What the script shows (ScriptReader.end), read the first time it is asked. */
  read(): StepScript | undefined {
    this.script ??= { facts: this.readKept().end(this.shell) };
    return this.script.facts;
  }

  private readKept(): ScriptReader {
    const reader = (this.reader ??= new ScriptReader());
    for (const text of this.kept) reader.line(text);
    this.kept = [];
    return reader;
  }
}

/** Commands that send a signal their options name: bash's `kill` builtin, procps' `pkill`, psmisc's `killall`. */
const KILLERS = new Set(['kill', 'pkill', 'killall']);

/**
 * Their options name SIGKILL: `-9`, `-KILL`, `-SIGKILL` (each of the three), `-s KILL` / `-n 9` (bash's kill, help
 * kill), `-s KILL` (killall), `--signal KILL` / `--signal=9` (pkill, killall).
 */
function sendsKill(args: string[]): boolean {
  return args.some((arg, k) => {
    if (/^-(?:9|(?:SIG)?KILL)$/i.test(arg)) return true;
    const value =
      /^--signal=(.*)$/.exec(arg)?.[1] ?? (/^(?:-[sn]|--signal)$/.test(arg) ? args[k + 1] : undefined);
    return value !== undefined && /^(?:9|(?:SIG)?KILL)$/i.test(value);
  });
}

/** `trap`'s arguments set a handler (not `trap - SIG`, `trap '' SIG`, `trap -p`, `trap -l`). */
function traps(args: string[]): boolean {
  const [handler, ...signals] = args;
  if (handler === undefined || signals.length === 0) return false;
  return !/^(?:-[-pl]?|''|"")$/.test(handler);
}

/**
 * The files a command's words say it writes, by their last path segment, quotes off: curl's `-o`/`--output` (curl
 * man page), wget's `-O`/`--output-document` (wget manual), and the shell's `>`/`>>` redirection of its output
 * (not `/dev/null`, nor `>&2`). curl's own `-O` writes the URL's last segment, which is what the word after it
 * gives; a name read wrong only keeps a network failure standing.
 */
function outputsOf(args: string[]): string[] {
  const outputs: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k] as string;
    const joined = /^(?:--output(?:-document)?=|>>?)(.+)$/.exec(arg)?.[1];
    const next = /^(?:-[oO]|--output(?:-document)?|>>?)$/.test(arg) ? args[k + 1] : undefined;
    const written = (joined ?? next)?.replace(/['"]/g, '') ?? '';
    if (/^(?:&|-|\/dev\/)/.test(written)) continue;
    const file = written.split('/').pop();
    if (file) outputs.push(file);
  }
  return outputs;
}

/** Whether a command's failure was tolerated, the shell's `-e` and `pipefail` as the `shell:` line set them. */
export function toleratedIn(script: StepScript, command: ScriptCommand): boolean {
  if (command.tolerated) return true;
  if (!(command.errexit ?? script.errexit)) return true;
  return command.piped && !(command.pipefail ?? script.pipefail);
}

/**
 * Whether the step may have gone on past a refusal at `text` (a program's usage error, the shell's `not found`):
 * true where the script shows nothing that runs beside it (the old reading: a later line was a later command's),
 * or where the refusal's own command was tolerated. With a background job or a trap, a later line may be that
 * job's or the handler's: the refusal stands unless the script shows its command tolerated. Its command is the
 * script line bash names (`<file>: line N:`), else those whose name the line names, else, not knowing, every
 * command in the foreground but bash's builtins; and each of them must be tolerated: where one is not, the
 * refusal may be its, which ended the script (`docker rm -f old || true` beside an untolerated `mytool --json`
 * that printed a usage error naming no program: issue 68's review; the background job's later reset is no cause).
 */
export function mayHaveGonePast(script: StepScript | undefined, text: string): boolean {
  if (!script?.beside) return true;
  const at = ownScriptLine(text);
  const onLine = at === undefined ? [] : script.commands.filter((c) => c.line <= at && at <= c.end);
  const byName = (commands: ScriptCommand[]): ScriptCommand[] => commands.filter((c) => nameIn(c.name, text));
  const named = at !== undefined ? onLine : byName(script.commands);
  // bash's line may hold a list (`a || true; b`): its word names the one it means, where it names one.
  const narrowed = at !== undefined && byName(named).length > 0 ? byName(named) : named;
  const candidates =
    narrowed.length > 0 ? narrowed : script.commands.filter((c) => !c.background && !BUILTINS.has(c.name));
  return candidates.length > 0 && candidates.every((c) => toleratedIn(script, c));
}

/**
 * The script's commands that may have printed a line at `text` (a network failure's, weighed by evidence-pieces.ts
 * toleratedNetwork with toleratedIn: `curl -fsSL … || true`, `wget … || echo …`, `npm i -g x || :`, a command under
 * `set +e`, a retry loop's `curl … && break`): those whose name the line names (`curl: (6) Could not resolve host:
 * …`, `wget: unable to resolve host address …`, `npm error code ENOTFOUND`), or whose words it is (PROGRAM_WORDS:
 * pip's, which name no program). None (a line naming no command of the script, printed by a tool a command ran): who
 * printed it is not known. A name the line holds by chance (`curl` in a URL's path) only adds a command, so a
 * caller that asks all of them to be tolerated stays on the safe side.
 */
export function printers(script: StepScript, text: string): ScriptCommand[] {
  const programs = PROGRAM_WORDS.filter(([words]) => words.test(text)).flatMap(([, names]) => names);
  // pip's words name no program: a command that may run pip itself (tox, make, a script) may have printed them.
  const runsPip =
    programs.length > 0
      ? (c: ScriptCommand) => RUNS_PIP.has(c.name) || /\.(?:sh|py)$/.test(c.name)
      : () => false;
  return script.commands.filter((c) => nameIn(c.name, text) || programs.includes(c.name) || runsPip(c));
}

/**
 * Programs that may run pip themselves (PROGRAM_WORDS): a tolerated `pip … || true` is not the only printer of pip's
 * words where one of them runs untolerated (issue 68's second review, low).
 */
const RUNS_PIP = new Set([
  'tox',
  'nox',
  'make',
  'bash',
  'sh',
  'poetry',
  'pipenv',
  'hatch',
  'pdm',
  'uv',
  'pipx',
  'just',
  'invoke',
]);

/**
 * Network failures in words that name no program, and the programs that print them: pip's resolver on an index it
 * could not reach (pip 23.2.1 _internal/resolution/resolvelib/factory.py and index/package_finder.py: `Could not
 * find a version that satisfies the requirement %s (from versions: %s)`, `No matching distribution found for %s`;
 * commands/install.py: `Could not install packages due to an OSError`) and its vendored urllib3's retry warning
 * through pip's logger (_vendor/urllib3/connectionpool.py: `Retrying (%r) after connection broken by '%r': %s`).
 */
const PROGRAM_WORDS: readonly [RegExp, readonly string[]][] = [
  [
    /^(?:ERROR: (?:Could not find a version that satisfies the requirement |No matching distribution found for |Could not install packages due to an )|WARNING: Retrying \(Retry\(total=)/,
    ['pip', 'pip3', 'python', 'python3'],
  ],
  // pip's vendored urllib3 raising through pip (`pip._vendor.urllib3.exceptions.ProtocolError: …`).
  [/^pip\._vendor\./, ['pip', 'pip3', 'python', 'python3']],
];

/**
 * bash's builtins (bash manual, Shell Builtin Commands): bash prints their errors with the script's line
 * (`<file>: line 3: cd: x: No such file or directory`), so a refusal that names no line is not one of theirs.
 * Not those whose status is another command's: `.`/`source` (a file's commands, run in this shell), `eval` (its
 * string's), `wait` and `fg` (a background job's): their refusal may be that command's, which ended the script.
 */
const BUILTINS = new Set(
  (
    ': [ alias bg bind break builtin caller cd command compgen complete continue declare dirs disown echo ' +
    'enable exit export false fc getopts hash help history jobs kill let local logout mapfile popd ' +
    'printf pushd pwd read readarray readonly return set shift shopt suspend test times trap true ' +
    'type typeset ulimit umask unalias unset'
  ).split(' '),
);

/**
 * bash's `<script>.sh: line N: ` and dash's `<script>.sh: N: ` before the shell's word on a command of the runner's
 * script file (`$RUNNER_TEMP/<uuid>.sh`, the runner's temp directory being `<work>/_temp`: actions/runner
 * ScriptHandler.cs, Constants.Path.TempDirectory). Not `sh: 1: ` (a `sh -c` a tool ran: line 1 of its string, not
 * ours), nor another script's (`./ci/e2e.sh: line 2: `, run or sourced by ours): its line is not our script's.
 */
const SHELL_AT = /^\S*[\\/]_temp[\\/][^\\/\s]+\.sh: (?:line )?(\d+): /;

/** The line of the step's own script a shell's line names (SHELL_AT), if it names one. */
export function ownScriptLine(text: string): number | undefined {
  const at = SHELL_AT.exec(text)?.[1];
  return at === undefined ? undefined : Number(at);
}

/** Whether a line names a file by its last path segment (a tolerated download's output: outputsOf). */
export function namesFile(file: string, text: string): boolean {
  return nameIn(file, text);
}

function nameIn(name: string, text: string): boolean {
  if (name.length < 2) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[\\s/'"\`(\\[])${escaped}(?=$|[\\s:'"\`)\\],])`).test(text);
}
