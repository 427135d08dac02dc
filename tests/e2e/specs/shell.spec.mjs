// The first screen: static hero, the three models from the engine, the call to action.
import { test, expect, expectAccessible, openApp, VIEWPORTS } from './fixtures.mjs';

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('shows the three models, their definitions and the call to action', async ({ page }) => {
      await openApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('which partner model fits you');
      const cards = page.getByTestId('model-card');
      await expect(cards).toHaveCount(3);
      await expect(cards.nth(0)).toHaveAttribute('data-value', 'referral');
      await expect(cards.nth(2)).toContainText('Who owns the customer');
      // The static hero (painted before the wasm runs) says what the engine says.
      const hero = await page.getByTestId('hero-summary').allTextContents();
      const engine = await page.getByTestId('model-summary').allTextContents();
      expect(hero).toEqual(engine);
      const cta = page.getByTestId('cta').first();
      await expect(cta).toHaveText('Book a Partner Audit');
      expect(await cta.getAttribute('href')).toMatch(/^https:\/\/.+[?&]scenario=http%3A%2F%2F127\.0\.0\.1/);
      // Nothing is wider than the viewport on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, `first screen at ${vp.width}px`);
    });
  });
}
