#include "gis/analysis/spatial/SurveyCheck.h"

namespace fangan {

SurveyEvidence SurveyEvidence::load(const ProjectStore& store) {
  SurveyEvidence evidence;
  store.forEachSurveyPoint([&](const SurveyPoint& p, const Wkb& g) {
    evidence.points_.push_back(g);
    if (!p.code.empty()) evidence.codes_.insert(p.code);
    return true;
  });
  return evidence;
}

// Survey points are usually far fewer than buildings, and a point tree is cheap to build, so
// every thread builds its own rather than sharing GEOS objects across contexts.
SurveyChecker::SurveyChecker(const GeosContext& context, const SurveyEvidence& evidence)
    : context_(context), evidence_(evidence) {
  const auto h = context_.handle();
  for (const auto& w : evidence_.points_) {
    try {
      points_.push_back(context_.read(w).release());
    } catch (const GeosError&) {
      // An unreadable point cannot lie in any footprint.
    }
  }
  tree_ = GEOSSTRtree_create_r(h, 10);
  for (auto* p : points_) GEOSSTRtree_insert_r(h, tree_, p, p);
}

SurveyChecker::~SurveyChecker() {
  GEOSSTRtree_destroy_r(context_.handle(), tree_);
  for (auto* p : points_) GEOSGeom_destroy_r(context_.handle(), p);
}

bool SurveyChecker::anyPointInside(const GEOSGeometry* footprint) const {
  if (points_.empty() || !footprint) return false;
  struct State {
    GEOSContextHandle_t h;
    const GEOSGeometry* footprint;
    bool found;
  } s{context_.handle(), footprint, false};
  GEOSSTRtree_query_r(
      context_.handle(), tree_, footprint,
      [](void* item, void* userdata) {
        auto* st = static_cast<State*>(userdata);
        // The C API cannot stop a query early; skipping the test after a hit is the next best.
        if (st->found) return;
        st->found = GEOSIntersects_r(st->h, st->footprint, static_cast<GEOSGeometry*>(item)) == 1;
      },
      &s);
  return s.found;
}

CheckedBy SurveyChecker::check(const BuildingRecord& record, const GEOSGeometry* footprint) const {
  if (record.isSurveyed()) return CheckedBy::Status;
  if (anyPointInside(footprint)) return CheckedBy::Point;
  if (!record.code.empty() && evidence_.codes_.count(record.code)) return CheckedBy::Code;
  return CheckedBy::None;
}

CheckedBy SurveyChecker::check(const BuildingRecord& record, const Wkb& footprint,
                               bool* unreadable) const {
  if (unreadable) *unreadable = false;
  if (record.isSurveyed() || points_.empty()) return check(record, nullptr);
  GeosGeometry geometry(nullptr, GeosGeometryDeleter{context_.handle()});
  try {
    geometry = context_.read(footprint);
  } catch (const GeosError&) {
    if (unreadable) *unreadable = true;
  }
  return check(record, geometry.get());
}

}  // namespace fangan
