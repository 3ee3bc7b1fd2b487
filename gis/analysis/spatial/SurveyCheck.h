#pragma once
// When a building counts as checked (不漏一栋): its survey_status is surveyed, or a field survey
// point lies inside (or on the edge of) its footprint, or a survey point carries its code
// (docs/rules.md#coverage). Coverage per grid, town and zone type (Coverage) and per key
// zone (ZoneCoverage) both ask this one definition, so their figures always agree.

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "gis/geos/GeosContext.h"
#include "gis/model/Building.h"
#include "gis/model/Geometry.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Why a building counts as checked; the order is the order of the tests (status first).
enum class CheckedBy : unsigned char { None, Status, Point, Code };

/// The survey points of a project, read once and then shared read-only by the worker threads.
class SurveyEvidence {
 public:
  /// Reads every survey point of `store`.
  static SurveyEvidence load(const ProjectStore& store);

  /// How many survey points the project has.
  std::int64_t pointCount() const { return static_cast<std::int64_t>(points_.size()); }
  /// The points' geometries (WKB), in the store's order.
  const std::vector<Wkb>& points() const { return points_; }
  /// Whether a survey point carries this building code.
  bool hasCode(const std::string& code) const { return codes_.count(code) > 0; }

 private:
  friend class SurveyChecker;
  std::vector<Wkb> points_;
  std::unordered_set<std::string> codes_;
};

/// One worker thread's checker: an STR-tree over the survey points in that thread's GEOS
/// context. Not shareable between threads (GEOS contexts are not).
class SurveyChecker {
 public:
  /// `context` and `evidence` must outlive the checker.
  SurveyChecker(const GeosContext& context, const SurveyEvidence& evidence);
  ~SurveyChecker();
  SurveyChecker(const SurveyChecker&) = delete;
  SurveyChecker& operator=(const SurveyChecker&) = delete;

  /// How `record` counts, given its footprint read in the checker's context (null when
  /// unreadable: then only the status and the code can make it checked).
  CheckedBy check(const BuildingRecord& record, const GEOSGeometry* footprint) const;

  /// The same from the footprint's WKB, which is read only when the answer depends on it (a
  /// project without survey points never parses a footprint here). `unreadable` (may be null)
  /// is set when the footprint had to be read and GEOS could not read it.
  CheckedBy check(const BuildingRecord& record, const Wkb& footprint,
                  bool* unreadable = nullptr) const;

 private:
  bool anyPointInside(const GEOSGeometry* footprint) const;

  const GeosContext& context_;
  const SurveyEvidence& evidence_;
  std::vector<GEOSGeometry*> points_;
  GEOSSTRtree* tree_ = nullptr;
};

}  // namespace fangan
