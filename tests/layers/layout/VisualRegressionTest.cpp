// Each shipped template on the fixture district, rendered to PNG and compared with a reference
// image a person has looked at (tests/layers/layout/reference/). At most 1 % of the page's
// pixels may differ by more than 32 in a channel; within each layout item's own rectangle at
// most kItemTolerance of the pixels and at most kInkTolerance of the ink (the pixels that are
// not page white in either image — a short title covers little of its rectangle but all of its
// ink differs when it is missing). Anti-aliasing and glyph rasterisation may move; a missing
// item (even one as small as the north arrow, 0.04 % of the page), a wrong colour or a moved
// legend may not. RemovingAnyItemFails shows that each item's absence is caught.
//
// After an intended change, regenerate with FANGAN_UPDATE_REFERENCES=1, look at every image,
// and commit them.

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>

#include "ImageComparison.h"
#include "LayoutFixture.h"
#include "layers/layout/Layout.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/PageTexts.h"
#include "layers/layout/PaperUnits.h"
#include "layers/layout/SingleMapDocument.h"
#include "layers/layout/TemplateLibrary.h"
#include "tests/support/MissingInput.h"

namespace fangan {
namespace {

using testing::LayoutFixture;

// Low enough to keep the references small, high enough to read every text when reviewing.
constexpr double kReferenceDpi = 60;
constexpr double kTolerance = 0.01;
constexpr double kItemTolerance = 0.05;
constexpr double kInkTolerance = 0.25;

enum class Area { District, Town, Grid };

struct VisualCase {
  const char* templateName;
  Area area;
};

void PrintTo(const VisualCase& c, std::ostream* os) { *os << c.templateName; }

class VisualRegression : public ::testing::TestWithParam<VisualCase> {};

LayoutPage fixturePage(const LayoutFixture& f, Area area) {
  LayoutPage page;
  page.area = area == Area::District ? districtArea(f.data(), "测试区")
              : area == Area::Town   ? townArea(f.data(), "东城街道")
                                     : gridArea(f.data(), "G01");
  PageTexts texts;
  texts.date = QDate(2024, 6, 1);
  texts.source = "测试数据（LayoutFixture）";
  texts.note = "参考图：人工核对后提交";
  page.variables = texts.variables();
  return page;
}

QImage render(const LayoutTemplate& t, const LayoutFixture& f, const LayoutPage& page) {
  const SingleMapDocument doc(Layout::fromTemplate(t), f.data(), page);
  return renderPageImage(doc, 0, kReferenceDpi).convertToFormat(QImage::Format_RGB32);
}

struct ItemRegion {
  std::string name;  // "north_arrow #3"
  QRect pixels;
};

// Each item's rectangle on the rendered page, in pixels at kReferenceDpi.
std::vector<ItemRegion> itemRegions(const LayoutTemplate& t) {
  const Layout layout = Layout::fromTemplate(t);
  const PaperUnits units(kReferenceDpi);
  std::vector<ItemRegion> out;
  int index = 0;
  for (const auto& item : layout.items()) {
    const QRectF mm = item->placement().resolve(layout.pageSetup().contentMm());
    out.push_back({item->type().toStdString() + " #" + std::to_string(index++),
                   units.mm(mm).toAlignedRect()});
  }
  return out;
}

// The items whose rectangles differ by more than kItemTolerance of their pixels or kInkTolerance
// of their ink, with both fractions.
std::string differingItems(const QImage& actual, const QImage& expected,
                           const std::vector<ItemRegion>& regions) {
  std::string out;
  for (const ItemRegion& r : regions) {
    const double d = testing::differingPixelFraction(actual, expected, r.pixels);
    const double ink = testing::differingInkFraction(actual, expected, r.pixels);
    if (d > kItemTolerance || ink > kInkTolerance) {
      out += (out.empty() ? "" : ", ") + r.name + " " + std::to_string(d) + " (ink " +
             std::to_string(ink) + ")";
    }
  }
  return out;
}

TEST_P(VisualRegression, MatchesTheReviewedReference) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const VisualCase& c = GetParam();
  const LayoutTemplate t = loadTemplate(c.templateName, {builtInTemplateFolder()});
  const QImage actual = render(t, f, fixturePage(f, c.area));

  const QString name = QString::fromLatin1(c.templateName);
  const QString reference =
      QStringLiteral(FANGAN_TEST_DIR "/layers/layout/reference/%1.png").arg(name);
  if (qEnvironmentVariableIsSet("FANGAN_UPDATE_REFERENCES")) {
    QDir().mkpath(QFileInfo(reference).path());
    ASSERT_TRUE(actual.save(reference));
    FANGAN_MISSING("wrote " << reference.toStdString() << ": look at it before committing");
  }
  const QString actualPath = QDir::current().filePath(name + QStringLiteral("-actual.png"));
  const QImage expected(reference);
  if (expected.isNull()) {
    actual.save(actualPath);
    FAIL() << "no reference " << reference.toStdString() << "; review " << actualPath.toStdString()
           << " and copy it there (or run with FANGAN_UPDATE_REFERENCES=1)";
  }
  const double differing = testing::differingPixelFraction(actual, expected);
  if (differing > kTolerance) {
    actual.save(actualPath);
    testing::differenceImage(actual, expected)
        .save(QDir::current().filePath(name + QStringLiteral("-difference.png")));
  }
  EXPECT_LE(differing, kTolerance)
      << name.toStdString() << ": " << differing * 100 << " % of the pixels differ; see "
      << actualPath.toStdString() << " and " << name.toStdString() << "-difference.png";
  const std::string items = differingItems(actual, expected, itemRegions(t));
  if (!items.empty()) actual.save(actualPath);
  EXPECT_EQ(items, "") << name.toStdString() << ": these items differ from the reference";
}

// The comparison catches a layout with any one item left out (the north arrow, the scale bar,
// the title, the statistics table ...): the page passes the 1 % bound, an item region does not.
TEST(VisualRegressionPower, RemovingAnyItemFails) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  for (const char* name : {"hazard-grade", "key-zones"}) {
    const LayoutTemplate full = loadTemplate(name, {builtInTemplateFolder()});
    const LayoutPage page = fixturePage(f, Area::District);
    const QImage reference = render(full, f, page);
    const auto regions = itemRegions(full);
    ASSERT_EQ(regions.size(), full.items.size()) << name;
    for (std::size_t i = 0; i < full.items.size(); ++i) {
      // A frame or the grid around the map draws thin lines over a large rectangle; the items
      // the page is read by must each be caught.
      const std::string& item = regions[i].name;
      if (item.rfind("box", 0) == 0 || item.rfind("coordinate_grid", 0) == 0) continue;
      LayoutTemplate missing = full;
      missing.items.erase(missing.items.begin() + static_cast<std::ptrdiff_t>(i));
      const QImage without = render(missing, f, page);
      EXPECT_NE(differingItems(without, reference, regions), "")
          << name << ": leaving out " << regions[i].name << " went unnoticed (page differs by "
          << testing::differingPixelFraction(without, reference) * 100 << " %)";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Templates, VisualRegression,
                         ::testing::Values(VisualCase{"hazard-grade", Area::District},
                                           VisualCase{"coverage-gaps", Area::Town},
                                           VisualCase{"key-zones", Area::District},
                                           VisualCase{"patrol", Area::Grid}),
                         [](const ::testing::TestParamInfo<VisualCase>& info) {
                           std::string name = info.param.templateName;
                           for (char& ch : name) ch = ch == '-' ? '_' : ch;
                           return name;
                         });

}  // namespace
}  // namespace fangan
