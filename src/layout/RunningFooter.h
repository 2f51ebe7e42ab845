// Running titles: the section name at the head of the page (outer edge),
// and the footer with the folio at the outer edge, then magazine, edition
// and section: "12   Kommune21 · Ausgabe 12/2020 · Politik".
#pragma once

#include "layout/LayoutContext.h"

namespace heftsatz {

void paint_running_titles(Page& page, LayoutContext& ctx);

}  // namespace heftsatz
