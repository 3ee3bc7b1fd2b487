// The archive panel's gallery and buttons (app/gui/BuildingArchivePanel.h, ArchiveActions.h) on
// the fixture project: files attached through the panel's action appear as thumbnails with their
// EXIF time; a refused file leaves the gallery as it was; the export writes the PDF.

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "../layers/attach/PhotoFiles.h"
#include "app/gui/ArchiveActions.h"
#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/PhotoViewDialog.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;

TEST(ArchiveGallery, ShowsAttachedPhotosAndRefusesACorruptOne) {
  ProjectFixture fixture;
  ASSERT_TRUE(fixture.isValid());
  QTemporaryDir dir;
  const int lat[3] = {42, 30, 0};
  const int lon[3] = {1, 30, 0};
  const QString front = dir.filePath("front.jpg");
  const QString side = dir.filePath("side.png");
  ASSERT_TRUE(fangan::testing::writeBytes(
      front, fangan::testing::withExif(
                 fangan::testing::encode(fangan::testing::testPicture(400, 300), "JPEG"),
                 "2025:01:15 10:20:30", lat, 'N', lon, 'E')));
  ASSERT_TRUE(fangan::testing::writeBytes(
      side, fangan::testing::encode(fangan::testing::testPicture(300, 400), "PNG")));
  const QString cut = dir.filePath("cut.jpg");
  auto jpeg = fangan::testing::readBytes(front);
  jpeg.resize(jpeg.size() / 2);
  ASSERT_TRUE(fangan::testing::writeBytes(cut, jpeg));

  auto store = openSpatialiteProject(fixture.path().toStdString());
  BuildingArchivePanel panel;
  const BuildingRecord record = *store->buildingByCode("B001");
  panel.showBuilding(record, {}, store->events(record.id));
  EXPECT_TRUE(panel.attachButton()->isEnabled());
  EXPECT_TRUE(panel.exportButton()->isEnabled());

  EXPECT_EQ(attachFiles(*store, "B001", {front, side}), "");
  EXPECT_EQ(attachFiles(*store, "B001", {cut}),
            QStringLiteral("无法添加 cut.jpg：文件不完整（缺少图像结束标记，可能被截断）"));
  panel.showAttachments(store->attachments(record.id));
  ASSERT_EQ(panel.gallery()->count(), 2);
  EXPECT_EQ(panel.gallery()->item(0)->text(),
            QStringLiteral("front.jpg\n2025-01-15 10:20:30\n42.50000, 1.50000"));
  EXPECT_EQ(panel.gallery()->item(1)->text(), QStringLiteral("side.png\n拍摄时间不详"));
  EXPECT_FALSE(panel.gallery()->item(0)->icon().isNull());

  QSignalSpy opened(&panel, &BuildingArchivePanel::attachmentOpened);
  emit panel.gallery()->itemClicked(panel.gallery()->item(1));
  ASSERT_EQ(opened.count(), 1);
  const qint64 id = opened.at(0).at(0).toLongLong();
  const auto photo = store->attachment(id);
  ASSERT_TRUE(photo);
  PhotoViewDialog view(*photo);
  EXPECT_EQ(view.image().size(), QSize(300, 400));
  EXPECT_EQ(view.captionText(), QStringLiteral("side.png　拍摄时间不详"));

  const QString pdf = dir.filePath("B001.pdf");
  EXPECT_EQ(exportArchive(*store, "B001", pdf, false), "");
  EXPECT_GT(QFileInfo(pdf).size(), 1000);

  panel.showAttachments({}, false);  // a server project
  EXPECT_FALSE(panel.attachButton()->isEnabled());
}

}  // namespace
}  // namespace fangan::gui
