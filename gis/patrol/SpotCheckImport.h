#pragma once
// A returned spot-check sheet back in (`fangan spotcheck --from`, docs/rules.md#spot-check):
// XLSX or CSV read through GDAL. Columns by name: 房屋编码/code, 检查日期/result_date,
// 检查人/inspector, 抽查结果/outcome, 备注/note (code, date and outcome are required), plus
// right values in any buildings column (interchange key or Chinese alias,
// docs/rules.md#interchange, e.g. 初判隐患). Each row is, in this order:
//   blank       outcome, date, inspector, note and right values empty: not checked, skipped
//   rejected    no/unknown code, missing/unknown outcome, missing/bad date, or what
//               SpotCheckEntry.h refuses (not in the sample, future date, 错排 without 初判隐患,
//               正确 with contradicting values) — with the row number (1 = first data row)
//   duplicate   the building already has the same spot_check event: skipped (a sheet imported
//               twice adds nothing)
//   imported    a spot_check event and, for 错排/漏排, the corrected record (audit-logged)
// Rows of one building apply in file order. All imported rows are written in one transaction:
// if the store fails, nothing is written; with dryRun nothing is written at all.

#include "gis/patrol/ResultsImport.h"

namespace fangan {

/// What an import did (rows numbered as in ResultsImport).
struct SpotCheckImportReport {
  std::string file;
  std::string layer;
  std::int64_t rows = 0;
  std::int64_t blank = 0;
  std::int64_t imported = 0;            ///< events appended (or that would be)
  std::int64_t buildingsCorrected = 0;  ///< records changed by 错排/漏排
  std::vector<ResultRowIssue> rejected;
  std::vector<ResultRowIssue> duplicates;
};

/// Imports a returned spot-check sheet. `options.layer` is ignored. Throws ResultsImportError
/// (unreadable file, missing column, no saved sample) or StoreError; nothing written then.
SpotCheckImportReport importSpotCheckSheet(ProjectStore& store,
                                           const ResultsImportOptions& options);

}  // namespace fangan
