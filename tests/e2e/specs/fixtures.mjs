// Shared fixture: every test fails on a console error, an uncaught exception, a panic, a
// request to any host but the app's own, or a Content Security Policy violation. A spec that
// breaks the page on purpose names the problems it expects, as one RegExp, with
// `test.use({ expectedProblems })`.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend({
  expectedProblems: [null, { option: true }],
  page: async ({ page, baseURL, expectedProblems }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        problems.push(`request off origin: ${url}`);
      }
    });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    await use(page);
    const csp = await page.evaluate(() => window.__csp || []).catch(() => []);
    problems.push(...csp.map((v) => `CSP violation: ${v}`));
    const unexpected = problems.filter((p) => !expectedProblems?.test(p));
    expect(unexpected, 'console errors, off-origin requests and CSP violations').toEqual([]);
  },
});

export { expect };

/** Fails on any axe-core violation of the WCAG 2.2 A/AA rules in the page's current state. */
export async function expectAccessible(page, state) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe-core violations (${state})`).toEqual([]);
}

/** Opens the app (with an optional query string) and waits until it has mounted. */
export async function openApp(page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('#page[data-ready]')).toHaveCount(1);
}

export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1280, height: 900 },
];
