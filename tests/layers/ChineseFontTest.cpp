// Without fonts-noto-cjk every Chinese glyph renders as a box and nothing fails: this is the
// check that does fail (TOOLCHAIN.md pitfall 5).

#include <gtest/gtest.h>

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QStringList>

namespace fangan {
namespace {

TEST(ChineseFont, SimplifiedChineseFamiliesAreInstalled) {
  EXPECT_FALSE(QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty());
}

TEST(ChineseFont, LabelFontResolvesToNotoSansCjkWithChineseGlyphs) {
  const QFont font(QStringLiteral("Noto Sans CJK SC"));
  EXPECT_EQ(QFontInfo(font).family(), QStringLiteral("Noto Sans CJK SC"));
  EXPECT_TRUE(QFontMetricsF(font).inFontUcs4(U'房'));
}

}  // namespace
}  // namespace fangan
