// The assessment: a visitor answers with the keyboard alone, every answer lands in the URL
// as it is given, browser Back returns to the previous step and a reload keeps everything.
import { test, expect, expectAccessible, VIEWPORTS } from './partner-fit.mjs';

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('a visitor completes the assessment with the keyboard only and gets the engine’s recommendation', async ({ page, app }) => {
      await app.open();
      await expect(page.getByTestId('results-missing')).toBeVisible();
      await expect(app.recommended()).toHaveCount(0);

      // Step 1. Tab from the top of the page into the first question; Space picks the focused
      // answer, arrow keys move within the radio group and pick as they go.
      await app.tabTo(app.choice('role', 'intro'));
      await page.keyboard.press('Space');
      await app.expectParam('role', 'intro');
      await page.keyboard.press('ArrowDown');
      await expect(app.choice('role', 'deals')).toBeChecked();
      await app.expectParam('role', 'deals');
      // Role alone is not enough for a recommendation (the flow needs role and own).
      await expect(app.recommended()).toHaveCount(0);

      await app.tabTo(app.choice('own', 'must'), { max: 4 });
      await page.keyboard.press('Space');
      await app.expectParam('own', 'must');
      // role=deals, own=must: the partner does more than introduce and the customer stays
      // ours, so the flow leads to co-sell; nothing is earned yet, so referral runs now.
      await expect(app.target()).toHaveAttribute('data-value', 'cosell');
      await expect(app.recommended()).toHaveAttribute('data-value', 'referral');

      // Every answer stays changeable: Shift+Tab back to the role group, switch to intro
      // (referral), then back to deals (co-sell).
      await app.tabTo(app.choice('role', 'deals'), { back: true, max: 4 });
      await page.keyboard.press('ArrowUp');
      await app.expectParam('role', 'intro');
      await expect(app.target()).toHaveAttribute('data-value', 'referral');
      await page.keyboard.press('ArrowDown');
      await app.expectParam('role', 'deals');
      await expect(app.target()).toHaveAttribute('data-value', 'cosell');

      // Step 2: Next with Enter moves the focus to the new step's heading.
      const next = page.getByTestId('step-next');
      await app.tabTo(next, { max: 8 });
      await page.keyboard.press('Enter');
      await expect(app.step()).toHaveAttribute('data-value', '1');
      await expect(app.step()).toBeFocused();
      await expect(app.step()).toHaveText('Step 2 of 4: Your product');
      await app.tabTo(app.choice('int', 'none'), { max: 4 });
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await app.expectParam('int', 'built');
      await app.tabTo(app.choice('jvp', 'no'), { max: 4 });
      await page.keyboard.press('Space');
      await app.expectParam('jvp', 'no');

      // Step 3: motion, direct team, deal registration.
      await app.tabTo(next, { max: 12 });
      await page.keyboard.press('Enter');
      await expect(app.step()).toHaveAttribute('data-value', '2');
      await app.tabTo(app.choice('motion', 'no'), { max: 4 });
      await page.keyboard.press('Space');
      await app.expectParam('motion', 'no');
      await app.tabTo(app.choice('direct', 'no'), { max: 4 });
      await page.keyboard.press('ArrowDown');
      await app.expectParam('direct', 'yes');
      await app.tabTo(app.choice('dreg', 'no'), { max: 4 });
      await page.keyboard.press('Space');
      await app.expectParam('dreg', 'no');

      // Step 4: two segments, checkboxes toggled with Space.
      await app.tabTo(next, { max: 12 });
      await page.keyboard.press('Enter');
      await expect(app.step()).toHaveAttribute('data-value', '3');
      await app.tabTo(app.choice('seg', 'small'), { max: 12 });
      await page.keyboard.press('Space');
      await app.tabTo(app.choice('seg', 'strategic'), { max: 2 });
      await page.keyboard.press('Space');
      await app.expectParam('seg', 'small,strategic');

      // The last step's button leads to the results heading.
      await app.tabTo(next, { max: 12 });
      await expect(next).toHaveText('See your recommendation');
      await page.keyboard.press('Enter');
      await expect(page.locator('#results-title')).toBeFocused();

      // What the engine's rules give for these answers: co-sell is where the partner leads,
      // referral what to run until the integration is live and the workflow named.
      await expect(app.target()).toHaveAttribute('data-value', 'cosell');
      await expect(app.recommended()).toHaveAttribute('data-value', 'referral');
      await expect(page.locator('.rec__statuses [data-testid=model-status][data-model=reseller]')).toHaveAttribute('data-value', 'off');
      const flags = page.getByTestId('red-flag');
      // Integration not live with a partner beyond introductions; no deal registration with
      // a direct team; no joint value proposition. In the engine's flag order.
      await expect(flags).toHaveCount(3);
      expect(await flags.evaluateAll((els) => els.map((e) => e.dataset.value))).toEqual([
        'no-integration', 'no-credit-rules', 'no-joint-value-prop',
      ]);
      // Co-sell needs a live integration, so only the referral rung is earned.
      await expect(page.getByTestId('ladder-rung')).toHaveAttribute('data-value', 'referral');
      // The rungs, flags, conflicts and pay lines are the page's prebuilt parts, marked here.
      await expect(page.locator('#results .ladder__rung[aria-current=step]')).toHaveAttribute('data-rung', 'referral');
      await expect(page.locator('#results [data-rung=referral] .ladder__mark')).toHaveText('Earned now');
      await expect(page.locator('#results [data-rung=cosell] .ladder__mark')).toHaveText('Not yet');
      await expect(flags.first()).toContainText('Fix:');
      expect(await page.getByTestId('conflict').evaluateAll((els) => els.map((e) => e.dataset.value))).toEqual(['direct-vs-partner']);
      expect(await page.getByTestId('compensation').evaluateAll((els) => els.map((e) => e.dataset.model))).toEqual(['referral', 'cosell']);
      await expect(page.locator('[data-testid="layer"][data-segment="small"]')).toHaveAttribute('data-value', 'referral');
      // Without the co-sell rung, strategic accounts come as referrals too.
      await expect(page.locator('[data-testid="layer"][data-segment="strategic"]')).toHaveAttribute('data-value', 'referral');
      const scores = page.getByTestId('fit-score');
      await expect(scores).toHaveCount(3);
      for (const s of await scores.evaluateAll((els) => els.map((e) => e.dataset.value))) {
        expect(Number(s)).toBeGreaterThanOrEqual(0);
        expect(Number(s)).toBeLessThanOrEqual(100);
      }

      // The answers are in the URL exactly as given, in the format's key order.
      expect(new URL(page.url()).search).toContain(
        'role=deals&own=must&int=built&jvp=no&motion=no&dreg=no&direct=yes&seg=small,strategic',
      );
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, `results after a keyboard-only assessment at ${vp.width}px`);
    });

    test('browser Back after a step returns to the previous step, and a reload keeps every answer', async ({ page, app }) => {
      await app.open();
      await page.getByRole('radio', { name: 'Its sellers are in live deals where we fit' }).check();
      await page.getByRole('radio', { name: 'We must own it' }).check();
      await app.expectParam('own', 'must');
      const historyAtStart = await page.evaluate(() => history.length);

      await page.getByTestId('step-next').click();
      await expect(app.step()).toHaveAttribute('data-value', '1');
      await app.choice('int', 'live').check();
      await app.expectParam('int', 'live');
      await page.getByTestId('step-next').click();
      await expect(app.step()).toHaveAttribute('data-value', '2');
      await app.choice('motion', 'proven').check();
      await app.expectParam('motion', 'proven');
      // One history entry per completed step, none per answer.
      expect(await page.evaluate(() => history.length)).toBe(historyAtStart + 2);

      await page.goBack();
      await expect(app.step()).toHaveAttribute('data-value', '1');
      await expect(app.step()).toHaveText('Step 2 of 4: Your product');
      await expect(page.locator('#assessment .assess__step:not([hidden])')).toContainText('integration');
      await expect(app.choice('int', 'live')).toBeChecked();
      await expect(app.choice('role', 'deals')).toBeChecked();
      await expect(app.target()).toHaveAttribute('data-value', 'cosell');

      await page.goBack();
      await expect(app.step()).toHaveAttribute('data-value', '0');
      await expect(app.choice('own', 'must')).toBeChecked();
      await expect(app.target()).toHaveAttribute('data-value', 'cosell');

      // Forward returns to the later step with its answers.
      await page.goForward();
      await page.goForward();
      await expect(app.step()).toHaveAttribute('data-value', '2');
      await expect(app.choice('motion', 'proven')).toBeChecked();

      // Reload: every answer, and the step, survive.
      const before = await app.snapshot();
      const url = page.url();
      await page.reload();
      await app.ready();
      expect(page.url()).toBe(url);
      await expect(app.step()).toHaveAttribute('data-value', '2');
      for (const [key, choice] of [['role', 'deals'], ['own', 'must'], ['int', 'live'], ['motion', 'proven']]) {
        await expect(app.choice(key, choice), `${key}=${choice} after reload`).toBeChecked();
      }
      expect(await app.snapshot()).toEqual(before);
    });
  });
}
