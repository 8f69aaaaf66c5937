/**
 * Which tests a JUnit XML report says failed (and passed): the form jest-junit, vitest, pytest
 * `--junitxml`, gotestsum, Surefire and Gradle, cargo-nextest, rspec_junit_formatter, PHPUnit
 * `--log-junit`, the dotnet JUnit logger and mocha's reporters all write. A report is untrusted (a pull
 * request's tests write it): it is bounded in size and nesting, a DOCTYPE is refused (no entity is ever
 * expanded), and only the five predefined entities and character references are decoded. Pure.
 */
import { XMLParser } from 'fast-xml-parser';
import type { TestId, TestRunner } from './identity.js';
import { clipName, idFromCase, type RawCase } from './names.js';

/** A report larger than this is not read (a report of 100k tests is about 20 MiB; ours stop far below). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/** Elements nested deeper than this: not a test report. */
const MAX_DEPTH = 64;
/** Test cases read from one report at most. */
export const MAX_CASES = 50_000;

export interface ReportTests {
  failed: TestId[];
  passed: TestId[];
}

/** Thrown for a report that is refused or not JUnit XML; the message says why, in one line. */
export class ReportError extends Error {}

/** The failed and passed test cases of one JUnit XML report, named as `runner` names them. */
export function parseJunit(xml: string, runner: TestRunner): ReportTests {
  if (xml.length > MAX_REPORT_BYTES) throw new ReportError(`larger than ${MAX_REPORT_BYTES} bytes`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ReportError('it declares a DOCTYPE or entities (refused)');
  if (nestingDepth(xml) > MAX_DEPTH) throw new ReportError(`elements nested deeper than ${MAX_DEPTH}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    throw new ReportError(`not well-formed XML (${clipName(String(error), 120)})`);
  }
  const cases: RawCase[] = [];
  const root = asRecord(doc);
  const top = asRecord(root?.testsuites) ?? root;
  if (!top || (top.testsuite === undefined && top.testcase === undefined))
    throw new ReportError('no <testsuites>, <testsuite> or <testcase> element');
  walk(top, {}, cases, 0);
  const failed: TestId[] = [];
  const passed: TestId[] = [];
  for (const raw of cases) {
    if (raw.skipped) continue;
    (raw.failed ? failed : passed).push(idFromCase(runner, raw));
  }
  return { failed: unique(failed), passed: unique(passed) };
}

type Node = Record<string, unknown>;

function asRecord(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function list(value: unknown): Node[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map(asRecord).filter((n): n is Node => n !== undefined);
}

function attr(node: Node, name: string): string | undefined {
  const value = node[name];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

/** Suites may nest (Gradle, nextest, PHPUnit's class suites inside the file's): each case keeps the nearest. */
function walk(node: Node, suite: { name?: string; file?: string }, out: RawCase[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const testcase of list(node.testcase)) {
    if (out.length >= MAX_CASES) return;
    const name = attr(testcase, 'name');
    if (name === undefined || name === '') continue;
    const failed = testcase.failure !== undefined || testcase.error !== undefined;
    const skipped = !failed && (testcase.skipped !== undefined || testcase.ignored !== undefined);
    const file = attr(testcase, 'file') ?? suite.file;
    // PHPUnit writes the class with its namespace in `class`, dotted in `classname`.
    const classname = attr(testcase, 'class') ?? attr(testcase, 'classname');
    out.push({
      name,
      failed,
      skipped,
      ...(file !== undefined ? { file } : {}),
      ...(classname !== undefined ? { classname } : {}),
      ...(suite.name !== undefined ? { suiteName: suite.name } : {}),
    });
  }
  for (const child of list(node.testsuite)) {
    const name = attr(child, 'name');
    const file = attr(child, 'file') ?? attr(child, 'filepath') ?? suite.file;
    walk(
      child,
      { ...(name !== undefined ? { name } : {}), ...(file !== undefined ? { file } : {}) },
      out,
      depth + 1,
    );
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

/** How deep elements nest, counted without building anything (a guard before the parser's recursion). */
function nestingDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  const tags = /<(\/?)[A-Za-z_][^<>]*?(\/?)>/g; // never across a `<`: linear on any input
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[1] === '/') depth--;
    else if (m[2] !== '/') max = Math.max(max, ++depth);
    if (max > MAX_DEPTH) return max;
  }
  return max;
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
