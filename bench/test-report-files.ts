/**
 * Test reports of many failing cases, as jest-junit writes them, and the sizes of a step's outputs: for
 * bench/test-report-limits.ts and the tests of the same limits.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';

/** `reports` files `report-<n>.xml` in `dir`, each of `cases` failing test cases; returns the bytes written. */
export async function writeFailingReports(
  dir: string,
  reports: number,
  cases: number,
  nameChars = 40,
): Promise<number> {
  await mkdir(dir, { recursive: true });
  let total = 0;
  for (let r = 0; r < reports; r++) {
    const file = `src/mod${r}.test.ts`;
    const out = await open(path.join(dir, `report-${r}.xml`), 'w');
    const head = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="${cases}" failures="${cases}" errors="0" time="1">\n  <testsuite name="${file}" errors="0" failures="${cases}" skipped="0" time="1" tests="${cases}">\n`;
    let chunk = head;
    for (let c = 0; c < cases; c++) {
      const name = `case ${c} `.padEnd(nameChars, 'x');
      chunk += `    <testcase classname="mod${r} ${name}" name="${name}" time="0.001" file="${file}">\n      <failure>Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: ${c}\nReceived: ${c + 1}\n    at Object.&lt;anonymous&gt; (${file}:${c % 500}:5)</failure>\n    </testcase>\n`;
      if (chunk.length > 1 << 20) {
        total += Buffer.byteLength(chunk);
        await out.write(chunk);
        chunk = '';
      }
    }
    chunk += '  </testsuite>\n</testsuites>\n';
    total += Buffer.byteLength(chunk);
    await out.write(chunk);
    await out.close();
  }
  return total;
}

/** The bytes of each output a step wrote to its GITHUB_OUTPUT file (`name<<delimiter` blocks). */
export async function outputSizes(file: string): Promise<Record<string, number>> {
  const values = await outputValues(file);
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Buffer.byteLength(value)]));
}

/** Each output a step wrote to its GITHUB_OUTPUT file (`name<<delimiter` blocks). */
export async function outputValues(file: string): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8');
  const values: Record<string, string> = {};
  const block = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (let m = block.exec(text); m; m = block.exec(text)) values[m[1]!] = m[3]!;
  return values;
}
