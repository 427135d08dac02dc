// A small W3C WebDriver client over plain `fetch`: just what the engines journey needs
// (start a driver, open a session, navigate, find, click, run a script, read the address).
// No dependency: chromedriver, geckodriver and WebKitWebDriver all speak this protocol.
// https://www.w3.org/TR/webdriver2/
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

// The key under which an element reference travels (fixed by the specification).
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free loopback port, picked by the OS. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `fn` until it returns a truthy value, and returns that value. Readiness only: the
 * timeout is generous and never part of what a test asserts.
 */
export async function until(fn, what, { timeout = 60_000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last?.message ?? JSON.stringify(last)})`);
    await sleep(interval);
  }
}

/**
 * Starts a WebDriver server: `command` with `args` (which must include the port), logs
 * appended to `log`. Resolves when its /status says ready; fails if it exits first.
 */
export async function startDriver({ command, args, env, port, log }) {
  // Its own process group, so stop() also ends what it started (xvfb-run's Xvfb, a browser).
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const kill = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  let exited = null;
  child.on('exit', (code, signal) => { exited = `${command} exited (${signal ?? code})`; });
  child.on('error', (e) => { exited = `${command} could not start: ${e.message}`; });
  child.stdout.on('data', (d) => log?.(d.toString()));
  child.stderr.on('data', (d) => log?.(d.toString()));
  const base = `http://127.0.0.1:${port}`;
  await until(async () => {
    if (exited) throw Object.assign(new Error(exited), { fatal: true });
    const r = await fetch(`${base}/status`);
    return r.ok && (await r.json()).value?.ready;
  }, `${command} to listen on ${port}`, { timeout: 30_000 }).catch((e) => {
    kill('SIGKILL');
    throw e;
  });
  return {
    base,
    async stop() {
      const gone = exited ? null : new Promise((r) => child.once('exit', r));
      kill('SIGTERM');
      if (gone) await Promise.race([gone, sleep(5_000)]);
      kill('SIGKILL');
    },
  };
}

/** An error answer from the driver, with its WebDriver error code. */
class WebDriverError extends Error {
  constructor(method, path, value) {
    super(`${method} ${path}: ${value?.error}: ${value?.message}`);
    this.code = value?.error;
  }
}

async function call(base, method, path, body) {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json().catch(() => ({ value: { error: `HTTP ${r.status}`, message: 'not JSON' } }));
  if (!r.ok) throw new WebDriverError(method, path, json.value);
  return json.value;
}

export class Session {
  /** Opens a session on the driver at `base` with `capabilities` (alwaysMatch). */
  static async open(base, capabilities) {
    const v = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, v.sessionId, v.capabilities);
  }

  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Navigates and returns once the document has loaded (page load strategy "normal"). */
  goto(url) { return this.cmd('POST', '/url', { url }); }
  url() { return this.cmd('GET', '/url'); }
  setWindowRect(width, height) { return this.cmd('POST', '/window/rect', { width, height }); }

  /** Runs `fn` (a function, sent as source) in the page with `args`; returns its result. */
  exec(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }

  /**
   * A real click (pointer input dispatched by the browser). The element is first scrolled to
   * the middle of the viewport, at once: the page scrolls smoothly (CSS), and the driver would
   * compute the click's point while the page is still moving.
   */
  async click(css) {
    const id = await this.find(css);
    await this.cmd('POST', '/execute/sync', {
      script: 'arguments[0].scrollIntoView({ block: "center", inline: "center", behavior: "instant" })',
      args: [{ [ELEMENT]: id }],
    });
    return this.cmd('POST', `/element/${id}/click`, {});
  }

  close() { return this.cmd('DELETE', ''); }
}
