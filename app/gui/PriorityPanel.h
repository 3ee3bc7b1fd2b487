#pragma once
// The priority list (what to inspect first): choose a grid or a town, see its buildings ranked by
// the office's priority rules (gis/analysis/PriorityRules) with the score and the rules that
// fired; double-clicking a row shows the building on the map.

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QWidget>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/gui/BackgroundScan.h"
#include "gis/analysis/PriorityRules.h"
#include "gis/model/Building.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

/// An area's buildings ranked, with their addresses for the list.
struct AreaRanking {
  std::vector<RankedBuilding> ranking;
  std::unordered_map<std::string, std::string> addressOfCode;
};

/// The grids (id → name) and towns a ranking can be asked for.
struct AreaChoices {
  std::map<std::string, std::string> grids;
  std::set<std::string> towns;
};

/// Grids and towns of a project: its polygons plus the values building records carry.
AreaChoices listAreaChoices(const ProjectStore& store);

/// Ranks the buildings of one grid (or town) with their zone memberships: reads only that
/// area's records from the store.
AreaRanking rankArea(const ProjectStore& store, const PriorityRules& rules, const Date& today,
                     bool byGrid, const std::string& area);

class PriorityPanel : public QWidget {
  Q_OBJECT

 public:
  /// Rows shown at most: a list longer than a day's (or a month's) visits is not read.
  static constexpr int kMaxRows = 500;

  explicit PriorityPanel(QWidget* parent = nullptr);

  /// Loads the rules file (the shipped default unless `rulesPath` is given); returns false and
  /// shows the error when it cannot be read.
  bool loadRules(const QString& rulesPath = QString());
  /// Takes a project of `buildings` buildings: its grids and towns become the choices. The
  /// store must outlive the panel's use of it (null clears); call refresh() after an edit.
  void setProject(const ProjectStore* store, std::int64_t buildings);
  /// Ranks the chosen area again (after an edit).
  void refresh();
  /// The date rules such as "appraisal overdue" compare with (today by default).
  void setToday(const Date& today);

  /// Chooses an area: kind "grid" or "town" and its id/name; false when it is not offered.
  bool chooseArea(const QString& kind, const QString& area);
  /// The ranking shown.
  const std::vector<RankedBuilding>& ranking() const { return ranking_; }
  /// True while the areas are listed or a ranking is computed on a worker thread.
  bool isRanking() const { return rankingScan_.isRunning() || listing_.isRunning(); }
  QTableWidget* table() const { return table_; }

 signals:
  /// The user double-clicked a building: show it on the map.
  void buildingActivated(const QString& code);
  /// A ranking finished and is shown.
  void ranked();

 private:
  void rank();
  void showRanking(const ScanResult<AreaRanking>& result);
  void showAreaChoices(const ScanResult<AreaChoices>& result);

  PriorityRules rules_;
  bool rulesLoaded_ = false;
  Date today_;
  const ProjectStore* store_ = nullptr;
  std::int64_t buildings_ = 0;
  LatestScan rankingScan_;
  LatestScan listing_;
  std::vector<RankedBuilding> ranking_;
  QComboBox* area_ = nullptr;
  QLabel* status_ = nullptr;
  QTableWidget* table_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
