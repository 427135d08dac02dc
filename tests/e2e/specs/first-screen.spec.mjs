// The first screen starts the work: the three paths drawn, and the assessment's first
// question answerable without scrolling, with nothing shifting while the wasm mounts.
import { test, expect, openApp } from './fixtures.mjs';

for (const vp of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`at ${vp.width}x${vp.height}: the paths and the first question, no layout shift`, async ({ page }) => {
    await page.setViewportSize(vp);
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openApp(page);
    const paths = page.getByRole('img', { name: /Referral: the partner hands you a lead/ });
    await expect(paths).toBeInViewport({ ratio: 1 });
    const first = page.getByTestId('question').first();
    await expect(first.locator('legend')).toBeInViewport({ ratio: 1 });
    for (const choice of await first.locator('.q__choice').all()) await expect(choice).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Answering from the first screen works as anywhere else.
    await first.getByRole('radio').first().check();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shift), 'cumulative layout shift before any input').toBe(0);
  });
}
