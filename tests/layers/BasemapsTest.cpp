// The project's basemap list through a real SpatiaLite project: adding validates and refuses
// duplicates, the list survives reopening, relative paths are taken from the project folder.

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <filesystem>

#include "layers/Basemaps.h"

namespace fangan {
namespace {

const std::string kDem = std::string(FANGAN_DATA_DIR) + "/sample/dem.tif";

class Basemaps : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath("project.sqlite").toStdString();
    store_ = createSpatialiteProject(path_, 32631);
  }

  std::string copyDem(const QString& relative) const {
    const QString target = dir_.filePath(relative);
    QDir().mkpath(QFileInfo(target).absolutePath());
    EXPECT_TRUE(QFile::copy(QString::fromStdString(kDem), target));
    return target.toStdString();
  }

  QTemporaryDir dir_;
  std::string path_;
  std::unique_ptr<ProjectStore> store_;
};

TEST_F(Basemaps, AddStoresTheListAsAJsonArrayThatSurvivesReopening) {
  EXPECT_TRUE(basemapPaths(*store_).empty());
  const auto raster = addBasemap(*store_, kDem);
  ASSERT_TRUE(raster);
  EXPECT_EQ(raster->path(), kDem);
  EXPECT_EQ(store_->setting("basemaps"), "[\"" + kDem + "\"]");

  const std::string second = copyDem("影像/dem2.tif");
  addBasemap(*store_, second);
  store_.reset();
  store_ = openSpatialiteProject(path_);
  EXPECT_EQ(basemapPaths(*store_), (std::vector<std::string>{kDem, second}));
  const std::vector<LoadedBasemap> loaded = loadBasemaps(*store_);
  ASSERT_EQ(loaded.size(), 2u);
  for (const LoadedBasemap& b : loaded) {
    EXPECT_TRUE(b.raster) << b.error;
    EXPECT_TRUE(b.error.empty());
  }
}

TEST_F(Basemaps, RefusesTheSameFileTwiceAndFilesThatAreNotRasters) {
  addBasemap(*store_, kDem);
  const std::string sameFile =
      (std::filesystem::path(kDem).parent_path() / ".." / "sample" / "dem.tif").string();
  try {
    addBasemap(*store_, sameFile);
    FAIL() << "a duplicate was added";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("底图已在项目中"), std::string::npos) << e.what();
  }
  const std::string missing = dir_.filePath("missing.tif").toStdString();
  EXPECT_THROW(addBasemap(*store_, missing), RasterError);
  EXPECT_EQ(basemapPaths(*store_), (std::vector<std::string>{kDem}));
}

TEST_F(Basemaps, ResolvesRelativePathsAgainstTheProjectFolder) {
  const std::string copied = copyDem("rasters/dem.tif");
  const auto raster = addBasemap(*store_, "rasters/dem.tif");
  EXPECT_EQ(raster->path(), copied);
  EXPECT_EQ(resolveBasemapPath(*store_, "rasters/dem.tif"), copied);
  EXPECT_EQ(resolveBasemapPath(*store_, kDem), kDem);
  EXPECT_EQ(basemapPaths(*store_), (std::vector<std::string>{"rasters/dem.tif"}));
  // The absolute spelling of the same file is a duplicate.
  EXPECT_THROW(addBasemap(*store_, copied), std::runtime_error);
}

TEST_F(Basemaps, RemoveDropsTheEntryInTheStore) {
  addBasemap(*store_, kDem);
  const std::string second = copyDem("b.tif");
  addBasemap(*store_, second);
  EXPECT_TRUE(removeBasemap(*store_, kDem));
  EXPECT_FALSE(removeBasemap(*store_, kDem));
  store_.reset();
  store_ = openSpatialiteProject(path_);
  EXPECT_EQ(basemapPaths(*store_), (std::vector<std::string>{second}));
  EXPECT_TRUE(removeBasemap(*store_, second));
  EXPECT_EQ(store_->setting("basemaps"), "[]");
}

TEST_F(Basemaps, LoadingReportsAFileThatNoLongerOpens) {
  const std::string copied = copyDem("gone.tif");
  addBasemap(*store_, kDem);
  addBasemap(*store_, copied);
  ASSERT_TRUE(QFile::remove(QString::fromStdString(copied)));
  const std::vector<LoadedBasemap> loaded = loadBasemaps(*store_);
  ASSERT_EQ(loaded.size(), 2u);
  EXPECT_TRUE(loaded[0].raster);
  EXPECT_FALSE(loaded[1].raster);
  EXPECT_NE(loaded[1].error.find(copied), std::string::npos) << loaded[1].error;
  EXPECT_NE(loaded[1].error.find("文件不存在"), std::string::npos) << loaded[1].error;
}

TEST_F(Basemaps, AMalformedSettingIsAnEmptyList) {
  store_->setSetting("basemaps", "{not json");
  EXPECT_TRUE(basemapPaths(*store_).empty());
}

TEST(BasemapsWithoutCrs, AreRefusedUntilTheProjectHasOne) {
  QTemporaryDir dir;
  auto store = createSpatialiteProject(dir.filePath("p.sqlite").toStdString(), 0);
  EXPECT_THROW(addBasemap(*store, kDem), std::runtime_error);
  EXPECT_FALSE(store->setting("basemaps").has_value());
}

}  // namespace
}  // namespace fangan
