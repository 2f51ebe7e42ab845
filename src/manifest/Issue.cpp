#include "manifest/Issue.h"

namespace heftsatz {

bool Block::empty() const {
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

}  // namespace heftsatz
