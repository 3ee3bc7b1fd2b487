#include "app/gui/RecordQuery.h"

#include <QVariant>
#include <algorithm>
#include <numeric>
#include <utility>

#include "gis/store/BuildingColumns.h"

namespace fangan {
namespace gui {
namespace {

// A record holding only `value` in `column`: every field but 健康码 reads one column, so what
// the filter and the sort say of it they say of every building with that value.
BuildingRecord recordWith(const building_columns::Column& column,
                          const std::optional<std::string>& value) {
  BuildingRecord r;
  if (value) column.setText(r, *value);
  return r;
}

// A sort key: what QVariant::compare compares for the field's values (ints for numeric fields,
// strings for the rest), without a QVariant per row.
struct SortKey {
  std::int64_t id = 0;
  bool empty = true;
  int number = 0;
  QString text;
};

// The scan: one pass over the store, reading only the columns of the filtered and sorted fields;
// the whole record when one of them needs it (健康码), or for neither (the ids alone: any one
// column will do).
std::vector<std::int64_t> scanQuery(const ProjectStore& store, const RecordQuery& query,
                                    const std::atomic<bool>* cancel, bool sorting,
                                    RecordField field) {
  const bool numeric = isNumericField(field);
  std::vector<SortKey> keyed;
  std::vector<std::int64_t> ids;
  BuildingScan scan;
  scan.footprints = false;
  std::vector<std::string> columns = {"code"};
  for (const RecordField used : {query.filter ? query.filter->field : RecordField::Code,
                                 sorting ? field : RecordField::Code}) {
    const std::optional<std::string> column = recordFieldColumn(used);
    if (!column) {
      columns.clear();
      break;
    }
    columns.push_back(*column);
  }
  scan.columns = columns;
  store.scanBuildings(scan, [&](const BuildingRecord& r, const Wkb&) {
    if (cancel && cancel->load()) return false;
    if (query.filter && !query.filter->matches(r)) return true;
    if (sorting) {
      const QVariant v = recordFieldValue(r, field);
      SortKey key;
      key.id = r.id;
      key.empty = v.isNull();
      if (!key.empty) {
        if (numeric) {
          key.number = v.toInt();
        } else {
          key.text = v.toString();
        }
      }
      keyed.push_back(std::move(key));
    } else {
      ids.push_back(r.id);
    }
    return true;
  });
  if (!sorting) return ids;
  const bool ascending = query.order == Qt::AscendingOrder;
  std::stable_sort(keyed.begin(), keyed.end(),
                   [ascending, numeric](const SortKey& a, const SortKey& b) {
                     if (a.empty || b.empty) return !a.empty && b.empty;  // empty values last
                     if (numeric) return ascending ? a.number < b.number : a.number > b.number;
                     const int c = QString::compare(a.text, b.text);
                     return ascending ? c < 0 : c > 0;
                   });
  ids.reserve(keyed.size());
  for (const SortKey& key : keyed) ids.push_back(key.id);
  return ids;
}

// The same answer from the attribute cache: the filter and the sort key are evaluated once per
// distinct value, then the rows are picked and ordered by their value's index (a counting sort,
// stable, so equal values keep the store's order). std::nullopt when the cache cannot answer.
std::optional<std::vector<std::int64_t>> columnQuery(const ProjectStore& store,
                                                     const RecordQuery& query,
                                                     const std::atomic<bool>* cancel,
                                                     AttributeColumnCache& cache, bool sorting,
                                                     RecordField field) {
  const auto columnOf = [&](RecordField f) -> std::shared_ptr<const AttributeColumn> {
    const std::optional<std::string> name = recordFieldColumn(f);
    if (!name) return nullptr;
    return cache.get(store, *name, cancel);
  };
  std::shared_ptr<const AttributeColumn> filtered, sortedBy;
  if (query.filter && !(filtered = columnOf(query.filter->field))) return std::nullopt;
  if (sorting && !(sortedBy = columnOf(field))) return std::nullopt;
  const AttributeColumn* base = filtered ? filtered.get() : sortedBy.get();
  if (!base) return std::nullopt;  // neither: the store's order of every building
  if (filtered && sortedBy &&
      (filtered->generation != sortedBy->generation || !sameBuildings(*filtered, *sortedBy))) {
    return std::nullopt;
  }
  const std::vector<std::int64_t>& baseIds = *base->ids;
  const std::size_t n = baseIds.size();
  std::vector<char> passes;
  if (filtered) {
    const building_columns::Column* c = building_columns::find(filtered->name);
    if (!c) return std::nullopt;
    std::vector<char> valuePasses(filtered->values.size());
    for (std::size_t k = 0; k < filtered->values.size(); ++k) {
      valuePasses[k] = query.filter->matches(recordWith(*c, filtered->values[k])) ? 1 : 0;
    }
    passes.resize(n);
    for (std::size_t i = 0; i < n; ++i) passes[i] = valuePasses[filtered->rows[i]];
  }
  const auto kept = [&](std::size_t i) { return passes.empty() || passes[i] != 0; };
  std::vector<std::int64_t> ids;
  if (!sortedBy) {
    for (std::size_t i = 0; i < n; ++i) {
      if (kept(i)) ids.push_back(baseIds[i]);
    }
    return ids;
  }
  // Rank the distinct values as the scan's comparison orders them; equal values share a rank,
  // empty values come last.
  const building_columns::Column* c = building_columns::find(sortedBy->name);
  if (!c) return std::nullopt;
  const std::size_t distinct = sortedBy->values.size();
  std::vector<QVariant> keys(distinct);
  for (std::size_t k = 0; k < distinct; ++k) {
    keys[k] = recordFieldValue(recordWith(*c, sortedBy->values[k]), field);
  }
  std::vector<std::uint32_t> order(distinct);
  std::iota(order.begin(), order.end(), 0u);
  const bool ascending = query.order == Qt::AscendingOrder;
  const auto before = [&](std::uint32_t a, std::uint32_t b) {
    const QVariant& x = keys[a];
    const QVariant& y = keys[b];
    if (x.isNull() || y.isNull()) return !x.isNull() && y.isNull();
    const QPartialOrdering o = QVariant::compare(x, y);
    return ascending ? o == QPartialOrdering::Less : o == QPartialOrdering::Greater;
  };
  std::stable_sort(order.begin(), order.end(), before);
  std::vector<std::uint32_t> rank(distinct);
  std::uint32_t ranks = 0;
  for (std::size_t j = 0; j < distinct; ++j) {
    if (j > 0 && before(order[j - 1], order[j])) ++ranks;
    rank[order[j]] = ranks;
  }
  std::vector<std::size_t> start(static_cast<std::size_t>(ranks) + 2, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (kept(i)) ++start[rank[sortedBy->rows[i]] + 1];
  }
  std::partial_sum(start.begin(), start.end(), start.begin());
  ids.resize(start.back());
  for (std::size_t i = 0; i < n; ++i) {
    if (kept(i)) ids[start[rank[sortedBy->rows[i]]]++] = baseIds[i];
  }
  return ids;
}

}  // namespace

std::vector<std::int64_t> runRecordQuery(const ProjectStore& store, const RecordQuery& query,
                                         const std::atomic<bool>* cancel,
                                         AttributeColumnCache* columns) {
  const bool sorting =
      query.sortColumn >= 0 && query.sortColumn < static_cast<int>(recordFields().size());
  const RecordField field =
      sorting ? recordFields()[static_cast<std::size_t>(query.sortColumn)] : RecordField::Code;
  if (columns) {
    std::optional<std::vector<std::int64_t>> ids =
        columnQuery(store, query, cancel, *columns, sorting, field);
    if (ids) return std::move(*ids);
    if (cancel && cancel->load()) return {};
  }
  return scanQuery(store, query, cancel, sorting, field);
}

}  // namespace gui
}  // namespace fangan
