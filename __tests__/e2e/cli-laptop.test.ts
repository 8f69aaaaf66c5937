/** The demo's laptop story, asserted: dist/cli.js with plain node, a local directory store. */
import { runLaptopStory, type LaptopStory } from '../../stand/scenarios/cli-laptop.js';

let story: LaptopStory;
beforeAll(async () => {
  story = await runLaptopStory();
});

test('classifies the corpus logs, one JSON verdict per line', () => {
  expect(story.classified.code).toBe(0);
  const verdicts = story.classified.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string });
  expect(verdicts.map((v) => v.type)).toEqual(['test', 'network', 'test']);
});

test('a second checkpoint stores only the changed file, and restore brings it back after a dry run', () => {
  expect(JSON.parse(story.full.stdout)).toMatchObject({ kind: 'full', files: 51 });
  expect(JSON.parse(story.incremental.stdout)).toMatchObject({
    kind: 'incremental',
    parent: 'before-tests',
    stored: 1,
  });
  expect(JSON.parse(story.dryRun.stdout)).toMatchObject({ restored: false, modified: ['build/app.js'] });
  expect(JSON.parse(story.restore.stdout)).toMatchObject({ restored: true, modified: ['build/app.js'] });
});

test('a tampered archive is refused with a clear error and the workspace keeps its state', () => {
  expect(story.tampered.code).not.toBe(0);
  expect(story.tampered.stderr).toMatch(/could not be restored/);
  expect(story.tampered.stderr).toMatch(/workspace was not changed/);
  expect(story.afterRefusal).toContain('local edit');
});
