// The default ProjectStore::eventsOfKinds: every building's history through events(), so a store
// that filters events (the as-of view) filters these too.

#include <algorithm>
#include <tuple>

#include "gis/store/ProjectStore.h"

namespace fangan {

std::vector<InspectionEvent> ProjectStore::eventsOfKinds(
    const std::vector<std::string>& kinds) const {
  std::vector<InspectionEvent> out;
  for (const std::int64_t id : buildingIds()) {
    for (InspectionEvent& e : events(id)) {
      if (std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end()) out.push_back(e);
    }
  }
  std::sort(out.begin(), out.end(), [](const InspectionEvent& a, const InspectionEvent& b) {
    return std::make_tuple(a.date.toDays(), a.id) < std::make_tuple(b.date.toDays(), b.id);
  });
  return out;
}

}  // namespace fangan
