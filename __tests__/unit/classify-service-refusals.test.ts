/**
 * What the services battery (e2e/classify-real-services.test.ts) cannot show on this machine: where its rules stop.
 * A database client refused by a named remote host is not the job's own service (service-connection-refused reads
 * only the job's machine and bare service names, and psql's old line names none); a server's own log lines, printed
 * when a job stops its service containers, are not the job's client (postgres-auth-refused reads only a client's
 * line).
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

describe("a job's services refusing it, and what is not that", () => {
  test.each([
    [
      'psql -h localhost -c "select 1"',
      'psql: error: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused',
    ],
    [
      'psql -h postgres -c "select 1"',
      'psql: error: connection to server at "postgres" (172.18.0.2), port 5432 failed: Connection refused',
    ],
    [
      'mysql -h 127.0.0.1 -e "select 1"',
      "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (111)",
    ],
    ['redis-cli ping', 'Could not connect to Redis at redis:6379: Connection refused'],
  ])('%s: the workflow reaches no service of its own (config, not retried)', (run, line) => {
    const v = classify({ log: failedRunLog(run, [line]) });
    expect({ type: v.type, rule: v.rule, retried: retriedOnPr(v) }).toEqual({
      type: 'config',
      rule: 'service-connection-refused',
      retried: false,
    });
  });

  test.each([
    [
      'psql -h db.example.com -c "select 1"',
      'psql: error: connection to server at "db.example.com" (10.0.0.1), port 5432 failed: Connection refused',
    ],
    [
      'mysql -h db.acme.io -e "select 1"',
      "ERROR 2003 (HY000): Can't connect to MySQL server on 'db.acme.io:3306' (111)",
    ],
    ['redis-cli -h 10.0.0.5 ping', 'Could not connect to Redis at 10.0.0.5:6379: Connection refused'],
    // psql before 14: the host is named only on the next line, so the line says nothing of whose server it is.
    ['psql -h db.example.com -c "select 1"', 'psql: could not connect to server: Connection refused'],
  ])("%s: a named remote host is not the job's service", (run, line) => {
    expect(classify({ log: failedRunLog(run, [line]) }).rule).not.toBe('service-connection-refused');
  });

  test("a service container's own log line is no client's refusal", () => {
    const v = classify({
      log: failedRunLog('docker logs postgres && exit 1', [
        '2022-06-09 14:03:10.987 UTC [67] FATAL:  role "root" does not exist',
        '2022-06-09 14:03:11.002 UTC [68] FATAL:  database "app" does not exist',
      ]),
    });
    expect(['postgres-auth-refused', 'postgres-database-missing']).not.toContain(v.rule);
  });
});
