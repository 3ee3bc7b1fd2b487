#include "app/gui/BuildingTableModel.h"

#include <algorithm>
#include <unordered_map>

namespace fangan {
namespace gui {

BuildingTableModel::BuildingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

BuildingTableModel::~BuildingTableModel() = default;

void BuildingTableModel::setProject(const ProjectStore* store,
                                    std::vector<std::int64_t> buildingIds) {
  scan_.drop();  // its rows belong to the previous project
  if (busyAnnounced_) {
    busyAnnounced_ = false;
    emit busyChanged(false);
  }
  beginResetModel();
  store_ = store;
  total_ = static_cast<std::int64_t>(buildingIds.size());
  rows_ = std::move(buildingIds);
  query_ = RecordQuery();
  columns_ = std::make_shared<AttributeColumnCache>();  // a query still running keeps the old
  forgetPages();
  endResetModel();
}

void BuildingTableModel::clear() { setProject(nullptr, {}); }

void BuildingTableModel::forgetPages() const {
  pages_.clear();
  recentPages_.clear();
}

const std::vector<BuildingRecord>& BuildingTableModel::page(int index) const {
  auto it = pages_.find(index);
  if (it != pages_.end()) {
    recentPages_.remove(index);
    recentPages_.push_front(index);
    return it->second;
  }
  std::vector<BuildingRecord> records;
  const std::size_t first = static_cast<std::size_t>(index) * kPageRows;
  const std::size_t last = std::min(rows_.size(), first + kPageRows);
  records.reserve(last - first);
  for (std::size_t row = first; row < last; ++row) {
    std::optional<BuildingRecord> r;
    try {
      if (store_) r = store_->buildingById(rows_[row]);
    } catch (const std::exception&) {
      r.reset();  // shown as an empty row; the next page read tries again
    }
    records.push_back(r ? std::move(*r) : BuildingRecord());
  }
  if (recentPages_.size() >= kCachedPages) {
    pages_.erase(recentPages_.back());
    recentPages_.pop_back();
  }
  recentPages_.push_front(index);
  return pages_.emplace(index, std::move(records)).first->second;
}

std::optional<BuildingRecord> BuildingTableModel::recordAt(int row) const {
  if (row < 0 || row >= rowCount()) return std::nullopt;
  const BuildingRecord& r = page(row / kPageRows)[static_cast<std::size_t>(row % kPageRows)];
  if (r.id == 0) return std::nullopt;
  return r;
}

int BuildingTableModel::rowOfId(std::int64_t id) const {
  const auto it = std::find(rows_.begin(), rows_.end(), id);
  return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
}

int BuildingTableModel::rowOfCode(const QString& code) const {
  const std::optional<BuildingRecord> r = recordOfCode(code);
  return r ? rowOfId(r->id) : -1;
}

std::optional<BuildingRecord> BuildingTableModel::recordOfCode(const QString& code) const {
  if (!store_ || code.isEmpty()) return std::nullopt;
  try {
    return store_->buildingByCode(code.toStdString());
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void BuildingTableModel::updateRecord(const BuildingRecord& record) {
  const int row = rowOfId(record.id);
  const bool shown = !query_.filter || query_.filter->matches(record);
  if ((row >= 0) != shown) {
    runQuery(false);  // the row appears or goes: ask the store again for a consistent order
    return;
  }
  if (row < 0) return;
  auto it = pages_.find(row / kPageRows);
  if (it != pages_.end()) it->second[static_cast<std::size_t>(row % kPageRows)] = record;
  emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void BuildingTableModel::setFilter(const std::optional<RecordFilter>& filter) {
  query_.filter = filter;
  runQuery(false);
}

void BuildingTableModel::sort(int column, Qt::SortOrder order) {
  if (column >= columnCount()) return;
  query_.sortColumn = column;  // -1: back to the store's order
  query_.order = order;
  runQuery(true);
}

void BuildingTableModel::runQuery(bool reorderOnly) {
  if (!store_) return;
  const RecordQuery query = query_;
  const bool background = scan_.run<std::vector<std::int64_t>>(
      this, *store_, total_,
      [query, columns = columns_](const ProjectStore& s) {
        return runRecordQuery(s, query, nullptr, columns.get());
      },
      [this, reorderOnly](const ScanResult<std::vector<std::int64_t>>& result) {
        if (result.error.empty()) {
          takeRows(result.value, reorderOnly);
        } else {
          emit queryFailed(QString::fromStdString(result.error));
        }
        if (busyAnnounced_) {
          busyAnnounced_ = false;
          emit busyChanged(false);
        }
      });
  if (background && !busyAnnounced_) {
    busyAnnounced_ = true;
    emit busyChanged(true);
  }
}

void BuildingTableModel::takeRows(std::vector<std::int64_t> ids, bool reorderOnly) {
  if (!reorderOnly) {
    beginResetModel();
    rows_ = std::move(ids);
    forgetPages();
    endResetModel();
    return;
  }
  // A new order of the same rows: selections and the current index follow their buildings.
  emit layoutAboutToBeChanged();
  const QModelIndexList before = persistentIndexList();
  std::vector<std::int64_t> idsBefore;
  idsBefore.reserve(static_cast<std::size_t>(before.size()));
  for (const QModelIndex& i : before) idsBefore.push_back(idAt(i.row()));
  rows_ = std::move(ids);
  forgetPages();
  std::unordered_map<std::int64_t, int> rowOf;
  if (!before.isEmpty()) {
    rowOf.reserve(rows_.size());
    for (std::size_t row = 0; row < rows_.size(); ++row) {
      rowOf.emplace(rows_[row], static_cast<int>(row));
    }
  }
  QModelIndexList after;
  for (int i = 0; i < before.size(); ++i) {
    const auto it = rowOf.find(idsBefore[static_cast<std::size_t>(i)]);
    after << (it == rowOf.end() ? QModelIndex() : index(it->second, before[i].column()));
  }
  changePersistentIndexList(before, after);
  emit layoutChanged();
}

int BuildingTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int BuildingTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(recordFields().size());
}

QVariant BuildingTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return QVariant();
  const RecordField field = recordFields()[static_cast<std::size_t>(index.column())];
  if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
    const BuildingRecord& record =
        page(index.row() / kPageRows)[static_cast<std::size_t>(index.row() % kPageRows)];
    return record.id != 0 ? recordFieldValue(record, field) : QVariant();
  }
  if (role == Qt::TextAlignmentRole && isNumericField(field)) {
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  }
  return QVariant();
}

QVariant BuildingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return QVariant();
  if (orientation == Qt::Vertical) return section + 1;
  if (section < 0 || section >= columnCount()) return QVariant();
  return recordFieldTitle(recordFields()[static_cast<std::size_t>(section)]);
}

}  // namespace gui
}  // namespace fangan
