import type { XMLParser } from 'fast-xml-parser';
import type { Evidence } from '../types.js';

/** A failure read from a report file: what failed and how it is typed. */
export interface ReportFinding {
  type: 'test' | 'quality-gate';
  rule: string;
  evidence: Evidence;
}

/** Contents (not paths) of report files a step wrote. */
export interface ReportTexts {
  junit?: string[];
  sarif?: string[];
}

let parser: XMLParser | undefined;

/**
 * The first failure the reports state, JUnit's before SARIF's; a report that does not parse is passed over (a
 * malformed report must not hide the others). The XML parser (fast-xml-parser, 235 KB) is loaded here, when
 * there is XML to read: no classify start pays for it otherwise.
 */
export async function reportFinding(reports: ReportTexts): Promise<ReportFinding | undefined> {
  if (reports.junit?.length && !parser) {
    const { XMLParser } = await import('fast-xml-parser');
    parser ??= new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text' });
  }
  for (const xml of reports.junit ?? []) {
    const found = passedOver(() => junitFailure(xml, parser as XMLParser));
    if (found) return found;
  }
  for (const json of reports.sarif ?? []) {
    const found = passedOver(() => sarifFailure(json));
    if (found) return found;
  }
  return undefined;
}

function passedOver<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    // a malformed report states nothing; the others and the log still speak
    return undefined;
  }
}

type XmlNode = Record<string, unknown>;

function asArray(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter(
    (v): v is XmlNode => typeof v === 'object' && v !== null,
  );
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const node = value as XmlNode;
    const message = node.message ?? node['#text'];
    if (typeof message === 'string') return message;
  }
  return '';
}

/** The first failed or errored test case in JUnit XML, or undefined when every test passed. Throws on bad XML. */
function junitFailure(xml: string, parser: XMLParser): ReportFinding | undefined {
  const doc = parser.parse(xml) as XmlNode;
  const suites: XmlNode[] = [];
  const collect = (node: XmlNode): void => {
    for (const suite of asArray(node.testsuite)) {
      suites.push(suite);
      collect(suite);
    }
  };
  for (const root of asArray(doc.testsuites)) collect(root);
  collect(doc);
  for (const suite of suites) {
    for (const testcase of asArray(suite.testcase)) {
      const failure = asArray(testcase.failure)[0] ?? asArray(testcase.error)[0];
      const bare = testcase.failure === '' || testcase.error === '';
      if (!failure && !bare) continue;
      const name = [testcase.classname, testcase.name].filter((p) => typeof p === 'string' && p).join('.');
      const message = text(failure).split('\n')[0]?.trim() ?? '';
      return {
        type: 'test',
        rule: 'report:junit',
        evidence: { line: 0, text: `${name || 'test case'} failed${message ? `: ${message}` : ''}` },
      };
    }
  }
  // Some tools only count: <testsuite failures="2">.
  for (const suite of suites) {
    const failed = Number(suite.failures ?? 0) + Number(suite.errors ?? 0);
    if (failed > 0) {
      const name = typeof suite.name === 'string' ? suite.name : 'test suite';
      return { type: 'test', rule: 'report:junit', evidence: { line: 0, text: `${name}: ${failed} failed` } };
    }
  }
  return undefined;
}

interface SarifResult {
  level?: string;
  ruleId?: string;
  message?: { text?: string };
  locations?: {
    physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } };
  }[];
}

/** The first error-level result of a SARIF log (a failing checker), or undefined. Throws on bad JSON. */
function sarifFailure(json: string): ReportFinding | undefined {
  const doc = JSON.parse(json) as { runs?: { results?: SarifResult[] }[] };
  for (const run of doc.runs ?? []) {
    for (const result of run.results ?? []) {
      // SARIF's default level is 'warning'; only errors fail a gate.
      if (result.level !== 'error') continue;
      const location = result.locations?.[0]?.physicalLocation;
      const where = location?.artifactLocation?.uri
        ? `${location.artifactLocation.uri}${location.region?.startLine ? `:${location.region.startLine}` : ''}: `
        : '';
      const text = `${where}${result.ruleId ? `${result.ruleId}: ` : ''}${result.message?.text ?? ''}`.trim();
      return { type: 'quality-gate', rule: 'report:sarif', evidence: { line: 0, text } };
    }
  }
  return undefined;
}
