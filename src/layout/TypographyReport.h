// The grey of justified columns, measured on the lines as set: what a
// production editor reads like a preflight (`heftsatz check --typography`,
// and the "typography" object of --report). The figures follow
// docs/typesetting.md ("Measuring the grey"), so they compare with the same
// figures measured from the PDF by scripts/measure-grey.py.
#pragma once

#include "layout/ColumnFlow.h"

#include <string>
#include <vector>

namespace heftsatz {

// Raw observations, summed over articles before figures are taken.
struct GreyTally {
    std::vector<double> spaces_em;     // per full justified line: mean word space, em of its font size
    std::vector<double> space_ratios;  // per full justified line: mean word space / natural space
    int lines = 0;                     // lines of running text placed in columns
    int hyphenated = 0;                // of those, ending in a hyphen (inserted or the text's own)
    int longest_hyphen_run = 0;        // most hyphenated lines in a row in one column
    int widows = 0;
    int orphans = 0;
    int left_short = 0;  // justified lines of one word that could not be filled (not in the space figures)

    void merge(const GreyTally& other);
    // Counts the lines a flow placed: running text (paragraphs, answers, box
    // text, questions) that is justified.
    void add_flow(const std::vector<SetBlock>& blocks, const Flow& flow);
};

struct GreyFigures {
    int lines = 0;
    int full_lines = 0;  // justified lines that are not a paragraph's last
    double space_median = 0, space_p95 = 0, space_max = 0, space_stdev = 0;  // em
    double hyphens_per_1000 = 0;
    int hyphenated = 0;
    int longest_hyphen_run = 0;
    int over_1_5 = 0, over_2 = 0, over_3 = 0;  // full lines with spaces over 1.5, 2, 3 times natural
    int squeezed = 0;                          // full lines with spaces under 0.75 times natural
    int widows = 0, orphans = 0;
    int left_short = 0;
};

GreyFigures figures(const GreyTally& tally);

struct TypographyReport {
    std::vector<std::pair<std::string, GreyTally>> articles;  // article id, in issue order
    GreyTally total() const;
};

}  // namespace heftsatz
