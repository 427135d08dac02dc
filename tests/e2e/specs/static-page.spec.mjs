// The guide's fixed content is HTML rendered at build time: it reads (and prints) without
// JavaScript, and with it the wasm only marks the visitor's state on it: the flow's path, the
// recommended column, the answers pressed.
import { test, expect, expectAccessible, VIEWPORTS } from './partner-fit.mjs';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide reads and prints completely; only the assessment and simulator ask for JavaScript', async ({ page }) => {
    await page.goto('./?v=1&role=deals&own=must');
    await expect(page.getByTestId('model-card')).toHaveCount(3);
    await expect(page.getByTestId('compare-table')).toHaveCount(3);
    for (const table of await page.getByTestId('compare-table').all()) await expect(table).toBeVisible();
    await expect(page.getByTestId('flow-node')).toHaveCount(3);
    await expect(page.getByTestId('mistake')).toHaveCount(5);
    await expect(page.locator('#method')).toContainText('How we calculate');
    const faq = page.getByTestId('faq-item');
    expect(await faq.count()).toBeGreaterThan(5);
    await faq.first().locator('summary').click();
    await expect(faq.first().locator('p')).toBeVisible();
    // Nothing is marked and no control that needs the wasm is offered.
    await expect(page.locator('#page')).not.toHaveAttribute('data-now', /./);
    await expect(page.getByTestId('flow-answer').first()).toBeHidden();
    await expect(page.getByTestId('compare-fit').first()).toBeHidden();
    // The islands' places say what needs JavaScript.
    await expect(page.locator('#island-assessment')).toContainText('needs JavaScript');
    await expect(page.locator('#island-simulator')).toContainText('needs JavaScript');
    // (axe-core needs JavaScript in the page, so this state is checked by the layout alone.)

    await page.emulateMedia({ media: 'print' });
    for (const id of ['#models', '#flow', '#compare', '#method', '#faq']) {
      await expect(page.locator(id), `${id} prints without JavaScript`).toBeVisible();
    }
  });
});

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('the flow is a way in: answers are pressed, the path and the recommended column are marked', async ({ page, app }) => {
      await app.open();
      // The summary holds a sentence per path; the stylesheet shows the marked one.
      const summary = () => page.getByTestId('flow-summary').innerText();
      await expect.poll(summary).toBe('Answer questions 1 and 2 to see your path through the flow.');
      await expect(page.locator('[data-testid=compare-fit]:visible')).toHaveCount(0);

      const deals = page.locator('[data-testid=flow-answer][data-value="role=deals"]');
      await deals.click();
      await expect(deals).toHaveAttribute('aria-pressed', 'true');
      const handover = page.locator('[data-testid=flow-answer][data-value="own=handover"]');
      await handover.focus();
      await page.keyboard.press('Enter');
      await expect(handover).toHaveAttribute('aria-pressed', 'true');
      // The static button is never re-rendered, so the keyboard stays on it.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-value'))).toBe('own=handover');

      // Motion and reach unanswered: question 3 says no, the path ends at co-sell.
      await expect(app.target()).toHaveAttribute('data-value', 'cosell');
      await expect.poll(summary).toBe('Your path: question 1, no; question 2, no; question 3, no; it ends at Co-sell.');
      await expect(page.locator('[data-branch="proven-with-reach-no"] .flow__mark')).toBeVisible();
      await expect(page.locator('[data-branch="proven-with-reach-yes"] .flow__mark')).toBeHidden();
      const fits = page.locator('[data-testid=compare-fit]:visible');
      await expect(fits).toHaveCount(3);
      // The path leads to co-sell; nothing is earned yet, so the tables mark referral, run now.
      for (const fit of await fits.all()) await expect(fit).toHaveAttribute('data-value', 'referral');
      await expect.poll(() => page.getByTestId('compare-intro').innerText()).toContain('Your answers say to run referral now');
      await expectAccessible(page, `flow answered at ${vp.width}px`);

      // "See the reasons" takes the keyboard to the results.
      await page.locator('#flow [data-action="show-results"]').click();
      await expect(page.locator('#results-title')).toBeFocused();

      // The assessment moves the marks too.
      await app.open('v=1&role=intro&own=must');
      await expect.poll(summary).toBe('Your path: question 1, yes; it ends at Referral.');
      await expect(page.locator('[data-testid=compare-fit]:visible').first()).toHaveAttribute('data-value', 'referral');
    });
  });
}

// Markup and script in every key of a link: nothing runs, nothing is injected, and the
// repair notice shows the text as text.
const KEYS = ['v', 'role', 'own', 'int', 'jvp', 'motion', 'reach', 'stage', 'psup', 'dreg', 'direct',
  'mkt', 'api', 'seg', 'cur', 'acv', 'gm', 'yrs', 'ret', 'exp', 'n_ref', 'n_co', 'n_res', 'uplift',
  'fee', 'fee_yrs', 'bounty', 'disc', 'spiff', 'sell', 'sup', 'offload', 'mkt_fee', 'ref_setup',
  'ref_run', 'co_setup', 'co_run', 'res_setup', 'res_run', 'embed'];
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=2">',
  'javascript:window.__pwned=3',
];

for (const payload of PAYLOADS) {
  test(`a hostile link (${payload.slice(0, 12)}…) in every key runs nothing and injects nothing`, async ({ page, app }) => {
    const query = KEYS.map((k) => `${k}=${encodeURIComponent(payload)}`).join('&');
    await app.open(query);
    await expect(page.getByTestId('url-notice')).toBeVisible();
    const text = await page.getByTestId('url-notice').innerText();
    expect(text, 'the payload is shown as text').toContain(payload.slice(0, 8));
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    // The page still works with the repaired values.
    await expect(page.getByTestId('total')).toHaveCount(15);
    await page.locator('[data-testid=flow-answer][data-value="role=intro"]').click();
    await page.locator('[data-testid=flow-answer][data-value="own=must"]').click();
    await expect(app.recommended()).toHaveAttribute('data-value', 'referral');
    await expectAccessible(page, 'hostile link repaired');
  });
}
