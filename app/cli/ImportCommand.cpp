// fangan import PROJECT --layer L --from FILE [...]: one file into one project layer, atomically.

#include <optional>
#include <ostream>

#include "app/cli/Command.h"
#include "gis/io/Importer.h"
#include "gis/io/Json.h"
#include "gis/store/ProjectStore.h"

namespace fangan::cli {
namespace {

/// The importer's failures that the command line fixes with an option, with that option named.
ImportReport importWithOptionNames(ProjectStore& store, const ImportOptions& o) {
  try {
    return importFile(store, o);
  } catch (const ImportError& e) {
    switch (e.problem()) {
      case ImportProblem::NoSourceCrs:
        throw ImportError(std::string(e.what()) + " (用 --src-crs EPSG:n)", e.problem());
      case ImportProblem::NoProjectCrs:
        throw ImportError(std::string(e.what()) + " (用 fangan init --crs)", e.problem());
      case ImportProblem::StrictRejected:
        throw ImportError(std::string(e.what()) + " (--strict)", e.problem());
      case ImportProblem::Other:
        break;
    }
    throw;
  }
}

int runImport(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  if (!a.has("--from")) throw UsageError("缺少 --from FILE");
  ImportOptions o;
  const auto layer = parseImportLayer(a.value("--layer", "buildings"));
  if (!layer) throw UsageError("未知图层 " + a.value("--layer"));
  o.layer = *layer;
  o.path = a.value("--from");
  o.sourceLayer = a.value("--source-layer");
  o.srcCrs = a.value("--src-crs");
  o.encoding = a.value("--encoding");
  o.mappingFile = a.value("--mapping");
  o.gcj02 = a.has("--gcj02");
  o.strict = a.has("--strict");
  o.who = a.value("--user", "fangan");
  auto store = openProject(a.positional[0]);
  // --date: the business day the data stands for (a ledger as of a past day); its states
  // without dates of their own count from then (docs/rules.md#as-of). Default: today.
  std::optional<ChangeDateScope> day;
  if (a.has("--date")) {
    const auto d = Date::parse(a.value("--date"));
    if (!d) throw UsageError("--date 应为日期 YYYY-MM-DD: " + a.value("--date"));
    day.emplace(*store, *d);
  }
  const ImportReport report = importWithOptionNames(*store, o);
  if (a.has("--json")) {
    const Json doc = {{"file", report.file},
                      {"read", report.read},
                      {"imported", report.imported},
                      {"updated", report.updated},
                      {"repaired", report.repaired},
                      {"rejected", report.rejected},
                      {"project_srid", report.projectSrid}};
    out << jsonText(doc) << "\n";
  } else {
    out << describe(report);
  }
  (void)err;
  return 0;
}

const CommandRegistration registration(
    {"import",
     "import PROJECT --layer buildings|survey|zones|grids|towns|pois|lines --from FILE "
     "[--src-crs EPSG:n] [--encoding E] [--mapping FILE] [--source-layer NAME] [--gcj02] "
     "[--strict] [--json] [--user NAME] [--date YYYY-MM-DD]",
     {"--gcj02", "--strict", "--json"},
     runImport});

}  // namespace
}  // namespace fangan::cli
