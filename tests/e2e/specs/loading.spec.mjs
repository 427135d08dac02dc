// How the interactive part starts: one wasm download in every engine, and when it cannot start
// (the wasm or the JS glue blocked, or no WebAssembly) a visible fallback with a Retry while
// the static page stays whole.
import { test, expect, expectAccessible, openApp } from './fixtures.mjs';

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
  await expect(page.locator('[data-start-failed-note]:visible')).toHaveCount(0);
});

const BROKEN = [
  { name: 'the wasm', route: '**/*_bg.wasm' },
  { name: 'the JS glue', route: /partner-fit-[0-9a-f]+\.js$/ },
];

test.describe('when the interactive part cannot start', () => {
  // The blocked request and the loader's report of it are the only errors allowed.
  test.use({ expectedProblems: /^console error: (Failed to load resource|Partner Fit could not start)/ });

  for (const { name, route } of BROKEN) {
    test(`with ${name} blocked: a message and a Retry in place of the islands, the rest intact`, async ({ page }) => {
      await page.route(route, (r) => r.abort());
      await page.goto('./');
      await expect(page.locator('#page[data-start-failed]')).toHaveCount(1);
      const notes = page.getByRole('alert').filter({ hasText: 'could not start' });
      await expect(notes).toHaveCount(2);
      await expect(notes.first()).toContainText('The assessment could not start');
      await expect(notes.last()).toContainText('The margin simulator could not start');
      // The hero's links lead to sections that exist without the wasm.
      await page.getByRole('link', { name: 'Start the assessment' }).click();
      await expect(page).toHaveURL(/#assessment$/);
      await expect(page.locator('#assessment')).toBeInViewport();
      await expect(page.locator('#page[data-ready]')).toHaveCount(0);
      // Static content untouched: the guide's models and FAQ are there.
      await expect(page.getByTestId('hero-summary')).toHaveCount(3);
      await expect(page.getByTestId('model-card')).toHaveCount(3);
      await expectAccessible(page, `start failed (${name} blocked)`);
      // Retry reloads; with the network back, the app starts and the notes are gone.
      await page.unroute(route);
      await notes.first().getByRole('button', { name: 'Retry' }).click();
      await expect(page.locator('#page[data-ready]')).toHaveCount(1);
      await expect(page.locator('#page[data-start-failed]')).toHaveCount(0);
      await expect(page.locator('[data-start-failed-note]:visible')).toHaveCount(0);
      await expect(page.locator('#assessment')).toHaveCount(1);
    });
  }

  test('without WebAssembly: the same message, and no wasm requested', async ({ page }) => {
    await page.addInitScript(() => { delete window.WebAssembly; });
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await page.goto('./');
    await expect(page.locator('#page[data-start-failed]')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(2);
    expect(wasm).toEqual([]);
  });
});
