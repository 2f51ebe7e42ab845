#include "archive/IssueRecord.h"

#include "base/FileError.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <fstream>
#include <sstream>

namespace heftsatz {

using nlohmann::json;

// The field lists, once for both directions.
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ArchivedFile, path, bytes, sha256)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(WebBlock, kind, html, label, image, alt, credit)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ArticleRecord, id, kind, date, kicker, title, lead, author, keywords,
                                                source_href, source_text, page, page_label, body, pdf)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SectionRecord, title, articles)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CompanyRecord, name, category, postcode, city, web, page)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(IssueRecord, id, magazine, number, year, edition, month_and_year,
                                                date, lang, input_key, pages, reader_pdf, archive_pdf, thumbnail,
                                                thumbnail_width, thumbnail_height, cover_alt, sections, companies,
                                                images, warnings)

namespace {
// Raised when the format changes, so an old archive's records are rebuilt
// rather than misread.
constexpr int kRecordFormat = 2;
}  // namespace

std::vector<const ArchivedFile*> IssueRecord::files() const {
    std::vector<const ArchivedFile*> out{&reader_pdf, &archive_pdf, &thumbnail};
    for (const ArchivedFile& image : images) out.push_back(&image);
    for (const SectionRecord& s : sections)
        for (const ArticleRecord& a : s.articles)
            if (!a.pdf.path.empty()) out.push_back(&a.pdf);
    return out;
}

std::string record_json(const IssueRecord& record) {
    json j = record;
    j["format"] = kRecordFormat;
    return j.dump(1, '\t') + "\n";  // nlohmann keeps keys sorted
}

Result<IssueRecord> read_record(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return error("cannot read " + file.string() + ": " + file_error_words(errno),
                     "build the issue again without --merge, or copy its folder from the shard that built it")
            .at({file.string(), 0, 0});
    std::stringstream text;
    text << in.rdbuf();
    try {
        const json j = json::parse(text.str());
        if (j.value("format", 0) != kRecordFormat)
            return error(file.string() + " was written by another version of heftsatz",
                         "build the archive again with this version")
                .at({file.string(), 0, 0});
        return j.get<IssueRecord>();
    } catch (const json::exception& e) {
        return error(file.string() + " is not an issue record heftsatz wrote: " + e.what(),
                     "remove the issue's folder from the archive and build it again")
            .at({file.string(), 0, 0});
    }
}

}  // namespace heftsatz
