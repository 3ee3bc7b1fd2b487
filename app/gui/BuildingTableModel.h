#pragma once
// The attribute table's model. It holds only the row ids of the buildings shown (8 bytes a row)
// and reads the records it displays from the store a page at a time, keeping a few pages; the
// filter and the sort are answered by a RecordQuery, on a worker thread for large projects
// (see BackgroundScan.h) while the previous rows stay on screen.

#include <QAbstractTableModel>
#include <cstdint>
#include <list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "app/gui/BackgroundScan.h"
#include "app/gui/RecordFilter.h"
#include "app/gui/RecordQuery.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

class BuildingTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  /// Rows read from the store at once, and pages kept.
  static constexpr int kPageRows = 200;
  static constexpr std::size_t kCachedPages = 40;

  explicit BuildingTableModel(QObject* parent = nullptr);
  ~BuildingTableModel() override;

  /// Shows every building of `store` (`buildingIds`, ascending), unfiltered and unsorted. The
  /// store must outlive the model's use of it (clear() before closing it).
  void setProject(const ProjectStore* store, std::vector<std::int64_t> buildingIds);
  /// Shows nothing and forgets the store.
  void clear();
  /// Buildings of the project, filtered or not.
  std::int64_t totalCount() const { return total_; }

  /// Re-reads one building after an edit; its row appears or goes when the filter now says so.
  void updateRecord(const BuildingRecord& record);

  /// Shows only the buildings `filter` matches; std::nullopt shows all.
  void setFilter(const std::optional<RecordFilter>& filter);
  const std::optional<RecordFilter>& filter() const { return query_.filter; }
  /// True while a filter or sort runs on a worker thread (the old rows stay shown meanwhile).
  bool isBusy() const { return scan_.isRunning(); }

  /// The record shown in `row` (std::nullopt when the store cannot give it).
  std::optional<BuildingRecord> recordAt(int row) const;
  /// The row id (store id) of the building shown in `row`.
  std::int64_t idAt(int row) const { return rows_[static_cast<std::size_t>(row)]; }
  /// The row showing building `id`, or -1 when it is filtered out or unknown.
  int rowOfId(std::int64_t id) const;
  /// The row showing the building `code`, or -1 when it is filtered out or unknown.
  int rowOfCode(const QString& code) const;
  /// The record of a code, shown or not.
  std::optional<BuildingRecord> recordOfCode(const QString& code) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;
  /// Sorts the shown rows by a column (numbers as numbers; empty values last); column -1 goes
  /// back to the store's order.
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

 signals:
  /// A background filter or sort started (true) or its rows arrived (false).
  void busyChanged(bool busy);
  /// A filter or sort failed; the previous rows stay.
  void queryFailed(const QString& message);

 private:
  /// Answers query_ at once or in the background; `reorderOnly` keeps selections (a sort).
  void runQuery(bool reorderOnly);
  void takeRows(std::vector<std::int64_t> ids, bool reorderOnly);
  const std::vector<BuildingRecord>& page(int index) const;
  void forgetPages() const;

  const ProjectStore* store_ = nullptr;
  std::vector<std::int64_t> rows_;  // ids of the buildings shown, in order
  std::int64_t total_ = 0;
  RecordQuery query_;
  LatestScan scan_{interactivePool()};  // the query whose rows are awaited
  // The filtered and sorted columns, shared with the query running on a worker.
  std::shared_ptr<AttributeColumnCache> columns_ = std::make_shared<AttributeColumnCache>();
  bool busyAnnounced_ = false;  // busyChanged(true) was sent for a background query
  mutable std::unordered_map<int, std::vector<BuildingRecord>> pages_;
  mutable std::list<int> recentPages_;  // most recently used first
};

}  // namespace gui
}  // namespace fangan
