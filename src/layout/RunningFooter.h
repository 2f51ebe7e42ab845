// The running footer: folio at the outer edge, then magazine, edition and
// section: "12   Kommune21 · Ausgabe 12/2020 · Politik".
#pragma once

#include "layout/LayoutContext.h"

namespace heftsatz {

void paint_footer(Page& page, LayoutContext& ctx);

}  // namespace heftsatz
