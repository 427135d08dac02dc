// A tampered or junk link: the decoder's notices in one dismissible message, a page that
// still works, and an address bar rewritten to the repaired link.
import { test, expect, expectAccessible, VIEWPORTS } from './partner-fit.mjs';

const TAMPERED = 'v=9&role=boss&disc=abc&gm=150&acv=1e999&seg=small,vip&cur=E1R';
// What the decoder makes of it: role, disc, acv and cur fall back to unanswered/defaults,
// gm is clamped to 100, the unknown segment is dropped, and v is read as the current version.
const REPAIRED = '?v=2&seg=small&gm=100';

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('a tampered link shows the notices, keeps the page working and is repaired in the address bar', async ({ page, app }) => {
      await app.open(TAMPERED);
      const notice = page.getByTestId('url-notice');
      await expect(notice).toBeVisible();
      const messages = notice.getByRole('listitem');
      await expect(messages).toHaveCount(7);
      const text = (await messages.allTextContents()).join('\n');
      for (const pair of ['v=9', 'role=boss', 'disc=abc', 'gm=150', 'acv=1e999', 'seg=small,vip', 'cur=E1R']) {
        expect(text, `a notice names ${pair}`).toContain(`"${pair}"`);
      }
      // The notice is announced (status region) and fits the screen.
      await expect(page.locator('.url-notice-region')).toHaveAttribute('role', 'status');
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, `tampered link with the notice at ${vp.width}px`);

      // After the debounce the address bar holds the repaired, canonical link.
      await expect.poll(() => new URL(page.url()).search).toBe(REPAIRED);
      await expect(page.getByTestId('share-link')).toHaveValue(page.url());

      // The simulator works with the repaired values: defaults for the bad ones, gm clamped.
      await expect(page.getByTestId('total')).toHaveCount(15);
      for (const el of await page.getByTestId('total').all()) {
        expect(Number.isFinite(Number(await el.getAttribute('data-value')))).toBe(true);
      }
      await expect(app.numberField('gm')).toHaveValue('100');
      await expect(app.numberField('disc')).toHaveValue('30');
      await expect(app.numberField('acv')).toHaveValue('24000');
      await expect(app.choice('seg', 'small')).toBeChecked();
      await expect(app.choice('seg', 'remote')).not.toBeChecked();

      // Answering still works and updates the results and the address.
      await app.choice('role', 'intro').check();
      await app.choice('own', 'must').check();
      await expect(app.recommended()).toHaveAttribute('data-value', 'referral');
      await app.expectParam('role', 'intro');

      await page.getByTestId('url-notice-dismiss').click();
      await expect(notice).toHaveCount(0);
      // A reload of the repaired link has nothing to report.
      await page.reload();
      await app.ready();
      await expect(notice).toHaveCount(0);
      await expect(app.recommended()).toHaveAttribute('data-value', 'referral');
      await expect(app.numberField('gm')).toHaveValue('100');
    });
  });
}

test('a 100 KB junk query opens without an error and keeps its valid keys', async ({ page, app, baseURL }) => {
  // Build about 100 KB of junk: unknown keys, broken escapes, bad numbers, repeated keys,
  // non-UTF-8 bytes, then two valid answers at the end (the last occurrence of a key wins).
  const pieces = [];
  let size = 0;
  for (let i = 0; size < 100_000; i++) {
    const piece = [
      `junk${i}=${'x'.repeat(i % 97)}`,
      `acv=%ZZ${i}`,
      `%FF%FE=${i}`,
      `gm=1e${i}`,
      `seg=${'vip,'.repeat(i % 13)}`,
      '&&==&',
      `role=%E2%82${i}`,
    ][i % 7];
    pieces.push(piece);
    size += piece.length + 1;
  }
  const query = `?${pieces.join('&')}&role=deals&own=must`;
  expect(query.length).toBeGreaterThan(100_000);
  // The test server (Node's http, like most servers) refuses request lines over 16 KB, so
  // the document request for this address is answered here with the app's own index.html.
  const index = await (await page.request.get(`${baseURL}/`)).text();
  await page.route((url) => url.pathname === '/' && url.search.length > 10_000, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: index }));

  const t0 = Date.now();
  await app.open(query);
  expect(Date.now() - t0, 'time to open a 100 KB link').toBeLessThan(10_000);
  await expect(page.getByTestId('url-notice')).toBeVisible();
  await expect(app.target()).toHaveAttribute('data-value', 'cosell');
  await expect(page.getByTestId('total')).toHaveCount(15);
  // Without `v` it is a format 1 link: re-encoded, it spells out the defaults format 2 changed.
  await expect.poll(() => new URL(page.url()).search).toBe('?v=2&role=deals&own=must&n_co=6&n_res=12&spiff=1000');
  await page.getByTestId('url-notice-dismiss').click();
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
});
