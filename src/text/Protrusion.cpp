#include "text/Protrusion.h"

namespace heftsatz {

ProtrusionTable ProtrusionTable::defaults() {
    ProtrusionTable t;
    // Punctuation at the right margin (protcode.tex \rpcode).
    t.set('.', {0, 700});
    t.set(',', {0, 700});
    t.set('-', {0, 700});      // the hyphen, inserted or in the text
    t.set(0x2010, {0, 700});   // HYPHEN
    t.set(';', {0, 500});
    t.set(':', {0, 500});
    t.set('!', {0, 200});
    t.set('?', {0, 200});
    t.set(')', {0, 50});
    t.set('(', {50, 0});
    t.set(0x2013, {200, 300}); // EN DASH: left as microtype's \textendash, right as protcode's "--"
    t.set(0x2014, {150, 200}); // EM DASH: left as microtype, right as protcode's "---"
    t.set(0x2026, {0, 300});   // ELLIPSIS: ours, a third of three full stops' 700 each
    // Quotation marks: German opens with „ ‚ (low) and closes with “ ‘;
    // protcode gives `` 500 / ` 700 on the left and '' 500 / ' 700 on the right.
    t.set(0x201E, {500, 0});   // „
    t.set(0x201A, {700, 0});   // ‚
    t.set(0x201C, {500, 500}); // “ closes in German, opens in English
    t.set(0x2018, {700, 700}); // ‘ likewise
    t.set(0x201D, {0, 500});   // ”
    t.set(0x2019, {0, 700});   // ’ (also the apostrophe)
    t.set(0x00BB, {200, 200}); // » (microtype's \guillemotright is {100,200}-ish; ours, symmetric)
    t.set(0x00AB, {200, 200}); // «
    t.set('"', {500, 500});
    t.set('\'', {700, 700});
    // Letters with open sides (protcode.tex, 50 on each listed side).
    for (char32_t c : {U'A', U'T', U'V', U'W', U'X', U'Y', U'v', U'w', U'x'}) t.set(c, {50, 50});
    for (char32_t c : {U'F', U'K', U'L', U'k', U'r', U't', U'y'}) t.set(c, {0, 50});
    t.set('J', {50, 0});
    return t;
}

}  // namespace heftsatz
