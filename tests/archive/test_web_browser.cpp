// The archive's index and an article page of the web edition in a real
// browser: Debian's headless Chromium loads them beside each other at a
// desktop's and a phone's width, and a small page of the test's own
// reports what it sees (issues, images and their natural size, links,
// headings, landmarks, the article's parts, overflow) as JSON in its DOM.
// Screenshots stay in the test output folder to be looked at.
#include "support/Support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <cstring>

using namespace heftsatz;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const char* const kChromium =
    "chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars "
    "--allow-file-access-from-files --virtual-time-budget=15000";

// Loads `page` (relative to the archive's root) in two frames, 1200 and 390
// CSS pixels wide, and returns what the harness reports for each.
json browse(const fs::path& root, const std::string& page) {
    const fs::path harness = root / ("harness-" + fs::path(page).stem().string() + ".html");
    std::ofstream(harness) << R"(<!DOCTYPE html><html><body>
<iframe id="wide" src=")" << page << R"(" width="1200" height="900"></iframe>
<iframe id="phone" src=")" << page << R"(" width="390" height="800"></iframe>
<pre id="result">not loaded</pre>
<script>
function report(frame) {
  const doc = frame.contentDocument, win = frame.contentWindow;
  const q = s => Array.from(doc.querySelectorAll(s));
  return {
    title: doc.title, lang: doc.documentElement.lang,
    issues: q('article.ausgabe').length,
    images: q('img').map(i => ({src: i.src, width: i.naturalWidth, alt: i.getAttribute('alt')})),
    links: q('a[href]').map(a => a.href),
    headings: q('h1,h2,h3,h4,h5,h6').map(h => Number(h.tagName.substring(1))),
    main: q('main').length, nav: q('nav').length, header: q('header').length, footer: q('footer').length,
    aside: q('aside').length,
    h1: q('h1').map(h => h.textContent), kicker: q('.beitrag .kicker').length, lead: q('.beitrag .lead').length,
    subheads: q('.beitrag h2').length, date: q('.beitrag .datum time').length, author: q('.autor').length,
    keywords: q('.stichwoerter').map(k => k.textContent), source: q('.quelle a').length,
    tools: q('.werkzeuge a').map(a => a.textContent), related: q('.weitere li').length,
    issue_list: q('.ausgaben li').length, companies: q('.anbieter li').map(li => li.textContent),
    overflow: doc.documentElement.scrollWidth - win.innerWidth
  };
}
window.addEventListener('load', () => {
  document.getElementById('result').textContent = JSON.stringify({
    wide: report(document.getElementById('wide')), phone: report(document.getElementById('phone'))});
});
</script></body></html>)";
    const test::CommandResult r = test::run(std::string(kChromium) + " --dump-dom 'file://" + harness.string() + "'");
    // Found with find, not std::regex: libstdc++'s regex recurses per
    // character and overflows the stack on a long match (seen under ASan).
    const std::string open = "<pre id=\"result\">";
    const auto from = r.out.find(open);
    const auto to = from == std::string::npos ? from : r.out.find("</pre>", from);
    INFO(r.out.substr(0, 2000));
    REQUIRE(to != std::string::npos);
    std::string text = r.out.substr(from + open.size(), to - from - open.size());
    for (auto [entity, c] : {std::pair{"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}})
        for (std::size_t at; (at = text.find(entity)) != std::string::npos;) text.replace(at, std::strlen(entity), c);
    return json::parse(text);
}

// Every link that stays in the archive leads to a file in it.
void check_links(const json& seen, const fs::path& root) {
    const std::string canonical_root = fs::canonical(root).string();
    for (const std::string href : seen["links"]) {
        if (href.rfind("file://", 0) != 0) continue;  // the web, mail
        std::string path = href.substr(7);
        path = path.substr(0, path.find('#'));
        INFO(href);
        CHECK(fs::is_regular_file(path));
        CHECK(fs::weakly_canonical(path).string().rfind(canonical_root, 0) == 0);
    }
}

void check_page_basics(const json& seen) {
    CHECK(seen["lang"] == "de");
    CHECK(seen["main"] == 1);
    CHECK(seen["nav"] == 1);
    CHECK(seen["header"] >= 1);
    CHECK(seen["footer"] >= 1);
    for (const json& image : seen["images"]) {
        INFO(image.dump());
        CHECK(image["width"] > 0);
        CHECK(image.contains("alt"));
    }
    // Headings in order: one h1 first, never a level skipped going down.
    const std::vector<int> levels = seen["headings"];
    REQUIRE_FALSE(levels.empty());
    CHECK(levels.front() == 1);
    for (std::size_t i = 1; i < levels.size(); ++i) CHECK(levels[i] <= levels[i - 1] + 1);
    CHECK(seen["overflow"] <= 0);  // nothing wider than the window, on a phone too
}

void screenshot(const fs::path& root, const std::string& page, const fs::path& png, int width) {
    const test::CommandResult r = test::run(std::string(kChromium) + " --window-size=" + std::to_string(width) +
                                            ",1600 --screenshot='" + png.string() + "' 'file://" +
                                            (root / page).string() + "'");
    INFO(r.out);
    CHECK(fs::file_size(png) > 10000);
}

}  // namespace

TEST_CASE("the archive's index and an article page work in a real browser, on a desktop and a phone",
          "[e2e][archive][browser]") {
    REQUIRE(test::run("command -v chromium").exit_code == 0);  // scripts/setup.sh installs it
    const fs::path base = test::process_dir("archive-browser");
    const fs::path root = base / "archive";
    const test::CommandResult built = test::heftsatz("archive '" + (test::source_dir() / "issues").string() + "' -o '" +
                                                     root.string() + "' -q");
    INFO(built.out);
    REQUIRE(built.exit_code == 0);
    std::size_t issues = 0;
    for (const auto& entry : fs::directory_iterator(test::source_dir() / "issues"))
        issues += fs::exists(entry.path() / "issue.xml");

    const json index = browse(root, "index.html");
    for (const char* width : {"wide", "phone"}) {
        INFO(width);
        const json& seen = index[width];
        check_page_basics(seen);
        CHECK(seen["issues"] == issues);
        // A cover per issue, each loaded.
        std::size_t covers = 0;
        for (const json& image : seen["images"])
            covers += image["src"].get<std::string>().ends_with("-titel.png") && image["width"] > 0;
        CHECK(covers == issues);
        check_links(seen, root);
    }

    const std::string page = "2020-12/nrw-digitalkonferenz.html";
    const json article = browse(root, page);
    for (const char* width : {"wide", "phone"}) {
        INFO(width);
        const json& seen = article[width];
        check_page_basics(seen);
        CHECK(seen["h1"][0] == "Zwischenbilanz bei der dritten Digitalkonferenz");
        CHECK(seen["kicker"] == 1);
        CHECK(seen["lead"] == 1);
        CHECK(seen["date"] == 1);
        CHECK(seen["subheads"] >= 2);
        CHECK(seen["author"] == 1);
        CHECK(seen["source"] == 1);
        REQUIRE(seen["keywords"].size() == 1);
        CHECK(seen["keywords"][0].get<std::string>().rfind("Stichwörter: Politik", 0) == 0);
        CHECK(seen["tools"].size() == 3);  // Druckversion, PDF, In der Ausgabe
        CHECK(seen["tools"][0] == "Druckversion");
        CHECK(seen["tools"][1] == "PDF");
        CHECK(seen["related"] >= 3);
        CHECK(seen["issue_list"] == issues);
        CHECK(seen["aside"] == 1);
        REQUIRE(seen["companies"].size() >= 10);
        CHECK(seen["companies"][0].get<std::string>().find(" ") != std::string::npos);  // name, postcode and city
        check_links(seen, root);
    }

    // For people to look at: kept in the test output folder.
    const fs::path shots = test::output_dir("archive-browser-screenshots");
    screenshot(root, "index.html", shots / "index-desktop.png", 1200);
    screenshot(root, "index.html", shots / "index-phone.png", 390);
    screenshot(root, page, shots / "article-desktop.png", 1200);
    screenshot(root, page, shots / "article-phone.png", 390);
}
