#include "layout/Frame.h"

#include <iterator>

namespace heftsatz {

void append_items(Page& page, Page& part) {
    // A tag names its story by index into its own page's stories: the index
    // changes with the page.
    std::vector<std::uint16_t> renamed;
    for (const Story& story : part.stories) renamed.push_back(story_on(page, story.key, story.kind));
    auto rename = [&](StructTag& tag) {
        if (tag.role != StructRole::Artifact && tag.story < renamed.size()) tag.story = renamed[tag.story];
    };
    for (FrameItem& item : part.items) {
        if (auto* run = std::get_if<GlyphRun>(&item)) rename(run->tag);
        else if (auto* image = std::get_if<Image>(&item)) rename(image->tag);
        else if (auto* link = std::get_if<Link>(&item)) rename(link->tag);
    }
    page.items.insert(page.items.end(), std::make_move_iterator(part.items.begin()),
                      std::make_move_iterator(part.items.end()));
    part.items.clear();
}

}  // namespace heftsatz
