/**
 * GitHub's API answering a server error in the GitHub CLI's own words (issue 68: "HTTP 5xx in a service client's
 * own words"; rule gh-api-server-error). `gh api` copies the response body to stdout, with no newline of its own,
 * then says `gh: <message> (HTTP <status>)` on stderr, or `gh: HTTP <status>` when the body held no JSON message
 * (cli/cli pkg/cmd/api/api.go processResponse); gh's other commands print GitHub's GraphQL error for a query it
 * could not finish after `GraphQL: `. Every line here is gh 2.23.0's, run against a local server answering each
 * status, stdout and stderr on one pipe as the runner has them. A 4xx is the request's own fault: never retried.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { decide } from '../../src/core/policy.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const GRAPHQL_FAILED =
  'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `C3E0:1F2B` when reporting this issue.';

describe("GitHub's API failing in gh's words (rule gh-api-server-error)", () => {
  test.each([
    [
      'gh api -X POST repos/o/r/dispatches -f event_type=release',
      '{"message": "Server Error"}gh: Server Error (HTTP 500)',
    ],
    [
      'gh api repos/o/r/releases/latest --jq .tag_name',
      '<html><body><h1>502 Bad Gateway</h1></body></html>gh: HTTP 502',
    ],
    ['gh api repos/o/r/pulls', 'gh: Service Unavailable (HTTP 503)'],
  ])('%s: network, retried, shown on the line gh printed', (run, line) => {
    const v = classify({ log: failedRunLog(run, [line], 1) });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('gh-api-server-error');
    expect(v.evidence?.text).toBe(line);
    expect(retriedOnPr(v)).toBe(true);
  });

  test("gh's 502 under `|| true`, then a compile error: the compile error is the failure", () => {
    const output = [
      'gh: HTTP 502',
      '> app@1.0.0 build',
      '> tsc -p .',
      "src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    ];
    const v = classify({ log: failedRunLog('gh pr comment 1 --body x || true; npm run build', output, 2) });
    expect(v.type).toBe('build');
    expect(retriedOnPr(v)).toBe(false);
  });

  test.each([
    ['gh api graphql -f query=@q.graphql', `gh: ${GRAPHQL_FAILED}`],
    ['gh pr list --state closed --limit 1000 --json number,statusCheckRollup', `GraphQL: ${GRAPHQL_FAILED}`],
  ])(
    "%s: GitHub's GraphQL timeout is network at low, retried once (it is often the query's own cost)",
    (run, line) => {
      const v = classify({ log: failedRunLog(run, [line], 1) });
      expect(v.type).toBe('network');
      expect(v.confidence).toBe('low');
      expect(v.rule).toBe('gh-graphql-query-failed');
      expect(v.evidence?.text).toBe(line);
      const input = {
        type: v.type,
        confidence: v.confidence,
        lane: 'STANDARD' as const,
        branchKind: 'pr' as const,
      };
      const first = decide({ ...input, attempt: 1 });
      expect(first.strategy).toBe('retry');
      expect(first.maxAttempts).toBe(2);
      expect(decide({ ...input, attempt: 2 }).rule).toBe('budget-exhausted');
    },
  );

  test("the request's own fault (404, 401, 403, 422) is not this and is not retried", () => {
    const rules = defaultRuleSet();
    const refusals = [
      '{"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}gh: Not Found (HTTP 404)',
      'gh: Bad credentials (HTTP 401)',
      'gh: Resource not accessible by integration (HTTP 403)',
      'gh: Validation Failed (HTTP 422)',
      'gh: HTTP 404',
    ];
    for (const line of refusals) {
      expect([line, ruleFires(rules, 'gh-api-server-error', line)]).toEqual([line, false]);
      const v = classify({ log: failedRunLog('gh api repos/o/r/releases', [line], 1) });
      expect([line, retriedOnPr(v)]).toEqual([line, false]);
    }
  });

  test("another tool's words ending in `gh: ` are not gh's", () => {
    const line = '            throw new IllegalArgumentException("I can\'t count that high: " + to);';
    expect(ruleFires(defaultRuleSet(), 'gh-api-server-error', line)).toBe(false);
  });
});
