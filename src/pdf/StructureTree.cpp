#include "pdf/StructureTree.h"

#include "pdf/PdfValues.h"

#include <map>
#include <string_view>
#include <tuple>

using namespace PoDoFo;

namespace heftsatz {
namespace {

const char* story_type(StoryKind kind) {
    switch (kind) {
        case StoryKind::Contents: return "TOC";
        case StoryKind::Ad: return "Div";
        default: return "Sect";
    }
}

// The tree as planned before any object is made: elements by index, the
// document's at 0; a kid is an element, a marked-content sequence or an
// annotation.
struct Kid {
    enum Kind { Element, Content, Annotation } kind = Element;
    std::size_t element = 0;
    std::size_t page = 0;
    int mcid = 0;
    PdfObject* annotation = nullptr;
};

struct Element {
    const char* type = "Document";
    std::size_t parent = 0;
    std::vector<Kid> kids;
    std::string alt;
    std::size_t page = static_cast<std::size_t>(-1);  // of its first marked content, if any
};

class TreePlan {
public:
    TreePlan() : elements_(1) {}

    // Adds item `tag` of page `page`: marked content `mcid`, or (if
    // `annotation`) a link annotation. Returns the element that holds it.
    std::size_t add(const Story& story, const StructTag& tag, std::size_t page, int mcid, PdfObject* annotation,
                    const std::string& alt) {
        std::size_t holder = block(story, tag);
        if (tag.part > 0) {
            auto [it, added] = parts_.try_emplace(std::tuple{holder, tag.part}, 0);
            if (added) {
                it->second = make(structure_type(tag.part_role), holder);
                elements_[holder].kids.push_back(Kid{Kid::Element, it->second, 0, 0, nullptr});
            }
            holder = it->second;
        }
        Element& e = elements_[holder];
        if (annotation) {
            e.kids.push_back(Kid{Kid::Annotation, 0, page, 0, annotation});
        } else {
            e.kids.push_back(Kid{Kid::Content, 0, page, mcid, nullptr});
            if (e.page == static_cast<std::size_t>(-1)) e.page = page;
        }
        if (!alt.empty() && e.alt.empty()) e.alt = alt;
        return holder;
    }

    // The stories' blocks go in by number: the article's reading order.
    // Consecutive list items are a list: an L around them.
    std::vector<Element> finish() {
        for (const auto& [story, blocks] : blocks_) {
            std::size_t list = 0;  // the L being filled, or 0
            for (const auto& [number, element] : blocks) {
                const bool item = std::string_view(elements_[element].type) == "LI";
                if (!item || parts_.count(std::tuple{element, kFirstListLabel})) list = 0;
                if (item && list == 0) {
                    list = make("L", story);
                    elements_[story].kids.push_back(Kid{Kid::Element, list, 0, 0, nullptr});
                }
                elements_[item ? list : story].kids.push_back(Kid{Kid::Element, element, 0, 0, nullptr});
                if (item) elements_[element].parent = list;
            }
        }
        return std::move(elements_);
    }

private:
    std::vector<Element> elements_;
    std::map<std::string, std::size_t> stories_;  // key → element
    std::map<std::size_t, std::map<std::uint32_t, std::size_t>> blocks_;  // story element → block → element
    std::map<std::tuple<std::size_t, std::uint16_t>, std::size_t> parts_;  // (block element, part) → element

    std::size_t make(const char* type, std::size_t parent) {
        elements_.push_back(Element{type, parent, {}, {}, static_cast<std::size_t>(-1)});
        return elements_.size() - 1;
    }

    std::size_t block(const Story& story, const StructTag& tag) {
        auto [s, new_story] = stories_.try_emplace(story.key, 0);
        if (new_story) {
            s->second = make(story_type(story.kind), 0);
            elements_[0].kids.push_back(Kid{Kid::Element, s->second, 0, 0, nullptr});
        }
        std::map<std::uint32_t, std::size_t>& blocks = blocks_[s->second];
        auto [b, new_block] = blocks.try_emplace(tag.block, 0);
        if (new_block) b->second = make(structure_type(tag.role), s->second);
        return b->second;
    }
};

}  // namespace

bool is_marked(const FrameItem& item) {
    if (const auto* run = std::get_if<GlyphRun>(&item)) return run->tag.role != StructRole::Artifact;
    if (const auto* image = std::get_if<Image>(&item)) return image->tag.role != StructRole::Artifact;
    return false;
}

const char* structure_type(StructRole role) {
    switch (role) {
        case StructRole::Title: return "H1";
        case StructRole::Heading: return "H2";
        case StructRole::Subheading: return "H3";
        case StructRole::Quote: return "BlockQuote";
        case StructRole::Figure: return "Figure";
        case StructRole::Caption: return "Caption";
        case StructRole::Link: return "Link";
        case StructRole::ContentsEntry: return "TOCI";
        case StructRole::Entry: return "Div";
        case StructRole::ListItem: return "LI";
        case StructRole::ListLabel: return "Lbl";
        case StructRole::ListBody: return "LBody";
        case StructRole::Paragraph: return "P";
        case StructRole::Artifact: break;
    }
    return "NonStruct";
}

StructRole marked_role(const StructTag& tag) { return tag.part > 0 ? tag.part_role : tag.role; }

void add_structure_tree(PdfMemDocument& pdf, const Document& doc, const std::vector<PdfReference>& pages,
                        const std::vector<std::vector<WrittenLink>>& links) {
    TreePlan plan;
    std::vector<std::vector<std::size_t>> by_mcid(doc.pages.size());  // page → marked content → element
    std::vector<std::pair<PdfObject*, std::size_t>> annotations;     // → element
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        const Page& page = doc.pages[p];
        std::map<std::size_t, PdfObject*> annotation_of;
        for (const WrittenLink& link : links[p]) annotation_of[link.item] = link.annotation;
        int mcid = 0;
        for (std::size_t i = 0; i < page.items.size(); ++i) {
            const FrameItem& item = page.items[i];
            if (is_marked(item)) {
                const auto* image = std::get_if<Image>(&item);
                const StructTag& tag = image ? image->tag : std::get<GlyphRun>(item).tag;
                by_mcid[p].push_back(plan.add(page.stories.at(tag.story), tag, p, mcid++, nullptr,
                                              image ? image->alt : std::string()));
                continue;
            }
            const auto* link = std::get_if<Link>(&item);
            auto written = annotation_of.find(i);
            if (!link || link->tag.role == StructRole::Artifact || written == annotation_of.end()) continue;
            annotations.emplace_back(written->second,
                                     plan.add(page.stories.at(link->tag.story), link->tag, p, 0, written->second, {}));
        }
    }
    const std::vector<Element> elements = plan.finish();

    // Objects first, so that parents and kids can name each other.
    PdfVecObjects& objects = pdf.GetObjects();
    PdfObject* root = objects.CreateObject("StructTreeRoot");
    std::vector<PdfObject*> made;
    for (std::size_t e = 0; e < elements.size(); ++e) made.push_back(objects.CreateObject("StructElem"));
    for (std::size_t e = 0; e < elements.size(); ++e) {
        const Element& element = elements[e];
        PdfDictionary& d = made[e]->GetDictionary();
        d.AddKey("S", PdfName(element.type));
        d.AddKey("P", e == 0 ? root->Reference() : made[element.parent]->Reference());
        const bool on_page = element.page != static_cast<std::size_t>(-1);
        if (on_page) d.AddKey("Pg", pages[element.page]);
        if (!element.alt.empty()) d.AddKey("Alt", utf8(element.alt));
        // Filled where it stays: PoDoFo copies what it is given, and the
        // kids of a long story are thousands of objects.
        d.AddKey("K", PdfArray());
        PdfArray& kids = d.GetKey("K")->GetArray();
        kids.reserve(element.kids.size());
        for (const Kid& kid : element.kids) {
            if (kid.kind == Kid::Element) {
                kids.push_back(made[kid.element]->Reference());
            } else if (kid.kind == Kid::Content && on_page && kid.page == element.page) {
                kids.push_back(PdfVariant(static_cast<pdf_int64>(kid.mcid)));
            } else if (kid.kind == Kid::Content) {
                kids.push_back(PdfDictionary());
                PdfDictionary& mcr = kids.back().GetDictionary();
                mcr.AddKey("Type", PdfName("MCR"));
                mcr.AddKey("Pg", pages[kid.page]);
                mcr.AddKey("MCID", PdfVariant(static_cast<pdf_int64>(kid.mcid)));
            } else {
                kids.push_back(PdfDictionary());
                PdfDictionary& objr = kids.back().GetDictionary();
                objr.AddKey("Type", PdfName("OBJR"));
                objr.AddKey("Pg", pages[kid.page]);
                objr.AddKey("Obj", kid.annotation->Reference());
            }
        }
    }

    // The parent tree: for each page (its /StructParents) the element of
    // each marked-content id; for each annotation (its /StructParent) its
    // element. Keys in ascending order, as a number tree's /Nums must be.
    PdfDictionary& r = root->GetDictionary();
    r.AddKey("ParentTree", PdfDictionary());
    PdfDictionary& parent_tree = r.GetKey("ParentTree")->GetDictionary();
    parent_tree.AddKey("Nums", PdfArray());
    PdfArray& nums = parent_tree.GetKey("Nums")->GetArray();
    nums.reserve(2 * (doc.pages.size() + annotations.size()));
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        nums.push_back(PdfVariant(static_cast<pdf_int64>(p)));
        nums.push_back(PdfArray());
        PdfArray& parents = nums.back().GetArray();
        parents.reserve(by_mcid[p].size());
        for (std::size_t e : by_mcid[p]) parents.push_back(made[e]->Reference());
        PdfDictionary& page = objects.GetObject(pages[p])->GetDictionary();
        page.AddKey("StructParents", PdfVariant(static_cast<pdf_int64>(p)));
        page.AddKey("Tabs", PdfName("S"));  // tab order follows the structure (PDF/UA-1, 7.18.3)
    }
    for (std::size_t a = 0; a < annotations.size(); ++a) {
        const auto key = static_cast<pdf_int64>(doc.pages.size() + a);
        nums.push_back(PdfVariant(key));
        nums.push_back(made[annotations[a].second]->Reference());
        annotations[a].first->GetDictionary().AddKey("StructParent", PdfVariant(key));
    }
    r.AddKey("K", made[0]->Reference());
    r.AddKey("ParentTreeNextKey", PdfVariant(static_cast<pdf_int64>(doc.pages.size() + annotations.size())));

    PdfDictionary& catalog = pdf.GetCatalog()->GetDictionary();
    catalog.AddKey("StructTreeRoot", root->Reference());
    PdfDictionary mark_info;
    mark_info.AddKey("Marked", PdfVariant(true));
    catalog.AddKey("MarkInfo", mark_info);
}

}  // namespace heftsatz
