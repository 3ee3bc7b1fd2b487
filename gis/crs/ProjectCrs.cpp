#include "gis/crs/ProjectCrs.h"

#include <cmath>

namespace fangan {

int projectCrsFor(double lon, double lat) {
  // China's mainland and islands lie within ~73.5–135.1°E and ~3.8–53.6°N.
  const bool inChina = lon >= 73.0 && lon <= 136.5 && lat >= 3.0 && lat <= 54.0;
  if (inChina) {
    int cm = static_cast<int>(std::lround(lon / 3.0)) * 3;
    if (cm < 75) cm = 75;
    if (cm > 135) cm = 135;
    return 4534 + (cm - 75) / 3;  // EPSG:4534 is CM 75E, one code per 3 degrees
  }
  int zone = static_cast<int>(std::floor((lon + 180.0) / 6.0)) + 1;
  if (zone < 1) zone = 1;
  if (zone > 60) zone = 60;
  return (lat >= 0 ? 32600 : 32700) + zone;
}

}  // namespace fangan
