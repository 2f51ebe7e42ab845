// Results kept by a key made of everything they were made from, shared by
// threads, for a later run of the same work (layout/ParagraphCache.h,
// pdf/ImageCache.h). What a run did not use is forgotten before the next
// (drop_unused), so a long `watch` holds about one issue's worth.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace heftsatz {

template <class Value>
class ContentCache {
public:
    std::shared_ptr<const Value> find(const std::string& key) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = kept_.find(key);
        if (it == kept_.end()) return nullptr;
        it->second.used = true;
        return it->second.value;
    }

    void add(const std::string& key, std::shared_ptr<const Value> value) {
        std::lock_guard<std::mutex> lock(mutex_);
        kept_.insert_or_assign(key, Kept{std::move(value), true});
    }

    // Between runs: forgets what was not found or added since the last call.
    void drop_unused() {
        std::lock_guard<std::mutex> lock(mutex_);
        for (auto it = kept_.begin(); it != kept_.end();) {
            if (!it->second.used) {
                it = kept_.erase(it);
            } else {
                it->second.used = false;
                ++it;
            }
        }
    }

    std::size_t size() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return kept_.size();
    }

private:
    struct Kept {
        std::shared_ptr<const Value> value;
        bool used = true;
    };
    mutable std::mutex mutex_;
    std::unordered_map<std::string, Kept> kept_;
};

}  // namespace heftsatz
