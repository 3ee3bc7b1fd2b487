#pragma once
// The priority list (what to inspect first): choose a grid or a town, see its buildings ranked by
// the office's priority rules (gis/analysis/PriorityRules) with the score and the rules that
// fired; double-clicking a row shows the building on the map.

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QWidget>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "gis/analysis/PriorityRules.h"
#include "gis/model/Building.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

class PriorityPanel : public QWidget {
  Q_OBJECT

 public:
  /// Rows shown at most: a list longer than a day's (or a month's) visits is not read.
  static constexpr int kMaxRows = 500;

  explicit PriorityPanel(QWidget* parent = nullptr);

  /// Loads the rules file (the shipped default unless `rulesPath` is given); returns false and
  /// shows the error when it cannot be read.
  bool loadRules(const QString& rulesPath = QString());
  /// Takes a project: its grids and towns become the choices and the zone membership is read.
  /// `records` must outlive the panel's use of it (call refresh() after it changes).
  void setProject(const ProjectStore& store, const std::vector<BuildingRecord>* records);
  /// Ranks the chosen area again (after an edit).
  void refresh();
  /// The date rules such as "appraisal overdue" compare with (today by default).
  void setToday(const Date& today);

  /// Chooses an area: kind "grid" or "town" and its id/name; false when it is not offered.
  bool chooseArea(const QString& kind, const QString& area);
  /// The ranking shown.
  const std::vector<RankedBuilding>& ranking() const { return ranking_; }
  QTableWidget* table() const { return table_; }

 signals:
  /// The user double-clicked a building: show it on the map.
  void buildingActivated(const QString& code);

 private:
  void rank();

  PriorityRules rules_;
  bool rulesLoaded_ = false;
  Date today_;
  const std::vector<BuildingRecord>* records_ = nullptr;
  std::unordered_map<std::int64_t, std::vector<std::string>> zoneTypes_;
  std::vector<RankedBuilding> ranking_;
  QComboBox* area_ = nullptr;
  QLabel* status_ = nullptr;
  QTableWidget* table_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
