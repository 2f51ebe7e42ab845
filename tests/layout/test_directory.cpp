// The company directory's makeup, read back from the laid-out pages (the
// glyph runs and logos in the Page frames), for listings generated here of
// 1, 2, 19 and 60 companies and for the sample: every entry whole in one
// column, no category head at a column's foot, a category that runs on
// opens its next column with "(Fortsetzung)", every page set the same way,
// and the feet of the last page's columns within one grid line.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "layout/DirectoryColumns.h"
#include "layout/PageMaster.h"
#include "support/Support.h"

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

const std::string kTitle = "Anbieterverzeichnis";
const std::string kContinued = " (Fortsetzung)";

// Fictional companies: 12 × 5 names, none repeated up to 60.
const char* const kFirst[] = {"Amtsbrücke", "Aktenwerk",  "Bürgernah",    "Datenhafen",
                              "Elbkontor",  "Flurblick",  "Gemeindewerk", "Hansekanal",
                              "Kreisdaten", "Lotsenhaus", "Rathausfunk",  "Stadtwerkstatt"};
const char* const kSecond[] = {"Software GmbH", "Systeme AG", "Informatik KG", "Digital eG", "Consult GmbH"};
const char* const kCategories[] = {
    "Bürgerdienste",  "Dokumentenmanagement",   "E-Government",           "Finanzwesen",
    "Geoinformation", "Informationssicherheit", "Öffentliche Sicherheit", "Rechenzentren"};
const char* const kStreets[] = {"Am Kanal", "Lindenallee", "Rathausplatz", "Gartenstraße", "Hafenweg", "Mühlenstieg"};
const char* const kCities[] = {"10115 Berlin",  "20095 Hamburg", "50667 Köln",   "80331 München",
                               "04109 Leipzig", "28195 Bremen",  "01067 Dresden"};
const char* const kSentences[] = {
    "Das Unternehmen betreut seit vielen Jahren Städte und Landkreise in ganz Deutschland.",
    "Zum Angebot gehören Beratung, Einführung und der Betrieb im eigenen Rechenzentrum.",
    "Schulungen für die Sachbearbeitung finden vor Ort oder im Netz statt.",
    "Die Software verbindet Fachverfahren über standardisierte XÖV-Schnittstellen mit den Onlinediensten der Länder.",
    "Kleinere Gemeinden erhalten ein Paket, das ohne eigene Serverräume auskommt.",
    "Ein Team aus Verwaltungsfachleuten begleitet jede Umstellung vom ersten Workshop bis zum Echtbetrieb.",
    "Barrierefreiheit und Datenschutz werden von Anfang an mitgedacht.",
};
const char* const kLogos[] = {"datenbruecke-sued.png", "kartenwerk-nordsee.png", "oekodata-kommunal.png",
                              "regiolotse.png"};

// "Amtsbrücke Software GmbH" → "amtsbrueckesoftwaregmbh"
std::string slug(const std::string& name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
        if (c != 0xC3 || i + 1 == name.size()) continue;
        switch (static_cast<unsigned char>(name[++i])) {
            case 0xA4:
            case 0x84:
                out += "ae";
                break;
            case 0xB6:
            case 0x96:
                out += "oe";
                break;
            case 0xBC:
            case 0x9C:
                out += "ue";
                break;
            case 0x9F:
                out += "ss";
                break;
            default:
                break;
        }
    }
    return out;
}

// An issue that holds only a directory of `count` companies: entries with
// and without street, phone, web, logo and a text of zero to three
// sentences, in eight categories.
fs::path directory_issue(int count) {
    const fs::path dir = test::output_dir("directory-" + std::to_string(count));
    fs::create_directories(dir / "logos");
    for (const char* logo : kLogos)
        fs::copy_file(test::source_dir() / "issues/2020-12/logos" / logo, dir / "logos" / logo);
    std::ofstream(dir / "issue.xml") << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                        "<issue magazine=\"Kommune21\" number=\"12\" year=\"2020\" date=\"2020-12-01\" "
                                        "lang=\"de-DE\" layout=\"kommune21\">\n"
                                        "  <listings title=\""
                                     << kTitle << "\" src=\"listings.xml\"/>\n</issue>\n";
    std::ostringstream xml;
    xml << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<listings>\n";
    for (int i = 0; i < count; ++i) {
        const std::string name = std::string(kFirst[i % 12]) + " " + kSecond[(i / 12) % 5];
        const std::string city = kCities[i % 7];
        xml << "  <company name=\"" << name << "\" category=\"" << kCategories[(i * 3) % 8] << "\"";
        if (i % 5 != 3) xml << " street=\"" << kStreets[i % 6] << " " << (i % 40 + 1) << "\"";
        xml << " postcode=\"" << city.substr(0, 5) << "\" city=\"" << city.substr(6) << "\"";
        if (i % 4 != 2) xml << " phone=\"0" << (300 + i * 7) << " " << (4000 + i * 13) << "-0\"";
        if (i % 3 != 1) xml << " web=\"https://www." << slug(name) << ".example\"";
        if (i % 9 == 4) xml << " logo=\"logos/" << kLogos[(i / 9) % 4] << "\"";
        xml << ">";
        for (int k = 0; k < (i * 7 + 2) % 4; ++k) xml << (k ? " " : "") << kSentences[(i + 2 * k) % 7];
        xml << "</company>\n";
    }
    xml << "</listings>\n";
    std::ofstream(dir / "listings.xml") << xml.str();
    return dir;
}

// One line of a directory page as a reader meets it.
struct DirLine {
    enum Kind { Head, Name, Entry, Logo } kind;
    std::size_t page = 0;  // index into the document
    int column = 0;
    Pt y = 0;  // baseline; a logo's top
    std::string text;
};

struct Column {
    std::size_t page = 0;
    int column = 0;
    bool operator<(const Column& o) const { return page != o.page ? page < o.page : column < o.column; }
};

// The directory's lines in reading order: page, column, top to bottom.
std::vector<DirLine> directory_lines(const test::LaidOut& out) {
    PageMaster master(out.layout.page);
    const Pt head = out.layout.style("directory-category").size;
    const Pt name = out.layout.style("directory-name").size;
    const Pt entry = out.layout.style("directory-entry").size;
    const int columns = out.layout.page.columns;
    std::map<std::tuple<std::size_t, int, long>, DirLine> lines;
    for (std::size_t i = 0; i < out.doc.pages.size(); ++i) {
        const Page& page = out.doc.pages[i];
        if (page.section != kTitle) continue;
        auto column_of = [&](Pt x) {
            int best = 0;
            for (int c = 1; c < columns; ++c)
                if (std::abs(x - master.column_left(page.number, c)) <
                    std::abs(x - master.column_left(page.number, best)))
                    best = c;
            return best;
        };
        for (const FrameItem& item : page.items) {
            if (const auto* image = std::get_if<Image>(&item)) {
                const int c = column_of(image->x);
                lines[{i, c, std::lround(image->y * 100)}] = DirLine{DirLine::Logo, i, c, image->y, image->alt};
                continue;
            }
            const auto* run = std::get_if<GlyphRun>(&item);
            if (!run || run->y < master.area_top() || run->y > master.area_bottom() + 0.01) continue;
            DirLine::Kind kind;
            if (run->size == head)
                kind = DirLine::Head;
            else if (run->size == name)
                kind = DirLine::Name;
            else if (run->size == entry)
                kind = DirLine::Entry;
            else
                continue;  // the page's title
            const int c = column_of(run->x);
            auto [it, added] = lines.try_emplace({i, c, std::lround(run->y * 100)}, DirLine{kind, i, c, run->y, {}});
            it->second.text += run->text;
        }
    }
    std::vector<DirLine> ordered;
    for (auto& [key, line] : lines) ordered.push_back(std::move(line));
    return ordered;
}

// A head or an entry: its lines, which may (wrongly) lie in several columns.
struct Part {
    DirLine::Kind kind;
    std::string text;  // a head's or a name's lines, joined
    std::vector<const DirLine*> lines;
};

// Consecutive head lines form one head (a long one wraps); a logo or a
// name opens an entry, and the lines that follow belong to it.
std::vector<Part> directory_parts(const std::vector<DirLine>& lines, Pt grid) {
    std::vector<Part> parts;
    for (const DirLine& line : lines) {
        const DirLine* previous = parts.empty() ? nullptr : parts.back().lines.back();
        const bool wraps = previous && previous->kind == line.kind && previous->page == line.page &&
                           previous->column == line.column && std::abs(line.y - previous->y - grid) < 0.01;
        const bool after_logo = previous && previous->kind == DirLine::Logo && line.kind == DirLine::Name;
        const bool opens = line.kind == DirLine::Head
                               ? !wraps
                               : line.kind == DirLine::Logo || (line.kind == DirLine::Name && !wraps && !after_logo);
        if (opens || parts.empty())
            parts.push_back(Part{line.kind == DirLine::Head ? DirLine::Head : DirLine::Name, {}, {}});
        Part& part = parts.back();
        if (line.kind == DirLine::Head || line.kind == DirLine::Name)
            part.text += (part.text.empty() || part.text.back() == '-' ? "" : " ") + line.text;
        part.lines.push_back(&line);
    }
    return parts;
}

// The rules of the directory's makeup, checked on `out` for `companies`.
void check_directory(const test::LaidOut& out, const std::vector<std::string>& companies) {
    const Pt grid = out.layout.page.baseline;
    const std::vector<DirLine> lines = directory_lines(out);
    const std::vector<Part> parts = directory_parts(lines, grid);
    REQUIRE_FALSE(lines.empty());

    // Every company once, each entry's lines (logo, name, address, phone,
    // web, text) in one column, and each head's too.
    auto columns_of = [](const Part& part) {
        std::set<Column> columns;
        for (const DirLine* line : part.lines) columns.insert({line->page, line->column});
        return columns;
    };
    std::multiset<std::string> names;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Part& part = parts[i];
        if (part.kind == DirLine::Name) names.insert(part.text);
        INFO("\"" << part.text << "\" lies in " << columns_of(part).size() << " columns");
        CHECK(columns_of(part).size() == 1);
        // Keep with next: a head is never last in its column, its first
        // entry follows it there whole.
        if (part.kind != DirLine::Head) continue;
        REQUIRE(i + 1 < parts.size());
        CHECK(parts[i + 1].kind == DirLine::Name);
        std::set<Column> together = columns_of(part);
        together.merge(columns_of(parts[i + 1]));
        CHECK(together.size() == 1);
    }
    CHECK(names == std::multiset<std::string>(companies.begin(), companies.end()));

    // The columns in reading order, each with its parts.
    std::map<Column, std::vector<const Part*>> by_column;
    for (const Part& part : parts)
        for (const DirLine* line : part.lines) {
            auto& v = by_column[{line->page, line->column}];
            if (v.empty() || v.back() != &part) v.push_back(&part);
        }
    std::string category;  // the one the reader is in
    std::set<std::string> opened;
    auto continues = [](const Part& head) {
        return head.text.size() > kContinued.size() &&
               head.text.compare(head.text.size() - kContinued.size(), kContinued.size(), kContinued) == 0;
    };
    for (const auto& [column, in_column] : by_column) {
        INFO("page " << out.doc.pages[column.page].number << ", column " << column.column + 1);
        // Every column opens with a head: the category's own where it
        // begins, or the one it continues with "(Fortsetzung)".
        const Part& first = *in_column.front();
        const bool opens_category = first.kind == DirLine::Head && !continues(first);
        if (!opens_category) CHECK(first.text == category + kContinued);
        for (const Part* part : in_column) {
            if (part->kind != DirLine::Head || continues(*part)) continue;
            INFO("head \"" << part->text << "\"");
            CHECK(opened.insert(part->text).second);  // no category opens twice
            category = part->text;
        }
    }
    // Feathering opens a gap by one grid line at most: between a part's
    // last line and the next part's first (a logo's first grid line) lie
    // at most two blank lines.
    for (const auto& [column, in_column] : by_column)
        for (std::size_t k = 1; k < in_column.size(); ++k) {
            const DirLine& above = *in_column[k - 1]->lines.back();
            const DirLine& below = *in_column[k]->lines.front();
            const Pt first_baseline = below.kind == DirLine::Logo ? below.y + 0.75 * grid : below.y;
            INFO("between \"" << in_column[k - 1]->text << "\" and \"" << in_column[k]->text << "\"");
            CHECK(first_baseline - above.y <= 3 * grid + 0.01);
        }
    // Each page's columns start on the same line.
    std::map<std::size_t, std::set<long>> tops;
    for (const auto& [column, in_column] : by_column)
        tops[column.page].insert(std::lround(in_column.front()->lines.front()->y * 100));
    for (const auto& [page, ys] : tops) {
        INFO("page " << out.doc.pages[page].number);
        CHECK(ys.size() == 1);
    }
    // The last page's column feet lie within one grid line.
    const std::size_t last_page = by_column.rbegin()->first.page;
    Pt lowest = 0, highest = 1e9;
    for (const auto& [column, in_column] : by_column) {
        if (column.page != last_page) continue;
        const Pt foot = in_column.back()->lines.back()->y;
        lowest = std::max(lowest, foot);
        highest = std::min(highest, foot);
    }
    INFO("feet of the last page from " << highest << " to " << lowest << " pt, grid " << grid);
    CHECK(lowest - highest <= grid + 0.01);
}

}  // namespace

TEST_CASE("directory makeup with 1, 2, 19 and 60 companies", "[layout][directory]") {
    const int count = GENERATE(1, 2, 19, 60);
    INFO(count << " companies");
    const test::LaidOut out = test::lay_out_fixture(directory_issue(count));
    REQUIRE(out.issue.listings);
    std::vector<std::string> names;
    for (const Company& c : out.issue.listings->companies) names.push_back(c.name);
    REQUIRE(names.size() == static_cast<std::size_t>(count));
    check_directory(out, names);
    std::size_t pages = 0;
    for (const Page& page : out.doc.pages) pages += page.section == kTitle;
    if (count == 60) CHECK(pages >= 2);  // the rules hold across pages too
}

TEST_CASE("a category too long for a column of the directory is an error naming it", "[layout][directory]") {
    const fs::path dir = directory_issue(3);
    std::string listings = test::read_file(dir / "listings.xml");
    std::string category;
    for (int i = 0; i < 60; ++i) category += "Verwaltungsdigitalisierung ";
    category += "Ende";
    const std::string first = "category=\"" + std::string(kCategories[0]) + "\"";
    listings.replace(listings.find(first), first.size(), "category=\"" + category + "\"");
    std::ofstream(dir / "listings.xml") << listings;
    const auto result = test::heftsatz("build '" + dir.string() + "' -o '" + (dir / "out.pdf").string() + "'");
    INFO(result.out);
    CHECK(result.exit_code == 2);
    CHECK(result.out.find("listings.xml:3:") != std::string::npos);
    CHECK(result.out.find("error: the category \"Verwaltungsdigitalisierung") != std::string::npos);
    CHECK(result.out.find("is too long for a column of the directory") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.pdf"));
}

TEST_CASE("the sample's directory keeps the makeup rules", "[layout][directory]") {
    const test::LaidOut out = test::lay_out_fixture(test::source_dir() / "issues/2020-12");
    REQUIRE(out.issue.listings);
    std::vector<std::string> names;
    for (const Company& c : out.issue.listings->companies) names.push_back(c.name);
    check_directory(out, names);
}

namespace {

// The feet of `columns` (grid lines below each column's first line).
std::vector<int> feet(const std::vector<DirectoryUnit>& units, const std::vector<DirectoryColumn>& columns) {
    std::vector<int> out;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const std::size_t begin = columns[c].first_unit;
        const std::size_t end = c + 1 < columns.size() ? columns[c + 1].first_unit : units.size();
        int lines = units[begin].top + units[begin].height + columns[c].feathering;
        for (std::size_t k = begin + 1; k < end; ++k) lines += units[k].lead + units[k].height;
        out.push_back(lines);
    }
    return out;
}

// Entries of 2 to 12 lines in categories of 1 to 6 entries.
std::vector<DirectoryUnit> units_of(int count) {
    std::vector<DirectoryUnit> units;
    for (int i = 0; i < count; ++i) {
        const bool opens = i == 0 || (i * 5) % 6 == 1;
        units.push_back({2 + (i * 7) % 11, opens ? 3 : 1, 2, opens});
    }
    return units;
}

}  // namespace

TEST_CASE("directory columns: two entries of different length stand in one column", "[layout][directory]") {
    const std::vector<DirectoryUnit> units{{10, 3, 2, true}, {6, 1, 2, false}};
    const auto columns = break_directory_columns(units, {3, 61, 64});
    REQUIRE(columns.size() == 1);
    CHECK(feet(units, columns) == std::vector<int>{19});
}

TEST_CASE("directory columns: full pages reach their foot, the last page's feet lie within one line",
          "[layout][directory]") {
    for (int count : {5, 12, 19, 40, 60, 150}) {
        INFO(count << " entries");
        const std::vector<DirectoryUnit> units = units_of(count);
        const DirectoryColumnSpace space{3, 55, 64};
        const auto columns = break_directory_columns(units, space);
        const std::vector<int> f = feet(units, columns);
        const std::size_t last_page = (columns.size() - 1) / 3 * 3;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            INFO("column " << c + 1);
            const std::size_t end = c + 1 < columns.size() ? columns[c + 1].first_unit : units.size();
            const int gaps = static_cast<int>(end - columns[c].first_unit) - 1;
            const int cap = c < 3 ? space.first_page_lines : space.page_lines;
            CHECK(columns[c].feathering <= gaps);
            CHECK(f[c] <= cap);
            // A full page's column is opened up to within one line of its
            // foot, or in every gap where that is not enough.
            if (c < last_page) CHECK((f[c] >= cap - 1 || columns[c].feathering == gaps));
        }
        const auto [low, high] = std::minmax_element(f.begin() + static_cast<std::ptrdiff_t>(last_page), f.end());
        CHECK(*high - *low <= 1);
    }
}
