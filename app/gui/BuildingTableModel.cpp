#include "app/gui/BuildingTableModel.h"

#include <algorithm>

namespace fangan {
namespace gui {

BuildingTableModel::BuildingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void BuildingTableModel::load(const ProjectStore& store) {
  std::vector<BuildingRecord> records;
  // Reserved up front: growing a vector of a million records would briefly hold two copies.
  for (const LayerSummary& layer : store.summary()) {
    if (layer.layer == ProjectLayer::Buildings) {
      records.reserve(static_cast<std::size_t>(layer.count));
    }
  }
  store.forEachBuilding([&records](const BuildingRecord& r, const Wkb&) {
    records.push_back(r);
    return true;
  });
  setRecords(std::move(records));
}

void BuildingTableModel::setRecords(std::vector<BuildingRecord> records) {
  beginResetModel();
  records_ = std::move(records);
  indexOfCode_.clear();
  indexOfCode_.reserve(static_cast<int>(records_.size()));
  for (std::size_t i = 0; i < records_.size(); ++i) {
    indexOfCode_.insert(QString::fromStdString(records_[i].code), static_cast<int>(i));
  }
  applyFilter();
  endResetModel();
}

void BuildingTableModel::updateRecord(const BuildingRecord& record) {
  const auto it = std::find_if(records_.begin(), records_.end(),
                               [&record](const BuildingRecord& r) { return r.id == record.id; });
  if (it == records_.end()) return;
  const int position = static_cast<int>(it - records_.begin());
  *it = record;
  const bool wasShown = std::find(rows_.begin(), rows_.end(), position) != rows_.end();
  const bool shown = !filter_ || filter_->matches(record);
  if (wasShown != shown) {
    // Rows appear or vanish: redo the filter (and the sort) for a consistent order.
    beginResetModel();
    applyFilter();
    endResetModel();
    return;
  }
  const int row = rowOfCode(QString::fromStdString(record.code));
  if (row >= 0) emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void BuildingTableModel::setFilter(const std::optional<RecordFilter>& filter) {
  beginResetModel();
  filter_ = filter;
  applyFilter();
  endResetModel();
}

void BuildingTableModel::applyFilter() {
  rows_.clear();
  for (std::size_t i = 0; i < records_.size(); ++i) {
    if (!filter_ || filter_->matches(records_[i])) rows_.push_back(static_cast<int>(i));
  }
  if (sortColumn_ >= 0) {
    const int column = sortColumn_;
    sortColumn_ = -1;  // sort() without the reset signals, we are inside one
    const Qt::SortOrder order = sortOrder_;
    const RecordField field = recordFields()[static_cast<std::size_t>(column)];
    std::vector<QVariant> keys(records_.size());
    for (int i : rows_) keys[static_cast<std::size_t>(i)] = recordFieldValue(records_[i], field);
    std::stable_sort(rows_.begin(), rows_.end(), [&keys, order](int a, int b) {
      const QVariant& x = keys[static_cast<std::size_t>(a)];
      const QVariant& y = keys[static_cast<std::size_t>(b)];
      if (x.isNull() || y.isNull()) return !x.isNull() && y.isNull();  // empty values last
      const int c = QVariant::compare(x, y) == QPartialOrdering::Less      ? -1
                    : QVariant::compare(x, y) == QPartialOrdering::Greater ? 1
                                                                           : 0;
      return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    sortColumn_ = column;
  }
}

const BuildingRecord& BuildingTableModel::recordAt(int row) const {
  return records_[static_cast<std::size_t>(rows_[static_cast<std::size_t>(row)])];
}

int BuildingTableModel::rowOfCode(const QString& code) const {
  const auto it = indexOfCode_.constFind(code);
  if (it == indexOfCode_.constEnd()) return -1;
  const auto row = std::find(rows_.begin(), rows_.end(), it.value());
  return row == rows_.end() ? -1 : static_cast<int>(row - rows_.begin());
}

const BuildingRecord* BuildingTableModel::recordOfCode(const QString& code) const {
  const auto it = indexOfCode_.constFind(code);
  return it == indexOfCode_.constEnd() ? nullptr : &records_[static_cast<std::size_t>(it.value())];
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
    return recordFieldValue(recordAt(index.row()), field);
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

void BuildingTableModel::sort(int column, Qt::SortOrder order) {
  if (column >= columnCount()) return;
  emit layoutAboutToBeChanged();
  // Selections and the current index follow their records to the new rows.
  const QModelIndexList before = persistentIndexList();
  std::vector<int> positions;
  positions.reserve(static_cast<std::size_t>(before.size()));
  for (const QModelIndex& i : before) positions.push_back(rows_[static_cast<std::size_t>(i.row())]);
  sortColumn_ = column;  // -1: back to the store's order
  sortOrder_ = order;
  applyFilter();
  std::vector<int> rowOfPosition(records_.size(), -1);
  for (std::size_t row = 0; row < rows_.size(); ++row) {
    rowOfPosition[static_cast<std::size_t>(rows_[row])] = static_cast<int>(row);
  }
  QModelIndexList after;
  for (int i = 0; i < before.size(); ++i) {
    after << index(rowOfPosition[static_cast<std::size_t>(positions[static_cast<std::size_t>(i)])],
                   before[i].column());
  }
  changePersistentIndexList(before, after);
  emit layoutChanged();
}

}  // namespace gui
}  // namespace fangan
