// fangan results PROJECT --from FILE [--layer NAME] [--today YYYY-MM-DD] [--dry-run]
// Imports a returned patrol list (XLSX, CSV, GeoPackage or GeoJSON written by `fangan patrol`,
// filled in by the grid manager): gis/patrol/ResultsImport.h. Rows are numbered from 1 = first
// data row (in a spreadsheet, line 2). Output (app/cli/RowIssues.h lists the rows):
//   结果表 FILE（图层 stops）：12 行，空行 3
//   已导入：5 条检查记录，更新 4 栋房屋               (--dry-run: "试导入（未写入）：将导入 …")
//   拒绝：2                                          (a result the case cannot take is
//     第 3 行 B003：房屋编码不存在：B003               worded by app/cli/RefusalText.h)
//     第 5 行 B004：检查日期晚于今天（2024-03-08）：2030-01-01
//   冲突：1
//     第 7 行 B010：派单后房屋记录已被修改（校验码不符），请核对后重新派单
//   重复：0                                          (at most 10 listed, then "  …另有 N 行")
//   已附加照片：2                                     (photos cells, docs/rules.md#attachments)
//   照片问题：1
//     第 4 行 B002：照片文件不存在：/path/IMG_9.jpg
// Exit code 0 whenever the file was read (rejected rows and conflicts are listed, not errors);
// 1 when the file cannot be read or the store fails (then nothing was written), also when a
// building of the sheet was changed by someone else meanwhile (docs/rules.md#row-versions):
//   fangan: 房屋 B003: 此房屋已被 USER 于 TIME 修改，本次导入未写入，请重新导入

#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "app/cli/RefusalText.h"
#include "app/cli/RowIssues.h"
#include "gis/patrol/ResultsImport.h"
#include "layers/attach/AttachmentIntake.h"
#include "layers/layout/HeadlessGui.h"

namespace fangan::cli {
namespace {

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
  out << "结果表 " << r.file << "（图层 " << r.layer << "）：" << r.rows << " 行，空行 " << r.blank
      << "\n";
  out << (options.dryRun ? "试导入（未写入）：将导入 " : "已导入：") << r.imported
      << " 条检查记录，" << (options.dryRun ? "将更新 " : "更新 ") << r.buildingsUpdated
      << " 栋房屋\n";
  // Rejected rows and conflicts are all listed (each needs a decision); duplicates are harmless
  // and a re-imported sheet has hundreds, so only the first few are shown.
  const std::size_t all = r.rejected.size() + r.conflicts.size();
  printRowIssues(out, "拒绝", r.rejected, all);
  printRowIssues(out, "冲突", r.conflicts, all);
  printRowIssues(out, "重复", r.duplicates, 10);
  out << (options.dryRun ? "将附加照片：" : "已附加照片：") << r.photosAttached << "\n";
  printRowIssues(out, "照片问题", r.photoIssues, r.photoIssues.size());
  return 0;
}

const CommandRegistration registration(
    {"results",
     "results PROJECT --from FILE [--layer NAME] [--today YYYY-MM-DD] [--dry-run]",
     {"--dry-run"},
     runResults});

}  // namespace
}  // namespace fangan::cli
