#pragma once
// The embedded project store: one SpatiaLite file per project, WAL journal, R*Tree index on
// every geometry, every write inside a transaction.

#include <memory>
#include <string>

#include "gis/store/ProjectStore.h"
#include "gis/store/Sqlite.h"

namespace fangan {

class SpatialiteStore : public ProjectStore {
 public:
  /// Opens `path`, or with `create` makes a new project in CRS `srid` (0: chosen later).
  SpatialiteStore(const std::string& path, bool create, int srid);
  ~SpatialiteStore() override;

  int schemaVersion() const override;
  /// PRAGMA data_version of this connection (projectDataVersion()).
  std::int64_t dataVersion() const;
  int srid() const override { return srid_; }
  void assignCrs(int srid) override;
  std::string location() const override { return path_; }
  std::optional<std::string> setting(const std::string& key) const override;
  void setSetting(const std::string& key, const std::string& value) override;
  std::map<std::string, std::string> settings() const override;
  void restoreSetting(const std::string& key, const std::string& value) override;
  void setChangeDate(const std::optional<Date>& day) override { changeDate_ = day; }
  std::unique_ptr<Transaction> begin() override;
  std::vector<LayerSummary> summary() const override;

  std::int64_t upsertBuilding(const BuildingRecord& record, const Wkb& footprint,
                              const std::string& who) override;
  void updateBuilding(const BuildingRecord& record, const std::string& who) override;
  std::int64_t editBuilding(const BuildingRecord& record, std::int64_t readVersion,
                            const std::string& who) override;
  void setBuildingGrids(const std::vector<std::pair<std::int64_t, std::string>>& grids) override;
  std::optional<BuildingRecord> buildingByCode(const std::string& code) const override;
  std::optional<BuildingRecord> buildingById(std::int64_t id) const override;
  Wkb buildingFootprint(std::int64_t id) const override;
  void forEachBuilding(const Visitor<BuildingRecord>& visit, const Extent* box) const override;
  std::vector<std::int64_t> buildingsInBox(const Extent& box) const override;
  void scanBuildings(const BuildingScan& scan, const Visitor<BuildingRecord>& visit) const override;
  std::vector<std::int64_t> buildingIds() const override;
  std::optional<std::string> codeOfAddress(const std::string& fragment) const override;
  std::vector<std::string> buildingAreaNames(BuildingArea area) const override;

  std::int64_t appendEvent(const InspectionEvent& event) override;
  std::vector<InspectionEvent> events(std::int64_t buildingId) const override;
  std::vector<InspectionEvent> eventsOfKinds(const std::vector<std::string>& kinds) const override;

  std::int64_t insertZone(const ZoneRecord& zone, const Wkb& polygon) override;
  std::int64_t deleteDerivedZones(const std::string& type) override;
  void forEachZone(const Visitor<ZoneRecord>& visit) const override;
  std::int64_t upsertGrid(const GridRecord& grid, const Wkb& polygon) override;
  void forEachGrid(const Visitor<GridRecord>& visit) const override;
  std::int64_t upsertTown(const TownRecord& town, const Wkb& polygon) override;
  void forEachTown(const Visitor<TownRecord>& visit) const override;
  std::int64_t insertSource(ProjectLayer layer, const SourceFeature& f, const Wkb& g) override;
  void forEachSource(ProjectLayer layer, const Visitor<SourceFeature>& visit) const override;
  std::int64_t insertSurveyPoint(const SurveyPoint& p, const Wkb& point) override;
  void forEachSurveyPoint(const Visitor<SurveyPoint>& visit) const override;

  void replaceBuildingZones(
      const std::vector<std::pair<std::int64_t, std::int64_t>>& links) override;
  std::vector<std::int64_t> zonesOfBuilding(std::int64_t buildingId) const override;
  std::vector<std::pair<std::int64_t, std::string>> buildingZoneTypes() const override;
  void forEachBuildingZone(
      const std::function<bool(std::int64_t, std::int64_t)>& visit) const override;

  void appendAudit(const AuditEntry& entry) override;
  std::vector<AuditEntry> auditLog(int limit) const override;
  void forEachBuildingChange(
      const std::function<bool(const BuildingChange&)>& visit) const override;

  bool keepsCaseRegisters() const override { return true; }
  std::int64_t insertProblem(const Problem& problem) override;
  void updateProblem(const Problem& problem) override;
  std::vector<Problem> problems() const override;
  std::int64_t insertPlan(const RectificationPlan& plan) override;
  void updatePlan(const RectificationPlan& plan) override;
  std::vector<RectificationPlan> plans() const override;
  std::int64_t appendCaseEvent(const CaseEvent& event) override;
  std::vector<CaseEvent> caseEvents(CaseSubject subject, std::int64_t subjectId) const override;
  std::int64_t insertAttachment(const Attachment& attachment) override;
  std::vector<Attachment> attachments(std::int64_t buildingId) const override;
  std::optional<Attachment> attachment(std::int64_t id) const override;
  std::vector<std::int64_t> attachmentIds() const override;
  std::int64_t insertNotice(const HazardNotice& notice) override;
  std::vector<HazardNotice> notices() const override;
  std::int64_t insertReferral(const Referral& referral) override;
  void updateReferral(const Referral& referral) override;
  std::vector<Referral> referrals() const override;

  std::int64_t insertFeature(ProjectLayer layer, const std::vector<std::string>& values,
                             const Wkb& geometry) override;
  void forEachFeature(ProjectLayer layer, const Visitor<FeatureRow>& visit) const override;

  // The map cache (MapCacheStore.h).
  std::optional<std::int64_t> buildingsGeneration() const;
  std::vector<std::vector<unsigned char>> cacheParts(const std::string& name) const;
  std::size_t cacheBytes(const std::string& name) const;
  void forEachCachePart(const std::string& name,
                        const std::function<bool(std::vector<unsigned char>)>& visit,
                        const std::function<std::vector<unsigned char>()>& buffer = {}) const;
  void writeCache(const std::string& name, const std::vector<std::vector<unsigned char>>& parts);
  /// Drops the counting triggers inside the open write transaction when they are intact;
  /// false when they are not (or no transaction is open): then nothing changed.
  bool suspendGenerationTriggers();
  /// Moves the generation once and puts the triggers back, in the same transaction.
  void resumeGenerationTriggers();

 private:
  class SqlTransaction;
  /// True when the project has this table (a registered layer's table is made on first use).
  bool hasTable(const std::string& table) const;
  /// inWrite for the functions defined in other files (SpatialiteStoreCases.cpp).
  void write(const std::function<void()>& body);
  /// One row of `columns` (RowSql.h) into `table`, bound by `bind` as 1..n; returns its id.
  std::int64_t insertRow(const char* table, const char* columns,
                         const std::function<void(sqlite::Statement&)>& bind);
  /// The row `id` of `table` set to `columns` bound by `bind`; StoreError(`missing`) without it.
  void updateRow(const char* table, const char* columns, std::int64_t id,
                 const std::string& missing, const std::function<void(sqlite::Statement&)>& bind);
  /// Runs `body` in the open transaction, or in one of its own when none is open.
  template <typename F>
  auto inWrite(F&& body) -> decltype(body());
  BuildingRecord readBuilding(const sqlite::Statement& s, int firstColumn) const;
  /// Writes the columns in which `record` differs from the stored `old` in one UPDATE (moving
  /// the row version) and audit-logs each; false when nothing differed.
  bool writeChanges(const BuildingRecord& old, const BuildingRecord& record,
                    const std::string& who);
  /// The refusal of an edit that read `readVersion` of a row now at `current`.
  StaleEdit staleEdit(const BuildingRecord& current, std::int64_t readVersion) const;
  /// Bulk loading: drops SpatiaLite's per-row index and timestamp triggers on `buildings` for
  /// the rest of the transaction (RTreeAlign prepares SQL for every row).
  void deferBuildingIndex();
  /// Indexes the rows inserted since deferBuildingIndex() in one statement and restores the
  /// triggers; called just before COMMIT.
  void finishDeferredIndex();
  void packBuildingIndex();
  /// Returns the page cache to its small reading size after a write transaction.
  void shrinkCache();

  std::string path_;
  std::unique_ptr<sqlite::Connection> db_;
  int srid_ = 0;
  std::optional<Date> changeDate_;  ///< setChangeDate; empty: today
  /// The business day of a write now.
  Date changeDay() const { return changeDate_ ? *changeDate_ : Date::today(); }
  bool inTransaction_ = false;
  std::unique_ptr<sqlite::Statement> insertBuilding_;
  std::unique_ptr<sqlite::Statement> findCode_;
  std::vector<std::string> deferredTriggers_;  ///< CREATE TRIGGER statements to restore
  std::int64_t deferredFromId_ = 0;            ///< first building id inserted while deferred
};

}  // namespace fangan
