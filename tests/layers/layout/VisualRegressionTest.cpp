// Each shipped template on the fixture district, rendered to PNG and compared with a reference
// image a person has looked at (tests/layers/layout/reference/). At most 1 % of the pixels may
// differ by more than 32 in a channel: anti-aliasing and glyph rasterisation may move, a missing
// item, a wrong colour or a moved legend may not.
//
// After an intended change, regenerate with FANGAN_UPDATE_REFERENCES=1, look at every image,
// and commit them.

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>

#include "ImageComparison.h"
#include "LayoutFixture.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/PageTexts.h"
#include "layers/layout/SingleMapDocument.h"
#include "layers/layout/TemplateLibrary.h"
#include "tests/support/MissingInput.h"

namespace fangan {
namespace {

using testing::LayoutFixture;

// Low enough to keep the references small, high enough to read every text when reviewing.
constexpr double kReferenceDpi = 60;
constexpr double kTolerance = 0.01;

enum class Area { District, Town, Grid };

struct VisualCase {
  const char* templateName;
  Area area;
};

void PrintTo(const VisualCase& c, std::ostream* os) { *os << c.templateName; }

class VisualRegression : public ::testing::TestWithParam<VisualCase> {};

TEST_P(VisualRegression, MatchesTheReviewedReference) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const VisualCase& c = GetParam();
  LayoutPage page;
  page.area = c.area == Area::District ? districtArea(f.data(), "测试区")
              : c.area == Area::Town   ? townArea(f.data(), "东城街道")
                                       : gridArea(f.data(), "G01");
  PageTexts texts;
  texts.date = QDate(2024, 6, 1);
  texts.source = "测试数据（LayoutFixture）";
  texts.note = "参考图：人工核对后提交";
  page.variables = texts.variables();
  const SingleMapDocument doc(
      Layout::fromTemplate(loadTemplate(c.templateName, {builtInTemplateFolder()})), f.data(),
      page);
  const QImage actual =
      renderPageImage(doc, 0, kReferenceDpi).convertToFormat(QImage::Format_RGB32);

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
