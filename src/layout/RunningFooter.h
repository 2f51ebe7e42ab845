// Running titles: the section name at the head of the page (outer edge),
// and the footer with the folio at the outer edge, then magazine, edition
// and section: "12   Kommune21 · Ausgabe 12/2020 · Politik".
#pragma once

#include "layout/LayoutContext.h"
#include "layout/TextReport.h"

namespace heftsatz {

// `section_where` is where the page's section title comes from (a section
// of issue.xml, the listings); empty for the titles heftsatz makes. Each
// running title has one line: one that does not fit is an error, named
// once (by `report`) for the section or the magazine's name.
void paint_running_titles(Page& page, const SourceLocation& section_where, LayoutContext& ctx, TextReport& report);

}  // namespace heftsatz
