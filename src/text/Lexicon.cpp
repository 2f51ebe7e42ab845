#include "text/Lexicon.h"

#include <future>

namespace heftsatz {

Result<Lexicon> Lexicon::load() {
    auto compounds = std::async(std::launch::async, [] { return CompoundSplitter::load(CompoundSplitter::default_dictionary()); });
    auto hyphenator = Hyphenator::load(Hyphenator::default_dictionary());
    auto splitter = compounds.get();
    if (!hyphenator) return hyphenator.failure();
    if (!splitter) return splitter.failure();
    return Lexicon{std::move(*hyphenator), std::move(*splitter)};
}

}  // namespace heftsatz
