#pragma once
// The attribute table's model: every building record of the project (loaded once through the
// store), one column per RecordField, showing the rows a RecordFilter lets through. It also owns
// the records the priority list and the dashboard compute from, so they read one copy.

#include <QAbstractTableModel>
#include <QHash>
#include <optional>
#include <vector>

#include "app/gui/RecordFilter.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

class BuildingTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  explicit BuildingTableModel(QObject* parent = nullptr);

  /// Reads every building record of `store` (ordered by id) and shows them all.
  void load(const ProjectStore& store);
  /// Replaces the records (ordered as given) and shows those the filter lets through.
  void setRecords(std::vector<BuildingRecord> records);
  /// Replaces one record (same id) after an edit; the filter is applied to it again.
  void updateRecord(const BuildingRecord& record);
  /// Every record, filtered or not.
  const std::vector<BuildingRecord>& records() const { return records_; }

  /// Shows only the records `filter` matches; std::nullopt shows all.
  void setFilter(const std::optional<RecordFilter>& filter);
  const std::optional<RecordFilter>& filter() const { return filter_; }

  /// The record shown in `row`.
  const BuildingRecord& recordAt(int row) const;
  /// The row showing the building `code`, or -1 when it is filtered out or unknown.
  int rowOfCode(const QString& code) const;
  /// The record of a code (filtered or not), or null.
  const BuildingRecord* recordOfCode(const QString& code) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;
  /// Sorts the shown rows by a column (numbers as numbers; empty values last); column -1 goes
  /// back to the store's order.
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

 private:
  void applyFilter();

  std::vector<BuildingRecord> records_;
  QHash<QString, int> indexOfCode_;  // code → position in records_
  std::vector<int> rows_;            // positions in records_ of the rows shown
  std::optional<RecordFilter> filter_;
  int sortColumn_ = -1;
  Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

}  // namespace gui
}  // namespace fangan
