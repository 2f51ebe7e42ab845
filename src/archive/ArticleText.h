// An article of the manifest as the web edition shows it: its blocks as
// escaped HTML with the same German typography the PDF gets (quotes,
// dashes, no-break spaces), so the page and the print read alike.
#pragma once

#include "archive/IssueRecord.h"
#include "manifest/Issue.h"
#include "text/GermanTypography.h"

#include <functional>
#include <string>
#include <vector>

namespace heftsatz {

// Where the web edition finds a figure's image: the path relative to the
// archive's root that the caller copies it to.
using ImageName = std::function<std::string(const std::filesystem::path& image)>;

// The runs' text with typography applied, not escaped (titles, leads, JSON).
std::string inline_text(const std::vector<Inline>& runs, const GermanTypography& typography);
// The runs as HTML: escaped, typography applied, <em>, <strong>, <a href>
// and <span lang>.
std::string inline_html(const std::vector<Inline>& runs, const GermanTypography& typography);

// The article's record without its page (the caller knows the layout):
// kicker, title and lead as text, the body as HTML.
ArticleRecord article_record(const Article& article, const GermanTypography& typography, const ImageName& image_name);

}  // namespace heftsatz
