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

#ifdef HEFTSATZ_JEMALLOC
#include <jemalloc/jemalloc.h>
#endif

#include <cstdlib>

#ifndef HEFTSATZ_PATTERNS
#define HEFTSATZ_PATTERNS "unknown"
#endif

namespace heftsatz {
namespace {

// The allocator the program runs with: jemalloc's version as it says it, or
// glibc's malloc in a build without it (the sanitizers bring their own).
std::string allocator() {
#ifdef HEFTSATZ_JEMALLOC
    const char* version = nullptr;
    std::size_t size = sizeof version;
    if (mallctl("version", &version, &size, nullptr, 0) == 0 && version) {
        const std::string v(version);  // "5.3.0-0-g54eaed1d8b56b1aa528be3bdd1877e59c56fa90c"
        return "jemalloc " + v.substr(0, v.find('-'));
    }
    return "jemalloc";
#else
    return "glibc";
#endif
}

}  // namespace

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
        {"malloc", allocator()},
        {"hyphenation patterns", "dehyph-exptl (" HEFTSATZ_PATTERNS ")"},
    };
}

}  // namespace heftsatz
