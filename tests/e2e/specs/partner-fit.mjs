// Page object for the Partner Fit page, offered to specs as the `app` fixture on top of the
// shared `page` fixture (which fails a test on console errors, off-origin requests and CSP
// violations). It reads what the test contract exposes (data-testid and data-value) and
// drives the page the way a visitor does.
import { test as base, expect } from './fixtures.mjs';

export class PartnerFit {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Opens the app with `query` (with or without the leading `?`) and waits for the mount. */
  async open(query = '') {
    const q = query && !query.startsWith('?') ? `?${query}` : query;
    await this.page.goto(`./${q}`);
    await this.ready();
  }

  async ready() {
    await expect(this.page.locator('#page[data-ready]')).toHaveCount(1);
  }

  /** The address bar's query parameters. */
  params() {
    return new URL(this.page.url()).searchParams;
  }

  /** Waits until the address bar holds `value` for `key` (`null`: absent). */
  async expectParam(key, value) {
    await expect.poll(() => this.params().get(key), { message: `URL ${key}=` }).toBe(value);
  }

  recommended() {
    return this.page.getByTestId('recommended-model');
  }

  /** Where this partner can lead (the flow's model), beside the model to run now. */
  target() {
    return this.page.getByTestId('target-model');
  }

  /** The assessment step on screen (0-based), from its heading's data-value. */
  step() {
    return this.page.getByTestId('assessment-step');
  }

  /** The simulator's total of `model` (the comparison's cells carry a `data-scenario`). */
  total(model, metric) {
    return this.page.locator(
      `[data-testid="total"][data-model="${model}"][data-metric="${metric}"]:not([data-scenario])`,
    );
  }

  /** The comparison's figure of `model` in scenario `side` (`a` or `b`). */
  sideTotal(side, model, metric) {
    return this.page.locator(
      `[data-testid="total"][data-model="${model}"][data-metric="${metric}"][data-scenario="${side}"]`,
    );
  }

  /** The comparison's difference B minus A of `model`'s `metric`. */
  diff(model, metric) {
    return this.page.locator(
      `[data-testid="compare-diff"][data-model="${model}"][data-metric="${metric}"]`,
    );
  }

  async totalValue(model, metric) {
    return Number(await this.total(model, metric).getAttribute('data-value'));
  }

  /** The number field paired with the simulator slider of `key`. */
  numberField(key) {
    return this.page.locator(`#sim-${key}-num`);
  }

  slider(key) {
    return this.page.locator(`#sim-${key}`);
  }

  /** The input of answer `choice` to question `key` (radio or checkbox). */
  choice(key, choice) {
    return this.page.locator(`#q-${key}-${choice}`);
  }

  /**
   * Everything the results and the simulator expose through the test contract, as plain
   * data, so two pages can be compared field by field.
   */
  async snapshot() {
    return this.page.evaluate(() => {
      const all = (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)];
      const one = (id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        return el ? { state: el.dataset.state ?? null, value: el.dataset.value ?? null, text: el.textContent.trim() } : null;
      };
      return {
        recommended: all('recommended-model').map((e) => e.dataset.value),
        scores: all('fit-score').map((e) => [e.dataset.model, e.dataset.value]),
        flags: all('red-flag').map((e) => e.dataset.value),
        rung: all('ladder-rung').map((e) => e.dataset.value),
        layers: all('layer').map((e) => [e.dataset.segment, e.dataset.value]),
        totals: all('total').filter((e) => !e.dataset.scenario)
          .map((e) => [e.dataset.model, e.dataset.metric, e.dataset.value, e.textContent.trim()]),
        breakevenDiscount: one('breakeven-discount'),
        breakevenVolume: one('breakeven-volume'),
      };
    });
  }

  /** Whether `locator` holds the keyboard focus. */
  async isFocused(locator) {
    return locator.evaluate((el) => el === document.activeElement);
  }

  /**
   * Presses Tab (or Shift+Tab) until `locator` has the focus; fails after `max` presses,
   * which catches a control the keyboard cannot reach.
   */
  async tabTo(locator, { back = false, max = 60 } = {}) {
    for (let i = 0; i < max; i++) {
      if (await this.isFocused(locator)) return i;
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    expect(await this.isFocused(locator), `reached ${locator} with ${back ? 'Shift+Tab' : 'Tab'}`).toBe(true);
    return max;
  }

  /** `document.documentElement.scrollWidth - innerWidth`: positive when the page overflows. */
  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
}

export const test = base.extend({
  app: async ({ page }, use) => {
    await use(new PartnerFit(page));
  },
});

export { expect };
export { expectAccessible, VIEWPORTS } from './fixtures.mjs';
