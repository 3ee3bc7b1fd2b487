#include "gis/store/ProjectCopy.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace fangan {

namespace {

using IdMap = std::unordered_map<std::int64_t, std::int64_t>;

std::int64_t mapped(const IdMap& ids, std::int64_t old, const char* what) {
  const auto it = ids.find(old);
  if (it == ids.end()) {
    throw StoreError(std::string("源项目数据不一致: ") + what + " id " + std::to_string(old) +
                     " 不存在");
  }
  return it->second;
}

// The case registers and attachments of a project, read before anything is written.
struct CaseTables {
  std::vector<Problem> problems;
  std::vector<RectificationPlan> plans;
  std::vector<HazardNotice> notices;
  std::vector<Referral> referrals;
  std::vector<CaseEvent> events;          ///< every subject's, by id
  std::vector<std::int64_t> attachments;  ///< ids, ascending

  bool empty() const {
    return problems.empty() && plans.empty() && notices.empty() && referrals.empty() &&
           events.empty() && attachments.empty();
  }
};

CaseTables readCaseTables(const ProjectStore& store) {
  CaseTables t;
  t.problems = store.problems();
  t.plans = store.plans();
  t.notices = store.notices();
  t.referrals = store.referrals();
  for (const CaseSubject s :
       {CaseSubject::Problem, CaseSubject::Plan, CaseSubject::Notice, CaseSubject::Referral}) {
    for (CaseEvent& e : store.caseEvents(s, 0)) t.events.push_back(std::move(e));
  }
  std::sort(t.events.begin(), t.events.end(),
            [](const CaseEvent& a, const CaseEvent& b) { return a.id < b.id; });
  // The defaults refuse to list attachments.
  if (store.keepsCaseRegisters()) t.attachments = store.attachmentIds();
  return t;
}

// Inserts `rows` in their order, each renumbered by `renumber` first; returns old id → new id.
template <typename Row, typename Renumber, typename Insert>
IdMap copyRows(const std::vector<Row>& rows, Renumber renumber, Insert insert) {
  IdMap ids;
  for (Row row : rows) {
    const std::int64_t old = row.id;
    renumber(row);
    ids[old] = insert(row);
  }
  return ids;
}

// Copies the case registers, notices, referrals, case events and attachments, each table in
// its id order, following the renumbered buildings and inspection events.
void copyCaseTables(const ProjectStore& from, const CaseTables& t, const IdMap& buildings,
                    const IdMap& events, ProjectStore& to) {
  auto building = [&](auto& row) {
    if (row.buildingId > 0) row.buildingId = mapped(buildings, row.buildingId, "房屋");
  };
  const IdMap problems =
      copyRows(t.problems, building, [&](const Problem& p) { return to.insertProblem(p); });
  const IdMap plans =
      copyRows(t.plans, building, [&](const RectificationPlan& p) { return to.insertPlan(p); });
  const IdMap notices =
      copyRows(t.notices, building, [&](const HazardNotice& n) { return to.insertNotice(n); });
  const IdMap referrals = copyRows(
      t.referrals,
      [&](Referral& r) {
        building(r);
        if (r.problemId > 0) r.problemId = mapped(problems, r.problemId, "问题");
      },
      [&](const Referral& r) { return to.insertReferral(r); });
  for (CaseEvent e : t.events) {
    switch (e.subject) {
      case CaseSubject::Problem:
        e.subjectId = mapped(problems, e.subjectId, "问题");
        break;
      case CaseSubject::Plan:
        e.subjectId = mapped(plans, e.subjectId, "整治方案");
        break;
      case CaseSubject::Notice:
        e.subjectId = mapped(notices, e.subjectId, "隐患通知书");
        break;
      case CaseSubject::Referral:
        e.subjectId = mapped(referrals, e.subjectId, "移送");
        break;
    }
    to.appendCaseEvent(e);
  }
  for (const std::int64_t id : t.attachments) {
    auto a = from.attachment(id);
    if (!a) throw StoreError("源项目数据不一致: 附件 id " + std::to_string(id) + " 不存在");
    building(*a);
    if (a->eventId) a->eventId = mapped(events, *a->eventId, "检查记录");
    to.insertAttachment(*a);
  }
}

}  // namespace

void copyProject(const ProjectStore& from, ProjectStore& to) {
  for (const auto& layer : to.summary()) {
    if (layer.count > 0) throw StoreError("目标项目不是空的: " + to.location());
  }
  const CaseTables cases = readCaseTables(from);
  if (!cases.empty()) {
    if (!to.keepsCaseRegisters()) {
      throw StoreError(
          "目标项目不能保存问题台账、一栋一策、隐患通知书、移送或附件，源项目有这些记录，"
          "未复制: " +
          to.location());
    }
    if (!readCaseTables(to).empty()) throw StoreError("目标项目不是空的: " + to.location());
  }
  auto tx = to.begin();
  if (to.srid() == 0 && from.srid() != 0) to.assignCrs(from.srid());
  if (to.srid() != from.srid()) {
    throw StoreError("目标项目的坐标系 EPSG:" + std::to_string(to.srid()) +
                     " 与源项目 EPSG:" + std::to_string(from.srid()) + " 不同");
  }
  for (const auto& [key, value] : from.settings()) to.restoreSetting(key, value);

  IdMap buildings;
  from.forEachBuilding([&](const BuildingRecord& b, const Wkb& g) {
    to.setChangeDate(b.enteredDate);  // the day it entered the project stays
    buildings[b.id] = to.upsertBuilding(b, g, "fangan");
    return true;
  });
  to.setChangeDate(std::nullopt);
  from.forEachTown([&](const TownRecord& t, const Wkb& g) {
    to.upsertTown(t, g);
    return true;
  });
  from.forEachGrid([&](const GridRecord& r, const Wkb& g) {
    to.upsertGrid(r, g);
    return true;
  });
  IdMap zones;
  from.forEachZone([&](const ZoneRecord& z, const Wkb& g) {
    zones[z.id] = to.insertZone(z, g);
    return true;
  });
  for (const ProjectLayer layer : {ProjectLayer::Pois, ProjectLayer::Lines}) {
    from.forEachSource(layer, [&](const SourceFeature& f, const Wkb& g) {
      to.insertSource(layer, f, g);
      return true;
    });
  }
  from.forEachSurveyPoint([&](const SurveyPoint& p, const Wkb& g) {
    to.insertSurveyPoint(p, g);
    return true;
  });

  // The history in the order it was recorded (event ids), so new ids keep that order.
  std::vector<InspectionEvent> events;
  for (const std::int64_t id : from.buildingIds()) {
    for (InspectionEvent& e : from.events(id)) events.push_back(std::move(e));
  }
  std::sort(events.begin(), events.end(),
            [](const InspectionEvent& a, const InspectionEvent& b) { return a.id < b.id; });
  IdMap eventIds;
  for (InspectionEvent e : events) {
    const std::int64_t old = e.id;
    e.buildingId = mapped(buildings, e.buildingId, "房屋");
    eventIds[old] = to.appendEvent(e);
  }
  copyCaseTables(from, cases, buildings, eventIds, to);

  std::vector<std::pair<std::int64_t, std::int64_t>> links;
  from.forEachBuildingZone([&](std::int64_t b, std::int64_t z) {
    links.emplace_back(mapped(buildings, b, "房屋"), mapped(zones, z, "区域"));
    return true;
  });
  to.replaceBuildingZones(links);

  // Audit rows oldest first, each on its own business day (docs/rules.md#as-of).
  std::unordered_map<std::int64_t, Date> effective;
  from.forEachBuildingChange([&](const BuildingChange& c) {
    effective[c.auditId] = c.effective;
    return true;
  });
  std::vector<AuditEntry> audit = from.auditLog(std::numeric_limits<int>::max());
  std::reverse(audit.begin(), audit.end());
  for (const AuditEntry& e : audit) {
    const auto day = effective.find(e.id);
    to.setChangeDate(day != effective.end() ? std::optional<Date>(day->second)
                                            : Date::parse(e.when.substr(0, 10)));
    to.appendAudit(e);
  }
  to.setChangeDate(std::nullopt);
  tx->commit();
}

}  // namespace fangan
