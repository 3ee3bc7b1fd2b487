#pragma once
// A project as it stood on a past day (docs/rules.md#as-of): a read-only ProjectStore over an
// open project whose buildings read as RecordAsOf.h reconstructs them (buildings that had not
// entered yet are left out), whose survey points, events and audit rows are those dated on or
// before the day, and whose other layers read as they are. Every analysis that takes a
// ProjectStore (ledger, coverage, spot checks, the dashboard) computes its figures as of the day
// through it, unchanged. Writes throw StoreError.

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "gis/history/ChangeIndex.h"
#include "gis/model/Date.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

class AsOfStore : public ProjectStore {
 public:
  /// A view of `base` (which must outlive it) as of `day`. Reads the building change history.
  AsOfStore(const ProjectStore& base, const Date& day);
  /// The same, owning `base`.
  AsOfStore(std::unique_ptr<ProjectStore> base, const Date& day);

  const Date& day() const { return day_; }
  /// The record as of the day, or std::nullopt when it had not entered the project yet.
  std::optional<BuildingRecord> asOf(const BuildingRecord& current) const;

  int schemaVersion() const override { return base_.schemaVersion(); }
  int srid() const override { return base_.srid(); }
  void assignCrs(int) override { readOnly(); }
  std::string location() const override { return base_.location(); }
  std::optional<std::string> setting(const std::string& key) const override;
  void setSetting(const std::string&, const std::string&) override { readOnly(); }
  std::map<std::string, std::string> settings() const override { return base_.settings(); }
  void restoreSetting(const std::string&, const std::string&) override { readOnly(); }
  void setChangeDate(const std::optional<Date>&) override { readOnly(); }
  std::unique_ptr<Transaction> begin() override;
  std::vector<LayerSummary> summary() const override { return base_.summary(); }

  std::int64_t upsertBuilding(const BuildingRecord&, const Wkb&, const std::string&) override;
  void updateBuilding(const BuildingRecord&, const std::string&) override { readOnly(); }
  void setBuildingGrids(const std::vector<std::pair<std::int64_t, std::string>>&) override {
    readOnly();
  }
  std::optional<BuildingRecord> buildingByCode(const std::string& code) const override;
  std::optional<BuildingRecord> buildingById(std::int64_t id) const override;
  Wkb buildingFootprint(std::int64_t id) const override { return base_.buildingFootprint(id); }
  void forEachBuilding(const Visitor<BuildingRecord>& visit, const Extent* box) const override;
  void scanBuildings(const BuildingScan& scan, const Visitor<BuildingRecord>& visit) const override;
  std::optional<std::string> codeOfAddress(const std::string& fragment) const override {
    return base_.codeOfAddress(fragment);
  }
  std::vector<std::int64_t> buildingIds() const override { return base_.buildingIds(); }
  std::vector<std::string> buildingAreaNames(BuildingArea area) const override {
    return base_.buildingAreaNames(area);
  }
  std::vector<std::int64_t> buildingsInBox(const Extent& box) const override {
    return base_.buildingsInBox(box);
  }

  std::int64_t appendEvent(const InspectionEvent&) override;
  std::vector<InspectionEvent> events(std::int64_t buildingId) const override;

  std::int64_t insertZone(const ZoneRecord&, const Wkb&) override;
  std::int64_t deleteDerivedZones(const std::string&) override;
  void forEachZone(const Visitor<ZoneRecord>& visit) const override { base_.forEachZone(visit); }
  std::int64_t upsertGrid(const GridRecord&, const Wkb&) override;
  void forEachGrid(const Visitor<GridRecord>& visit) const override { base_.forEachGrid(visit); }
  std::int64_t upsertTown(const TownRecord&, const Wkb&) override;
  void forEachTown(const Visitor<TownRecord>& visit) const override { base_.forEachTown(visit); }
  std::int64_t insertSource(ProjectLayer, const SourceFeature&, const Wkb&) override;
  void forEachFeature(ProjectLayer layer, const Visitor<FeatureRow>& visit) const override {
    base_.forEachFeature(layer, visit);
  }
  void forEachSource(ProjectLayer layer, const Visitor<SourceFeature>& visit) const override {
    base_.forEachSource(layer, visit);
  }
  std::int64_t insertSurveyPoint(const SurveyPoint&, const Wkb&) override;
  void forEachSurveyPoint(const Visitor<SurveyPoint>& visit) const override;

  void replaceBuildingZones(const std::vector<std::pair<std::int64_t, std::int64_t>>&) override {
    readOnly();
  }
  std::vector<std::pair<std::int64_t, std::string>> buildingZoneTypes() const override {
    return base_.buildingZoneTypes();
  }
  std::vector<std::int64_t> zonesOfBuilding(std::int64_t id) const override {
    return base_.zonesOfBuilding(id);
  }
  void forEachBuildingZone(
      const std::function<bool(std::int64_t, std::int64_t)>& visit) const override {
    base_.forEachBuildingZone(visit);
  }

  void appendAudit(const AuditEntry&) override { readOnly(); }
  std::vector<AuditEntry> auditLog(int limit) const override;
  void forEachBuildingChange(
      const std::function<bool(const BuildingChange&)>& visit) const override;

  // Problems found and plans drafted by the day, in the state they had then (CaseAsOf.h).
  std::int64_t insertProblem(const Problem&) override { readOnly(); }
  void updateProblem(const Problem&) override { readOnly(); }
  std::vector<Problem> problems() const override;
  std::int64_t insertPlan(const RectificationPlan&) override { readOnly(); }
  void updatePlan(const RectificationPlan&) override { readOnly(); }
  std::vector<RectificationPlan> plans() const override;
  std::int64_t appendCaseEvent(const CaseEvent&) override { readOnly(); }
  std::vector<CaseEvent> caseEvents(CaseSubject subject, std::int64_t subjectId) const override;

 private:
  [[noreturn]] static void readOnly();
  std::unique_ptr<ProjectStore> owned_;
  const ProjectStore& base_;
  Date day_;
  ChangeIndex changes_;
};

}  // namespace fangan
