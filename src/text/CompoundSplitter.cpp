#include "text/CompoundSplitter.h"

#include "base/ProgramData.h"
#include "text/Utf8.h"

#include <hunspell.hxx>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/unistr.h>

#include <mutex>

namespace heftsatz {

// Hunspell's answers are kept with the dictionary, for all copies: the
// threads ask about the same words, and every call needs the lock anyway.
struct CompoundSplitter::Dictionary {
    std::unique_ptr<Hunspell> hunspell;
    std::mutex mutex;
    std::unordered_map<std::string, bool> answers;  // guarded by mutex
};

namespace {

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

UChar32 first_letter(std::string_view s) {
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    return c;
}

int letters(std::string_view s) {
    int n = 0;
    for (char c : s) n += !is_continuation(c);
    return n;
}

// Linking elements (Fugenelemente) an inner part may end with; Hunspell
// accepts "Informations", "Verwaltungs" only inside a compound it builds
// itself, so they are stripped before asking.
constexpr std::string_view kLinkingElements[] = {"es", "s", "en", "n", "er", "e"};

// Words Hunspell accepts that are never a part of a compound, while as
// letters they end many inflected words: the articles ("kommen|den",
// "Gel|der", "wie|der"), "gen" ("Leistun|gen", "Gele|genheit"), "Ren"
// (reindeer: "weite|ren"), "bin" ("Ein|bin|dung"), "wer" ("wer|den") and
// "Rinnen" (gutters), which the feminine "-erinnen" hyphenated as
// "Nutze-rin-nen" would otherwise yield. Lower-case.
constexpr std::string_view kNoParts[] = {"der", "die", "das", "den", "dem", "des", "gen", "ren", "bin", "wer", "rinnen"};

// Derivations a last part may be that the dictionary does not list although
// it lists their base ("findbarkeit" ← "findbar", "losigkeit" ← "los").
constexpr std::string_view kDerivations[] = {"igkeit", "keit", "heit", "igkeiten", "keiten", "heiten"};

}  // namespace

std::filesystem::path CompoundSplitter::default_dictionary() { return ProgramData::get().hunspell; }

Result<CompoundSplitter> CompoundSplitter::load(const std::filesystem::path& dic) {
    std::filesystem::path aff = dic;
    aff.replace_extension(".aff");
    // Hunspell reports a missing file only on stderr (and only when built
    // with warnings), then knows no words; so look first.
    for (const auto& file : {dic, aff})
        if (!std::filesystem::is_regular_file(file))
            return error("cannot read the Hunspell dictionary",
                         "reinstall heftsatz (its data folder holds hunspell/de_DE.dic and .aff), or restore "
                         "data/hunspell/ in the source tree (see its README.md)")
                .at({file.string(), 0, 0});
    auto dictionary = std::make_shared<Dictionary>();
    dictionary->hunspell = std::make_unique<Hunspell>(aff.string().c_str(), dic.string().c_str());
    // Words are passed as UTF-8; a dictionary in another encoding would
    // reject every word with an umlaut.
    if (dictionary->hunspell->get_dict_encoding() != "UTF-8")
        return error("the Hunspell dictionary is not UTF-8 (SET UTF-8 in the .aff file)").at({aff.string(), 0, 0});
    if (!dictionary->hunspell->spell(std::string("Haus")))
        return error("the Hunspell dictionary does not know German words", "use de_DE from igerman98")
            .at({dic.string(), 0, 0});
    return CompoundSplitter(std::move(dictionary));
}

bool CompoundSplitter::spell(const std::string& form) {
    std::lock_guard<std::mutex> lock(dictionary_->mutex);
    auto [it, added] = dictionary_->answers.try_emplace(form, false);
    if (added) {
        it->second = dictionary_->hunspell->spell(form);
        ++spell_calls_;
    }
    return it->second;
}

bool CompoundSplitter::known(const std::string& form, bool any_case) {
    icu::UnicodeString original = icu::UnicodeString::fromUTF8(form);
    icu::UnicodeString lower(original);
    lower.toLower(icu::Locale::getGerman());
    std::string lower_utf8;
    lower.toUTF8String(lower_utf8);
    for (std::string_view no : kNoParts)
        if (lower_utf8 == no) return false;
    if (spell(form)) return true;
    if (!any_case) return false;
    // Inside a compound a noun is lower-case ("service") and the first part
    // of a capitalised word may be a verb or adjective ("Breit"); Hunspell
    // is case-sensitive for German, so ask for both casings.
    icu::UnicodeString capital(lower);
    const int32_t first = capital.moveIndex32(0, 1);
    capital.replace(0, first, icu::UnicodeString(lower, 0, first).toUpper(icu::Locale::getGerman()));
    std::string capital_utf8;
    capital.toUTF8String(capital_utf8);
    return (capital_utf8 != form && spell(capital_utf8)) || (lower_utf8 != form && spell(lower_utf8));
}

bool CompoundSplitter::accepts(std::string_view part, Role role) {
    std::string key(1, static_cast<char>('0' + static_cast<int>(role)));
    key.append(part);
    if (auto it = part_cache_.find(key); it != part_cache_.end()) return it->second;

    const std::string text(part);
    // A word that begins lower-case is no noun, and its last part decides
    // its word class: "schematisch" does not end in "Tisch", "wichtiger" not
    // in "Tiger". A capitalised word may be a noun or stand first in a
    // sentence, so it proves nothing.
    const bool any_case = role != Role::LastOfLowerCase;
    auto known_without = [&](const auto& endings) {
        for (std::string_view ending : endings) {
            if (text.size() <= ending.size() || !text.ends_with(ending)) continue;
            std::string stem = text.substr(0, text.size() - ending.size());
            if (letters(stem) >= kMinPart && known(stem, any_case)) return true;
        }
        return false;
    };
    bool ok = known(text, any_case);
    if (!ok && role == Role::Inner) {
        ok = known_without(kLinkingElements);
        // An e the part lacks: dropped from a noun ("Schul|träger" ← "Schule",
        // "Sach|bearbeiter" ← "Sache") or a verb stem ("Ansprech|partner" ←
        // "anspreche"). Not for three letters, where it finds "Por|tal" ←
        // "Pore" and "Ent|wicklung" ← "Ente".
        if (!ok && letters(text) > kMinPart) ok = known(text + "e", true);
    }
    if (!ok && role != Role::Inner) ok = known_without(kDerivations);
    part_cache_.emplace(std::move(key), ok);
    return ok;
}

const std::vector<std::size_t>& CompoundSplitter::joints(std::string_view word,
                                                         const std::vector<std::size_t>& candidates) {
    // The candidates belong to the key: a caller with other candidates for
    // the same word gets its own answer.
    std::string key(word);
    key.push_back('\0');
    for (std::size_t c : candidates) key.append(std::to_string(c)).push_back(',');
    if (auto it = word_cache_.find(key); it != word_cache_.end()) return it->second;
    // A word longer than any compound a reader takes apart ("Donaudampf…"
    // games, a 600-letter test string) gets no joints: asking Hunspell about
    // its pairs of candidates would take seconds.
    if (letters(word) > kMaxLetters) return word_cache_.emplace(std::move(key), std::vector<std::size_t>{}).first->second;

    // Cut positions: the word's ends and every usable candidate.
    std::vector<std::size_t> cuts{0};
    for (std::size_t c : candidates)
        if (c > cuts.back() && c < word.size() && !is_continuation(word[c])) cuts.push_back(c);
    cuts.push_back(word.size());

    const std::size_t end = cuts.size() - 1;
    const Role last = u_islower(first_letter(word)) ? Role::LastOfLowerCase : Role::Last;
    // Every split ends in a last part, so those are asked about first: most
    // words that are no compounds have none and cost one question per
    // candidate instead of one per pair of candidates.
    std::vector<bool> last_part_from(cuts.size(), false);
    std::size_t latest = 0;  // the last cut a last part starts at; 0: none
    for (std::size_t i = 1; i < end; ++i) {
        std::string_view part = word.substr(cuts[i]);
        if (letters(part) >= kMinPart && accepts(part, last)) last_part_from[i] = true, latest = i;
    }

    // Dynamic programme over the cuts: best[j] is the split of word[0,
    // cuts[j]) into the most parts, all accepted as inner parts. Ties go to
    // the first found: the longest last part, then the longest part before.
    struct Best {
        int parts = -1;  // -1: this prefix cannot be split
        std::size_t from = 0;
    };
    std::vector<Best> best(cuts.size());
    best[0].parts = 0;
    for (std::size_t j = 1; j <= latest; ++j) {
        for (std::size_t i = 0; i < j; ++i) {
            if (best[i].parts < 0 || best[i].parts + 1 <= best[j].parts) continue;
            std::string_view part = word.substr(cuts[i], cuts[j] - cuts[i]);
            if (letters(part) >= kMinPart && accepts(part, Role::Inner)) best[j] = {best[i].parts + 1, i};
        }
    }
    Best whole;
    for (std::size_t j = 1; j <= latest; ++j)
        if (last_part_from[j] && best[j].parts >= 1 && best[j].parts + 1 > whole.parts) whole = {best[j].parts + 1, j};

    std::vector<std::size_t> result;
    if (whole.parts >= 2)
        for (std::size_t j = whole.from; j > 0; j = best[j].from) result.insert(result.begin(), cuts[j]);
    return word_cache_.emplace(std::move(key), std::move(result)).first->second;
}

std::string CompoundSplitter::marked(std::string_view word, const std::vector<std::size_t>& candidates,
                                     std::string_view mark) {
    return marked_at(word, joints(word, candidates), mark);
}

}  // namespace heftsatz
