// The flatplan stage (src/plan/): spreads, what a page box lists, the text
// summary and the HTML, on documents built by hand and on the sample.
#include "plan/Plan.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>

using namespace heftsatz;

namespace {

Document pages(int count) {
    Document doc;
    doc.info.title = "Kommune21 – Ausgabe 12/2020";
    for (int n = 1; n <= count; ++n) {
        Page page;
        page.number = n;
        page.section = n == 1 ? "" : "Politik";
        doc.pages.push_back(page);
    }
    return doc;
}

Diagnostic on_page(int page, std::string message) {
    Diagnostic d = warning(std::move(message), "einen Hinweis");
    d.where = {"issues/2020-12/articles/x.xml", 12, 5};
    d.page = page;
    return d;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("spreads: page 1 alone on the right, then even left and odd right, the back page alone on the left", "[plan]") {
    const Plan plan = make_plan(pages(24), PageSpec{}, {});
    const std::vector<Spread> s = spreads(plan);
    REQUIRE(s.size() == 13);
    CHECK(s.front().left == nullptr);
    REQUIRE(s.front().right);
    CHECK(s.front().right->place == 1);
    for (std::size_t k = 1; k + 1 < s.size(); ++k) {
        INFO("spread " << k);
        REQUIRE(s[k].left);
        REQUIRE(s[k].right);
        CHECK(s[k].left->place == static_cast<int>(2 * k));
        CHECK(s[k].right->place == static_cast<int>(2 * k + 1));
    }
    REQUIRE(s.back().left);
    CHECK(s.back().left->place == 24);
    CHECK(s.back().right == nullptr);
    // An odd count ends on a full spread.
    const Plan five = make_plan(pages(5), PageSpec{}, {});
    const std::vector<Spread> t = spreads(five);
    REQUIRE(t.size() == 3);
    REQUIRE(t.back().left);
    REQUIRE(t.back().right);
    CHECK(t.back().left->place == 4);
    CHECK(t.back().right->place == 5);
    CHECK(spreads(make_plan(pages(0), PageSpec{}, {})).empty());
}

TEST_CASE("each warning goes to the page it names; others to their own list; errors to none", "[plan]") {
    Diagnostic broken = on_page(3, "broken");
    broken.severity = Severity::Error;
    const Plan plan = make_plan(pages(4), PageSpec{}, {on_page(2, "auf zwei"), on_page(0, "ohne Seite"), on_page(2, "noch eine"),
                                                      on_page(9, "hinter dem Heft"), broken});
    REQUIRE(plan.pages.size() == 4);
    CHECK(plan.pages[1].warnings.size() == 2);
    CHECK(plan.pages[0].warnings.empty());
    CHECK(plan.pages[2].warnings.empty());
    REQUIRE(plan.other_warnings.size() == 2);
    CHECK(plan.other_warnings[0].message == "ohne Seite");
    CHECK(plan.other_warnings[1].message == "hinter dem Heft");
    // The cover and the back page have no section: they are named for what they are.
    CHECK(plan.pages[0].label == "Titelseite");
    CHECK(plan.pages[1].label == "Politik");
    Document unnamed = pages(4);
    unnamed.pages[2].section.clear();
    unnamed.pages[3].section.clear();
    const Plan named = make_plan(unnamed, PageSpec{}, {});
    CHECK(named.pages[2].label.empty());
    CHECK(named.pages[3].label == "Rückseite");
}

TEST_CASE("fill percentages round down, ad formats are named as ad sales names them", "[plan]") {
    CHECK(fill_percent(0) == 0);
    CHECK(fill_percent(0.899999) == 89);
    CHECK(fill_percent(0.9) == 90);
    CHECK(fill_percent(1 - 1e-12) == 100);
    CHECK(ad_format(AdSize::Full) == "1/1 Seite");
    CHECK(ad_format(AdSize::Half) == "1/2 Seite");
    CHECK(ad_format(AdSize::Quarter) == "1/4 Seite");
}

TEST_CASE("a page box lists articles, ads, jump lines, fill and warnings, escaped", "[plan]") {
    Document doc = pages(4);
    Page& p2 = doc.pages[1];
    p2.articles.push_back({"a", "Daten & <Netze>", true, {}});
    p2.articles.push_back({"b", "Weiter im Text", false, "ohne Zitat"});
    p2.ads.push_back({"Kraus & Partner \"Netz\" GmbH", AdSize::Half});
    p2.jumps.push_back({"Fortsetzung auf Seite 4", 4});
    doc.pages[2].number = 4;  // printed with the wrong folio
    const Plan plan = make_plan(doc, PageSpec{}, {on_page(2, "very loose line: \"a <b>\"")});
    const std::string html = flatplan_html(plan);
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"de\">", 0) == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("Daten &amp; &lt;Netze&gt;") != std::string::npos);
    CHECK(html.find("<span class=\"runs\">Forts.:</span> Weiter im Text <span class=\"variant\">(ohne Zitat)</span>") !=
          std::string::npos);
    CHECK(html.find("Kraus &amp; Partner &quot;Netz&quot; GmbH, <span class=\"format\">1/2 Seite</span>") != std::string::npos);
    CHECK(html.find("<a href=\"#seite-4\">Fortsetzung auf Seite 4</a>") != std::string::npos);
    CHECK(html.find("very loose line: &quot;a &lt;b&gt;&quot;") != std::string::npos);
    CHECK(html.find("1 Warnung<") != std::string::npos);
    CHECK(html.find("<span class=\"where\">x.xml:12</span>") != std::string::npos);
    CHECK(html.find("gedruckt mit Folio 4") != std::string::npos);
    CHECK(occurrences(html, "<article class=\"page ") == 4);
    CHECK(occurrences(html, "class=\"page none") == 2);  // beside page 1, and beside page 4
    CHECK(html.find("id=\"seite-3\" data-page=\"3\" data-folio=\"4\" data-side=\"right\"") != std::string::npos);

    const std::string text = flatplan_summary(plan);
    std::vector<std::string> lines;
    for (std::size_t at = 0, end; (end = text.find('\n', at)) != std::string::npos; at = end + 1)
        lines.push_back(text.substr(at, end - at));
    REQUIRE(lines.size() == 5);  // a head and one line per page
    CHECK(lines[0].rfind("Seite", 0) == 0);
    CHECK(std::regex_search(lines[1], std::regex("^ +1 r  Titelseite +0 % +0$")));
    CHECK(std::regex_search(lines[2], std::regex("^ +2 l  Politik +0 % +1  Daten & <Netze>; Weiter im Text \\(Forts.\\) \\[ohne Zitat\\]; "
                                                 "Anzeige Kraus & Partner \"Netz\" GmbH, 1/2 Seite; Fortsetzung auf Seite 4$")));
    CHECK(std::regex_search(lines[3], std::regex("^ +3 r  Politik +0 % +0  gedruckt mit Folio 4$")));
}

TEST_CASE("the sample's pages know their articles, ads and jump lines as painted", "[plan][sample]") {
    const test::LaidOut out = test::lay_out_fixture(test::source_dir() / "issues/2020-12");
    // Every article opens on exactly one page, and runs on only after it.
    // (A section's news items are set where pages have room, under a
    // "Meldungen" head each time: they are no article.)
    std::map<std::string, int> opened;
    for (const Page& page : out.doc.pages)
        for (const PageArticle& a : page.articles) {
            if (a.id.rfind("news:", 0) == 0) continue;
            INFO(a.id << " on page " << page.number);
            if (a.opens) CHECK(opened.emplace(a.id, page.number).second);
            else CHECK((opened.count(a.id) && opened[a.id] < page.number));
        }
    for (const Article* a : out.issue.articles()) {
        INFO(a->id);
        CHECK(opened.count(a->id) == 1);
    }
    // Each ad of the issue is listed on the page that shows its file, once.
    std::vector<const Ad*> ads;
    for (const Section& s : out.issue.sections)
        for (const auto& [after, ad] : s.ads) ads.push_back(&ad);
    for (const Ad& ad : out.issue.closing_ads) ads.push_back(&ad);
    REQUIRE(ads.size() == 3);
    for (const Ad* ad : ads) {
        INFO(ad->file);
        CHECK_FALSE(ad->advertiser.empty());
        int shown = 0, listed = 0;
        for (const Page& page : out.doc.pages) {
            bool painted = false;
            for (const FrameItem& item : page.items)
                if (const auto* image = std::get_if<Image>(&item)) painted |= image->file == ad->file;
            const bool on_page = std::any_of(page.ads.begin(), page.ads.end(), [&](const PageAd& p) {
                return p.advertiser == ad->advertiser && p.size == ad->size;
            });
            CHECK(painted == on_page);
            shown += painted;
            listed += on_page;
        }
        CHECK(shown == 1);
        CHECK(listed == 1);
    }
    // Each jump line is printed on its page, and the page it names has the
    // line that points back (pages counted by their place in the issue).
    int jumps = 0;
    for (std::size_t i = 0; i < out.doc.pages.size(); ++i)
        for (const JumpLine& jump : out.doc.pages[i].jumps) {
            const Page& page = out.doc.pages[i];
            std::string printed;
            for (const FrameItem& item : page.items)
                if (const auto* run = std::get_if<GlyphRun>(&item)) printed += run->text;
            INFO("page " << i + 1 << ": " << jump.text);
            CHECK(test::letters(printed).find(test::letters(jump.text)) != std::string::npos);
            CHECK(jump.text.find("Seite " + std::to_string(jump.target)) != std::string::npos);
            REQUIRE(jump.target >= 1);
            REQUIRE(jump.target <= static_cast<int>(out.doc.pages.size()));
            const auto& back = out.doc.pages[static_cast<std::size_t>(jump.target - 1)].jumps;
            CHECK(std::any_of(back.begin(), back.end(), [&](const JumpLine& j) { return j.target == static_cast<int>(i + 1); }));
            ++jumps;
        }
    CHECK(jumps % 2 == 0);
    CHECK(jumps > 0);  // "Zertifikat als Etappenziel" may take one page where it stands (pages="1")
}
