// Reads the built page as a crawler does, without a browser: the guide's fixed sections are in
// dist/index.html, the FAQ is also schema.org FAQPage data, and none of the FAQ's answers is
// in the wasm (the prose is rendered at build time, never by the wasm).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const wasmFile = readdirSync(dist).find((f) => f.endsWith('.wasm'));
const wasm = readFileSync(join(dist, wasmFile)).toString('latin1');
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };
const count = (needle) => html.split(needle).length - 1;

for (const id of ['models', 'flow', 'compare', 'quadrant', 'method', 'share', 'faq']) {
  check(count(`id="${id}"`) === 1, `section #${id} once`);
}
check(count('data-testid="compare-table"') === 3, 'three comparison tables');
check(count('data-testid="flow-node"') === 3, 'the decision flow');
check(html.includes('id="compare-ladder"'), 'the maturity ladder table');
check(count('data-testid="weight"') > 0, 'the weight table of "How we calculate"');

const ld = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
check(ld, 'FAQPage structured data');
const faq = ld ? JSON.parse(ld[1]) : { mainEntity: [] };
check(faq['@type'] === 'FAQPage', 'FAQPage type');
check(faq.mainEntity.length === count('data-testid="faq-item"') && faq.mainEntity.length > 0, 'every FAQ entry as data');
const csp = html.match(/Content-Security-Policy" content="([^"]*)"/);
check(csp && /'sha256-/.test(csp[1]), 'a CSP with hashes');
for (const q of faq.mainEntity) {
  const sentence = q.acceptedAnswer.text.slice(0, 60);
  check(html.includes(sentence.replace(/&/g, '&amp;').replace(/'/g, "'")), `answer in the page: ${sentence}`);
  check(!wasm.includes(sentence), `answer NOT in the wasm: ${sentence}`);
}

if (failures.length) {
  console.log(failures.map((f) => `missing: ${f}`).join('\n'));
  process.exit(1);
}
console.log(`SUMMARY: built page has the guide (${faq.mainEntity.length} FAQ entries as FAQPage data); no FAQ answer in ${wasmFile}`);
