#include <gtest/gtest.h>

#include "layers/layout/PdfToUnicodeRepair.h"

namespace fangan {
namespace {

TEST(PdfToUnicodeRepair, MapsRadicalsOnTheTextSideToTheirIdeographs) {
  // ⽐ U+2F50 is drawn as 比 U+6BD4; ⻚ U+2EDA (no decomposition) as 页 U+9875; ⼾ U+2F3E
  // (decomposing to 戶) as 户 U+6237 in a Simplified Chinese font. Source codes (glyph ids) are
  // never touched, even <2F50>.
  QByteArray pdf =
      "stream\nbegincmap\n3 beginbfchar\n<2F50> <2F50>\n<0007> <2EDA>\n<0008> <2F3E>\nendbfchar\n"
      "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<4E2A> <2F50> <0031>]\n"
      "endbfrange\nendcmap\nendstream\n";
  const qsizetype size = pdf.size();
  EXPECT_EQ(repairPdfToUnicode(pdf, "Noto Sans CJK SC"), 4);
  EXPECT_EQ(pdf.size(), size);
  EXPECT_TRUE(pdf.contains("<2F50> <6BD4>"));
  EXPECT_TRUE(pdf.contains("<0007> <9875>"));
  EXPECT_TRUE(pdf.contains("<0008> <6237>"));
  EXPECT_TRUE(pdf.contains("[<4E2A> <6BD4> <0031>]"));
}

TEST(PdfToUnicodeRepair, LeavesAFileWithoutTextMapsAlone) {
  QByteArray pdf = "%PDF-1.4\n<2F50> <2F50>\n%%EOF\n";
  const QByteArray before = pdf;
  EXPECT_EQ(repairPdfToUnicode(pdf, "Noto Sans CJK SC"), 0);
  EXPECT_EQ(pdf, before);
}

}  // namespace
}  // namespace fangan
