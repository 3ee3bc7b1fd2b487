#include "layers/layout/PdfToUnicodeRepair.h"

#include <QChar>
#include <QFont>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QString>
#include <unordered_map>

namespace fangan {
namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

constexpr int kFirstRadical = 0x2E80;  // CJK Radicals Supplement, then Kangxi Radicals
constexpr int kLastRadical = 0x2FDF;

using RadicalMap = std::unordered_map<int, char16_t>;

// Radical → ideograph for a font: the ideograph (Extension A or the unified block) the font
// draws with the radical's glyph; else the radical's compatibility decomposition. The font
// comes first because a decomposition may name another form: ⼾ decomposes to 戶, but a
// Simplified Chinese font draws it with the glyph of 户, which is what the text said.
RadicalMap radicalMapOf(const QString& family) {
  RadicalMap map;
  QString radicals;
  for (int code = kFirstRadical; code <= kLastRadical; ++code) {
    radicals.append(QChar(static_cast<char16_t>(code)));
  }
  const QRawFont font = QRawFont::fromFont(QFont(family));
  if (font.isValid()) {
    QString ideographs;
    for (int code = 0x3400; code <= 0x9FFF; ++code) {
      if (code > 0x4DBF && code < 0x4E00) continue;  // Yijing hexagrams between the blocks
      ideographs.append(QChar(static_cast<char16_t>(code)));
    }
    const QList<quint32> ideographGlyphs = font.glyphIndexesForString(ideographs);
    const QList<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
    QHash<quint32, char16_t> byGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size() && i < ideographs.size(); ++i) {
      // Should two ideographs share a glyph, the unified-block one (later) is the usual
      // spelling and overwrites its Extension A twin.
      if (ideographGlyphs[i] != 0) byGlyph[ideographGlyphs[i]] = ideographs[i].unicode();
    }
    for (qsizetype i = 0; i < radicalGlyphs.size() && i < radicals.size(); ++i) {
      const auto it = byGlyph.constFind(radicalGlyphs[i]);
      if (radicalGlyphs[i] != 0 && it != byGlyph.constEnd()) map[radicals[i].unicode()] = *it;
    }
  }
  for (const QChar radical : radicals) {
    const QString d = radical.decomposition();
    if (d.size() == 1 && d[0].unicode() >= 0x3400) map.emplace(radical.unicode(), d[0].unicode());
  }
  return map;
}

// The map of a family, built once per process (a few milliseconds).
const RadicalMap& cachedRadicalMap(const QString& family) {
  static QMutex mutex;
  static QHash<QString, RadicalMap> cache;
  QMutexLocker lock(&mutex);
  auto it = cache.find(family);
  if (it == cache.end()) it = cache.insert(family, radicalMapOf(family));
  return *it;
}

// Reads the PDF CMap entries between `from` and `to`, rewriting radicals on the destination
// side: the second token of a bfchar entry ("<src> <dst>"), the third of a bfrange entry
// ("<lo> <hi> <dst>") or every token of its array ("<lo> <hi> [<d1> <d2> ...]"). Source codes
// are glyph ids and are left alone even if they happen to look like radicals.
class CmapBlock {
 public:
  CmapBlock(QByteArray& pdf, qsizetype from, qsizetype to, const RadicalMap& radicals)
      : pdf_(pdf), at_(from), to_(to), radicals_(radicals) {}

  int repair(bool ranges) {
    int changed = 0;
    while (skipSpace()) {
      if (!token() || !skipSpace()) break;  // source (bfchar) or low end (bfrange)
      if (ranges) {
        if (!token() || !skipSpace()) break;  // high end
        if (pdf_[at_] == '[') {
          ++at_;
          while (skipSpace() && pdf_[at_] != ']') {
            const qsizetype start = at_;
            if (!token()) return changed;
            changed += repairToken(start);
          }
          ++at_;
          continue;
        }
      }
      const qsizetype start = at_;
      if (!token()) break;
      changed += repairToken(start);
    }
    return changed;
  }

 private:
  // Moves past white space; false at the end of the block.
  bool skipSpace() {
    while (at_ < to_ && (pdf_[at_] == ' ' || pdf_[at_] == '\n' || pdf_[at_] == '\r')) ++at_;
    return at_ < to_;
  }

  // Moves past one "<...>" token; false when there is none.
  bool token() {
    if (pdf_[at_] != '<') return false;
    const qsizetype close = pdf_.indexOf('>', at_);
    if (close < 0 || close >= to_) return false;
    at_ = close + 1;
    return true;
  }

  // Rewrites the token at `start` when it is "<XXXX>" holding a radical; 1 if changed.
  int repairToken(qsizetype start) {
    if (at_ - start != 6) return 0;  // only single BMP code points: "<XXXX>"
    int code = 0;
    for (int i = 1; i <= 4; ++i) {
      const int v = hexValue(pdf_[start + i]);
      if (v < 0) return 0;
      code = code * 16 + v;
    }
    if (code < kFirstRadical || code > kLastRadical) return 0;
    const auto found = radicals_.find(code);
    if (found == radicals_.end()) return 0;
    unsigned ideograph = found->second;
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 4; i >= 1; --i) {
      pdf_[start + i] = digits[ideograph % 16];
      ideograph /= 16;
    }
    return 1;
  }

  QByteArray& pdf_;
  qsizetype at_;
  qsizetype to_;
  const RadicalMap& radicals_;
};

}  // namespace

int repairPdfToUnicode(QByteArray& pdf, const QString& fontFamily) {
  if (pdf.indexOf("begincmap") < 0) return 0;
  const RadicalMap& radicals = cachedRadicalMap(fontFamily);
  int changed = 0;
  qsizetype at = 0;
  while ((at = pdf.indexOf("begincmap", at)) >= 0) {
    const qsizetype end = pdf.indexOf("endcmap", at);
    if (end < 0) break;
    for (const bool ranges : {false, true}) {
      const char* open = ranges ? "beginbfrange" : "beginbfchar";
      const char* close = ranges ? "endbfrange" : "endbfchar";
      qsizetype block = at;
      while ((block = pdf.indexOf(open, block)) >= 0 && block < end) {
        const qsizetype from = block + qsizetype(qstrlen(open));
        const qsizetype to = pdf.indexOf(close, from);
        if (to < 0 || to > end) break;
        changed += CmapBlock(pdf, from, to, radicals).repair(ranges);
        block = to;
      }
    }
    at = end;
  }
  return changed;
}

}  // namespace fangan
