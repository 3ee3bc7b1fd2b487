// fangan ledger PROJECT --by town|grid [--all-buildings] [--format csv] [--recheck]
//               [--form attachment2|attachment1] [--out FILE.xlsx|.csv|.pdf] [--as-of YYYY-MM-DD]
// With --as-of, the figures a report would have given at the end of that day
// (docs/rules.md#as-of).
// Prints (or writes) the attachment 2 ledger (docs/rules.md#ledger) with its column keys; with
// --recheck, attachment 1 (re-check of closures by management measures only). With --form, the
// same figures in the seed's own form (docs/rules.md#ledger-forms), as XLSX or PDF.

#include <fstream>
#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/Ledger.h"
#include "gis/analysis/LedgerForm.h"
#include "gis/analysis/LedgerSql.h"
#include "gis/cases/LedgerFormProblems.h"
#include "gis/io/LedgerFormXlsx.h"
#include "gis/io/LedgerXlsxWriter.h"
#include "gis/model/Date.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LedgerFormPdf.h"

namespace fangan::cli {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// In SQL on a server project, else one streaming pass without footprints: a million records
// are never held at once (gis/analysis/LedgerSql.h).
LedgerTally tallyLedger(const ProjectStore& store, const Arguments& a, const std::string& by) {
  LedgerOptions options;
  if (a.has("--all-buildings")) options.scope = LedgerScope::AllBuildings;
  return tallyProjectLedger(store, by == "town" ? LedgerArea::Town : LedgerArea::Grid, options);
}

// --form: attachment 2 or 1 in the seed's layout, written to the .xlsx or .pdf of --out.
int runLedgerForm(const Arguments& a, const std::string& by, std::ostream& out, std::ostream& err) {
  const std::string form = a.value("--form");
  if (form != "attachment2" && form != "attachment1")
    throw UsageError("--form 应为 attachment2 或 attachment1");
  if (a.has("--recheck")) throw UsageError("--form 已指明附件，不能再加 --recheck");
  if (a.has("--format")) throw UsageError("--form 不与 --format 同用：格式由 --out 的扩展名决定");
  const std::string target = a.value("--out");
  const bool pdf = endsWith(target, ".pdf");
  if (!pdf && !endsWith(target, ".xlsx"))
    throw UsageError("--form 需要 --out 文件名以 .xlsx 或 .pdf 结尾");

  const std::string asOf = a.value("--as-of");
  auto store = openProjectAsOf(a.positional[0], asOf);
  const LedgerTally tally = tallyLedger(*store, a, by);
  const std::string heading = by == "town" ? "镇街" : "网格";
  const std::string today = Date::today().toString();
  const std::string standsAt = asOf.empty() ? today : asOf;
  LedgerForm sheet = form == "attachment2"
                         ? attachment2Form(tally.ledger(), heading, today, standsAt)
                         : attachment1Form(tally.recheckLedger(), heading, today, standsAt);
  // 线上检查 from the problem register, by town (problems carry a town, not a grid).
  if (form == "attachment2" && by == "town") {
    fillOnlineInspection(sheet, store->problems(), *Date::parse(standsAt));
  }
  if (pdf) {
    const HeadlessGui gui;  // fonts need a Qt application
    const LedgerFormPdfOptions pdfOptions;
    if (!HeadlessGui::fontInstalled(pdfOptions.fontFamily)) {
      err << "fangan: 警告：未安装字体 " << pdfOptions.fontFamily.toStdString()
          << "（fonts-noto-cjk），中文可能显示为方框\n";
    }
    writeLedgerFormPdf(sheet, target, pdfOptions);
  } else {
    writeLedgerFormXlsx(sheet, target);
  }
  out << "已写出 " << target << "（" << sheet.attachment << "，" << sheet.body.size() - 1 << " 个"
      << heading << "及合计）\n";
  return 0;
}

int runLedger(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  const std::string by = a.value("--by", "town");
  if (by != "town" && by != "grid") throw UsageError("--by 应为 town 或 grid");
  if (a.has("--form")) return runLedgerForm(a, by, out, err);
  const std::string format = a.value("--format", "csv");
  if (format != "csv") throw UsageError("--format 只支持 csv (XLSX 用 --out FILE.xlsx)");
  auto store = openProjectAsOf(a.positional[0], a.value("--as-of"));
  const LedgerTally tally = tallyLedger(*store, a, by);

  std::string csv;
  std::vector<LedgerRow> rows;
  if (a.has("--recheck")) {
    csv = recheckLedgerToCsv(tally.recheckLedger());
  } else {
    rows = tally.ledger();
    csv = ledgerToCsv(rows);
  }
  const std::string target = a.value("--out");
  if (endsWith(target, ".pdf"))
    throw UsageError("PDF 只输出表式：请加 --form attachment2|attachment1");
  if (target.empty()) {
    out << csv;
    return 0;
  }
  if (endsWith(target, ".xlsx")) {
    if (a.has("--recheck")) throw UsageError("--recheck 目前只输出 CSV");
    writeLedgerXlsx(target, by == "town" ? "镇街台账" : "网格台账", rows);
  } else {
    std::ofstream file(target, std::ios::binary);
    if (!file) throw std::runtime_error("无法写入 " + target);
    file << "\xEF\xBB\xBF" << csv;  // BOM so that spreadsheet programs read UTF-8 Chinese
  }
  out << "已写出 " << target << "\n";
  return 0;
}

const CommandRegistration registration(
    {"ledger",
     "ledger PROJECT --by town|grid [--all-buildings] [--recheck] [--format csv] "
     "[--form attachment2|attachment1] [--out FILE.xlsx|.csv|.pdf] [--as-of YYYY-MM-DD]",
     {"--all-buildings", "--recheck"},
     runLedger});

}  // namespace
}  // namespace fangan::cli
