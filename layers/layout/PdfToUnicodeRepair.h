#pragma once
// Qt's PDF engine writes each embedded font's ToUnicode map (glyph → text, used by search,
// copy and pdftotext) by asking, for every code point from U+0000 up, which glyph it maps to;
// the first code point found wins. Noto Sans CJK draws a Kangxi radical (U+2F00–U+2FD5) and
// the CJK Radicals Supplement (U+2E80–U+2EF3) with the glyph of the ordinary ideograph, and
// those blocks come first, so "比例尺" would copy as "⽐例尺" and a search for 比 would miss it.
//
// This rewrites, in the finished PDF, every radical on the text side of a ToUnicode map to the
// ideograph the font draws with the same glyph (⻚ → 页, ⼾ → 户 in a Simplified Chinese font),
// else to the radical's Unicode compatibility decomposition. Code points are 4 hex digits either
// way, so the file keeps its length and its cross-reference table stays valid.

#include <QByteArray>
#include <QString>

namespace fangan {

/// Repairs the ToUnicode maps of `pdf` in place, using `fontFamily` (the layout's font) to
/// pair radicals with ideographs; returns how many entries changed. Needs a QGuiApplication.
int repairPdfToUnicode(QByteArray& pdf, const QString& fontFamily);

}  // namespace fangan
