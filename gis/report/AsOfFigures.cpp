#include "gis/report/AsOfFigures.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "gis/analysis/CaseState.h"
#include "gis/history/ChangeIndex.h"
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

namespace {

struct Counts {
  std::int64_t buildings = 0;
  std::int64_t checked = 0;
  std::int64_t overdue = 0;
};

/// One day's running coverage and overdue counts, by area index.
struct DayTally {
  Date day;
  long days = 0;
  std::vector<Counts> counts;
};

/// Whether one of a record's own days (entry, survey, hazard found, order, appraisal,
/// rectification, closure; as Date::toDays) falls in (after, upTo]: the days on which, without
/// audited changes, its reconstruction can differ (RecordAsOf.h).
bool ownDayBetween(const std::vector<long>& own, long after, long upTo) {
  for (const long day : own) {
    if (day > after && day <= upTo) return true;
  }
  return false;
}

/// The ledger key of a record version counted on the days [first, last] (indexes of the sorted
/// days): one LedgerTally counts each version once, and each day sums the spans that hold it.
/// The area comes first, then a separator that names never hold, then the two indexes.
std::string spanKey(const std::string& area, std::size_t first, std::size_t last) {
  std::string key = area;
  key += '\x1f';
  key += static_cast<char>(first);
  key += static_cast<char>(last);
  return key;
}

DayFigures finish(const DayTally& t, std::size_t index, const std::vector<LedgerRow>& spans,
                  const std::vector<std::string>& areaNames) {
  DayFigures out;
  out.day = t.day;
  std::map<std::string, AreaFigures> areas;
  for (const LedgerRow& row : spans) {
    if (row.category != LedgerCategory::All || row.area.size() < 3) continue;
    const std::size_t n = row.area.size();
    const auto first = static_cast<unsigned char>(row.area[n - 2]);
    const auto last = static_cast<unsigned char>(row.area[n - 1]);
    if (index < first || index > last) continue;
    addLedgerCounts(areas[row.area.substr(0, n - 3)].ledger, row);
  }
  for (std::size_t i = 0; i < t.counts.size(); ++i) {
    const Counts& c = t.counts[i];
    if (c.buildings == 0) continue;
    AreaFigures& a = areas[areaNames[i]];
    a.buildings = c.buildings;
    a.checked = c.checked;
    a.overdueOrders = c.overdue;
  }
  out.total.area = "*";
  out.total.ledger.area = "*";
  for (auto& [name, a] : areas) {
    a.area = name;
    a.ledger.area = name;
    setLedgerRates(a.ledger);
    addLedgerCounts(out.total.ledger, a.ledger);
    out.total.buildings += a.buildings;
    out.total.checked += a.checked;
    out.total.overdueOrders += a.overdueOrders;
    if (!name.empty()) out.areas.push_back(a);
  }
  setLedgerRates(out.total.ledger);
  const auto blank = areas.find("");
  if (blank != areas.end()) out.areas.push_back(blank->second);
  return out;
}

}  // namespace

std::vector<DayFigures> figuresAsOf(const ProjectStore& store, const std::vector<Date>& days,
                                    const FiguresScope& scope, const FiguresProgress& progress) {
  const ChangeIndex changes(store);
  const SurveyPointDates points = SurveyPointDates::load(store);
  std::int64_t total = 0;
  for (const LayerSummary& s : store.summary()) {
    if (s.layer == ProjectLayer::Buildings) total = s.count;
  }

  // Days in ascending order: a record without audited changes is reconstructed again only when
  // one of its own dates lies between one day and the next.
  std::vector<DayTally> tallies(days.size());
  for (std::size_t i = 0; i < days.size(); ++i) {
    tallies[i].day = days[i];
    tallies[i].days = days[i].toDays();
  }
  std::vector<std::size_t> order(days.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return tallies[a].days < tallies[b].days; });
  if (days.size() > 250) throw StoreError("一次最多统计 250 个日期");

  std::string key;  // the span key of the version being counted (see spanKey)
  LedgerTally ledger([&key](const BuildingRecord&) { return key; });
  std::unordered_map<std::string, std::size_t> areaIndex;
  std::vector<std::string> areaNames;
  auto indexOf = [&](const std::string& area) {
    const auto it = areaIndex.find(area);
    if (it != areaIndex.end()) return it->second;
    areaIndex.emplace(area, areaNames.size());
    areaNames.push_back(area);
    for (DayTally& t : tallies) t.counts.emplace_back();
    return areaNames.size() - 1;
  };

  BuildingScan scan;
  scan.town = scope.town;
  scan.grid = scope.grid;
  scan.footprints = false;
  std::int64_t seen = 0;
  bool cancelled = false;
  std::vector<long> own;
  store.scanBuildings(scan, [&](const BuildingRecord& current, const Wkb&) {
    const auto& history = changes.of(current.code);
    own.clear();
    for (const auto& d : {current.enteredDate, current.surveyDate, current.hazardFoundDate,
                          current.appraisalOrderedDate, current.appraisalDate,
                          current.rectificationDate, current.closedDate}) {
      if (d) own.push_back(d->toDays());
    }
    const bool alwaysRebuild = !history.empty() || !current.enteredDate;
    std::optional<BuildingRecord> then;
    std::size_t area = 0;
    std::size_t spanStart = 0;
    auto flush = [&](std::size_t lastIndex) {
      if (!then) return;
      key = spanKey(areaNames[area], spanStart, lastIndex);
      ledger.add(*then);
    };
    for (std::size_t k = 0; k < order.size(); ++k) {
      DayTally& t = tallies[order[k]];
      if (k == 0 || alwaysRebuild || ownDayBetween(own, tallies[order[k - 1]].days, t.days)) {
        if (k > 0) flush(k - 1);
        then = recordAsOf(current, history, t.day);
        spanStart = k;
        if (then) area = indexOf(scope.by == ReportArea::Town ? then->town : then->grid);
      }
      if (!then) continue;
      Counts& c = t.counts[area];
      ++c.buildings;
      if (then->isSurveyed() || points.checkedBy(then->id, then->code, t.days)) ++c.checked;
      if (isAppraisalOrderOverdue(*then, t.day)) ++c.overdue;
    }
    if (!order.empty()) flush(order.size() - 1);
    if (progress && ++seen % 4096 == 0 && !progress(seen, total)) {
      cancelled = true;
      return false;
    }
    return true;
  });
  if (cancelled) return {};
  if (progress) progress(total, total);

  const std::vector<LedgerRow> spans = ledger.ledger();
  std::vector<std::size_t> rankOf(days.size());
  for (std::size_t k = 0; k < order.size(); ++k) rankOf[order[k]] = k;
  std::vector<DayFigures> out;
  out.reserve(tallies.size());
  for (std::size_t i = 0; i < tallies.size(); ++i) {
    out.push_back(finish(tallies[i], rankOf[i], spans, areaNames));
  }
  return out;
}

}  // namespace fangan
