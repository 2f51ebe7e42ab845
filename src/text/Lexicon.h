// What the text stage knows about German words: where they may break
// (hyphenation patterns) and where their parts meet (the compound
// dictionary). Loading both takes longer than setting a short issue, so they
// are loaded once, in parallel, and copied into each worker; copies share
// the loaded data and keep their own caches.
#pragma once

#include "base/Result.h"
#include "text/CompoundSplitter.h"
#include "text/Hyphenator.h"

namespace heftsatz {

struct Lexicon {
    Hyphenator hyphenator;
    CompoundSplitter compounds;

    // The dictionaries built with or shipped beside heftsatz.
    static Result<Lexicon> load();
};

}  // namespace heftsatz
