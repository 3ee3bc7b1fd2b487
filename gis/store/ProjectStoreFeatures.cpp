// The default functions of ProjectStore for layers added at run time: a store that does not
// keep them says so.

#include "gis/store/ProjectStore.h"

namespace fangan {

std::int64_t ProjectStore::insertFeature(ProjectLayer layer, const std::vector<std::string>&,
                                         const Wkb&) {
  throw StoreError("此项目存储不支持图层 " + layerName(layer));
}

void ProjectStore::forEachFeature(ProjectLayer, const Visitor<FeatureRow>&) const {}

}  // namespace fangan
