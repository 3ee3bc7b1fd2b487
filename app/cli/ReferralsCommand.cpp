// fangan referrals PROJECT add|list|set|figures … — referrals 移送 (docs/rules.md#referral).
//   add      --kind KIND (key or Chinese name of data/rules/referral-kinds.json, or --kinds FILE)
//            --department TEXT, --code CODE and/or --problem N, [--description TEXT],
//            --date YYYY-MM-DD (default today)
//   list     one CSV row per referral (--json: an array)
//   set      --id N --state answered --feedback TEXT | --state closed, on --date
//   figures  per month of the referral date, the count per kind and per department
//            (docs/rules.md#referral-figures), CSV or --json
// A refused action exits 1 naming its refusal code; nothing is written then.

#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "app/cli/RefusalText.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/ReferralFigures.h"
#include "gis/cases/ReferralLifecycle.h"
#include "gis/cases/ReferralRegister.h"
#include "gis/io/Csv.h"
#include "gis/io/Json.h"

namespace fangan::cli {
namespace {

Date dateFrom(const Arguments& a) {
  if (!a.has("--date")) return todayFrom("");
  const auto d = Date::parse(a.value("--date"));
  if (!d) throw UsageError("--date 应为日期 YYYY-MM-DD");
  return *d;
}

std::int64_t idOption(const Arguments& a, const std::string& name) {
  try {
    return std::stoll(a.value(name));
  } catch (...) {
    throw UsageError(name + " 应为整数");
  }
}

ReferralKinds kindsFor(const Arguments& a) {
  return ReferralKinds::load(a.value("--kinds", ReferralKinds::pathFor(a.positional[0])));
}

std::string dateText(const std::optional<Date>& d) { return d ? d->toString() : ""; }

int add(const Arguments& a, std::ostream& out) {
  Referral r;
  r.kind = a.value("--kind");
  r.department = a.value("--department");
  r.code = a.value("--code");
  r.description = a.value("--description");
  if (a.has("--problem")) r.problemId = idOption(a, "--problem");
  r.referredDate = dateFrom(a);
  const ReferralKinds kinds = kindsFor(a);
  auto store = openSpatialiteProject(a.positional[0]);
  auto tx = store->begin();
  const std::int64_t id = referProblem(*store, r, kinds, a.value("--who", "fangan"));
  tx->commit();
  const Referral stored = *referralById(*store, id);
  out << "移送 " << id << "：" << (stored.code.empty() ? "—" : stored.code) << " "
      << kinds.nameOf(stored.kind) << " → " << stored.department << "，"
      << stored.referredDate.toString() << "\n";
  return 0;
}

int list(const Arguments& a, std::ostream& out) {
  const ReferralKinds kinds = kindsFor(a);
  auto store = openSpatialiteProject(a.positional[0]);
  const auto referrals = store->referrals();
  if (a.has("--json")) {
    Json rows = Json::array();
    for (const Referral& r : referrals) {
      rows.push_back(Json{{"id", r.id},
                          {"code", r.code},
                          {"problem_id", r.problemId},
                          {"town", r.town},
                          {"kind", r.kind},
                          {"kind_name", kinds.nameOf(r.kind)},
                          {"referred_date", r.referredDate.toString()},
                          {"department", r.department},
                          {"description", r.description},
                          {"state", toKey(r.state)},
                          {"state_date", dateText(r.stateDate)},
                          {"feedback", r.feedback},
                          {"feedback_date", dateText(r.feedbackDate)},
                          {"closed_date", dateText(r.closedDate)}});
    }
    out << jsonLines(rows) << "\n";
    return 0;
  }
  out << "id,code,problem_id,town,kind,kind_name,referred_date,department,description,state,"
         "state_date,feedback,feedback_date,closed_date\n";
  for (const Referral& r : referrals) {
    out << csvRow({std::to_string(r.id), r.code, r.problemId ? std::to_string(r.problemId) : "",
                   r.town, r.kind, kinds.nameOf(r.kind), r.referredDate.toString(), r.department,
                   r.description, toKey(r.state), dateText(r.stateDate), r.feedback,
                   dateText(r.feedbackDate), dateText(r.closedDate)});
  }
  return 0;
}

int set(const Arguments& a, std::ostream& out) {
  if (!a.has("--id")) throw UsageError("set 需要 --id");
  if (!a.has("--state")) throw UsageError("set 需要 --state answered|closed");
  const auto state = parseReferralState(a.value("--state"));
  if (!state) throw UsageError("--state 不是可识别的状态: " + a.value("--state"));
  const std::int64_t id = idOption(a, "--id");
  const Date day = dateFrom(a);
  auto store = openSpatialiteProject(a.positional[0]);
  auto tx = store->begin();
  const Referral r =
      moveReferral(*store, id, *state,
                   {day, a.value("--who", "fangan"), a.value("--feedback"), a.value("--evidence")});
  tx->commit();
  out << "移送 " << id << "：" << toChinese(r.state) << "\n";
  return 0;
}

int figures(const Arguments& a, std::ostream& out) {
  const ReferralKinds kinds = kindsFor(a);
  auto store = openSpatialiteProject(a.positional[0]);
  const auto rows = referralFigures(store->referrals(), kinds);
  if (a.has("--json")) {
    Json array = Json::array();
    for (const ReferralMonthRow& r : rows) {
      array.push_back(Json{{"month", r.month},
                           {"group", r.group},
                           {"key", r.key},
                           {"name", r.name},
                           {"referred", r.referred},
                           {"awaiting", r.awaiting},
                           {"answered", r.answered},
                           {"closed", r.closed}});
    }
    out << jsonLines(array) << "\n";
    return 0;
  }
  out << "month,group,key,name,referred,awaiting,answered,closed\n";
  for (const ReferralMonthRow& r : rows) {
    out << csvRow({r.month, r.group, r.key, r.name, std::to_string(r.referred),
                   std::to_string(r.awaiting), std::to_string(r.answered),
                   std::to_string(r.closed)});
  }
  return 0;
}

int runReferrals(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 2) throw UsageError("需要项目文件路径和 add|list|set|figures");
  const std::string verb = a.positional[1];
  try {
    if (verb == "add") return add(a, out);
    if (verb == "list") return list(a, out);
    if (verb == "set") return set(a, out);
    if (verb == "figures") return figures(a, out);
  } catch (const CaseRefused& e) {
    err << "fangan: " << referralRefusalText(e.refusal()).toStdString() << "\n";
    return 1;
  } catch (const ReferralKindsError& e) {
    err << "fangan: " << e.what() << "\n";
    return 1;
  }
  throw UsageError("未知操作 " + verb + " (应为 add|list|set|figures)");
}

const CommandRegistration registration(
    {"referrals",
     "referrals PROJECT add|list|set|figures [--kind KIND] [--department TEXT] [--code CODE] "
     "[--problem N] [--description TEXT] [--date YYYY-MM-DD] [--id N] [--state STATE] "
     "[--feedback TEXT] [--evidence TEXT] [--kinds FILE] [--who NAME] [--json]",
     {"--json"},
     runReferrals});

}  // namespace
}  // namespace fangan::cli
