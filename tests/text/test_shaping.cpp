// Shaping with HarfBuzz: kerning and standard ligatures, in both font
// formats, ligatures copied back as their letters from the PDF, and no
// ligature across the joint of a compound.
#include "support/Support.h"
#include "text/Text.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace heftsatz;

namespace {
std::unique_ptr<Font> load(const char* file) {
    return Font::load(test::source_dir() / "fonts" / file).take();
}

// Glyphs that stand for more than one character of the text. Characters,
// not bytes: "ß" and "ä" are two bytes each in UTF-8.
int ligatures(const std::vector<Glyph>& glyphs, const std::string& text) {
    int count = 0;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        std::size_t end = i + 1 < glyphs.size() ? glyphs[i + 1].cluster : text.size();
        int characters = 0;
        for (std::size_t k = glyphs[i].cluster; k < end && k < text.size(); ++k)
            characters += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
        count += characters > 1;
    }
    return count;
}

// The text the glyphs copy back as: each cluster's letters once, in glyph
// order (a ligature as all its letters, as the PDF's ToUnicode map has it).
// Equal to the text when no letter is lost, doubled or moved.
std::string copied_text(const std::vector<Glyph>& glyphs, const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        if (i > 0 && glyphs[i].cluster == glyphs[i - 1].cluster) continue;
        std::size_t end = text.size();
        for (std::size_t k = i + 1; k < glyphs.size(); ++k)
            if (glyphs[k].cluster != glyphs[i].cluster) {
                end = glyphs[k].cluster;
                break;
            }
        if (glyphs[i].cluster <= end && end <= text.size()) out += text.substr(glyphs[i].cluster, end - glyphs[i].cluster);
    }
    return out;
}

// Whether one glyph stands for letters on both sides of `joint`.
bool spans(const std::vector<Glyph>& glyphs, std::size_t text_size, std::size_t joint) {
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        std::size_t end = i + 1 < glyphs.size() ? glyphs[i + 1].cluster : text_size;
        if (glyphs[i].cluster < joint && joint < end) return true;
    }
    return false;
}

// Joints as ParagraphBuilder finds them: hyphenation points as candidates.
std::vector<std::size_t> joints_of(const std::string& word) {
    static Hyphenator hyphenator = Hyphenator::load(Hyphenator::default_dictionary()).take();
    static CompoundSplitter splitter = CompoundSplitter::load(CompoundSplitter::default_dictionary()).take();
    return splitter.joints(word, hyphenator.points(word));
}
}  // namespace

TEST_CASE("fonts of both outline formats load", "[text][shaping]") {
    auto serif = load("NotoSerif-Regular.ttf");
    auto sans = load("LinBiolinum_R.otf");
    CHECK_FALSE(serif->is_cff());
    CHECK(sans->is_cff());
    CHECK(serif->metrics().units_per_em > 0);
    CHECK(sans->postscript_name() == "LinBiolinumO");
}

TEST_CASE("standard ligatures are formed", "[text][shaping]") {
    Shaper shaper;
    const std::string text = "Effizienz offiziell fließt";
    for (const char* file : {"NotoSerif-Regular.ttf", "LinBiolinum_R.otf"}) {
        auto font = load(file);
        const auto& glyphs = shaper.shape(*font, text);
        INFO(file);
        CHECK(glyphs.size() < 26);  // fewer glyphs than characters
        CHECK(ligatures(glyphs, text) >= 2);
    }
}

TEST_CASE("kerning changes advances", "[text][shaping]") {
    Shaper shaper;
    auto font = load("NotoSerif-Regular.ttf");
    // "AV" kerns tighter than the two letters' advances side by side.
    int32_t pair = 0, single = 0;
    for (const auto& g : shaper.shape(*font, "AV")) pair += g.advance;
    for (const auto& g : shaper.shape(*font, "A")) single += g.advance;
    for (const auto& g : shaper.shape(*font, "V")) single += g.advance;
    CHECK(pair < single);
}

TEST_CASE("a missing character is reported and not dropped", "[text][shaping]") {
    Shaper shaper;
    Lexicon lexicon = Lexicon::load().take();
    ParagraphBuilder builder(shaper, lexicon.hyphenator, lexicon.compounds);
    auto font = load("NotoSerif-Regular.ttf");
    ParagraphInput input;
    input.styles.push_back(TextStyle{font.get(), 9, {}, {}, {}});
    input.runs.push_back({"Ein Haus \u4E2D und mehr", 0});
    Paragraph par = builder.build(input);
    REQUIRE(par.missing.size() == 1);
    CHECK(par.missing[0].codepoint == 0x4E2D);
    CHECK(par.text.find("\u4E2D") != std::string::npos);
}

TEST_CASE("no ligature across the joint of a compound", "[text][shaping][compounds]") {
    // Duden: a ligature joins letters of one part only ("Auf|lage", "Schilf|insel").
    // Each word is marked at a joint across which Noto Serif forms an f-ligature
    // (ff, fi, fl, ffi, ffl) when nothing stops it.
    Shaper shaper;
    auto font = load("NotoSerif-Regular.ttf");
    for (const char* marked :
         {"Auf|findbarkeit", "Druckauf|lage", "Schilf|insel", "Kauf|interesse", "Auf|lage",     "auf|fallen",
          "Auf|führung",     "Brief|inhalt",  "Hof|laden",    "Schlaf|losigkeit", "Tief|flug",  "Kopf|läuse",
          "Dorf|leben",      "Lauf|leistung", "Brief|laufzeit", "Schaf|leder", "Schlaf|liege", "Prüf|feld",
          "Prüf|fall",       "Auf|fahrt",     "Auf|füllen",   "Wurf|leine",    "Hof|fläche",  "Auf|laden",
          "Kauf|leute",      "Dorf|laden",    "Kopf|inhalt",  "Schlaf|forschung", "Tarif|liste", "Brief|flut",
          "Griff|länge"}) {
        const std::string m = marked;
        const std::size_t joint = m.find('|');
        const std::string word = m.substr(0, joint) + m.substr(joint + 1);
        INFO(marked);
        const auto joints = joints_of(word);
        REQUIRE(std::find(joints.begin(), joints.end(), joint) != joints.end());
        CHECK(spans(shaper.shape(*font, word), word.size(), joint));  // a ligature case at all
        const auto& glyphs = shaper.shape(*font, word, joints);
        for (std::size_t j : joints) CHECK_FALSE(spans(glyphs, word.size(), j));
        CHECK(copied_text(glyphs, word) == word);
    }
}

TEST_CASE("ligatures inside a part stay", "[text][shaping][compounds]") {
    // The word and how many ligatures Noto Serif sets in it once its joints are
    // respected. The first group has no joint; in the second the ligature lies
    // inside a part ("Ein|fluss"); in the third one ligature crosses a joint
    // and the part keeps its own: "Tief|flug" f + fl, "Griff|länge" ff + l,
    // "Auf|findbarkeit" f + fi, "Stoff|filter" and "Schiff|fahrt" unchanged.
    Shaper shaper;
    auto font = load("NotoSerif-Regular.ttf");
    const std::pair<const char*, int> cases[] = {
        {"Offizier", 1},     {"Effizienz", 1},      {"offiziell", 1},
        {"Griff", 1},        {"Begriffe", 1},       {"Pfiff", 2},       {"Koffer", 1},         {"Treffen", 1},
        {"Hoffnung", 1},     {"Kaffee", 1},         {"Definition", 1},     {"Profil", 1},
        {"Öffentlichkeit", 1}, {"Schaffung", 1},    {"Office", 1},         {"Offline", 1},
        {"Konflikt", 1},     {"fließen", 1},        {"Grafik", 1},         {"Zertifikat", 1},
        {"Konfiguration", 1}, {"Qualifizierung", 1}, {"Identifikation", 1},
        {"Einfluss", 1},     {"Eingriff", 1},       {"Zugriffsrechte", 1}, {"Ausflug", 1},
        {"Tiefflug", 1},     {"Grifflänge", 1},     {"Auffindbarkeit", 1}, {"Hoffläche", 1},
        {"Briefflut", 1},    {"Stofffilter", 2},    {"Schifffahrt", 1},
    };
    for (const auto& [word, expected] : cases) {
        const std::string text = word;
        const auto joints = joints_of(text);
        INFO(text << " (" << joints.size() << " joints)");
        const auto& glyphs = shaper.shape(*font, text, joints);
        CHECK(ligatures(glyphs, text) == expected);
        for (std::size_t j : joints) CHECK_FALSE(spans(glyphs, text.size(), j));
        CHECK(copied_text(glyphs, text) == text);
    }
}

TEST_CASE("kerning across a joint stays", "[text][shaping][compounds]") {
    // Noto Serif kerns "ra"; "Händler|auf|lage" loses its fl at auf|lage and
    // keeps the kern at Händler|auf.
    Shaper shaper;
    auto font = load("NotoSerif-Regular.ttf");
    const std::string word = "Händlerauflage";
    const auto joints = joints_of(word);
    REQUIRE(joints == std::vector<std::size_t>{8, 11});
    const auto& glyphs = shaper.shape(*font, word, joints);
    CHECK(ligatures(glyphs, word) == 0);
    int32_t r_alone = shaper.shape(*font, "r").front().advance;
    auto r = std::find_if(glyphs.begin(), glyphs.end(), [](const Glyph& g) { return g.cluster == 7; });
    REQUIRE(r != glyphs.end());
    CHECK(r->advance < r_alone);
}

TEST_CASE("the heading font loses its ft at a joint too", "[text][shaping][compounds]") {
    // Linux Biolinum's liga has ff and ft (no fi, fl).
    Shaper shaper;
    auto font = load("LinBiolinum_R.otf");
    for (const char* word : {"Auftrag", "Kauftermin", "Auffahrt"}) {
        const std::string text = word;
        const auto joints = joints_of(text);
        INFO(text);
        REQUIRE(joints.size() == 1);
        CHECK(spans(shaper.shape(*font, text), text.size(), joints[0]));
        CHECK(ligatures(shaper.shape(*font, text, joints), text) == 0);
    }
    for (const char* word : {"Kraft", "Luft", "Schrift", "Haftung", "Koffer"}) {
        const std::string text = word;
        INFO(text);
        CHECK(ligatures(shaper.shape(*font, text, joints_of(text)), text) == 1);
    }
}

TEST_CASE("joints are part of the cache key", "[text][shaping][compounds]") {
    Shaper shaper;
    auto font = load("NotoSerif-Regular.ttf");
    const std::size_t plain = shaper.shape(*font, "Auflage").size();
    const std::size_t split = shaper.shape(*font, "Auflage", {3}).size();
    CHECK(split == plain + 1);
    CHECK(shaper.shape(*font, "Auflage").size() == plain);
    // Offsets at the ends or outside the text change nothing.
    CHECK(shaper.shape(*font, "Auflage", {0, 7, 99}).size() == plain);
}
