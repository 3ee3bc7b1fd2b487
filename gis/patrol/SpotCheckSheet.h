#pragma once
// The spot-check sheet handed to the district's checkers (抽查表, docs/rules.md#spot-check): one
// row per sampled building with its code, town, address and the town's verdict, and empty
// columns to fill in: 检查日期, 检查人, 抽查结果 (正确/错排/漏排), 初判隐患 (the right value for
// 错排/漏排, docs/rules.md#spot-check) and 备注. The same file, filled in, is read back by
// importSpotCheckSheet (SpotCheckImport.h); any other buildings column (interchange key or
// Chinese alias, e.g. 层数, 加层) added to it is read as a right value too.

#include "gis/analysis/SavedSpotCheck.h"
#include "gis/io/SheetTable.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Headers of the sheet, in order.
const std::vector<std::string>& spotCheckSheetHeaders();

/// The sheet of a saved sample, rows by town then draw order (records read from the store).
SheetTable spotCheckSheet(const ProjectStore& store, const SavedSpotCheckSample& saved);

}  // namespace fangan
