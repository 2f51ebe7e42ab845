// The PDF's name when -o is not given: out/<magazine>-<year>-<nn>.pdf, made
// from the manifest's values. Those come from whoever wrote issue.xml, so
// the magazine's name is reduced to letters, digits and hyphens: a
// magazine="../../etc" or one with a slash or control characters can never
// put the PDF outside out/.
#pragma once

#include "manifest/Issue.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace heftsatz {

// Lower-case ASCII letters and digits; ä ö ü ß as ae oe ue ss; every other
// run of characters one hyphen; at most 48 characters; "issue" if nothing
// is left.
std::string file_name_part(std::string_view text);

std::filesystem::path default_output(const Issue& issue);
// The flatplan beside it: out/<magazine>-<year>-<nn>-plan.html.
std::filesystem::path default_plan_output(const Issue& issue);

}  // namespace heftsatz
