// Page sizes, item placement and page lists: the arithmetic every layout stands on.

#include <gtest/gtest.h>

#include "layers/layout/ItemPlacement.h"
#include "layers/layout/LayoutError.h"
#include "layers/layout/PageList.h"
#include "layers/layout/PageSetup.h"

namespace fangan {
namespace {

TEST(PageSetup, OrientsTheSheet) {
  PageSetup a4;
  a4.paper = PaperSize::A4;
  a4.orientation = PageOrientation::Landscape;
  EXPECT_EQ(a4.sizeMm(), QSizeF(297, 210));
  a4.orientation = PageOrientation::Portrait;
  EXPECT_EQ(a4.sizeMm(), QSizeF(210, 297));
  PageSetup a3;
  a3.paper = PaperSize::A3;
  a3.orientation = PageOrientation::Landscape;
  EXPECT_EQ(a3.sizeMm(), QSizeF(420, 297));
  a3.marginsMm = QMarginsF(12, 10, 8, 6);
  EXPECT_EQ(a3.contentMm(), QRectF(12, 10, 400, 281));
}

struct PixelCase {
  PaperSize paper;
  PageOrientation orientation;
  double dpi;
  QSize pixels;
};

class PagePixelSize : public ::testing::TestWithParam<PixelCase> {};

TEST_P(PagePixelSize, IsMillimetresOverAnInchTimesDpi) {
  PageSetup page;
  page.paper = GetParam().paper;
  page.orientation = GetParam().orientation;
  EXPECT_EQ(page.pixelSize(GetParam().dpi), GetParam().pixels);
}

INSTANTIATE_TEST_SUITE_P(
    Sheets, PagePixelSize,
    ::testing::Values(PixelCase{PaperSize::A4, PageOrientation::Landscape, 300, QSize(3508, 2480)},
                      PixelCase{PaperSize::A4, PageOrientation::Portrait, 300, QSize(2480, 3508)},
                      PixelCase{PaperSize::A3, PageOrientation::Landscape, 300, QSize(4961, 3508)},
                      PixelCase{PaperSize::A3, PageOrientation::Landscape, 600, QSize(9921, 7016)},
                      PixelCase{PaperSize::A4, PageOrientation::Portrait, 72, QSize(595, 842)}));

struct PlacementCase {
  const char* name;
  ItemPlacement placement;
  QRectF expected;  // in a 100 × 50 content area at (10, 20)
};

class ItemPlacementResolve : public ::testing::TestWithParam<PlacementCase> {};

TEST_P(ItemPlacementResolve, PlacesLikeCssAbsolutePositioning) {
  EXPECT_EQ(GetParam().placement.resolve(QRectF(10, 20, 100, 50)), GetParam().expected)
      << GetParam().name;
}

ItemPlacement place(std::optional<double> left, std::optional<double> top,
                    std::optional<double> right, std::optional<double> bottom,
                    std::optional<double> width, std::optional<double> height) {
  return ItemPlacement{left, top, right, bottom, width, height};
}

INSTANTIATE_TEST_SUITE_P(
    Edges, ItemPlacementResolve,
    ::testing::Values(
        PlacementCase{"both edges", place(5, 5, 10, 15, {}, {}), QRectF(15, 25, 85, 30)},
        PlacementCase{"left and width", place(5, 0, {}, {}, 20, 10), QRectF(15, 20, 20, 10)},
        PlacementCase{"right and width", place({}, {}, 0, 0, 30, 10), QRectF(80, 60, 30, 10)},
        PlacementCase{"size only centres", place({}, {}, {}, {}, 40, 10), QRectF(40, 40, 40, 10)},
        PlacementCase{"one edge stretches", place(10, 10, {}, {}, {}, {}), QRectF(20, 30, 90, 40)},
        PlacementCase{"nothing fills", place({}, {}, {}, {}, {}, {}), QRectF(10, 20, 100, 50)},
        PlacementCase{"too small clamps", place(60, 0, 60, 0, {}, {}), QRectF(70, 20, 0, 50)}));

TEST(ItemPlacement, RejectsANonNumberAndAMissingPosition) {
  QJsonObject bad{{"left", "ten"}};
  EXPECT_THROW(ItemPlacement::fromJson(bad, "t.json 第 1 项 (legend)"), LayoutError);
  try {
    ItemPlacement::fromJson(QJsonObject{{"type", "legend"}}, "t.json 第 1 项 (legend)");
    FAIL() << "no error";
  } catch (const LayoutError& e) {
    EXPECT_NE(std::string(e.what()).find("t.json 第 1 项 (legend)"), std::string::npos);
  }
  EXPECT_NO_THROW(ItemPlacement::fromJson(QJsonObject{}, "grid", false));
}

TEST(PageList, ParsesNumbersAndRangesIntoSortedIndexes) {
  EXPECT_EQ(parsePageList("1,3-5", 6), (std::vector<int>{0, 2, 3, 4}));
  EXPECT_EQ(parsePageList(" 5, 2 ,2-3", 6), (std::vector<int>{1, 2, 4}));
  EXPECT_EQ(parsePageList("6", 6), (std::vector<int>{5}));
}

TEST(PageList, RejectsPagesOutsideTheDocumentAndMalformedItems) {
  for (const char* bad : {"0", "7", "3-1", "a", "1,,2", "", "2-"}) {
    EXPECT_THROW(parsePageList(bad, 6), LayoutError) << bad;
  }
}

}  // namespace
}  // namespace fangan
