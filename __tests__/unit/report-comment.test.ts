import { describe, expect, it } from '@jest/globals';
import {
  ACTIONS_BOT,
  isOwnStickyComment,
  STICKY_MARKER,
  encodeJobKey,
  isStickyComment,
  mergeSection,
  mergeSections,
  parseStickyBody,
  renderStickyBody,
  type CommentSection,
} from '../../src/core/report/comment.js';
import { renderCommentSection } from '../../src/core/report/comment-section.js';
import type { JobReport } from '../../src/core/report/index.js';

describe('sticky comment body', () => {
  it('starts with the hidden marker and delimits each job section with hidden markers', () => {
    const body = renderStickyBody([{ key: 'build', body: 'build ok', runId: 10, attempt: 1 }]);
    expect(body.startsWith(`${STICKY_MARKER}\n`)).toBe(true);
    expect(body).toContain(
      '<!-- ci-recovery:job:build run=10 attempt=1 -->\nbuild ok\n<!-- /ci-recovery:job:build -->',
    );
    expect(isStickyComment(body)).toBe(true);
    expect(isStickyComment(`> ${body}`)).toBe(false);
    expect(isStickyComment(null)).toBe(false);
  });

  it('merging a section replaces that job and keeps the others, in order', () => {
    let body = mergeSection(undefined, { key: 'build', body: 'build: failed', runId: 10, attempt: 1 });
    body = mergeSection(body, { key: 'test (ubuntu, 20)', body: 'test: passed', runId: 10, attempt: 1 });
    body = mergeSection(body, { key: 'build', body: 'build: recovered', runId: 10, attempt: 2 });
    const sections = parseStickyBody(body);
    expect(sections).toEqual([
      { key: 'build', body: 'build: recovered', runId: 10, attempt: 2 },
      { key: 'test (ubuntu, 20)', body: 'test: passed', runId: 10, attempt: 1 },
    ]);
    expect(body.match(/<!-- ci-recovery:job:build /g)).toHaveLength(1);
  });

  it('an older run never overwrites a newer run section', () => {
    const body = mergeSection(undefined, { key: 'build', body: 'from run 12', runId: 12, attempt: 1 });
    const stale = mergeSection(body, { key: 'build', body: 'from run 11', runId: 11, attempt: 3 });
    expect(parseStickyBody(stale)[0]?.body).toBe('from run 12');
  });

  it('mergeSections folds duplicates: union of keys, later list wins among equals', () => {
    const merged = mergeSections(
      [{ key: 'a', body: 'a1', runId: 1 }],
      [
        { key: 'b', body: 'b1', runId: 1 },
        { key: 'a', body: 'a2', runId: 1 },
      ],
    );
    expect(merged).toEqual([
      { key: 'a', body: 'a2', runId: 1 },
      { key: 'b', body: 'b1', runId: 1 },
    ]);
  });

  it('encodes job keys so they stay inside the HTML comment and round-trip', () => {
    const key = 'deploy --prod --> <b>é%';
    const encoded = encodeJobKey(key);
    expect(encoded).not.toContain('--');
    expect(encoded).not.toContain('>');
    expect(encoded).toMatch(/^[A-Za-z0-9_./%-]+$/);
    const body = mergeSection(undefined, { key, body: 'x' });
    expect(parseStickyBody(body)).toEqual([{ key, body: 'x' }]);
    expect(encodeJobKey('a-b')).not.toBe(encodeJobKey('a_b'));
    // Very long keys are cut by characters (never inside a percent sequence) and still merge in place.
    const long = `matrix ${'é'.repeat(150)}`;
    let merged = mergeSection(undefined, { key: long, body: 'v1' });
    merged = mergeSection(merged, { key: long, body: 'v2' });
    expect(parseStickyBody(merged).map((s) => s.body)).toEqual(['v2']);
  });

  it('a section body cannot forge another section marker', () => {
    const forged = 'evil\n<!-- /ci-recovery:job:build -->\n<!-- ci-recovery:job:other -->\nx';
    const body = mergeSection(undefined, { key: 'build', body: forged });
    const sections = parseStickyBody(body);
    expect(sections.map((s) => s.key)).toEqual(['build']);
  });

  it('stays under 65,536 characters: the longest section is cut first, with a note', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `- line ${i} ${'x'.repeat(40)}`).join('\n');
    const sections = [
      { key: 'small', body: 'small section', runId: 1 },
      { key: 'huge', body: big, runId: 1 },
      { key: 'medium', body: big.slice(0, 20_000), runId: 1 },
    ];
    const body = renderStickyBody(sections);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000);
    const parsed = parseStickyBody(body);
    expect(parsed.map((s) => s.key)).toEqual(['small', 'huge', 'medium']);
    expect(parsed[0]?.body).toBe('small section');
    expect(parsed[2]?.body).toBe(big.slice(0, 20_000));
    expect(parsed[1]?.body).toContain("Cut to fit GitHub's 65,536-character comment limit");

    // Many large sections: all cut, the total still fits.
    const many = Array.from({ length: 40 }, (_, i) => ({ key: `job${i}`, body: big.slice(0, 10_000) }));
    const manyBody = renderStickyBody(many);
    expect(manyBody.length).toBeLessThanOrEqual(65_536);
    expect(parseStickyBody(manyBody)).toHaveLength(40);
  });

  it('a custom limit is respected', () => {
    const body = renderStickyBody([{ key: 'a', body: 'y\n'.repeat(5000) }], { limit: 2000 });
    expect(body.length).toBeLessThanOrEqual(2000);
  });
});

describe('renderCommentSection', () => {
  const report: JobReport = {
    job: 'unit tests',
    attempt: 1,
    runId: 77,
    runUrl: 'https://github.com/o/r/actions/runs/77',
    jobUrl: 'https://github.com/o/r/actions/runs/77/job/5',
    lane: { lane: 'STANDARD', reason: 'x' },
    conclusion: 'failure',
    stages: [],
    failures: [
      {
        step: 'npm test',
        source: 'record',
        classification: {
          type: 'test',
          confidence: 'high',
          retryable: false,
          rule: 'jest-fail',
          evidence: { line: 40, text: '● Suite › renders <App/> @admins' },
        },
        decision: {
          strategy: 'manual',
          rule: 'deterministic-pr-manual',
          reason: 'a test failure on a pull request',
        },
      },
    ],
    warnings: [],
  };

  it('summarizes the failure, evidence, decision and links, with the post-mortem folded', () => {
    const md = renderCommentSection(report);
    expect(md).toContain('#### ❌ **unit tests** · attempt 1 · STANDARD');
    expect(md).toContain('- **test** failure in `npm test`: manual, a test failure on a pull request');
    expect(md).toContain('evidence (line 40): `● Suite › renders <App/> @admins`');
    expect(md).toContain(
      '[job summary](https://github.com/o/r/actions/runs/77/job/5) · [run 77](https://github.com/o/r/actions/runs/77)',
    );
    expect(md).toContain('<details><summary>Post-mortem (prefilled: needs a person)</summary>');
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('a passing job says so, without a post-mortem', () => {
    const md = renderCommentSection({ ...report, conclusion: 'success', failures: [] });
    expect(md).toContain('- passed');
    expect(md).not.toContain('Post-mortem');
  });
});

describe('isOwnStickyComment', () => {
  const body = mergeSection(undefined, { key: 'build', body: 'ok' });
  it('is ours only with the marker and the token identity, a bot login only on a Bot account', () => {
    expect(
      isOwnStickyComment({ body, user: { login: 'github-actions[bot]', type: 'Bot' } }, ACTIONS_BOT),
    ).toBe(true);
    expect(
      isOwnStickyComment({ body, user: { login: 'GitHub-Actions[bot]', type: 'Bot' } }, ACTIONS_BOT),
    ).toBe(true);
    expect(
      isOwnStickyComment({ body, user: { login: 'github-actions[bot]', type: 'User' } }, ACTIONS_BOT),
    ).toBe(false);
    expect(isOwnStickyComment({ body, user: { login: 'mallory', type: 'User' } }, ACTIONS_BOT)).toBe(false);
    expect(isOwnStickyComment({ body, user: null }, ACTIONS_BOT)).toBe(false);
    expect(
      isOwnStickyComment({ body: 'hello', user: { login: 'github-actions[bot]', type: 'Bot' } }, ACTIONS_BOT),
    ).toBe(false);
    expect(isOwnStickyComment({ body, user: { login: 'ci-user', type: 'User' } }, { login: 'ci-user' })).toBe(
      true,
    );
  });
});

describe('a 256-leg matrix failing at once', () => {
  // Each leg's real section: its heading (job, verdict, attempt), a failure with its evidence and decision,
  // links to its summary and run. Keys are the legs' display names, as post writes them.
  const legs = Array.from({ length: 256 }, (_, i) => {
    const job = `test (ubuntu-latest, 22, shard ${i + 1}/256)`;
    const report: JobReport = {
      job,
      attempt: 1,
      runId: 12_345_678_901,
      runUrl: 'https://github.com/o/r/actions/runs/12345678901',
      jobUrl: `https://github.com/o/r/actions/runs/12345678901/job/${34_000_000_000 + i}`,
      lane: { lane: 'STANDARD', reason: 'x' },
      conclusion: i % 4 === 0 ? 'success' : 'failure',
      stages: [],
      failures:
        i % 4 === 0
          ? []
          : [
              {
                step: 'npm test',
                source: 'record',
                classification: {
                  type: 'test',
                  confidence: 'high',
                  retryable: false,
                  rule: 'jest-fail',
                  evidence: { line: 4000 + i, text: `● Suite ${i} › renders the page ${'x'.repeat(200)}` },
                },
                decision: { strategy: 'manual', rule: 'deterministic-pr-manual', reason: 'a test failure' },
              },
            ],
      warnings: [],
    };
    return {
      job,
      failed: i % 4 !== 0,
      section: { key: job, body: renderCommentSection(report), runId: 12_345_678_901, attempt: 1 },
    };
  });

  it('keeps every failed leg named with its verdict, within the limit, and says what was cut', () => {
    const body = renderStickyBody(legs.map((l) => l.section));
    expect(body.length).toBeLessThanOrEqual(65_536);
    const named = (b: string): string[] => {
      const parsed = new Map(parseStickyBody(b).map((s) => [s.key, s.body]));
      return legs
        .filter((l) => l.failed)
        .filter((l) => {
          const section = parsed.get(l.job);
          return !section?.includes(`❌ **${l.job.replace(/[-()]/g, (c) => `\\${c}`)}**`);
        })
        .map((l) => l.job);
    };
    expect(named(body)).toEqual([]);
    expect(body).toMatch(
      /Cut to fit GitHub's 65,536-character comment limit: \d+ job section\(s\) to their heading/,
    );
    // The next leg's writer reads the cut comment back and merges into it: nothing more is lost, and the
    // note still says what was cut (the cut sections carry their mark).
    const again = mergeSection(body, { ...legs[5]!.section, attempt: 2 });
    expect(again.length).toBeLessThanOrEqual(65_536);
    expect(named(again)).toEqual([]);
    expect(again).toMatch(/to their heading/);
  });
});

describe('the review: a full comment written by leg after leg', () => {
  // 700 legs, each writing its own section into what the legs before it left (one in three failed).
  const section = (i: number): CommentSection => ({
    key: `leg-${i}`,
    runId: 1,
    attempt: 1,
    body: `#### ${i % 3 === 0 ? '❌' : '✅'} **job ${i}** · attempt 1\n\n${Array.from({ length: 5 }, (_, j) => `- line ${j} ${'x'.repeat(60)}`).join('\n')}`,
  });
  it("a section cut by an earlier leg is not cut again, and no failed leg's heading is left out while a passed one stays", () => {
    let body: string | undefined;
    for (let i = 0; i < 700; i++) body = mergeSection(body, section(i));
    const kept = parseStickyBody(body!);
    expect(body!.length).toBeLessThanOrEqual(65_536);
    // On the branch's first version a heading carried up to 43 marks and 124 of the 234 failed legs were gone.
    expect(Math.max(...kept.map((s) => s.body.split(' · _cut_').length - 1))).toBe(1);
    expect(kept.filter((s) => s.body.includes('❌'))).toHaveLength(234);
    expect(body).toMatch(/some job sections left out, passed ones first/);
  });
});
