// What you would have to believe (flip points) and the tornado chart: one element per input
// in each, the flip value really changes the leader, the bars are ranked by swing and follow
// the sliders, and the page stays accessible.
import { test, expect, expectAccessible, VIEWPORTS } from './partner-fit.mjs';

// The simulator's inputs (URL keys), in the engine's Param order.
const PARAMS = ['acv', 'gm', 'yrs', 'ret', 'exp', 'n_ref', 'n_co', 'n_res', 'uplift', 'fee', 'fee_yrs',
  'bounty', 'disc', 'spiff', 'sell', 'sup', 'offload', 'mkt_fee', 'rate', 'ref_setup', 'ref_run',
  'co_setup', 'co_run', 'res_setup', 'res_run'];
const MODELS = ['referral', 'cosell', 'reseller'];
// The typical range of new customers a year via co-sell, which the tornado moves it across.
const N_CO_TYPICAL = [2, 20];

/** Each model's total contribution, and the one that contributes most. */
async function leader(app) {
  const totals = {};
  for (const m of MODELS) totals[m] = await app.totalValue(m, 'contribution');
  const best = MODELS.reduce((a, b) => (totals[b] > totals[a] ? b : a));
  return { best, totals };
}

/** Every tornado bar's contract, keyed by input. */
async function bars(page) {
  return page.getByTestId('tornado-bar').evaluateAll((els) => Object.fromEntries(els.map((e) => [
    e.dataset.param, { low: Number(e.dataset.low), high: Number(e.dataset.high), rank: Number(e.dataset.rank) },
  ])));
}

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('every input has a flip point, and typing it changes the leader', async ({ page, app }) => {
      await app.open();
      const flips = page.getByTestId('flip');
      await expect(flips).toHaveCount(PARAMS.length);
      expect(await flips.evaluateAll((els) => els.map((e) => e.dataset.param))).toEqual(PARAMS);
      for (const el of await flips.all()) {
        const state = await el.getAttribute('data-state');
        expect(['at', 'none']).toContain(state);
        if (state === 'none') {
          await expect(el).not.toHaveAttribute('data-value');
          await expect(el).toContainText('no value in range changes the leader');
        } else {
          expect(Number.isFinite(Number(await el.getAttribute('data-value')))).toBe(true);
          await expect(el).toContainText('would contribute most');
        }
      }

      const before = await leader(app);
      await expect(page.getByTestId('flips-intro')).toContainText(
        { referral: 'Referral', cosell: 'Co-sell', reseller: 'Reseller' }[before.best] + ' contributes most',
      );
      // More resold customers a year: from some volume reselling contributes most.
      const flip = page.locator('[data-testid="flip"][data-param="n_res"]');
      await expect(flip).toHaveAttribute('data-state', 'at');
      await expect(flip).toContainText('reseller would contribute most');
      const value = Number(await flip.getAttribute('data-value'));
      expect(value).toBeGreaterThan(8);

      // Just short of the flip the leader holds; just past it (the field takes hundredths),
      // reselling leads: the engine's flip agrees with the engine's totals.
      const field = app.numberField('n_res');
      await field.fill(String(Math.floor(value * 100 - 1) / 100));
      await field.press('Tab');
      expect((await leader(app)).best).toBe(before.best);
      await field.fill(String(Math.ceil(value * 100 + 1) / 100));
      await field.press('Tab');
      await expect.poll(async () => (await leader(app)).best).toBe('reseller');
      await expect(page.getByTestId('flips-intro')).toContainText('Reseller contributes most');
      // The row persists and now names the way back.
      await expect(flip).toHaveAttribute('data-state', 'at');
      expect(Number(await flip.getAttribute('data-value'))).toBeCloseTo(value, 6);
      await expectAccessible(page, `flip points after passing one at ${vp.width}px`);
    });

    test('the tornado ranks the inputs by swing, names the top five and follows the sliders', async ({ page, app }) => {
      await app.open();
      const all = await bars(page);
      expect(Object.keys(all).sort()).toEqual([...PARAMS].sort());
      const ranked = Object.entries(all).sort(([, a], [, b]) => a.rank - b.rank);
      expect(ranked.map(([, b]) => b.rank)).toEqual(PARAMS.map((_, i) => i));
      const swings = ranked.map(([, b]) => Math.abs(b.high - b.low));
      for (let i = 1; i < swings.length; i++) expect(swings[i - 1]).toBeGreaterThanOrEqual(swings[i]);

      // The text alternative names the five largest, by label, and the SVG points to it.
      const words = page.getByTestId('tornado-words');
      const text = await words.textContent();
      expect(text.match(/the lead moves from/g)).toHaveLength(5);
      const labels = await page.locator('[data-testid="tornado-bar"] .sim-tor__label').evaluateAll(
        (els) => Object.fromEntries(els.map((e) => [e.closest('g').dataset.param, e.textContent])),
      );
      for (const [key] of ranked.slice(0, 5)) expect(text).toContain(`${labels[key]}: from`);
      const svg = page.locator('#sim-out-tornado svg[role="img"]');
      await expect(svg).toHaveAttribute('aria-labelledby', 'sim-tornado-caption sim-tornado-words');
      await expect(page.locator('#sim-tornado-caption')).toContainText('Co-sell leads the best other model by');

      // The gap at co-sell's volume's low end is the engine's gap with that volume there:
      // the focus (co-sell, the leader) less the best other model.
      const focus = await page.getByTestId('chart-summary').getAttribute('data-focus');
      expect(focus).toBe('cosell');
      const nCo = all.n_co;
      await app.numberField('n_co').fill(String(N_CO_TYPICAL[0]));
      await app.numberField('n_co').press('Tab');
      await app.expectParam('n_co', String(N_CO_TYPICAL[0]));
      const { totals } = await leader(app);
      const gap = totals.cosell - Math.max(totals.referral, totals.reseller);
      expect(nCo.low).toBeCloseTo(gap, 0);

      // Moving a slider moves the other inputs' bars: more co-sold customers, a larger lead.
      await app.open();
      const slider = app.slider('n_co');
      await slider.focus();
      await page.keyboard.press('PageUp');
      await expect.poll(async () => (await bars(page)).acv.high).toBeGreaterThan(all.acv.high);
      expect(await words.textContent()).not.toBe(text);
      await expectAccessible(page, `tornado after moving the discount at ${vp.width}px`);
    });
  });
}
