// libjpeg's error handling, shared by the reader that checks JPEGs
// (ImageProbe) and the PDF stage that resamples them for the screen.
//
// libjpeg reports errors by calling error_exit, which must not return: it
// jumps back to the caller's setjmp (no C++ objects with destructors may
// live between the two). Warnings (a truncated file is one: "premature end
// of data") are counted: a JPEG that decodes only with warnings is damaged.
#pragma once

#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>

namespace heftsatz {

struct JpegError {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    int warnings;
};

inline void jpeg_fail(j_common_ptr cinfo) { std::longjmp(reinterpret_cast<JpegError*>(cinfo->err)->jump, 1); }

inline void jpeg_note(j_common_ptr cinfo, int level) {
    if (level < 0) ++reinterpret_cast<JpegError*>(cinfo->err)->warnings;
}

// Installs the handlers in `error` and returns the manager for cinfo.err.
inline jpeg_error_mgr* jpeg_errors(JpegError& error) {
    error.warnings = 0;
    jpeg_error_mgr* mgr = jpeg_std_error(&error.mgr);
    error.mgr.error_exit = jpeg_fail;
    error.mgr.emit_message = jpeg_note;
    return mgr;
}

}  // namespace heftsatz
