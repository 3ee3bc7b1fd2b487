// fangan spotcheck PROJECT [--from FILE [--dry-run]] [--ledger --out FILE.xlsx|.pdf|.csv]
//                          [--resurvey TOWN] [--today YYYY-MM-DD] [--format text|json]
// The district's spot check of "no hazard" verdicts (docs/rules.md#spot-check), after
// `fangan sample --out` saved the sample:
//   --from      imports a returned spot-check sheet (gis/patrol/SpotCheckImport.h); rows are
//               numbered from 1 = first data row. Exit 0 when the file was read (rejected rows
//               are listed), 1 when it cannot be read or the store fails (nothing written).
//   --ledger    writes the 抽查台账: XLSX (sheets 抽查台账 and 镇街汇总) through GDAL, PDF through
//               the layout engine, or CSV (FILE.csv the buildings, FILE-镇街汇总.csv the towns).
//   --resurvey  orders a town whose accuracy is below 90 % to re-survey (ResurveyOrder.h).
// Without an action it prints the accuracy per town:
//   town,base,sampled,checked,correct,wrongly_surveyed,missed,accuracy,action

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "app/cli/RowIssues.h"
#include "gis/analysis/Ledger.h"
#include "gis/analysis/ResurveyOrder.h"
#include "gis/analysis/SavedSpotCheck.h"
#include "gis/analysis/SpotCheckLedger.h"
#include "gis/io/Csv.h"
#include "gis/io/SpotCheckLedgerSheets.h"
#include "gis/patrol/SpotCheckImport.h"
#include "layers/layout/SpotCheckLedgerPdf.h"

namespace fangan::cli {
namespace {

const char* const kNoSample = "项目中没有保存的抽查样本，请先运行 fangan sample --out";

bool endsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string rate(const std::optional<double>& r) {
  if (!r) return "—";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.4f", *r);
  return buf;
}

int importSheet(ProjectStore& store, const Arguments& a, std::ostream& out) {
  if (!loadSpotCheckSample(store)) throw std::runtime_error(kNoSample);
  ResultsImportOptions options;
  options.path = a.value("--from");
  options.today = todayFrom(a.value("--today"));
  options.dryRun = a.has("--dry-run");
  options.who = "spotcheck:" + options.path;
  const SpotCheckImportReport r = importSpotCheckSheet(store, options);
  out << "抽查表 " << r.file << "（工作表 " << r.layer << "）：" << r.rows << " 行，空行 "
      << r.blank << "\n";
  out << (options.dryRun ? "试导入（未写入）：将导入 " : "已导入：") << r.imported
      << " 条抽查结果，" << (options.dryRun ? "将更正 " : "更正 ") << r.buildingsCorrected
      << " 栋房屋\n";
  printRowIssues(out, "拒绝", r.rejected, r.rejected.size());
  printRowIssues(out, "重复", r.duplicates, 10);
  return 0;
}

int writeLedger(const ProjectStore& store, const Arguments& a, std::ostream& out) {
  if (!a.has("--out")) throw UsageError("--ledger 需要 --out FILE.xlsx|.pdf|.csv");
  const std::string path = a.value("--out");
  const auto ledger = loadSpotCheckLedger(store);
  if (!ledger) throw std::runtime_error(kNoSample);
  if (endsWith(path, ".xlsx")) {
    writeSheetsXlsx(path, {spotCheckLedgerRowsTable(*ledger), spotCheckLedgerTownsTable(*ledger)});
  } else if (endsWith(path, ".pdf")) {
    writeSpotCheckLedgerPdf(*ledger, path);
  } else if (endsWith(path, ".csv")) {
    writeSheetCsv(path, spotCheckLedgerRowsTable(*ledger));
    const std::filesystem::path p(path);
    writeSheetCsv((p.parent_path() / (p.stem().string() + "-镇街汇总.csv")).string(),
                  spotCheckLedgerTownsTable(*ledger));
  } else {
    throw UsageError("--out 应为 .xlsx、.pdf 或 .csv 文件: " + path);
  }
  out << "spot-check ledger: " << ledger->rows.size() << " buildings, " << ledger->towns.size()
      << " towns → " << path << "\n";
  return 0;
}

int resurvey(ProjectStore& store, const Arguments& a, std::ostream& out) {
  const std::string town = a.value("--resurvey");
  const auto saved = loadSpotCheckSample(store);
  if (!saved) throw std::runtime_error(kNoSample);
  const auto towns = townsOrderedToResurvey(store);
  if (std::find(towns.begin(), towns.end(), town) == towns.end()) {
    throw std::runtime_error("镇街“" + town + "”抽查正确率不低于90%或尚未抽查，无需责令重新排查");
  }
  std::string note;
  for (const auto& t : storedSpotCheckResults(store)) {
    if (t.town == town) note = "抽查正确率 " + rate(t.accuracy) + "，低于90%";
  }
  const ResurveyWrite w =
      orderResurvey(store, town, saved->scope, todayFrom(a.value("--today")), "spotcheck", note);
  out << "resurvey " << town << ": " << w.buildingIds.size() << " buildings ordered\n";
  return 0;
}

int printAccuracy(const ProjectStore& store, const Arguments& a, std::ostream& out) {
  if (!loadSpotCheckSample(store)) {
    throw std::runtime_error(kNoSample);
  }
  const auto results = storedSpotCheckResults(store);
  if (a.value("--format", "text") == "json") {
    Json list = Json::array();
    for (const auto& t : results) {
      list.push_back({{"town", t.town},
                      {"base", t.base},
                      {"sampled", t.sampled},
                      {"checked", t.checked},
                      {"correct", t.correct},
                      {"wrongly_surveyed", t.wronglySurveyed},
                      {"missed", t.missed},
                      {"accuracy", t.accuracy ? jsonRounded(*t.accuracy, 4) : Json(nullptr)},
                      {"resurvey", t.resurvey}});
    }
    out << jsonText(list) << "\n";
    return 0;
  }
  out << "town,base,sampled,checked,correct,wrongly_surveyed,missed,accuracy,action\n";
  for (const auto& t : results) {
    out << csvField(t.town) << "," << t.base << "," << t.sampled << "," << t.checked << ","
        << t.correct << "," << t.wronglySurveyed << "," << t.missed << "," << rate(t.accuracy)
        << "," << (t.resurvey ? "责令重新排查" : "") << "\n";
  }
  return 0;
}

int runSpotcheck(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  const int actions = a.has("--from") + a.has("--ledger") + a.has("--resurvey");
  if (actions > 1) throw UsageError("--from、--ledger、--resurvey 只能选一个");
  if (a.has("--dry-run") && !a.has("--from")) throw UsageError("--dry-run 只用于 --from");
  auto store = openProject(a.positional[0]);
  if (a.has("--from")) return importSheet(*store, a, out);
  if (a.has("--ledger")) return writeLedger(*store, a, out);
  if (a.has("--resurvey")) return resurvey(*store, a, out);
  return printAccuracy(*store, a, out);
}

const CommandRegistration registration(
    {"spotcheck",
     "spotcheck PROJECT [--from FILE.xlsx|.csv [--dry-run]] [--ledger --out FILE.xlsx|.pdf|.csv] "
     "[--resurvey TOWN] [--today YYYY-MM-DD] [--format text|json]",
     {"--dry-run", "--ledger"},
     runSpotcheck});

}  // namespace
}  // namespace fangan::cli
