// Print: a clean summary on paper (recommendation, flags, totals, the link), no controls.
import jsQR from 'jsqr';
import { test, expect, expectAccessible, VIEWPORTS } from './partner-fit.mjs';

/** What a phone camera reads from the printed QR code: the browser paints its path onto a
 *  canvas and jsQR, a decoder independent of the encoder, reads the pixels. */
async function scanQr(svg) {
  const scale = 4;
  const { width, pixels } = await svg.evaluate((el, scale) => {
    const side = el.viewBox.baseVal.width * scale;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, side, side);
    ctx.scale(scale, scale);
    ctx.fillStyle = '#000';
    ctx.fill(new Path2D(el.querySelector('path').getAttribute('d')));
    return { width: side, pixels: Array.from(ctx.getImageData(0, 0, side, side).data) };
  }, scale);
  return jsQR(Uint8ClampedArray.from(pixels), width, width)?.data ?? null;
}

// A visitor with three red flags and two segments, and a changed discount.
const SCENARIO = 'v=1&role=deals&own=must&int=built&jvp=no&dreg=no&direct=yes&seg=small,strategic&disc=25';

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('print shows the summary and hides every control', async ({ page, app }) => {
      await app.open(SCENARIO);
      await expect(app.target()).toHaveAttribute('data-value', 'cosell');
      // A dark-mode visitor prints too: paper gets the light palette.
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

      await expect(app.recommended()).toBeVisible();
      const flags = page.getByTestId('red-flag');
      await expect(flags).toHaveCount(3);
      for (const flag of await flags.all()) await expect(flag).toBeVisible();
      const totals = page.getByTestId('total');
      await expect(totals).toHaveCount(15);
      for (const total of await totals.all()) await expect(total).toBeVisible();
      await expect(page.getByTestId('breakeven-discount')).toBeVisible();
      await expect(page.getByTestId('breakeven-volume')).toBeVisible();

      // The link is on paper, whole. A text field clips what does not fit, so either the
      // field shows all of it or the link is printed as visible text.
      const link = page.getByTestId('share-link');
      const url = page.url();
      await expect(link).toHaveValue(url);
      const printed = await page.evaluate((href) => {
        const field = document.querySelector('[data-testid="share-link"]');
        const fits = field.getClientRects().length > 0 && field.scrollWidth <= field.clientWidth + 1;
        const asText = [...document.querySelectorAll('#share *')].some((el) =>
          el.childElementCount === 0 && el.textContent.trim() === href && el.getClientRects().length > 0
          && el.scrollWidth <= el.clientWidth + 1);
        return { fits, asText, scrollWidth: field.scrollWidth, clientWidth: field.clientWidth };
      }, url);
      expect(printed.fits || printed.asText, `the whole link is printed (${JSON.stringify(printed)})`).toBe(true);
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);

      // No controls on paper: buttons, sliders, number fields, selects, the site chrome.
      for (const role of ['button', 'slider', 'combobox', 'radio', 'checkbox', 'spinbutton']) {
        const visible = await page.getByRole(role).evaluateAll((els) =>
          els.filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80)));
        expect(visible, `visible ${role}s in print`).toEqual([]);
      }
      for (const input of await page.locator('.sim__inputs input').all()) await expect(input).toBeHidden();
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('#assessment')).toBeHidden();
      for (const cta of await page.getByTestId('cta').all()) await expect(cta).toBeHidden();

      // The dark preference does not leak onto paper: black text.
      const colours = await page.evaluate(() => ({
        text: getComputedStyle(document.body).color,
      }));
      expect(colours.text).toBe('rgb(0, 0, 0)');

      // The printout stands alone: the inputs behind the figures, the date, the link, how to
      // book, and no instruction that only makes sense on screen.
      const inputs = page.locator('.sim__printed-inputs');
      await expect(inputs).toBeVisible();
      await expect(inputs.locator('dt')).toHaveCount(await page.locator('.sim-field').count());
      await expect(inputs.locator('dd').first()).not.toBeEmpty();
      await expect(inputs).toContainText('25 %');
      await expect(page.locator('#share .share__printed-on')).toContainText(/Printed on \d{1,2} [A-Z][a-z]+ \d{4}\./);
      await expect(page.locator('#share .share__printed')).toContainText('?v=2');
      await expect(page.locator('#share')).toContainText('book a Partner Audit: https://');
      const qr = page.getByTestId('share-qr');
      await expect(qr).toBeVisible();
      expect(await scanQr(qr), 'the printed QR code opens this scenario').toBe(url);
      await expect(page.getByText('Open a score to see the points')).toBeHidden();
      await expectAccessible(page, `print summary at ${vp.width}px`);
    });
  });
}

test('the printed summary fits on at most two A4 pages', async ({ page, app }) => {
  await app.open(SCENARIO);
  await expect(app.target()).toHaveAttribute('data-value', 'cosell');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  test.info().annotations.push({ type: 'pdf pages', description: String(pages) });
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages, 'printed pages (A4)').toBeLessThanOrEqual(2);
});

// The same visitor comparing with a kept scenario A: a reseller at a deeper discount.
const COMPARED = `${SCENARIO}&a.v=2&a.role=resells&a.own=handover&a.disc=35&a.n_res=20`;

test('a comparison prints with the summary: A, B and B minus A, on three A4 pages at most', async ({ page, app }) => {
  await app.open(COMPARED);
  await expect(page.getByTestId('compare')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('compare')).toBeVisible();
  for (const side of ['a', 'b']) {
    const cells = page.locator(`[data-testid=total][data-scenario=${side}]`);
    await expect(cells).toHaveCount(9);
    for (const cell of await cells.all()) await expect(cell).toBeVisible();
  }
  await expect(page.getByTestId('compare-diff')).toHaveCount(9);
  await expect(page.locator('[data-testid=compare-change][data-key=disc]')).toBeVisible();
  for (const id of ['compare-keep', 'compare-swap', 'compare-clear']) await expect(page.getByTestId(id)).toBeHidden();
  // The printed link and its QR code carry A too.
  await expect(page.locator('#share .share__printed')).toContainText('a.disc=35');
  expect(await scanQr(page.getByTestId('share-qr'))).toBe(page.url());
  await expectAccessible(page, 'printed comparison');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  expect(pages, 'printed pages (A4) with a comparison').toBeLessThanOrEqual(3);
});

test('without A the comparison is not on paper', async ({ page, app }) => {
  await app.open(SCENARIO);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#comparison')).toBeHidden();
});
