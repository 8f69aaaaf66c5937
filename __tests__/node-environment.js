/**
 * Jest's node environment, where a test file's end is its process's end for the code it loaded. Each test
 * file gets a copy of `process` whose 'exit' never fires, so what that code registered on
 * `process.once('exit')` never ran in a test worker: the RUNNER_TEMP the stand's runner makes outside a
 * stand (stand/runner/job.ts, ~14 `runner-temp-*` left in the OS temp directory per `npm test`), an
 * Azurite a stand started and did not stop (stand/services/azurite.ts, a child process that kept its
 * worker alive when a beforeAll threw). Here 'exit' is emitted when the file's tests are done.
 */
import { TestEnvironment } from 'jest-environment-node';

export default class ExitingNodeEnvironment extends TestEnvironment {
  async teardown() {
    try {
      this.global?.process?.emit('exit', 0);
    } finally {
      await super.teardown();
    }
  }
}
