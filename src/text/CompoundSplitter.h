// German compounds: where their parts meet ("Bürger|service|portal").
//
// Two rules need the joints. A compound should break at a joint rather than
// inside a part ("Bürger-serviceportal", not "Bürgerser-viceportal"), and no
// ligature may cross a joint (Duden: "Auf|lage", "Schilf|insel" are set
// without fl and fi). The hyphenation patterns know where a word may break,
// not which of those places is a joint, so the joints are found with
// Hunspell's German dictionary (igerman98, data/hunspell/).
//
// Method. The candidates are the word's hyphenation points (a joint is
// practically always one). Of the ways to cut the word at candidates into
// parts that Hunspell accepts, the one with the most parts is taken, so that
// lexicalised words the dictionary lists whole ("Auflage", "Auffindbarkeit")
// are still split for the ligature rule. A part is accepted
//   - as written, capitalised or lower-cased ("service" → "Service"), unless
//     it is an article or another word listed in kNoParts;
//   - if it is not the last part, also without a linking element
//     ("Informations" → "Information": Hunspell rejects Fugen forms on their
//     own) or with an e it lacks ("Schul" → "Schule");
//   - if it is the last part, also as a derivation in -keit/-heit of a word
//     Hunspell accepts ("losigkeit" → "los"); the last part of a word that
//     begins lower-case must be accepted as written ("schema|tisch" is no
//     split: an adjective does not end in a noun).
// Every part has at least kMinPart letters. Hunspell's analyze() is not used:
// it lists only some of the parts ("pa:sicherheits pa:beauftragte" for
// "Informationssicherheitsbeauftragte").
//
// Cost (bench/compound_cost.cpp, Release, the shared 2-core machine): over
// the 2,479 distinct words of the sample issue's articles, with fresh caches,
// joints() asks Hunspell 6,858 times (2.8 per word) and takes about 8 µs
// per distinct word (20 ms in all; 7.8 to 8.3 µs in 6 runs), most of it
// inside Hunspell. That is with Hunspell's own compounding switched off in
// data/hunspell/de_DE.aff: it tried to build every rejected part as a
// compound, and the same took 20 µs per word (README.md there has what it
// changes: 4 of 7,722 words). Loading the dictionary takes 30 to 40 ms. A
// repeated word costs one hash lookup.
//
// Known limits: parts the 2016 dictionary lacks ("Cloud|lösung"), last
// parts that are compounds it does not list ("Landes|kriminalamts"), and
// three-letter parts that need an e ("End|gerät") are not found; a few
// syllables that happen to be words make false joints ("Audi|toren",
// "zuge|ordnet", "bean|tragen", "Tau|sende"): about ten of the 694 words of
// the sample that get joints.
#pragma once

#include "base/Result.h"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace heftsatz {

class CompoundSplitter {
public:
    // Two-letter "parts" are mostly particles and prefixes that would split
    // words that are no compounds: "In|formation", "Er|folg", "Ab|teilung",
    // "Be|reich". The few two-letter nouns (Öl, Ei) are given up; their joints
    // never carry an f-ligature.
    static constexpr int kMinPart = 3;
    // The longest word that is split: "Rindfleischetikettierungsüberwachungs-
    // aufgabenübertragungsgesetz" has 63 letters.
    static constexpr int kMaxLetters = 64;

    // Loads `dic` and the .aff file beside it (Hunspell's pair of files).
    static Result<CompoundSplitter> load(const std::filesystem::path& dic);
    // The copy in the source tree, or the installed one
    // (base/ProgramData.h).
    static std::filesystem::path default_dictionary();

    // Byte offsets inside `word` (letters only) at which two parts of a
    // compound meet, ascending; a subset of `candidates` (the word's
    // hyphenation points, Hyphenator::points). Empty if the word is no
    // compound or a part is unknown to the dictionary. The reference stays
    // valid as long as this CompoundSplitter.
    const std::vector<std::size_t>& joints(std::string_view word, const std::vector<std::size_t>& candidates);

    // "Bürger|service|portal": the word with every joint marked, for tests.
    std::string marked(std::string_view word, const std::vector<std::size_t>& candidates,
                       std::string_view mark = "|");

    // Calls into Hunspell made by this copy (answers no copy had asked for), for the benchmark.
    std::size_t spell_calls() const { return spell_calls_; }

private:
    // Loading the dictionary takes about 30 ms, so copies share it (each copy
    // keeps its own caches, for one thread). Hunspell keeps scratch state in
    // the object and is not thread-safe, so calls are serialised; the caches
    // make them rare.
    struct Dictionary;
    explicit CompoundSplitter(std::shared_ptr<Dictionary> dictionary) : dictionary_(std::move(dictionary)) {}

    enum class Role { Inner, Last, LastOfLowerCase };
    bool accepts(std::string_view part, Role role);
    bool known(const std::string& form, bool any_case);  // as written, or also capitalised/lower-case
    bool spell(const std::string& form);     // one Hunspell answer, cached

    std::shared_ptr<Dictionary> dictionary_;
    // Parts repeat far more often than words ("Verwaltungs", "portal"), so
    // the answers are kept per part, not only per word (and Hunspell's per
    // spelled form, shared by all copies: Dictionary).
    std::unordered_map<std::string, std::vector<std::size_t>> word_cache_;
    std::unordered_map<std::string, bool> part_cache_;
    std::size_t spell_calls_ = 0;
};

}  // namespace heftsatz
