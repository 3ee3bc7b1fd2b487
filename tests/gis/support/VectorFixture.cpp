#include "VectorFixture.h"

#include <ogrsf_frmts.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "gis/io/GdalHandles.h"

namespace fangan::testing {

void writeVectorFile(const std::string& path, const std::string& driverName, int epsg,
                     const std::vector<std::string>& fields, const std::vector<FixtureRow>& rows,
                     const std::vector<std::string>& layerOptions) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
  if (!driver) throw std::runtime_error("no GDAL driver " + driverName);
  const GdalDataset ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) throw std::runtime_error("cannot create " + path);
  OGRSpatialReference srs;
  OGRSpatialReference* srsPtr = nullptr;
  if (epsg) {
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    srsPtr = &srs;
  }
  std::vector<const char*> opts;
  for (const auto& o : layerOptions) opts.push_back(o.c_str());
  opts.push_back(nullptr);
  bool hasGeometry = false;
  for (const auto& r : rows) hasGeometry = hasGeometry || !r.wkt.empty();
  OGRLayer* layer = ds->CreateLayer("data", srsPtr, hasGeometry ? wkbUnknown : wkbNone,
                                    const_cast<char**>(opts.data()));
  if (!layer) throw std::runtime_error("cannot create layer in " + path);
  for (const auto& f : fields) {
    OGRFieldDefn d(f.c_str(), OFTString);
    layer->CreateField(&d);
  }
  for (const auto& r : rows) {
    const OgrFeature feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    for (size_t i = 0; i < r.values.size(); ++i) {
      if (!r.values[i].empty()) feature->SetField(static_cast<int>(i), r.values[i].c_str());
    }
    if (!r.wkt.empty()) {
      OGRGeometry* g = nullptr;
      if (OGRGeometryFactory::createFromWkt(r.wkt.c_str(), nullptr, &g) != OGRERR_NONE) {
        throw std::runtime_error("bad fixture WKT " + r.wkt);
      }
      feature->SetGeometryDirectly(g);
    }
    if (layer->CreateFeature(feature.get()) != OGRERR_NONE) {
      throw std::runtime_error("write failed");
    }
  }
}

long long ogrFeatureCount(const std::string& path, const std::string& layerName) {
  GDALAllRegister();
  const GdalDataset ds = openDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY);
  if (!ds) return -1;
  OGRLayer* l = layerName.empty() ? ds->GetLayer(0) : ds->GetLayerByName(layerName.c_str());
  return l ? l->GetFeatureCount(TRUE) : -1;
}

std::string fanganBinary() {
  char self[4096];
  const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) return "";
  self[n] = '\0';
  const auto candidate = std::filesystem::path(self).parent_path().parent_path() / "app/fangan";
  return std::filesystem::exists(candidate) ? candidate.string() : "";
}

std::string runCommand(const std::string& command, int* status) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (!p) throw std::runtime_error("cannot run " + command);
  std::array<char, 4096> buf{};
  size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int rc = pclose(p);
  if (status) *status = WEXITSTATUS(rc);
  return out;
}

}  // namespace fangan::testing
