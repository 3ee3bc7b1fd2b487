#pragma once
// The attribute table: every building in a QTableView, a filter made with the expression builder
// (field, operator, value; see RecordFilter) and a search box for a code or an address. Selecting
// rows asks the map to highlight those buildings; the map's selection is shown here in turn.

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QTableView>
#include <QWidget>

#include "app/gui/BuildingTableModel.h"

namespace fangan {
namespace gui {

class AttributeTablePanel : public QWidget {
  Q_OBJECT

 public:
  explicit AttributeTablePanel(QWidget* parent = nullptr);

  /// Shows the buildings of a project (`buildingIds`: all of its ids, ascending); null clears.
  void setProject(const ProjectStore* store, std::vector<std::int64_t> buildingIds);
  BuildingTableModel* model() const { return model_; }
  QTableView* view() const { return view_; }

  /// Fills the expression builder and applies the filter (as pressing 筛选 does).
  void applyFilter(RecordField field, FilterOperator op, const QString& value);
  /// Shows every row again.
  void clearFilter();
  /// Looks for an exact code, else the first address containing `text`; selects its row and
  /// emits buildingRequested. Returns the code found (empty when none).
  QString search(const QString& text);

  /// Selects the row of `code` without emitting selectionChanged (the map's selection); an
  /// empty code clears the selection.
  void showSelection(const QString& code);
  /// Selects the rows of buildings `ids` (store ids) without emitting selectionChanged (a box
  /// or polygon selection on the map); rows filtered out stay unselected.
  void showSelectedIds(const std::vector<std::int64_t>& ids);
  /// Codes of the selected rows.
  QStringList selectedCodes() const;

 signals:
  /// The user selected rows: highlight these buildings.
  void selectionChanged(const QStringList& codes);
  /// The user searched for or double-clicked a building: show it and zoom to it.
  void buildingRequested(const QString& code);

 private:
  void applyBuilderFilter();
  void updateOperandEnabled();
  void updateCount();

  BuildingTableModel* model_ = nullptr;
  QTableView* view_ = nullptr;
  QComboBox* field_ = nullptr;
  QComboBox* operator_ = nullptr;
  QLineEdit* value_ = nullptr;
  QLineEdit* search_ = nullptr;
  QLabel* count_ = nullptr;
  bool showingSelection_ = false;  // selection set from the map: do not echo it back
  const ProjectStore* store_ = nullptr;
  QString shownCode_;  // the map's selection, selected again when the rows are replaced
};

}  // namespace gui
}  // namespace fangan
