/**
 * Which tests a JUnit XML report says failed (and passed): the form jest-junit, vitest, pytest
 * `--junitxml`, gotestsum, Surefire and Gradle, cargo-nextest, rspec_junit_formatter, PHPUnit
 * `--log-junit`, the dotnet JUnit logger and mocha's reporters all write. A report is untrusted (a pull
 * request's tests write it): it is bounded in size and nesting, a DOCTYPE is refused (no entity is ever
 * expanded), and only the five predefined entities and character references are decoded. Pure.
 */
import type { TestId, TestRunner } from '../../core/test-identity.js';
import { idFromCase, type RawCase } from './names.js';

/** A report larger than this is not read (a report of 100k tests is about 20 MiB; ours stop far below). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/** Elements nested deeper than this: not a test report. */
const MAX_DEPTH = 64;
/** Test cases read from one report at most. */
export const MAX_CASES = 50_000;

export interface ReportTests {
  failed: TestId[];
  passed: TestId[];
  /** Test cases of the report past MAX_CASES, not read: any of them may have failed. */
  unread: number;
  /**
   * Failed test cases that name no test (Surefire's `<testcase name="">` for a class whose `@BeforeAll` threw:
   * none of its tests ran): no re-run of the named tests covers them.
   */
  nameless: number;
  /**
   * Failed test cases whose test the report does not name as its runner selects it (a mocha report in
   * mocha-junit-reporter's switched or Jenkins form), when any: no re-run can cover them.
   */
  unkeyed?: number;
  /**
   * Skipped cases (`<skipped/>`, not failed), when any: a re-run selects by name, and beside a skipped test of
   * the name a pass may be another test's (verdict.ts `rerunVerdicts`).
   */
  skipped?: TestId[];
}

/** Thrown for a report that is refused or not JUnit XML; the message says why, in one line. */
export class ReportError extends Error {}

/**
 * The failed and passed test cases of one JUnit XML report, named as `runner` names them. Read tag by tag
 * in one pass, building no tree: a tree of 40,000 cases took some 170 MB of a 300 MB budget.
 */
export function parseJunit(xml: string, runner: TestRunner): ReportTests {
  if (xml.length > MAX_REPORT_BYTES) throw new ReportError(`larger than ${MAX_REPORT_BYTES} bytes`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ReportError('it declares a DOCTYPE or entities (refused)');
  const reader = new JunitReader();
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) reader.tag(tag);
  const cases = reader.finish();
  const failed: TestId[] = [];
  const passed: TestId[] = [];
  const skipped: TestId[] = [];
  let unkeyed = 0;
  for (const raw of cases) {
    const id = idFromCase(runner, raw);
    // A failure wins over a skip, in either order.
    if (raw.skipped && !raw.failed) {
      if (id) skipped.push(id);
    } else if (id) (raw.failed ? failed : passed).push(id);
    else if (raw.failed) unkeyed++;
  }
  const nameless = reader.nameless.filter((raw) => raw.failed).length;
  const tests: ReportTests = {
    failed: unique(failed),
    passed: unique(passed),
    unread: reader.unread,
    nameless,
  };
  if (skipped.length > 0) tests.skipped = unique(skipped);
  return unkeyed > 0 ? { ...tests, unkeyed } : tests;
}

interface Tag {
  name: string;
  /** The text after the name, up to the tag's end: its attributes. */
  attrs: string;
  close: boolean;
  empty: boolean;
  /** Where the next tag may start. */
  end: number;
}

function notWellFormed(what: string): ReportError {
  return new ReportError(`not well-formed XML (${what})`);
}

/** The next element tag from `at`, past comments, CDATA, text and processing instructions; linear. */
function nextTag(xml: string, at: number): Tag | undefined {
  for (let lt = xml.indexOf('<', at); lt !== -1; lt = xml.indexOf('<', at)) {
    const skip = (
      [
        ['<!--', '-->'],
        ['<![CDATA[', ']]>'],
        ['<?', '?>'],
      ] as const
    ).find(([open]) => xml.startsWith(open, lt));
    if (skip) {
      const close = xml.indexOf(skip[1], lt + skip[0].length);
      if (close === -1) throw notWellFormed(`an unclosed ${skip[0]}`);
      at = close + skip[1].length;
      continue;
    }
    // The tag ends at the first '>' outside quotes; a '<' before it is not XML.
    let quote = '';
    let i = lt + 1;
    for (; i < xml.length; i++) {
      const c = xml[i];
      if (quote) quote = c === quote ? '' : quote;
      else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
      else if (c === '<') throw notWellFormed(`a '<' inside a tag at ${i}`);
    }
    if (i >= xml.length) throw notWellFormed('an unclosed tag');
    const close = xml[lt + 1] === '/';
    const body = xml.slice(close ? lt + 2 : lt + 1, i);
    const empty = !close && body.endsWith('/');
    const name = tagName(body);
    if (!name) throw notWellFormed(`a tag without a name at ${lt}`);
    return { name, attrs: body.slice(name.length, empty ? -1 : undefined), close, empty, end: i + 1 };
  }
  return undefined;
}

/** `^[A-Za-z_][\w.:-]*`, scanned: a regular expression over a 4 MB name can overflow V8's regexp stack. */
function tagName(body: string): string | undefined {
  if (!/^[A-Za-z_]/.test(body)) return undefined;
  let i = 1;
  while (i < body.length && /[\w.:-]/.test(body[i]!)) i++; // per character: no backtracking
  return body.slice(0, i);
}

/** An element's attributes, entities decoded. */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Scanned, not matched: a regular expression over a 4 MB name keeps a backtrack entry per character and can
  // overflow V8's regexp stack. It reads what `\s([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')` reads: a pair starts after
  // white space, and a candidate that is not a pair is left at the next white space, so each character is read
  // a bounded number of times. A quote with no close after some point has none after any later point either.
  const unclosedFrom: Record<string, number> = { '"': Infinity, "'": Infinity };
  for (let at = nextSpace(text, 0); at < text.length;) {
    let i = at + 1;
    const nameStart = i;
    while (i < text.length && text[i] !== '=' && !isSpace(text[i]!)) i++;
    const name = text.slice(nameStart, i);
    let value: string | undefined;
    // An empty name fails at once: each white space of a long run is a candidate, and none may scan the run.
    while (name && i < text.length && isSpace(text[i]!)) i++;
    if (name && text[i] === '=') {
      i++;
      while (i < text.length && isSpace(text[i]!)) i++;
      const quote = text[i];
      if ((quote === '"' || quote === "'") && i < unclosedFrom[quote]!) {
        const close = text.indexOf(quote, i + 1);
        if (close === -1) unclosedFrom[quote] = i;
        else {
          value = text.slice(i + 1, close);
          i = close + 1;
        }
      }
    }
    if (value === undefined) {
      at = nextSpace(text, at + 1);
      continue;
    }
    // Trimmed, as the XML parser read before trimmed them (jest-junit writes ' Timeout test'): keys stay the same.
    out[name] = decodeEntities(value.trim());
    at = nextSpace(text, i);
  }
  return out;
}

/** Where JavaScript's `\s` matches. */
function isSpace(c: string): boolean {
  if (c <= ' ') return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
  return c >= '\u0080' && /\s/.test(c);
}

function nextSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSpace(text[i]!)) i++;
  return i;
}

const SUITE_PARENTS = new Set(['', 'testsuites', 'testsuite']);

/** A suite's name, its file (its own or its outer suite's), and the names of the suites it is in and its own. */
interface Suite {
  name?: string;
  file?: string;
  path?: string[];
}

/**
 * What the tags say: suites may nest (Gradle, nextest, PHPUnit's class suites inside the file's), and each
 * case keeps the nearest suite's name and file. Only suites and cases where JUnit puts them count.
 */
class JunitReader {
  readonly cases: RawCase[] = [];
  /** Cases past MAX_CASES: counted, not kept. */
  unread = 0;
  /** Cases without a name: not tests to re-run, but their failure counts. */
  readonly nameless: RawCase[] = [];
  private readonly open: { name: string; suite?: Suite }[] = [];
  private current?: { raw: RawCase | undefined; depth: number };
  private sawJunit = false;

  tag(tag: Tag): void {
    if (tag.close) return this.closeTag(tag.name);
    if (this.open.length >= MAX_DEPTH) throw new ReportError(`elements nested deeper than ${MAX_DEPTH}`);
    const parent = this.open.at(-1)?.name ?? '';
    const outer = [...this.open].reverse().find((o) => o.suite)?.suite ?? {};
    const entry: { name: string; suite?: Suite } = { name: tag.name };
    if (SUITE_PARENTS.has(parent) && ['testsuites', 'testsuite', 'testcase'].includes(tag.name))
      this.sawJunit = true;
    if (tag.name === 'testsuite' && SUITE_PARENTS.has(parent)) {
      const a = attributes(tag.attrs);
      const file = a.file ?? a.filepath ?? outer.file;
      entry.suite = {
        ...(a.name !== undefined ? { name: a.name } : {}),
        ...(file !== undefined ? { file } : {}),
        path: [...(outer.path ?? []), ...(a.name ? [a.name] : [])],
      };
    } else if (tag.name === 'testcase' && SUITE_PARENTS.has(parent)) {
      this.current = { raw: this.startCase(attributes(tag.attrs), outer), depth: this.open.length };
    } else if (this.current?.raw && this.open.length === this.current.depth + 1) {
      const raw = this.current.raw;
      if (tag.name === 'failure' || tag.name === 'error') raw.failed = true;
      else if (tag.name === 'skipped' || tag.name === 'ignored') raw.skipped = true;
    }
    if (tag.empty) this.closeTag(tag.name, entry);
    else this.open.push(entry);
  }

  private startCase(a: Record<string, string>, suite: Suite): RawCase | undefined {
    if (this.cases.length >= MAX_CASES) return void this.unread++;
    const name = a.name;
    if (name === undefined || name === '') {
      if (this.nameless.length >= MAX_CASES) return undefined;
      const raw: RawCase = { name: '', failed: false, skipped: false };
      this.nameless.push(raw);
      return raw;
    }
    const file = a.file ?? suite.file;
    // PHPUnit writes the class with its namespace in `class`, dotted in `classname`.
    const classname = a.class ?? a.classname;
    const raw: RawCase = {
      name,
      failed: false,
      skipped: false,
      ...(file !== undefined ? { file } : {}),
      ...(a.file !== undefined ? { ownFile: true as const } : {}),
      ...(classname !== undefined ? { classname } : {}),
      ...(suite.name !== undefined ? { suiteName: suite.name } : {}),
      ...(suite.path && suite.path.length > 0 ? { suites: suite.path } : {}),
    };
    this.cases.push(raw);
    return raw;
  }

  private closeTag(name: string, selfClosed?: { name: string }): void {
    const entry = selfClosed ?? this.open.pop();
    if (!entry || entry.name !== name)
      throw notWellFormed(`</${name}> closes ${entry ? `<${entry.name}>` : 'nothing'}`);
    if (this.current && this.open.length === this.current.depth) this.current = undefined;
  }

  finish(): RawCase[] {
    if (this.open.length > 0) throw notWellFormed(`<${this.open.at(-1)!.name}> is never closed`);
    if (!this.sawJunit) throw new ReportError('no <testsuites>, <testsuite> or <testcase> element');
    return this.cases;
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function unique(ids: TestId[]): TestId[] {
  const seen = new Set<string>();
  return ids.filter((id) => {
    const key = JSON.stringify([id.runner, id.suite, id.name, id.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
