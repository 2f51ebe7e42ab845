// Compound joints found with Hunspell's German dictionary. One case a line:
// "||" marks the primary joint (the top-level one: Bürger + Serviceportal),
// "|" every other place where a joint may be reported. Any joint elsewhere
// would lie inside a part.
#include "manifest/Manifest.h"
#include "support/Support.h"
#include "text/Text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

using namespace heftsatz;

namespace {
Hyphenator& hyphenator() {
    static Hyphenator h = Hyphenator::load(Hyphenator::default_dictionary()).take();
    return h;
}
CompoundSplitter& splitter() {
    static CompoundSplitter s = CompoundSplitter::load(CompoundSplitter::default_dictionary()).take();
    return s;
}

struct Marked {
    std::string word;
    std::size_t primary = 0;           // byte offset, 0: none marked
    std::vector<std::size_t> allowed;  // every marked joint, primary included
};

Marked parse(std::string_view marked) {
    Marked m;
    for (std::size_t i = 0; i < marked.size(); ++i) {
        if (marked[i] != '|') {
            m.word.push_back(marked[i]);
            continue;
        }
        if (i + 1 < marked.size() && marked[i + 1] == '|') {
            m.primary = m.word.size();
            ++i;
        }
        m.allowed.push_back(m.word.size());
    }
    return m;
}

const std::vector<std::size_t>& joints_of(const std::string& word) {
    return splitter().joints(word, hyphenator().points(word));
}

struct CompoundCase {
    const char* marked;
    const char* known_miss = nullptr;  // why the primary joint is not found
};
}  // namespace

namespace {
const CompoundCase kCompounds[] = {
    {"Bürger||service|portal"},
    {"Informations|sicherheits||beauftragte"},
    {"Verwaltungs||digitalisierung"},
    {"Breit|band||netze"},
    {"Landes||regierung"},                // Fugen-es
    {"Druck||auf|lage"},                  // "Auflage" is split although listed whole
    {"Online|zugangs||gesetz"},
    {"Rechen||zentrum"},
    {"Daten|schutz||grund|verordnung"},   // four parts
    {"Fach||verfahren"},
    {"Dienst||vereinbarung"},
    {"Glas|faser||netz"},
    {"Netz|werk||sicherheit"},
    {"Personal||aus|weis"},
    {"Schnitt||stelle"},
    {"Sicherheits||lücke"},
    {"Kommunal||verwaltung"},
    {"Haus|halts||plan"},
    {"Melde||register"},                  // a verb stem as first part
    {"Gewerbe||anmeldung"},
    {"Bau||antrag"},
    {"Wahl||benachrichtigung"},
    {"Ein|wohner||melde|amt"},            // four parts
    {"Aus|länder||behörde"},
    {"Standes||amt"},                     // Fugen-es, three-letter last part
    {"Bundes||innen|ministerium"},
    {"Zugriffs||rechte"},
    {"Video||konferenz"},
    {"Pass|wort||richt|linie"},           // four parts
    {"Arbeits|platz||rechner"},
    {"Straßen||beleuchtung"},             // Fugen-n
    {"Schul||träger"},                    // dropped e: Schule
    {"Geschäfts||ordnung"},
    {"Kinder||tages|stätte"},             // Fugen-er
    {"Gemeinde|rats||sitzung"},
    {"Frauen||beauftragte"},              // Fugen-en
    {"Rats||informations|system"},
    {"Feuer|wehr||geräte|haus"},          // four parts
    {"End||gerät", "dropped e on a three-letter part (Ende) is not tried: it gives Por|tal from Pore"},
    {"Cloud||lösung", "the dictionary (2016) does not know Cloud"},
};
}  // namespace

TEST_CASE("compounds break into their parts", "[text][compounds]") {
    int found = 0;
    for (const CompoundCase& c : kCompounds) {
        const Marked m = parse(c.marked);
        const auto& joints = joints_of(m.word);
        INFO(c.marked << " → " << splitter().marked(m.word, hyphenator().points(m.word)));
        // No joint inside a part, known miss or not.
        for (std::size_t j : joints) CHECK(std::find(m.allowed.begin(), m.allowed.end(), j) != m.allowed.end());
        const bool primary = std::find(joints.begin(), joints.end(), m.primary) != joints.end();
        if (c.known_miss) {
            if (primary) WARN(c.marked << " is found now; drop its known_miss");
            continue;
        }
        CHECK(primary);
        found += primary;
    }
    CHECK(found == 38);
}

TEST_CASE("words that are no compounds have no joints", "[text][compounds]") {
    // Syllables that happen to be words must not make a compound: "Regie|rung",
    // "Pro|fil", "wer|den", "Gel|der", "weite|ren", "Nutze|rinnen" (Rinnen,
    // gutters), "schema|tisch", "wich|tiger" (a lower-case word ends in no noun).
    for (const char* word :
         {"Information", "Regierung", "Verbindungen", "Konferenz", "Offizier", "Effizienz", "Definition", "Profil",
          "Kaffee", "Hoffnung", "Verwaltung", "Digitalisierung", "Organisation", "Abteilung", "Beantragung",
          "Verantwortung", "Veranstaltung", "Bescheinigung", "Gelegenheit", "Zuständigkeit", "Referat", "Telefon",
          "Office", "Offline", "Öffentlichkeit", "Koffer", "Treffen", "Begriffe", "offiziell", "Konfiguration",
          "Portal", "Leistungen", "kommenden", "weiteren", "Nutzerinnen", "wichtiger", "schematisch", "Gemeinden",
          "Gelder", "werden", "wieder"}) {
        INFO(word << " → " << splitter().marked(word, hyphenator().points(word)));
        CHECK(joints_of(word).empty());
    }
}

TEST_CASE("joints are a subset of the candidates", "[text][compounds]") {
    // Without a candidate at the joint there is no joint, whatever the parts.
    CHECK(splitter().joints("Bürgerserviceportal", {}).empty());
    CHECK(splitter().joints("Bürgerserviceportal", {7, 14}) == std::vector<std::size_t>{7, 14});  // "ü" is two bytes
    // A part is asked about as it is cut: "serviceportal" is no word of the
    // dictionary (Hunspell's own compounding is off: data/hunspell/README.md).
    CHECK(splitter().joints("Bürgerserviceportal", {7}).empty());
    CHECK(splitter().joints("Bürgerportal", {7}) == std::vector<std::size_t>{7});
    // Offsets past the end or inside a character are ignored, not trusted.
    CHECK(splitter().joints("Bürgerportal", {2, 7, 400}) == std::vector<std::size_t>{7});
    CHECK(splitter().joints("", {}).empty());
}

TEST_CASE("a copy keeps the shared dictionary alive", "[text][compounds]") {
    std::optional<CompoundSplitter> original = CompoundSplitter::load(CompoundSplitter::default_dictionary()).take();
    CompoundSplitter copy = *original;
    original.reset();
    CHECK(copy.marked("Landesregierung", hyphenator().points("Landesregierung")) == "Landes|regierung");
    // Parts repeat: a second compound with a known part asks Hunspell less.
    const std::size_t first = copy.spell_calls();
    copy.joints("Landesbehörde", hyphenator().points("Landesbehörde"));
    CHECK(copy.spell_calls() - first < first);
}

TEST_CASE("a missing dictionary is an error, not an empty splitter", "[text][compounds]") {
    auto result = CompoundSplitter::load("/nonexistent/de_DE.dic");
    REQUIRE_FALSE(result.ok());
    CHECK(result.failure().where.file == "/nonexistent/de_DE.dic");
}

TEST_CASE("the line breaker breaks each compound at its joint rather than inside a part", "[text][compounds][linebreak]") {
    // Each compound alone, ragged, in a measure a little wider than either
    // side of its primary joint: the breaks inside the parts next to the
    // joint fit too, and the breaker must prefer a joint ("Bürger-
    // serviceportal", not "Bürgerser-viceportal").
    Diagnostics d;
    const LayoutSpec layout = read_layout("kommune21", DataSearchPath::for_issue(test::source_dir(), {}), d).take();
    const FontLibrary fonts = FontLibrary::load(layout).take();
    const ParagraphStyle& body = layout.style("body");
    Lexicon lexicon = Lexicon::load().take();
    Shaper shaper;
    ParagraphBuilder builder(shaper, lexicon.hyphenator, lexicon.compounds);
    // A short first line ("Wahl-" before "benachrichtigung") is no fault of
    // the break's: ragged lines may stretch by a whole measure here, so that
    // what decides is the cost of the break itself.
    LineBreakParams params;
    params.ragged_stretch = 1.0;
    int checked = 0;
    for (const CompoundCase& c : kCompounds) {
        if (c.known_miss) continue;
        const Marked m = parse(c.marked);
        ParagraphInput input;
        input.styles.push_back(TextStyle{fonts.font(body.family, FontStyle::Regular), body.size, {}, {}, {}});
        input.runs.push_back({m.word, 0});
        input.align = Align::Left;
        const Paragraph par = builder.build(input);
        // Widths of the boxes before each break point, and the whole word.
        Pt before = 0, at_joint = -1, joint_box = 0, whole = 0;
        std::size_t text_at = 0;
        int points_before = 0, points_after = 0;
        for (const Item& item : par.items) {
            if (item.type == ItemType::Box && item.piece >= 0) {
                before += item.width;
                text_at += par.pieces[static_cast<std::size_t>(item.piece)].text.size();
            }
            if (item.type == ItemType::Penalty && item.flagged) {
                if (text_at == m.primary) {
                    at_joint = before + item.width;
                    joint_box = before;
                }
                else (text_at < m.primary ? points_before : points_after) += 1;
            }
        }
        whole = before;
        INFO(c.marked);
        REQUIRE(at_joint > 0);
        const Pt width = std::max(at_joint, whole - joint_box) + 0.15 * whole;
        const std::vector<SetLine> lines = set_lines(par, break_lines(par, width, params), width);
        REQUIRE(lines.size() >= 2);
        const std::string first = line_text(par, lines[0]);
        INFO("first line: " << first << " (" << points_before << " breaks inside a part before the joint, "
                            << points_after << " after it)");
        REQUIRE(first.ends_with("-"));
        const std::size_t end = first.size() - 1;
        CHECK(std::find(m.allowed.begin(), m.allowed.end(), end) != m.allowed.end());
        ++checked;
    }
    CHECK(checked == 38);
}

TEST_CASE("a word longer than any compound is not taken apart", "[text][compounds]") {
    // Asking Hunspell about every pair of a 600-letter word's candidates took
    // seconds (tests/bad/long-word); such a word gets no joints and no questions.
    CompoundSplitter copy = splitter();
    std::string word;
    while (word.size() <= CompoundSplitter::kMaxLetters) word += "verwaltungs";
    word += "portal";
    const std::size_t before = copy.spell_calls();
    CHECK(copy.joints(word, hyphenator().points(word)).empty());
    CHECK(copy.spell_calls() == before);
    // At the limit, a long compound still is.
    CHECK(copy.marked("Informationssicherheitsbeauftragte", hyphenator().points("Informationssicherheitsbeauftragte")) ==
          "Informations|sicherheits|beauftragte");
}
