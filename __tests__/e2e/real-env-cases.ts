/**
 * What the job's environment refuses (issue 68): credentials the job cannot use, a tool refusing its
 * environment or invocation, a companion tool not installed, memory and file limits, time limits, and the
 * look-alikes that stay what they are. Each case is a `run:` step in a temporary project (`real-steps.ts`
 * runStep), HOME and GNUPGHOME in that project, offline. `type` is TAXONOMY.md's, what a person labels it;
 * `cause` is a regex the verdict's evidence line must match: the line stating the cause, never the command's
 * echo or a summary. Nothing here is the tools' bytes: they print what they print on this machine.
 */
import type { FailureType } from '../../src/core/types.js';

export interface EnvCase {
  name: string;
  type: FailureType;
  /** The line shown must state the cause. */
  cause: RegExp;
  /** The step's script. */
  run: string;
  /** The project's files before the step. */
  files?: Record<string, string>;
  /** Shell run in the project before the step (not part of its log): a keystore made, a secret encrypted. */
  setup?: string;
  /** Commands this case needs on PATH (`python3-<module>`: a module python3 imports, Debian's click). */
  needs?: readonly string[];
  /**
   * The step's PATH is only these commands (links in `<project>/bin`): a machine without a companion tool the
   * step needs, which a runner image may lack though this machine has it.
   */
  onlyPath?: readonly string[];
  /** The step's environment besides the runner's. */
  env?: Record<string, string>;
  /** A local HTTP server answering 401 (its URL in $REMOTE_URL). */
  remote401?: true;
  /**
   * The step is killed after this long (150 s by default, real-steps.ts runStep): a case whose tool builds much on a
   * cold cache (go's race runtime on a fresh machine, under a loaded CI run) needs longer to say anything at all.
   */
  limitMs?: number;
  /** The project's node_modules is a link to this repository's, as after `npm ci` (`npx tsc`, `npx jest`). */
  modules?: true;
  /** Classified by the built CLI as well. */
  cli?: true;
  /** Not retried though its type is one the policy retries: a limit the job sets itself (ulimit -f). */
  notRetried?: true;
}

/** A script written without its executable bit (0644), as one added on Windows or without `chmod +x`. */
const UNEXECUTABLE_SCRIPT = { 'scripts/release.sh': '#!/bin/sh\necho releasing\n' };
const pkg = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'app', version: '1.0.0', ...extra }, null, 2);
const CARGO = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';
const GO_MOD = 'module example.com/app\n\ngo 1.19\n';
/** Maven's resources and compiler plugins pinned to versions an offline ~/.m2 holds (see have('maven-offline')). */
const POM_PINNED = `<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version>
<properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
<build><pluginManagement><plugins>
<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
</plugins></pluginManagement></build></project>
`;
/**
 * An executable ELF header for arm64 (e_machine 0xB7) and nothing else: the kernel refuses it with ENOEXEC on x86-64,
 * as a release binary downloaded for the wrong architecture.
 */
const ARM64_TOOL =
  "mkdir -p bin && python3 -c \"import struct, sys; sys.stdout.buffer.write(b'\\x7fELF' + bytes([2, 1, 1, 0]) + bytes(8) + " +
  "struct.pack('<HHIQQQIHHHHHH', 2, 0xB7, 1, 0x400000, 64, 0, 0, 64, 56, 0, 64, 0, 0))\" > bin/tool && chmod +x bin/tool";
const PUBLIC_KEY_ONLY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAM ci@example\n';

export const ENV_CASES: EnvCase[] = [
  // credentials the job cannot use
  {
    name: 'git commit -S, no secret key',
    type: 'config',
    cause: /No secret key|gpg failed to sign/,
    needs: ['gpg', 'git'],
    setup:
      'git init -q . && git config user.email ci@example.com && git config user.name ci && git config user.signingkey 0x1234ABCD5678EF00',
    run: 'git commit --allow-empty -S -m "release 1.0"',
  },
  {
    name: 'gpg --detach-sign, no secret key',
    type: 'config',
    cause: /No secret key|signing failed/,
    needs: ['gpg'],
    files: { 'app.tar.gz': 'not really\n' },
    run: 'gpg --batch --yes --armor --detach-sign app.tar.gz',
  },
  {
    name: 'ssh-keygen -y, a deploy key that is a public key',
    type: 'config',
    cause: /Load key|invalid format|deploy_key/,
    needs: ['ssh-keygen'],
    files: { deploy_key: PUBLIC_KEY_ONLY },
    setup: 'chmod 600 deploy_key',
    run: 'ssh-keygen -y -f deploy_key > deploy_key.pub',
  },
  {
    name: 'ssh-add, an empty key from the secret',
    type: 'config',
    cause: /Error loading key|invalid format/,
    needs: ['ssh-agent', 'ssh-add'],
    // The agent is ended with the step (its EXIT trap), as a job's script does: the battery leaves no daemon.
    run: 'eval "$(ssh-agent -s)"\ntrap \'kill "$SSH_AGENT_PID"\' EXIT\necho "$SSH_PRIVATE_KEY" | ssh-add -',
  },
  {
    name: 'ssh-add, a key file others can read',
    type: 'config',
    cause: /UNPROTECTED PRIVATE KEY FILE|Permissions 0644|too open|will be ignored/,
    needs: ['ssh-keygen', 'ssh-agent', 'ssh-add'],
    setup: 'ssh-keygen -q -t ed25519 -N "" -C ci -f deploy_key && chmod 644 deploy_key',
    run: 'eval "$(ssh-agent -s)"\ntrap \'kill "$SSH_AGENT_PID"\' EXIT\nssh-add deploy_key',
  },
  {
    name: 'keytool, a missing keystore',
    type: 'config',
    cause: /Keystore file does not exist|release\.jks/,
    needs: ['keytool'],
    run: 'keytool -list -keystore release.jks -storepass "$KEYSTORE_PASSWORD"',
    env: { KEYSTORE_PASSWORD: 'changeit' },
  },
  {
    name: 'jarsigner, a wrong keystore password',
    type: 'config',
    cause: /password was incorrect|keystore password/i,
    needs: ['keytool', 'jarsigner', 'jar'],
    files: { 'A.txt': 'a\n' },
    setup:
      'keytool -genkeypair -keystore release.jks -storepass rightpass -keypass rightpass -alias release -keyalg RSA -keysize 2048 -dname CN=ci -validity 2 >/dev/null 2>&1 && jar cf app.jar A.txt',
    run: 'jarsigner -keystore release.jks -storepass "$KEYSTORE_PASSWORD" app.jar release',
    env: { KEYSTORE_PASSWORD: 'wrongpass' },
  },
  {
    name: 'openssl, a secret decrypted with a wrong key',
    type: 'config',
    cause: /bad decrypt/,
    needs: ['openssl'],
    // A fixed salt: under a random one the wrong key left valid padding about once in 200 runs (measured: 7 of
    // 1,500), so openssl decrypted garbage and exited 0. OpenSSL 3 writes no header under -S: it is written here.
    setup:
      'printf "{\\"token\\": \\"x\\"}\\n" > secrets.json && { printf "Salted__\\001\\043\\105\\147\\211\\253\\315\\357" && openssl enc -aes-256-cbc -pbkdf2 -S 0123456789abcdef -in secrets.json -k rightkey; } > secrets.json.enc && rm secrets.json',
    run: 'openssl enc -d -aes-256-cbc -pbkdf2 -in secrets.json.enc -out secrets.json -k "$SECRETS_KEY"',
    env: { SECRETS_KEY: 'wrongkey' },
    cli: true,
  },
  {
    name: 'npm whoami, no token',
    type: 'config',
    cause: /ENEEDAUTH|need auth|logged in/i,
    files: { 'package.json': pkg() },
    run: 'npm whoami',
  },
  {
    name: 'npm publish, the registry refusing (401)',
    type: 'config',
    cause: /E401|Unable to authenticate|401/,
    files: { 'package.json': pkg(), 'index.js': 'module.exports = 1;\n' },
    remote401: true,
    // The token line actions/setup-node writes for `registry-url` (src/authutil.ts writeRegistryToFile), read
    // from NODE_AUTH_TOKEN: here a token the registry no longer accepts. The registry on the command line: the
    // runner's npm_config_registry (real-steps.ts) outranks a project's .npmrc.
    run: 'echo "${REMOTE_URL#http:}/:_authToken=\\${NODE_AUTH_TOKEN}" > .npmrc\nnpm publish --registry "$REMOTE_URL/"',
    env: { NODE_AUTH_TOKEN: 'expired-token' },
  },
  {
    name: 'git push, the remote refusing the credentials',
    type: 'config',
    cause: /Authentication failed/,
    needs: ['git'],
    remote401: true,
    setup:
      'git init -q . && git config user.email ci@example.com && git config user.name ci && git commit -q --allow-empty -m one',
    run: 'git push "$(echo "$REMOTE_URL" | sed "s#http://#http://ci:$GH_TOKEN@#")" HEAD:main',
    env: { GH_TOKEN: 'expired' },
    cli: true,
  },
  {
    name: "python, os.environ['X'] of a variable the job does not set (KeyError)",
    type: 'config',
    cause: /KeyError: 'SENTRY_AUTH_TOKEN'/,
    files: {
      'scripts/upload.py':
        "import os\n\n\ndef main():\n    token = os.environ['SENTRY_AUTH_TOKEN']\n    print('uploading with', len(token))\n\n\nmain()\n",
    },
    run: 'python3 scripts/upload.py',
  },
  // a tool refusing its environment or invocation
  {
    name: 'cmake_minimum_required above the installed cmake',
    type: 'config',
    cause: /CMake 9\.0 or higher is required/,
    needs: ['cmake'],
    files: { 'CMakeLists.txt': 'cmake_minimum_required(VERSION 9.0)\nproject(app NONE)\n' },
    run: 'cmake -S . -B build',
    cli: true,
  },
  {
    name: "pip install, the package's requires-python",
    type: 'config',
    cause: /requires a different Python/,
    needs: ['python3-setuptools', 'python3-wheel'],
    files: {
      'pyproject.toml':
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "app"\nversion = "1.0"\nrequires-python = ">=3.99"\n',
      'app/__init__.py': '',
    },
    run: 'python3 -m pip install --no-index --no-build-isolation --no-deps --target out .',
  },
  {
    name: 'a click CLI, an unknown option',
    type: 'config',
    cause: /No such option/,
    needs: ['python3-click'],
    files: {
      'tools/release.py':
        "import click\n\n\n@click.command()\n@click.option('--tag')\ndef main(tag):\n    print(tag)\n\n\nmain()\n",
    },
    run: 'python3 tools/release.py --dry-run',
  },
  {
    name: 'a click CLI, a missing argument',
    type: 'config',
    cause: /Missing argument/,
    needs: ['python3-click'],
    files: {
      'tools/deploy.py':
        "import click\n\n\n@click.command()\n@click.argument('environment')\ndef main(environment):\n    print(environment)\n\n\nmain()\n",
    },
    run: 'python3 tools/deploy.py',
  },
  {
    // Click names an option with a short and a long name by both ('-t' / '--target-version'), as black's is.
    name: 'a click CLI, a value outside an option of two names',
    type: 'config',
    cause: /Invalid value for '-t' \/ '--target-version'/,
    needs: ['python3-click'],
    files: {
      'tools/fmt.py':
        "import click\n\n\n@click.command()\n@click.option('-t', '--target-version', type=click.Choice(['py311', 'py312']))\ndef main(target_version):\n    print(target_version)\n\n\nmain()\n",
    },
    run: 'python3 tools/fmt.py --target-version py313',
  },
  {
    name: 'a click CLI, a required option of two names left out',
    type: 'config',
    cause: /Missing option '-e' \/ '--env'/,
    needs: ['python3-click'],
    files: {
      'tools/deploy.py':
        "import click\n\n\n@click.command()\n@click.option('-e', '--env', required=True)\ndef main(env):\n    print(env)\n\n\nmain()\n",
    },
    run: 'python3 tools/deploy.py',
  },
  {
    // bash's form (`<script>.sh: line 1: ...`, exit 126) is config-missing's: a guard beside dash's below.
    name: 'a script committed without its executable bit',
    type: 'config',
    cause: /\.\/scripts\/release\.sh: Permission denied/,
    files: UNEXECUTABLE_SCRIPT,
    run: './scripts/release.sh',
  },
  {
    // dash, as `shell: sh` runs the step (Ubuntu's /bin/sh), refusing the same script: `sh: 1: ...`, exit 126.
    name: 'sh runs a script committed without its executable bit',
    type: 'config',
    cause: /^sh: 1: \.\/scripts\/release\.sh: Permission denied$/,
    files: UNEXECUTABLE_SCRIPT,
    run: "sh -ec './scripts/release.sh'",
  },
  {
    // bash syntax (`${V,,}`) in a script run by sh (dash on Ubuntu): dash stops on it, `<script>: 3: Bad substitution`.
    name: "sh runs a script written in bash's syntax",
    type: 'config',
    cause: /^scripts\/tag\.sh: 3: Bad substitution$/,
    files: { 'scripts/tag.sh': '#!/bin/sh\nV=Release\necho "${V,,}"\n' },
    run: 'sh scripts/tag.sh',
  },
  {
    // A redirection to a variable that is not set (a misspelt GITHUB_OUTPUT): bash refuses it before running echo.
    name: 'bash redirects to an unset variable',
    type: 'config',
    cause: /: line 1: \$GITHUB_OUTPUTT: ambiguous redirect$/,
    run: 'echo "version=1.2.3" >> $GITHUB_OUTPUTT',
  },
  {
    name: 'sed, an `s` command missing its last delimiter',
    type: 'config',
    cause: /^sed: -e expression #1, char \d+: unterminated `s' command$/,
    files: { 'Cargo.toml': CARGO },
    run: 'sed -i \'s/^version = .*/version = "1.2.3"\' Cargo.toml',
  },
  {
    name: 'tsc --target es1999',
    type: 'config',
    cause: /TS6046|Argument for '--target'/,
    modules: true,
    files: { 'a.ts': 'export const a = 1;\n' },
    run: 'npx tsc --target es1999 a.ts',
  },
  {
    name: 'java, an option the JVM does not have (JAVA_OPTS)',
    type: 'config',
    cause: /Unrecognized (?:VM )?option/,
    needs: ['java', 'javac'],
    files: { 'App.java': 'public class App { public static void main(String[] a) {} }\n' },
    setup: 'javac App.java',
    run: 'java $JAVA_OPTS -cp . App',
    env: { JAVA_OPTS: '-XX:MaxPermSize=512m -Xverify:none2' },
  },
  {
    name: 'mvn, maven.compiler.release newer than the JDK',
    type: 'config',
    cause: /release version 99 not supported/,
    // Offline: the two plugins must already be in ~/.m2 (runners.ts asks the same of Surefire).
    needs: ['mvn', 'maven-offline'],
    files: {
      'pom.xml': POM_PINNED,
      'src/main/java/App.java': 'public class App {}\n',
    },
    run: 'mvn -B -o compile -Dmaven.compiler.release=99',
  },
  // a program built for another machine
  {
    name: 'a downloaded tool built for arm64, run on x86-64 (bash)',
    type: 'config',
    cause: /\.\/bin\/tool: cannot execute binary file: Exec format error/,
    needs: ['python3'],
    setup: ARM64_TOOL,
    run: './bin/tool --version',
  },
  {
    name: 'a downloaded tool built for arm64, run by a Go program (fork/exec)',
    type: 'config',
    cause: /fork\/exec \.\/bin\/tool: exec format error/,
    needs: ['python3', 'go'],
    setup: ARM64_TOOL,
    files: {
      'go.mod': GO_MOD,
      'main.go':
        'package main\n\nimport (\n\t"fmt"\n\t"os"\n\t"os/exec"\n)\n\nfunc main() {\n' +
        '\tif err := exec.Command("./bin/tool", "--version").Run(); err != nil {\n\t\tfmt.Println("error:", err)\n\t\tos.Exit(1)\n\t}\n}\n',
    },
    run: 'go run .',
    env: { GOFLAGS: '-mod=mod', GOPROXY: 'off' },
    limitMs: 120_000,
  },
  // a companion tool not installed
  {
    name: 'cargo build, no cc on PATH',
    type: 'config',
    cause: /linker `cc` not found/,
    needs: ['cargo', 'rustc'],
    onlyPath: ['bash', 'cargo', 'rustc'],
    files: { 'Cargo.toml': CARGO, 'src/main.rs': 'fn main() {}\n' },
    run: 'cargo build',
  },
  {
    name: 'cmake, the C compiler the job names is not installed',
    type: 'config',
    cause: /compiler set in environment variable CC|CMAKE_C_COMPILER|clang-17/,
    needs: ['cmake'],
    files: { 'CMakeLists.txt': 'cmake_minimum_required(VERSION 3.13)\nproject(app C)\n' },
    run: 'cmake -S . -B build',
    env: { CC: 'clang-17' },
    cli: true,
  },
  {
    name: 'node-gyp, no Python',
    type: 'config',
    cause: /find Python|Could not find any Python/,
    onlyPath: ['bash', 'sh', 'node', 'npm'],
    files: {
      'package.json': pkg({ scripts: { install: 'node-gyp rebuild' }, gypfile: true }),
      'binding.gyp': "{ 'targets': [ { 'target_name': 'app', 'sources': [ 'app.cc' ] } ] }\n",
      'app.cc': '',
    },
    run: 'npm install --offline',
  },
  {
    name: 'bash, poetry not installed (127)',
    type: 'config',
    cause: /poetry: command not found/,
    files: { 'pyproject.toml': '[tool.poetry]\nname = "app"\n' },
    // A runner image without poetry: this machine has Debian's (the Python tools battery's), which would run.
    onlyPath: ['bash'],
    run: 'poetry install --no-root',
  },
  {
    name: 'bash, docker-compose not installed (127)',
    type: 'config',
    cause: /docker-compose: command not found/,
    run: 'docker-compose up -d db',
  },
  {
    name: 'bash, bundle not installed under a test command (127)',
    type: 'config',
    cause: /bundle: command not found/,
    files: { Gemfile: "source 'https://rubygems.org'\n" },
    // A runner image without Ruby: this machine has Debian's bundler (the Ruby battery's), which would run.
    onlyPath: ['bash'],
    run: 'bundle exec rspec',
  },
  {
    name: 'bash, golangci-lint not installed under a lint command (127)',
    type: 'config',
    cause: /golangci-lint: command not found/,
    run: 'golangci-lint run ./...',
  },
  // resource: memory and files
  {
    name: 'a process killed (137), no out-of-memory line',
    type: 'resource',
    cause: /Killed|137/,
    files: { 'work.py': 'import os, signal\n\nos.kill(os.getpid(), signal.SIGKILL)\n' },
    run: 'python3 work.py',
    cli: true,
  },
  {
    name: "node's heap limit",
    type: 'resource',
    cause: /heap out of memory|Reached heap limit/,
    files: { 'big.js': 'const a = [];\nfor (;;) a.push({ n: a.length, s: `x${a.length}` });\n' },
    run: 'node --max-old-space-size=32 big.js',
  },
  {
    name: 'java -Xmx16m, OutOfMemoryError',
    type: 'resource',
    cause: /OutOfMemoryError/,
    needs: ['java', 'javac'],
    files: {
      'Big.java':
        'import java.util.*;\npublic class Big {\n  public static void main(String[] a) {\n    List<long[]> l = new ArrayList<>();\n    for (;;) l.add(new long[1 << 16]);\n  }\n}\n',
    },
    setup: 'javac Big.java',
    run: 'java -Xmx16m -cp . Big',
  },
  {
    name: 'python MemoryError under ulimit -v',
    type: 'resource',
    cause: /MemoryError/,
    files: { 'load.py': 'data = bytearray(4 * 1024 ** 3)\nprint(len(data))\n' },
    run: 'ulimit -v 1000000\npython3 load.py',
  },
  // TAXONOMY.md resource: memory or disk exhausted; the file size limit is the machine's limit on disk use.
  {
    name: 'a file size limit (ulimit -f)',
    type: 'resource',
    cause: /File size limit exceeded/,
    run: 'ulimit -f 64\nhead -c 1000000 /dev/zero > artifact.bin',
    cli: true,
    // RLIMIT_FSIZE is the job's own: a retry on the same machine, or the same job anywhere, inherits it.
    notRetried: true,
  },
  {
    name: 'no space left on device',
    type: 'resource',
    cause: /No space left on device/,
    files: { 'artifact.bin': 'x'.repeat(65_536) },
    run: 'cp artifact.bin /dev/full',
  },
  // timeout
  {
    name: 'timeout 2 around a test run (124)',
    type: 'timeout',
    cause: /timeout|124/,
    needs: ['python3'],
    files: { 'soak.py': 'import time\n\nprint("soaking", flush=True)\ntime.sleep(30)\n' },
    run: 'timeout 2 python3 soak.py',
  },
  // TAXONOMY.md: a harness aborting a whole test binary is timeout (go's -timeout panics the binary, every test
  // with it); a single test over its own limit that the runner reports as a failed test is test (jest's below).
  {
    name: "go test's -timeout panic",
    type: 'timeout',
    cause: /test timed out after/,
    needs: ['go'],
    files: {
      'go.mod': GO_MOD,
      'a_test.go':
        'package app\n\nimport (\n\t"testing"\n\t"time"\n)\n\nfunc TestSlow(t *testing.T) { time.Sleep(30 * time.Second) }\n',
    },
    run: 'go test -timeout 2s ./...',
    cli: true,
  },
  {
    name: "jest's per-test timeout (a failed test)",
    type: 'test',
    cause: /Exceeded timeout|✕|●/,
    modules: true,
    files: {
      'slow.test.js': "test('waits', () => new Promise((r) => setTimeout(r, 5000)), 200);\n",
      'package.json': pkg(),
    },
    run: 'npx jest',
  },
  // look-alikes that stay what they are
  {
    name: "pytest, a test asserting an environment variable's value",
    type: 'test',
    cause: /FAILED|assert|AssertionError/,
    needs: ['python3'],
    files: {
      'test_env.py': "import os\n\n\ndef test_mode():\n    assert os.environ.get('APP_MODE', '') == 'ci'\n",
    },
    run: 'python3 -m pytest -q',
  },
  {
    name: 'pytest, the program under test printing Permission denied about its own file',
    type: 'test',
    cause: /FAILED|assert|AssertionError/,
    needs: ['python3'],
    files: {
      'test_cli.py':
        "import subprocess\n\n\ndef test_writes_report():\n    r = subprocess.run(['sh', '-c', 'echo \"cannot open report.txt: Permission denied\" >&2; exit 1'])\n    assert r.returncode == 0\n",
    },
    run: 'python3 -m pytest -q',
  },
];
