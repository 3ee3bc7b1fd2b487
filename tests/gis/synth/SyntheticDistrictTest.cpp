#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "gis/io/GdalHandles.h"
#include "gis/synth/GpkgLayerWriter.h"
#include "gis/synth/OgrGeos.h"
#include "gis/synth/SyntheticDistrict.h"

namespace fangan::synth {

namespace {

namespace fs = std::filesystem;

// A fresh directory under the test temp dir, removed again at the end of the test.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(fs::path(testing::TempDir()) /
              ("fangan_synth_" + name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

struct Dataset {
  explicit Dataset(const std::string& path)
      : ds((registerGdalOnce(), openDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY))) {}
  OGRLayer* layer() const { return ds ? ds->GetLayer(0) : nullptr; }
  GdalDataset ds;
};

}  // namespace

TEST(SyntheticDistrict, WritesTheRequestedCountsWithValidFootprintsInsideTheirTowns) {
  ScratchDir dir("20k");
  SyntheticOptions options;
  options.buildings = 20000;
  options.seed = 99;
  const SyntheticSummary s = writeSyntheticDistrict(dir.str(), options);
  EXPECT_EQ(s.buildings, 20000u);
  EXPECT_EQ(s.towns, 20u);
  EXPECT_GE(s.grids, 20000u / 450);
  EXPECT_GE(s.zones, 20000u / 45);

  // Read back with OGR: the files hold what the summary says, in EPSG:4548.
  std::map<std::string, GIntBig> counts;
  for (const char* name : {"buildings", "towns", "grids", "zones"}) {
    Dataset d(dir.str() + "/" + name + ".gpkg");
    ASSERT_NE(d.layer(), nullptr) << name;
    EXPECT_STREQ(d.layer()->GetName(), name);
    counts[name] = d.layer()->GetFeatureCount(TRUE);
    const OGRSpatialReference* srs = d.layer()->GetSpatialRef();
    ASSERT_NE(srs, nullptr);
    EXPECT_STREQ(srs->GetAuthorityCode(nullptr), "4548");
  }
  EXPECT_EQ(counts["buildings"], 20000);
  EXPECT_EQ(counts["towns"], 20);
  EXPECT_EQ(counts["grids"], static_cast<GIntBig>(s.grids));
  EXPECT_EQ(counts["zones"], static_cast<GIntBig>(s.zones));

  GeosContext geos;
  GEOSContextHandle_t h = geos.handle();
  std::vector<GeosGeometry> keep;
  std::map<std::string, const GEOSPreparedGeometry*> towns, grids;
  std::map<std::string, std::string> townOfGrid;
  {
    Dataset d(dir.str() + "/towns.gpkg");
    for (auto& f : *d.layer()) {
      keep.push_back(geosFromOgr(geos, *f->GetGeometryRef()));
      EXPECT_EQ(GEOSisValid_r(h, keep.back().get()), 1);
      towns[f->GetFieldAsString("town")] = GEOSPrepare_r(h, keep.back().get());
    }
  }
  EXPECT_EQ(towns.size(), 20u);  // names are unique
  {
    Dataset d(dir.str() + "/grids.gpkg");
    for (auto& f : *d.layer()) {
      keep.push_back(geosFromOgr(geos, *f->GetGeometryRef()));
      EXPECT_EQ(GEOSisValid_r(h, keep.back().get()), 1);
      const std::string id = f->GetFieldAsString("grid");
      grids[id] = GEOSPrepare_r(h, keep.back().get());
      townOfGrid[id] = f->GetFieldAsString("town");
      EXPECT_GE(f->GetFieldAsInteger("capacity_per_day"), 6);
      EXPECT_LE(f->GetFieldAsInteger("capacity_per_day"), 15);
    }
  }
  EXPECT_EQ(grids.size(), s.grids);  // ids are unique

  Dataset d(dir.str() + "/buildings.gpkg");
  std::set<std::string> codes;
  int invalid = 0, outsideTown = 0, outsideGrid = 0, wrongTown = 0;
  for (auto& f : *d.layer()) {
    GeosGeometry g = geosFromOgr(geos, *f->GetGeometryRef());
    if (GEOSisValid_r(h, g.get()) != 1) ++invalid;
    const std::string town = f->GetFieldAsString("town");
    const std::string grid = f->GetFieldAsString("grid");
    codes.insert(f->GetFieldAsString("code"));
    double area = 0;
    GEOSArea_r(h, g.get(), &area);
    EXPECT_GE(area, 6.0 * 6.0 - 1e-6);
    EXPECT_LE(area, 28.0 * 14.0 + 1e-6);
    auto t = towns.find(town);
    if (t == towns.end() || GEOSPreparedContains_r(h, t->second, g.get()) != 1) ++outsideTown;
    auto gr = grids.find(grid);
    if (gr == grids.end() || GEOSPreparedContains_r(h, gr->second, g.get()) != 1) ++outsideGrid;
    if (townOfGrid[grid] != town) ++wrongTown;
  }
  EXPECT_EQ(invalid, 0);
  EXPECT_EQ(outsideTown, 0);
  EXPECT_EQ(outsideGrid, 0);
  EXPECT_EQ(wrongTown, 0);
  EXPECT_EQ(codes.size(), 20000u);
  for (auto& [name, p] : towns) GEOSPreparedGeom_destroy_r(h, p);
  for (auto& [name, p] : grids) GEOSPreparedGeom_destroy_r(h, p);
}

TEST(SyntheticDistrict, FootprintsDoNotOverlap) {
  ScratchDir dir("overlap");
  SyntheticOptions options;
  options.buildings = 3000;
  options.towns = 4;
  writeSyntheticDistrict(dir.str(), options);
  Dataset d(dir.str() + "/buildings.gpkg");
  GeosContext geos;
  GEOSContextHandle_t h = geos.handle();
  std::vector<GeosGeometry> shapes;
  GEOSSTRtree* tree = GEOSSTRtree_create_r(h, 10);
  for (auto& f : *d.layer()) shapes.push_back(geosFromOgr(geos, *f->GetGeometryRef()));
  for (auto& s : shapes) GEOSSTRtree_insert_r(h, tree, s.get(), s.get());
  struct Visit {
    GEOSContextHandle_t h;
    const GEOSGeometry* self;
    int overlaps = 0;
  };
  int overlaps = 0;
  for (auto& s : shapes) {
    Visit v{h, s.get()};
    GEOSSTRtree_query_r(
        h, tree, s.get(),
        [](void* item, void* data) {
          auto* v = static_cast<Visit*>(data);
          auto* other = static_cast<const GEOSGeometry*>(item);
          if (other != v->self && GEOSIntersects_r(v->h, other, v->self) == 1) ++v->overlaps;
        },
        &v);
    overlaps += v.overlaps;
  }
  GEOSSTRtree_destroy_r(h, tree);
  EXPECT_EQ(shapes.size(), 3000u);
  EXPECT_EQ(overlaps, 0);
}

TEST(SyntheticDistrict, SameSeedSameAttributes) {
  ScratchDir a("seed_a"), b("seed_b");
  SyntheticOptions options;
  options.buildings = 2000;
  options.towns = 6;
  writeSyntheticDistrict(a.str(), options);
  writeSyntheticDistrict(b.str(), options);
  for (const char* name : {"buildings", "grids", "zones", "towns"}) {
    Dataset da(a.str() + "/" + name + ".gpkg"), db(b.str() + "/" + name + ".gpkg");
    ASSERT_EQ(da.layer()->GetFeatureCount(), db.layer()->GetFeatureCount()) << name;
    std::unique_ptr<OGRFeature> fa, fb;
    while (fa.reset(da.layer()->GetNextFeature()), fa) {
      fb.reset(db.layer()->GetNextFeature());
      ASSERT_TRUE(fb);
      for (int i = 0; i < fa->GetFieldCount(); ++i) {
        ASSERT_STREQ(fa->GetFieldAsString(i), fb->GetFieldAsString(i)) << name;
      }
      ASSERT_TRUE(fa->GetGeometryRef()->Equals(fb->GetGeometryRef())) << name;
    }
  }
  // With the fixed timestamp the files themselves are identical, byte for byte.
  for (const char* name : {"buildings", "grids", "zones", "towns"}) {
    std::ifstream fa(a.str() + "/" + name + ".gpkg", std::ios::binary);
    std::ifstream fb(b.str() + "/" + name + ".gpkg", std::ios::binary);
    const std::string bytesA((std::istreambuf_iterator<char>(fa)),
                             std::istreambuf_iterator<char>());
    const std::string bytesB((std::istreambuf_iterator<char>(fb)),
                             std::istreambuf_iterator<char>());
    EXPECT_FALSE(bytesA.empty());
    EXPECT_TRUE(bytesA == bytesB) << name;
  }
}

}  // namespace fangan::synth
