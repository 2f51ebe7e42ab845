// What every layout step of one issue shares: the layout, its page master
// and fonts, and the block setter with its caches.
#pragma once

#include "base/Diagnostic.h"
#include "layout/BlockSetter.h"
#include "layout/Frame.h"
#include "layout/LayoutCounters.h"
#include "layout/PageMaster.h"
#include "manifest/Issue.h"

namespace heftsatz {

// One per worker thread: the BlockSetter's shaping and hyphenation caches
// are not shared, everything else is read-only.
struct LayoutContext {
    const Issue& issue;
    const LayoutSpec& layout;
    const FontLibrary& fonts;
    PageMaster master;
    BlockSetter setter;
    LayoutCounters* counters = nullptr;  // shared by all workers of one layout

    // Appends a page numbered after the last one of `pages`.
    Page& new_page(std::vector<Page>& pages, const std::string& section, const std::string& article_id) {
        Page page;
        page.number = static_cast<int>(pages.size()) + 1;
        page.width = layout.page.width;
        page.height = layout.page.height;
        page.section = section;
        page.article_id = article_id;
        pages.push_back(std::move(page));
        return pages.back();
    }
};

}  // namespace heftsatz
