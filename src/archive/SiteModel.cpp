#include "archive/SiteModel.h"

#include "base/FileNamePart.h"
#include "base/GermanMonths.h"

#include <algorithm>
#include <cstdio>

namespace heftsatz {

SiteModel::SiteModel(std::vector<IssueRecord> records, SiteOptions options)
    : issues_(std::move(records)), options_(std::move(options)) {
    std::sort(issues_.begin(), issues_.end(), [](const IssueRecord& a, const IssueRecord& b) {
        return a.date != b.date ? a.date > b.date : a.id > b.id;
    });
}

std::vector<std::string> SiteModel::section_titles() const {
    std::vector<std::string> out;
    for (const IssueRecord& issue : issues_)
        for (const SectionRecord& s : issue.sections)
            if (!s.title.empty() && std::find(out.begin(), out.end(), s.title) == out.end()) out.push_back(s.title);
    return out;
}

std::vector<ArticleRef> SiteModel::section_articles(const std::string& title) const {
    std::vector<ArticleRef> out;
    for (const IssueRecord& issue : issues_)
        for (const SectionRecord& s : issue.sections)
            if (s.title == title)
                for (const ArticleRecord& a : s.articles) out.push_back(ArticleRef{&issue, &s, &a});
    // Newest first; within a day, as the issues and their pages have them.
    std::stable_sort(out.begin(), out.end(),
                     [](const ArticleRef& a, const ArticleRef& b) { return a.article->date > b.article->date; });
    return out;
}

std::string article_path(const IssueRecord& issue, const ArticleRecord& article) {
    return issue.id + "/" + file_name_part(article.id) + ".html";
}

std::string print_path(const IssueRecord& issue, const ArticleRecord& article) {
    return issue.id + "/" + file_name_part(article.id) + "-druck.html";
}

std::string section_path(const std::string& title) { return "rubrik/" + file_name_part(title) + ".html"; }

namespace {

struct Ymd {
    int year = 0, month = 0, day = 0;
};

bool parse(const std::string& iso, Ymd& d) {
    return std::sscanf(iso.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) == 3 && d.month >= 1 && d.month <= 12;
}

}  // namespace

std::string german_date(const std::string& iso) {
    Ymd d;
    if (!parse(iso, d)) return iso;
    return std::to_string(d.day) + "." + std::to_string(d.month) + "." + std::to_string(d.year);
}

std::string german_long_date(const std::string& iso) {
    Ymd d;
    if (!parse(iso, d)) return iso;
    return std::to_string(d.day) + ". " + german_month(d.month) + " " + std::to_string(d.year);
}

std::string german_size(std::uintmax_t bytes) {
    char text[32];
    if (bytes < 1000 * 1024) {
        std::snprintf(text, sizeof text, "%.0f\u00A0KB", static_cast<double>(bytes) / 1024.0);
    } else {
        std::snprintf(text, sizeof text, "%.1f\u00A0MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
        for (char* c = text; *c; ++c)
            if (*c == '.') *c = ',';
    }
    return text;
}

}  // namespace heftsatz
