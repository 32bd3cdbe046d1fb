import { expect, test } from 'vitest';
import { defaultTemplates } from '../../src/modules/notifications/templates.js';
import { liveTopics } from '../../web/src/live-topics.js';

test('the console listens for every event the server sends a message about, so no change goes unseen', () => {
  const missing = Object.keys(defaultTemplates).filter((topic) => !liveTopics.includes(topic));
  expect(missing).toEqual([]);
});
