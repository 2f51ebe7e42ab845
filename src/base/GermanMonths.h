// The months' German names, for the dates heftsatz writes ("Dezember 2020"
// on a cover, "1. Dezember 2020" in the archive's index).
#pragma once

#include <string>

namespace heftsatz {

// "Januar" for 1 to "Dezember" for 12; empty for any other number.
inline std::string german_month(int month) {
    static const char* const kMonths[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                                          "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    return month >= 1 && month <= 12 ? kMonths[month - 1] : "";
}

}  // namespace heftsatz
