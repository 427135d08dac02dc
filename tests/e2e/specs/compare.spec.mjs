// Comparing two scenarios: "Keep as A" pins the current scenario, the visitor goes on editing
// B, and the page sets A beside B (differences, advice, figures with B minus A, A's lines in
// the chart) until A is cleared. One link holds both; Back and Forward restore the pin state.
import { test, expect, expectAccessible, VIEWPORTS } from './partner-fit.mjs';

const MODELS = ['referral', 'cosell', 'reseller'];
const FIGURES = ['contribution', 'npv', 'payback'];
const START = 'v=2&role=intro&own=must&int=none';

/** Every figure of the simulator's totals table that the comparison repeats, by model. */
async function simulatorFigures(page) {
  return page.evaluate(() => {
    const out = {};
    for (const m of ['referral', 'cosell', 'reseller']) {
      const q = (sel) => document.querySelector(`${sel}[data-model=${m}]:not([data-scenario])`);
      out[m] = {
        contribution: q('[data-testid=total][data-metric=contribution]').dataset.value,
        npv: q('[data-testid=npv]').dataset.value,
        payback: q('[data-testid=payback]').dataset.value ?? null,
      };
    }
    return out;
  });
}

/** The comparison's figures of scenario `side`, by model, as the page shows them. */
async function sideFigures(page, side) {
  return page.evaluate((side) => {
    const out = {};
    for (const el of document.querySelectorAll(`[data-testid=total][data-scenario=${side}]`)) {
      (out[el.dataset.model] ||= {})[el.dataset.metric] = el.dataset.value ?? null;
    }
    return out;
  }, side);
}

/** Checks every B − A cell against the A and B cells beside it. */
async function expectDiffsAgree(page, app) {
  const [a, b] = [await sideFigures(page, 'a'), await sideFigures(page, 'b')];
  for (const m of MODELS) {
    for (const f of FIGURES) {
      const diff = app.diff(m, f);
      await expect(diff).toHaveCount(1);
      if (a[m][f] === null || b[m][f] === null) {
        await expect(diff).not.toHaveAttribute('data-value');
      } else {
        const expected = Number(b[m][f]) - Number(a[m][f]);
        expect(Number(await diff.getAttribute('data-value')), `${m} ${f}`).toBeCloseTo(expected, 6);
      }
    }
  }
}

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('pin, change, reload, swap, clear, and Back restores each pin state', async ({ page, app }) => {
      await app.open(START);
      await expect(page.getByTestId('compare')).toHaveCount(0);
      const before = await simulatorFigures(page);

      await page.getByTestId('compare-keep').click();
      await expect(page.getByTestId('compare')).toBeVisible();
      await app.expectParam('a.v', '2');
      await app.expectParam('a.role', 'intro');
      // A is what the page showed when it was kept, and B is still the same scenario.
      expect(await sideFigures(page, 'a')).toEqual(before);
      expect(await sideFigures(page, 'b')).toEqual(before);
      await expect(page.getByTestId('compare-change')).toHaveCount(0);
      await expectAccessible(page, `A kept at ${vp.width}px`);

      // Change B: more resold customers and a reseller answer.
      await app.numberField('n_res').fill('20');
      await app.numberField('n_res').press('Tab');
      await app.expectParam('n_res', '20');
      await expect(page.getByTestId('compare-change')).toHaveCount(1);
      await expect(page.locator('[data-testid=compare-change][data-key=n_res]')).toContainText('8 customers/yr');
      await expect(page.locator('[data-testid=compare-change][data-key=n_res]')).toContainText('20 customers/yr');
      expect(await sideFigures(page, 'a')).toEqual(before);
      expect(await sideFigures(page, 'b')).toEqual(await simulatorFigures(page));
      expect(Number(await app.diff('reseller', 'contribution').getAttribute('data-value'))).toBeGreaterThan(0);
      await expect(app.diff('referral', 'contribution')).toHaveAttribute('data-value', '0');
      await expectDiffsAgree(page, app);
      // The figures' story moved while the advice did not: B's resold customers lead.
      const advice = (kind, side) => page.locator(`[data-testid=compare-advice][data-kind=${kind}][data-scenario=${side}]`);
      await expect(advice('leader', 'a')).toHaveAttribute('data-value', 'cosell');
      await expect(advice('leader', 'b')).toHaveAttribute('data-value', 'reseller');
      await expect(advice('now', 'a')).toHaveAttribute('data-value', 'referral');
      await expect(advice('now', 'b')).toHaveAttribute('data-value', 'referral');
      // A's lines are drawn beside B's, one per model.
      for (const m of MODELS) {
        const line = page.locator(`g[data-scenario=a][data-model=${m}] polyline`);
        await expect(line).toHaveAttribute('points', /\d+,\d+ \d+,\d+/);
      }
      await expect(page.locator('.sim-legend li.sim-line--pinned:not([hidden])')).toHaveCount(3);
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, `A beside a changed B at ${vp.width}px`);

      // A reload opens both again.
      const link = page.url();
      await page.reload();
      await app.ready();
      expect(page.url()).toBe(link);
      await expect(page.getByTestId('compare')).toBeVisible();
      expect(await sideFigures(page, 'a')).toEqual(before);
      await expectDiffsAgree(page, app);

      // Swap: the visitor now edits the old A; the old B is kept.
      const reseller = Number(await app.diff('reseller', 'contribution').getAttribute('data-value'));
      await page.getByTestId('compare-swap').click();
      await expect(app.numberField('n_res')).toHaveValue('8');
      await app.expectParam('a.n_res', '20');
      await app.expectParam('n_res', null);
      await expect(app.diff('reseller', 'contribution')).toHaveAttribute('data-value', String(-reseller));
      await expectAccessible(page, `swapped at ${vp.width}px`);

      // Back undoes the swap, Forward redoes it.
      await page.goBack();
      await app.expectParam('n_res', '20');
      await expect(app.numberField('n_res')).toHaveValue('20');
      await expect(app.diff('reseller', 'contribution')).toHaveAttribute('data-value', String(reseller));
      await page.goForward();
      await app.expectParam('a.n_res', '20');
      await expect(app.numberField('n_res')).toHaveValue('8');

      // Clear: A goes, the keyboard stays on "Keep as A"; Back brings A back.
      await page.getByTestId('compare-clear').click();
      await expect(page.getByTestId('compare')).toHaveCount(0);
      await app.expectParam('a.v', null);
      expect(await app.isFocused(page.getByTestId('compare-keep'))).toBe(true);
      await expect(page.locator('g[data-scenario=a][data-model=reseller] polyline')).toHaveAttribute('points', '');
      await expectAccessible(page, `A cleared at ${vp.width}px`);
      await expect(page.locator('.versus__said')).toHaveText('A cleared.');
      await page.goBack();
      await expect(page.getByTestId('compare')).toBeVisible();
      await app.expectParam('a.n_res', '20');
      // What the status said about the clear no longer holds, so it is gone.
      await expect(page.locator('.versus__said')).toHaveText('');
    });
  });
}

test('keyboard only: keep, swap and clear', async ({ page, app }) => {
  await app.open(START);
  const keep = page.getByTestId('compare-keep');
  await keep.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Kept as A' })).toHaveCount(1);
  await app.tabTo(page.getByTestId('compare-swap'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Swapped' })).toHaveCount(1);
  await app.tabTo(page.getByTestId('compare-clear'));
  await page.keyboard.press('Space');
  await expect(page.getByTestId('compare')).toHaveCount(0);
  expect(await app.isFocused(keep)).toBe(true);
  await expect(keep).toHaveText('Keep as A');
});

test('a hostile A is repaired and reported as A, and never changes B', async ({ page, app }) => {
  const hostile = '&a.v=2&a.role=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&a.disc=abc&a.acv=1e999&a.gm=150';
  await app.open(`${START}${hostile}`);
  await expect(page.getByTestId('compare')).toBeVisible();
  const notice = page.getByTestId('url-notice');
  await expect(notice).toContainText('Scenario A: ');
  await expect(notice).toContainText('"a.disc=abc"');
  await expect(page.locator('img[src=x]')).toHaveCount(0);
  // B is exactly the scenario the same link without A opens.
  const withA = await simulatorFigures(page);
  await app.open(START);
  expect(await simulatorFigures(page)).toEqual(withA);
  await expect(app.recommended()).toHaveAttribute('data-value', 'referral');
});

test('the host object and the call to action carry A', async ({ page, app }) => {
  await app.open(START);
  await page.evaluate(() => {
    window.__changes = [];
    document.addEventListener('partnerfit:change', (e) => window.__changes.push(e.detail));
  });
  await page.getByTestId('compare-keep').click();
  await expect.poll(() => page.evaluate(() => window.__changes.length)).toBeGreaterThan(0);
  const kept = await page.evaluate(() => window.__changes.at(-1));
  expect(kept.link).toContain('a.v=2');
  expect(kept.compare).not.toBeNull();
  expect(kept.compare.answers).toEqual({ role: 'intro', own: 'must', int: 'none' });
  expect(kept.compare.totals.reseller.contribution).toBe(kept.totals.reseller.contribution);
  const cta = await page.getByTestId('cta').first().getAttribute('href');
  expect(decodeURIComponent(cta)).toContain(kept.link);

  await page.getByTestId('compare-clear').click();
  await expect.poll(() => page.evaluate(() => window.__changes.at(-1).compare)).toBeNull();
});
