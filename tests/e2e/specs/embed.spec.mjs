// Embedding and host integration: `?embed=1` drops the site chrome and posts the content
// height and each committed change to the parent; the top-level page fires
// `partnerfit:change` on `document` with the same object.
import { test, expect, expectAccessible, VIEWPORTS } from './partner-fit.mjs';

/** The host page a consultancy would write: one iframe, sized from the messages it gets. */
const HOST_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Host page</title></head>
<body>
<h1>Our partner services</h1>
<script>
  window.__msgs = [];
  addEventListener('message', (e) => {
    window.__msgs.push({ origin: e.origin, type: e.data && e.data.type, detail: e.data && e.data.detail });
    if (e.data && e.data.type === 'partnerfit:height') {
      document.querySelector('iframe').style.height = e.data.detail.height + 'px';
    }
  });
</script>
<iframe title="Partner Fit" src="/?embed=1&role=intro&own=must" style="width:100%;height:300px;border:0"></iframe>
</body>
</html>`;

/** Checks the documented shape of the object hosts receive, whatever its source. */
function expectSnapshotShape(detail, { recommendation, answers }) {
  expect(detail.version).toBe(1);
  expect(typeof detail.link).toBe('string');
  expect(detail.recommendation).toBe(recommendation);
  expect(detail.answers).toEqual(answers);
  expect(detail.currency).toBe('USD');
  // Simulator inputs per URL key, in real units.
  expect(detail.inputs.disc).toBe(30);
  expect(detail.inputs.acv).toBe(24000);
  expect(Object.keys(detail.scores).sort()).toEqual(['cosell', 'referral', 'reseller']);
  expect(Array.isArray(detail.flags)).toBe(true);
  expect(typeof detail.rung).toBe('string');
  // Totals per model and metric, the unrounded engine numbers.
  expect(Object.keys(detail.totals).sort()).toEqual(['cosell', 'referral', 'reseller']);
  expect(Object.keys(detail.totals.reseller).sort()).toEqual(['contribution', 'list', 'marketplace', 'net', 'npv', 'partner', 'payback']);
  expect(Math.round(detail.totals.referral.contribution)).toBe(1_446_335);
  expect(Math.round(detail.totals.referral.npv)).toBe(1_020_576);
  expect(detail.totals.referral.payback).toBe(1);
  // No scenario kept as A.
  expect(detail.compare).toBeNull();
  expect(Math.round(detail.totals.reseller.contribution)).toBe(1_584_363);
  expect(detail.breakeven.discount.state).toBe('at');
  expect(detail.breakeven.discount.value).toBeCloseTo(33.7, 1);
  expect(detail.breakeven.volume.state).toBe('at');
  expect(detail.breakeven.volume.value).toBeCloseTo(11.0, 1);
}

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.width}px`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('?embed=1 hides the site header and footer', async ({ page, app }) => {
      await app.open('embed=1&role=intro&own=must');
      await expect(page.locator('html')).toHaveClass(/\bembed\b/);
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      await expect(app.recommended()).toHaveAttribute('data-value', 'referral');
      // The page keeps embed=1 in its own address, but the link it shares is the plain one.
      await app.expectParam('embed', '1');
      await expect(page.getByTestId('share-link')).not.toHaveValue(/embed/);
      expect(await app.horizontalOverflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, `embedded page at ${vp.width}px`);
    });
  });
}

test('inside an iframe the parent receives the height and each committed change', async ({ page, baseURL }) => {
  await page.route(`${baseURL}/host.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOST_PAGE }));
  await page.goto('/host.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('#page[data-ready]')).toHaveCount(1);
  await expect(frame.locator('.site-header')).toBeHidden();
  await expect(frame.getByTestId('recommended-model')).toHaveAttribute('data-value', 'referral');

  const messages = () => page.evaluate(() => window.__msgs);
  await expect.poll(async () => (await messages()).filter((m) => m.type === 'partnerfit:change').length).toBeGreaterThan(0);
  const msgs = await messages();
  for (const m of msgs) expect(m.origin).toBe(baseURL);
  const heights = msgs.filter((m) => m.type === 'partnerfit:height');
  expect(heights.length).toBeGreaterThan(0);
  for (const h of heights) {
    expect(typeof h.detail.height).toBe('number');
    expect(h.detail.height).toBeGreaterThan(300);
  }
  const change = msgs.find((m) => m.type === 'partnerfit:change');
  expectSnapshotShape(change.detail, { recommendation: 'referral', answers: { role: 'intro', own: 'must' } });
  // The host's iframe address has no `v`: a format 1 link, which keeps format 1's defaults
  // and, re-encoded, spells out the three that format 2 changed.
  expect(change.detail.link).toBe(`${baseURL}/?v=2&role=intro&own=must&n_co=6&n_res=12&spiff=1000`);

  // The host sized the iframe from the last height message: it fits the content.
  const sizes = async () => {
    const last = (await messages()).filter((m) => m.type === 'partnerfit:height').at(-1).detail.height;
    const content = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight);
    const box = await page.locator('iframe').boundingBox();
    return { last, content, frame: Math.round(box.height) };
  };
  await expect.poll(async () => {
    const { last, content, frame } = await sizes();
    return Math.abs(last - content) <= 1 && Math.abs(frame - last) <= 1;
  }, { message: 'iframe sized to its content' }).toBe(true).catch(async (e) => {
    throw new Error(`${e.message}\n${JSON.stringify(await sizes())}`);
  });

  // And it stays that size: no feedback loop between the frame's height and its content.
  const settled = (await messages()).filter((m) => m.type === 'partnerfit:height').length;
  await page.waitForTimeout(500);
  expect((await messages()).filter((m) => m.type === 'partnerfit:height').length).toBe(settled);
  expect((await sizes()).last).toBeLessThan(40_000);

  // A change inside the frame reaches the parent.
  const before = (await messages()).length;
  await frame.getByRole('radio', { name: 'Its sellers are in live deals where we fit' }).check();
  await expect.poll(async () => (await messages()).slice(before).some(
    (m) => m.type === 'partnerfit:change' && m.detail.target === 'cosell')).toBe(true);
});

test('the top-level page fires partnerfit:change on document with the scenario and results', async ({ page, app }) => {
  await page.addInitScript(() => {
    window.__events = [];
    document.addEventListener('partnerfit:change', (e) => window.__events.push(e.detail));
  });
  await app.open('role=intro&own=must');
  const events = () => page.evaluate(() => window.__events);
  await expect.poll(async () => (await events()).length).toBeGreaterThan(0);
  const first = (await events()).at(-1);
  expectSnapshotShape(first, { recommendation: 'referral', answers: { role: 'intro', own: 'must' } });
  expect(first.link).toBe(await page.getByTestId('share-link').inputValue());

  // One event per committed change, with the new state.
  const count = (await events()).length;
  await app.choice('role', 'deals').check();
  await expect.poll(async () => (await events()).length).toBeGreaterThan(count);
  const last = (await events()).at(-1);
  expect(last.answers).toEqual({ role: 'deals', own: 'must' });
  // Nothing earned yet: referral runs now on the way to co-sell.
  expect(last.recommendation).toBe('referral');
  expect(last.target).toBe('cosell');
  expect(last.link).toContain('role=deals');
  // Not an event per slider input: 20 input events give at most one more after the debounce.
  const mid = (await events()).length;
  await page.evaluate(() => {
    const el = document.querySelector('#sim-disc');
    for (let i = 1; i <= 20; i++) {
      el.value = String(3000 + i * 50);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await app.expectParam('disc', '40');
  await page.waitForTimeout(400);
  const after = await events();
  expect(after.length - mid).toBe(1);
  expect(after.at(-1).inputs.disc).toBe(40);
});

test('before role and own are answered the object says so with null and empty values', async ({ page, app }) => {
  await page.addInitScript(() => {
    window.__events = [];
    document.addEventListener('partnerfit:change', (e) => window.__events.push(e.detail));
  });
  await app.open('stage=seed');
  await expect.poll(() => page.evaluate(() => window.__events.length)).toBeGreaterThan(0);
  const detail = await page.evaluate(() => {
    const d = window.__events.at(-1);
    // Checked in the page: a Map or undefined would not survive the trip to the test as-is.
    return {
      recommendation: d.recommendation,
      rung: d.rung,
      scoresIsPlain: Object.getPrototypeOf(d.scores) === Object.prototype,
      scores: Object.keys(d.scores),
      answersIsPlain: Object.getPrototypeOf(d.answers) === Object.prototype,
      answers: d.answers,
      totalsIsPlain: Object.getPrototypeOf(d.totals) === Object.prototype,
      flags: d.flags,
    };
  });
  expect(detail).toEqual({
    recommendation: null, rung: null, scoresIsPlain: true, scores: [],
    answersIsPlain: true, answers: { stage: 'seed' }, totalsIsPlain: true, flags: [],
  });
});
