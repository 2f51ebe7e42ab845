// Copyfitting (layout/Copyfit.h): a ragged last page gets a paragraph set a
// line longer or shorter, never at the cost of a page, a widow or a word.
#include "layout/Copyfit.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace heftsatz;

namespace {

// Paragraphs of different lengths and last lines, so that the flows below
// end their last pages ragged in many ways.
const char* const kTexts[] = {
    "Die Stadt hat ihre Bürgerdienste im Sommer neu geordnet. Anträge auf Wohngeld, Elterngeld und "
    "Parkausweise gehen seither über ein gemeinsames Portal ein.",
    "Wer einen Termin braucht, bucht ihn online.",
    "Die Beschäftigten im Bürgerbüro wurden dafür geschult; viele Fragen, die früher am Schalter gestellt "
    "wurden, beantwortet nun eine Übersicht auf der Website, die jede Woche ergänzt wird.",
    "Auch die Ortsteile profitieren: In zwei Dorfgemeinschaftshäusern stehen seit Oktober Terminals, an "
    "denen Bürgerinnen und Bürger mit Unterstützung Formulare ausfüllen können.",
    "Der Kreis will das Modell übernehmen, sobald die Schnittstellen zu den Fachverfahren für das "
    "Meldewesen und die Kfz-Zulassung fertig sind. Bis dahin bleibt es bei der Erprobung.",
    "Kosten entstehen vor allem für Lizenzen und Schulungen.",
    "Im kommenden Jahr sollen weitere Leistungen folgen, darunter die Anmeldung eines Gewerbes und die "
    "Beantragung eines Führungszeugnisses, für die bisher ein Besuch im Rathaus nötig ist.",
};

}  // namespace

TEST_CASE("copyfitting levels a ragged last page and costs no page, widow or line", "[layout][flow][copyfit]") {
    Diagnostics d;
    LayoutSpec layout = read_layout("kommune21", DataSearchPath::for_issue(test::source_dir(), {}), d).take();
    FontLibrary fonts = FontLibrary::load(layout).take();
    BlockSetter setter(fonts, layout, Lexicon::load().take());
    std::vector<SetBlock> all;
    for (const char* t : kTexts)
        all.push_back(setter.set(text_block(BlockKind::Paragraph, {Inline{t, false, false, {}, {}}}), layout.style("body"), 160));
    int leveled = 0, ragged = 0;
    // Every run of three to seven paragraphs, in columns of 8 to 14 lines.
    for (std::size_t first = 0; first < std::size(kTexts); ++first)
        for (std::size_t count = 3; first + count <= std::size(kTexts); ++count)
            for (int capacity = 8; capacity <= 14; ++capacity) {
                const std::vector<SetBlock> blocks(all.begin() + static_cast<long>(first),
                                                   all.begin() + static_cast<long>(first + count));
                ColumnSpace space;
                space.lines_per_column = capacity;
                space.columns_per_page = 3;
                space.first_line = [](int) { return 0; };
                LineMemo memo;
                const Flow balanced = flow_balanced(blocks, memo, space, layout.page.baseline);
                const Flow fitted = flow_fitted(blocks, memo, space, layout.page.baseline);
                INFO("paragraphs " << first << "+" << count << ", " << capacity << " lines a column");
                const int before = ragged_white(blocks, balanced, space);
                const int after = ragged_white(blocks, fitted, space);
                CHECK(after <= before);
                CHECK(last_column(fitted.placed) / 3 == last_column(balanced.placed) / 3);
                CHECK(widows_and_orphans(blocks, fitted.placed) <= widows_and_orphans(blocks, balanced.placed));
                std::size_t lines = 0;
                for (std::size_t b = 0; b < blocks.size(); ++b) {
                    lines += fitted.lines[b]->size();
                    const int change = static_cast<int>(fitted.lines[b]->size()) - static_cast<int>(blocks[b].lines.size());
                    CHECK(std::abs(change) <= 1);
                    if (change != 0) CHECK(loosest(*fitted.lines[b]) <= 2.0 + 1e-9);
                }
                CHECK(fitted.placed.size() == lines);  // every line placed
                ragged += before >= 2;
                leveled += after < before;
            }
    // The flows end ragged often, and copyfitting levels some of them.
    CHECK(ragged > 10);
    CHECK(leveled > 0);
    INFO(leveled << " of " << ragged << " ragged ends leveled");
    CHECK(leveled * 5 >= ragged);
}
