#include "app/gui/RecordQuery.h"

#include <QVariant>
#include <algorithm>
#include <utility>

namespace fangan {
namespace gui {

std::vector<std::int64_t> runRecordQuery(const ProjectStore& store, const RecordQuery& query,
                                         const std::atomic<bool>* cancel) {
  const bool sorting =
      query.sortColumn >= 0 && query.sortColumn < static_cast<int>(recordFields().size());
  const RecordField field =
      sorting ? recordFields()[static_cast<std::size_t>(query.sortColumn)] : RecordField::Code;
  std::vector<std::pair<std::int64_t, QVariant>> keyed;
  std::vector<std::int64_t> ids;
  BuildingScan scan;
  scan.footprints = false;
  store.scanBuildings(scan, [&](const BuildingRecord& r, const Wkb&) {
    if (cancel && cancel->load()) return false;
    if (query.filter && !query.filter->matches(r)) return true;
    if (sorting) {
      keyed.emplace_back(r.id, recordFieldValue(r, field));
    } else {
      ids.push_back(r.id);
    }
    return true;
  });
  if (!sorting) return ids;
  const Qt::SortOrder order = query.order;
  std::stable_sort(keyed.begin(), keyed.end(), [order](const auto& a, const auto& b) {
    const QVariant& x = a.second;
    const QVariant& y = b.second;
    if (x.isNull() || y.isNull()) return !x.isNull() && y.isNull();  // empty values last
    const QPartialOrdering c = QVariant::compare(x, y);
    return order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                       : c == QPartialOrdering::Greater;
  });
  ids.reserve(keyed.size());
  for (const auto& entry : keyed) ids.push_back(entry.first);
  return ids;
}

}  // namespace gui
}  // namespace fangan
