// The PDF's name when -o is not given: out/<magazine>-<year>-<nn>.pdf, made
// from the manifest's values. Those come from whoever wrote issue.xml, so
// the magazine's name is reduced to letters, digits and hyphens: a
// magazine="../../etc" or one with a slash or control characters can never
// put the PDF outside out/.
#pragma once

#include "base/FileNamePart.h"
#include "manifest/Issue.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace heftsatz {

std::filesystem::path default_output(const Issue& issue);
// The flatplan beside it: out/<magazine>-<year>-<nn>-plan.html.
std::filesystem::path default_plan_output(const Issue& issue);

}  // namespace heftsatz
