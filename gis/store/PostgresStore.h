#pragma once
// The shared store: one project in one schema of a PostgreSQL/PostGIS database, opened from
// `postgresql://user@host:port/db?schema=NAME` (password from PGPASSWORD or ~/.pgpass).
// Geometries cross as WKB (ST_GeomFromWKB / ST_AsBinary), every geometry has a GiST index, and
// a bulk import inside a transaction streams new buildings with COPY.

#include <memory>
#include <string>
#include <unordered_map>

#include "gis/store/Postgres.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

class PostgresStore : public ProjectStore {
 public:
  /// Opens the project at `location`, or with `create` makes it in CRS `srid` (0: chosen later).
  PostgresStore(const std::string& location, bool create, int srid);
  ~PostgresStore() override;

  int schemaVersion() const override;
  int srid() const override { return srid_; }
  void assignCrs(int srid) override;
  std::string location() const override { return location_; }
  std::optional<std::string> setting(const std::string& key) const override;
  void setSetting(const std::string& key, const std::string& value) override;
  std::map<std::string, std::string> settings() const override;
  void restoreSetting(const std::string& key, const std::string& value) override;
  void setChangeDate(const std::optional<Date>& day) override { changeDate_ = day; }
  std::unique_ptr<Transaction> begin() override;
  void reconnect() override;
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

  // Case registers (PostgresStoreCases.cpp, PostgresStoreNotices.cpp) and the building
  // archive (PostgresStoreAttachments.cpp), as their SpatiaLite counterparts.
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

  /// Runs one read-only statement on the server, after sending any buildings still waiting for
  /// COPY: for the aggregates computed in SQL (gis/analysis/LedgerSql.h,
  /// gis/analysis/spatial/CoverageSql.h), so only their few rows cross the wire.
  pg::Result readQuery(const std::string& sql, const pg::Params& params = {}) const;
  /// The project's schema on the server.
  const std::string& schemaName() const { return schema_; }

  void appendAudit(const AuditEntry& entry) override;
  std::vector<AuditEntry> auditLog(int limit) const override;
  void forEachBuildingChange(
      const std::function<bool(const BuildingChange&)>& visit) const override;

 private:
  class PgTransaction;
  template <typename F>
  auto inWrite(F&& body) -> decltype(body());
  /// Runs `body` inside the open transaction, or in one of its own (for the writes defined
  /// outside PostgresStore.cpp, where inWrite is not visible).
  void write(const std::function<void()>& body);
  /// One-row writes of a table's `columns` (gis/store/RowSql.h), parameters in their order:
  /// the new row's id; an update by id that finds no row throws StoreError(missing).
  std::int64_t insertRow(const char* table, const char* columns, const pg::Params& params);
  void updateRow(const char* table, const char* columns, std::int64_t id,
                 const std::string& missing, pg::Params params);
  /// The connection, after sending the buildings waiting for COPY (so every statement sees them).
  pg::Connection& db() const;
  void flushPending() const;
  /// Sends the buildings waiting into the COPY under way (begun if none), leaving it open so
  /// the server stores them while the importer reads the next ones.
  void streamPending() const;
  /// Drops the secondary indexes of an empty buildings table for a bulk import; commit builds
  /// them again (deferredIndexes_), a rollback keeps them.
  void deferIndexes();
  std::vector<std::string> deferredIndexes_;
  /// Writes the columns in which `record` differs from the stored `old` in one UPDATE and
  /// audit-logs each (unless the server's trigger does); the new row version, or std::nullopt
  /// when nothing differed.
  std::optional<std::int64_t> writeChanges(const BuildingRecord& old, const BuildingRecord& record,
                                           const std::string& who);
  /// Drops what a rolled-back transaction left in memory.
  void forgetTransaction();
  /// Runs `sql` (ending in "WHERE … AND key > $N") page by page ordered by id, so a visitor may
  /// use the store while a scan of a million rows is under way.
  void pageById(const std::string& sql, pg::Params params,
                const std::function<bool(const pg::Result&, int row)>& visit) const;

  std::string location_;
  std::string schema_;
  std::unique_ptr<pg::Connection> db_;
  /// The session's settings: messages, application name (who is online), search_path.
  void setUpSession() const;
  /// Connects again after a drop and sets the session up; throws ConnectionLostError.
  void restoreConnection() const;
  int srid_ = 0;
  std::optional<Date> changeDate_;
  Date changeDay() const { return changeDate_ ? *changeDate_ : Date::today(); }
  bool inTransaction_ = false;
  /// Roles are installed (PostgresSecurity.h): the trigger audits building changes with the
  /// database user, so updateBuilding writes no audit rows of its own.
  bool serverAudit_ = false;
  // Bulk loading inside a transaction: new buildings wait here as COPY rows with ids taken
  // from the sequence; codeIds_ knows every code so an upsert can tell new from known.
  int upsertsInTransaction_ = 0;
  mutable std::string pending_;
  mutable std::int64_t pendingRows_ = 0;
  std::unordered_map<std::string, std::int64_t> codeIds_;
  bool codeIdsLoaded_ = false;
  std::vector<std::int64_t> reservedIds_;
  size_t nextReserved_ = 0;
};

/// The application_name of Fangan's connections to the project in `schema`, by which
/// connectedUsers (ChangeFeed.h) finds them in pg_stat_activity (at most 63 bytes are kept).
std::string serverApplicationName(const std::string& schema);

/// Creates a project on a PostgreSQL server (fails if the schema holds one).
std::unique_ptr<ProjectStore> createPostgresProject(const std::string& location, int srid);
/// Opens a project on a PostgreSQL server, migrating its schema forward in one transaction.
std::unique_ptr<ProjectStore> openPostgresProject(const std::string& location);

}  // namespace fangan
