#include "gis/analysis/ResurveyOrder.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace fangan {

namespace {

bool before(const InspectionEvent& a, const InspectionEvent& b) {
  return std::make_tuple(a.date.toDays(), a.id) < std::make_tuple(b.date.toDays(), b.id);
}

void audit(ProjectStore& store, const std::string& who, const std::string& action,
           const std::string& target, const std::string& value) {
  AuditEntry entry;
  entry.who = who;
  entry.action = action;
  entry.target = target;
  entry.newValue = value;
  store.appendAudit(entry);
}

}  // namespace

std::optional<ResurveyMark> openResurveyMark(const std::vector<InspectionEvent>& history) {
  std::vector<const InspectionEvent*> events;
  for (const auto& e : history) events.push_back(&e);
  std::sort(events.begin(), events.end(),
            [](const InspectionEvent* a, const InspectionEvent* b) { return before(*a, *b); });
  std::optional<ResurveyMark> open;
  for (const InspectionEvent* e : events) {
    if (e->kind == kResurveyOrderKind) {
      open = ResurveyMark{e->buildingId, e->code, e->date, e->id};
    } else if (open && (e->kind == kResurveyCancelKind || e->kind == "survey")) {
      // Sorted by (date, id): anything here comes after the order.
      open.reset();
    }
  }
  return open;
}

std::set<std::string> openResurveyCodes(const ProjectStore& store) {
  std::set<std::int64_t> ordered;
  for (const auto& e : store.eventsOfKinds({kResurveyOrderKind})) ordered.insert(e.buildingId);
  std::set<std::string> codes;
  for (const std::int64_t id : ordered) {
    if (!openResurveyMark(store.events(id))) continue;
    if (const auto record = store.buildingById(id)) codes.insert(record->code);
  }
  return codes;
}

bool isResurveyTarget(const BuildingRecord& record, SpotCheckScope scope) {
  return isSpotCheckEligible(record, scope);
}

ResurveyWrite orderResurvey(ProjectStore& store, const std::string& town, SpotCheckScope scope,
                            const Date& day, const std::string& who, const std::string& note) {
  std::vector<BuildingRecord> targets;
  bool anyInTown = false;
  BuildingScan scan;
  scan.town = town;
  scan.footprints = false;
  store.scanBuildings(scan, [&](const BuildingRecord& r, const Wkb&) {
    anyInTown = true;
    if (isResurveyTarget(r, scope)) targets.push_back(r);
    return true;
  });
  if (town.empty() || !anyInTown) throw StoreError("镇街不存在或没有房屋：" + town);
  ResurveyWrite written;
  auto transaction = store.begin();
  for (const BuildingRecord& r : targets) {
    if (openResurveyMark(store.events(r.id))) continue;
    InspectionEvent e;
    e.buildingId = r.id;
    e.code = r.code;
    e.date = day;
    e.kind = kResurveyOrderKind;
    e.inspector = who;
    e.result = "责令重新排查";
    e.note = note;
    written.eventIds.push_back(store.appendEvent(e));
    written.buildingIds.push_back(r.id);
  }
  audit(store, who, kResurveyOrderKind, "towns:" + town,
        std::to_string(written.buildingIds.size()) + " 栋");
  transaction->commit();
  return written;
}

ResurveyWrite cancelResurvey(ProjectStore& store, const std::vector<std::int64_t>& buildingIds,
                             const Date& day, const std::string& who, const std::string& note) {
  ResurveyWrite written;
  auto transaction = store.begin();
  for (const std::int64_t id : buildingIds) {
    const auto open = openResurveyMark(store.events(id));
    if (!open) continue;
    InspectionEvent e;
    e.buildingId = id;
    e.code = open->code;
    e.date = std::max(day, open->ordered);
    e.kind = kResurveyCancelKind;
    e.inspector = who;
    e.result = "撤销重新排查";
    e.note = note.empty() ? "撤销事件 #" + std::to_string(open->eventId) : note;
    written.eventIds.push_back(store.appendEvent(e));
    written.buildingIds.push_back(id);
  }
  audit(store, who, kResurveyCancelKind, "buildings",
        std::to_string(written.buildingIds.size()) + " 栋");
  transaction->commit();
  return written;
}

}  // namespace fangan
