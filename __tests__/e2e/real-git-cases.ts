/**
 * git failing as CI jobs make it fail (issue 68), for classify-real-git.test.ts: Debian's git 2.39 run as a `run:`
 * step in a temporary project (`real-env-run.ts` runEnvCase, `bash -e {0}`), HOME, XDG_CONFIG_HOME and so git's
 * global config in that project, `GIT_TERMINAL_PROMPT=0`, no credential helper, no system config. Remotes are bare
 * repositories on disk, or a server on this machine (`server`: `misbehaving-server.ts` serve, its URL in
 * $REMOTE_URL) that answers 401/404/5xx or serves a real repository through `git http-backend` and cuts the pack
 * short. `type` is TAXONOMY.md's label; `cause` matches the line that states the cause, never the echo or the
 * runner's exit line. `passes` marks a look-alike: the step succeeds printing failure-like words.
 *
 * Not here, and why: gh 2.23 runs only the case that needs no host (no GH_TOKEN in Actions): it speaks https to an
 * enterprise host (GH_HOST), which a plain-HTTP server here cannot answer; git-lfs 3.3 runs a remote lacking the objects
 * of its pointers (both left: no rule reads git-lfs's own words yet); git 2.39 does not retry an HTTP 5xx (http.retries came
 * later), so no look-alike of a 5xx git retried and got past. Clones against 5xx, resets, refused ports and 401/403
 * are classify-real-transients.test.ts's (its git client); a refused push's credentials and `commit -S` are
 * real-env-cases.ts's; an unknown command or option and a username prompt on `ls-remote` real-config-cases.ts's.
 *
 * Decisions (TAXONOMY.md's `git`: a git operation failed, ref not found, conflicts, transport errors):
 * - A push the remote refuses for its history (non-fast-forward, `fetch first`, a tag that exists, `shallow update
 *   not allowed`) or by its pre-receive hook (a protected branch) is `git`, not `config`: the job raced another push
 *   or pushed what the remote's rules refuse; no secret or permission of the job's is named. A retry does not cure
 *   it (the remote's history is as it is), so it is not transient.
 * - `Author identity unknown` is `config` (the job never set user.name/user.email: the workflow's setup, as the
 *   rule git-identity-missing types it); 401 and a username prompt are `config` (credentials), a repository the
 *   server does not have (404, `repository ... not found`) `config` (the job names a remote it cannot reach, as
 *   git-auth-denied types it); an HTTP 5xx and a pack cut short are `network` and retried.
 * - `nothing to commit, working tree clean` (a bot's commit step whose generator changed nothing) is `git`: git's
 *   commit refused; the step's author would make it `|| true`.
 * - `detected dubious ownership` (a checkout owned by another uid: the container-job classic) is `git`, as the
 *   rule git-state types it, though the fix is in the job's setup (`safe.directory`): TAXONOMY lists no owner
 *   mismatch under `config`, and the corpus's such lines are labelled `git`.
 * - `git diff --exit-code` after a code generator is TAXONOMY's "generated files up to date" check: `quality-gate`.
 */
import type { BatteryCase } from './real-battery.js';
import type { Handler } from './misbehaving-server.js';
import { status } from './misbehaving-server.js';
import { httpBackend } from './git-http.js';

export interface GitCase extends BatteryCase {
  /** A server on this machine for the step (its URL, `http://host:port`, in $REMOTE_URL), given the project. */
  server?: (dir: string) => Handler;
}

const GIT = ['git'];
/** git's identity and default branch in the project's global config (HOME is the project). */
const ID =
  'git config --global user.email ci@example.com && git config --global user.name ci && git config --global init.defaultBranch main && git config --global advice.detachedHead false';
/**
 * The shared repositories, each made once per run of the file (classify-real-git.test.ts makeTemplates, in
 * `$GIT_TEMPLATES/<name>`, HOME its own directory, so its `.gitconfig` holds ID): a case's setup copies one (`cp -a`)
 * and points its clones' remote at the copy, so it costs a copy and a few commands rather than 10-20 git processes.
 * - remote: a bare `remote.git` with one commit on main, the clone that pushed it (`seed`), and a clone `app`;
 * - raced: remote, and `seed` pushed a second commit after `app` was cloned (the remote moved on);
 * - diverged: `app` on main with a.txt changed one way, branch `topic` with it changed another;
 * - shallow: a remote with history and a branch `feature`, cloned `--depth 1 --branch feature` (file://) into
 *   `app`, as actions/checkout does by default.
 */
const ONE_COMMIT = `${ID} && git init -q --bare remote.git && git clone -q remote.git seed 2>/dev/null && (cd seed && echo one > a.txt && git add a.txt && git commit -qm one && git push -q origin main) && git clone -q remote.git app`;
export const TEMPLATES: Record<'remote' | 'raced' | 'diverged' | 'shallow', string> = {
  remote: ONE_COMMIT,
  raced: `${ONE_COMMIT} && (cd seed && echo two >> a.txt && git commit -qam two && git push -q origin main)`,
  diverged: `${ID} && git init -q app && cd app && printf 'one\\n' > a.txt && git add a.txt && git commit -qm one && git checkout -qb topic && printf 'topic\\n' > a.txt && git commit -qam topic && git checkout -q main && printf 'main\\n' > a.txt && git commit -qam main`,
  shallow: `${ID} && git init -q --bare remote.git && git clone -q remote.git seed 2>/dev/null && (cd seed && for n in 1 2 3; do echo $n > a.txt && git add a.txt && git commit -qm "c$n"; done && git push -q origin main && git checkout -qb feature HEAD~2 && echo f > f.txt && git add f.txt && git commit -qm f && git push -q origin feature) && git clone -q --depth 1 --branch feature "file://$PWD/remote.git" app`,
};
/** A case's setup copying template `name` into its project: the clones' remote URLs re-pointed at the copy. */
const from = (name: keyof typeof TEMPLATES): string =>
  `cp -a "$GIT_TEMPLATES/${name}/." . && for c in */.git/config; do [ -e "$c" ] || continue; sed -i "s#$GIT_TEMPLATES/${name}/#$PWD/#" "$c"; done`;
const REMOTE = from('remote');
const RACED = from('raced');
const DIVERGED = `${from('diverged')} && cd app`;
const SHALLOW = from('shallow');
/** A remote whose main holds an LFS pointer (model.bin) whose object was never pushed (no pre-push hook in seed). */
const LFS_MISSING = `${REMOTE} && git lfs install >/dev/null && (cd seed && git lfs track '*.bin' >/dev/null && head -c 1000 /dev/urandom > model.bin && git add .gitattributes model.bin && git commit -qm model && rm -f .git/hooks/pre-push && git push -q origin main)`;
const PROTECTED_HOOK =
  '#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = refs/heads/main ]; then\n    echo "error: refusing to update refs/heads/main: the branch is protected, open a pull request" >&2\n    exit 1\n  fi\ndone\n';
const DEAD_PORT_CUT = (code: number): Handler => status(code, `<html><body><h1>${code}</h1></body></html>`);
const challenge: Handler = (_req, res) => {
  res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"', 'content-length': '0' });
  res.end();
};

export const GIT_CASES: GitCase[] = [
  // push refused by the remote's history or rules
  {
    name: 'push, the remote moved on (a release job racing another push)',
    type: 'git',
    needs: GIT,
    setup: RACED,
    run: 'cd app\necho bump > VERSION && git add VERSION && git commit -qm "release 1.0.1"\ngit push origin HEAD:main',
    cause: /\[rejected\].*\(fetch first\)|Updates were rejected because the remote contains work/,
  },
  {
    name: 'push after a rewrite, non-fast-forward',
    type: 'git',
    needs: GIT,
    setup: `${RACED} && (cd app && git pull -q --rebase=false origin main)`,
    run: 'cd app\ngit reset -q --hard HEAD~1\necho x > b.txt && git add b.txt && git commit -qm rewrite\ngit push origin main',
    cause: /\[rejected\].*\(non-fast-forward\)|tip of your current branch is behind/,
  },
  {
    name: 'push of a tag that already exists on the remote',
    type: 'git',
    needs: GIT,
    setup: `${REMOTE} && (cd seed && git tag v1.0.0 && git push -q origin v1.0.0)`,
    run: 'cd app\necho 2 > a.txt && git commit -qam next\ngit tag v1.0.0\ngit push origin v1.0.0',
    cause: /\[rejected\].*\(already exists\)|the tag already exists in the remote/,
  },
  {
    name: "push declined by the remote's pre-receive hook (a protected branch)",
    type: 'git',
    needs: GIT,
    setup: `${REMOTE} && printf '%s' '${PROTECTED_HOOK}' > remote.git/hooks/pre-receive && chmod +x remote.git/hooks/pre-receive`,
    run: 'cd app\necho 2 > a.txt && git commit -qam "chore: bump"\ngit push origin main',
    cause: /refusing to update refs\/heads\/main|pre-receive hook declined/,
  },
  {
    name: 'push from a detached HEAD with no refspec',
    type: 'git',
    needs: GIT,
    setup: `${REMOTE} && (cd app && git checkout -q --detach)`,
    run: 'cd app\necho 2 > a.txt && git commit -qam build\ngit push',
    cause: /You are not currently on a branch/,
  },
  {
    name: 'push of a new branch with no upstream',
    type: 'git',
    needs: GIT,
    setup: `${REMOTE} && (cd app && git checkout -qb release/1.1)`,
    run: 'cd app\necho 2 > a.txt && git commit -qam release\ngit push',
    cause: /has no upstream branch/,
  },
  {
    name: 'push from a shallow clone to a fresh remote',
    type: 'git',
    needs: GIT,
    setup: `${SHALLOW} && git init -q --bare mirror.git`,
    run: 'cd app\ngit push ../mirror.git HEAD:refs/heads/main',
    cause: /shallow update not allowed/,
  },
  // commit
  {
    name: 'commit with no identity (a bot step that never set user.email)',
    type: 'config',
    needs: GIT,
    setup: 'git init -q app',
    run: 'cd app\necho 1 > a.txt && git add a.txt\ngit commit -m "chore: update generated files"',
    cause: /unable to auto-detect email address|Please tell me who you are/,
  },
  {
    name: "commit with nothing to commit (a bot's step, the generator changed nothing)",
    type: 'git',
    needs: GIT,
    setup: `${REMOTE}`,
    run: 'cd app\ngit add -A\ngit commit -m "chore: update generated files"',
    cause: /nothing to commit, working tree clean/,
  },
  // merges, rebases, patches
  {
    name: 'merge conflict',
    type: 'git',
    needs: GIT,
    setup: DIVERGED,
    run: 'cd app\ngit merge --no-edit topic',
    cause: /CONFLICT \(content\)|Automatic merge failed/,
  },
  {
    name: 'rebase conflict',
    type: 'git',
    needs: GIT,
    setup: DIVERGED,
    run: 'cd app\ngit checkout -q topic\ngit rebase main',
    cause: /CONFLICT \(content\)|could not apply [0-9a-f]+/,
  },
  {
    name: 'cherry-pick conflict (a backport job)',
    type: 'git',
    needs: GIT,
    setup: DIVERGED,
    run: 'cd app\ngit cherry-pick topic',
    cause: /CONFLICT \(content\)|could not apply [0-9a-f]+/,
  },
  {
    name: 'git am of a patch that does not apply',
    type: 'git',
    needs: GIT,
    setup: `${DIVERGED} && git format-patch -q -1 topic -o ../patches`,
    run: 'cd app\ngit am ../patches/*.patch',
    cause: /patch does not apply|Patch failed at|patch failed: a\.txt/,
  },
  {
    name: 'git apply --check of a patch that does not apply',
    type: 'git',
    needs: GIT,
    setup: `${DIVERGED} && git diff main topic > ../fix.diff && git checkout -q main && printf 'other\\n' > a.txt && git commit -qam other`,
    run: 'cd app\ngit apply --check ../fix.diff',
    cause: /patch does not apply|patch failed: a\.txt/,
  },
  {
    name: 'merge of unrelated histories',
    type: 'git',
    needs: GIT,
    setup: `${ID} && git init -q other && (cd other && echo o > o.txt && git add o.txt && git commit -qm o) && git init -q app && (cd app && echo a > a.txt && git add a.txt && git commit -qm a)`,
    run: 'cd app\ngit pull --no-rebase ../other main',
    cause: /refusing to merge unrelated histories/,
  },
  {
    name: 'pull with divergent branches and no reconcile setting',
    type: 'git',
    needs: GIT,
    setup: `${RACED} && (cd app && echo mine > b.txt && git add b.txt && git commit -qm mine)`,
    run: 'cd app\ngit pull origin main',
    cause: /Need to specify how to reconcile divergent branches|You have divergent branches/,
  },
  // a shallow clone asked for history it lacks
  {
    name: 'describe in a shallow clone with no tags',
    type: 'git',
    needs: GIT,
    setup: SHALLOW,
    run: 'cd app\nVERSION=$(git describe --tags)\necho "version $VERSION"',
    cause: /No names found, cannot describe anything/,
  },
  {
    name: 'diff origin/main...HEAD in a shallow clone',
    type: 'git',
    needs: GIT,
    setup: `${SHALLOW} && (cd app && git fetch -q --depth 1 origin main:refs/remotes/origin/main)`,
    run: 'cd app\ngit diff --name-only origin/main...HEAD',
    cause: /no merge base/,
  },
  {
    name: 'diff against a base branch never fetched',
    type: 'git',
    needs: GIT,
    setup: SHALLOW,
    run: 'cd app\ngit diff --name-only origin/main...HEAD',
    cause: /unknown revision or path not in the working tree|ambiguous argument 'origin\/main\.\.\.HEAD'/,
  },
  {
    name: "show of a commit the shallow clone lacks (the event's before sha)",
    type: 'git',
    needs: GIT,
    setup: `${SHALLOW} && (cd seed && git rev-parse feature~1) > before.sha`,
    run: 'cd app\ngit show --stat "$(cat ../before.sha)"',
    cause: /bad object [0-9a-f]{40}|Invalid revision range|unknown revision/,
  },
  // the checkout and its refs
  {
    name: 'dubious ownership (a checkout owned by another uid, a container job)',
    type: 'git',
    needs: GIT,
    setup: `${REMOTE} && chown -R nobody app`,
    run: 'cd app\ngit rev-parse HEAD',
    cause: /detected dubious ownership in repository/,
  },
  {
    name: 'not a git repository (the checkout step left out)',
    type: 'git',
    needs: GIT,
    files: { 'README.md': '# app\n' },
    run: 'SHA=$(git rev-parse --short HEAD)\necho "sha=$SHA"',
    cause: /not a git repository/,
  },
  {
    name: 'add of a pathspec that matches nothing',
    type: 'git',
    needs: GIT,
    setup: REMOTE,
    run: 'cd app\ngit add dist/',
    cause: /pathspec 'dist\/' did not match any files/,
  },
  {
    name: 'checkout of a branch that does not exist',
    type: 'git',
    needs: GIT,
    setup: REMOTE,
    run: 'cd app\ngit checkout release/2.0',
    cause: /pathspec 'release\/2\.0' did not match any file/,
  },
  {
    name: 'clone --branch of a branch that does not exist',
    type: 'git',
    needs: GIT,
    setup: REMOTE,
    run: 'git clone --depth 1 --branch release/9 "file://$PWD/remote.git" copy',
    cause: /Remote branch release\/9 not found in upstream origin/,
  },
  {
    name: 'fetch of a ref that does not exist',
    type: 'git',
    needs: GIT,
    setup: REMOTE,
    run: 'cd app\ngit fetch origin refs/pull/42/head',
    cause: /couldn't find remote ref refs\/pull\/42\/head/,
  },
  {
    name: 'clone into a directory that is not empty',
    type: 'git',
    needs: GIT,
    setup: `${REMOTE} && mkdir docs && echo x > docs/index.html`,
    run: 'git clone -q remote.git docs',
    cause: /destination path 'docs' already exists and is not an empty directory/,
  },
  {
    name: 'tag that already exists',
    type: 'git',
    needs: GIT,
    setup: `${REMOTE} && (cd app && git tag v1.0.0)`,
    run: 'cd app\ngit tag v1.0.0',
    cause: /tag 'v1\.0\.0' already exists/,
  },
  {
    name: 'submodule whose URL does not exist',
    type: 'git',
    needs: GIT,
    setup: `${REMOTE} && (cd app && git -c protocol.file.allow=always submodule add -q "$PWD/../remote.git" vendor/lib 2>/dev/null && git commit -qm sub && git config -f .gitmodules submodule.vendor/lib.url "$PWD/../gone.git" && git commit -qam moved && git submodule --quiet deinit -f vendor/lib && rm -rf .git/modules/vendor)`,
    run: 'cd app\ngit -c protocol.file.allow=always submodule update --init --recursive',
    cause: /gone\.git' does not exist|clone of '.*gone\.git' into submodule path/,
  },
  // over HTTP: the server's answer
  {
    name: 'fetch, the server answers 503',
    type: 'network',
    needs: GIT,
    setup: `${REMOTE} && (cd app && git remote set-url origin http://127.0.0.1:9/org/app.git)`,
    server: () => DEAD_PORT_CUT(503),
    run: 'cd app\ngit remote set-url origin "$REMOTE_URL/org/app.git"\ngit fetch origin main',
    cause: /The requested URL returned error: 503/,
  },
  {
    name: 'push, the server answers 502',
    type: 'network',
    needs: GIT,
    setup: REMOTE,
    server: () => DEAD_PORT_CUT(502),
    run: 'cd app\necho 2 > a.txt && git commit -qam next\ngit push "$REMOTE_URL/org/app.git" HEAD:main',
    cause: /The requested URL returned error: 502/,
  },
  {
    name: 'fetch, the connection cut in the middle of the pack',
    type: 'network',
    needs: GIT,
    setup: `${REMOTE} && (cd seed && head -c 400000 /dev/urandom > big.bin && git add big.bin && git commit -qm big && git push -q origin main) && git clone -q --bare remote.git served.git`,
    server: (dir) => httpBackend(dir, { cutPackAfter: 20_000 }),
    run: 'git clone "$REMOTE_URL/served.git" copy',
    cause: /early EOF|RPC failed|unexpected disconnect|transfer closed with outstanding read data/,
  },
  {
    name: 'fetch of a repository the server does not have (404)',
    type: 'config',
    needs: GIT,
    setup: REMOTE,
    server: (dir) => httpBackend(dir),
    run: 'cd app\ngit fetch "$REMOTE_URL/org/renamed.git" main',
    cause: /repository '.*renamed\.git\/' not found/,
  },
  {
    name: 'submodule over HTTP that needs credentials',
    type: 'config',
    needs: GIT,
    setup: `${REMOTE} && (cd app && git -c protocol.file.allow=always submodule add -q "$PWD/../remote.git" vendor/lib 2>/dev/null && git commit -qm sub && git submodule --quiet deinit -f vendor/lib && rm -rf .git/modules/vendor)`,
    server: () => challenge,
    run: 'cd app\ngit config -f .gitmodules submodule.vendor/lib.url "$REMOTE_URL/org/private.git"\ngit submodule sync -q\ngit submodule update --init',
    cause: /could not read Username for '[^']+': terminal prompts disabled/,
  },
  // a check on the working tree
  {
    name: 'diff --exit-code after a code generator changed files',
    type: 'quality-gate',
    needs: GIT,
    setup: `${REMOTE} && (cd app && printf 'package gen\\n\\nconst Version = "1.0"\\n' > gen.go && git add gen.go && git commit -qm gen)`,
    run: 'cd app\nprintf \'package gen\\n\\nconst Version = "1.1"\\n\' > gen.go\ngit diff --exit-code',
    cause: /^[-+]const Version|^diff --git a\/gen\.go/,
  },
  // git-lfs: pointers pushed without their objects (the pre-push hook not installed where the commit was made)
  {
    name: 'clone whose LFS objects the remote lacks (smudge filter failed)',
    type: 'git',
    needs: [...GIT, 'git-lfs'],
    setup: LFS_MISSING,
    run: 'git clone -q "file://$PWD/remote.git" site',
    cause: /remote missing object [0-9a-f]{64}/,
  },
  {
    name: 'git lfs pull of objects the remote lacks (actions/checkout lfs: true)',
    type: 'git',
    needs: [...GIT, 'git-lfs'],
    setup: LFS_MISSING,
    run: 'GIT_LFS_SKIP_SMUDGE=1 git clone -q "file://$PWD/remote.git" site\ncd site\ngit lfs pull',
    cause: /remote missing object [0-9a-f]{64}/,
  },
  // the GitHub CLI
  {
    name: 'gh in Actions with no GH_TOKEN in the step (env: GH_TOKEN left out)',
    type: 'config',
    needs: ['gh'],
    env: { GH_TOKEN: '', GITHUB_TOKEN: '', GH_ENTERPRISE_TOKEN: '', GITHUB_ENTERPRISE_TOKEN: '' },
    run: 'gh release create v1.0.0 --repo octo-org/app --generate-notes',
    cause: /To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable/,
  },
  // git's refusals a step survives, or a test prints: the step's own failure decides
  {
    name: 'a tag refusal survived (|| echo), then a unittest failing in the same step',
    type: 'test',
    needs: [...GIT, 'python3'],
    setup: `${REMOTE} && (cd app && git tag v1.0.0)`,
    files: {
      'app/test_version.py':
        'import unittest\n\n\nclass VersionTest(unittest.TestCase):\n    def test_version(self):\n        self.assertEqual("1.0.1", "1.0.0")\n',
    },
    run: 'cd app\ngit tag v1.0.0 || echo "tag exists, keeping it"\npython3 -m unittest -v',
    cause: /AssertionError: '1\.0\.1' != '1\.0\.0'|FAIL: test_version/,
  },
  {
    name: "a test running git that prints git's refusal, then its assertion failing",
    type: 'test',
    needs: [...GIT, 'python3'],
    setup: `${REMOTE} && (cd app && git tag v1.0.0)`,
    files: {
      'app/test_release.py':
        'import subprocess\nimport unittest\n\n\nclass ReleaseTest(unittest.TestCase):\n    def test_tags_release(self):\n        done = subprocess.run(["git", "tag", "v1.0.0"])\n        self.assertEqual(done.returncode, 0)\n',
    },
    run: 'cd app\npython3 -m unittest -v',
    cause: /AssertionError: 128 != 0|FAIL: test_tags_release/,
  },
  // look-alikes: the step passes
  {
    name: "a bot's commit step with nothing to commit under || echo (the generator changed nothing)",
    type: 'unknown',
    passes: true,
    needs: GIT,
    setup: REMOTE,
    run: 'cd app\ngit add -A\ngit commit -m "chore: update generated files" || echo "no changes"',
    cause: /nothing to commit, working tree clean/,
  },
  {
    name: 'push of a branch with no upstream under || true, and a fetch of a missing branch under || true',
    type: 'unknown',
    passes: true,
    needs: GIT,
    setup: `${REMOTE} && (cd app && git checkout -qb preview)`,
    run: 'cd app\ngit fetch origin gh-pages || true\ngit push || true',
    cause: /has no upstream branch/,
  },
  {
    name: "log --oneline printing commit subjects with 'fatal:' and 'error:'",
    type: 'unknown',
    passes: true,
    needs: GIT,
    setup: `${REMOTE} && (cd app && git commit -q --allow-empty -m "fix: 'fatal: unable to access' on retry" && git commit -q --allow-empty -m "error: failed to push some refs is now retried")`,
    run: 'cd app\ngit log --oneline -3',
    cause: /fatal: unable to access|error: failed to push some refs/,
  },
  {
    name: 'describe --always in a shallow clone',
    type: 'unknown',
    passes: true,
    needs: GIT,
    setup: SHALLOW,
    run: 'cd app\ngit describe --always --dirty\ngit describe --tags 2>&1 || echo "no tags: using the sha"',
    cause: /No names found, cannot describe anything/,
  },
  {
    name: 'push --dry-run rejected under || true',
    type: 'unknown',
    passes: true,
    needs: GIT,
    setup: RACED,
    run: 'cd app\necho 2 > b.txt && git add b.txt && git commit -qm probe\ngit push --dry-run origin HEAD:main || true',
    cause: /\[rejected\]|failed to push some refs/,
  },
  {
    name: 'ls-remote --exit-code of a missing ref under || echo',
    type: 'unknown',
    passes: true,
    needs: GIT,
    setup: REMOTE,
    run: 'cd app\ngit ls-remote --exit-code origin refs/heads/gh-pages || echo "fatal: no gh-pages branch yet, creating it"',
    cause: /no gh-pages branch yet/,
  },
  {
    name: 'clone of an empty repository (warning)',
    type: 'unknown',
    passes: true,
    needs: GIT,
    setup: `${ID} && git init -q --bare empty.git`,
    run: 'git clone empty.git site',
    cause: /You appear to have cloned an empty repository/,
  },
  {
    name: 'fetch following a redirect (warning: redirecting to)',
    type: 'unknown',
    passes: true,
    needs: GIT,
    setup: `${REMOTE} && git clone -q --bare remote.git served.git`,
    server: (dir) => httpBackend(dir, { redirect: '/old/' }),
    run: 'git clone "$REMOTE_URL/old/served.git" copy',
    cause: /warning: redirecting to/,
  },
];
