/** The one neutralising function: text from outside reaches no workflow command, no terminal escape. */
import { parseWorkflowCommands } from '../../stand/runner/workflow-commands.js';
import { stepOutputs } from '../../src/core/run-step.js';
import type { Classification } from '../../src/core/types.js';
import {
  inert,
  inertLines,
  stageNameProblem,
  stopCommandsBlock,
  validStages,
  withoutCredentials,
} from '../../src/core/text.js';
import { classify, loadTeamRuleEngine } from '../../src/core/classify/index.js';

/** What the runner would act on in `output`: annotations and masks. */
function obeyed(output: string): { annotations: unknown[]; masks: string[] } {
  const { annotations, masks } = parseWorkflowCommands(output);
  return { annotations, masks };
}

describe('inert', () => {
  it('makes a planted stage name one line the runner obeys nothing in', () => {
    const planted = 'build\n::error title=x::planted\r::add-mask::ghs_x\n##[warning]old form';
    const line = inert(planted);
    expect(line).toBe('build\\n::error title=x::planted\\r::add-mask::ghs_x\\n##\\[warning]old form');
    expect(line).not.toMatch(/[\r\n]/);
    expect(obeyed(`${line}\n`)).toEqual({ annotations: [], masks: [] });
  });

  it('defuses a leading :: (after blanks) and ##[ anywhere', () => {
    expect(inert('::add-mask::x')).toBe('\\::add-mask::x');
    expect(inert('  ::error::x')).toBe('  \\::error::x');
    expect(inert('a ##[group]b')).toBe('a ##\\[group]b');
    expect(obeyed(`${inert('::add-mask::x')}\n${inert('##[error]y')}\n`)).toEqual({
      annotations: [],
      masks: [],
    });
  });

  it('escapes terminal escapes and invisible or reordering characters, and leaves printable text alone', () => {
    expect(inert('\u001b]0;title\u0007red\u001b[31m')).toBe('\\u001b]0;title\\u0007red\\u001b[31m');
    expect(inert('a\u202eb\u2028c\u0085d')).toBe('a\\u202eb\\u2028c\\u0085d');
    expect(inert('dist/app.js: 3 files, ünïcode ✓ (C:\\x)')).toBe('dist/app.js: 3 files, ünïcode ✓ (C:\\x)');
  });

  it('keeps the lines of a block, each made inert', () => {
    expect(inertLines('one\r\n::error::two\n\u001b[2Jthree')).toBe('one\n\\::error::two\n\\u001b[2Jthree');
  });

  it('wraps a long block in stop-commands with the caller token', () => {
    const block = stopCommandsBlock('::error::x', 'tok-1');
    expect(block).toBe('::stop-commands::tok-1\n::error::x\n::tok-1::');
    expect(obeyed(`${block}\n`)).toEqual({ annotations: [], masks: [] });
    expect(obeyed('::error::x\n::add-mask::y\n').annotations).toHaveLength(1); // the check itself sees commands
  });
});

describe('stage names', () => {
  it('takes words, and refuses line breaks, controls, commas, commands and long names', () => {
    expect(stageNameProblem('build')).toBeUndefined();
    expect(stageNameProblem('Unit tests (node 24)')).toBeUndefined();
    expect(stageNameProblem('build\n::error::x')).toMatch(/line break/);
    expect(stageNameProblem('a\u001b[31m')).toMatch(/control/);
    expect(stageNameProblem('lint,test')).toMatch(/comma/);
    expect(stageNameProblem('::add-mask::x')).toMatch(/'::'/);
    expect(stageNameProblem(' build')).toMatch(/blank/);
    expect(stageNameProblem('')).toMatch(/empty/);
    expect(stageNameProblem('x'.repeat(101))).toMatch(/100/);
    expect(validStages(['build', 'a\nb', 'test'])).toEqual({ valid: ['build', 'test'], refused: 1 });
  });
});

describe('outputs that carry outside text', () => {
  it("run/'s evidence output (a line of the command's log) is one inert line", () => {
    const classification = {
      type: 'test',
      confidence: 'high',
      retryable: false,
      rule: 'r',
      evidence: { line: 3, text: 'FAIL x\n::add-mask::y\u001b[31m' },
    } as unknown as Classification;
    expect(stepOutputs(1, 1, classification, undefined).evidence).toBe('FAIL x\\n::add-mask::y\\u001b[31m');
  });
});

describe('withoutCredentials', () => {
  it("drops a URL's password, a header's token and tokens of a known shape, and keeps the rest", () => {
    const ghs = 'ghs_Zq3v8Kx1LmN0pQrS2tUvW4yZaB6cD8eF0gH2';
    expect(
      withoutCredentials(`fatal: unable to access 'https://x-access-token:${ghs}@github.com/o/r.git/': 403`),
    ).toBe("fatal: unable to access 'https://x-access-token:***@github.com/o/r.git/': 403");
    expect(withoutCredentials('npm ERR! 401 https://u:hunter2@registry.example/pkg')).toBe(
      'npm ERR! 401 https://u:***@registry.example/pkg',
    );
    expect(withoutCredentials('> Authorization: Bearer eyJhbGciOiJI.eyJzdWIi.sig')).toBe(
      '> Authorization: Bearer ***',
    );
    expect(
      withoutCredentials(`token ${ghs} and github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz`),
    ).toBe('token *** and ***');
    expect(withoutCredentials('key AKIAIOSFODNN7EXAMPLE, npm_abcdefghijklmnopqrstuvwxyz0123456789')).toBe(
      'key ***, ***',
    );
    // A password with an `@` in it; a token in a query string, in other headers, npm's config, a JWT, AWS's
    // temporary key id (review of the first version: each went out whole).
    expect(withoutCredentials('https://deploy:p@ssw0rd@git.example/o/r.git')).toBe(
      'https://deploy:***@git.example/o/r.git',
    );
    expect(
      withoutCredentials(
        "unable to access 'https://github.com/o/r.git/?access_token=ghsecretXYZ123&x=1': 403",
      ),
    ).toBe("unable to access 'https://github.com/o/r.git/?access_token=***&x=1': 403");
    expect(
      withoutCredentials('curl -H "PRIVATE-TOKEN: abcdEFGH1234ijkl" -H "X-Api-Key: 0123456789abcdef"'),
    ).toBe('curl -H "PRIVATE-TOKEN: ***" -H "X-Api-Key: ***"');
    expect(withoutCredentials('//registry.npmjs.org/:_authToken=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0')).toBe(
      '//registry.npmjs.org/:_authToken=***',
    );
    expect(
      withoutCredentials(
        'id_token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJl, key ASIAY34FZKBOKMUTVV7A',
      ),
    ).toBe('id_token ***, key ***');
    expect(withoutCredentials('Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/2026')).toBe(
      'Authorization: AWS4-HMAC-SHA256 ***',
    );
    // Not credentials: a port, a user without a password, a scp-like remote, a word that starts like a prefix;
    // a query's e-mail after a port; a header whose value is missing (the line's cause: kept as it is).
    for (const plain of [
      'GET http://localhost:8080/health@v2 failed',
      'https://user@github.com/o/r.git',
      'git@github.com:o/r.git',
      'ghp_short and the_ghs_ word',
      'https://host:8080?email=a@b.com',
      'request failed (Authorization: Bearer undefined)',
      'Bad credentials - Authorization: token is missing',
      'Authorization: Bearer null',
    ])
      expect(withoutCredentials(plain)).toBe(plain);
  });

  it("is applied to the classifier's quoted line, which reports and comments repeat", async () => {
    await loadTeamRuleEngine();
    const log =
      "fatal: unable to access 'https://x-access-token:ghs_Zq3v8Kx1LmN0pQrS2tUvW4yZaB6cD8eF0gH2@github.com/o/r/': The requested URL returned error: 403\n";
    const c = classify({ log, exitCode: 128 });
    expect(c.evidence?.text).toContain('x-access-token:***@github.com');
    const team = classify({
      log,
      exitCode: 128,
      teamRules: [{ id: 'auth', type: 'config', pattern: 'unable to access' }],
    } as never);
    expect(team.rule).toBe('team:auth');
    expect(team.evidence?.text).not.toContain('ghs_');
  });
});
