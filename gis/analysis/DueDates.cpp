#include "gis/analysis/DueDates.h"

#include <algorithm>

#include "gis/analysis/CaseState.h"

namespace fangan {

namespace {

Date endOfYear(int year) { return Date{year, 12, 31}; }

/// An appraisal with a known date in `year` or later satisfies a year-based re-appraisal.
bool appraisedInOrAfter(const BuildingRecord& r, int year) {
  return r.appraisalGrade != AppraisalGrade::None && r.appraisalDate &&
         r.appraisalDate->year >= year;
}

DueItem makeItem(const std::string& kind, const Date& due, const Date& today,
                 const std::string& what) {
  DueItem item;
  item.kind = kind;
  item.due = due;
  item.overdue = today > due;
  item.description = what + "（截止" + due.toString() + (item.overdue ? "，已逾期）" : "）");
  return item;
}

}  // namespace

std::optional<int> twoThirdsLifeYear(const BuildingRecord& r) {
  if (!r.yearBuilt) return std::nullopt;
  const int life = r.effectiveDesignLife();
  return *r.yearBuilt + (2 * life + 2) / 3;  // ceil(2 × life / 3) for life ≥ 0
}

std::optional<int> endOfLifeYear(const BuildingRecord& r) {
  if (!r.yearBuilt) return std::nullopt;
  return *r.yearBuilt + r.effectiveDesignLife();
}

std::vector<DueItem> dueItems(const BuildingRecord& r, const Date& today) {
  std::vector<DueItem> items;
  if (isDemolished(r)) return items;

  if (const std::optional<Date> due = appraisalOrderDeadline(r)) {
    if (!r.appraisalOrderedDate) {
      items.push_back(
          makeItem("appraisal_5d", *due, today,
                   "发现隐患（" + r.hazardFoundDate->toString() + "）后5日内应责成业主委托鉴定"));
    }
  }
  if (const std::optional<Date> due = appraisalAfterOrderDue(r)) {
    items.push_back(
        makeItem("appraisal_after_order", *due, today,
                 "已责成委托鉴定（" + r.appraisalOrderedDate->toString() + "），跟进鉴定结论"));
  }
  if (isPublicBuildingUse(r)) {
    const std::optional<int> year = twoThirdsLifeYear(r);
    if (year && !appraisedInOrAfter(r, *year)) {
      items.push_back(makeItem("reappraisal_two_thirds", endOfYear(*year), today,
                               "公共建筑使用年限达到设计使用年限三分之二，当年应鉴定"));
    }
  }
  if (const std::optional<int> year = endOfLifeYear(r)) {
    if (!appraisedInOrAfter(r, *year)) {
      items.push_back(makeItem("reappraisal_end_of_life", endOfYear(*year), today,
                               "达到设计使用年限，继续使用应当年鉴定"));
    }
  }
  if (isGradeAB(r) && r.appraisalDate) {
    items.push_back(
        makeItem("reappraisal_5y", r.appraisalDate->plusYears(5), today,
                 "鉴定未发现隐患（" + r.appraisalDate->toString() + "），每5年定期鉴定"));
  }
  std::stable_sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
    if (a.due != b.due) return a.due < b.due;
    return a.kind < b.kind;
  });
  return items;
}

}  // namespace fangan
