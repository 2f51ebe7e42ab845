#include "text/Lexicon.h"

#include "base/CaughtSignals.h"

#include <future>

namespace heftsatz {

Result<Lexicon> Lexicon::load() {
    // async | deferred: when no thread can be started (a memory or process
    // limit), libstdc++ loads the dictionary in get() instead of throwing.
    auto compounds = start_without_signals([] {
        return std::async(std::launch::async | std::launch::deferred,
                          [] { return CompoundSplitter::load(CompoundSplitter::default_dictionary()); });
    });
    auto hyphenator = Hyphenator::load(Hyphenator::default_dictionary());
    auto splitter = compounds.get();
    if (!hyphenator) return hyphenator.failure();
    if (!splitter) return splitter.failure();
    return Lexicon{std::move(*hyphenator), std::move(*splitter)};
}

}  // namespace heftsatz
