// fangan results PROJECT --from FILE [--layer NAME] [--today YYYY-MM-DD] [--dry-run]
// Imports a returned patrol list (XLSX, CSV, GeoPackage or GeoJSON written by `fangan patrol`,
// filled in by the grid manager): gis/patrol/ResultsImport.h. Rows are numbered from 1 = first
// data row (in a spreadsheet, line 2). Output:
//   results FILE (layer stops): 12 rows, 3 blank
//   imported: 5 events, 4 buildings updated          ("would import" with --dry-run)
//   rejected: 2                                      (a result the case cannot take is
//     row 3 B003: 房屋编码不存在：B003                  worded by app/cli/RefusalText.h)
//     row 5 B004: 检查日期晚于今天（2024-03-08）：2030-01-01
//   conflicts: 1
//     row 7 B010: 派单后房屋记录已被修改（校验码不符），请核对后重新派单
//   duplicates: 0                                    (at most 10 listed, then "  … N more")
//   photos attached: 2                               (photos cells, docs/rules.md#attachments)
//   photo problems: 1
//     row 4 B002: 照片文件不存在：/path/IMG_9.jpg
// Exit code 0 whenever the file was read (rejected rows and conflicts are listed, not errors);
// 1 when the file cannot be read or the store fails (then nothing was written), also when a
// building of the sheet was changed by someone else meanwhile (docs/rules.md#row-versions):
//   fangan: 房屋 B003: 此房屋已被 USER 于 TIME 修改，本次导入未写入，请重新导入

#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "app/cli/RefusalText.h"
#include "gis/patrol/ResultsImport.h"
#include "layers/attach/AttachmentIntake.h"
#include "layers/layout/HeadlessGui.h"

namespace fangan::cli {
namespace {

// Rejected rows and conflicts are all listed (each needs a decision); duplicates are harmless
// and a re-imported sheet has hundreds, so only the first few are shown.
void printIssues(std::ostream& out, const char* title, const std::vector<ResultRowIssue>& issues,
                 std::size_t limit) {
  out << title << ": " << issues.size() << "\n";
  for (std::size_t k = 0; k < issues.size() && k < limit; ++k) {
    const auto& i = issues[k];
    const std::string reason =
        i.refusal.code != RefusalCode::None ? refusalText(i.refusal).toStdString() : i.reason;
    out << "  row " << i.row << " " << (i.code.empty() ? "—" : i.code) << ": " << reason << "\n";
  }
  if (issues.size() > limit) out << "  … " << issues.size() - limit << " more\n";
}

int runResults(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  if (!a.has("--from")) throw UsageError("缺少 --from FILE");
  ResultsImportOptions options;
  options.path = a.value("--from");
  options.layer = a.value("--layer");
  options.today = todayFrom(a.value("--today"));
  options.dryRun = a.has("--dry-run");
  options.who = "results:" + options.path;
  // Photos the sheet names come into the building's archive (docs/rules.md#attachments).
  const HeadlessGui gui;  // image decoding
  options.readPhoto = [](const std::string& path) { return readAttachmentFile(path); };
  auto store = openProject(a.positional[0]);
  ResultsImportReport r;
  try {
    r = importResults(*store, options);
  } catch (const StaleEditError& e) {
    // Someone changed a building of the sheet meanwhile (docs/rules.md#row-versions).
    err << "fangan: 房屋 " << e.stale().code << ": " << staleEditText(e.stale()).toStdString()
        << "，本次导入未写入，请重新导入\n";
    return 1;
  }
  out << "results " << r.file << " (layer " << r.layer << "): " << r.rows << " rows, " << r.blank
      << " blank\n";
  out << (options.dryRun ? "would import: " : "imported: ") << r.imported << " events, "
      << r.buildingsUpdated << " buildings updated\n";
  const std::size_t all = r.rejected.size() + r.conflicts.size();
  printIssues(out, "rejected", r.rejected, all);
  printIssues(out, "conflicts", r.conflicts, all);
  printIssues(out, "duplicates", r.duplicates, 10);
  out << (options.dryRun ? "photos that would be attached: " : "photos attached: ")
      << r.photosAttached << "\n";
  printIssues(out, "photo problems", r.photoIssues, r.photoIssues.size());
  return 0;
}

const CommandRegistration registration(
    {"results",
     "results PROJECT --from FILE [--layer NAME] [--today YYYY-MM-DD] [--dry-run]",
     {"--dry-run"},
     runResults});

}  // namespace
}  // namespace fangan::cli
