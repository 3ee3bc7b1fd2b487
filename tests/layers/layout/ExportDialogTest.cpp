// The export dialog composes its page through the layout engine: a preview appears for the
// chosen template and area, and exporting writes the file. (It lives here rather than under
// tests/app because it exercises the layout engine's documents end to end.)

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QTemporaryDir>

#include "../support/QtEnvironment.h"
#include "LayoutFixture.h"
#include "app/gui/ExportDialog.h"

namespace fangan {
namespace {

TEST(ExportDialog, PreviewsTheChosenTemplateAndWritesTheFile) {
  testing::LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  auto store = openSpatialiteProject(f.path().toStdString());
  const ProjectMap map = ProjectMap::load(*store);
  gui::ExportDialog dialog(*store, map, f.path(), map.extent());
  dialog.templateSelector()->setCurrentIndex(dialog.templateSelector()->findData("patrol"));
  const int grid = dialog.areaSelector()->findText("网格：东城二网格（G02）");
  ASSERT_GE(grid, 0);
  dialog.areaSelector()->setCurrentIndex(grid);
  ASSERT_TRUE(testing::waitUntil(
      [&dialog]() { return !dialog.previewPending() && !dialog.previewImage().isNull(); }));
  // A4 portrait: the preview keeps the sheet's proportions.
  const QImage preview = dialog.previewImage();
  EXPECT_NEAR(double(preview.height()) / preview.width(), 297.0 / 210.0, 0.01);

  QTemporaryDir dir;
  QString error;
  dialog.titleEdit()->setText("东城二网格入户巡查图");
  ASSERT_TRUE(dialog.exportTo(dir.filePath("grid.pdf"), &error)) << error.toStdString();
  EXPECT_GT(QFileInfo(dir.filePath("grid.pdf")).size(), 1000);

  dialog.outputSelector()->setCurrentIndex(1);  // atlas, one page per grid
  ASSERT_TRUE(dialog.exportTo(dir.filePath("atlas.pdf"), &error)) << error.toStdString();
  EXPECT_TRUE(QFileInfo::exists(dir.filePath("atlas.pdf")));
}

}  // namespace
}  // namespace fangan
