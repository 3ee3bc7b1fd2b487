// Photos and documents in a building's archive (docs/rules.md#attachments) on real SpatiaLite
// files: intake (type by content, corrupt files refused, thumbnails, EXIF), storage (one
// transaction, duplicates refused, the project unchanged after a refusal) and the photos a
// returned patrol sheet names.

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <cmath>
#include <fstream>

#include "../../app/support/ProjectFixture.h"
#include "PhotoFiles.h"
#include "gis/archive/AttachmentRegister.h"
#include "gis/patrol/ResultsImport.h"
#include "layers/attach/AttachmentIntake.h"
#include "layers/attach/ExifFacts.h"

namespace fangan {
namespace {

using testing::Bytes;
using testing::ProjectFixture;

const char kTinyPdf[] = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

class AttachmentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fixture_.isValid());
    ASSERT_TRUE(dir_.isValid());
  }
  QString file(const QString& name, const Bytes& bytes) {
    const QString path = dir_.filePath(name);
    EXPECT_TRUE(testing::writeBytes(path, bytes));
    return path;
  }
  std::unique_ptr<ProjectStore> open() {
    return openSpatialiteProject(fixture_.path().toStdString());
  }
  // The message readAttachmentFile refuses `bytes` with, or "" when it accepts them.
  std::string refusal(const QString& name, const Bytes& bytes) {
    try {
      readAttachmentFile(file(name, bytes).toStdString());
    } catch (const AttachmentError& e) {
      return e.what();
    }
    return "";
  }

  ProjectFixture fixture_;
  QTemporaryDir dir_;
};

TEST_F(AttachmentTest, StoresAPhotoWithItsThumbnailAndSize) {
  const QString path = file("front.jpg", testing::encode(testing::testPicture(640, 480), "JPEG"));
  auto store = open();
  const auto ids = addAttachments(*store, "B001", {readAttachmentFile(path.toStdString())},
                                  std::nullopt, "tester");
  ASSERT_EQ(ids.size(), 1u);
  const auto listed = store->attachments(store->buildingByCode("B001")->id);
  ASSERT_EQ(listed.size(), 1u);
  const Attachment& a = listed[0];
  EXPECT_EQ(a.fileName, "front.jpg");
  EXPECT_EQ(a.mediaType, "image/jpeg");
  EXPECT_EQ(a.kind, AttachmentKind::Photo);
  EXPECT_EQ(a.width, 640);
  EXPECT_EQ(a.height, 480);
  EXPECT_EQ(a.size, QFileInfo(path).size());
  EXPECT_TRUE(a.bytes.empty());  // lists leave the bytes out
  EXPECT_EQ(a.exifTime, "");
  EXPECT_FALSE(a.latitude);
  EXPECT_EQ(a.addedBy, "tester");
  const QImage thumbnail = QImage::fromData(a.thumbnail.data(), int(a.thumbnail.size()), "JPEG");
  EXPECT_EQ(thumbnail.size(), QSize(256, 192));
  const auto full = store->attachment(ids[0]);
  ASSERT_TRUE(full);
  EXPECT_EQ(full->bytes, testing::readBytes(path));
  // Audit-logged.
  const auto audit = store->auditLog(1);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "attach");
  EXPECT_EQ(audit[0].target, "attachments:" + std::to_string(ids[0]));
}

TEST_F(AttachmentTest, StoresAPdfDocumentWithItsDigest) {
  const Bytes pdf(kTinyPdf, kTinyPdf + sizeof kTinyPdf - 1);
  const Attachment a = readAttachmentFile(file("鉴定报告.pdf", pdf).toStdString());
  EXPECT_EQ(a.kind, AttachmentKind::Document);
  EXPECT_EQ(a.mediaType, "application/pdf");
  EXPECT_EQ(a.size, 45);
  // sha256sum of the same 45 bytes.
  EXPECT_EQ(a.sha256, "5a838678058f6de375e8635b5f2fea47a4e5f07cb1a882a44b10f39abc6f34ff");
  EXPECT_TRUE(a.thumbnail.empty());
}

TEST_F(AttachmentTest, ATwentyMegabytePhotoIsStoredAndThumbnailed) {
  const QString path = file("big.jpg", testing::noisyJpeg(3600, 2900));
  ASSERT_GE(QFileInfo(path).size(), 20'000'000);
  auto store = open();
  const auto ids = addAttachments(*store, "B002", {readAttachmentFile(path.toStdString())},
                                  std::nullopt, "tester");
  const auto a = store->attachment(ids.at(0));
  ASSERT_TRUE(a);
  EXPECT_EQ(a->width, 3600);
  EXPECT_EQ(a->height, 2900);
  EXPECT_EQ(static_cast<qint64>(a->bytes.size()), QFileInfo(path).size());
  const QImage thumbnail = QImage::fromData(a->thumbnail.data(), int(a->thumbnail.size()));
  EXPECT_EQ(thumbnail.size(), QSize(256, 206));  // 2900 * 256 / 3600 = 206.2
}

TEST_F(AttachmentTest, ReadsTheExifTimeAndPosition) {
  const int lat[3] = {30, 15, 36};
  const int lon[3] = {120, 9, 0};
  const Bytes jpeg = testing::withExif(testing::encode(testing::testPicture(320, 240), "JPEG"),
                                       "2024:05:06 14:03:22", lat, 'N', lon, 'E');
  const Attachment a = readAttachmentFile(file("gps.jpg", jpeg).toStdString());
  EXPECT_EQ(a.exifTime, "2024-05-06T14:03:22");
  ASSERT_TRUE(a.latitude && a.longitude);
  EXPECT_NEAR(*a.latitude, 30.26, 1e-9);  // 30 + 15/60 + 36/3600
  EXPECT_NEAR(*a.longitude, 120.15, 1e-9);

  const int south[3] = {33, 52, 12};
  const int west[3] = {70, 40, 48};
  const ExifFacts facts =
      readExifFacts(testing::withExif(testing::encode(testing::testPicture(32, 24), "JPEG"),
                                      "2023:12:31 23:59:59", south, 'S', west, 'W'));
  EXPECT_EQ(facts.time, "2023-12-31T23:59:59");
  EXPECT_NEAR(*facts.latitude, -33.87, 1e-9);
  EXPECT_NEAR(*facts.longitude, -70.68, 1e-9);

  auto store = open();
  const auto ids = addAttachments(*store, "B003", {a}, std::nullopt, "tester");
  const auto stored = store->attachments(store->buildingByCode("B003")->id).at(0);
  EXPECT_EQ(stored.exifTime, "2024-05-06T14:03:22");
  EXPECT_NEAR(*stored.latitude, 30.26, 1e-9);
  EXPECT_NEAR(*stored.longitude, 120.15, 1e-9);
}

TEST_F(AttachmentTest, RefusesCorruptAndForeignFilesNamingThem) {
  const Bytes good = testing::encode(testing::testPicture(640, 480), "JPEG");
  const Bytes cut(good.begin(), good.begin() + static_cast<long>(good.size() / 2));
  EXPECT_EQ(refusal("cut.jpg", cut),
            "无法添加 cut.jpg：文件不完整（缺少图像结束标记，可能被截断）");

  Bytes garbage = {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F',
                   0,    1,    1,    0,    0,    1,    0,   1,   0,   0};
  garbage.insert(garbage.end(), 1000, 'A');
  EXPECT_EQ(refusal("garbage.jpg", garbage),
            "无法添加 garbage.jpg：文件结构损坏（第 20 字节处不是 JPEG 标记）");

  Bytes exe = {'M', 'Z', 0x90, 0x00, 0x03};
  exe.insert(exe.end(), 500, 0);
  EXPECT_EQ(refusal("setup.jpg", exe),
            "无法添加 setup.jpg：这是可执行程序，不是照片或 PDF 文件（只接受 JPEG、PNG 照片和 PDF "
            "文件）");

  const Bytes png = testing::encode(testing::testPicture(64, 48), "PNG");
  EXPECT_EQ(refusal("cut.png", Bytes(png.begin(), png.end() - 20)),
            "无法添加 cut.png：文件不完整（数据块超出文件末尾，可能被截断）");
  EXPECT_EQ(refusal("notes.jpg", Bytes{'h', 'e', 'l', 'l', 'o'}),
            "无法添加 notes.jpg：不是 JPEG、PNG 照片或 PDF 文件（按文件内容判断，与扩展名无关）");
  EXPECT_EQ(refusal("empty.png", Bytes{}), "无法添加 empty.png：文件为空");
  const Bytes pdf(kTinyPdf, kTinyPdf + 20);
  EXPECT_EQ(refusal("half.pdf", pdf), "无法添加 half.pdf：PDF 文件不完整（缺少 %%EOF 结束标记）");
  EXPECT_EQ(refusal("ok.png", png), "");
}

TEST_F(AttachmentTest, ARefusedBatchLeavesTheProjectByteIdentical) {
  const QString first = file("a.jpg", testing::encode(testing::testPicture(200, 100), "JPEG"));
  {
    auto store = open();
    addAttachments(*store, "B001", {readAttachmentFile(first.toStdString())}, std::nullopt,
                   "tester");
  }
  const Bytes before = testing::readBytes(fixture_.path());
  const QString fresh = file("b.png", testing::encode(testing::testPicture(50, 50), "PNG"));
  const QString again = file("a-copy.jpg", testing::readBytes(first));
  {
    auto store = open();
    try {
      addAttachments(
          *store, "B001",
          {readAttachmentFile(fresh.toStdString()), readAttachmentFile(again.toStdString())},
          std::nullopt, "tester");
      FAIL() << "duplicate accepted";
    } catch (const AttachmentError& e) {
      EXPECT_STREQ(e.what(), "文件 a-copy.jpg 已在档案中（与附件 1 a.jpg 内容相同），未重复添加");
    }
    // The same file twice in one batch, an unknown building and an event of another building.
    const Attachment photo = readAttachmentFile(fresh.toStdString());
    EXPECT_THROW(addAttachments(*store, "B001", {photo, photo}, std::nullopt, "t"),
                 AttachmentError);
    EXPECT_THROW(addAttachments(*store, "X999", {photo}, std::nullopt, "t"), AttachmentError);
    EXPECT_THROW(addAttachments(*store, "B001", {photo}, std::int64_t{424242}, "t"),
                 AttachmentError);
    EXPECT_EQ(store->attachments(store->buildingByCode("B001")->id).size(), 1u);
  }
  EXPECT_EQ(testing::readBytes(fixture_.path()), before);
}

TEST_F(AttachmentTest, ResultsImportBringsThePhotosTheSheetNames) {
  ASSERT_TRUE(QDir(dir_.path()).mkpath("photos"));
  file("photos/p1.jpg", testing::encode(testing::testPicture(120, 90), "JPEG"));
  file("photos/p2.png", testing::encode(testing::testPicture(90, 120), "PNG"));
  const QString csv = dir_.filePath("results.csv");
  {
    std::ofstream out(csv.toStdString());
    out << "code,result_date,inspector,result,note,photos\n"
        << "B002,2024-03-09,张三,无隐患,,photos/p1.jpg;photos/missing.jpg\n"
        << "B003,2024-03-09,李四,无隐患,外墙完好,photos/p2.png\n";
  }
  auto store = open();
  ResultsImportOptions options;
  options.path = csv.toStdString();
  options.today = Date{2024, 3, 10};
  options.readPhoto = [](const std::string& path) { return readAttachmentFile(path); };
  const ResultsImportReport report = importResults(*store, options);
  EXPECT_EQ(report.imported, 2);
  EXPECT_EQ(report.photosAttached, 2);
  ASSERT_EQ(report.photoIssues.size(), 1u);
  EXPECT_EQ(report.photoIssues[0].row, 1);
  EXPECT_EQ(report.photoIssues[0].code, "B002");
  EXPECT_EQ(report.photoIssues[0].reason,
            "照片文件不存在：" + dir_.filePath("photos/missing.jpg").toStdString());

  const std::int64_t b002 = store->buildingByCode("B002")->id;
  const auto events = store->events(b002);
  ASSERT_FALSE(events.empty());
  const auto photos = store->attachments(b002);
  ASSERT_EQ(photos.size(), 1u);
  EXPECT_EQ(photos[0].fileName, "p1.jpg");
  EXPECT_EQ(photos[0].eventId, events.back().id);
  const auto b003 = store->attachments(store->buildingByCode("B003")->id);
  ASSERT_EQ(b003.size(), 1u);
  EXPECT_EQ(b003[0].fileName, "p2.png");
  EXPECT_EQ(b003[0].mediaType, "image/png");
  EXPECT_EQ(b003[0].width, 90);

  // The same sheet again: its rows are duplicates, no photo is added twice.
  const ResultsImportReport again = importResults(*store, options);
  EXPECT_EQ(again.imported, 0);
  EXPECT_EQ(again.photosAttached, 0);
  EXPECT_EQ(store->attachments(b002).size(), 1u);
}

}  // namespace
}  // namespace fangan
