#include "pdf/Outline.h"
#include "pdf/PdfValues.h"

using namespace PoDoFo;

namespace heftsatz {
namespace {

// Builds the items of one level under `parent`; returns how many visible
// descendants they have (the /Count of an open parent).
long long add_level(PdfVecObjects& objects, PdfObject* parent, const std::vector<Bookmark>& marks,
                    const std::vector<PdfReference>& pages, const std::vector<Pt>& heights) {
    std::vector<PdfObject*> items;
    long long count = 0;
    for (const Bookmark& mark : marks) {
        if (mark.page < 0 || static_cast<std::size_t>(mark.page) >= pages.size()) continue;
        PdfObject* item = objects.CreateObject();
        PdfDictionary& d = item->GetDictionary();
        d.AddKey("Title", utf8(mark.title));
        d.AddKey("Parent", parent->Reference());
        // Built by hand: PdfDestination leaves orphan arrays in the file.
        PdfArray dest;
        dest.push_back(pages[static_cast<std::size_t>(mark.page)]);
        dest.push_back(PdfName("XYZ"));
        dest.push_back(PdfObject());  // keep the left position
        dest.push_back(PdfObject(static_cast<double>(heights[static_cast<std::size_t>(mark.page)] - mark.y)));
        dest.push_back(PdfObject());  // keep the zoom
        d.AddKey("Dest", dest);
        long long children = add_level(objects, item, mark.children, pages, heights);
        if (children > 0) d.AddKey("Count", PdfObject(static_cast<pdf_int64>(children)));
        count += 1 + children;
        items.push_back(item);
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) items[i]->GetDictionary().AddKey("Prev", items[i - 1]->Reference());
        if (i + 1 < items.size()) items[i]->GetDictionary().AddKey("Next", items[i + 1]->Reference());
    }
    if (!items.empty()) {
        parent->GetDictionary().AddKey("First", items.front()->Reference());
        parent->GetDictionary().AddKey("Last", items.back()->Reference());
    }
    return count;
}

}  // namespace

void add_outline(PdfMemDocument& pdf, const std::vector<Bookmark>& bookmarks,
                 const std::vector<PdfReference>& pages, const std::vector<Pt>& heights) {
    if (bookmarks.empty()) return;
    PdfObject* root = pdf.GetObjects().CreateObject("Outlines");
    long long count = add_level(pdf.GetObjects(), root, bookmarks, pages, heights);
    root->GetDictionary().AddKey("Count", PdfObject(static_cast<pdf_int64>(count)));
    pdf.GetCatalog()->GetDictionary().AddKey("Outlines", root->Reference());
    pdf.GetCatalog()->GetDictionary().AddKey("PageMode", PdfName("UseOutlines"));
}

}  // namespace heftsatz
