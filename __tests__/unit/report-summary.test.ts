import { describe, expect, it } from '@jest/globals';
import type { StepRecord } from '../../src/core/records.js';
import {
  annotationsFor,
  codeSpan,
  escapeText,
  stagesFromRecords,
  timeSaved,
  truncateMarkdown,
  utf8Bytes,
  type JobReport,
} from '../../src/core/report/index.js';
// The renderers the door loads on demand (report/load.ts), imported here as their own modules.
import { cutAnnotation } from '../../src/core/annotation-budget.js';
import { renderPostMortem, renderSummary } from '../../src/core/report/summary.js';
import { renderTimeline } from '../../src/core/report/timeline.js';

// Evidence line of corpus log d0008 (akka, Scala build): backticks, quotes, `$` and `+`.
const AKKA_EVIDENCE =
  'method + in class Int is deprecated (since 2.13.0): Adding a number and a String is deprecated. Use the string interpolation `s"$num$str"`';

const T0 = Date.parse('2026-11-22T08:00:00.000Z');
const iso = (offsetMs: number): string => new Date(T0 + offsetMs).toISOString();

function records(): StepRecord[] {
  return [
    {
      kind: 'run',
      step: 'npm ci',
      stage: 'deps',
      startedAt: iso(10_000),
      completedAt: iso(70_000),
      outcome: 'success',
      attempts: [
        {
          attempt: 1,
          startedAt: iso(10_000),
          durationMs: 20_000,
          exitCode: 1,
          classification: { type: 'network', confidence: 'high', retryable: true, rule: 'net-econnreset' },
        },
        { attempt: 2, startedAt: iso(40_000), durationMs: 30_000, exitCode: 0 },
      ],
    },
    {
      kind: 'run',
      step: 'sbt compile',
      stage: 'build',
      startedAt: iso(80_000),
      completedAt: iso(80_010),
      outcome: 'skipped',
      attempts: [],
    },
    {
      kind: 'run',
      step: 'sbt test',
      stage: 'test',
      startedAt: iso(90_000),
      completedAt: iso(150_000),
      outcome: 'failure',
      attempts: [{ attempt: 1, startedAt: iso(90_000), durationMs: 60_000, exitCode: 1 }],
    },
  ];
}

function report(overrides: Partial<JobReport> = {}): JobReport {
  return {
    job: 'build <img src=x onerror=alert(1)>',
    jobKey: 'build',
    runId: 4242,
    attempt: 2,
    runUrl: 'https://github.com/o/r/actions/runs/4242',
    jobUrl: 'https://github.com/o/r/actions/runs/4242/job/99',
    sha: '0123456789abcdef0123456789abcdef01234567',
    branch: 'feature/x',
    prNumber: 7,
    lane: { lane: 'STANDARD', reason: 'no heavy or docs-only files' },
    startedAt: iso(0),
    finishedAt: iso(160_000),
    conclusion: 'failure',
    stages: stagesFromRecords(records(), ['build'], { build: 180_000 }),
    failures: [
      {
        step: 'sbt test | @octocat',
        stage: 'test',
        source: 'record',
        exitCode: 1,
        attempts: 1,
        classification: {
          type: 'build',
          confidence: 'high',
          retryable: false,
          rule: 'scala-deprecation',
          evidence: { line: 812, text: AKKA_EVIDENCE },
        },
        decision: {
          strategy: 'manual',
          rule: 'deterministic-pr-manual',
          reason: 'a build failure on a pull request is caused by the change',
        },
      },
    ],
    warnings: ['jobs API not readable: grant `actions: read`'],
    ...overrides,
  };
}

describe('renderSummary', () => {
  it('shows lane, decision, failures with classification, stages, time and the warnings', () => {
    const md = renderSummary(report());
    expect(md).toContain('**Lane:** STANDARD');
    expect(md).toContain('### Decision');
    expect(md).toContain('**manual** (rule `deterministic-pr-manual`)');
    expect(md).toMatch(
      /\| `sbt test \\\| @octocat \[test\]` \| \*\*build\*\* \| high \| `scala-deprecation` \| 1 \| exit 1 \| manual/,
    );
    // A warning is plain text: a backtick in it is a backtick, not code.
    expect(md).toContain('> [!WARNING]\n> jobs API not readable: grant \\`actions: read\\`');
    // Stages: retried, resumed with its earlier duration, failed.
    expect(md).toMatch(/\| `deps` \| run \| ✅ success \| 2 \(network\) \| 1m 00s \|/);
    expect(md).toMatch(/\| `build` \| run \| ⏭️ resumed \(took 3m 00s before\) \| 0 \|/);
    expect(md).toMatch(/\| `test` \| run \| ❌ failure \| 1 \|/);
    // Time: 160 s spent, 20 s + 60 s in failed attempts; saved 3 m by resume + 10 s by the in-step retry.
    expect(md).toContain('- Spent: 2m 40s in this job attempt, 1m 20s of it in failed attempts.');
    expect(md).toContain('- Saved: about **3m 10s**');
    expect(md).toContain('resume skipped stage build: 3m 00s');
    expect(md).toContain('in\\-step retry of deps \\(no job re\\-run\\): 10.0s');
  });

  it('escapes user-derived text: no HTML, no mention, evidence verbatim in a code span', () => {
    const md = renderSummary(report());
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
    // The evidence keeps its backticks inside a longer fence, so it renders verbatim.
    expect(md).toContain(`(line 812): \`\` ${AKKA_EVIDENCE} \`\``);
    // Outside code spans (which render no mentions) the name never appears as a mention.
    expect(md).toContain('@octocat');
    expect(md.replace(/(`+)[^`][\s\S]*?\1/g, '')).not.toContain('@octocat');
  });

  it('draws a Mermaid gantt of the attempts, failed ones marked crit', () => {
    const md = renderSummary(report());
    expect(md).toContain('```mermaid\ngantt');
    expect(md).toContain('    dateFormat x');
    expect(md).toContain(
      `    section deps\n    attempt 1 network :crit, ${T0 + 10_000}, ${T0 + 30_000}\n    attempt 2 ok :done, ${T0 + 40_000}, ${T0 + 70_000}`,
    );
    expect(md).toContain(
      `    section build\n    resumed from an earlier attempt :milestone, ${T0 + 80_000}, ${T0 + 80_001}`,
    );
    expect(md).toContain(`attempt 1 exit 1 :crit, ${T0 + 90_000}, ${T0 + 150_000}`);
  });

  it('carries the post-mortem only for manual decisions', () => {
    expect(renderSummary(report())).toContain('### Post-mortem (needs a person)');
    const cancelled = renderSummary(
      report({ failures: [{ step: 'deploy', source: 'jobs-api', conclusion: 'cancelled' }] }),
    );
    expect(cancelled).toMatch(/\| `deploy` \| not classified \| – \| – \| – \| cancelled \| – \|/);
    const retried = report({
      failures: [
        {
          step: 'npm ci',
          source: 'record',
          decision: { strategy: 'retry', rule: 'transient-retry', reason: 'network' },
        },
      ],
    });
    expect(renderSummary(retried)).not.toContain('Post-mortem');
  });

  it('stays under the 1 MiB limit with a note when the input is huge', () => {
    const many = Array.from({ length: 6000 }, (_, i) => ({
      step: `step ${i} ${'é'.repeat(100)}`,
      source: 'jobs-api' as const,
      classification: {
        type: 'test' as const,
        confidence: 'low' as const,
        retryable: false,
        rule: 'r',
        evidence: { line: i, text: 'x'.repeat(300) },
      },
    }));
    const md = renderSummary(report({ failures: many }));
    // With the line end appendSummary adds (CRLF on Windows), the file is still at most 1 MiB.
    expect(utf8Bytes(`${md}\r\n`)).toBeLessThanOrEqual(1024 * 1024);
    expect(utf8Bytes(md)).toBeGreaterThan(1000 * 1024);
    expect(md).toContain("This summary was cut to fit GitHub's 1 MiB step summary limit");
    expect(md.trimEnd().endsWith('.')).toBe(true);
    const small = renderSummary(report({ failures: many }), { limitBytes: 5000 });
    expect(utf8Bytes(small)).toBeLessThanOrEqual(5000);
  });

  it('a passing job with an in-step retry reads as recovered', () => {
    const md = renderSummary(
      report({
        conclusion: 'success',
        failures: [],
        warnings: [],
        stages: stagesFromRecords(records().slice(0, 1)),
      }),
    );
    expect(md).toMatch(/^## ✅ ci-recovery: .* recovered \(attempt 2\)/);
    expect(md).not.toContain('### Failures');
    expect(md).not.toContain('[!WARNING]');
  });
});

describe('renderPostMortem', () => {
  it('prefills what is known and leaves blanks for a person', () => {
    const md = renderPostMortem(report({ lastGoodSha: 'fedcba9876543210fedcba9876543210fedcba98' }));
    expect(md).toContain('- **What failed:** step `sbt test | @octocat`, stage `test`, exit code 1');
    expect(md).toContain('- **Failure type:** build (high confidence, rule `scala-deprecation`)');
    expect(md).toContain(`- **Evidence:** line 812: \`\` ${AKKA_EVIDENCE} \`\``);
    expect(md).toContain('- **Lane:** STANDARD');
    expect(md).toContain(
      '- **Attempts:** job attempt 2 of run 4242, 1 in-step attempt(s) of the failing step',
    );
    expect(md).toContain('- **Commit:** `0123456789ab` on `feature/x`; last good commit: `fedcba987654`');
    expect(md).toContain('[run](https://github.com/o/r/actions/runs/4242)');
    expect(md).toContain('| Root cause | _ |');
    expect(md).toContain('| Owner | _ |');
  });

  it('says unknown when the last good commit is not known', () => {
    expect(renderPostMortem(report())).toContain('last good commit: unknown');
  });
});

describe('markdown helpers', () => {
  it('escapeText neutralizes markup, HTML and mentions', () => {
    expect(escapeText('**bold** [x](http://e) <b> @team')).toBe(
      '\\*\\*bold\\*\\* \\[x\\]\\(http://e\\) &lt;b&gt; @&#8203;team',
    );
    expect(escapeText('a\nb\u0007c\u202e')).toBe('a bc');
  });

  it('codeSpan picks a fence longer than any backtick run and escapes pipes in tables', () => {
    expect(codeSpan('a ``b`` c')).toBe('```a ``b`` c```');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(codeSpan('y'.repeat(500), { max: 10 })).toBe(`\`${'y'.repeat(9)}…\``);
  });

  it('truncateMarkdown closes an open code fence and details block', () => {
    const md = [
      '<details><summary>s</summary>',
      '',
      '```',
      ...Array.from({ length: 100 }, (_, i) => `line ${i}`),
      '```',
      '</details>',
    ].join('\n');
    const cut = truncateMarkdown(md, 300, 'NOTE');
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.match(/```/g)?.length).toBe(2);
    expect(cut).toContain('</details>');
    expect(cut.endsWith('NOTE\n')).toBe(true);
    expect(truncateMarkdown('short', 300, 'NOTE')).toBe('short');
    // One very long line is kept in part, not dropped whole.
    const oneLong = truncateMarkdown(`head\n${'z'.repeat(5000)}`, 1000, 'NOTE');
    expect(oneLong.length).toBeLessThanOrEqual(1000);
    expect(oneLong.length).toBeGreaterThan(950);
    expect(oneLong).toMatch(/^head\nz+…\n\nNOTE\n$/);
  });

  it('renderTimeline is empty without timed attempts and sanitizes labels', () => {
    expect(renderTimeline([])).toBe('');
    const t = renderTimeline([
      {
        name: 'x: y; #z',
        kind: 'run',
        outcome: 'failure',
        attempts: [{ attempt: 1, startedAt: iso(0), durationMs: 0, timedOut: true }],
      },
    ]);
    expect(t).toContain('section x y z');
    expect(t).toContain(`attempt 1 timeout :crit, ${T0}, ${T0 + 1}`);
  });
});

describe('a cut through a character outside the BMP', () => {
  // An emoji is two UTF-16 units: a cut between them leaves half a character, which the summary file
  // turns into U+FFFD and the comment's JSON carries as a lone \\ud83d escape.
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  it('never leaves half a surrogate pair in the summary, the comment section or the annotations', async () => {
    const { renderCommentSection } = await import('../../src/core/report/comment-section.js');
    const [failure] = report().failures;
    const evidence = { line: 9, text: `${'x'.repeat(298)}${'😀'.repeat(60)}` };
    const cut = report({
      job: `${'j'.repeat(118)}😀😀`,
      failures: [{ ...failure!, classification: { ...failure!.classification!, evidence } }],
    });
    expect(renderSummary(cut)).not.toMatch(lone);
    expect(renderCommentSection(cut)).not.toMatch(lone);
    for (const a of annotationsFor(cut)) expect(`${a.title}\n${a.message}`).not.toMatch(lone);
    expect(codeSpan(`${'y'.repeat(8)}😀😀`, { max: 10 })).toBe(`\`${'y'.repeat(8)}…\``);
    expect(escapeText(`${'y'.repeat(8)}😀😀`, 10)).toBe(`${'y'.repeat(8)}…`);
    // The runner's own cut of a message at 4,096 units: ours comes first and keeps whole characters.
    for (let pad = 4040; pad < 4060; pad++)
      expect(cutAnnotation(`${'m'.repeat(pad)}${'😀'.repeat(40)}`)).not.toMatch(lone);
  });
});

describe('timeSaved and annotations', () => {
  it('counts resumed stages and in-step retries', () => {
    const saved = timeSaved(report());
    expect(saved).toEqual([
      { what: 'in-step retry of deps (no job re-run)', ms: 10_000, how: 'retry-in-step' },
      { what: 'resume skipped stage build', ms: 180_000, how: 'resume' },
    ]);
  });

  it('annotates each failure with its evidence and decision; manual is an error, retry a warning', () => {
    const [a] = annotationsFor(report());
    expect(a?.level).toBe('error');
    expect(a?.title).toBe('ci-recovery: build failure in sbt test | @octocat');
    expect(a?.message).toContain(`Evidence (line 812): ${AKKA_EVIDENCE}`);
    expect(a?.message).toContain('Decision: manual (rule deterministic-pr-manual)');
    const [w] = annotationsFor({
      job: 'j',
      failures: [{ step: 's', source: 'record', decision: { strategy: 'retry', rule: 'r', reason: 'x' } }],
    });
    expect(w?.level).toBe('warning');
    // One per failure: the step's runner adapter keeps 9 per level and counts the rest in a 10th.
    expect(
      annotationsFor({
        job: 'j',
        failures: Array.from({ length: 30 }, () => ({ step: 's', source: 'record' as const })),
      }),
    ).toHaveLength(30);
  });

  it("says evidence read from the step's test reports is from them, not from a line 0 of its log", () => {
    const evidence = { line: 0, text: 'jest:src/a.test.js::adds failed (1 of 3 failed tests)' };
    const classification = {
      type: 'test' as const,
      confidence: 'high' as const,
      retryable: false,
      rule: 'report:junit',
      evidence,
    };
    const [a] = annotationsFor({ job: 'j', failures: [{ step: 's', source: 'record', classification }] });
    expect(a?.message).toContain(`Evidence (from its test reports): ${evidence.text}`);
    expect(a?.message).not.toContain('line 0');
  });
});
