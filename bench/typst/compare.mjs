// Sets the corpus issue (data/corpus/handbuch: 34 articles, 32,682 words) in
// Typst, in the page, columns, fonts and sizes of layouts/kommune21.xml, and
// times it against heftsatz on the same text (issue 12, point 3). Each run is
// a fresh process, as a cold build is; prints the medians and their ratio.
//
//   node compare.mjs ROOT HEFTSATZ [RUNS]     (bench/compare-typst.sh runs it)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [root, heftsatz, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const corpus = join(root, 'data/corpus/handbuch');
const work = mkdtempSync(join(tmpdir(), 'heftsatz-typst-'));

// The corpus as Typst markup: sections, and per article kicker, title, lead,
// subheads and paragraphs, with Typst's own escaping of its markup characters.
const escape = (s) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  .replace(/&quot;/g, '"').replace(/&#173;/g, '\u00AD').replace(/([\\#*_`$@<>\[\]~=\/-])/g, '\\$1');
const issue = readFileSync(join(corpus, 'issue.xml'), 'utf8');
let markup = `#set page(paper: "a4", margin: (top: 16mm, bottom: 20mm, inside: 18mm, outside: 14mm), columns: 3)
#set columns(gutter: 4.5mm)
#set text(font: "Noto Serif", size: 8.6pt, lang: "de", hyphenate: true)
#set par(justify: true, leading: 11.5pt - 8.6pt * 1.0, first-line-indent: 1em, spacing: 11.5pt - 8.6pt * 1.0)
#show heading.where(level: 1): it => { set text(font: "Linux Biolinum O", size: 25pt, weight: "bold"); block(it.body) }
#show heading.where(level: 2): it => { set text(font: "Linux Biolinum O", size: 10pt, weight: "bold"); block(it.body) }
`;
let words = 0;
for (const m of issue.matchAll(/<section title="([^"]*)"|<article src="([^"]*)"/g)) {
  if (m[1]) { markup += `\n#colbreak()\n`; continue; }
  const xml = readFileSync(join(corpus, m[2]), 'utf8');
  const take = (tag) => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((x) => x[1]);
  const kicker = take('kicker')[0], title = take('title')[0], lead = take('lead')[0];
  if (kicker) markup += `\n#text(font: "Linux Biolinum O", size: 11pt, weight: "bold")[${escape(kicker)}]\n`;
  markup += `\n= ${escape(title)}\n`;
  if (lead) markup += `\n#text(size: 10.5pt, weight: "bold")[${escape(lead)}]\n`;
  for (const b of xml.matchAll(/<(h2|p)>([\s\S]*?)<\/\1>/g)) {
    const text = escape(b[2]);
    words += text.split(/\s+/).filter(Boolean).length;
    markup += b[1] === 'h2' ? `\n== ${text}\n` : `\n${text}\n`;
  }
}
writeFileSync(join(work, 'main.typ'), markup);

// One cold Typst build in a process of its own: create the compiler with
// the project's fonts, compile, write the PDF.
const modules = process.env.NODE_PATH || '';
writeFileSync(join(work, 'typst-once.mjs'), `
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const { NodeCompiler } = createRequire(${JSON.stringify(modules + '/')})('@myriaddreamin/typst-ts-node-compiler');
const c = NodeCompiler.create({ workspace: ${JSON.stringify(work)}, fontArgs: [{ fontPaths: [${JSON.stringify(join(root, 'fonts'))}] }] });
const pdf = c.pdf({ mainFilePath: ${JSON.stringify(join(work, 'main.typ'))} });
writeFileSync(${JSON.stringify(join(work, 'typst.pdf'))}, pdf);
`);
const time = (file, args, env = {}) => {
  const start = process.hrtime.bigint();
  execFileSync(file, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  return Number(process.hrtime.bigint() - start) / 1e9;
};
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[1]);

const typst = [], ours = [];
for (let r = 0; r < runs; r++) {
  typst.push(time(process.execPath, [join(work, 'typst-once.mjs')], { NODE_PATH: modules }));
  ours.push(time(heftsatz, ['build', corpus, '-o', join(work, 'heftsatz.pdf'), '-q']));
}
const t = median(typst), h = median(ours);
console.log(`the corpus issue, ${words} words of body text, median of ${runs} cold runs each`);
console.log(`  Typst (typst.ts ${JSON.parse(readFileSync(join(modules, '@myriaddreamin/typst-ts-node-compiler/package.json'), 'utf8')).version}): ${t.toFixed(3)} s, ${pages(join(work, 'typst.pdf'))} pages`);
console.log(`  heftsatz:                    ${h.toFixed(3)} s, ${pages(join(work, 'heftsatz.pdf'))} pages`);
console.log(`  heftsatz is ${(t / h).toFixed(2)} times as fast as Typst (target: 10)`);
