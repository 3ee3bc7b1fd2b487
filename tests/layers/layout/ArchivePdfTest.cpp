// The archive of one building as a PDF (layers/layout/ArchivePdf.h, docs/rules.md#archive-pdf):
// a building of the fixture with two photos, a plan-less history and an owner's phone.

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QTemporaryDir>

#include "../../app/support/ProjectFixture.h"
#include "../attach/PhotoFiles.h"
#include "PopplerTool.h"
#include "gis/archive/AttachmentRegister.h"
#include "gis/archive/BuildingArchive.h"
#include "layers/attach/AttachmentIntake.h"
#include "layers/layout/ArchivePdf.h"

namespace fangan {
namespace {

using testing::ProjectFixture;

class ArchivePdfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fixture_.isValid());
    store_ = openSpatialiteProject(fixture_.path().toStdString());
    BuildingRecord r = *store_->buildingByCode("B001");
    r.responsibility.owner = "陈一";
    r.responsibility.ownerPhone = "13812345678";
    store_->updateBuilding(r, "tester");
    InspectionEvent notice;
    notice.buildingId = r.id;
    notice.code = r.code;
    notice.date = Date{2024, 4, 2};
    notice.kind = "notice";
    notice.result = "已送达";
    notice.note = "通知书 FA-2024-001";
    store_->appendEvent(notice);
    const int lat[3] = {42, 30, 0};
    const int lon[3] = {1, 31, 12};
    const auto front = testing::withExif(testing::encode(testing::testPicture(800, 600), "JPEG"),
                                         "2024:05:06 14:03:22", lat, 'N', lon, 'E');
    const auto side = testing::encode(testing::testPicture(600, 800), "PNG");
    ASSERT_TRUE(testing::writeBytes(dir_.filePath("front.jpg"), front));
    ASSERT_TRUE(testing::writeBytes(dir_.filePath("side.png"), side));
    addAttachments(*store_, "B001",
                   {readAttachmentFile(dir_.filePath("front.jpg").toStdString()),
                    readAttachmentFile(dir_.filePath("side.png").toStdString())},
                   std::nullopt, "tester");
  }

  ProjectFixture fixture_;
  QTemporaryDir dir_;
  std::unique_ptr<ProjectStore> store_;
};

TEST_F(ArchivePdfTest, PrintsRecordHistoryNoticeAndBothPhotosWithPhonesMasked) {
  const BuildingArchive archive = loadBuildingArchive(*store_, "B001");
  ASSERT_EQ(archive.attachments.size(), 2u);
  EXPECT_FALSE(archive.attachments[0].bytes.empty());
  ArchivePdfOptions options;
  options.today = Date{2024, 6, 1};
  const QString pdf = dir_.filePath("archive.pdf");
  const int pages = writeArchivePdf(archive, pdf.toStdString(), options);
  EXPECT_GE(pages, 2);
  RUN_TOOL_OR_SKIP(info, "pdfinfo", pdf);
  EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))))
      << info.toStdString();
  RUN_TOOL_OR_SKIP(text, "pdftotext", pdf, QStringLiteral("-"));
  EXPECT_TRUE(text.contains(QStringLiteral("房屋档案（一楼一档）B001"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("生成日期 2024-06-01")));
  EXPECT_TRUE(text.contains(QStringLiteral("138****5678")));
  EXPECT_FALSE(text.contains(QStringLiteral("13812345678")));
  EXPECT_TRUE(text.contains(QStringLiteral("陈一")));
  EXPECT_TRUE(text.contains(QStringLiteral("通知书 FA-2024-001")));
  EXPECT_TRUE(
      text.contains(QStringLiteral("照片 1 front.jpg 拍摄于 2024-05-06 14:03:22 位置 "
                                   "42.500000, 1.520000")))
      << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("照片 2 side.png 拍摄时间不详")));

  options.showPersonal = true;
  const QString full = dir_.filePath("full.pdf");
  writeArchivePdf(archive, full.toStdString(), options);
  RUN_TOOL_OR_SKIP(fullText, "pdftotext", full, QStringLiteral("-"));
  EXPECT_TRUE(fullText.contains(QStringLiteral("13812345678")));
}

}  // namespace
}  // namespace fangan
