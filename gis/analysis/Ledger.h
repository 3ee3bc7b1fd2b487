#pragma once
// The campaign ledgers (台账, docs/rules.md#ledger):
//  - attachment 2, the work ledger per area (counts ①–⑦ and three rates, docs/rules.md#ledger);
//  - attachment 1, the re-check ledger of cases closed earlier by management measures only
//    (docs/rules.md#ledger-recheck).
// Both are computed per area (town or grid, given by a function) and category (commercial,
// non_commercial, all). Areas are sorted by name (byte order of the UTF-8 string, i.e. code-point
// order); an area with an empty name is kept as its own area "". Every area that has at least one
// record in scope gets all three category rows, even when their counts are 0.
//
// Counting (attachment 2), over the records in scope:
//   surveyed            survey_status = surveyed
//   ① initial_hazard    surveyed and initial_hazard = hazard ("suspect" is not counted)
//   ② recheck_no_hazard among ①, recheck_no_hazard = yes
//   ③ direct_engineering among ①, direct_engineering = yes
//   ④ appraised         among ①, appraisal_grade not empty
//   ⑤ grade_cd          among ④, grade C or D
//   ⑥ cd_engineered     among ⑤, engineering measures done (BuildingRecord::engineeringDone)
//   ⑦ closed            among ①, closed on one of attachment 2's three grounds
//                       (CaseState.h isAttachment2Closure): not management-only closures, not
//                       closures with an empty basis the record does not back
//   appraisal_rate = ④/(①−②−③); rectification_rate = (⑥+③)/(⑤+③); closure_rate = ⑦/①.
// A rate is empty (written "—") when its denominator is 0, or negative (only possible when
// inconsistent records mark ② and ③ together). Rates are not clamped to 1.
//
// Re-check ledger (attachment 1), among the records in scope with closed = yes and
// closure_basis = management_only ("management closures"):
//   rechecked        recheck_no_hazard = yes, or an appraisal grade is recorded with an
//                    appraisal_date strictly after closed_date (both dates known). An appraisal
//                    on the closure day or with an unknown date is not counted as a re-check.
//   still_hazardous  grade C or D and engineering measures not done.
//   engineered       engineering measures done (whatever the grade).
// The three are not exclusive: a C/D appraisal after the closure counts as rechecked and, until
// engineered, as still_hazardous.

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"

namespace fangan {

/// Ledger category (docs/rules.md#ledger): commercial, non_commercial, or the total of both.
enum class LedgerCategory { Commercial, NonCommercial, All };

/// Which records enter the ledger.
enum class LedgerScope {
  SelfBuiltOnly,  ///< self_built = yes only (unknown self_built is left out); the default
  AllBuildings    ///< every record
};

/// Ledger options.
struct LedgerOptions {
  LedgerScope scope = LedgerScope::SelfBuiltOnly;
};

/// Gives the area name (town or grid) of a record.
using LedgerAreaFn = std::function<std::string(const BuildingRecord&)>;

/// One ledger row (attachment 2) for one area and category.
struct LedgerRow {
  std::string area;
  LedgerCategory category = LedgerCategory::All;
  int surveyed = 0;
  int initialHazard = 0;                ///< ①
  int recheckNoHazard = 0;              ///< ②
  int directEngineering = 0;            ///< ③
  int appraised = 0;                    ///< ④
  int gradeCD = 0;                      ///< ⑤
  int cdEngineered = 0;                 ///< ⑥
  int closed = 0;                       ///< ⑦
  std::optional<double> appraisalRate;  ///< ④/(①−②−③), empty when the denominator ≤ 0
  std::optional<double> rectificationRate;  ///< (⑥+③)/(⑤+③), empty when the denominator is 0
  std::optional<double> closureRate;        ///< ⑦/①, empty when ① is 0
};

/// One re-check ledger row (attachment 1) for one area and category.
struct RecheckLedgerRow {
  std::string area;
  LedgerCategory category = LedgerCategory::All;
  int managementClosures = 0;  ///< closed with closure_basis = management_only
  int rechecked = 0;           ///< of those, re-checked by technicians (see file comment)
  int stillHazardous = 0;      ///< of those, grade C/D without engineering measures
  int engineered = 0;          ///< of those, engineering measures done
};

/// "commercial", "non_commercial" or "all".
std::string ledgerCategoryKey(LedgerCategory category);

/// Area function grouping by town (镇街).
std::string ledgerAreaByTown(const BuildingRecord& r);

/// Area function grouping by grid (网格).
std::string ledgerAreaByGrid(const BuildingRecord& r);

/// What the ledgers ask of one building, one bit per question of the rules above. Both ledgers
/// count from these bits alone, so two buildings with the same facts count alike: a caller
/// that tallies many areas of one district (the statistics tables of a print layout) keeps two
/// bytes per building instead of its record.
using LedgerFacts = std::uint16_t;
namespace ledger_fact {
constexpr LedgerFacts kSelfBuilt = 1u << 0;               ///< self_built = yes (the default scope)
constexpr LedgerFacts kCommercial = 1u << 1;              ///< BuildingRecord::isCommercial
constexpr LedgerFacts kSurveyed = 1u << 2;                ///< survey_status = surveyed
constexpr LedgerFacts kInitialHazard = 1u << 3;           ///< initial_hazard = hazard
constexpr LedgerFacts kRecheckNoHazard = 1u << 4;         ///< recheck_no_hazard = yes
constexpr LedgerFacts kDirectEngineering = 1u << 5;       ///< direct_engineering = yes
constexpr LedgerFacts kAppraised = 1u << 6;               ///< an appraisal grade is recorded
constexpr LedgerFacts kGradeCD = 1u << 7;                 ///< grade C or D
constexpr LedgerFacts kEngineeringDone = 1u << 8;         ///< BuildingRecord::engineeringDone
constexpr LedgerFacts kAttachment2Closure = 1u << 9;      ///< CaseState.h isAttachment2Closure
constexpr LedgerFacts kManagementClosure = 1u << 10;      ///< closed, management_only
constexpr LedgerFacts kRecheckedAfterClosure = 1u << 11;  ///< the re-check ledger's "rechecked"
}  // namespace ledger_fact

/// The facts of one record.
LedgerFacts ledgerFacts(const BuildingRecord& record);

/// The building columns ledgerFacts reads (building_columns names): a narrow scan of these
/// (and the area column) is enough to tally the ledgers.
const std::vector<std::string>& ledgerFactColumns();

/// Counts records one at a time into both ledgers, so a district of a million buildings can be
/// tabulated while streaming them from the store instead of holding them all.
class LedgerTally {
 public:
  LedgerTally(LedgerAreaFn areaOf, LedgerOptions options = {});
  /// Counts one record, or `times` records with its values (records out of the options' scope
  /// are left out).
  void add(const BuildingRecord& record, int times = 1);
  /// Counts `times` records of `area` with these facts (the same as adding the records).
  void add(const std::string& area, LedgerFacts facts, int times = 1);
  /// Adds counts made elsewhere (on the server, LedgerSql.h) for the in-scope records of one
  /// area and category (commercial or not), as if each of them had been added.
  void addCounted(const std::string& area, bool commercial, const LedgerRow& counts,
                  const RecheckLedgerRow& recheck);
  /// Attachment-2 rows as buildLedger gives them.
  std::vector<LedgerRow> ledger() const;
  /// Attachment-1 rows as buildRecheckLedger gives them.
  std::vector<RecheckLedgerRow> recheckLedger() const;

 private:
  struct Area {
    std::array<LedgerRow, 3> ledger;  // commercial, non-commercial, all
    std::array<RecheckLedgerRow, 3> recheck;
  };
  LedgerAreaFn areaOf_;
  LedgerOptions options_;
  std::map<std::string, Area> areas_;  // sorted by name, as the ledger lists them
};

/// Attachment-2 ledger rows: areas sorted by name, categories commercial, non_commercial, all.
std::vector<LedgerRow> buildLedger(const std::vector<BuildingRecord>& records,
                                   const LedgerAreaFn& areaOf, const LedgerOptions& options = {});

/// Attachment-1 re-check ledger rows, same area/category layout as buildLedger.
std::vector<RecheckLedgerRow> buildRecheckLedger(const std::vector<BuildingRecord>& records,
                                                 const LedgerAreaFn& areaOf,
                                                 const LedgerOptions& options = {});

/// The rate of `numerator` / `denominator`, empty when the denominator is 0 or negative.
std::optional<double> ledgerRatio(int numerator, int denominator);

/// Adds a row's counts (surveyed, ①–⑦) to `sum`; rates are left alone.
void addLedgerCounts(LedgerRow& sum, const LedgerRow& row);

/// Sets a row's appraisal, rectification and closure rates from its counts (rules above).
void setLedgerRates(LedgerRow& row);

/// A rate as written in the ledger: 4 decimals ("0.8125"), or "—" (U+2014) when empty.
std::string formatLedgerRate(const std::optional<double>& rate);

/// The attachment-2 ledger as CSV (the ledger column keys, "\n" line ends, no BOM).
std::string ledgerToCsv(const std::vector<LedgerRow>& rows);

/// The attachment-1 ledger as CSV, header
/// `area,category,management_closures,rechecked,still_hazardous,engineered`.
std::string recheckLedgerToCsv(const std::vector<RecheckLedgerRow>& rows);

}  // namespace fangan
