// fangan info PROJECT [--json]: counts per layer, CRS, extent, schema version.

#include <iomanip>
#include <ostream>

#include "app/cli/Command.h"
#include "gis/crs/CrsTransform.h"
#include "gis/io/Json.h"
#include "gis/store/ProjectStore.h"

namespace fangan::cli {
namespace {

int runInfo(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  auto store = openProject(a.positional[0]);
  const auto layers = store->summary();
  Extent all;
  for (const auto& l : layers) all.include(l.extent);
  if (a.has("--json")) {
    Json counts = Json::object();
    for (const auto& l : layers) counts[layerName(l.layer)] = l.count;
    Json extent = nullptr;
    if (!all.isEmpty()) {
      extent = {jsonRounded(all.minX, 3), jsonRounded(all.minY, 3), jsonRounded(all.maxX, 3),
                jsonRounded(all.maxY, 3)};
    }
    const Json doc = {{"project", store->location()},
                      {"schema_version", store->schemaVersion()},
                      {"srid", store->srid()},
                      {"layers", counts},
                      {"extent", extent}};
    out << jsonText(doc) << "\n";
    return 0;
  }
  out << std::fixed << std::setprecision(3);
  out << "项目: " << store->location() << "\n";
  out << "数据结构版本: " << store->schemaVersion() << "\n";
  if (store->srid()) {
    out << "坐标系: EPSG:" << store->srid() << " " << crsName(store->srid()) << "\n";
  } else {
    out << "坐标系: 未设定 (首次导入时选定)\n";
  }
  if (!all.isEmpty()) {
    out << "范围: " << all.minX << ", " << all.minY << " — " << all.maxX << ", " << all.maxY
        << "\n";
  }
  for (const auto& l : layers)
    out << "  " << std::left << std::setw(10) << layerName(l.layer) << l.count << "\n";
  return 0;
}

const CommandRegistration registration({"info", "info PROJECT [--json]", {"--json"}, runInfo});

}  // namespace
}  // namespace fangan::cli
