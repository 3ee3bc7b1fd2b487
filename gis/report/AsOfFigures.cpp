#include "gis/report/AsOfFigures.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "gis/analysis/CaseState.h"
#include "gis/history/RecordAsOf.h"
#include "gis/report/SurveyPointDates.h"

namespace fangan {

std::optional<double> AreaFigures::coverage() const {
  if (buildings == 0) return std::nullopt;
  return static_cast<double>(checked) / static_cast<double>(buildings);
}

AreaFigures DayFigures::area(const std::string& name) const {
  for (const AreaFigures& a : areas) {
    if (a.area == name) return a;
  }
  AreaFigures none;
  none.area = name;
  none.ledger.area = name;
  return none;
}

void fillLedgerRates(LedgerRow& r) {
  const int appraisalBase = r.initialHazard - r.recheckNoHazard - r.directEngineering;
  r.appraisalRate =
      appraisalBase > 0 ? std::optional<double>(double(r.appraised) / appraisalBase) : std::nullopt;
  const int rectBase = r.gradeCD + r.directEngineering;
  r.rectificationRate =
      rectBase > 0 ? std::optional<double>(double(r.cdEngineered + r.directEngineering) / rectBase)
                   : std::nullopt;
  r.closureRate = r.initialHazard > 0 ? std::optional<double>(double(r.closed) / r.initialHazard)
                                      : std::nullopt;
}

namespace {

struct Counts {
  std::int64_t buildings = 0;
  std::int64_t checked = 0;
  std::int64_t overdue = 0;
};

/// One day's running counts.
struct DayTally {
  DayTally(const Date& d, ReportArea by)
      : day(d),
        days(d.toDays()),
        ledger(by == ReportArea::Town ? LedgerAreaFn(ledgerAreaByTown)
                                      : LedgerAreaFn(ledgerAreaByGrid)) {}
  Date day;
  long days;
  LedgerTally ledger;
  std::unordered_map<std::string, Counts> counts;
};

/// Whether one of a record's own dates (entry, survey, hazard found, order, appraisal,
/// rectification, closure) falls in (after, upTo]: the days on which, without audited changes,
/// its reconstruction can differ (RecordAsOf.h). An unknown entry day counts as a change.
bool ownDateBetween(const BuildingRecord& r, long after, long upTo) {
  if (!r.enteredDate) return true;
  for (const auto& d : {r.enteredDate, r.surveyDate, r.hazardFoundDate, r.appraisalOrderedDate,
                        r.appraisalDate, r.rectificationDate, r.closedDate}) {
    if (!d) continue;
    const long day = d->toDays();
    if (day > after && day <= upTo) return true;
  }
  return false;
}

void count(DayTally& t, const BuildingRecord& r, ReportArea by, const SurveyPointDates& points) {
  t.ledger.add(r);
  Counts& c = t.counts[by == ReportArea::Town ? r.town : r.grid];
  ++c.buildings;
  if (r.isSurveyed() || points.checkedBy(r.id, r.code, t.days)) ++c.checked;
  if (isAppraisalOrderOverdue(r, t.day)) ++c.overdue;
}

DayFigures finish(const DayTally& t) {
  DayFigures out;
  out.day = t.day;
  std::map<std::string, AreaFigures> areas;
  for (const LedgerRow& row : t.ledger.ledger()) {
    if (row.category != LedgerCategory::All) continue;
    areas[row.area].ledger = row;
  }
  for (const auto& [name, c] : t.counts) {
    AreaFigures& a = areas[name];
    a.buildings = c.buildings;
    a.checked = c.checked;
    a.overdueOrders = c.overdue;
  }
  out.total.area = "*";
  out.total.ledger.area = "*";
  LedgerRow& sum = out.total.ledger;
  for (auto& [name, a] : areas) {
    a.area = name;
    a.ledger.area = name;
    sum.surveyed += a.ledger.surveyed;
    sum.initialHazard += a.ledger.initialHazard;
    sum.recheckNoHazard += a.ledger.recheckNoHazard;
    sum.directEngineering += a.ledger.directEngineering;
    sum.appraised += a.ledger.appraised;
    sum.gradeCD += a.ledger.gradeCD;
    sum.cdEngineered += a.ledger.cdEngineered;
    sum.closed += a.ledger.closed;
    out.total.buildings += a.buildings;
    out.total.checked += a.checked;
    out.total.overdueOrders += a.overdueOrders;
    if (!name.empty()) out.areas.push_back(a);
  }
  fillLedgerRates(sum);
  const auto blank = areas.find("");
  if (blank != areas.end()) out.areas.push_back(blank->second);
  return out;
}

}  // namespace

std::vector<DayFigures> figuresAsOf(const ProjectStore& store, const std::vector<Date>& days,
                                    const FiguresScope& scope, const FiguresProgress& progress) {
  std::unordered_map<std::string, std::vector<BuildingChange>> changes;
  store.forEachBuildingChange([&](const BuildingChange& c) {
    changes[c.code].push_back(c);
    return true;
  });
  const SurveyPointDates points = SurveyPointDates::load(store);
  std::int64_t total = 0;
  for (const LayerSummary& s : store.summary()) {
    if (s.layer == ProjectLayer::Buildings) total = s.count;
  }

  std::vector<DayTally> tallies;
  tallies.reserve(days.size());
  for (const Date& d : days) tallies.emplace_back(d, scope.by);
  // Days in ascending order: a record without audited changes is reconstructed again only when
  // one of its own dates lies between one day and the next.
  std::vector<std::size_t> order(days.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return tallies[a].days < tallies[b].days; });

  static const std::vector<BuildingChange> none;
  BuildingScan scan;
  scan.town = scope.town;
  scan.grid = scope.grid;
  scan.footprints = false;
  std::int64_t seen = 0;
  bool cancelled = false;
  store.scanBuildings(scan, [&](const BuildingRecord& current, const Wkb&) {
    const auto it = changes.find(current.code);
    const auto& history = it == changes.end() ? none : it->second;
    std::optional<BuildingRecord> then;
    for (std::size_t k = 0; k < order.size(); ++k) {
      DayTally& t = tallies[order[k]];
      if (k == 0 || !history.empty() ||
          ownDateBetween(current, tallies[order[k - 1]].days, t.days)) {
        then = recordAsOf(current, history, t.day);
      }
      if (then) count(t, *then, scope.by, points);
    }
    if (progress && ++seen % 4096 == 0 && !progress(seen, total)) {
      cancelled = true;
      return false;
    }
    return true;
  });
  if (cancelled) return {};
  if (progress) progress(total, total);

  std::vector<DayFigures> out;
  out.reserve(tallies.size());
  for (const DayTally& t : tallies) out.push_back(finish(t));
  return out;
}

}  // namespace fangan
