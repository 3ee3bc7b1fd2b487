#pragma once
// The campaign's progress forms in the layout the campaign prints them
// (docs/rules.md#ledger-forms):
//  - attachment 2, 自建房安全专项整治攻坚行动工作台账: one row per area plus 合计, a commercial
//    block (已排查经营性自建房数量; 整治销号: 初判隐患数量, 动态销号数量; 线上检查: 问题确认/问题,
//    问题确认率) and a non-commercial block (①–⑦ and the three rates), three header rows;
//  - attachment 1, 前期采取管理措施销号的自建房复核台账: 总量 and, for commercial and
//    non-commercial houses, 数量, 经专业技术人员现场复核数量, 存在安全隐患数量, 工程措施整治数量.
// The form is a grid of cells independent of the output: the XLSX writer (gis/io) and the PDF
// writer (layers/layout) draw the same header spans and the same body, so paper and workbook
// agree. The 线上检查 cells are left blank here, never filled with invented numbers; by town,
// gis/cases/LedgerFormProblems.h fills them from the problem register when it holds
// online-inspection problems.

#include <string>
#include <vector>

#include "gis/analysis/Ledger.h"
#include "gis/analysis/LedgerTotals.h"

namespace fangan {

/// A header cell spanning rows [row, row + rowSpan) and columns [col, col + colSpan).
struct LedgerFormHeaderCell {
  int row = 0;
  int col = 0;
  int rowSpan = 1;
  int colSpan = 1;
  std::string text;
};

/// What a body cell holds.
enum class LedgerFormCellKind {
  Text,   ///< the area name, or "合计"
  Count,  ///< a whole number
  Rate,   ///< a ratio (0.8125); `empty` when its denominator is 0 (shown "—")
  Blank   ///< not known to the program (线上检查 without a problem register): left empty
};

struct LedgerFormCell {
  LedgerFormCellKind kind = LedgerFormCellKind::Blank;
  std::string text;    ///< Text cells
  double value = 0;    ///< Count and Rate cells
  bool empty = false;  ///< a Rate with a zero denominator
};

/// One form, ready to draw.
struct LedgerForm {
  std::string attachment;  ///< "附件2"
  std::string title;       ///< the seed's title
  std::string unit;        ///< "（单位：栋）"
  std::string reportDate;  ///< 填报时间, YYYY-MM-DD
  std::string asOf;        ///< the day the figures stand at (数据截至), YYYY-MM-DD
  int headerRows = 0;
  int columns = 0;
  std::vector<LedgerFormHeaderCell> header;
  std::vector<double> columnWidths;  ///< relative widths, in spreadsheet character units
  std::vector<std::vector<LedgerFormCell>> body;  ///< area rows, then the 合计 row
  /// The line above the table: 填报人, 联系方式, 填报时间 and 数据截至.
  std::string reporterLine() const;
  /// The line under the table: "主要负责同志签字：　　　　　　单位（盖章）：".
  std::string signatureLine() const;
};

/// "—" (U+2014), what a rate with a zero denominator shows.
const std::string& ledgerFormDash();

/// Attachment 2 from buildLedger's rows. `areaHeading` names the first column ("镇街" or "网格").
LedgerForm attachment2Form(const std::vector<LedgerRow>& rows, const std::string& areaHeading,
                           const std::string& reportDate, const std::string& asOf);

/// Attachment 1 from buildRecheckLedger's rows.
LedgerForm attachment1Form(const std::vector<RecheckLedgerRow>& rows,
                           const std::string& areaHeading, const std::string& reportDate,
                           const std::string& asOf);

}  // namespace fangan
