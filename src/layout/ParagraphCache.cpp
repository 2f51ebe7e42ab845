#include "layout/ParagraphCache.h"

#include <cstring>

namespace heftsatz {

namespace {

template <class T>
void put(std::string& out, const T& value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

void put_text(std::string& out, const std::string& text) {
    put(out, text.size());
    out += text;
}

}  // namespace

std::string ParagraphCache::key_of(const ParagraphInput& input) {
    std::string key;
    put(key, input.styles.size());
    for (const TextStyle& s : input.styles) {
        put(key, reinterpret_cast<std::uintptr_t>(s.font));
        put(key, s.size);
        put(key, s.color.r);
        put(key, s.color.g);
        put(key, s.color.b);
        put_text(key, s.href);
        put_text(key, s.lang);
    }
    put(key, input.runs.size());
    for (const ParagraphInput::Run& run : input.runs) {
        put(key, run.style);
        put_text(key, run.text);
    }
    put(key, static_cast<int>(input.align));
    put(key, input.hyphenate);
    put(key, input.first_indent);
    put(key, input.measure);
    return key;
}

}  // namespace heftsatz
