// What finding compound joints costs: every distinct word of the sample
// issue's articles goes once through CompoundSplitter::joints (fresh caches,
// as at the start of a build), after Hyphenator::points has given its
// candidates. Prints the Hunspell calls and the time per distinct word.
//
//   build/bench/compound_cost            cost over the sample issue
//   build/bench/compound_cost --list     ... and every word with its joints
//   build/bench/compound_cost WORD ...   the joints of these words only
#include "text/CompoundSplitter.h"
#include "text/Hyphenator.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

namespace fs = std::filesystem;
using namespace heftsatz;

namespace {

// The words (runs of letters) of an article file, tags and entities left out.
void collect_words(const std::string& xml, std::vector<std::string>& words, std::unordered_set<std::string>& seen) {
    std::string text;
    bool in_tag = false, in_entity = false;
    for (char c : xml) {
        if (c == '<') in_tag = true;
        if (c == '&') in_entity = true;
        text.push_back(in_tag || in_entity ? ' ' : c);
        if (c == '>') in_tag = false;
        if (c == ';') in_entity = false;
    }
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(text.size());
    std::string word;
    while (i < n) {
        int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(text.data(), i, n, c);
        if (c > 0 && u_isalpha(c)) {
            word.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
            continue;
        }
        if (!word.empty() && seen.insert(word).second) words.push_back(word);
        word.clear();
    }
    if (!word.empty() && seen.insert(word).second) words.push_back(word);
}

}  // namespace

int main(int argc, char** argv) {
    const bool list = argc > 1 && std::string(argv[1]) == "--list";
    if (argc > 1 && !list) {
        Hyphenator hyphenator = Hyphenator::load(Hyphenator::default_dictionary()).take();
        CompoundSplitter splitter = CompoundSplitter::load(CompoundSplitter::default_dictionary()).take();
        for (int i = 1; i < argc; ++i)
            std::cout << hyphenator.marked(argv[i]) << "  →  " << splitter.marked(argv[i], hyphenator.points(argv[i]))
                      << "\n";
        return 0;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(HEFTSATZ_SOURCE_DIR) / "issues/2020-12/articles"))
        if (entry.path().extension() == ".xml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> words;
    std::unordered_set<std::string> seen;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        collect_words(buffer.str(), words, seen);
    }

    Hyphenator hyphenator = Hyphenator::load(Hyphenator::default_dictionary()).take();
    std::vector<std::vector<std::size_t>> candidates;
    for (const auto& w : words) candidates.push_back(hyphenator.points(w));

    auto t0 = std::chrono::steady_clock::now();
    CompoundSplitter splitter = CompoundSplitter::load(CompoundSplitter::default_dictionary()).take();
    auto t1 = std::chrono::steady_clock::now();
    std::size_t compounds = 0;
    for (std::size_t i = 0; i < words.size(); ++i) compounds += !splitter.joints(words[i], candidates[i]).empty();
    auto t2 = std::chrono::steady_clock::now();

    if (list)
        for (std::size_t i = 0; i < words.size(); ++i)
            if (!splitter.joints(words[i], candidates[i]).empty())
                std::cout << splitter.marked(words[i], candidates[i]) << "\n";
    const double load_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
    const double us = std::chrono::duration<double, std::micro>(t2 - t1).count();
    std::printf("%zu article files, %zu distinct words, %zu with joints\n", files.size(), words.size(), compounds);
    std::printf("dictionary load %.1f ms\n", load_ms);
    std::printf("joints(): %.0f us in all, %.1f us per distinct word; %zu Hunspell calls (%.2f per word)\n", us,
                us / static_cast<double>(words.size()), splitter.spell_calls(),
                static_cast<double>(splitter.spell_calls()) / static_cast<double>(words.size()));
}
