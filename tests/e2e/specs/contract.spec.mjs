// The README's test contract, checked on 200 random scenarios and 30 comparisons drawn on the
// engine side (engine/tests/contract.rs writes them, with what the page must show, to
// $PF_CONTRACT and $PF_CONTRACT_PAIRS).
// Every link is opened as a visitor would open it, and every data-testid compared.
import { readFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';

const scenarios = JSON.parse(readFileSync(process.env.PF_CONTRACT || '', 'utf8'));
const pairs = JSON.parse(readFileSync(process.env.PF_CONTRACT_PAIRS || '', 'utf8'));
const MODELS = ['referral', 'cosell', 'reseller'];
const METRICS = ['list', 'partner', 'marketplace', 'net', 'contribution'];

/** Reads every contract attribute of the page in one round trip. */
function readPage() {
  const MODELS_IN_PAGE = ['referral', 'cosell', 'reseller'];
  const all = (sel) => [...document.querySelectorAll(sel)];
  const one = (sel) => document.querySelector(sel);
  const totals = {};
  for (const el of all('[data-testid=total]')) {
    (totals[el.dataset.model] ||= {})[el.dataset.metric] = el.dataset.value;
  }
  const be = (id) => ({ state: one(`[data-testid=${id}]`)?.dataset.state, value: one(`[data-testid=${id}]`)?.dataset.value });
  return {
    recommended: all('[data-testid=recommended-model]').map((e) => e.dataset.value),
    target: all('[data-testid=target-model]').map((e) => e.dataset.value),
    status: Object.fromEntries(all('[data-testid=model-status]').map((e) => [e.dataset.model, e.dataset.value])),
    scores: Object.fromEntries(all('[data-testid=fit-score]').map((e) => [e.dataset.model, e.dataset.value])),
    flags: all('[data-testid=red-flag]').map((e) => e.dataset.value),
    rung: all('[data-testid=ladder-rung]').map((e) => e.dataset.value),
    layers: Object.fromEntries(all('[data-testid=layer]').map((e) => [e.dataset.segment, e.dataset.value])),
    totals,
    discount: be('breakeven-discount'),
    volume: be('breakeven-volume'),
    later: Object.fromEntries(MODELS_IN_PAGE.map((m) => {
      const payback = one(`[data-testid=payback][data-model=${m}]`);
      return [m, {
        npv: one(`[data-testid=npv][data-model=${m}]`)?.dataset.value,
        payback: payback?.dataset.state,
        year: payback?.dataset.value ?? null,
      }];
    })),
    story: (({ state, focus, leader, param, value }) => ({ state, focus, leader, param, value }))(one('#sim-story')?.dataset ?? {}),
    flips: Object.fromEntries(all('[data-testid=flip]').map((e) => [e.dataset.param, { state: e.dataset.state, value: e.dataset.value ?? null }])),
    bars: Object.fromEntries(all('[data-testid=tornado-bar]').map((e) => [e.dataset.param, { low: e.dataset.low, high: e.dataset.high, rank: Number(e.dataset.rank) }])),
    notices: all('[data-testid=url-notice]').length,
    share: one('[data-testid=share-link]')?.value,
    cta: all('[data-testid=cta]').length,
  };
}

const close = (actual, expected) =>
  Math.abs(Number(actual) - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

test('200 random scenarios show every contract value', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  expect(scenarios).toHaveLength(200);
  for (const [i, s] of scenarios.entries()) {
    await openApp(page, `?${s.query}`);
    await expect(page.getByTestId('share-link')).toHaveValue(`${baseURL}/?${s.query}`);
    const p = await page.evaluate(readPage);
    const where = `scenario ${i}: ?${s.query}`;
    expect(p.notices, where).toBe(0);
    expect(p.cta, where).toBeGreaterThan(0);
    if (s.recommended) {
      expect(p.recommended, where).toEqual([s.recommended]);
      expect(p.target, where).toEqual([s.target]);
      expect(p.status, where).toEqual(s.status);
      expect(p.scores, where).toEqual(Object.fromEntries(MODELS.map((m) => [m, String(s.scores[m])])));
      expect([...p.flags].sort(), where).toEqual([...s.flags].sort());
      expect(p.rung, where).toEqual([s.rung]);
      expect(p.layers, where).toEqual(s.layers);
    } else {
      expect(p.recommended, where).toEqual([]);
      expect(p.target, where).toEqual([]);
      expect(p.status, where).toEqual({});
    }
    for (const m of MODELS) {
      for (const k of METRICS) {
        expect(close(p.totals[m]?.[k], s.totals[m][k]), `${where} total ${m}/${k}: ${p.totals[m]?.[k]} vs ${s.totals[m][k]}`).toBe(true);
      }
    }
    for (const m of MODELS) {
      const [got, want] = [p.later[m], s.later[m]];
      expect(close(got.npv, want.npv), `${where} npv ${m}: ${got.npv} vs ${want.npv}`).toBe(true);
      expect([got.payback, got.year === null ? null : Number(got.year)], `${where} payback ${m}`).toEqual([want.payback, want.year]);
    }
    expect([p.story.state, p.story.focus, p.story.leader], `${where} story`).toEqual([s.story.state, s.story.focus, s.story.leader]);
    expect(p.story.param, `${where} story tie`).toBe(s.story.param);
    if (s.story.value !== undefined) expect(close(p.story.value, s.story.value), `${where} story tie value`).toBe(true);
    // The flip point of every input and the tornado's bars in the engine's order, gathered
    // into one assertion (Playwright slows down with tens of thousands of steps).
    const sensitivity = [];
    if (Object.keys(p.flips).sort().join() !== Object.keys(s.flips).sort().join()) sensitivity.push('flip inputs');
    for (const [param, want] of Object.entries(s.flips)) {
      const got = p.flips[param];
      if (got?.state !== want.state) sensitivity.push(`flip ${param}: ${got?.state} vs ${want.state}`);
      else if (want.state === 'at' && !close(got.value, want.value)) sensitivity.push(`flip ${param}: ${got.value} vs ${want.value}`);
    }
    if (Object.keys(p.bars).length !== s.tornado.bars.length) sensitivity.push('tornado bar count');
    for (const [rank, want] of s.tornado.bars.entries()) {
      const got = p.bars[want.param];
      if (got?.rank !== rank) sensitivity.push(`tornado rank of ${want.param}: ${got?.rank} vs ${rank}`);
      else if (!close(got.low, want.low) || !close(got.high, want.high)) sensitivity.push(`tornado ${want.param}`);
    }
    expect(sensitivity, `${where} flips and tornado`).toEqual([]);
    for (const key of ['discount', 'volume']) {
      expect(p[key].state, `${where} ${key}`).toBe(s.breakeven[key].state);
      if (s.breakeven[key].state === 'at') {
        expect(close(p[key].value, s.breakeven[key].value), `${where} ${key} value`).toBe(true);
      }
    }
  }
});

/** Reads the comparison's figures and differences in one round trip. */
function readComparison() {
  const figures = { a: {}, b: {} };
  for (const el of document.querySelectorAll('[data-testid=total][data-scenario]')) {
    (figures[el.dataset.scenario][el.dataset.model] ||= {})[el.dataset.metric] = el.dataset.value ?? null;
  }
  const diffs = {};
  for (const el of document.querySelectorAll('[data-testid=compare-diff]')) {
    (diffs[el.dataset.model] ||= {})[el.dataset.metric] = el.dataset.value ?? null;
  }
  return { present: !!document.querySelector('[data-testid=compare]'), figures, diffs };
}

test('30 random comparisons show A, B and B minus A as the engine computes them', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  expect(pairs).toHaveLength(30);
  let paybackDeltas = 0;
  for (const [i, s] of pairs.entries()) {
    await openApp(page, `?${s.query}`);
    await expect(page.getByTestId('share-link')).toHaveValue(`${baseURL}/?${s.query}`);
    const p = await page.evaluate(readComparison);
    const where = `pair ${i}: ?${s.query}`;
    expect(p.present, where).toBe(true);
    expect(await page.getByTestId('url-notice').count(), where).toBe(0);
    for (const m of MODELS) {
      for (const side of ['a', 'b']) {
        const [got, want] = [p.figures[side][m], s[side][m]];
        expect(close(got.contribution, want.contribution), `${where} ${side} ${m} contribution`).toBe(true);
        expect(close(got.npv, want.npv), `${where} ${side} ${m} npv`).toBe(true);
        expect(got.payback === null ? null : Number(got.payback), `${where} ${side} ${m} payback`).toBe(want.year);
      }
      const [got, want] = [p.diffs[m], s.versus[m]];
      expect(close(got.contribution, want.contribution), `${where} B-A ${m} contribution`).toBe(true);
      expect(close(got.npv, want.npv), `${where} B-A ${m} npv`).toBe(true);
      expect(got.payback === null ? null : Number(got.payback), `${where} B-A ${m} payback`).toBe(want.payback);
      if (want.payback !== null) paybackDeltas += 1;
    }
  }
  // The pairs exercise a payback difference, not only "n/a".
  expect(paybackDeltas).toBeGreaterThan(0);
});
