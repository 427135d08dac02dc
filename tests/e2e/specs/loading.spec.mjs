// How the interactive part starts: one wasm download in every engine.
import { test, expect, openApp } from './fixtures.mjs';

test('downloads the wasm once, with no console warning about it', async ({ page }) => {
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  await openApp(page);
  const fetches = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => e.name.endsWith('_bg.wasm')).length);
  expect(fetches, 'Resource Timing entries for the wasm').toBe(1);
  expect(warnings.filter((w) => /wasm|preload|integrity/i.test(w))).toEqual([]);
});
