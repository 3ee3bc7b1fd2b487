// Exported files as a reader gets them: a PDF whose Chinese text can be searched and copied
// with the CJK font embedded, a PNG of the pixel size its resolution implies, an SVG with text,
// an atlas with one page per grid after its contents, and chosen pages only.

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "LayoutFixture.h"
#include "PopplerTool.h"
#include "layers/layout/AtlasDocument.h"
#include "layers/layout/LayoutError.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/PageTexts.h"
#include "layers/layout/SingleMapDocument.h"
#include "layers/layout/TemplateLibrary.h"

namespace fangan {
namespace {

using testing::LayoutFixture;

Layout layoutOf(const char* name) {
  return Layout::fromTemplate(loadTemplate(name, {builtInTemplateFolder()}));
}

LayoutPage pageOf(const LayoutArea& area) {
  PageTexts texts;
  texts.date = QDate(2024, 6, 1);
  texts.source = "测试数据";
  LayoutPage page;
  page.area = area;
  page.variables = texts.variables();
  page.roleTexts = texts.roleTexts();
  return page;
}

class Export : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fixture_.isValid());
    ASSERT_TRUE(dir_.isValid());
  }
  QString file(const char* name) const { return dir_.filePath(name); }

  LayoutFixture fixture_;
  QTemporaryDir dir_;
};

TEST_F(Export, PdfTextHoldsTheChineseTitleAndLegendLabels) {
  const SingleMapDocument doc(layoutOf("hazard-grade"), fixture_.data(),
                              pageOf(townArea(fixture_.data(), "东城街道")));
  const ExportResult r = exportDocument(doc, file("map.pdf"), ExportOptions());
  ASSERT_EQ(r.pagesWritten, 1);
  RUN_TOOL_OR_SKIP(text, "pdftotext", "-enc", "UTF-8", file("map.pdf"), "-");
  QString compact = text;
  compact.remove(QRegularExpression("\\s"));
  EXPECT_TRUE(compact.contains("东城街道房屋安全隐患等级分布图")) << text.toStdString();
  for (const char* label :
       {"图例", "未排查", "无隐患", "初判隐患", "C级", "D级", "管控中（斜线）"}) {
    EXPECT_TRUE(compact.contains(QString::fromUtf8(label))) << label;
  }
  EXPECT_FALSE(compact.contains("A级")) << "no A-grade building in 东城街道: not in the legend";
  EXPECT_TRUE(compact.contains("2024年6月1日"));
  // Noto CJK draws 比 and the Kangxi radical ⽐ with one glyph; the text must say 比.
  EXPECT_TRUE(compact.contains("比例尺")) << text.toStdString();
  EXPECT_FALSE(compact.contains(QRegularExpression("[\\x{2E80}-\\x{2FDF}]"))) << text.toStdString();
  // A Simplified Chinese font draws the radical ⼾ with the glyph of 户, not of 戶.
  EXPECT_FALSE(compact.contains("戶"));
}

TEST_F(Export, PdfEmbedsTheCjkFont) {
  const SingleMapDocument doc(layoutOf("patrol"), fixture_.data(),
                              pageOf(gridArea(fixture_.data(), "G01")));
  exportDocument(doc, file("patrol.pdf"), ExportOptions());
  RUN_TOOL_OR_SKIP(fonts, "pdffonts", file("patrol.pdf"));
  bool embeddedCjk = false;
  for (const QString& line : fonts.split('\n')) {
    // name type encoding emb sub uni: the "emb" column is the first yes/no after the encoding.
    if (line.contains("NotoSansCJK") && line.contains(QRegularExpression("Identity-H\\s+yes")))
      embeddedCjk = true;
  }
  EXPECT_TRUE(embeddedCjk) << fonts.toStdString();
}

TEST_F(Export, CommandLineTitleReplacesTheTemplateTitle) {
  LayoutPage page = pageOf(districtArea(fixture_.data(), "测试区"));
  page.roleTexts["title"] = "2024年第二季度房屋安全形势图";
  const SingleMapDocument doc(layoutOf("key-zones"), fixture_.data(), page);
  exportDocument(doc, file("titled.pdf"), ExportOptions());
  RUN_TOOL_OR_SKIP(text, "pdftotext", "-enc", "UTF-8", file("titled.pdf"), "-");
  text.remove(QRegularExpression("\\s"));
  EXPECT_TRUE(text.contains("2024年第二季度房屋安全形势图"));
  EXPECT_FALSE(text.contains("重点区域房屋安全分布图"));
}

struct DpiCase {
  const char* templateName;
  double dpi;
  QSize pixels;
};

void PrintTo(const DpiCase& c, std::ostream* os) {
  *os << c.templateName << " at " << c.dpi << " dpi";
}

class PngSize : public Export, public ::testing::WithParamInterface<DpiCase> {};

TEST_P(PngSize, IsThePageInInchesTimesTheDpi) {
  const SingleMapDocument doc(layoutOf(GetParam().templateName), fixture_.data(),
                              pageOf(districtArea(fixture_.data(), "测试区")));
  ExportOptions options;
  options.dpi = GetParam().dpi;
  exportDocument(doc, file("map.png"), options);
  const QImage image(file("map.png"));
  EXPECT_EQ(image.size(), GetParam().pixels);
  EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, GetParam().dpi, 0.5);
}

INSTANTIATE_TEST_SUITE_P(Resolutions, PngSize,
                         ::testing::Values(DpiCase{"hazard-grade", 300, QSize(4961, 3508)},
                                           DpiCase{"patrol", 300, QSize(2480, 3508)},
                                           DpiCase{"patrol", 150, QSize(1240, 1754)}),
                         [](const ::testing::TestParamInfo<DpiCase>& info) {
                           std::string name = info.param.templateName;
                           for (char& ch : name) ch = ch == '-' ? '_' : ch;
                           return name + "_" + std::to_string(static_cast<int>(info.param.dpi));
                         });

TEST_F(Export, SvgKeepsTextAsText) {
  const SingleMapDocument doc(layoutOf("coverage-gaps"), fixture_.data(),
                              pageOf(districtArea(fixture_.data(), "测试区")));
  ExportOptions options;
  options.dpi = 96;
  exportDocument(doc, file("map.svg"), options);
  QFile svg(file("map.svg"));
  ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
  const QString content = QString::fromUtf8(svg.readAll());
  EXPECT_TRUE(content.contains("<text")) << "text drawn as paths";
  EXPECT_TRUE(content.contains("测试区房屋排查覆盖与漏排分布图"));
  EXPECT_TRUE(content.contains("未排查"));
}

TEST_F(Export, AtlasHasOnePagePerGridAfterTheContents) {
  AtlasDocument atlas(layoutOf("patrol"), fixture_.data(),
                      AtlasDocument::areas(fixture_.data(), AtlasBy::Grid, QString()), {},
                      "测试区网格巡查图集");
  EXPECT_EQ(atlas.contentsPageCount(), 1);
  EXPECT_EQ(atlas.pageCount(), 1 + 3);
  EXPECT_EQ(atlas.pageNumberOfArea(0), 2);
  ExportOptions options;
  int progressCalls = 0;
  options.progress = [&progressCalls](int, int, const QString&) {
    ++progressCalls;
    return true;
  };
  ASSERT_EQ(exportDocument(atlas, file("atlas.pdf"), options).pagesWritten, 4);
  EXPECT_EQ(progressCalls, 5);
  RUN_TOOL_OR_SKIP(info, "pdfinfo", file("atlas.pdf"));
  EXPECT_TRUE(info.contains(QRegularExpression("Pages:\\s+4\\b"))) << info.toStdString();
  RUN_TOOL_OR_SKIP(contents, "pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", file("atlas.pdf"),
                   "-");
  contents.remove(QRegularExpression("\\s"));
  for (const char* line :
       {"目", "东城一网格（G01）", "西城一网格（G03）", "东城街道", "第1页/共4页"}) {
    EXPECT_TRUE(contents.contains(QString::fromUtf8(line))) << line << "\n"
                                                            << contents.toStdString();
  }
  RUN_TOOL_OR_SKIP(last, "pdftotext", "-raw", "-enc", "UTF-8", "-f", "4", "-l", "4",
                   file("atlas.pdf"), "-");
  last.remove(QRegularExpression("\\s"));
  EXPECT_TRUE(last.contains("西城一网格（G03）")) << last.toStdString();
  EXPECT_TRUE(last.contains("第4页/共4页")) << last.toStdString();
}

TEST_F(Export, ChosenAtlasPagesOnlyKeepTheirNumbers) {
  AtlasDocument atlas(layoutOf("hazard-grade"), fixture_.data(),
                      AtlasDocument::areas(fixture_.data(), AtlasBy::Town, QString()), {},
                      "测试区图集");
  ASSERT_EQ(atlas.pageCount(), 3);
  ExportOptions options;
  options.pages = {2};
  ASSERT_EQ(exportDocument(atlas, file("chosen.pdf"), options).pagesWritten, 1);
  RUN_TOOL_OR_SKIP(text, "pdftotext", "-enc", "UTF-8", file("chosen.pdf"), "-");
  text.remove(QRegularExpression("\\s"));
  EXPECT_TRUE(text.contains("第3页/共3页")) << text.toStdString();
  EXPECT_TRUE(text.contains("西城街道房屋安全隐患等级分布图"));
}

TEST_F(Export, PngAndSvgOfSeveralPagesWriteOneFileEach) {
  AtlasDocument atlas(layoutOf("patrol"), fixture_.data(),
                      AtlasDocument::areas(fixture_.data(), AtlasBy::Grid, "东城街道"), {},
                      "东城街道网格巡查图集");
  ExportOptions options;
  options.dpi = 40;
  const ExportResult r = exportDocument(atlas, file("pages.png"), options);
  EXPECT_EQ(r.files, (QStringList{file("pages-1.png"), file("pages-2.png"), file("pages-3.png")}));
}

TEST_F(Export, CancellingLeavesNoFile) {
  AtlasDocument atlas(layoutOf("patrol"), fixture_.data(),
                      AtlasDocument::areas(fixture_.data(), AtlasBy::Grid, QString()), {}, "图集");
  ExportOptions options;
  options.progress = [](int done, int, const QString&) { return done < 2; };
  const ExportResult r = exportDocument(atlas, file("cancelled.pdf"), options);
  EXPECT_TRUE(r.cancelled);
  EXPECT_FALSE(QFileInfo::exists(file("cancelled.pdf")));
}

TEST_F(Export, UnknownExtensionIsAnError) {
  const SingleMapDocument doc(layoutOf("patrol"), fixture_.data(),
                              pageOf(gridArea(fixture_.data(), "G01")));
  EXPECT_THROW(exportDocument(doc, file("map.jpg"), ExportOptions()), LayoutError);
}

}  // namespace
}  // namespace fangan
