#pragma once
// What the attribute table shows: the buildings a filter lets through, in a column's order. It is
// answered by one pass over the store (attributes only, no footprints), so nothing holds every
// record of a million-building project; the table then reads the rows it displays page by page.

#include <Qt>
#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

#include "app/gui/RecordFilter.h"
#include "gis/store/AttributeColumns.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

struct RecordQuery {
  std::optional<RecordFilter> filter;  ///< std::nullopt: every building
  int sortColumn = -1;                 ///< position in recordFields(); -1: the store's order
  Qt::SortOrder order = Qt::AscendingOrder;
};

/// Row ids of the buildings `query` selects, in its order: numbers sort as numbers, text as
/// text, empty values last; equal values keep the store's order. Stops early, returning what
/// it has, when `cancel` becomes true. With `columns`, the filter's and the sort's fields are read
/// from the attribute cache (docs/rules.md#map-cache) when it can give them, with the same
/// answer.
std::vector<std::int64_t> runRecordQuery(const ProjectStore& store, const RecordQuery& query,
                                         const std::atomic<bool>* cancel = nullptr,
                                         AttributeColumnCache* columns = nullptr);

}  // namespace gui
}  // namespace fangan
