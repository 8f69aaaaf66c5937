import { readFileSync } from 'node:fs';
import path from 'node:path';
import { actionFiles, renderReference, withReference } from '../../scripts/readme.js';
import { repoRoot as root } from '../../stand/services/paths.js';

describe('README reference', () => {
  it('documents every input and output of every action.yml (run npm run build to regenerate)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(withReference(readme, renderReference(root))).toBe(readme);
  });

  it('covers the root action and lists each of its inputs', () => {
    const reference = renderReference(root);
    expect(actionFiles(root)[0]).toBe('action.yml');
    for (const name of ['github-token', 'config', 'store', 'resume', 'job-id'])
      expect(reference).toContain(`| \`${name}\` |`);
    for (const name of ['lane', 'resumed', 'resume-from', 'completed-stages'])
      expect(reference).toContain(`| \`${name}\` |`);
  });

  it('refuses a README without the markers', () => {
    expect(() => withReference('# no markers', 'x')).toThrow(/markers/);
  });
});

describe('README examples', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const blocks = (lang: string): string[] =>
    [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

  it('the configuration example is a valid .github/ci-recovery.yml', async () => {
    const { parseConfig } = await import('../../src/core/config.js');
    const example = blocks('yaml').find((b) => b.startsWith('lanes:'));
    expect(example).toBeDefined();
    const config = parseConfig(example!, 'README.md');
    expect(config.budgets.HEAVY.maxAttempts).toBe(3);
    expect(config.policy[0]?.name).toBe('flaky-e2e');
  });

  it('the workflow examples parse as YAML and use only actions of this repository that exist', async () => {
    const { parse } = await import('yaml');
    const { existsSync } = await import('node:fs');
    for (const block of blocks('yaml').filter((b) => b.includes('uses:'))) {
      const doc = parse(block) as unknown;
      expect(doc).toBeTruthy();
      for (const [, sub] of block.matchAll(/uses: ci-recovery\/ci-recovery\/?([\w./-]*)@v1/g)) {
        expect(existsSync(path.join(root, sub!, sub!.endsWith('.yml') ? '' : 'action.yml'))).toBe(true);
      }
    }
  });
});
