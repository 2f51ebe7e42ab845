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

std::shared_ptr<const ParagraphCache::Entry> ParagraphCache::find(const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return nullptr;
    it->second.used = true;
    return it->second.entry;
}

void ParagraphCache::add(const std::string& key, std::shared_ptr<const Entry> entry) {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.insert_or_assign(key, Kept{std::move(entry), true});
}

void ParagraphCache::drop_unused() {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = entries_.begin(); it != entries_.end();) {
        if (!it->second.used) {
            it = entries_.erase(it);
        } else {
            it->second.used = false;
            ++it;
        }
    }
}

std::size_t ParagraphCache::size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return entries_.size();
}

}  // namespace heftsatz
