#pragma once
// A feature of a source layer that zones are derived from: POIs (schools, hospitals, markets...)
// and lines (roads, railways, water).

#include <cstdint>
#include <string>

#include "gis/model/ProjectLayer.h"

namespace fangan {

/// A point/polygon POI or a line, with the category zone rules select on.
struct SourceFeature {
  std::int64_t id = 0;
  std::string category;  ///< e.g. school, kindergarten, hospital, market, main_road, railway
  std::string name;
};

}  // namespace fangan
