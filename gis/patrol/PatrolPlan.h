#pragma once
// A patrol plan (issue 6): for one grid, every grid of a town, or every grid of the project —
// the due buildings (DueSelection), spread over days up to the manager's capacity (DayPlanner),
// each day's visits ordered as a short route (RouteOrder) along the roads when the project has
// road lines, straight lines otherwise (TravelDistances). Read through the store only; nothing
// is written.
//
// Stops are footprint centroids. The route of a day starts at the grid's office when one is
// given (options.offices / options.office), else at the day's most urgent stop; it is open (no
// return leg). Each day reports its route length and the length of visiting the same stops in
// priority order from the same start, and the difference as the saving.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "gis/analysis/PriorityRules.h"
#include "gis/model/Date.h"
#include "gis/model/Grid.h"
#include "gis/patrol/DueSelection.h"
#include "gis/patrol/RoutePoint.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// What to plan.
struct PatrolPlanOptions {
  std::string grid;  ///< plan this grid only, or
  std::string town;  ///< every grid of this town; both empty = every grid of the project
  int days = 5;      ///< patrol days, ≥ 1
  Date start;        ///< day 1; also "today" for deadlines and overdue checks
  const PriorityRules* rules = nullptr;  ///< required
  /// Draw the district's spot-check sample (SpotCheck.h, commercial, stratified by town) with
  /// this seed and put the drawn buildings on the plan; no spot checks without a seed.
  std::optional<std::uint64_t> sampleSeed;
  double sampleRate =
      0.10;  ///< share of each town's eligible buildings (≥ 0.10, docs/rules.md#spot-check)
  std::map<std::string, RoutePoint> offices;  ///< grid id → office (route start), project CRS
  std::optional<RoutePoint> office;           ///< office of every grid not in `offices`
  bool useRoads = true;                       ///< follow road lines when the project has any
  bool routeLines = true;      ///< compute each day's route geometry (for export and maps)
  double snapTolerance = 1.0;  ///< road vertices closer than this (m) are one junction
};

/// One patrol day of one grid.
struct DayRoute {
  int day = 1;  ///< 1-based
  Date date;
  std::vector<std::size_t> stops;  ///< indices into GridPlan::due, in visiting order
  double length = 0;               ///< metres along the chosen order
  double priorityOrderLength = 0;  ///< metres visiting the same stops in priority order
  std::vector<RoutePoint> line;    ///< route geometry (office or first stop → last stop)

  /// priorityOrderLength − length (never negative).
  double saving() const { return priorityOrderLength - length; }
};

/// The plan of one grid.
struct GridPlan {
  GridRecord grid;  ///< from the grids layer (only the id when the grid has no record)
  int capacity = 10;
  std::optional<RoutePoint> office;
  std::vector<DueBuilding> due;          ///< priority order
  std::vector<RoutePoint> locations;     ///< stop location of each due building
  std::vector<DayRoute> days;            ///< one per planned day
  std::vector<std::size_t> unscheduled;  ///< indices into `due` beyond capacity × days

  /// Due buildings placed on a day.
  std::size_t scheduledCount() const;
  /// Sum of the days' route lengths.
  double totalLength() const;
  /// Sum of the days' priority-order lengths.
  double totalPriorityOrderLength() const;
};

/// The whole plan.
struct PatrolPlan {
  int srid = 0;  ///< project CRS of locations and lines
  Date start;
  int days = 0;
  bool onRoads = false;           ///< distances followed the road network
  std::size_t roadNodes = 0;      ///< size of the road graph (0 without roads)
  std::size_t spotChecks = 0;     ///< drawn codes that fell in the planned grids
  std::size_t unassignedDue = 0;  ///< due buildings of the town/project with no grid
  std::vector<GridPlan> grids;    ///< by grid id
};

/// Raised when the grid or town asked for does not exist in the project; message for the user.
class PatrolPlanError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Plans patrols from the project. Throws PatrolPlanError (unknown grid/town, bad options).
PatrolPlan planPatrols(const ProjectStore& store, const PatrolPlanOptions& options);

}  // namespace fangan
