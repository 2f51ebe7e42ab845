// Reads an article file: its heading, its body of blocks, and what stands
// after the body, under the article schema and the article limits.
#include "manifest/InlineReader.h"
#include "manifest/InputLimits.h"
#include "manifest/IssueFiles.h"
#include "manifest/Schema.h"

namespace heftsatz {
namespace {

// Blocks of a body (or box), counted on the parsed tree before any is read,
// so a body of a million empty paragraphs costs no model.
std::size_t count_blocks(const xmlNode* parent) {
    std::size_t n = 0;
    for (const xmlNode* c : child_elements(parent)) {
        const auto name = node_name(c);
        if (name == "interview") n += child_elements(c).size();
        else if (name == "box") n += 1 + count_blocks(c);
        else ++n;
    }
    return n;
}

std::size_t characters_of(const std::vector<Inline>& inlines) {
    std::size_t n = 0;
    for (const Inline& run : inlines) n += count_characters(run.text);
    return n;
}

std::size_t characters_of(const Block& block) {
    std::size_t n = characters_of(block.inlines) + count_characters(block.title) + count_characters(block.attribution);
    for (const Block& child : block.children) n += characters_of(child);
    if (block.figure) n += characters_of(block.figure->caption) + count_characters(block.figure->credit);
    return n;
}

void append(std::vector<Inline>& to, std::vector<Inline> more) {
    if (more.empty()) return;
    if (!to.empty()) to.back().text += ' ';
    for (Inline& run : more) to.push_back(std::move(run));
}

// An element given twice keeps both texts.
void set_or_append(Block& to, Block from) {
    if (to.empty()) to = std::move(from);
    else append(to.inlines, std::move(from.inlines));
}

void set_or_append(std::string& to, const std::string& text) {
    if (!text.empty()) to += (to.empty() ? "" : ", ") + text;
}

// Words that open a credit when a caption ends with one ("… im Kreishaus.
// Foto: Stadt Kranichberg"), as German magazines write it.
constexpr std::string_view kCreditWords[] = {"Foto",   "Fotos",    "Bild",         "Bilder",
                                             "Grafik", "Grafiken", "Illustration", "Quelle"};

// Where a credit opens in `text`: the last credit word followed by a colon
// that stands after a sentence's end (or in parentheses), or npos. A caption
// that starts with "Bild:" is a caption, not a credit.
std::size_t credit_start(const std::string& text) {
    std::size_t best = std::string::npos;
    for (std::string_view word : kCreditWords) {
        for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
            const std::size_t colon = at + word.size();
            if (colon >= text.size() || text[colon] != ':' || at < 2) continue;
            const char before = text[at - 1], end = text[at - 2];
            const bool after_sentence = before == ' ' && (end == '.' || end == '!' || end == '?' || end == ')');
            if ((after_sentence || before == '(') && (best == std::string::npos || at > best)) best = at;
        }
    }
    return best;
}

// Takes a closing credit out of the caption's last run, so that it is set
// apart like a <credit>; "(Foto: X)" loses its parentheses.
std::string split_credit(std::vector<Inline>& caption) {
    if (caption.empty()) return {};
    std::string& text = caption.back().text;
    const std::size_t at = credit_start(text);
    if (at == std::string::npos) return {};
    std::string credit = text.substr(at);
    std::size_t keep = at;
    if (text[at - 1] == '(') {
        --keep;
        if (!credit.empty() && credit.back() == ')') credit.pop_back();
    }
    while (keep > 0 && text[keep - 1] == ' ') --keep;
    text.erase(keep);
    while (!credit.empty() && credit.back() == ' ') credit.pop_back();
    if (text.empty()) caption.pop_back();
    return credit;
}

struct ArticleReader {
    IssueFiles& files;
    const XmlDocument& doc;

    Diagnostics& diagnostics() const { return files.diagnostics; }

    Figure read_figure(const xmlNode* node) {
        if (++files.figures > kMaxFiguresPerIssue)
            refuse_over_limit("the issue", files.figures, "figures", kMaxFiguresPerIssue, "per issue",
                              "move figures to other issues, or combine them into one image", doc.locate(node));
        Figure figure;
        figure.image = files.existing_file(doc, node, required(doc, node, "src", "images/bild.jpg"), "image");
        figure.info = files.probe(doc, node, figure.image);
        if (figure.info.kind == ImageKind::Pdf)
            throw InputError{error("a figure must be a JPEG or PNG image", "export the figure as JPEG or PNG")
                                 .at(doc.locate(node))};
        figure.alt = printed_attribute(doc, node, "alt", diagnostics()).value_or("");
        if (figure.alt.empty())
            diagnostics().add(warning("figure without alt text: screen readers cannot describe it",
                                      "add alt=\"what the image shows\"")
                                  .at(doc.locate(node)));
        const std::string span = attribute(node, "span").value_or("column");
        if (span != "column" && span != "page")
            throw InputError{error("span=\"" + span + "\" is not a figure width",
                                   "use span=\"column\" or span=\"page\"")
                                 .at(doc.locate(node))};
        figure.span_page = span == "page";
        // Text outside caption and credit (directly inside, or in an unknown
        // element) is kept after the caption; the schema check warns of it.
        Block loose = read_block(doc, node, BlockKind::Meta, diagnostics(), {"caption", "credit"});
        for (const xmlNode* c : child_elements(node)) {
            if (node_name(c) == "caption")
                append(figure.caption, read_block(doc, c, BlockKind::Meta, diagnostics()).inlines);
            else if (node_name(c) == "credit")
                figure.credit += (figure.credit.empty() ? "" : " ") + read_plain(doc, c, diagnostics());
        }
        if (!loose.empty()) append(figure.caption, std::move(loose.inlines));
        std::string credit = split_credit(figure.caption);
        for (const std::string& more : {printed_attribute(doc, node, "credit", diagnostics()).value_or(""), figure.credit})
            if (!more.empty()) credit += (credit.empty() ? "" : " ") + more;
        figure.credit = std::move(credit);
        return figure;
    }

    // Reads the blocks of <body> (or of a <box>) into `out`.
    void read_body(const xmlNode* parent, std::vector<Block>& out) {
        for (const xmlNode* b : child_elements(parent)) {
            const auto name = node_name(b);
            if (name == "p") {
                out.push_back(read_block(doc, b, BlockKind::Paragraph, diagnostics()));
            } else if (name == "h2") {
                out.push_back(read_block(doc, b, BlockKind::Heading, diagnostics()));
            } else if (name == "quote") {
                out.push_back(read_block(doc, b, BlockKind::Quote, diagnostics()));
                out.back().attribution = printed_attribute(doc, b, "by", diagnostics()).value_or("");
            } else if (name == "figure") {
                Block block = text_block(BlockKind::Figure, {}, doc.locate(b));
                block.figure = read_figure(b);
                out.push_back(std::move(block));
            } else if (name == "box") {
                Block box = text_block(BlockKind::Box, {}, doc.locate(b));
                box.title = printed_attribute(doc, b, "title", diagnostics()).value_or("");
                read_body(b, box.children);
                out.push_back(std::move(box));
            } else if (name == "ul" || name == "ol") {
                // Each item a block of its own, labelled as it is printed.
                int number = 0;
                bool first_item = true;
                for (const xmlNode* li : child_elements(b)) {
                    out.push_back(read_block(doc, li, BlockKind::ListItem, diagnostics()));
                    if (out.back().empty()) {
                        out.pop_back();
                        continue;
                    }
                    out.back().label = name == "ol" ? std::to_string(++number) + "." : "\u2022";
                    out.back().starts_list = first_item;
                    first_item = false;
                }
                continue;
            } else if (name == "interview") {
                for (const xmlNode* qa : child_elements(b)) {
                    // Anything but a question is set as an answer.
                    out.push_back(read_block(doc, qa,
                                             node_name(qa) == "question" ? BlockKind::Question : BlockKind::Answer,
                                             diagnostics()));
                    if (out.back().empty()) out.pop_back();
                }
                continue;
            } else {
                out.push_back(read_block(doc, b, BlockKind::Paragraph, diagnostics()));
            }
            if (out.back().empty()) out.pop_back();
        }
    }

    // The body's blocks and the unknown elements beside it (each becomes a
    // paragraph), against the article's and the issue's limits.
    void check_block_count(const xmlNode* root) {
        std::size_t blocks = 0;
        const xmlNode* where = root;
        for (const xmlNode* child : child_elements(root)) {
            const auto name = node_name(child);
            if (name == "body") {
                blocks += count_blocks(child);
                where = child;
            } else if (name != "kicker" && name != "title" && name != "lead" && name != "keywords" && name != "source") {
                ++blocks;
            }
        }
        if (blocks > kMaxBlocksPerArticle)
            refuse_over_limit("the article", blocks, "blocks", kMaxBlocksPerArticle, "per article",
                              "split it into several articles", doc.locate(where));
        files.blocks += blocks;
        if (files.blocks > kMaxBlocksPerIssue)
            refuse_over_limit("the issue", files.blocks, "blocks (with this article)", kMaxBlocksPerIssue, "per issue",
                              "move articles to another issue", doc.locate(where));
    }

    Article read(const Issue& issue) {
        const xmlNode* root = doc.root_named("article", "an article file starts with <article id=\"...\">");
        check_document(doc, root, FileKind::Article, diagnostics());
        Article article;
        article.where = doc.locate(root);
        article.id = required(doc, root, "id", doc.path().stem().string().c_str());
        article.date = attribute(root, "date").value_or(issue.date);
        article.author = printed_attribute(doc, root, "author", diagnostics()).value_or("");
        check_block_count(root);

        for (const xmlNode* child : child_elements(root)) {
            const auto name = node_name(child);
            if (name == "kicker") {
                set_or_append(article.kicker, read_block(doc, child, BlockKind::Kicker, diagnostics()));
            } else if (name == "title") {
                set_or_append(article.title, read_block(doc, child, BlockKind::Title, diagnostics()));
            } else if (name == "lead") {
                set_or_append(article.lead, read_block(doc, child, BlockKind::Lead, diagnostics()));
            } else if (name == "body") {
                read_body(child, article.body);
            } else if (name == "keywords") {
                set_or_append(article.keywords, read_plain(doc, child, diagnostics()));
                article.keywords_where = doc.locate(child);
            } else if (name == "source") {
                const std::string text = read_plain(doc, child, diagnostics());
                set_or_append(article.source_text, text);
                article.source_where = doc.locate(child);
                if (article.source_href.empty()) article.source_href = attribute(child, "href").value_or(text);
            } else {
                // The schema check has warned; the text is set after the body.
                Block block = read_block(doc, child, BlockKind::Paragraph, diagnostics());
                if (!block.empty()) article.body.push_back(std::move(block));
            }
        }
        if (article.title.empty())
            throw InputError{error("article \"" + article.id + "\" has no <title>", "add <title>...</title> after <kicker>")
                                 .at(article.where)};
        std::size_t characters = characters_of(article.kicker) + characters_of(article.title) +
                                 characters_of(article.lead) + count_characters(article.keywords) +
                                 count_characters(article.source_text);
        for (const Block& b : article.body) characters += characters_of(b);
        if (characters > kMaxCharactersPerArticle)
            refuse_over_limit("the article", characters, "characters", kMaxCharactersPerArticle, "per article",
                              "split it into several articles", article.where);
        if (article.body.empty())
            diagnostics().add(warning("article \"" + article.id + "\" has no text: only its heading is set",
                                      "write the text into <body><p>...</p></body>, or remove the article")
                                  .at(article.where));
        return article;
    }
};

}  // namespace

Article read_article(IssueFiles& files, const Issue& issue, const std::filesystem::path& file) {
    XmlDocument doc = XmlDocument::load(file).take();
    return ArticleReader{files, doc}.read(issue);
}

}  // namespace heftsatz
