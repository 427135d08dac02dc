// Sharing: the copied link, opened in a new page, shows the same results and totals, and the
// call to action carries that same link to the consultant.
import { test, expect, expectAccessible, VIEWPORTS, PartnerFit } from './partner-fit.mjs';

// A visitor who answered everything and changed a few numbers, including a currency.
const SCENARIO =
  'v=1&role=resells&own=handover&int=live&jvp=written&motion=proven&reach=core&stage=later&psup=full' +
  '&dreg=yes&direct=yes&mkt=no&api=yes&seg=remote,small&acv=30000&n_res=40&offload=80';

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('the copied link opens the same results and totals in a new page', async ({ page, app, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      await app.open(SCENARIO);
      // Further changes after opening: a slider value and the currency.
      await app.numberField('disc').fill('27.5');
      await app.numberField('disc').press('Enter');
      await page.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
      await app.expectParam('disc', '27.5');
      await app.expectParam('cur', 'EUR');

      await page.getByTestId('copy-link').click();
      await expect(page.getByTestId('copy-status')).toHaveText('Link copied.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.getByTestId('share-link').inputValue());
      // The link is the address bar's scenario, absolute, on this origin.
      expect(copied).toBe(page.url());
      expect(copied.startsWith(`${baseURL}/?`)).toBe(true);
      const sent = await app.snapshot();
      expect(sent.recommended).toEqual(['reseller']);
      expect(sent.scores).toHaveLength(3);
      expect(sent.totals).toHaveLength(15);
      // The discount now differs from the default, so the break-even sentences follow it.
      expect(sent.breakevenVolume.text).toContain('27.5%');

      // The call to action carries the same link, URL-encoded, as `scenario=`.
      for (const cta of await page.getByTestId('cta').all()) {
        const href = new URL(await cta.getAttribute('href'));
        expect(href.searchParams.get('scenario')).toBe(copied);
        expect(await cta.getAttribute('href')).toContain(`scenario=${encodeURIComponent(copied)}`);
      }

      const other = await context.newPage();
      const problems = [];
      other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      other.on('pageerror', (e) => problems.push(e.message));
      await other.setViewportSize({ width: vp.width, height: vp.height });
      await other.goto(copied);
      const receiver = new PartnerFit(other);
      await receiver.ready();
      await expect(other.getByTestId('url-notice')).toHaveCount(0);
      expect(await receiver.snapshot()).toEqual(sent);
      await expect(other.getByTestId('share-link')).toHaveValue(copied);
      // Opening the link writes nothing new: the address stays the link.
      await other.waitForTimeout(500);
      expect(other.url()).toBe(copied);
      expect(problems).toEqual([]);
      await expectAccessible(other, `shared link opened at ${vp.width}px`);
      await other.close();
    });
  });
}

test('the share field holds the current scenario and the CTA follows every change', async ({ page, app }) => {
  await app.open();
  const link = page.getByTestId('share-link');
  const cta = page.getByTestId('cta').first();
  const scenarioOf = async () => new URL(await cta.getAttribute('href')).searchParams.get('scenario');
  expect(await scenarioOf()).toBe(await link.inputValue());

  await page.getByRole('radio', { name: 'Only makes introductions' }).check();
  await expect(link).toHaveValue(/[?&]role=intro(&|$)/);
  await expect.poll(scenarioOf).toBe(await link.inputValue());
  await app.expectParam('role', 'intro');
  expect(await link.inputValue()).toBe(page.url());
});
