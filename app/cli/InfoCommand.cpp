// fangan info PROJECT [--json]: counts per layer, CRS, extent, schema version.

#include <iomanip>
#include <ostream>

#include "app/cli/Command.h"
#include "gis/crs/CrsTransform.h"
#include "gis/store/ProjectStore.h"

namespace fangan::cli {
namespace {

int runInfo(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  auto store = openProject(a.positional[0]);
  const auto layers = store->summary();
  Extent all;
  for (const auto& l : layers) all.include(l.extent);
  out << std::fixed << std::setprecision(3);
  if (a.has("--json")) {
    out << "{\"project\":\"" << store->location()
        << "\",\"schema_version\":" << store->schemaVersion() << ",\"srid\":" << store->srid()
        << ",\"layers\":{";
    bool first = true;
    for (const auto& l : layers) {
      out << (first ? "" : ",") << "\"" << layerName(l.layer) << "\":" << l.count;
      first = false;
    }
    out << "},\"extent\":";
    if (all.isEmpty()) {
      out << "null";
    } else {
      out << "[" << all.minX << "," << all.minY << "," << all.maxX << "," << all.maxY << "]";
    }
    out << "}\n";
    return 0;
  }
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
