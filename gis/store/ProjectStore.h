#pragma once
// The project store interface. Everything above gis/store talks to a project through this, never
// through SQL, so that the PostGIS store for shared projects can stand behind the same calls.
// Geometries are WKB in the project CRS. Writes happen inside a Transaction.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "gis/model/Attachment.h"
#include "gis/model/AuditEntry.h"
#include "gis/model/Building.h"
#include "gis/model/CaseRecords.h"
#include "gis/model/Geometry.h"
#include "gis/model/Grid.h"
#include "gis/model/InspectionEvent.h"
#include "gis/model/ProjectLayer.h"
#include "gis/model/SourceFeature.h"
#include "gis/model/SurveyPoint.h"
#include "gis/model/Town.h"
#include "gis/model/Zone.h"

namespace fangan {

/// Raised by a store for anything that stops an operation; the message is for the user.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A server store's connection dropped (server restarted, network cut). What the statement was
/// writing was rolled back by the server; the store reconnects on its next use outside a
/// transaction (ProjectStore::reconnect).
class ConnectionLostError : public StoreError {
 public:
  using StoreError::StoreError;
};

/// Interchange name of a layer ("buildings", "survey", ...).
std::string layerName(ProjectLayer layer);

/// A feature of a layer added at run time: its values in the layer's importKeys order.
struct FeatureRow {
  std::int64_t id = 0;
  std::vector<std::string> values;
};

/// Count and extent of one layer.
struct LayerSummary {
  ProjectLayer layer;
  std::int64_t count = 0;
  Extent extent;  ///< empty for layers without geometry
};

/// The area columns of a building record.
enum class BuildingArea { Town, Grid };

/// Which buildings a scan visits and what it reads.
struct BuildingScan {
  std::string town;        ///< non-empty: only this town's buildings
  std::string grid;        ///< non-empty: only this grid's buildings
  bool footprints = true;  ///< false: geometries are not read (the visitor gets an empty Wkb)
  /// Attribute columns to read (building_columns names); empty reads all. A store may read
  /// more; members of columns not asked for may stay unknown, so visitors read only these.
  std::vector<std::string> columns;
};

/// A write scope. Destroying it without commit() rolls everything back.
class Transaction {
 public:
  virtual ~Transaction() = default;
  /// Makes the writes durable. After commit the object does nothing.
  virtual void commit() = 0;
};

/// One field change of a building from the audit log (docs/rules.md#as-of).
struct BuildingChange {
  std::int64_t auditId = 0;
  std::string code;      ///< the building's code when it changed
  std::string field;     ///< a building_columns name
  std::string oldValue;  ///< canonical text, "" for unknown
  std::string newValue;
  Date effective;  ///< the business day the change took effect
};

/// An edit refused because the building's row moved on since the editor read it, with who
/// changed it last and when, from the audit log (docs/rules.md#row-versions).
struct StaleEdit {
  std::string code;
  std::int64_t readVersion = 0;     ///< the version the edit named
  std::int64_t currentVersion = 0;  ///< the version the row is at
  std::string who;                  ///< author of the building's newest audit row ("" if none)
  std::string when;                 ///< its time, ISO 8601 UTC ("" if none)
};

/// Raised by ProjectStore::editBuilding for a stale edit; nothing was written. what() is the
/// Chinese message "此房屋已被 USER 于 TIME 修改"; the app words it through tr()
/// (app/cli/RefusalText.h, staleEditText).
class StaleEditError : public StoreError {
 public:
  explicit StaleEditError(StaleEdit stale);
  const StaleEdit& stale() const { return stale_; }

 private:
  StaleEdit stale_;
};

/// Callback visitors return false to stop early.
template <typename Record>
using Visitor = std::function<bool(const Record&, const Wkb&)>;

class ProjectStore {
 public:
  virtual ~ProjectStore() = default;

  // --- project ---
  /// Schema version of the open project (after migrations).
  virtual int schemaVersion() const = 0;
  /// EPSG code of the project CRS; 0 while the project has none (created without --crs and
  /// nothing imported yet).
  virtual int srid() const = 0;
  /// Fixes the CRS of a project that has none (the first import does this). Throws otherwise.
  virtual void assignCrs(int srid) = 0;
  /// File or connection the project lives in.
  virtual std::string location() const = 0;
  /// A setting, or std::nullopt when unset.
  virtual std::optional<std::string> setting(const std::string& key) const = 0;
  /// Sets a setting (inside the current transaction, or its own).
  virtual void setSetting(const std::string& key, const std::string& value) = 0;
  /// Every setting by key (copying a project).
  virtual std::map<std::string, std::string> settings() const = 0;
  /// Sets a setting as it stood in another project, without an audit row (copying a project).
  virtual void restoreSetting(const std::string& key, const std::string& value) = 0;
  /// The business day stamped on the writes that follow (docs/rules.md#as-of): buildings inserted
  /// enter the project on it and audit rows take effect on it. std::nullopt, the default, means
  /// the local date of each write. A results sheet sets it to the day of each visit.
  virtual void setChangeDate(const std::optional<Date>& day) = 0;
  /// Opens a write transaction. Only one may be open at a time.
  virtual std::unique_ptr<Transaction> begin() = 0;
  /// Connects a server store again after ConnectionLostError (a file store has nothing to do);
  /// throws StoreError (ConnectionLostError) while the server cannot be reached.
  virtual void reconnect() {}
  /// Counts and extents of every layer.
  virtual std::vector<LayerSummary> summary() const = 0;

  // --- buildings ---
  /// Inserts a building, or replaces the record of the same code (audit-logging each changed
  /// field as `who`). Returns the row id. The footprint must be a (multi)polygon.
  virtual std::int64_t upsertBuilding(const BuildingRecord& record, const Wkb& footprint,
                                      const std::string& who) = 0;
  /// Updates a stored building's attributes (by id), audit-logging changed fields.
  virtual void updateBuilding(const BuildingRecord& record, const std::string& who) = 0;
  /// Updates a stored building's attributes (by id) as updateBuilding does, but only when its
  /// row is still at `readVersion`, the rowVersion the editor read; returns the row's version
  /// after the edit (unchanged when nothing differed). A row that moved on refuses the edit with
  /// StaleEditError and writes nothing (docs/rules.md#row-versions). The check and the write
  /// are atomic against other editors of the same project. The default (read-only stores)
  /// throws StoreError.
  virtual std::int64_t editBuilding(const BuildingRecord& record, std::int64_t readVersion,
                                    const std::string& who);
  /// Sets only the grid of many buildings (analysis output; not audit-logged per row).
  virtual void setBuildingGrids(const std::vector<std::pair<std::int64_t, std::string>>& grids) = 0;
  /// The building of a code.
  virtual std::optional<BuildingRecord> buildingByCode(const std::string& code) const = 0;
  /// The building of a row id.
  virtual std::optional<BuildingRecord> buildingById(std::int64_t id) const = 0;
  /// Footprint of a building.
  virtual Wkb buildingFootprint(std::int64_t id) const = 0;
  /// Visits buildings (ordered by id), only those whose bbox meets `box` when given.
  virtual void forEachBuilding(const Visitor<BuildingRecord>& visit,
                               const Extent* box = nullptr) const = 0;
  /// Visits the buildings a scan selects (ordered by id).
  virtual void scanBuildings(const BuildingScan& scan,
                             const Visitor<BuildingRecord>& visit) const = 0;
  /// Code of the first building (by id) whose address contains `fragment` (case-insensitive
  /// for Latin letters), or std::nullopt.
  virtual std::optional<std::string> codeOfAddress(const std::string& fragment) const = 0;
  /// Row ids of every building, ascending.
  virtual std::vector<std::int64_t> buildingIds() const = 0;
  /// The distinct non-empty values of the buildings' town (or grid) column, sorted.
  virtual std::vector<std::string> buildingAreaNames(BuildingArea area) const = 0;
  /// Row ids of buildings whose bounding box meets `box` (spatial index).
  virtual std::vector<std::int64_t> buildingsInBox(const Extent& box) const = 0;

  // --- inspection history (append-only) ---
  /// Appends an event; returns its id.
  virtual std::int64_t appendEvent(const InspectionEvent& event) = 0;
  /// Events of one building, oldest first.
  virtual std::vector<InspectionEvent> events(std::int64_t buildingId) const = 0;
  /// Events of any of `kinds` across every building, by date then id. The default reads each
  /// building's history through events(); a store overrides it with one query.
  virtual std::vector<InspectionEvent> eventsOfKinds(const std::vector<std::string>& kinds) const;

  // --- zones, grids, towns, source layers, survey points ---
  virtual std::int64_t insertZone(const ZoneRecord& zone, const Wkb& polygon) = 0;
  /// Deletes the derived zones of a type (to rebuild it); zones imported from files (source
  /// "import:…") stay. Returns how many went.
  virtual std::int64_t deleteDerivedZones(const std::string& type) = 0;
  virtual void forEachZone(const Visitor<ZoneRecord>& visit) const = 0;

  virtual std::int64_t upsertGrid(const GridRecord& grid, const Wkb& polygon) = 0;
  virtual void forEachGrid(const Visitor<GridRecord>& visit) const = 0;

  virtual std::int64_t upsertTown(const TownRecord& town, const Wkb& polygon) = 0;
  virtual void forEachTown(const Visitor<TownRecord>& visit) const = 0;

  virtual std::int64_t insertSource(ProjectLayer layer, const SourceFeature& f, const Wkb& g) = 0;
  virtual void forEachSource(ProjectLayer layer, const Visitor<SourceFeature>& visit) const = 0;

  virtual std::int64_t insertSurveyPoint(const SurveyPoint& p, const Wkb& point) = 0;
  virtual void forEachSurveyPoint(const Visitor<SurveyPoint>& visit) const = 0;

  // --- layers added at run time (gis/store/LayerRegistry registerLayer) ---
  // Not pure: the default refuses writes and reads nothing.
  /// Inserts a feature of a registered layer: its text values in the layer's importKeys order
  /// (empty text is stored as NULL). The store creates the layer's table on first use.
  virtual std::int64_t insertFeature(ProjectLayer layer, const std::vector<std::string>& values,
                                     const Wkb& geometry);
  /// Visits the features of a registered layer by id; none when its table does not exist yet.
  virtual void forEachFeature(ProjectLayer layer, const Visitor<FeatureRow>& visit) const;

  // --- zone membership (analysis output) ---
  /// Replaces all building↔zone links with these (building id, zone id) pairs.
  virtual void replaceBuildingZones(
      const std::vector<std::pair<std::int64_t, std::int64_t>>& links) = 0;
  /// Every (building id, zone type) pair of the zone membership, ordered by building id.
  virtual std::vector<std::pair<std::int64_t, std::string>> buildingZoneTypes() const = 0;
  /// Zone ids a building lies in.
  virtual std::vector<std::int64_t> zonesOfBuilding(std::int64_t buildingId) const = 0;
  /// Visits every (building id, zone id) link, ordered by building id then zone id, without
  /// holding them all (a million buildings make millions of links); return false to stop.
  virtual void forEachBuildingZone(
      const std::function<bool(std::int64_t buildingId, std::int64_t zoneId)>& visit) const = 0;

  // --- audit ---
  virtual void appendAudit(const AuditEntry& entry) = 0;
  /// The newest `limit` audit rows, newest first.
  virtual std::vector<AuditEntry> auditLog(int limit) const = 0;
  /// Visits every audited field change of buildings, oldest first; return false to stop.
  virtual void forEachBuildingChange(
      const std::function<bool(const BuildingChange&)>& visit) const = 0;

  // --- cases (schema version 3): problem register, plans, their state changes ---
  // Not pure: a store that does not keep cases yet throws StoreError from each of them. Every
  // write goes through gis/cases (CaseService.h), which checks the lifecycle and audit-logs.
  /// Whether the store keeps the case registers, notices, referrals and attachments below
  /// (false for the defaults); copyProject refuses to drop them into a store that does not.
  virtual bool keepsCaseRegisters() const { return false; }
  /// Inserts a problem; returns its id.
  virtual std::int64_t insertProblem(const Problem& problem);
  /// Replaces a stored problem's fields (by id).
  virtual void updateProblem(const Problem& problem);
  /// Every problem, by id.
  virtual std::vector<Problem> problems() const;
  /// Inserts a rectification plan; returns its id.
  virtual std::int64_t insertPlan(const RectificationPlan& plan);
  /// Replaces a stored plan's fields (by id).
  virtual void updatePlan(const RectificationPlan& plan);
  /// Every plan, by id.
  virtual std::vector<RectificationPlan> plans() const;
  /// Appends a state change of a problem or plan; returns its id.
  virtual std::int64_t appendCaseEvent(const CaseEvent& event);
  /// State changes of one subject (or with id 0 of every subject of that kind), by date then id.
  virtual std::vector<CaseEvent> caseEvents(CaseSubject subject, std::int64_t subjectId) const;

  // --- attachments: photos and documents of a building's archive ---
  // Not pure: a store that does not keep them throws StoreError. Writes go through
  // gis/archive/AttachmentRegister.h, which refuses duplicates and audit-logs.
  /// Inserts an attachment (bytes and thumbnail included); returns its id.
  virtual std::int64_t insertAttachment(const Attachment& attachment);
  /// The attachments of a building, by id, with thumbnails and without `bytes`.
  virtual std::vector<Attachment> attachments(std::int64_t buildingId) const;
  /// One attachment with its bytes, or std::nullopt.
  virtual std::optional<Attachment> attachment(std::int64_t id) const;
  /// The ids of every attachment, ascending (copying a project). The default asks attachments()
  /// of each building; a store overrides it with one query.
  virtual std::vector<std::int64_t> attachmentIds() const;

  // --- hazard notices and referrals (docs/rules.md#notice, #referral); not pure, as above ---
  /// Inserts an issued notice; returns its id.
  virtual std::int64_t insertNotice(const HazardNotice& notice);
  /// Every notice, by id.
  virtual std::vector<HazardNotice> notices() const;
  /// Inserts a referral; returns its id.
  virtual std::int64_t insertReferral(const Referral& referral);
  /// Replaces a stored referral's fields (by id).
  virtual void updateReferral(const Referral& referral);
  /// Every referral, by id.
  virtual std::vector<Referral> referrals() const;

 protected:
  /// Appends one audit row of a change (appendAudit with the time of now).
  void audit(const std::string& who, const std::string& action, const std::string& target,
             const std::string& field, const std::string& oldValue, const std::string& newValue) {
    AuditEntry e;
    e.who = who;
    e.action = action;
    e.target = target;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    appendAudit(e);
  }
};

/// Sets a store's change date for a scope and clears it again, also when the scope is left by
/// an exception.
class ChangeDateScope {
 public:
  ChangeDateScope(ProjectStore& store, const Date& day) : store_(store) {
    store_.setChangeDate(day);
  }
  ~ChangeDateScope() { store_.setChangeDate(std::nullopt); }
  ChangeDateScope(const ChangeDateScope&) = delete;
  ChangeDateScope& operator=(const ChangeDateScope&) = delete;

 private:
  ProjectStore& store_;
};

/// Creates a new SpatiaLite project at `path` in CRS `srid`, or with srid 0 one whose CRS the
/// first import chooses (fails if the file exists).
std::unique_ptr<ProjectStore> createSpatialiteProject(const std::string& path, int srid);
/// Opens an existing SpatiaLite project, migrating its schema forward in one transaction.
std::unique_ptr<ProjectStore> openSpatialiteProject(const std::string& path);

/// Whether a project location is a server (`postgresql://…`) rather than a file.
bool isServerProject(const std::string& location);
/// Creates a project at a file path or on a server (`postgresql://user@host:port/db?schema=S`).
std::unique_ptr<ProjectStore> createProject(const std::string& location, int srid);
/// Opens the project at a file path or on a server.
std::unique_ptr<ProjectStore> openProject(const std::string& location);

}  // namespace fangan
