#include "gis/history/AsOfStore.h"

#include "gis/cases/CaseAsOf.h"
#include "gis/history/RecordAsOf.h"

namespace fangan {

AsOfStore::AsOfStore(const ProjectStore& base, const Date& day)
    : base_(base), day_(day), changes_(base) {}

AsOfStore::AsOfStore(std::unique_ptr<ProjectStore> base, const Date& day) : AsOfStore(*base, day) {
  owned_ = std::move(base);
}

void AsOfStore::readOnly() { throw StoreError("按日期查看的项目是只读的，不能修改"); }

std::optional<BuildingRecord> AsOfStore::asOf(const BuildingRecord& current) const {
  return recordAsOf(current, changes_.of(current.code), day_);
}

std::optional<std::string> AsOfStore::setting(const std::string& key) const {
  return base_.setting(key);
}

std::unique_ptr<Transaction> AsOfStore::begin() { readOnly(); }

std::int64_t AsOfStore::upsertBuilding(const BuildingRecord&, const Wkb&, const std::string&) {
  readOnly();
}

std::optional<BuildingRecord> AsOfStore::buildingByCode(const std::string& code) const {
  const auto r = base_.buildingByCode(code);
  return r ? asOf(*r) : std::nullopt;
}

std::optional<BuildingRecord> AsOfStore::buildingById(std::int64_t id) const {
  const auto r = base_.buildingById(id);
  return r ? asOf(*r) : std::nullopt;
}

void AsOfStore::forEachBuilding(const Visitor<BuildingRecord>& visit, const Extent* box) const {
  base_.forEachBuilding(
      [&](const BuildingRecord& r, const Wkb& g) {
        const auto then = asOf(r);
        return then ? visit(*then, g) : true;
      },
      box);
}

void AsOfStore::scanBuildings(const BuildingScan& scan,
                              const Visitor<BuildingRecord>& visit) const {
  // A record is rebuilt from all of its dates and states: always read every column.
  BuildingScan whole = scan;
  whole.columns.clear();
  base_.scanBuildings(whole, [&](const BuildingRecord& r, const Wkb& g) {
    const auto then = asOf(r);
    return then ? visit(*then, g) : true;
  });
}

std::int64_t AsOfStore::appendEvent(const InspectionEvent&) { readOnly(); }

std::vector<InspectionEvent> AsOfStore::events(std::int64_t buildingId) const {
  std::vector<InspectionEvent> out;
  for (InspectionEvent& e : base_.events(buildingId)) {
    if (e.date <= day_) out.push_back(std::move(e));
  }
  return out;
}

std::vector<Problem> AsOfStore::problems() const {
  return problemsAsOf(base_.problems(), base_.caseEvents(CaseSubject::Problem, 0), day_);
}

std::vector<RectificationPlan> AsOfStore::plans() const {
  return plansAsOf(base_.plans(), base_.caseEvents(CaseSubject::Plan, 0), day_);
}

std::vector<CaseEvent> AsOfStore::caseEvents(CaseSubject subject, std::int64_t subjectId) const {
  std::vector<CaseEvent> out;
  for (CaseEvent& e : base_.caseEvents(subject, subjectId)) {
    if (e.date <= day_) out.push_back(std::move(e));
  }
  return out;
}

std::int64_t AsOfStore::insertZone(const ZoneRecord&, const Wkb&) { readOnly(); }
std::int64_t AsOfStore::deleteDerivedZones(const std::string&) { readOnly(); }
std::int64_t AsOfStore::upsertGrid(const GridRecord&, const Wkb&) { readOnly(); }
std::int64_t AsOfStore::upsertTown(const TownRecord&, const Wkb&) { readOnly(); }
std::int64_t AsOfStore::insertSource(ProjectLayer, const SourceFeature&, const Wkb&) { readOnly(); }
std::int64_t AsOfStore::insertSurveyPoint(const SurveyPoint&, const Wkb&) { readOnly(); }

void AsOfStore::forEachSurveyPoint(const Visitor<SurveyPoint>& visit) const {
  // An undated point counts on every day: its entry day is not kept.
  base_.forEachSurveyPoint([&](const SurveyPoint& p, const Wkb& g) {
    if (p.date && *p.date > day_) return true;
    return visit(p, g);
  });
}

std::vector<AuditEntry> AsOfStore::auditLog(int limit) const {
  const std::string last = day_.toString();
  std::vector<AuditEntry> out;
  for (AuditEntry& e : base_.auditLog(limit)) {
    if (e.when.substr(0, 10) <= last) out.push_back(std::move(e));
  }
  return out;
}

void AsOfStore::forEachBuildingChange(
    const std::function<bool(const BuildingChange&)>& visit) const {
  base_.forEachBuildingChange([&](const BuildingChange& c) {
    if (c.effective > day_) return true;
    return visit(c);
  });
}

}  // namespace fangan
