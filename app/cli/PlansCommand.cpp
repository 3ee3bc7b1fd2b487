// fangan plans PROJECT list|import|add|set … — 一栋一策 rectification plans (docs/rules.md#plan).
//   list    one CSV row per plan (--overdue: only overdue ones on --today)
//   import  drafts the plans of an XLSX/CSV sheet (--file), registered on --date (default today)
//   add     drafts one plan: --code, --measure, --due, --unit/--person, [--route, --start,
//           --milestones "YYYY-MM-DD text；…"]
//   set     --id N: --state implementing|completed|cancelled (--date, --note), or
//           --milestone K (1-based) done on --date
// A refused action exits 1 naming its refusal code.

#include <ostream>

#include "app/cli/CaseVerbs.h"
#include "app/cli/Command.h"
#include "app/cli/OptionValues.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/Ledger.h"
#include "gis/cases/CaseImport.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/PlanLifecycle.h"
#include "gis/cases/PlanRegister.h"
#include "gis/io/Csv.h"
#include "gis/io/SheetTable.h"
#include "gis/model/Vocabulary.h"

namespace fangan::cli {
namespace {

std::int64_t idOption(const Arguments& a, const std::string& name) {
  return integerOption(name, a.value(name));
}

int list(const Arguments& a, std::ostream& out) {
  const Date day = todayFrom(a.value("--today"));
  auto store = openProject(a.positional[0]);
  out << "id,code,measure,route,responsible_unit,responsible_person,start_date,due_date,state,"
         "state_date,milestones_done,milestones,overdue,milestones_overdue\n";
  for (const RectificationPlan& p : store->plans()) {
    if (a.has("--overdue") && !isPlanOverdue(p, day)) continue;
    int done = 0;
    for (const auto& m : p.milestones) done += m.done ? 1 : 0;
    out << p.id << "," << csvField(p.code) << "," << toKey(p.measure) << "," << csvField(p.route)
        << "," << csvField(p.responsibleUnit) << "," << csvField(p.responsiblePerson) << ","
        << (p.start ? p.start->toString() : "") << "," << p.due.toString() << "," << toKey(p.state)
        << "," << (p.stateDate ? p.stateDate->toString() : "") << "," << done << ","
        << p.milestones.size() << "," << (isPlanOverdue(p, day) ? "yes" : "no") << ","
        << overdueMilestones(p, day).size() << "\n";
  }
  return 0;
}

int import(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (!a.has("--file")) throw UsageError("import 需要 --file 一栋一策.xlsx");
  const Date day = a.has("--date") ? *dateOption(a, "--date") : todayFrom("");
  auto store = openProject(a.positional[0]);
  const CaseImportReport r =
      importPlans(*store, a.value("--file"), day, a.value("--who", "fangan"));
  if (!r.errors.empty()) {
    for (const auto& e : r.errors) err << "fangan: " << e << "\n";
    err << "fangan: 有 " << r.errors.size() << " 行错误，未导入任何方案\n";
    return 1;
  }
  out << "导入一栋一策方案 " << r.imported << " 个\n";
  return 0;
}

int add(const Arguments& a, std::ostream& out) {
  RectificationPlan p;
  p.code = a.value("--code");
  if (p.code.empty()) throw UsageError("add 需要 --code");
  const auto measure = parseRectification(a.value("--measure"));
  if (!measure) throw UsageError("--measure 不是可识别的整治措施: " + a.value("--measure"));
  p.measure = *measure;
  const auto due = dateOption(a, "--due");
  if (!due) throw UsageError("add 需要 --due");
  p.due = *due;
  p.start = dateOption(a, "--start");
  p.route = a.value("--route");
  p.responsibleUnit = a.value("--unit");
  p.responsiblePerson = a.value("--person");
  std::string bad;
  if (!parseMilestoneCell(a.value("--milestones"), p.milestones, bad)) {
    throw UsageError("--milestones 的 \"" + bad + "\" 应以日期开头");
  }
  const Date day = a.has("--date") ? *dateOption(a, "--date") : todayFrom("");
  auto store = openProject(a.positional[0]);
  auto tx = store->begin();
  const std::int64_t id = draftPlan(*store, p, day, a.value("--who", "fangan"));
  tx->commit();
  out << "一栋一策方案 " << id << "：" << p.code << " " << toChinese(p.measure) << "，期限 "
      << p.due.toString() << "\n";
  return 0;
}

int set(const Arguments& a, std::ostream& out) {
  if (!a.has("--id")) throw UsageError("set 需要 --id");
  const std::int64_t id = idOption(a, "--id");
  const Date day = a.has("--date") ? *dateOption(a, "--date") : todayFrom("");
  const std::string who = a.value("--who", "fangan");
  std::optional<PlanState> state;
  if (a.has("--state")) {
    state = parsePlanState(a.value("--state"));
    if (!state) throw UsageError("--state 不是可识别的状态: " + a.value("--state"));
  }
  if (!state && !a.has("--milestone")) throw UsageError("set 需要 --state 或 --milestone");
  auto store = openProject(a.positional[0]);
  auto tx = store->begin();
  if (a.has("--milestone")) {
    const std::int64_t k = idOption(a, "--milestone");
    if (k < 1) throw UsageError("--milestone 从 1 开始");
    completeMilestone(*store, id, static_cast<std::size_t>(k - 1), day, who);
  }
  RectificationPlan p;
  if (state) p = movePlan(*store, id, *state, {day, who, a.value("--note"), ""});
  tx->commit();
  if (state) out << "整治方案 " << id << "：" << toChinese(p.state) << "\n";
  return 0;
}

int runPlans(const Arguments& a, std::ostream& out, std::ostream& err) {
  return runCaseVerb(a, err,
                     {
                         {"list", [&] { return list(a, out); }},
                         {"import", [&] { return import(a, out, err); }},
                         {"add", [&] { return add(a, out); }},
                         {"set", [&] { return set(a, out); }},
                     });
}

const CommandRegistration registration(
    {"plans",
     "plans PROJECT list|import|add|set [--file FILE] [--code CODE] [--measure MEASURE] "
     "[--route TEXT] [--unit TEXT] [--person TEXT] [--start YYYY-MM-DD] [--due YYYY-MM-DD] "
     "[--milestones TEXT] [--id N] [--state STATE] [--milestone K] [--date YYYY-MM-DD] "
     "[--note TEXT] [--who NAME] [--overdue] [--today YYYY-MM-DD]",
     {"--overdue"},
     runPlans});

}  // namespace
}  // namespace fangan::cli
