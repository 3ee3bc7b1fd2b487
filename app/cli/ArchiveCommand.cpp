// fangan archive PROJECT --code C --out F.pdf [--show-personal] [--today YYYY-MM-DD]
// Writes the building's archive (一楼一档, docs/rules.md#archive-pdf) as one PDF: record,
// responsibility (phones masked unless --show-personal, docs/rules.md#personal-data), history,
// plan, problems, notices and photos. Output: "archive C: N pages → F.pdf". Exit 1 for an
// unknown building or a file that cannot be written.

#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "gis/archive/BuildingArchive.h"
#include "layers/layout/ArchivePdf.h"

namespace fangan::cli {
namespace {

int runArchive(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  if (!a.has("--code")) throw UsageError("缺少 --code C");
  if (!a.has("--out")) throw UsageError("缺少 --out F.pdf");
  auto store = openProject(a.positional[0]);
  const BuildingArchive archive = loadBuildingArchive(*store, a.value("--code"));
  ArchivePdfOptions options;
  options.showPersonal = a.has("--show-personal");
  options.today = todayFrom(a.value("--today"));
  const int pages = writeArchivePdf(archive, a.value("--out"), options);
  out << "archive " << archive.record.code << ": " << pages << " pages → " << a.value("--out")
      << "\n";
  return 0;
}

const CommandRegistration registration(
    {"archive",
     "archive PROJECT --code C --out F.pdf [--show-personal] [--today YYYY-MM-DD]",
     {"--show-personal"},
     runArchive});

}  // namespace
}  // namespace fangan::cli
