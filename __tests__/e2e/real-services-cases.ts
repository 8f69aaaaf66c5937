/**
 * A job's database and cache services refusing it (issue 68), for classify-real-services.test.ts: GitHub Actions
 * jobs run PostgreSQL, MySQL or MariaDB and Redis as `services:` containers and reach them from `run:` steps with
 * their clients. Here Debian's real servers (PostgreSQL 15, MariaDB 10.11, Redis 7.0) run on this machine for the
 * battery, each on a free 127.0.0.1 port (PGPORT, MYSQL_PORT, REDIS_PORT), and CLOSED_PORT is a port nothing
 * listens on: a service that is not up. Each case is a `run:` step in a temporary project (`real-env-run.ts`
 * runEnvCase, `bash -e {0}`), PGHOST, PGPORT and PGUSER set as workflows set them; the password is the step's own
 * (`PGPASSWORD`, `-p`), as a workflow passes a secret. `type` is TAXONOMY.md's label; `cause` matches the line
 * that states the cause. `passes` marks a look-alike: the step succeeds while printing failure-like words.
 *
 * Decisions (TAXONOMY.md):
 * - The server refusing the job's credentials (PostgreSQL's `password authentication failed for user`, MariaDB's
 *   `ERROR 1045 (28000): Access denied`) or naming a database it does not have (`database "x" does not exist`,
 *   `ERROR 1049 (42000): Unknown database`): `config`, "missing/invalid credentials or secrets" and the job's
 *   settings not matching its service's (POSTGRES_DB, MYSQL_DATABASE).
 * - The service not accepting connections at all (psql's `Connection refused`, MariaDB's `ERROR 2002 (HY000):
 *   Can't connect to server`, redis-cli's `Could not connect to Redis at ...: Connection refused`) where the
 *   step's own client says so: `config`. The runner starts a job's `services:` containers and waits for their
 *   health checks before the first step, failing the job at `Initialize containers` when one does not start
 *   (TAXONOMY's infrastructure), so a refusal at a step is the workflow's own: a port it does not map, no health
 *   check to wait for, a server it never started. Not retried: a re-run meets the same workflow (as
 *   classify-transient-registry holds for any refusal by the job's own machine).
 * - Left out: a migration's SQL error (`psql:db/schema.sql:3: ERROR:  relation "x" does not exist` under
 *   ON_ERROR_STOP): TAXONOMY has no type for a schema the job applies, and labellers split between build and
 *   test; redis-cli's `NOAUTH`/`WRONGPASS`, which it prints and exits 0 on (the step does not fail there).
 */
import type { BatteryCase } from './real-battery.js';

export interface ServiceCase extends BatteryCase {
  /** The servers the step reaches. */
  services: readonly ('postgres' | 'mariadb' | 'redis')[];
}

/** Each client with its server's package (postgresql's pg_ctlcluster, mariadb-server's, redis-server's). */
const PSQL = ['psql', 'pg_ctlcluster'];
const MYSQL = ['mysql', 'mariadb-install-db'];
const REDIS = ['redis-cli', 'redis-server'];

export const SERVICE_CASES: readonly ServiceCase[] = [
  {
    name: 'psql, a password the server refuses',
    needs: PSQL,
    services: ['postgres'],
    run: "PGPASSWORD=not-the-secret psql -v ON_ERROR_STOP=1 -c 'select 1'",
    type: 'config',
    cause: /FATAL: {2}password authentication failed for user "postgres"/,
  },
  {
    name: 'psql, a database the service does not have',
    needs: PSQL,
    services: ['postgres'],
    run: "PGPASSWORD=secret psql -d app_test -v ON_ERROR_STOP=1 -c 'select 1'",
    type: 'config',
    cause: /FATAL: {2}database "app_test" does not exist/,
  },
  {
    name: 'psql, the service not up (connection refused)',
    needs: PSQL,
    services: [],
    run: 'PGPASSWORD=secret psql -p "$CLOSED_PORT" -c \'select 1\'',
    type: 'config',
    cause: /failed: Connection refused$/,
  },
  {
    name: 'psql, a schema applied before the migrations (the service not up)',
    needs: PSQL,
    services: [],
    files: { 'db/schema.sql': 'create table if not exists users (id serial primary key);\n' },
    run: 'export PGPORT="$CLOSED_PORT"\nPGPASSWORD=secret psql -v ON_ERROR_STOP=1 -f db/schema.sql',
    type: 'config',
    cause: /failed: Connection refused$/,
  },
  {
    name: 'mysql, a user the server does not know',
    needs: MYSQL,
    services: ['mariadb'],
    run: 'mysql --no-defaults -h 127.0.0.1 -P "$MYSQL_PORT" -u app -psecret -e \'select 1\'',
    type: 'config',
    cause: /^ERROR 1045 \(28000\): Access denied for user 'app'@/,
  },
  {
    name: 'mysql, a database the service does not have',
    needs: MYSQL,
    services: ['mariadb'],
    run: 'mysql --no-defaults -h 127.0.0.1 -P "$MYSQL_PORT" -u root app_test -e \'select 1\'',
    type: 'config',
    cause: /^ERROR 1049 \(42000\): Unknown database 'app_test'/,
  },
  {
    name: 'mysql, the service not up',
    needs: MYSQL,
    services: [],
    run: 'mysql --no-defaults -h 127.0.0.1 -P "$CLOSED_PORT" -u root -e \'select 1\'',
    type: 'config',
    cause: /^ERROR 2002 \(HY000\): Can't connect to server on '127\.0\.0\.1'/,
  },
  {
    name: 'redis-cli, the service not up',
    needs: REDIS,
    services: [],
    run: 'redis-cli -p "$CLOSED_PORT" ping',
    type: 'config',
    cause: /^Could not connect to Redis at 127\.0\.0\.1:\d+: Connection refused$/,
  },
  {
    name: 'pg_isready: no response at first, then accepting (passes)',
    needs: [...PSQL, 'pg_isready'],
    services: ['postgres'],
    passes: true,
    run: 'pg_isready -p "$CLOSED_PORT" || echo "Postgres is unavailable - sleeping"\npg_isready',
    type: 'config',
    cause: / - no response$/,
  },
  {
    name: 'psql, a schema applied twice (NOTICE: already exists, skipping; passes)',
    needs: PSQL,
    services: ['postgres'],
    passes: true,
    files: { 'db/schema.sql': 'create table if not exists users (id serial primary key);\n' },
    run: 'export PGPASSWORD=secret\npsql -v ON_ERROR_STOP=1 -f db/schema.sql\npsql -v ON_ERROR_STOP=1 -f db/schema.sql',
    type: 'build',
    cause: /NOTICE: {2}relation "users" already exists, skipping/,
  },
  {
    name: 'mysql, a row holding an error message (passes)',
    needs: MYSQL,
    services: ['mariadb'],
    passes: true,
    run: 'mysql --no-defaults -h 127.0.0.1 -P "$MYSQL_PORT" -u root -e "select \'ERROR 1045 (28000): Access denied for user app\' as last_error"',
    type: 'config',
    cause: /ERROR 1045 \(28000\): Access denied for user app/,
  },
  {
    name: 'redis-cli, a value holding a refused connection (passes)',
    needs: REDIS,
    services: ['redis'],
    passes: true,
    run: 'export REDISCLI_AUTH=secret\nredis-cli -p "$REDIS_PORT" set last_error "Could not connect to Redis at 10.0.0.5:6379: Connection refused"\nredis-cli -p "$REDIS_PORT" get last_error',
    type: 'config',
    cause: /^Could not connect to Redis at 10\.0\.0\.5:6379: Connection refused$/,
  },
];
