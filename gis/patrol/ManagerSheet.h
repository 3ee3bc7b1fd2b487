#pragma once
// One grid manager's share of a patrol plan: the grids they look after and their stops as the
// rows every output shows (CSV, XLSX, GeoPackage, GeoJSON, and the PDF sheet), in day and
// visiting order. Managers are told apart by name and phone; a grid without a manager forms a
// sheet of its own, named after the grid.

#include <string>
#include <vector>

#include "gis/model/Date.h"
#include "gis/patrol/PatrolPlan.h"
#include "gis/patrol/RoutePoint.h"

namespace fangan {

/// One stop as printed: the columns of the patrol list.
struct PatrolStopRow {
  std::string grid;
  int day = 1;
  Date date;
  int order = 1;  ///< 1-based position in the day's route
  std::string code;
  std::string address;
  int score = 0;  ///< priority score
  std::string reasons;
  std::string whatToCheck;
  std::string kind;        ///< event kind to record: "spot_check" for drawn spot checks, else ""
  std::string stamp;       ///< RecordStamp of the building at issue time
  std::string owner;       ///< 产权人 (docs/rules.md#responsibility)
  std::string ownerPhone;  ///< 产权人电话, unmasked: the export masks it (PersonalData.h)
  RoutePoint location;     ///< project CRS
};

/// A day's route line of one grid, for maps.
struct PatrolRouteLine {
  std::string grid;
  int day = 1;
  Date date;
  int stops = 0;
  double length = 0;
  double priorityOrderLength = 0;
  std::vector<RoutePoint> line;  ///< project CRS
};

/// What one manager receives.
struct ManagerSheet {
  std::string manager;  ///< may be empty
  std::string phone;
  std::vector<const GridPlan*> grids;  ///< by grid id; point into the plan
  std::string fileStem;  ///< unique within the plan, safe as a file name ("patrol-张三")

  /// Stop rows of every grid, ordered by grid, day, then visiting order.
  std::vector<PatrolStopRow> stops() const;
  /// Route lines of every grid and non-empty day.
  std::vector<PatrolRouteLine> routes() const;
};

/// Groups a plan's grids by manager (name and phone), managers in order of their first grid.
/// The sheets point into `plan`, which must outlive them.
std::vector<ManagerSheet> groupByManager(const PatrolPlan& plan);

}  // namespace fangan
