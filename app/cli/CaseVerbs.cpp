#include "app/cli/CaseVerbs.h"

#include "gis/cases/CaseRefusal.h"
#include "gis/io/SheetTable.h"

namespace fangan::cli {

namespace {

std::string verbList(const std::vector<CaseVerb>& verbs) {
  std::string list;
  for (const CaseVerb& v : verbs) list += (list.empty() ? "" : "|") + v.name;
  return list;
}

}  // namespace

int runCaseVerb(const Arguments& a, std::ostream& err, const std::vector<CaseVerb>& verbs) {
  if (a.positional.size() != 2) throw UsageError("需要项目文件路径和 " + verbList(verbs));
  const std::string& verb = a.positional[1];
  for (const CaseVerb& v : verbs) {
    if (v.name != verb) continue;
    try {
      return v.run();
    } catch (const CaseRefused& e) {
      err << "fangan: " << e.what() << "\n";
      return 1;
    } catch (const SheetError& e) {
      err << "fangan: " << e.what() << "\n";
      return 1;
    }
  }
  throw UsageError("未知操作 " + verb + " (应为 " + verbList(verbs) + ")");
}

std::optional<Date> dateOption(const Arguments& a, const std::string& name) {
  if (!a.has(name)) return std::nullopt;
  const auto d = Date::parse(a.value(name));
  if (!d) throw UsageError(name + " 应为日期 YYYY-MM-DD");
  return d;
}

}  // namespace fangan::cli
