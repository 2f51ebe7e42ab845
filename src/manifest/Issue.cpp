#include "manifest/Issue.h"

namespace heftsatz {

bool Block::empty() const {
    if (figure || !children.empty()) return false;
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
    static const char* const months[] = {"Januar", "Februar", "März",     "April",   "Mai",      "Juni",
                                         "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    const std::string month = number >= 1 && number <= 12 ? months[number - 1] : "";
    return month + " " + std::to_string(year);
}

std::vector<const Article*> Issue::articles() const {
    std::vector<const Article*> out;
    for (const Section& s : sections)
        for (const Article& a : s.articles) out.push_back(&a);
    return out;
}

}  // namespace heftsatz
