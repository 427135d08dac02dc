// Dark mode (prefers-color-scheme) at phone and desktop widths: axe-core (contrast included)
// in the main states, and screenshots of each state in both schemes for a human to look at
// (test-results/screens/<viewport>-<scheme>-<state>.png).
import { test, expect, expectAccessible, VIEWPORTS } from './partner-fit.mjs';

// Answers of the later steps; role and own are given in the page.
const LATER_ANSWERS = 'v=1&int=built&jvp=no&dreg=no&direct=yes&seg=small,strategic';
const SCREENS = 'test-results/screens';

for (const vp of VIEWPORTS) {
  for (const scheme of ['light', 'dark']) {
    test.describe(`${vp.name} ${scheme}`, () => {
      test.use({ viewport: { width: vp.width, height: vp.height }, colorScheme: scheme });

      test(`${scheme} scheme at ${vp.width}px: first screen, results and simulator`, async ({ page, app }) => {
        const shot = (state, target = page) =>
          target.screenshot({ path: `${SCREENS}/${vp.name}-${scheme}-${state}.png`, animations: 'disabled' });

        await app.open(LATER_ANSWERS);
        const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
        expect(dark).toBe(scheme === 'dark');
        // The page follows the scheme: a dark background in dark mode, a light one otherwise.
        const luminance = await page.evaluate(() => {
          const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        });
        if (scheme === 'dark') expect(luminance).toBeLessThan(0.3);
        else expect(luminance).toBeGreaterThan(0.7);
        await shot('first-screen');
        if (scheme === 'dark') await expectAccessible(page, `first screen, dark, ${vp.width}px`);

        // Answer the first step in the page; the later answers came with the link.
        await app.choice('role', 'deals').check();
        await app.choice('own', 'must').check();
        await expect(app.target()).toHaveAttribute('data-value', 'cosell');
        await expect(page.getByTestId('red-flag')).toHaveCount(3);
        await shot('results', page.locator('#results'));
        if (scheme === 'dark') await expectAccessible(page, `results, dark, ${vp.width}px`);

        // The simulator with a moved slider and a focused chart point (the value tooltip).
        await app.numberField('disc').fill('35');
        await app.numberField('disc').press('Enter');
        await app.expectParam('disc', '35');
        const point = page.getByTestId('chart-point').first();
        if (await point.count()) await point.focus();
        await shot('simulator', page.locator('#simulator'));
        expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
        if (scheme === 'dark') await expectAccessible(page, `simulator, dark, ${vp.width}px`);
      });
    });
  }
}
