// The sample's flatplan as a browser builds it: Debian's chromium, headless,
// dumps the DOM it made of the HTML, and every page of the PDF must have its
// box there, in spreads as the magazine opens, with its ads and jump lines.
// Skipped (a warning) where chromium is not installed.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

const fs::path kSample = test::source_dir() / "issues/2020-12";

std::string browser() {
    for (const char* name : {"chromium", "chromium-browser"}) {
        auto found = test::run(std::string("command -v ") + name);
        if (found.exit_code == 0 && !found.out.empty()) return found.out.substr(0, found.out.find('\n'));
    }
    return {};
}

// A page box of the dumped DOM.
struct Box {
    int page = 0, folio = 0;
    std::string side;
    std::string shown_number;
    std::string html;  // the box's markup
};

std::vector<std::vector<Box>> spreads_of(const std::string& dom) {
    std::vector<std::vector<Box>> out;
    static const std::regex box_start(
        R"re(<article class="page (left|right)" id="seite-(\d+)" data-page="(\d+)" data-folio="(\d+)" data-side="(left|right)">)re");
    static const std::regex number(R"(<span class="number">(\d+)</span>)");
    const std::string spread_tag = "<section class=\"spread\"";
    for (std::size_t at = dom.find(spread_tag); at != std::string::npos;) {
        const std::size_t next = dom.find(spread_tag, at + 1);
        const std::string spread = dom.substr(at, next == std::string::npos ? std::string::npos : next - at);
        std::vector<Box> boxes;
        for (auto it = std::sregex_iterator(spread.begin(), spread.end(), box_start); it != std::sregex_iterator(); ++it) {
            const std::smatch& m = *it;
            Box box;
            box.side = m[1].str();
            box.page = std::stoi(m[3].str());
            box.folio = std::stoi(m[4].str());
            const std::size_t end = spread.find("</article>", static_cast<std::size_t>(m.position(0)));
            box.html = spread.substr(static_cast<std::size_t>(m.position(0)), end - static_cast<std::size_t>(m.position(0)));
            std::smatch n;
            if (std::regex_search(box.html, n, number)) box.shown_number = n[1].str();
            CHECK(m[2].str() == m[3].str());
            CHECK(m[5].str() == box.side);
            boxes.push_back(box);
        }
        out.push_back(boxes);
        at = next;
    }
    return out;
}

// The text of page `n` of the PDF, as printed.
std::string page_text(const fs::path& pdf, int n) {
    return test::run("pdftotext -raw -f " + std::to_string(n) + " -l " + std::to_string(n) + " '" + pdf.string() + "' -").out;
}

// The printed folio of page `n`, or 0 if the page carries none.
int printed_folio(const fs::path& pdf, int n) {
    const std::string text =
        test::run("pdftotext -layout -f " + std::to_string(n) + " -l " + std::to_string(n) + " '" + pdf.string() + "' -").out;
    std::smatch m;
    if (std::regex_search(text, m, std::regex("\n *(\\d+) +Kommune21 · Ausgabe"))) return std::stoi(m[1].str());
    if (std::regex_search(text, m, std::regex("Kommune21 · Ausgabe [^\n]*? (\\d+) *\n"))) return std::stoi(m[1].str());
    return 0;
}

}  // namespace

TEST_CASE("the sample's flatplan in headless Chromium: a box per page, spreads as the issue opens, ads and jumps on their pages",
          "[e2e][plan][browser]") {
    const std::string chromium = browser();
    if (chromium.empty()) {
        WARN("skipped: chromium is not installed (apt-get install chromium)");
        return;
    }
    const fs::path dir = test::output_dir("plan-browser");
    const fs::path pdf = dir / "sample.pdf", html = dir / "plan.html";
    REQUIRE(test::heftsatz("build -q '" + kSample.string() + "' -o '" + pdf.string() + "'").exit_code == 0);
    REQUIRE(test::heftsatz("plan -q '" + kSample.string() + "' -o '" + html.string() + "'").exit_code == 0);
    // Its own profile folder: runs in parallel never share one. stderr
    // (D-Bus complaints of a machine without a session) is not the DOM.
    auto dumped = test::run("{ timeout 120 '" + chromium + "' --headless --no-sandbox --disable-gpu --user-data-dir='" +
                            (dir / "profile").string() + "' --dump-dom 'file://" + fs::absolute(html).string() +
                            "' 2>/dev/null; }");
    INFO(dumped.out.substr(0, 2000));
    REQUIRE(dumped.exit_code == 0);
    const std::string& dom = dumped.out;
    REQUIRE(dom.find("<html lang=\"de\">") != std::string::npos);

    const int pages = [&] {
        std::smatch m;
        const std::string info = test::run("pdfinfo '" + pdf.string() + "'").out;
        REQUIRE(std::regex_search(info, m, std::regex("Pages: +(\\d+)")));
        return std::stoi(m[1].str());
    }();
    const std::vector<std::vector<Box>> spreads = spreads_of(dom);

    // Every page of the PDF has its box, in order, numbered as it lies, and
    // with the folio it prints.
    std::map<int, Box> boxes;
    for (const auto& spread : spreads)
        for (const Box& box : spread) CHECK(boxes.emplace(box.page, box).second);
    REQUIRE(static_cast<int>(boxes.size()) == pages);
    for (int n = 1; n <= pages; ++n) {
        INFO("page " << n);
        REQUIRE(boxes.count(n));
        CHECK(boxes[n].shown_number == std::to_string(n));
        if (const int folio = printed_folio(pdf, n)) CHECK(boxes[n].folio == folio);
    }

    // Spreads: page 1 alone on the right; then even left, odd right.
    REQUIRE(!spreads.empty());
    REQUIRE(spreads.front().size() == 1);
    CHECK(spreads.front()[0].page == 1);
    CHECK(spreads.front()[0].side == "right");
    for (std::size_t k = 1; k < spreads.size(); ++k) {
        const auto& s = spreads[k];
        INFO("spread " << k);
        REQUIRE(!s.empty());
        CHECK(s[0].page == static_cast<int>(2 * k));
        CHECK(s[0].side == "left");
        if (s.size() == 2) {
            CHECK(s[1].page == s[0].page + 1);
            CHECK(s[1].side == "right");
        } else {
            CHECK(s[0].page == pages);  // only the back page stands alone
        }
    }

    // Each ad of issue.xml on the page that shows it (its image, laid out
    // here in-process), with advertiser and format.
    const test::LaidOut laid = test::lay_out_fixture(kSample);
    const std::string manifest = test::read_file(kSample / "issue.xml");
    static const std::regex ad_element(R"re(<ad src="([^"]+)" size="(full|half|quarter)" advertiser="([^"]+)")re");
    int ads = 0;
    for (auto it = std::sregex_iterator(manifest.begin(), manifest.end(), ad_element); it != std::sregex_iterator(); ++it) {
        const std::string src = (*it)[1].str(), size = (*it)[2].str(), advertiser = (*it)[3].str();
        const std::string format = size == "full" ? "1/1 Seite" : size == "half" ? "1/2 Seite" : "1/4 Seite";
        INFO(src << ": " << advertiser);
        int found = 0;
        for (std::size_t i = 0; i < laid.doc.pages.size(); ++i)
            for (const FrameItem& item : laid.doc.pages[i].items) {
                const auto* image = std::get_if<Image>(&item);
                if (!image || image->file.filename() != fs::path(src).filename()) continue;
                ++found;
                const Box& box = boxes[static_cast<int>(i) + 1];
                INFO("page " << i + 1);
                CHECK(box.html.find(advertiser + ", <span class=\"format\">" + format + "</span></li>") != std::string::npos);
            }
        CHECK(found == 1);
        ++ads;
    }
    CHECK(ads == 3);
    std::size_t listed = 0;
    for (std::size_t at = dom.find("<li class=\"ad\">"); at != std::string::npos; at = dom.find("<li class=\"ad\">", at + 1))
        ++listed;
    // The manifest's ads, and the house ads the planner used to fill room.
    std::size_t printed = 0;
    for (const Page& page : laid.doc.pages) printed += page.ads.size();
    CHECK(printed >= 3);
    CHECK(listed == printed);

    // Each jump line the PDF prints, in the box of its page.
    int jumps = 0;
    static const std::regex jump("Fortsetzung (auf|von) Seite (\\d+)");
    for (int n = 1; n <= pages; ++n) {
        const std::string text = page_text(pdf, n);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), jump); it != std::sregex_iterator(); ++it) {
            INFO("page " << n << ": " << it->str());
            CHECK(boxes[n].html.find("\">" + it->str()) != std::string::npos);
            ++jumps;
        }
    }
    std::size_t jump_items = 0;
    for (std::size_t at = dom.find("<li class=\"jump\">"); at != std::string::npos; at = dom.find("<li class=\"jump\">", at + 1))
        ++jump_items;
    CHECK(jumps > 0);
    CHECK(static_cast<int>(jump_items) == jumps);
}
