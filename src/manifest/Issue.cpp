#include "manifest/Issue.h"

#include "base/FileNamePart.h"
#include "base/GermanMonths.h"

#include <cstdio>

namespace heftsatz {

bool Block::empty() const {
    if (figure || !children.empty() || !attribution.empty()) return false;
    for (const auto& i : inlines)
        if (i.text.find_first_not_of(' ') != std::string::npos) return false;
    return true;
}

std::string Block::plain_text() const {
    std::string out;
    for (const auto& i : inlines) out += i.text;
    return out;
}

std::string Issue::edition() const {
    return "Ausgabe " + std::to_string(number) + "/" + std::to_string(year);
}

std::string Issue::month_and_year() const {
    return german_month(number) + " " + std::to_string(year);
}

std::string Issue::file_stem() const {
    char numbers[32];
    // Year and number are whole numbers already; a negative one keeps its
    // minus sign, which is harmless in a file name.
    std::snprintf(numbers, sizeof numbers, "-%04d-%02d", year, number);
    return file_name_part(magazine) + numbers;
}

Issue Issue::offprint_of(const Section& section, const Article& article) const {
    // The issue's facts only: copying its sections, listings and ads to drop
    // them took 3 % of an archived issue's time (34 offprints).
    Issue one;
    one.folder = folder;
    one.manifest = manifest;
    one.where = where;
    one.magazine = magazine;
    one.number = number;
    one.year = year;
    one.date = date;
    one.lang = lang;
    one.layout = layout;
    one.offprint = true;
    Section alone;
    alone.title = section.title;
    alone.where = section.where;
    alone.articles = {article};
    alone.articles.front().pages_in_place = 0;
    one.sections = {std::move(alone)};
    return one;
}

std::vector<const Article*> Issue::articles() const {
    std::vector<const Article*> out;
    for (const Section& s : sections)
        for (const Article& a : s.articles) out.push_back(&a);
    return out;
}

namespace {

void add_figures(const std::vector<Block>& blocks, std::vector<std::filesystem::path>& out) {
    for (const Block& b : blocks) {
        if (b.figure) out.push_back(b.figure->image);
        add_figures(b.children, out);
    }
}

void add_article(const Article& a, std::vector<std::filesystem::path>& out) {
    out.emplace_back(a.where.file);
    add_figures(a.body, out);
}

}  // namespace

std::vector<std::filesystem::path> Issue::inputs() const {
    std::vector<std::filesystem::path> out{manifest};
    if (cover) out.push_back(cover->image);
    if (editorial) add_article(*editorial, out);
    if (imprint && !imprint->where.file.empty()) out.emplace_back(imprint->where.file);
    for (const Section& s : sections) {
        for (const Article& a : s.articles) add_article(a, out);
        for (const auto& [position, ad] : s.ads) out.push_back(ad.file);
    }
    if (listings) {
        if (!listings->where.file.empty()) out.emplace_back(listings->where.file);
        for (const Company& c : listings->companies)
            if (!c.logo.empty()) out.push_back(c.logo);
    }
    for (const Ad& ad : closing_ads) out.push_back(ad.file);
    for (const Ad& ad : house_ads) out.push_back(ad.file);
    return out;
}

}  // namespace heftsatz
