// fangan ledger PROJECT --by town|grid [--all-buildings] [--format csv] [--recheck]
//               [--out FILE.xlsx|.csv] [--as-of YYYY-MM-DD]
// With --as-of, the figures a report would have given at the end of that day
// (docs/rules.md#as-of).
// Prints (or writes) the seed 002 attachment 2 ledger with the INTERCHANGE.md columns; with
// --recheck, attachment 1 (re-check of closures by management measures only).

#include <fstream>
#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/Ledger.h"
#include "gis/io/LedgerXlsxWriter.h"

namespace fangan::cli {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

int runLedger(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  const std::string by = a.value("--by", "town");
  if (by != "town" && by != "grid") throw UsageError("--by 应为 town 或 grid");
  const std::string format = a.value("--format", "csv");
  if (format != "csv") throw UsageError("--format 只支持 csv (XLSX 用 --out FILE.xlsx)");
  auto store = openProjectAsOf(a.positional[0], a.value("--as-of"));
  LedgerOptions options;
  if (a.has("--all-buildings")) options.scope = LedgerScope::AllBuildings;
  const LedgerAreaFn area = by == "town" ? ledgerAreaByTown : ledgerAreaByGrid;
  // One streaming pass without footprints: a million records are never held at once.
  LedgerTally tally(area, options);
  store->scanBuildings({"", "", false}, [&](const BuildingRecord& r, const Wkb&) {
    tally.add(r);
    return true;
  });

  std::string csv;
  std::vector<LedgerRow> rows;
  if (a.has("--recheck")) {
    csv = recheckLedgerToCsv(tally.recheckLedger());
  } else {
    rows = tally.ledger();
    csv = ledgerToCsv(rows);
  }
  const std::string target = a.value("--out");
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
     "[--out FILE.xlsx|.csv] [--as-of YYYY-MM-DD]",
     {"--all-buildings", "--recheck"},
     runLedger});

}  // namespace
}  // namespace fangan::cli
