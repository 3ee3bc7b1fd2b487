#pragma once
// Field results back in (issue 6 item 4): the patrol list a manager returns — XLSX, CSV or
// GeoPackage/GeoJSON from a field app, read through GDAL — becomes inspection events plus the
// record changes each result implies (FieldResult.h), in one transaction.
//
// Columns are found by their PatrolExport names or Chinese headers: code 房屋编码, result_date
// 检查日期, inspector 检查人, result 检查结果, note 备注, kind 检查类型, stamp 校验码, photos 照片
// (code, result_date and result are required). Text that is not UTF-8 is read as GB18030.
// Each row is checked in this order and lands in the first class it meets:
//   blank       result, result_date, inspector and note all empty: not visited, skipped
//   rejected    no/unknown code, missing/unknown result or kind, missing/bad date, or a date
//               after `today` — listed with the row number (1 = first data row) and a Chinese
//               reason
//   duplicate   the building already has an event with the same date, kind, inspector, result
//               and note (an earlier import of the same file, or the same row twice): skipped,
//               so importing a file twice adds nothing
//   conflict    `stamp` given and different from the building's RecordStamp: the record changed
//               since the sheet was issued; listed, never applied (a row without a stamp, typed
//               by hand, cannot be checked and is not a conflict)
//   rejected    a result the case cannot take (FieldResult.h: closing a C/D case without
//               engineering measures, lifting control before rectification, ...): the row's
//               `refusal` holds the code, worded by the caller
//   imported    an event (kind from the row, "patrol" when empty; result stored by its Chinese
//               name) and, when the result implies it, store->updateBuilding (audit-logged)
// Duplicates are looked for before conflicts because an imported row changes its building's
// record: on a second import the row's stamp no longer matches, yet it is a duplicate.
// Rows of one building apply in file order; stamps are compared with the record as it was
// before the import, so two rows of one sheet never conflict with each other. All imported rows
// are written in one transaction: if the store fails, nothing is written.
//
// Photos (docs/rules.md#attachments): when `readPhoto` is given, the files an imported row's
// photos cell names (';'-separated, relative to the results file's folder) are read through it
// and attached to the building and the new event in the same transaction. A photo that is
// missing, unreadable, corrupt or already in the archive is listed in `photoIssues` with its row
// and skipped; the row's event is imported all the same.

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "gis/model/Date.h"
#include "gis/patrol/Refusal.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// What to import.
struct ResultsImportOptions {
  std::string path;
  std::string layer;                   ///< empty: "stops", else the first layer with a code column
  Date today;                          ///< results dated after it are refused
  std::string who = "patrol-results";  ///< audit-log author of record changes
  bool dryRun = false;                 ///< validate and report, write nothing
  /// Reads and checks one photo file (layers/attach/AttachmentIntake.h); throws AttachmentError.
  /// Empty: photos cells are kept as text on the event only.
  std::function<Attachment(const std::string& path)> readPhoto;
};

/// A row that was not imported.
struct ResultRowIssue {
  ResultRowIssue() = default;
  ResultRowIssue(std::int64_t row, std::string code, std::string reason, Refusal refusal = {})
      : row(row), code(std::move(code)), reason(std::move(reason)), refusal(refusal) {}

  std::int64_t row = 0;  ///< 1-based position among the data rows
  std::string code;
  std::string reason;  ///< Chinese; empty when `refusal` says why
  /// A result the case cannot take (docs/rules.md#lifecycle-refusals): the caller words it.
  Refusal refusal;
};

/// What an import did.
struct ResultsImportReport {
  std::string file;
  std::string layer;
  std::int64_t rows = 0;              ///< data rows read
  std::int64_t blank = 0;             ///< not filled in
  std::int64_t imported = 0;          ///< events appended (or that would be, in a dry run)
  std::int64_t buildingsUpdated = 0;  ///< buildings whose record changed
  std::vector<ResultRowIssue> rejected;
  std::vector<ResultRowIssue> conflicts;
  std::vector<ResultRowIssue> duplicates;
  std::int64_t photosAttached = 0;          ///< photos stored (or that would be, in a dry run)
  std::vector<ResultRowIssue> photoIssues;  ///< photos not attached, with their row and reason
};

/// A file that cannot be read as a results sheet (missing, no code column...). Nothing written.
class ResultsImportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Imports a returned patrol list. Throws ResultsImportError, or StoreError (nothing written).
ResultsImportReport importResults(ProjectStore& store, const ResultsImportOptions& options);

}  // namespace fangan
