// The style sheets: one for the screen, readable on a phone (one column
// below 50em, the side column under the article above it), and one for
// the print version of an article.
#include "archive/Site.h"

namespace heftsatz {

std::string site_style() {
    return R"css(:root { --rot: #9b1c31; --grau: #555; --linie: #ddd; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Linux Libertine O", "Noto Serif", Georgia, serif; font-size: 1.05rem;
       line-height: 1.5; color: #1a1a1a; background: #fff; }
a { color: var(--rot); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
.banner { border-bottom: 3px solid var(--rot); padding: .75rem 1rem; }
.masthead { margin: 0; font-size: 2rem; font-weight: bold; }
.masthead a { color: var(--rot); text-decoration: none; }
nav ul { list-style: none; margin: .25rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
nav a { text-decoration: none; font-family: "Linux Biolinum O", "DejaVu Sans", sans-serif; }
nav a[aria-current] { font-weight: bold; text-decoration: underline; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; max-width: 72rem; margin: 0 auto;
          padding: 1rem; }
@media (min-width: 50em) { .layout { grid-template-columns: minmax(0, 1fr) 18rem; } }
main { min-width: 0; }
h1, h2, h3 { font-family: "Linux Biolinum O", "DejaVu Sans", sans-serif; line-height: 1.2; }
img { max-width: 100%; height: auto; }
.ausgabe { display: flex; gap: 1.25rem; padding: 1rem 0; border-top: 1px solid var(--linie); align-items: flex-start; }
.ausgabe img { flex: none; border: 1px solid var(--linie); }
.ausgabe h2 { margin: 0 0 .25rem; }
@media (max-width: 30em) { .ausgabe { flex-direction: column; } }
.meta, .datum, .hinweis { color: var(--grau); font-size: .9rem; }
details summary { cursor: pointer; color: var(--rot); }
details h3 { font-size: 1rem; margin: .75rem 0 .25rem; }
details ul, .rubrik, .weitere ul, .ausgaben, .anbieter { list-style: none; padding: 0; }
details li { margin: .15rem 0; }
.seite { font-size: .85rem; white-space: nowrap; }
.kicker { margin: 0; color: var(--rot); font-family: "Linux Biolinum O", "DejaVu Sans", sans-serif; font-weight: bold; }
.beitrag h1 { margin: .1rem 0 .25rem; font-size: 1.9rem; }
.lead { font-weight: bold; }
.beitrag figure { margin: 1rem 0; }
.beitrag figcaption { font-size: .9rem; color: var(--grau); }
.credit { font-style: italic; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rot); font-style: italic; }
.kasten { background: #f3efe6; padding: .25rem 1rem; margin: 1rem 0; }
.liste { padding-left: 1.5rem; }
.liste li { list-style: none; text-indent: -1.2rem; }
.liste .label { display: inline-block; width: 1.2rem; text-indent: 0; }
.stichwoerter { color: var(--grau); }
.werkzeuge { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem;
             border-top: 1px solid var(--linie); padding-top: .5rem; }
.weitere { border-top: 3px solid var(--rot); margin-top: 2rem; }
.weitere h2 { font-size: 1.2rem; }
.weitere h3, .rubrik h2 { font-size: 1.05rem; margin: .75rem 0 .1rem; }
aside h2 { font-size: 1.1rem; border-bottom: 2px solid var(--rot); }
.ausgaben li { display: flex; gap: .5rem; align-items: center; margin: .5rem 0; flex-wrap: wrap; }
.ausgaben a { display: flex; gap: .5rem; align-items: center; }
.ausgaben img { border: 1px solid var(--linie); }
.anbieter li { margin: .5rem 0; }
footer { border-top: 1px solid var(--linie); padding: 1rem; color: var(--grau); font-size: .9rem; max-width: 72rem;
         margin: 0 auto; }
)css";
}

std::string print_style() {
    return R"css(@media print {
  @page { size: A4; margin: 20mm 18mm; }
  body { font-size: 11pt; }
  .banner { border-bottom: 1pt solid #000; }
  .skip, footer { display: none; }
  a { color: #000; text-decoration: none; }
  .quelle a::after { content: " (" attr(href) ")"; }
  h2, h3 { break-after: avoid; }
  figure, blockquote { break-inside: avoid; }
}
)css";
}

}  // namespace heftsatz
