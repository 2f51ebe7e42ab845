// The tagged PDF (issue 10, point 3), read back from the sample with
// poppler's `pdfinfo -struct-text` (the tree as a reader of it sees it, with
// the text of each element) and with qpdf (the objects PDF/UA asks for):
// articles read story by story, continuation included; running heads and
// folios are artifacts; every painting operator is marked content;
// annotations and figures are tagged.
#include "manifest/Manifest.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

// qpdf 11's transition switch, as the engine sets it (CMakeLists.txt).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// An element of the tree as pdfinfo prints it: its type ("P", "Sect"), its
// kids in order, among them its marked content's text lines ("#text").
struct Node {
    std::string type;
    std::string text;  // a "#text" node's line
    std::vector<Node> kids;

    std::string all_text() const {
        std::string s = text;
        for (const Node& k : kids) s += k.all_text();
        return s;
    }
    // The text of its own lines, not its elements'.
    std::string own_text() const {
        std::string s;
        for (const Node& k : kids)
            if (k.type == "#text") s += k.text;
        return s;
    }
    void collect(const std::string& of_type, std::vector<const Node*>& out) const {
        if (type == of_type) out.push_back(this);
        for (const Node& k : kids) k.collect(of_type, out);
    }
};

// Letters and digits alone: the typesetter turns straight quotes into
// German ones, spaces into narrow ones, and breaks words at line ends.
std::string squeezed(std::string s) {
    for (const char* mark : {"\u201E", "\u201C", "\u201D", "\u201A", "\u2018", "\u2019", "\u2013", "\u2014",
                             "\u2010", "\u00A0", "\u202F", "\u2009", "\u2026", "\u00AD", "\u00BB", "\u00AB"})
        for (std::size_t at; (at = s.find(mark)) != std::string::npos;) s.erase(at, std::string(mark).size());
    s.erase(std::remove_if(s.begin(), s.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c)); }),
            s.end());
    return s;
}

Node structure_of(const fs::path& pdf) {
    const auto r = test::run("pdfinfo -struct-text '" + pdf.string() + "'");
    REQUIRE(r.exit_code == 0);
    Node root{"", "", {}};
    std::vector<std::pair<std::size_t, Node*>> open{{static_cast<std::size_t>(-1), &root}};  // indent, node
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
        const std::size_t indent = line.find_first_not_of(' ');
        if (indent == std::string::npos) continue;
        std::string body = line.substr(indent);
        while (open.size() > 1 && open.back().first >= indent) open.pop_back();
        Node* parent = open.back().second;
        if (body.front() == '"') {
            parent->kids.push_back(Node{"#text", body.substr(1, body.size() - 2) + " ", {}});
            continue;
        }
        if (body.rfind("Object ", 0) == 0) {  // an annotation (OBJR)
            parent->kids.push_back(Node{"OBJR", "", {}});
            continue;
        }
        body = body.substr(0, body.find(' '));
        parent->kids.push_back(Node{body, "", {}});
        open.emplace_back(indent, &parent->kids.back());
    }
    REQUIRE(root.kids.size() == 1);
    return root.kids[0];
}

const Node& sample_tree() {
    static const Node tree = structure_of(test::sample_pdf());
    return tree;
}

const Issue& sample_issue() {
    static const Issue issue = [] {
        Diagnostics d;
        return read_issue(test::source_dir() / "issues/2020-12", d).take();
    }();
    return issue;
}

// The articles in reading order: the editorial, then each section's.
std::vector<const Article*> articles_in_order(const Issue& issue) {
    std::vector<const Article*> out;
    if (issue.editorial) out.push_back(&*issue.editorial);
    for (const Section& s : issue.sections)
        for (const Article& a : s.articles) out.push_back(&a);
    return out;
}

const Node* sect_titled(const Node& tree, const std::string& title) {
    for (const Node& story : tree.kids)
        for (const Node& k : story.kids)
            if (k.type == "H1" && squeezed(k.own_text()) == squeezed(title)) return &story;
    return nullptr;
}

}  // namespace

TEST_CASE("the structure tree reads the sample's articles in the issue's order, each whole in a Sect of its own",
          "[pdf][structure]") {
    const Node& tree = sample_tree();
    CHECK(tree.type == "Document");
    for (const Node& story : tree.kids) {
        INFO(story.type);
        CHECK((story.type == "Sect" || story.type == "TOC" || story.type == "Div"));
    }
    // The H1 of each article Sect, in the order of the tree.
    std::vector<std::string> titles;
    for (const Node& story : tree.kids)
        for (const Node& k : story.kids)
            if (story.type == "Sect" && k.type == "H1") titles.push_back(squeezed(k.own_text()));
    std::vector<std::string> expected;
    for (const Article* a : articles_in_order(sample_issue())) expected.push_back(squeezed(a->title.plain_text()));
    // The cover's masthead, the directory's and the imprint's titles are
    // H1s of their Sects too: the articles' stand among them in order.
    std::vector<std::string> found;
    for (const std::string& t : titles)
        if (std::find(expected.begin(), expected.end(), t) != expected.end()) found.push_back(t);
    CHECK(found == expected);

    // Every paragraph of every article is in its article's Sect: an article
    // continued after a jump ("Zertifikat als Etappenziel") is read on
    // there, not where its pages stand.
    int paragraphs = 0;
    for (const Article* a : articles_in_order(sample_issue())) {
        const Node* sect = sect_titled(tree, a->title.plain_text());
        INFO(a->id);
        REQUIRE(sect);
        const std::string text = squeezed(sect->all_text());
        for (const Block& b : a->body) {
            if (b.kind != BlockKind::Paragraph) continue;
            const std::string p = squeezed(b.plain_text());
            if (p.size() < 60) continue;
            ++paragraphs;
            INFO(b.plain_text().substr(0, 60));
            CHECK(text.find(p.substr(0, 30)) != std::string::npos);
            CHECK(text.find(p.substr(p.size() - 30)) != std::string::npos);
        }
    }
    CHECK(paragraphs >= 80);
    const Node* jumped = sect_titled(tree, "Zertifikat als Etappenziel");
    REQUIRE(jumped);
    CHECK(jumped->all_text().find("Fortsetzung von Seite") != std::string::npos);
}

TEST_CASE("running heads and folios are artifacts: in the page's text, not in the structure", "[pdf][structure]") {
    const std::string tree = sample_tree().all_text();
    const auto page = test::run("pdftotext -f 5 -l 5 -enc UTF-8 '" + test::sample_pdf().string() + "' -");
    const std::string footer = "Kommune21 · Ausgabe 12/2020";
    CHECK(page.out.find(footer) != std::string::npos);
    CHECK(tree.find(footer) == std::string::npos);
    CHECK(tree.find("Anzeige") != std::string::npos);  // the ads' labels are read: the press laws want them heard
}

TEST_CASE("figures carry alt texts and captions, links their annotations, the directory structured entries",
          "[pdf][structure]") {
    const Node& tree = sample_tree();
    std::vector<const Node*> figures, links, entries;
    tree.collect("Figure", figures);
    tree.collect("Link", links);
    tree.collect("Div", entries);
    // Four figures in articles, the cover, ads and company logos.
    CHECK(figures.size() >= 10);
    int captioned = 0;
    for (const Node* f : figures)
        captioned += std::any_of(f->kids.begin(), f->kids.end(), [](const Node& k) { return k.type == "Caption"; });
    CHECK(captioned >= 4);
    for (const Node* l : links) {
        INFO(l->all_text());
        CHECK(std::count_if(l->kids.begin(), l->kids.end(), [](const Node& k) { return k.type == "OBJR"; }) >= 1);
    }
    // Directory entries: a company's name (H3) and its lines in a Div.
    int companies = 0;
    for (const Node* e : entries)
        companies += !e->kids.empty() && e->kids.front().type == "H3";
    for (const Node& story : tree.kids)  // the story's own elements, not its text
        CHECK(std::none_of(story.kids.begin(), story.kids.end(), [](const Node& k) { return k.type == "#text"; }));
    CHECK(companies >= 10);

    // The objects: every figure has /Alt, every annotation a /StructParent
    // whose element holds it, every page /StructParents and /Tabs /S.
    QPDF qpdf;
    qpdf.processFile(test::sample_pdf().string().c_str());
    QPDFObjectHandle catalog = qpdf.getRoot();
    CHECK(catalog.getKey("/MarkInfo").getKey("/Marked").isBool());
    CHECK(catalog.getKey("/MarkInfo").getKey("/Marked").getBoolValue());
    CHECK(catalog.getKey("/ViewerPreferences").getKey("/DisplayDocTitle").getBoolValue());
    QPDFObjectHandle root = catalog.getKey("/StructTreeRoot");
    REQUIRE(root.isDictionary());
    QPDFObjectHandle nums = root.getKey("/ParentTree").getKey("/Nums");
    REQUIRE(nums.isArray());
    std::map<long long, QPDFObjectHandle> parents;
    for (int i = 0; i + 1 < nums.getArrayNItems(); i += 2) parents[nums.getArrayItem(i).getIntValue()] = nums.getArrayItem(i + 1);
    int alts = 0, annotations = 0;
    for (QPDFObjectHandle o : qpdf.getAllObjects())
        if (o.isDictionary() && o.getKey("/Type").isNameAndEquals("/StructElem") &&
            o.getKey("/S").isNameAndEquals("/Figure")) {
            CHECK(o.getKey("/Alt").isString());
            alts += o.getKey("/Alt").isString() && !o.getKey("/Alt").getUTF8Value().empty();
        }
    CHECK(alts == static_cast<int>(figures.size()));
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        QPDFObjectHandle p = page.getObjectHandle();
        REQUIRE(p.getKey("/StructParents").isInteger());
        CHECK(p.getKey("/Tabs").isNameAndEquals("/S"));
        CHECK(parents.count(p.getKey("/StructParents").getIntValue()));
        for (QPDFAnnotationObjectHelper& a : page.getAnnotations()) {
            ++annotations;
            QPDFObjectHandle key = a.getObjectHandle().getKey("/StructParent");
            REQUIRE(key.isInteger());
            REQUIRE(parents.count(key.getIntValue()));
            QPDFObjectHandle element = parents[key.getIntValue()];
            CHECK(element.getKey("/S").isNameAndEquals("/Link"));
            bool holds = false;
            QPDFObjectHandle kids = element.getKey("/K");
            for (int k = 0; k < kids.getArrayNItems(); ++k)
                holds = holds || (kids.getArrayItem(k).isDictionary() &&
                                  kids.getArrayItem(k).getKey("/Obj").getObjGen() == a.getObjectHandle().getObjGen());
            CHECK(holds);
        }
    }
    CHECK(annotations >= 40);
}

TEST_CASE("every painting operator of the sample is marked content: of an element, or an artifact",
          "[pdf][structure]") {
    QPDF qpdf;
    qpdf.processFile(test::sample_pdf().string().c_str());
    QPDFObjectHandle nums = qpdf.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree").getKey("/Nums");
    std::map<long long, int> parents;  // page key → marked-content ids it maps
    for (int i = 0; i + 1 < nums.getArrayNItems(); i += 2)
        if (nums.getArrayItem(i + 1).isArray())
            parents[nums.getArrayItem(i).getIntValue()] = nums.getArrayItem(i + 1).getArrayNItems();
    const std::set<std::string> painting{"TJ", "Tj", "Do", "f", "S", "B", "b", "s", "F", "f*", "B*", "sh"};
    int number = 0;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        ++number;
        INFO("page " << number);
        std::vector<QPDFObjectHandle> tokens;
        // parseContents hands over operands and operators; depth counts open
        // marked-content sequences.
        struct Scan : QPDFObjectHandle::ParserCallbacks {
            const std::set<std::string>* painting = nullptr;
            int depth = 0, unmarked = 0, mcids = 0;
            std::vector<QPDFObjectHandle> operands;
            void handleObject(QPDFObjectHandle obj) override {
                if (!obj.isOperator()) {
                    operands.push_back(obj);
                    return;
                }
                const std::string op = obj.getOperatorValue();
                if (op == "BDC" || op == "BMC") {
                    if (depth == 0 && op == "BDC" && operands.size() == 2 && operands[1].isDictionary() &&
                        operands[1].getKey("/MCID").isInteger())
                        ++mcids;
                    ++depth;
                } else if (op == "EMC") {
                    --depth;
                } else if (painting->count(op) && depth == 0) {
                    ++unmarked;
                }
                operands.clear();
            }
            void handleEOF() override {}
        } scan;
        scan.painting = &painting;
        page.parseContents(&scan);
        CHECK(scan.unmarked == 0);
        CHECK(scan.depth == 0);
        CHECK(scan.mcids == parents[page.getObjectHandle().getKey("/StructParents").getIntValue()]);
    }
}
