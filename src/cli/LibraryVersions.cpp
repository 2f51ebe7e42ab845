#include "cli/LibraryVersions.h"

#include <hb.h>
#include <jpeglib.h>
#include <libxml/parser.h>
#include <png.h>
#include <podofo/base/PdfDefines.h>
#include <podofo/base/PdfVersion.h>
#include <qpdf/qpdf-c.h>
#include <unicode/uversion.h>
#include <libdeflate.h>
#include <zlib.h>

#include <cstdlib>

#ifndef HEFTSATZ_PATTERNS
#define HEFTSATZ_PATTERNS "unknown"
#endif

namespace heftsatz {

std::vector<std::pair<std::string, std::string>> library_versions() {
    UVersionInfo icu;
    u_getVersion(icu);
    char icu_text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu, icu_text);
    // libxml2 says its version as a number, 20914 for 2.9.14.
    const int xml = std::atoi(xmlParserVersion);
    const std::string xml_text =
        std::to_string(xml / 10000) + "." + std::to_string(xml / 100 % 100) + "." + std::to_string(xml % 100);
    return {
        {"HarfBuzz", hb_version_string()},
        {"PoDoFo", PODOFO_VERSION_STRING},  // no run-time query: the version built against (its soname pins it)
        {"qpdf", qpdf_get_qpdf_version()},
        {"libxml2", xml_text},
        {"ICU", icu_text},
        {"libpng", png_get_libpng_ver(nullptr)},
        {"libjpeg", std::to_string(JPEG_LIB_VERSION)},  // the API level built against
        {"zlib", zlibVersion()},
        {"libdeflate", LIBDEFLATE_VERSION_STRING},  // no run-time query either
        {"hyphenation patterns", "dehyph-exptl (" HEFTSATZ_PATTERNS ")"},
    };
}

}  // namespace heftsatz
