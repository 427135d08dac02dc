// Prints the release build's sizes (raw, gzip -9, brotli -q 11) against the budgets: wasm + JS
// glue at most 120 KB brotli (the guide's prose is not in it: it is rendered into index.html at
// build time), CSS at most 12 KB brotli (inlined into index.html).
// The wasm budget is MISSED since the islands became typed Leptos views (141.5 KB on
// 2026-12-02, then ~152 KB with advice v2 and the printed inputs, 159.0 KB with the printed QR
// code, whose encoder costs 5.9 KB, 173 KB with economics v2 in the engine and the totals, and
// 181 KB with the flip points and the tornado chart, 174.9 KB with the results' fixed parts
// rendered at build time and wasm-opt -O2, 184.1 KB with the comparison of two scenarios
// (about +12 KB: its island 8.3 KB; the pair codec, A's chart lines, the host object's A the rest), less
// 4.1 KB for the chart points without a keyed <For>; README "Numbers" says where
// the bytes go and what would close the gap): it is reported as OVER, and the check fails
// above CEILING so the miss cannot grow unnoticed. Lower the ceiling with every saving; remove
// it once the budget holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const KB = 1024;
const BUDGET = { code: 120 * KB, css: 12 * KB };
const CEILING = { code: 185 * KB, css: 12 * KB };
const sizes = { code: [0, 0, 0], css: [0, 0, 0] };

for (const name of readdirSync(dist).sort()) {
  const ext = extname(name);
  if (!['.wasm', '.js', '.css', '.html'].includes(ext)) continue;
  const raw = readFileSync(join(dist, name));
  const s = [raw.length, gzipSync(raw, { level: 9 }).length,
    brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  console.log(`${name.padEnd(44)} raw ${String(s[0]).padStart(8)}  gzip ${String(s[1]).padStart(7)}  brotli ${String(s[2]).padStart(7)}`);
  const group = ext === '.css' ? 'css' : ext === '.html' ? null : 'code';
  if (group) sizes[group] = sizes[group].map((v, i) => v + s[i]);
  if (ext === '.html') {
    // Stylesheets are inlined into the page (no render-blocking request): measure them too.
    const css = Buffer.from([...raw.toString('utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join(''));
    const c = [css.length, gzipSync(css, { level: 9 }).length,
      brotliCompressSync(css, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
    console.log(`${'  of which inline <style>'.padEnd(44)} raw ${String(c[0]).padStart(8)}  gzip ${String(c[1]).padStart(7)}  brotli ${String(c[2]).padStart(7)}`);
    sizes.css = sizes.css.map((v, i) => v + c[i]);
  }
}
const kb = (n) => (n / KB).toFixed(1) + ' KB';
const marks = {};
for (const [group, [raw, gz, br]] of Object.entries(sizes)) {
  marks[group] = br <= BUDGET[group] ? 'within budget' : 'OVER budget';
  console.log(`${marks[group]}: ${group === 'code' ? 'wasm + js' : 'css'} raw ${kb(raw)}, gzip ${kb(gz)}, brotli ${kb(br)} (budget ${kb(BUDGET[group])} brotli)`);
}
const broken = Object.entries(sizes).filter(([group, s]) => s[2] > CEILING[group]).map(([g]) => g);
if (broken.length) console.log(`FAILED: above the regression ceiling: ${broken.map((g) => `${g} > ${kb(CEILING[g])}`).join(', ')}`);
console.log(`SUMMARY: wasm+js ${kb(sizes.code[2])} br (${marks.code}: 120 KB; fails above ${kb(CEILING.code)}), css ${kb(sizes.css[2])} br (${marks.css}: 12 KB)`);
process.exit(broken.length ? 1 : 0);
