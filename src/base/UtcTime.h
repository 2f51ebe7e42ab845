// A moment (seconds since 1970) written in UTC with a strftime format: the
// PDF's dates ("D:%Y%m%d%H%M%SZ") and XMP's ISO 8601 ones.
#pragma once

#include <ctime>
#include <string>

namespace heftsatz {

inline std::string utc_time(long long epoch, const char* format) {
    std::time_t t = static_cast<std::time_t>(epoch);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char b[64];
    const std::size_t n = std::strftime(b, sizeof b, format, &tm);
    return std::string(b, n);
}

}  // namespace heftsatz
