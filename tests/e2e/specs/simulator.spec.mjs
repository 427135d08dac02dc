// The margin simulator: the discount slider drives the reseller totals and the break-even
// answers, and the address bar follows without a write (or a history entry) per input event.
import { test, expect, expectAccessible, VIEWPORTS } from './partner-fit.mjs';

// The engine's figures for the default inputs of link format 2 (5 years, 8 new customers a
// year in each model, 30 % discount).
const DEFAULT_CONTRIBUTION = { referral: 1_446_335, cosell: 2_004_536, reseller: 1_009_575 };
// Below this discount reselling contributes more than referral, at those defaults.
const BREAK_EVEN_DISCOUNT = 12.5;

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('moving the discount slider with the keyboard changes the reseller totals and the break-even answer', async ({ page, app }) => {
      await app.open();
      for (const [model, value] of Object.entries(DEFAULT_CONTRIBUTION)) {
        expect(Math.round(await app.totalValue(model, 'contribution')), `${model} contribution`).toBe(value);
      }
      const discount = page.getByTestId('breakeven-discount');
      const volume = page.getByTestId('breakeven-volume');
      await expect(discount).toHaveAttribute('data-state', 'at');
      expect(Number(await discount.getAttribute('data-value'))).toBeCloseTo(BREAK_EVEN_DISCOUNT, 1);
      await expect(volume).toHaveAttribute('data-state', 'at');
      expect(Number(await volume.getAttribute('data-value'))).toBeCloseTo(11.0, 1);
      await expect(volume).toContainText('At a 30');

      const before = await app.snapshot();
      const resellerBefore = {
        list: await app.totalValue('reseller', 'list'),
        partner: await app.totalValue('reseller', 'partner'),
        contribution: await app.totalValue('reseller', 'contribution'),
      };

      // Keyboard on the range input: one step right, then a page up.
      const slider = app.slider('disc');
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(app.numberField('disc')).toHaveValue('30.5');
      await app.expectParam('disc', '30.5');
      await page.keyboard.press('PageUp');
      await expect(app.numberField('disc')).not.toHaveValue('30.5');
      const shown = await app.numberField('disc').inputValue();
      const disc = Number(shown);
      expect(disc).toBeGreaterThan(30.5);
      expect(disc).toBeGreaterThan(BREAK_EVEN_DISCOUNT);
      await expect(slider).toHaveAttribute('aria-valuetext', `${shown} %`);
      await app.expectParam('disc', shown);

      // A higher discount: same list revenue, more to the partner, less kept.
      expect(await app.totalValue('reseller', 'list')).toBe(resellerBefore.list);
      expect(await app.totalValue('reseller', 'partner')).toBeGreaterThan(resellerBefore.partner);
      const contribution = await app.totalValue('reseller', 'contribution');
      expect(contribution).toBeLessThan(resellerBefore.contribution);
      // Above the break-even discount, reselling trails referral, as the sentence says.
      expect(contribution).toBeLessThan(await app.totalValue('referral', 'contribution'));
      // Referral and co-sell do not depend on the discount.
      const after = await app.snapshot();
      expect(after.totals.filter(([m]) => m !== 'reseller')).toEqual(before.totals.filter(([m]) => m !== 'reseller'));
      // The discount break-even does not move; the volume needed at this discount grows.
      // (the closed form is recomputed from the new inputs, so allow float noise in the last digits).
      expect(after.breakevenDiscount.state).toBe('at');
      expect(after.breakevenDiscount.text).toBe(before.breakevenDiscount.text);
      expect(Number(after.breakevenDiscount.value)).toBeCloseTo(Number(before.breakevenDiscount.value), 9);
      expect(Number(after.breakevenVolume.value)).toBeGreaterThan(Number(before.breakevenVolume.value));
      expect(after.breakevenVolume.text).not.toEqual(before.breakevenVolume.text);
      await expect(volume).toContainText(`At a ${shown}`);
      await expectAccessible(page, `simulator after moving the discount at ${vp.width}px`);
    });

    test('typing a discount below the break-even makes reselling beat referral', async ({ page, app }) => {
      await app.open();
      const field = app.numberField('disc');
      await field.fill('10');
      // Live while typing; the URL is committed on change (Tab leaves the field).
      await expect.poll(() => app.totalValue('reseller', 'contribution')).toBeGreaterThan(DEFAULT_CONTRIBUTION.reseller);
      await field.press('Tab');
      await app.expectParam('disc', '10');
      await expect(app.slider('disc')).toHaveValue('1000');
      expect(await app.totalValue('reseller', 'contribution')).toBeGreaterThan(await app.totalValue('referral', 'contribution'));
      await expect(page.getByTestId('breakeven-volume')).toContainText('At a 10');

      // Not a number: the field says so, the value and the URL stay.
      await field.fill('abc');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await field.press('Tab');
      await app.expectParam('disc', '10');
      await expect(app.slider('disc')).toHaveValue('1000');
      await expectAccessible(page, `simulator with an invalid number at ${vp.width}px`);
    });
  });
}

test('300 rapid input events on a slider: the app survives, the URL ends right, no history entries', async ({ page, app }) => {
  await app.open();
  await app.expectParam('v', '2');
  // Count address-bar writes from here on.
  await page.evaluate(() => {
    window.__writes = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => {
      window.__writes += 1;
      return replace(...args);
    };
  });
  const historyBefore = await page.evaluate(() => history.length);

  const last = await page.evaluate(async () => {
    const el = document.querySelector('#sim-disc');
    let value = 0;
    for (let i = 0; i < 300; i++) {
      value = ((i * 37) % 101) * 50; // 0..100 %, in hundredths, on the 0.5 % step
      el.value = String(value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      // Let the page react between events, as it would between pointer moves.
      if (i % 3 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    return value;
  });
  const expected = String(last / 100);
  await expect(app.numberField('disc')).toHaveValue(expected);
  await app.expectParam('disc', expected);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  const writes = await page.evaluate(() => window.__writes);
  expect(writes, 'address-bar writes for 300 input events').toBeGreaterThanOrEqual(1);
  expect(writes, 'address-bar writes for 300 input events').toBeLessThanOrEqual(3);

  // The totals are those of the final value, exactly as a fresh load of the link shows them.
  const shown = await app.snapshot();
  await page.reload();
  await app.ready();
  await expect(app.numberField('disc')).toHaveValue(expected);
  await expect(app.slider('disc')).toHaveValue(String(last));
  expect(await app.snapshot()).toEqual(shown);
});

test('an address bar that refuses writes (Safari throttling) is retried, never fatal', async ({ page, app }) => {
  await app.open();
  await app.expectParam('v', '2');
  // The next three writes throw the SecurityError Safari throws when throttling.
  await page.evaluate(() => {
    window.__refused = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => {
      if (window.__refused < 3) {
        window.__refused += 1;
        throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
      }
      return replace(...args);
    };
  });
  await app.numberField('disc').fill('25');
  await app.numberField('disc').press('Enter');
  // The page shows the new value at once; the address follows once the browser accepts.
  await expect(page.getByTestId('breakeven-volume')).toContainText('At a 25');
  await expect.poll(() => app.params().get('disc'), { timeout: 15_000 }).toBe('25');
  expect(await page.evaluate(() => window.__refused)).toBe(3);
  await expect(page.getByTestId('total')).toHaveCount(15);
});

test('chart axes write compact amounts without a trailing ".0", as every engine then does', async ({ page, app }) => {
  await app.open('v=1&cur=EUR');
  const ticks = await page.locator('.sim-chart__tick--y').allTextContents();
  expect(ticks.length).toBeGreaterThan(2);
  for (const t of ticks) expect(t, 'axis tick').not.toMatch(/\.0(?!\d)/);
  expect(ticks.join(' ')).toMatch(/€\d+(\.\d)?M/);
});
