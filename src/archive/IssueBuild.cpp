#include "archive/IssueBuild.h"

#include "archive/ArchiveFiles.h"
#include "archive/ArticleText.h"
#include "archive/InputKey.h"
#include "archive/Thumbnail.h"
#include "base/FileNamePart.h"
#include "layout/Layout.h"
#include "manifest/Manifest.h"
#include "pdf/Pdf.h"

#include <fstream>
#include <iterator>
#include <map>

namespace heftsatz {

namespace fs = std::filesystem;

namespace {

// The thumbnail's width in pixels: the index shows it 180 CSS pixels wide,
// sharp on a screen of twice the density.
constexpr int kThumbnailWidth = 360;

// The first page (1-based) that shows the story `key`, or 0.
int first_page(const Document& doc, const std::string& key) {
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (const Story& story : doc.pages[p].stories)
            if (story.key == key) return static_cast<int>(p) + 1;
    return 0;
}

std::string label_of(const Document& doc, int page) {
    return page > 0 && static_cast<std::size_t>(page) <= doc.page_labels.size() ? doc.page_labels[page - 1]
                                                                                 : std::to_string(page);
}

std::optional<std::string> read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The web edition's figures: each image file once, in <issue>/bilder/ under
// a name made safe from its path in the issue folder.
class FigureFiles {
public:
    FigureFiles(const Issue& issue, std::string id) : folder_(issue.folder), id_(std::move(id)) {}

    std::string name(const fs::path& image) {
        const std::string relative = fs::weakly_canonical(image).lexically_relative(fs::weakly_canonical(folder_)).generic_string();
        auto [it, added] = names_.emplace(image, "");
        if (added) {
            const fs::path p(relative);
            it->second = id_ + "/bilder/" + file_name_part(p.parent_path().generic_string() + "-" + p.stem().string()) +
                         p.extension().string();
        }
        return it->second;
    }
    const std::map<fs::path, std::string>& names() const { return names_; }

private:
    fs::path folder_;
    std::string id_;
    std::map<fs::path, std::string> names_;
};

IssueRecord record_of(const Issue& issue, const Document& doc, const std::string& id, FigureFiles& figures) {
    IssueRecord r;
    r.id = id;
    r.magazine = issue.magazine;
    r.number = issue.number;
    r.year = issue.year;
    r.edition = issue.edition();
    r.month_and_year = issue.month_and_year();
    r.date = issue.date;
    r.lang = issue.lang;
    r.pages = static_cast<int>(doc.pages.size());
    if (issue.cover) r.cover_alt = issue.cover->alt;
    const GermanTypography typography;
    const ImageName image_name = [&](const fs::path& image) { return figures.name(image); };
    auto article = [&](const Article& a, const char* kind) {
        ArticleRecord ar = article_record(a, typography, image_name);
        ar.kind = kind;
        ar.page = first_page(doc, a.id);
        ar.page_label = label_of(doc, ar.page);
        return ar;
    };
    if (issue.editorial) r.sections.push_back(SectionRecord{"", {article(*issue.editorial, "editorial")}});
    for (const Section& s : issue.sections) {
        SectionRecord sr{s.title, {}};
        for (const Article& a : s.articles) sr.articles.push_back(article(a, "article"));
        r.sections.push_back(std::move(sr));
    }
    if (issue.listings) {
        const int page = first_page(doc, "directory");
        for (const Company& c : issue.listings->companies)
            r.companies.push_back(CompanyRecord{c.name, c.category, c.postcode, c.city, c.web, page});
    }
    return r;
}

// The record of an earlier run, if its key is `key` and its files are all
// still there.
std::optional<IssueRecord> up_to_date(const fs::path& root, const std::string& id, const std::string& key) {
    const fs::path file = root / id / "issue.json";
    std::error_code ec;
    if (!fs::exists(file, ec)) return std::nullopt;
    auto record = read_record(file);
    if (!record || record->input_key != key) return std::nullopt;
    for (const ArchivedFile* f : record->files())
        if (!still_there(root, *f)) return std::nullopt;
    return std::move(*record);
}

}  // namespace

IssueOutcome archive_issue(const fs::path& folder, const fs::path& root, const ArchiveInputs& inputs) {
    IssueOutcome out;
    Diagnostics& diagnostics = out.diagnostics;
    auto fail = [&](const Diagnostic& d) {
        diagnostics.add(d);
        return std::move(out);
    };
    const std::string id = folder.filename().string();
    auto issue = read_issue(folder, diagnostics);
    if (!issue) return fail(issue.failure());
    auto search = DataSearchPath::for_issue(issue->folder, inputs.data_dirs, inputs.data_env, diagnostics);
    if (!search) return fail(search.failure());
    auto layout = read_layout(issue->layout, *search, diagnostics);
    if (!layout) return fail(layout.failure());
    auto key = input_key(*issue, *layout, inputs.engine);
    if (!key) return fail(key.failure());
    if (auto record = up_to_date(root, id, *key)) {
        out.record = std::move(record);
        return out;
    }
    out.rebuilt = true;

    auto fonts = FontLibrary::load(*layout);
    if (!fonts) return fail(fonts.failure());
    // The offprints set the issue's articles again, at the same width and in
    // the same styles: their paragraphs are the issue's, built once.
    ParagraphCache paragraphs;
    auto doc = lay_out_issue(*issue, *layout, *fonts, inputs.lexicon(), diagnostics, inputs.threads, nullptr, &paragraphs);
    if (!doc) return fail(doc.failure());
    // The archive profile paints the reader's pages again; the offprints
    // embed the issue's figures again, at the reader's size. Each font is
    // subset once: the reader and the PDF/A take the issue's subsets, the
    // offprints cut theirs from them (the same bytes, in half the time:
    // tests/pdf/test_subsets_within.cpp).
    PdfCaches pdf_caches;
    const FontSubsets issue_fonts = font_subsets(*doc);
    auto reader = render_pdf(*doc, diagnostics,
                             PdfOptions{PdfProfile::Reader, inputs.threads, 85, &pdf_caches, true, &issue_fonts});
    if (!reader) return fail(reader.failure());
    auto archive = render_pdf(*doc, diagnostics,
                              PdfOptions{PdfProfile::Archive, inputs.threads, 85, &pdf_caches, true, &issue_fonts});
    if (!archive) return fail(archive.failure());
    Result<Thumbnail> thumbnail = [&] {
        std::lock_guard<std::mutex> turn(*inputs.renderer);
        return render_thumbnail(*reader, kThumbnailWidth);
    }();
    if (!thumbnail) return fail(thumbnail.failure());

    FigureFiles figures(*issue, id);
    IssueRecord record = record_of(*issue, *doc, id, figures);
    record.input_key = *key;
    record.warnings = static_cast<int>(diagnostics.count(Severity::Warning));
    record.thumbnail_width = thumbnail->width;
    record.thumbnail_height = thumbnail->height;
    const std::string stem = id + "/" + issue->file_stem();
    auto reader_file = archive_file(root, stem + ".pdf", *reader, "the reader PDF");
    if (!reader_file) return fail(reader_file.failure());
    record.reader_pdf = *reader_file;
    auto archive_pdf = archive_file(root, stem + "-archive.pdf", *archive, "the archive PDF");
    if (!archive_pdf) return fail(archive_pdf.failure());
    record.archive_pdf = *archive_pdf;
    auto cover = archive_file(root, stem + "-titel.png", thumbnail->png, "the cover thumbnail");
    if (!cover) return fail(cover.failure());
    record.thumbnail = *cover;
    for (const auto& [image, name] : figures.names()) {
        const auto bytes = read_bytes(image);
        if (!bytes)
            return fail(error("cannot read " + image.string() + " again for the web edition",
                              "check that the file was not removed while the archive was built")
                            .at({image.string(), 0, 0}));
        auto copied = archive_file(root, name, *bytes, "a figure of the web edition");
        if (!copied) return fail(copied.failure());
        record.images.push_back(*copied);
    }
    // The offprints: warnings of their own would repeat the issue's. They
    // are not linearized: a file of a few dozen kilobytes arrives whole
    // before a viewer could use the first page's share, and linearizing took
    // 4 % of an archived issue's time and made each file 1.3 KB larger.
    std::size_t s = record.sections.size() - issue->sections.size();  // after the editorial's
    for (const Section& section : issue->sections) {
        SectionRecord& sr = record.sections[s++];
        for (std::size_t k = 0; k < section.articles.size(); ++k) {
            const Issue one = issue->offprint_of(section, section.articles[k]);
            Diagnostics own;
            auto laid = lay_out_issue(one, *layout, *fonts, inputs.lexicon(), own, inputs.threads, nullptr, &paragraphs);
            if (!laid) return fail(laid.failure());
            auto pdf = render_pdf(*laid, own, PdfOptions{PdfProfile::Reader, inputs.threads, 85, &pdf_caches, false, &issue_fonts});
            if (!pdf) return fail(pdf.failure());
            auto file = archive_file(root, id + "/" + file_name_part(section.articles[k].id) + ".pdf", *pdf,
                                     "an article's PDF");
            if (!file) return fail(file.failure());
            sr.articles[k].pdf = *file;
        }
    }
    auto json = write_file(root / id / "issue.json", record_json(record), "the issue's record");
    if (!json) return fail(json.failure());
    out.record = std::move(record);
    return out;
}

}  // namespace heftsatz
