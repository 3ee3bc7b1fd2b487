// fangan problems PROJECT list|import|set|figures … — the problem register (问题台账,
// docs/rules.md#problem).
//   list     one CSV row per problem (filters --town, --source, --overdue; --as-of a past day)
//   import   registers the problems of an XLSX/CSV sheet (--file); any bad row: nothing written
//   set      --id N: responsible unit/person and deadline (--unit, --person, --deadline) and/or
//            a state change (--state, --date, --note, --evidence); a refused change exits 1
//            naming its refusal code
//   figures  per town: registered, confirmed, 问题确认率, rectified, 问题整改率, overdue

#include <ostream>

#include "app/cli/CaseVerbs.h"
#include "app/cli/Command.h"
#include "app/cli/OptionValues.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/Ledger.h"
#include "gis/cases/CaseImport.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/ProblemFigures.h"
#include "gis/cases/ProblemLifecycle.h"
#include "gis/cases/ProblemRegister.h"
#include "gis/io/Csv.h"
#include "gis/io/SheetTable.h"

namespace fangan::cli {
namespace {

ProblemFilter filterFrom(const Arguments& a) {
  ProblemFilter f;
  f.town = a.value("--town");
  if (a.has("--source")) {
    f.source = parseProblemSource(a.value("--source"));
    if (!f.source) throw UsageError("--source 不是可识别的问题来源: " + a.value("--source"));
  }
  f.overdueOnly = a.has("--overdue");
  return f;
}

std::string dateText(const std::optional<Date>& d) { return d ? d->toString() : ""; }

int list(const Arguments& a, std::ostream& out) {
  const Date day = a.has("--as-of") ? *dateOption(a, "--as-of") : todayFrom(a.value("--today"));
  auto store = openProjectAsOf(a.positional[0], a.value("--as-of"));
  const ProblemFilter filter = filterFrom(a);
  out << "id,reference,source,found_date,code,location,town,description,responsible_unit,"
         "responsible_person,deadline,state,state_date,overdue\n";
  for (const Problem& p : store->problems()) {
    if (!problemMatches(p, filter, day)) continue;
    out << p.id << "," << csvField(p.reference) << "," << toKey(p.source) << ","
        << p.foundDate.toString() << "," << csvField(p.code) << "," << csvField(p.location) << ","
        << csvField(p.town) << "," << csvField(p.description) << "," << csvField(p.responsibleUnit)
        << "," << csvField(p.responsiblePerson) << "," << dateText(p.deadline) << ","
        << toKey(p.state) << "," << dateText(p.stateDate) << ","
        << (isProblemOverdue(p, day) ? "yes" : "no") << "\n";
  }
  return 0;
}

int figures(const Arguments& a, std::ostream& out) {
  const Date day = a.has("--as-of") ? *dateOption(a, "--as-of") : todayFrom(a.value("--today"));
  auto store = openProjectAsOf(a.positional[0], a.value("--as-of"));
  ProblemFilter filter = filterFrom(a);
  out << "town,registered,confirmed,unfounded,rectifying,rectified,closed,overdue,"
         "confirmation_rate,rectification_rate\n";
  for (const ProblemTally& t : tallyProblems(store->problems(), filter, day)) {
    out << csvField(t.town) << "," << t.registered << "," << t.confirmed << "," << t.unfounded
        << "," << t.rectifying << "," << t.rectified << "," << t.closed << "," << t.overdue << ","
        << formatLedgerRate(t.confirmationRate) << "," << formatLedgerRate(t.rectificationRate)
        << "\n";
  }
  return 0;
}

int import(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (!a.has("--file")) throw UsageError("import 需要 --file 问题清单.xlsx");
  auto store = openProject(a.positional[0]);
  const CaseImportReport r = importProblems(*store, a.value("--file"), a.value("--who", "fangan"));
  if (!r.errors.empty()) {
    for (const auto& e : r.errors) err << "fangan: " << e << "\n";
    err << "fangan: 有 " << r.errors.size() << " 行错误，未导入任何问题\n";
    return 1;
  }
  out << "导入问题 " << r.imported << " 条，已登记跳过 " << r.skipped << " 条\n";
  return 0;
}

int set(const Arguments& a, std::ostream& out) {
  if (!a.has("--id")) throw UsageError("set 需要 --id");
  const std::int64_t id = integerOption("--id", a.value("--id"));
  std::optional<ProblemState> state;
  if (a.has("--state")) {
    state = parseProblemState(a.value("--state"));
    if (!state) throw UsageError("--state 不是可识别的状态: " + a.value("--state"));
  }
  const std::string who = a.value("--who", "fangan");
  auto store = openProject(a.positional[0]);
  auto tx = store->begin();
  if (a.has("--unit") || a.has("--person") || a.has("--deadline")) {
    assignProblem(*store, id, a.value("--unit"), a.value("--person"), dateOption(a, "--deadline"),
                  who);
  }
  if (state) {
    const Date day = a.has("--date") ? *dateOption(a, "--date") : todayFrom("");
    moveProblem(*store, id, *state, {day, who, a.value("--note"), a.value("--evidence")});
  }
  tx->commit();
  const auto p = problemById(*store, id);
  if (p) {
    out << "问题 " << id << "：" << toChinese(p->state)
        << (p->stateDate ? "（" + p->stateDate->toString() + "）" : "") << "\n";
  }
  return 0;
}

int runProblems(const Arguments& a, std::ostream& out, std::ostream& err) {
  return runCaseVerb(a, err,
                     {
                         {"list", [&] { return list(a, out); }},
                         {"import", [&] { return import(a, out, err); }},
                         {"set", [&] { return set(a, out); }},
                         {"figures", [&] { return figures(a, out); }},
                     });
}

const CommandRegistration registration(
    {"problems",
     "problems PROJECT list|import|set|figures [--file FILE] [--id N] [--state STATE] "
     "[--date YYYY-MM-DD] [--note TEXT] [--evidence TEXT] [--unit TEXT] [--person TEXT] "
     "[--deadline YYYY-MM-DD] [--who NAME] [--town TOWN] [--source SOURCE] [--overdue] "
     "[--as-of YYYY-MM-DD] [--today YYYY-MM-DD]",
     {"--overdue"},
     runProblems});

}  // namespace
}  // namespace fangan::cli
