// The 底图 menu on a real SpatiaLite project: adding, showing and hiding, removing through the
// menu's own actions, and a listed file that no longer opens.

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/BasemapMenu.h"
#include "layers/Basemaps.h"

namespace fangan::gui {
namespace {

const QString kDem = QStringLiteral(FANGAN_DATA_DIR "/sample/dem.tif");

class BasemapMenuTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    store_ = createSpatialiteProject(dir_.filePath("p.sqlite").toStdString(), 32631);
  }

  QString copyDem(const QString& name) const {
    const QString target = dir_.filePath(name);
    EXPECT_TRUE(QFile::copy(kDem, target));
    return target;
  }

  // The menu's action whose data is `path` (the show/hide one when `checkable`).
  static QAction* actionFor(QMenu* menu, const QString& path) {
    for (QAction* a : menu->actions()) {
      if (a->data().toString() == path) return a;
    }
    return nullptr;
  }

  QTemporaryDir dir_;
  std::unique_ptr<ProjectStore> store_;
};

TEST_F(BasemapMenuTest, AddsAVisibleBasemapToTheProjectAndTheRenderLayers) {
  BasemapMenu menu;
  EXPECT_FALSE(menu.findChild<QAction*>("addBasemapAction")->isEnabled());
  menu.setProject(store_.get());
  EXPECT_TRUE(menu.findChild<QAction*>("addBasemapAction")->isEnabled());
  QSignalSpy changed(&menu, &BasemapMenu::changed);

  QString error;
  ASSERT_TRUE(menu.addBasemap(kDem, &error)) << error.toStdString();
  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(menu.basemapPaths(), QStringList{kDem});
  EXPECT_EQ(basemapPaths(*store_), std::vector<std::string>{kDem.toStdString()});

  const std::vector<RenderLayer> layers = menu.renderLayers();
  ASSERT_EQ(layers.size(), 1u);
  ASSERT_TRUE(layers[0].raster);
  EXPECT_EQ(layers[0].raster->path(), kDem.toStdString());
  EXPECT_DOUBLE_EQ(layers[0].style.opacity, 0.85);
  QAction* show = actionFor(&menu, kDem);
  ASSERT_TRUE(show);
  EXPECT_TRUE(show->isCheckable());
  EXPECT_TRUE(show->isChecked());
  EXPECT_EQ(show->text(), "dem.tif");
}

TEST_F(BasemapMenuTest, RefusesDuplicatesAndNonRastersNamingTheFile) {
  BasemapMenu menu;
  menu.setProject(store_.get());
  ASSERT_TRUE(menu.addBasemap(kDem));
  QString error;
  EXPECT_FALSE(menu.addBasemap(kDem, &error));
  EXPECT_TRUE(error.contains(QStringLiteral("底图已在项目中"))) << error.toStdString();

  const QString text = dir_.filePath("readme.txt");
  QFile f(text);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write("not a raster");
  f.close();
  EXPECT_FALSE(menu.addBasemap(text, &error));
  EXPECT_TRUE(error.contains(text)) << error.toStdString();
  EXPECT_EQ(menu.basemapPaths(), QStringList{kDem});
}

TEST_F(BasemapMenuTest, HidingABasemapThroughItsActionLeavesItOutOfTheRenderLayers) {
  BasemapMenu menu;
  menu.setProject(store_.get());
  const QString second = copyDem(QStringLiteral("second.tif"));
  ASSERT_TRUE(menu.addBasemap(kDem));
  ASSERT_TRUE(menu.addBasemap(second));
  QSignalSpy changed(&menu, &BasemapMenu::changed);

  actionFor(&menu, kDem)->trigger();  // unchecks it
  EXPECT_EQ(changed.count(), 1);
  EXPECT_FALSE(menu.isBasemapVisible(kDem));
  std::vector<RenderLayer> layers = menu.renderLayers();
  ASSERT_EQ(layers.size(), 1u);
  EXPECT_EQ(layers[0].raster->path(), second.toStdString());

  menu.setBasemapVisible(kDem, true);
  EXPECT_TRUE(actionFor(&menu, kDem)->isChecked());
  layers = menu.renderLayers();
  ASSERT_EQ(layers.size(), 2u);
  EXPECT_EQ(layers[0].raster->path(), kDem.toStdString());  // bottom first, as added
  EXPECT_EQ(layers[1].raster->path(), second.toStdString());
}

TEST_F(BasemapMenuTest, RemovesThroughTheRemoveSubmenu) {
  BasemapMenu menu;
  menu.setProject(store_.get());
  ASSERT_TRUE(menu.addBasemap(kDem));
  auto* remove = menu.findChild<QMenu*>("removeBasemapMenu");
  ASSERT_TRUE(remove);
  ASSERT_TRUE(remove->isEnabled());
  QSignalSpy changed(&menu, &BasemapMenu::changed);
  actionFor(remove, kDem)->trigger();
  QCoreApplication::processEvents();  // the old actions are deleted later
  EXPECT_EQ(changed.count(), 1);
  EXPECT_TRUE(menu.basemapPaths().isEmpty());
  EXPECT_TRUE(menu.renderLayers().empty());
  EXPECT_TRUE(basemapPaths(*store_).empty());
  EXPECT_FALSE(remove->isEnabled());
  EXPECT_EQ(actionFor(&menu, kDem), nullptr);
}

TEST_F(BasemapMenuTest, ReportsAListedFileThatNoLongerOpensAndKeepsTheOthers) {
  const QString gone = copyDem(QStringLiteral("gone.tif"));
  addBasemap(*store_, gone.toStdString());
  addBasemap(*store_, kDem.toStdString());
  ASSERT_TRUE(QFile::remove(gone));

  BasemapMenu menu;
  QSignalSpy unavailable(&menu, &BasemapMenu::unavailable);
  menu.setProject(store_.get());
  ASSERT_EQ(unavailable.count(), 1);
  const QStringList messages = unavailable.at(0).at(0).toStringList();
  ASSERT_EQ(messages.size(), 1);
  EXPECT_TRUE(messages[0].contains(gone)) << messages[0].toStdString();
  EXPECT_EQ(menu.basemapPaths(), (QStringList{gone, kDem}));
  const std::vector<RenderLayer> layers = menu.renderLayers();
  ASSERT_EQ(layers.size(), 1u);
  EXPECT_EQ(layers[0].raster->path(), kDem.toStdString());
  QAction* broken = actionFor(&menu, gone);
  ASSERT_TRUE(broken);
  EXPECT_FALSE(broken->isEnabled());
  // It can still be removed.
  EXPECT_TRUE(menu.removeBasemap(gone));
  EXPECT_EQ(basemapPaths(*store_), std::vector<std::string>{kDem.toStdString()});
}

TEST_F(BasemapMenuTest, ClosingTheProjectEmptiesTheMenu) {
  BasemapMenu menu;
  menu.setProject(store_.get());
  ASSERT_TRUE(menu.addBasemap(kDem));
  menu.setProject(nullptr);
  EXPECT_TRUE(menu.renderLayers().empty());
  EXPECT_FALSE(menu.findChild<QAction*>("addBasemapAction")->isEnabled());
  EXPECT_FALSE(menu.addBasemap(kDem));
}

TEST(BasemapMenuTranslation, HasEnglishTexts) {
  QTranslator en;
  ASSERT_TRUE(en.load(QStringLiteral(":/i18n/fangan_en.qm")));
  QCoreApplication::installTranslator(&en);
  BasemapMenu menu;
  EXPECT_EQ(menu.title(), "&Basemaps");
  EXPECT_EQ(menu.findChild<QAction*>("addBasemapAction")->text(), "Add basemap…");
  EXPECT_EQ(menu.findChild<QMenu*>("removeBasemapMenu")->title(), "Remove basemap");
  const char* const context = "fangan::gui::BasemapMenu";
  EXPECT_EQ(QCoreApplication::translate(context, "底图无法打开"), "Basemaps unavailable");
  EXPECT_TRUE(
      QCoreApplication::translate(context, "以下底图无法打开，未显示（可在“移除底图”中移除）：\n%1")
          .startsWith("These basemaps could not be opened"));
  EXPECT_EQ(QCoreApplication::translate(context, "%1（无法打开）"), "%1 (cannot be opened)");
  QCoreApplication::removeTranslator(&en);
}

}  // namespace
}  // namespace fangan::gui
