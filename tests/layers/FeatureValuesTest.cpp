// A layer's value table (layers/FeatureValues.h): looked-up words and inline values (each
// feature's own, held as one run of text) read back as the strings they were, and a value's
// identity tells values apart as the renderer's and the legend's grouping rely on.

#include <gtest/gtest.h>

#include <memory>

#include "layers/FeatureValues.h"

namespace fangan {
namespace {

// Fields: code (inline), town (word), note (inline), grade (word).
std::shared_ptr<FeatureValues::Table> table() {
  auto t = std::make_shared<FeatureValues::Table>();
  t->width = 4;
  t->setInline(2);
  t->setInline(0);  // slots follow the field order, whatever order they were set in
  t->words = {QStringLiteral("城关镇"), QStringLiteral("D"), QString()};
  const auto row = [&t](const QString& code, std::uint32_t town, const QString& note,
                        std::uint32_t grade) {
    t->wide.insert(t->wide.end(), {0, town, 0, grade});
    t->appendText(code.utf16(), static_cast<std::size_t>(code.size()));
    t->appendText(note.utf16(), static_cast<std::size_t>(note.size()));
  };
  row(QStringLiteral("FJ-0001"), 0, QString(), 1);
  row(QString(), 0, QStringLiteral("加层"), 2);
  row(QStringLiteral("FJ-0003"), 2, QStringLiteral("改用途"), 1);
  t->pack();
  return t;
}

TEST(FeatureValues, InlineAndLookedUpValuesReadBackAsTheyWere) {
  const auto t = table();
  EXPECT_EQ(t->inlineCount, 2);
  EXPECT_EQ(t->inlineSlot, (std::vector<int>{0, -1, 1, -1}));
  EXPECT_FALSE(t->narrow.empty());  // three words: 16-bit indexes
  const FeatureValues a(t, 0);
  const FeatureValues b(t, 1);
  const FeatureValues c(t, 2);
  EXPECT_EQ(a.toVector(), (QVector<QString>{"FJ-0001", "城关镇", "", "D"}));
  EXPECT_EQ(b.toVector(), (QVector<QString>{"", "城关镇", "加层", ""}));
  EXPECT_EQ(c.toVector(), (QVector<QString>{"FJ-0003", "", "改用途", "D"}));
  EXPECT_EQ(c[2], QStringLiteral("改用途"));
  EXPECT_EQ(c.value(7), QString());
  EXPECT_TRUE(b.contains(QStringLiteral("加层")));
  EXPECT_FALSE(b.contains(QStringLiteral("FJ-0001")));
  // The same values in a table of its own are equal.
  EXPECT_EQ(c, FeatureValues({"FJ-0003", "", "改用途", "D"}));
  EXPECT_NE(a, c);
}

TEST(FeatureValues, IdentitiesAreSharedByAWordAndApartForInlineValues) {
  const auto t = table();
  const FeatureValues a(t, 0);
  const FeatureValues b(t, 1);
  const FeatureValues c(t, 2);
  EXPECT_EQ(a.identity(1), b.identity(1));  // the same town word
  EXPECT_EQ(a.identity(3), c.identity(3));
  EXPECT_NE(a.identity(3), b.identity(3));
  // An empty inline value next to a non-empty one: different values, different identities.
  EXPECT_NE(b.identity(0), c.identity(0));
  EXPECT_NE(a.identity(2), b.identity(2));
  EXPECT_NE(a.identity(0), a.identity(2));
}

}  // namespace
}  // namespace fangan
