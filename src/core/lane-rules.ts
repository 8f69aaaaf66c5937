/**
 * The lane rules' shape and defaults, apart from lanes.ts: the config's defaults (config-defaults.ts) name them,
 * and every reader of the config (a CLI classify among them) would otherwise load picomatch to learn a list.
 */
export type LaneRules = {
  docs: string[];
  heavy: string[];
  heavyLabels: string[];
  docsLabels: string[];
  heavyDiffLines: number;
};

export const DEFAULT_LANE_RULES: LaneRules = {
  docs: [
    '**/*.md',
    '**/*.mdx',
    '**/*.rst',
    '**/*.adoc',
    '**/*.txt',
    'docs/**',
    'doc/**',
    '**/LICENSE*',
    '**/CODEOWNERS',
    '**/.github/ISSUE_TEMPLATE/**',
    '!**/requirements*.txt',
    '!**/CMakeLists.txt',
  ],
  heavy: [
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/Cargo.lock',
    '**/go.sum',
    '**/poetry.lock',
    '**/Pipfile.lock',
    '**/uv.lock',
    '**/Gemfile.lock',
    '**/composer.lock',
    '**/requirements*.txt',
    '.github/workflows/**',
    '.github/actions/**',
    '**/action.yml',
    '**/Dockerfile*',
    '**/docker-compose*.yml',
    '**/Makefile',
    '**/CMakeLists.txt',
    '**/*.gradle',
    '**/*.gradle.kts',
    '**/pom.xml',
    '**/*.tf',
    '**/terraform/**',
    '**/infra/**',
    '**/migrations/**',
    '**/db/migrate/**',
  ],
  heavyLabels: ['ci:heavy', 'heavy'],
  docsLabels: ['ci:docs'],
  heavyDiffLines: 2000,
};
