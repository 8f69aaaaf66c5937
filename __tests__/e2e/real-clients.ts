/**
 * The real clients of classify-real-transients.test.ts, each set up in a temporary directory to fetch one
 * dependency from a server (`base`, `http://host:port`) with its caches there and its own retries and time
 * limits small, as a CI step would run it: the step's script (`run`), the program and its arguments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type ClientName = 'npm' | 'cargo' | 'go' | 'mvn' | 'git' | 'curl' | 'wget' | 'pip' | 'apt';

export interface Invocation {
  run: string;
  file: string;
  args: string[];
  env: Record<string, string>;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/** The program each client runs as. */
export const PROGRAM: Record<ClientName, [string, string[]]> = {
  npm: ['npm', ['--version']],
  cargo: ['cargo', ['--version']],
  go: ['go', ['version']],
  mvn: ['mvn', ['-v']],
  git: ['git', ['--version']],
  curl: ['curl', ['--version']],
  wget: ['wget', ['--version']],
  pip: ['python3', ['-m', 'pip', '--version']],
  apt: ['apt-get', ['--version']],
};

/** Sets up `client` in `dir` against `base` and says how to run it. */
export function invocation(client: ClientName, dir: string, base: string): Invocation {
  const home = { HOME: dir, LC_ALL: 'C.UTF-8', NO_COLOR: '1' };
  switch (client) {
    case 'npm':
      write(dir, {
        'package.json': JSON.stringify({
          name: 'app',
          version: '1.0.0',
          dependencies: { 'left-pad': '1.3.0' },
        }),
      });
      return {
        run: 'npm install',
        file: 'npm',
        args: [
          'install',
          `--registry=${base}/`,
          `--cache=${path.join(dir, '.npm')}`,
          '--fetch-retries=1',
          '--fetch-retry-mintimeout=10',
          '--fetch-retry-maxtimeout=20',
          '--fetch-timeout=1500',
          '--no-audit',
          '--no-fund',
          '--no-update-notifier',
        ],
        env: { ...home, npm_config_userconfig: path.join(dir, '.npmrc') },
      };
    case 'cargo':
      write(dir, {
        'Cargo.toml':
          '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nleftpad = "1"\n',
        'src/lib.rs': '',
        '.cargo/config.toml': [
          '[source.crates-io]',
          'replace-with = "mirror"',
          '[source.mirror]',
          `registry = "sparse+${base}/"`,
          '[net]',
          'retry = 1',
          '[http]',
          'timeout = 2',
          '',
        ].join('\n'),
      });
      return {
        run: 'cargo build',
        file: 'cargo',
        args: ['build'],
        env: {
          ...home,
          // A rustup install finds its toolchains under the real home's .rustup, not the temporary HOME.
          RUSTUP_HOME: process.env.RUSTUP_HOME ?? path.join(os.homedir(), '.rustup'),
          CARGO_HOME: path.join(dir, '.cargo-home'),
          CARGO_TARGET_DIR: path.join(dir, 'target'),
        },
      };
    case 'go':
      write(dir, {
        'go.mod': 'module example.org/app\n\ngo 1.19\n\nrequire example.com/leftpad v1.0.0\n',
        'main.go': 'package main\n\nimport _ "example.com/leftpad"\n\nfunc main() {}\n',
      });
      return {
        run: 'go build ./...',
        file: 'go',
        args: ['build', './...'],
        env: {
          ...home,
          GOPROXY: base,
          GOFLAGS: '-mod=mod',
          GONOSUMDB: '*',
          GOSUMDB: 'off',
          GO111MODULE: 'on',
          GOPATH: path.join(dir, '.gopath'),
          GOMODCACHE: path.join(dir, '.gopath/pkg/mod'),
          GOCACHE: path.join(dir, '.gocache'),
        },
      };
    case 'mvn':
      write(dir, {
        'pom.xml': [
          '<project xmlns="http://maven.apache.org/POM/4.0.0">',
          '  <modelVersion>4.0.0</modelVersion>',
          '  <groupId>org.example</groupId><artifactId>app</artifactId><version>1.0.0</version>',
          '  <dependencies>',
          '    <dependency><groupId>org.example</groupId><artifactId>leftpad</artifactId><version>1.0.0</version></dependency>',
          '  </dependencies>',
          '</project>',
          '',
        ].join('\n'),
        'settings.xml': [
          '<settings><mirrors><mirror><id>mirror</id><mirrorOf>*</mirrorOf>',
          `<url>${base}/maven2/</url></mirror></mirrors></settings>`,
          '',
        ].join('\n'),
      });
      return {
        run: 'mvn -B -s settings.xml compile',
        file: 'mvn',
        args: [
          '-B',
          '-s',
          'settings.xml',
          `-Dmaven.repo.local=${path.join(dir, '.m2')}`,
          '-Dmaven.wagon.rto=2000',
          '-Dmaven.wagon.http.retryHandler.count=0',
          'compile',
        ],
        // The JIT's first tier only: Maven's start-up costs a third of the CPU, and nothing here runs long.
        env: { ...home, MAVEN_OPTS: '-XX:TieredStopAtLevel=1 -Xss1m' },
      };
    case 'git':
      return {
        run: `git clone ${base}/leftpad.git`,
        file: 'git',
        args: ['-c', 'http.lowSpeedLimit=1000', '-c', 'http.lowSpeedTime=2', 'clone', `${base}/leftpad.git`],
        env: { ...home, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1' },
      };
    case 'curl':
      return {
        run: `curl -fsSL --max-time 2 -o tool.tgz ${base}/releases/tool.tgz`,
        file: 'curl',
        args: ['-fsSL', '--max-time', '2', '-o', 'tool.tgz', `${base}/releases/tool.tgz`],
        env: home,
      };
    case 'wget':
      return {
        run: `wget --progress=dot:mega --timeout=2 --tries=1 ${base}/releases/tool.tgz`,
        file: 'wget',
        args: ['--progress=dot:mega', '--timeout=2', '--tries=1', `${base}/releases/tool.tgz`],
        env: home,
      };
    case 'pip':
      write(dir, { 'requirements.txt': 'leftpad==1.0.0\n' });
      return {
        run: 'pip download -r requirements.txt -d wheels',
        file: 'python3',
        args: [
          '-m',
          'pip',
          'download',
          '--no-cache-dir',
          '--disable-pip-version-check',
          // One retry: pip says why it tried again (urllib3's `Retrying (Retry(total=0, ...)) after ...`);
          // with none it says only that it found no version.
          '--retries',
          '1',
          '--timeout',
          '2',
          '--index-url',
          `${base}/simple/`,
          // pip ignores an index over plain HTTP unless its host is trusted (a real one is HTTPS).
          '--trusted-host',
          new URL(base).hostname,
          '-r',
          'requirements.txt',
          '-d',
          'wheels',
        ],
        env: { ...home, PIP_CONFIG_FILE: '/dev/null' },
      };
    case 'apt': {
      // A job's `sudo apt-get update && sudo apt-get install -y <pkg>` against a mirror of its own: apt's lists,
      // caches and sources in the directory (the machine's own are untouched), no retry, a 2 s time limit, and
      // the fetch done as the caller (root's default hands it to the `_apt` user, who cannot write here), and the
      // install simulated (a real one takes dpkg's lock, which a user other than root may not).
      write(dir, { 'sources.list': `deb [trusted=yes] ${base}/debian bookworm main\n` });
      mkdirSync(path.join(dir, 'lists/partial'), { recursive: true });
      mkdirSync(path.join(dir, 'cache/archives/partial'), { recursive: true });
      const o = [
        `Dir::Etc::sourcelist=${path.join(dir, 'sources.list')}`,
        'Dir::Etc::sourceparts=-',
        `Dir::State::Lists=${path.join(dir, 'lists')}`,
        `Dir::Cache=${path.join(dir, 'cache')}`,
        'APT::Sandbox::User=root',
        'Acquire::Retries=0',
        'Acquire::http::Timeout=2',
        'Acquire::Languages=none',
      ].flatMap((opt) => ['-o', opt]);
      const apt = (args: string[]): string => ['apt-get', ...o, ...args].map((a) => `'${a}'`).join(' ');
      return {
        run: 'sudo apt-get update && sudo apt-get install -y libleftpad-dev',
        file: 'bash',
        args: ['-e', '-c', `${apt(['update'])} && ${apt(['install', '-y', '--simulate', 'libleftpad-dev'])}`],
        env: home,
      };
    }
  }
}
