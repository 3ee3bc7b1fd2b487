#include "gis/analysis/Ledger.h"

#include <cstdio>
#include <map>

#include "gis/analysis/CaseState.h"
#include "gis/io/CellSafety.h"
#include "gis/io/Csv.h"

namespace fangan {

namespace {

namespace fact = ledger_fact;

bool inScope(LedgerFacts facts, const LedgerOptions& options) {
  return options.scope == LedgerScope::AllBuildings || (facts & fact::kSelfBuilt) != 0;
}

/// Adds `n` records with these facts to the counts of an attachment-2 row.
void count(LedgerRow& row, LedgerFacts f, int n) {
  if (!(f & fact::kSurveyed)) return;
  row.surveyed += n;
  if (!(f & fact::kInitialHazard)) return;
  row.initialHazard += n;
  if (f & fact::kRecheckNoHazard) row.recheckNoHazard += n;
  if (f & fact::kDirectEngineering) row.directEngineering += n;
  if (f & fact::kAppraised) {
    row.appraised += n;
    if (f & fact::kGradeCD) {
      row.gradeCD += n;
      if (f & fact::kEngineeringDone) row.cdEngineered += n;
    }
  }
  if (f & fact::kAttachment2Closure) row.closed += n;
}

bool recheckedAfterManagementClosure(const BuildingRecord& r) {
  if (r.recheckNoHazard.value_or(false)) return true;
  return r.appraisalGrade != AppraisalGrade::None && r.appraisalDate && r.closedDate &&
         *r.appraisalDate > *r.closedDate;
}

void count(RecheckLedgerRow& row, LedgerFacts f, int n) {
  if (!(f & fact::kManagementClosure)) return;
  row.managementClosures += n;
  if (f & fact::kRecheckedAfterClosure) row.rechecked += n;
  // isCDNotRectified (CaseState.h)
  if ((f & fact::kGradeCD) && !(f & fact::kEngineeringDone)) row.stillHazardous += n;
  if (f & fact::kEngineeringDone) row.engineered += n;
}

}  // namespace

std::string ledgerCategoryKey(LedgerCategory category) {
  switch (category) {
    case LedgerCategory::Commercial:
      return "commercial";
    case LedgerCategory::NonCommercial:
      return "non_commercial";
    case LedgerCategory::All:
      break;
  }
  return "all";
}

std::string ledgerAreaByTown(const BuildingRecord& r) { return r.town; }

std::string ledgerAreaByGrid(const BuildingRecord& r) { return r.grid; }

LedgerTally::LedgerTally(LedgerAreaFn areaOf, LedgerOptions options)
    : areaOf_(std::move(areaOf)), options_(options) {}

LedgerFacts ledgerFacts(const BuildingRecord& r) {
  LedgerFacts f = 0;
  auto set = [&f](bool yes, LedgerFacts bit) { f |= yes ? bit : LedgerFacts{0}; };
  set(r.selfBuilt.value_or(false), fact::kSelfBuilt);
  set(r.isCommercial(), fact::kCommercial);
  set(r.isSurveyed(), fact::kSurveyed);
  set(r.initialHazard == InitialHazard::Hazard, fact::kInitialHazard);
  set(r.recheckNoHazard.value_or(false), fact::kRecheckNoHazard);
  set(r.directEngineering.value_or(false), fact::kDirectEngineering);
  set(r.appraisalGrade != AppraisalGrade::None, fact::kAppraised);
  set(r.isGradeCD(), fact::kGradeCD);
  set(r.engineeringDone(), fact::kEngineeringDone);
  set(isAttachment2Closure(r), fact::kAttachment2Closure);
  set(isClosedManagementOnly(r), fact::kManagementClosure);
  set(recheckedAfterManagementClosure(r), fact::kRecheckedAfterClosure);
  return f;
}

const std::vector<std::string>& ledgerFactColumns() {
  static const std::vector<std::string> columns = {"self_built",         "use",
                                                   "use_subtype",        "survey_status",
                                                   "initial_hazard",     "recheck_no_hazard",
                                                   "direct_engineering", "appraisal_grade",
                                                   "appraisal_date",     "rectification",
                                                   "rectification_done", "closed",
                                                   "closed_date",        "closure_basis"};
  return columns;
}

void LedgerTally::add(const BuildingRecord& r, int times) {
  if (times <= 0) return;
  const LedgerFacts facts = ledgerFacts(r);
  if (!inScope(facts, options_)) return;
  add(areaOf_(r), facts, times);
}

void LedgerTally::add(const std::string& name, LedgerFacts facts, int times) {
  if (times <= 0 || !inScope(facts, options_)) return;
  Area& area = areas_[name];
  // Row 0 commercial, 1 non-commercial, 2 all: a record counts in its category and the total.
  const std::size_t own = (facts & fact::kCommercial) ? 0 : 1;
  count(area.ledger[own], facts, times);
  count(area.ledger[2], facts, times);
  count(area.recheck[own], facts, times);
  count(area.recheck[2], facts, times);
}

void LedgerTally::addCounted(const std::string& area, bool commercial, const LedgerRow& counts,
                             const RecheckLedgerRow& recheck) {
  Area& a = areas_[area];
  for (const std::size_t i : {commercial ? std::size_t{0} : std::size_t{1}, std::size_t{2}}) {
    addLedgerCounts(a.ledger[i], counts);
    a.recheck[i].managementClosures += recheck.managementClosures;
    a.recheck[i].rechecked += recheck.rechecked;
    a.recheck[i].stillHazardous += recheck.stillHazardous;
    a.recheck[i].engineered += recheck.engineered;
  }
}

namespace {
// Appends an area's three rows (commercial, non-commercial, all) with their labels.
template <typename Row>
void layOut(const std::string& area, const std::array<Row, 3>& rows, std::vector<Row>& out) {
  const LedgerCategory categories[] = {LedgerCategory::Commercial, LedgerCategory::NonCommercial,
                                       LedgerCategory::All};
  for (std::size_t i = 0; i < 3; ++i) {
    Row row = rows[i];
    row.area = area;
    row.category = categories[i];
    out.push_back(std::move(row));
  }
}
}  // namespace

std::vector<LedgerRow> LedgerTally::ledger() const {
  std::vector<LedgerRow> rows;
  rows.reserve(areas_.size() * 3);
  for (const auto& [name, area] : areas_) layOut(name, area.ledger, rows);
  for (LedgerRow& row : rows) setLedgerRates(row);
  return rows;
}

std::vector<RecheckLedgerRow> LedgerTally::recheckLedger() const {
  std::vector<RecheckLedgerRow> rows;
  rows.reserve(areas_.size() * 3);
  for (const auto& [name, area] : areas_) layOut(name, area.recheck, rows);
  return rows;
}

std::vector<LedgerRow> buildLedger(const std::vector<BuildingRecord>& records,
                                   const LedgerAreaFn& areaOf, const LedgerOptions& options) {
  LedgerTally tally(areaOf, options);
  for (const BuildingRecord& r : records) tally.add(r);
  return tally.ledger();
}

std::vector<RecheckLedgerRow> buildRecheckLedger(const std::vector<BuildingRecord>& records,
                                                 const LedgerAreaFn& areaOf,
                                                 const LedgerOptions& options) {
  LedgerTally tally(areaOf, options);
  for (const BuildingRecord& r : records) tally.add(r);
  return tally.recheckLedger();
}

std::optional<double> ledgerRatio(int numerator, int denominator) {
  if (denominator <= 0) return std::nullopt;
  return static_cast<double>(numerator) / static_cast<double>(denominator);
}

void addLedgerCounts(LedgerRow& sum, const LedgerRow& row) {
  sum.surveyed += row.surveyed;
  sum.initialHazard += row.initialHazard;
  sum.recheckNoHazard += row.recheckNoHazard;
  sum.directEngineering += row.directEngineering;
  sum.appraised += row.appraised;
  sum.gradeCD += row.gradeCD;
  sum.cdEngineered += row.cdEngineered;
  sum.closed += row.closed;
}

void setLedgerRates(LedgerRow& row) {
  row.appraisalRate =
      ledgerRatio(row.appraised, row.initialHazard - row.recheckNoHazard - row.directEngineering);
  row.rectificationRate =
      ledgerRatio(row.cdEngineered + row.directEngineering, row.gradeCD + row.directEngineering);
  row.closureRate = ledgerRatio(row.closed, row.initialHazard);
}

std::string formatLedgerRate(const std::optional<double>& rate) {
  if (!rate) return "\xE2\x80\x94";  // U+2014 EM DASH
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f", *rate);
  return buf;
}

std::string ledgerToCsv(const std::vector<LedgerRow>& rows) {
  std::string out =
      "area,category,surveyed,initial_hazard,recheck_no_hazard,direct_engineering,appraised,"
      "grade_cd,cd_engineered,closed,appraisal_rate,rectification_rate,closure_rate\n";
  for (const LedgerRow& row : rows) {
    out += csvField(spreadsheetSafe(row.area)) + ',' + ledgerCategoryKey(row.category);
    for (int n : {row.surveyed, row.initialHazard, row.recheckNoHazard, row.directEngineering,
                  row.appraised, row.gradeCD, row.cdEngineered, row.closed}) {
      out += ',' + std::to_string(n);
    }
    out += ',' + formatLedgerRate(row.appraisalRate) + ',' +
           formatLedgerRate(row.rectificationRate) + ',' + formatLedgerRate(row.closureRate) + '\n';
  }
  return out;
}

std::string recheckLedgerToCsv(const std::vector<RecheckLedgerRow>& rows) {
  std::string out = "area,category,management_closures,rechecked,still_hazardous,engineered\n";
  for (const RecheckLedgerRow& row : rows) {
    out += csvField(spreadsheetSafe(row.area)) + ',' + ledgerCategoryKey(row.category) + ',' +
           std::to_string(row.managementClosures) + ',' + std::to_string(row.rechecked) + ',' +
           std::to_string(row.stillHazardous) + ',' + std::to_string(row.engineered) + '\n';
  }
  return out;
}

}  // namespace fangan
