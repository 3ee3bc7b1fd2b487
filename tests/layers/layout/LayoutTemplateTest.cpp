// The shipped templates parse and build, and a broken copy says where it is broken.

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include "LayoutFixture.h"
#include "layers/layout/Layout.h"
#include "layers/layout/LayoutContext.h"
#include "layers/layout/LayoutError.h"
#include "layers/layout/MapFrameItem.h"
#include "layers/layout/TemplateLibrary.h"

namespace fangan {
namespace {

std::string errorOf(const QByteArray& json) {
  try {
    Layout::fromTemplate(LayoutTemplate::parse(json, "/x/copy.json"));
  } catch (const LayoutError& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(TemplateLibrary, ShipsTheFourBuiltInTemplates) {
  const QStringList names = templateNames({builtInTemplateFolder()});
  for (const char* name : {"coverage-gaps", "hazard-grade", "key-zones", "patrol"}) {
    EXPECT_TRUE(names.contains(QString::fromLatin1(name))) << name;
  }
}

class BuiltInTemplate : public ::testing::TestWithParam<const char*> {};

TEST_P(BuiltInTemplate, ParsesAndBuildsWithAMapFrameAndATitle) {
  const LayoutTemplate t = loadTemplate(GetParam(), {builtInTemplateFolder()});
  EXPECT_EQ(t.name, QString::fromLatin1(GetParam()));
  EXPECT_FALSE(t.title.isEmpty());
  EXPECT_FALSE(t.description.isEmpty());
  const Layout layout = Layout::fromTemplate(t);
  EXPECT_NE(layout.mapFrame(), nullptr);
  bool hasTitle = false;
  for (const auto& item : layout.items()) hasTitle = hasTitle || item->type() == "text";
  EXPECT_TRUE(hasTitle);
}

INSTANTIATE_TEST_SUITE_P(Shipped, BuiltInTemplate,
                         ::testing::Values("coverage-gaps", "hazard-grade", "key-zones", "patrol"));

TEST(LayoutTemplate, ReportsTheLineOfAJsonSyntaxError) {
  const std::string e = errorOf("{\n  \"title\": \"x\",\n  \"items\": [\n    {\"type\": }\n  ]\n}");
  EXPECT_TRUE(contains(e, "copy.json:4")) << e;
}

TEST(LayoutTemplate, NamesTheItemAndKeyOfABadProperty) {
  const std::string unknownType =
      errorOf(R"({"items": [{"type": "map", "left": 0}, {"type": "compass", "left": 0}]})");
  EXPECT_TRUE(contains(unknownType, "copy.json 第 2 项 (compass)")) << unknownType;
  EXPECT_TRUE(contains(unknownType, "north_arrow")) << unknownType;

  const std::string badNumber =
      errorOf(R"({"items": [{"type": "legend", "left": 0, "font_pt": "big"}]})");
  EXPECT_TRUE(contains(badNumber, "第 1 项 (legend)")) << badNumber;
  EXPECT_TRUE(contains(badNumber, "font_pt")) << badNumber;

  const std::string badLayer =
      errorOf(R"({"items": [{"type": "map", "left": 0, "layers": ["roads"]}]})");
  EXPECT_TRUE(contains(badLayer, "roads")) << badLayer;
  EXPECT_TRUE(contains(badLayer, "buildings")) << badLayer;

  const std::string badColumn =
      errorOf(R"({"items": [{"type": "table", "left": 0, "columns": ["rate"]}]})");
  EXPECT_TRUE(contains(badColumn, "rate")) << badColumn;

  EXPECT_TRUE(contains(errorOf(R"({"page": {"size": "B5"}, "items": [{"type": "box"}]})"), "A3"));
  EXPECT_TRUE(contains(errorOf(R"({"items": []})"), "items"));
}

TEST(TemplateLibrary, AProjectFolderCopyReplacesTheShippedTemplate) {
  testing::LayoutFixture fixture;
  ASSERT_TRUE(fixture.isValid());
  QDir(fixture.folder()).mkpath("templates");
  QFile copy(QDir(fixture.folder()).filePath("templates/patrol.json"));
  ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
  copy.write(R"({"title": "本地巡查图", "items": [{"type": "map", "left": 0}]})");
  copy.close();
  const QStringList folders = templateFolders(fixture.path());
  EXPECT_EQ(loadTemplate("patrol", folders).title, QString("本地巡查图"));
  EXPECT_EQ(loadTemplate("hazard-grade", folders).name, QString("hazard-grade"));
  try {
    loadTemplate("nonesuch", folders);
    FAIL() << "no error";
  } catch (const LayoutError& e) {
    EXPECT_TRUE(contains(e.what(), "hazard-grade")) << e.what();
  }
}

TEST(LayoutContext, ExpandsKnownPlaceholdersAndLeavesOthers) {
  LayoutContext c;
  c.variables = {{"area", "东城街道"}, {"title", "巡查图"}};
  EXPECT_EQ(c.expand("{area}{title}"), QString("东城街道巡查图"));
  EXPECT_EQ(c.expand("{unknown} {{area}"), QString("{unknown} {area}"));
  EXPECT_EQ(c.expand("{area"), QString("{area"));
}

}  // namespace
}  // namespace fangan
