// The text stage's public header: fonts, shaping, hyphenation, compound
// joints, German typography and Knuth–Plass line breaking. It knows the
// manifest's model and nothing after it.
#pragma once

#include "text/CompoundSplitter.h"
#include "text/Font.h"
#include "text/FontLibrary.h"
#include "text/GermanTypography.h"
#include "text/Hyphenator.h"
#include "text/Justification.h"
#include "text/Lexicon.h"
#include "text/LineBreaker.h"
#include "text/LineSetter.h"
#include "text/Paragraph.h"
#include "text/ParagraphBuilder.h"
#include "text/Shaper.h"
#include "text/WordBreaks.h"
