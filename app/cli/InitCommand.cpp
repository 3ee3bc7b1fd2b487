// fangan init PROJECT [--crs EPSG:n]: a new, empty project file.

#include <ostream>

#include "app/cli/Command.h"
#include "gis/crs/CrsTransform.h"
#include "gis/store/ProjectStore.h"

namespace fangan::cli {
namespace {

int runInit(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  int srid = 0;
  if (a.has("--crs")) {
    srid = epsgCodeOf(a.value("--crs"));
    if (srid == 0) throw UsageError("无法识别的坐标系: " + a.value("--crs"));
    if (isGeographic(srid)) {
      throw UsageError("项目坐标系须为投影坐标系 (以米计)，" + a.value("--crs") + " 是经纬度");
    }
  }
  auto store = createProject(a.positional[0], srid);
  out << "已创建项目 " << a.positional[0];
  if (srid) {
    out << " (EPSG:" << srid << " " << crsName(srid) << ")\n";
  } else {
    out << " (坐标系将按首次导入的数据位置选定)\n";
  }
  return 0;
}

const CommandRegistration registration({"init", "init PROJECT [--crs EPSG:n]", {}, runInit});

}  // namespace
}  // namespace fangan::cli
