#include "gis/report/SurveyPointDates.h"

#include <algorithm>

#include "gis/geos/GeosContext.h"

namespace fangan {
namespace {

void keepEarliest(long& slot, long day, bool fresh) { slot = fresh ? day : std::min(slot, day); }

}  // namespace

SurveyPointDates SurveyPointDates::load(const ProjectStore& store) {
  SurveyPointDates dates;
  GeosContext context;
  const auto h = context.handle();
  std::unordered_map<std::int64_t, GeosGeometry> footprints;  // read once per building
  store.forEachSurveyPoint([&](const SurveyPoint& p, const Wkb& g) {
    const long day = p.date ? p.date->toDays() : kUndated;
    if (!p.code.empty()) {
      const bool fresh = !dates.byCode_.count(p.code);
      keepEarliest(dates.byCode_[p.code], day, fresh);
    }
    GeosGeometry point(nullptr, GeosGeometryDeleter{h});
    try {
      point = context.read(g);
    } catch (const GeosError&) {
      return true;  // an unreadable point lies in no footprint
    }
    double x = 0, y = 0;
    if (GEOSGeomGetX_r(h, point.get(), &x) != 1 || GEOSGeomGetY_r(h, point.get(), &y) != 1) {
      return true;
    }
    Extent box;
    box.include(x, y);
    for (const std::int64_t id : store.buildingsInBox(box)) {
      auto it = footprints.find(id);
      if (it == footprints.end()) {
        GeosGeometry footprint(nullptr, GeosGeometryDeleter{h});
        try {
          footprint = context.read(store.buildingFootprint(id));
        } catch (const GeosError&) {
        }
        it = footprints.emplace(id, std::move(footprint)).first;
      }
      if (!it->second || GEOSIntersects_r(h, it->second.get(), point.get()) != 1) continue;
      const bool fresh = !dates.byId_.count(id);
      keepEarliest(dates.byId_[id], day, fresh);
    }
    return true;
  });
  return dates;
}

bool SurveyPointDates::checkedBy(std::int64_t id, const std::string& code, long day) const {
  if (byId_.empty() && byCode_.empty()) return false;
  const auto byId = byId_.find(id);
  if (byId != byId_.end() && byId->second <= day) return true;
  if (code.empty()) return false;
  const auto byCode = byCode_.find(code);
  return byCode != byCode_.end() && byCode->second <= day;
}

}  // namespace fangan
