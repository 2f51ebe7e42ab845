// Reads the company directory (<listings src="listings.xml"/>).
#include "manifest/InlineReader.h"
#include "manifest/InputLimits.h"
#include "manifest/IssueFiles.h"
#include "manifest/Schema.h"

namespace heftsatz {

Listings read_listings(IssueFiles& files, const XmlDocument& doc, const xmlNode* node) {
    Diagnostics& diagnostics = files.diagnostics;
    Listings listings;
    listings.title = printed_attribute(doc, node, "title", diagnostics).value_or(listings.title);
    listings.title_where = doc.locate(node);
    const std::string src = required(doc, node, "src", "listings.xml");
    XmlDocument file = XmlDocument::load(files.existing_file(doc, node, src, "listings file")).take();
    const xmlNode* root = file.root_named("listings", "a listings file starts with <listings>");
    check_document(file, root, FileKind::Listings, diagnostics);
    listings.where = file.locate(root);
    const std::vector<xmlNode*> entries = child_elements(root);
    if (entries.size() > kMaxCompanies)
        refuse_over_limit("the directory", entries.size(), "entries", kMaxCompanies, "per issue",
                          "keep the directory to the companies that booked an entry", listings.where);
    std::size_t characters = 0;
    // An unknown element is read as an entry too (the schema check warns):
    // a misspelt <compnay> keeps its company.
    for (const xmlNode* c : entries) {
        Company company;
        company.where = file.locate(c);
        company.name = required_text(file, c, "name", "Beispiel GmbH", diagnostics);
        company.category = required_text(file, c, "category", "Fachverfahren", diagnostics);
        company.street = printed_attribute(file, c, "street", diagnostics).value_or("");
        company.postcode = printed_attribute(file, c, "postcode", diagnostics).value_or("");
        company.city = printed_attribute(file, c, "city", diagnostics).value_or("");
        company.phone = printed_attribute(file, c, "phone", diagnostics).value_or("");
        company.web = printed_attribute(file, c, "web", diagnostics).value_or("");
        if (auto logo = attribute(c, "logo")) {
            company.logo = files.existing_file(file, c, *logo, "logo");
            company.logo_info = files.probe(file, c, company.logo);
        }
        company.text = read_plain(file, c, diagnostics);
        characters += count_characters(company.name) + count_characters(company.category) +
                      count_characters(company.street) + count_characters(company.postcode) +
                      count_characters(company.city) + count_characters(company.phone) +
                      count_characters(company.web) + count_characters(company.text);
        listings.companies.push_back(std::move(company));
    }
    // The directory is laid out as a whole, as an article is.
    if (characters > kMaxCharactersPerArticle)
        refuse_over_limit("the directory", characters, "characters", kMaxCharactersPerArticle,
                          "(the limit for one article)", "keep the entries' texts short", listings.where);
    return listings;
}

}  // namespace heftsatz
