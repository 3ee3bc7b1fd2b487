#include "gis/analysis/LedgerSql.h"

#include "gis/model/Vocabulary.h"
#include "gis/store/PostgresStore.h"

namespace fangan {

namespace {

std::string quoted(const std::string& key) { return "'" + key + "'"; }

// A flag column read as the record reads it: unknown (NULL) is no.
std::string yes(const std::string& column) { return "COALESCE(" + column + ", 0) <> 0"; }

std::string paren(const std::string& sql) { return "(" + sql + ")"; }

// A stored ISO date (the store writes Date::toString); anything else is an unknown date.
std::string isoDate(const std::string& column) {
  return column + " ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'";
}

LedgerSql build() {
  LedgerSql s;
  s.inScope = yes("self_built");
  s.commercial = paren("use IS NOT DISTINCT FROM " + quoted(toKey(BuildingUse::Commercial)) +
                       " OR COALESCE(use_subtype, '') <> ''");
  s.surveyed = "survey_status IS NOT DISTINCT FROM " + quoted(toKey(SurveyStatus::Surveyed));
  s.hazard = "initial_hazard IS NOT DISTINCT FROM " + quoted(toKey(InitialHazard::Hazard));
  s.recheckNoHazard = yes("recheck_no_hazard");
  s.directEngineering = yes("direct_engineering");
  const std::string a = quoted(toKey(AppraisalGrade::A)), b = quoted(toKey(AppraisalGrade::B)),
                    c = quoted(toKey(AppraisalGrade::C)), d = quoted(toKey(AppraisalGrade::D));
  s.appraised = "COALESCE(appraisal_grade IN (" + a + ", " + b + ", " + c + ", " + d + "), false)";
  s.gradeCD = "COALESCE(appraisal_grade IN (" + c + ", " + d + "), false)";
  const std::string gradeAB = "COALESCE(appraisal_grade IN (" + a + ", " + b + "), false)";
  std::string engineering;
  for (const Rectification r :
       {Rectification::Reinforce, Rectification::PartialDemolition, Rectification::Demolition,
        Rectification::Rebuild, Rectification::Relocate}) {
    engineering += (engineering.empty() ? "" : ", ") + quoted(toKey(r));
  }
  s.engineeringDone = paren("COALESCE(rectification IN (" + engineering + "), false) AND " +
                            yes("rectification_done"));
  const std::string accepted = quoted(toKey(ClosureBasis::RecheckNoHazard)) + ", " +
                               quoted(toKey(ClosureBasis::GradeAB)) + ", " +
                               quoted(toKey(ClosureBasis::Engineering));
  const std::string management = quoted(toKey(ClosureBasis::ManagementOnly));
  // isAttachment2Closure: an accepted basis, or no (known) basis and the record shows a ground.
  s.attachment2Closure = paren(yes("closed") + " AND (COALESCE(closure_basis IN (" + accepted +
                               "), false) OR (COALESCE(closure_basis NOT IN (" + accepted + ", " +
                               management + "), true) AND (" + s.recheckNoHazard + " OR " +
                               gradeAB + " OR " + s.engineeringDone + ")))");
  s.managementClosure =
      paren(yes("closed") + " AND closure_basis IS NOT DISTINCT FROM " + management);
  s.rechecked = paren(s.recheckNoHazard + " OR (" + s.appraised + " AND COALESCE(" +
                      isoDate("appraisal_date") + " AND " + isoDate("closed_date") +
                      " AND appraisal_date > closed_date, false))");
  return s;
}

// count(*) of the rows where all of `conditions` hold.
std::string countWhere(std::initializer_list<std::string> conditions) {
  std::string where;
  for (const auto& c : conditions) where += (where.empty() ? "" : " AND ") + c;
  return "count(*) FILTER (WHERE " + where + ")";
}

}  // namespace

const LedgerSql& ledgerSql() {
  static const LedgerSql sql = build();
  return sql;
}

std::optional<LedgerTally> tallyLedgerOnServer(const ProjectStore& store, LedgerArea area,
                                               const LedgerOptions& options) {
  const auto* server = dynamic_cast<const PostgresStore*>(&store);
  if (!server) return std::nullopt;
  const LedgerSql& s = ledgerSql();
  const std::string column = area == LedgerArea::Town ? "town" : "grid";
  const std::string h = s.surveyed + " AND " + s.hazard;  // among ①
  const std::string m = s.managementClosure;              // management closures
  const std::string sql =
      "SELECT COALESCE(" + column + ", '') AS area, " + s.commercial + " AS commercial, " +
      countWhere({s.surveyed}) + ", " + countWhere({h}) + ", " +
      countWhere({h, s.recheckNoHazard}) + ", " + countWhere({h, s.directEngineering}) + ", " +
      countWhere({h, s.appraised}) + ", " + countWhere({h, s.gradeCD}) + ", " +
      countWhere({h, s.gradeCD, s.engineeringDone}) + ", " + countWhere({h, s.attachment2Closure}) +
      ", " + countWhere({m}) + ", " + countWhere({m, s.rechecked}) + ", " +
      countWhere({m, s.gradeCD, "NOT " + s.engineeringDone}) + ", " +
      countWhere({m, s.engineeringDone}) + " FROM buildings" +
      (options.scope == LedgerScope::SelfBuiltOnly ? " WHERE " + s.inScope : std::string()) +
      " GROUP BY 1, 2";
  const pg::Result r = server->readQuery(sql);
  LedgerTally tally(area == LedgerArea::Town ? ledgerAreaByTown : ledgerAreaByGrid, options);
  for (int i = 0; i < r.rows(); ++i) {
    auto n = [&](int col) { return static_cast<int>(r.integer(i, col)); };
    LedgerRow counts;
    counts.surveyed = n(2);
    counts.initialHazard = n(3);
    counts.recheckNoHazard = n(4);
    counts.directEngineering = n(5);
    counts.appraised = n(6);
    counts.gradeCD = n(7);
    counts.cdEngineered = n(8);
    counts.closed = n(9);
    RecheckLedgerRow recheck;
    recheck.managementClosures = n(10);
    recheck.rechecked = n(11);
    recheck.stillHazardous = n(12);
    recheck.engineered = n(13);
    tally.addCounted(r.text(i, 0), r.text(i, 1) == "t", counts, recheck);
  }
  return tally;
}

LedgerTally tallyProjectLedger(const ProjectStore& store, LedgerArea area,
                               const LedgerOptions& options) {
  if (auto server = tallyLedgerOnServer(store, area, options)) return std::move(*server);
  LedgerTally tally(area == LedgerArea::Town ? ledgerAreaByTown : ledgerAreaByGrid, options);
  BuildingScan scan;
  scan.footprints = false;
  scan.columns = ledgerFactColumns();
  scan.columns.push_back(area == LedgerArea::Town ? "town" : "grid");
  store.scanBuildings(scan, [&](const BuildingRecord& r, const Wkb&) {
    tally.add(r);
    return true;
  });
  return tally;
}

}  // namespace fangan
