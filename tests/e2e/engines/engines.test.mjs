// The visitor journey in three engines: Chromium (chromedriver), Firefox ESR (geckodriver,
// headless) and WebKitGTK (WebKitWebDriver under Xvfb, LANG=en_US.UTF-8), all through the W3C
// WebDriver protocol (webdriver.mjs), against the release build served by serve.mjs.
//
// In each engine: a shared link opens with its answers and inputs, one answer is clicked, the
// results and the share link follow, a hostile link is repaired with a notice and injects
// nothing, no error or CSP violation is seen and the wasm is fetched once. Chromium's page is
// the reference: Firefox and WebKit must show the same contract values and the same texts
// (amounts, break-even sentences, chart axis labels).
//
//   DIST=dist node --test tests/e2e/engines/engines.test.mjs   (scripts/test.sh engines)
// PF_ENGINES: which engines (default "chromium firefox webkit"); PF_ENGINES_LOG: driver logs dir.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, startDriver, freePort, until } from './webdriver.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.DIST || join(HERE, '../../../dist'));
const LOGS = resolve(process.env.PF_ENGINES_LOG || join(HERE, '../../../.out'));
const WANTED = (process.env.PF_ENGINES || 'chromium firefox webkit').split(/\s+/).filter(Boolean);
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// A shared link: every question answered (a reseller in euros) and simulator inputs changed.
const SHARED =
  '?v=2&role=resells&own=handover&int=live&jvp=written&motion=proven&reach=core&stage=later&psup=full' +
  '&dreg=yes&direct=yes&mkt=no&api=yes&seg=remote&cur=EUR&acv=30000&n_res=40&disc=25&offload=80';
// Script and markup in the values; every one is invalid, so the repaired link is bare.
const HOSTILE = '?' + new URLSearchParams([
  ['v', '2'],
  ['role', '<script>window.__pwned=1</script>'],
  ['cur', '<img src=x onerror=window.__pwned=1>'],
  ['acv', '1e999'],
  ['seg', '<b>x</b>'],
  ['n_res', '"><svg onload=window.__pwned=1>'],
]).toString();
const REPAIRED = '?v=2';
// The shared link compared with a kept scenario A: the same company co-selling, in dollars.
const COMPARED = `${SHARED}&a.v=2&a.role=deals&a.own=must&a.n_co=12&a.disc=35`;

/** The drivers: how to start each and the capabilities of its session. */
const ENGINES = {
  chromium: {
    command: '/usr/bin/chromedriver',
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=en-US',
          '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    },
  },
  firefox: {
    command: 'geckodriver',
    args: (port) => ['--port', String(port), '--binary', '/usr/bin/firefox-esr'],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        args: ['-headless'],
        // No update checks, telemetry or other traffic of Firefox's own during the test.
        prefs: { 'intl.locale.requested': 'en-US', 'app.update.enabled': false, 'network.captive-portal-service.enabled': false },
      },
    },
  },
  webkit: {
    // Debian 12's WebKitGTK has no headless mode: a virtual X display (-a: a free one).
    command: 'xvfb-run',
    args: (port) => ['-a', '--server-args=-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`],
    // WebKitGTK formats numbers (Intl) in the system locale.
    env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
    capabilities: {
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
};

// --- in-page functions (sent to the browser as source) ---

/**
 * Listens for errors, unhandled rejections and CSP violations from now on. Classic WebDriver
 * cannot run a script before the page's own, so it is installed as soon as the document has
 * loaded; a CSP report buffered before that is still read where ReportingObserver exists.
 */
function installProbes() {
  if (window.__pf) return;
  const problems = [];
  window.__pf = { problems };
  addEventListener('error', (e) => problems.push(`error: ${e.message || e.target?.outerHTML || e.type}`), true);
  addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => problems.push(`CSP: ${e.violatedDirective} blocked ${e.blockedURI}`));
  try {
    new ReportingObserver((reports) => {
      for (const r of reports) problems.push(`CSP report: ${JSON.stringify(r.body)}`);
    }, { types: ['csp-violation'], buffered: true }).observe();
  } catch { /* no ReportingObserver in this engine */ }
}

/** What went wrong since installProbes, plus any resource fetched from another origin. */
function readProblems() {
  const off = performance.getEntriesByType('resource').map((e) => e.name)
    .filter((u) => !u.startsWith(location.origin) && !u.startsWith('data:'));
  return [...(window.__pf?.problems ?? ['probes missing']), ...off.map((u) => `request off origin: ${u}`)];
}

/** Everything the test contract exposes, and the texts a visitor reads beside the numbers. */
function readPage() {
  const all = (sel) => [...document.querySelectorAll(sel)];
  const one = (sel) => document.querySelector(sel);
  const text = (e) => e.textContent.replace(/\s+/g, ' ').trim();
  const be = (id) => {
    const e = one(`[data-testid=${id}]`);
    return e && { state: e.dataset.state, value: e.dataset.value ?? null, text: text(e) };
  };
  return {
    href: location.href,
    ready: !!one('#page[data-ready]'),
    startFailed: !!one('#page[data-start-failed]'),
    recommended: all('[data-testid=recommended-model]').map((e) => e.dataset.value),
    target: all('[data-testid=target-model]').map((e) => e.dataset.value),
    status: all('[data-testid=model-status]').map((e) => [e.dataset.model, e.dataset.value]),
    scores: all('[data-testid=fit-score]').map((e) => [e.dataset.model, e.dataset.value, text(e)]),
    flags: all('[data-testid=red-flag]').map((e) => e.dataset.value),
    rung: all('[data-testid=ladder-rung]').map((e) => e.dataset.value),
    layers: all('[data-testid=layer]').map((e) => [e.dataset.segment, e.dataset.value]),
    totals: all('[data-testid=total]').map((e) => [e.dataset.model, e.dataset.metric, e.dataset.value, text(e)]),
    discount: be('breakeven-discount'),
    volume: be('breakeven-volume'),
    yAxis: all('.sim-chart__tick--y').map(text),
    xAxis: all('.sim-chart__tick--x').map(text),
    notices: all('[data-testid=url-notice] li').map(text),
    share: one('[data-testid=share-link]')?.value ?? null,
    ctas: all('[data-testid=cta]').map((e) => new URL(e.href).searchParams.get('scenario')),
    wasmFetches: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('_bg.wasm')).length,
    scripts: document.scripts.length,
    // Anything a hostile value could have become: handler attributes, images, SVG, <b>.
    handlers: all('*').filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.tagName),
    images: all('img').length,
    bold: all('#page b').length,
    pwned: window.__pwned ?? null,
  };
}

/** The comparison of A and B: each figure and difference with its text, and the differences. */
function readComparison() {
  const text = (e) => e.textContent.replace(/\s+/g, ' ').trim();
  const all = (sel) => [...document.querySelectorAll(sel)];
  return {
    present: all('[data-testid=compare]').length,
    figures: all('[data-testid=total][data-scenario]')
      .map((e) => [e.dataset.scenario, e.dataset.model, e.dataset.metric, e.dataset.value ?? null, text(e)]),
    diffs: all('[data-testid=compare-diff]').map((e) => [e.dataset.model, e.dataset.metric, e.dataset.value ?? null, text(e)]),
    changes: all('[data-testid=compare-change]').map((e) => [e.dataset.key, text(e)]),
    pinnedLines: all('g[data-scenario=a] polyline').map((e) => e.getAttribute('points')),
  };
}

// --- the journey ---

/** Opens `query`, waits until the wasm has mounted, then installs the probes. */
async function open(s, base, query) {
  await s.goto(`${base}/${query}`);
  await until(() => s.exec(() => !!document.querySelector('#page[data-ready], #page[data-start-failed]')), 'the page to mount');
  await s.exec(installProbes);
}

async function journey(s, base) {
  const run = {};
  await s.setWindowRect(1280, 900).catch(() => { /* some drivers size only through options */ });

  // 1. The shared link opens as it was sent.
  await open(s, base, SHARED);
  run.shared = await s.exec(readPage);

  // 2. A click on an answer (step 1 is on screen): the customer must stay ours.
  await s.click('#q-own-must');
  await until(async () => {
    const p = await s.exec(readPage);
    return new URL(p.href).searchParams.get('own') === 'must' && p.share === p.href && p;
  }, 'the address bar and share link to follow the click');
  run.clicked = await s.exec(readPage);
  run.problems = await s.exec(readProblems);

  // 3. A hostile link: repaired, with a notice, and nothing injected.
  await open(s, base, HOSTILE);
  await until(() => s.exec((want) => location.search === want, REPAIRED), `the address bar to read ${REPAIRED}`);
  run.hostile = await s.exec(readPage);
  run.problems.push(...await s.exec(readProblems));

  // 4. A link with a kept scenario A: both open, side by side.
  await open(s, base, COMPARED);
  run.compared = await s.exec(readComparison);
  run.problems.push(...await s.exec(readProblems));
  return run;
}

/** What must hold in every engine on its own. */
function checkRun(name, run) {
  const { shared, clicked, hostile } = run;
  assert.deepEqual(run.problems, [], `${name}: errors, CSP violations or off-origin requests`);
  for (const [phase, p] of Object.entries({ shared, clicked, hostile })) {
    assert.ok(p.ready && !p.startFailed, `${name} ${phase}: the wasm mounted`);
    assert.equal(p.wasmFetches, 1, `${name} ${phase}: Resource Timing entries for the _bg.wasm`);
    assert.equal(p.totals.length, 15, `${name} ${phase}: 15 totals`);
    for (const t of p.totals) assert.ok(Number.isFinite(Number(t[2])), `${name} ${phase}: total ${t} is a number`);
    assert.ok(p.yAxis.length > 2, `${name} ${phase}: the chart has value ticks`);
    for (const tick of p.yAxis) assert.doesNotMatch(tick, /\.0(?!\d)/, `${name} ${phase}: axis label ${tick}`);
  }
  assert.equal(shared.href, shared.share, `${name}: the share link is the address`);
  assert.equal(new URL(shared.href).search, SHARED, `${name}: the shared link stays as sent`);
  assert.deepEqual(shared.notices, [], `${name}: a valid link has no notice`);
  assert.deepEqual(shared.recommended, ['reseller'], `${name}: the shared link's recommendation`);
  assert.ok(shared.yAxis.some((t) => /^€\d+(\.\d)?M$/.test(t)), `${name}: euro millions on the axis (${shared.yAxis})`);

  assert.notDeepEqual(clicked.recommended, shared.recommended, `${name}: the click changed the recommendation`);
  assert.deepEqual(clicked.recommended, ['cosell'], `${name}: owning the customer rules out reselling`);
  assert.equal(clicked.share, clicked.href, `${name}: the share link followed the click`);
  assert.deepEqual(clicked.ctas.filter((c) => c !== clicked.href), [], `${name}: the calls to action carry the new link`);

  assert.ok(hostile.notices.length >= 4, `${name}: the hostile link's repairs are listed (${hostile.notices.length})`);
  assert.ok(hostile.notices.some((n) => n.includes('<script>')), `${name}: the notice shows the markup as text`);
  assert.equal(hostile.pwned, null, `${name}: no injected script ran`);
  assert.deepEqual(hostile.handlers, [], `${name}: no element with an event handler attribute`);
  assert.equal(hostile.images, shared.images, `${name}: no injected image`);
  assert.equal(hostile.bold, shared.bold, `${name}: no injected markup`);
  assert.equal(hostile.scripts, shared.scripts, `${name}: no injected script element`);
  assert.equal(hostile.share, hostile.href, `${name}: the share link is the repaired address`);

  const { compared } = run;
  assert.equal(compared.present, 1, `${name}: the comparison is on the page`);
  assert.equal(compared.figures.length, 18, `${name}: A's and B's figures`);
  assert.equal(compared.diffs.length, 9, `${name}: B minus A for each figure`);
  assert.ok(compared.changes.some(([key]) => key === 'cur'), `${name}: the currencies differ`);
  assert.equal(compared.pinnedLines.filter((p) => p).length, 3, `${name}: A's lines are drawn`);
}

/** The fields every engine must show alike (the address differs only by nothing: same server). */
function comparable(run) {
  const pick = ({ wasmFetches, scripts, ...rest }) => rest;
  return { shared: pick(run.shared), clicked: pick(run.clicked), hostile: pick(run.hostile), compared: run.compared };
}

// --- the layer ---

let server;
let base;
const runs = {};

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `no release build in ${DIST} (scripts/test.sh build)`);
  mkdirSync(LOGS, { recursive: true });
  const port = await freePort();
  server = spawn(process.execPath, [join(HERE, '../serve.mjs'), DIST, String(port)], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${base}/`)).ok, 'serve.mjs', { timeout: 15_000 });
});

after(() => server?.kill());

for (const name of WANTED) {
  const engine = ENGINES[name];
  test(`the visitor journey in ${name}`, { timeout: 240_000 }, async (t) => {
    assert.ok(engine, `unknown engine ${name}`);
    const port = await freePort();
    const logFile = join(LOGS, `engines-${name}-driver.log`);
    const driver = await startDriver({
      command: engine.command, args: engine.args(port), env: engine.env, port,
      log: (line) => appendFileSync(logFile, line),
    });
    let session;
    try {
      session = await Session.open(driver.base, engine.capabilities);
      const caps = session.capabilities;
      t.diagnostic(`${name}: ${caps.browserName} ${caps.browserVersion}`);
      const run = await journey(session, base);
      runs[name] = run;
      t.diagnostic(`${name}: axis ${run.shared.yAxis.join(' ')}; after the click ${run.clicked.recommended}; hostile link: ${run.hostile.notices.length} notices`);
      checkRun(name, run);
    } finally {
      await session?.close().catch(() => {});
      await driver.stop();
    }
  });
}

for (const name of WANTED.filter((n) => n !== 'chromium')) {
  test(`${name} shows what Chromium shows: the same values and texts`, () => {
    assert.ok(runs.chromium, 'no Chromium run to compare with');
    assert.ok(runs[name], `no ${name} run`);
    assert.deepEqual(comparable(runs[name]), comparable(runs.chromium));
  });
}
