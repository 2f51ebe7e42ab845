#include "archive/ArticleText.h"

#include "base/MarkupText.h"

#include <sstream>

namespace heftsatz {

namespace {

// The PDF's weak tie (U+2007, a figure space) keeps "600 Millionen Euro"
// together unless the breaker has no other way; a browser would print it
// as a digit's width, so the web gets a plain no-break space.
std::string web_spaces(std::string text) {
    static const std::string kFigureSpace = "\u2007", kNoBreak = "\u00A0";
    for (std::size_t at; (at = text.find(kFigureSpace)) != std::string::npos;) text.replace(at, kFigureSpace.size(), kNoBreak);
    return text;
}

std::string plain_html(const std::string& text, const GermanTypography& typography) {
    return markup_escaped(inline_text({Inline{text, false, false, {}, {}}}, typography));
}

std::vector<std::string> keyword_list(const std::string& keywords) {
    std::vector<std::string> out;
    std::stringstream in(keywords);
    for (std::string k; std::getline(in, k, ',');) {
        const auto first = k.find_first_not_of(" \t\n");
        if (first == std::string::npos) continue;
        out.push_back(k.substr(first, k.find_last_not_of(" \t\n") - first + 1));
    }
    return out;
}

void add_block(const Block& b, const GermanTypography& t, const ImageName& image_name, std::vector<WebBlock>& out) {
    WebBlock w;
    w.html = inline_html(b.inlines, t);
    switch (b.kind) {
        case BlockKind::Heading: w.kind = "h2"; break;
        case BlockKind::Quote:
            w.kind = "quote";
            w.credit = b.attribution;
            break;
        case BlockKind::Question: w.kind = "question"; break;
        case BlockKind::ListItem:
            w.kind = b.starts_list ? "li first" : "li";
            w.label = b.label;
            break;
        case BlockKind::Box:
            out.push_back(WebBlock{"box", plain_html(b.title, t), {}, {}, {}, {}});
            for (const Block& child : b.children) add_block(child, t, image_name, out);
            out.push_back(WebBlock{"box end", {}, {}, {}, {}, {}});
            return;
        case BlockKind::Figure:
            if (!b.figure) return;
            w.kind = "figure";
            w.html = inline_html(b.figure->caption, t);
            w.image = image_name(b.figure->image);
            w.alt = b.figure->alt;
            w.credit = b.figure->credit;
            break;
        default: w.kind = "p"; break;
    }
    if (w.html.empty() && w.kind != "figure") return;
    out.push_back(std::move(w));
}

}  // namespace

namespace {

std::vector<std::string> typographed(const std::vector<Inline>& runs, const GermanTypography& typography) {
    std::vector<std::string> texts;
    for (const Inline& run : runs) texts.push_back(run.text);
    typography.apply(texts);
    for (std::string& text : texts) text = web_spaces(std::move(text));
    return texts;
}

}  // namespace

std::string inline_text(const std::vector<Inline>& runs, const GermanTypography& typography) {
    std::string out;
    for (const std::string& text : typographed(runs, typography)) out += text;
    return out;
}

std::string inline_html(const std::vector<Inline>& runs, const GermanTypography& typography) {
    const std::vector<std::string> texts = typographed(runs, typography);
    std::string out;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Inline& run = runs[i];
        std::string html = markup_escaped(texts[i]);
        if (run.emphasis) html = "<em>" + html + "</em>";
        if (run.strong) html = "<strong>" + html + "</strong>";
        if (!run.lang.empty()) html = "<span lang=\"" + markup_escaped(run.lang) + "\">" + html + "</span>";
        if (!run.href.empty()) html = "<a href=\"" + markup_escaped(run.href) + "\">" + html + "</a>";
        out += html;
    }
    return out;
}

ArticleRecord article_record(const Article& article, const GermanTypography& typography, const ImageName& image_name) {
    ArticleRecord r;
    r.id = article.id;
    r.date = article.date;
    r.author = article.author;
    r.kicker = inline_text(article.kicker.inlines, typography);
    r.title = inline_text(article.title.inlines, typography);
    r.lead = inline_text(article.lead.inlines, typography);
    r.keywords = keyword_list(article.keywords);
    r.source_href = article.source_href;
    r.source_text = article.source_text;
    for (const Block& b : article.body) add_block(b, typography, image_name, r.body);
    return r;
}

}  // namespace heftsatz
