#pragma once
// The campaign ledgers (docs/rules.md#ledger, #server-aggregates) counted by the PostGIS server:
// the record predicates of Ledger.cpp and CaseState.cpp written once more, as SQL over the columns
// of `buildings`, with the stored keys generated from the vocabulary (toKey), and grouped per area
// and category on the server, so only a few rows per area cross the wire instead of every
// building. The rows are laid out, sorted and given their rates by LedgerTally, as on a file.
// Figures as of a date (AsOfStore) are not done in SQL: they take the streaming pass.

#include <optional>
#include <string>

#include "gis/analysis/Ledger.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Which column the ledger groups by.
enum class LedgerArea { Town, Grid };

/// The SQL boolean expressions (over the columns of `buildings`, no table alias) of the ledger's
/// record predicates; each mirrors the C++ predicate named beside it.
struct LedgerSql {
  std::string inScope;             ///< LedgerScope::SelfBuiltOnly: self_built = yes
  std::string commercial;          ///< BuildingRecord::isCommercial
  std::string surveyed;            ///< BuildingRecord::isSurveyed
  std::string hazard;              ///< initial_hazard = hazard
  std::string recheckNoHazard;     ///< recheck_no_hazard = yes
  std::string directEngineering;   ///< direct_engineering = yes
  std::string appraised;           ///< a grade A–D recorded
  std::string gradeCD;             ///< BuildingRecord::isGradeCD
  std::string engineeringDone;     ///< BuildingRecord::engineeringDone
  std::string attachment2Closure;  ///< isAttachment2Closure
  std::string managementClosure;   ///< isClosedManagementOnly
  std::string rechecked;           ///< re-checked after a management closure (Ledger.h)
};

/// The predicates, built once from the vocabulary keys.
const LedgerSql& ledgerSql();

/// The ledger of `store` counted on the server when it is a PostGIS project; std::nullopt for
/// any other store (a file, a project as of a date).
std::optional<LedgerTally> tallyLedgerOnServer(const ProjectStore& store, LedgerArea area,
                                               const LedgerOptions& options = {});

/// The ledger of `store`: in SQL on a server project, else in one streaming pass without
/// footprints. Both give the same rows.
LedgerTally tallyProjectLedger(const ProjectStore& store, LedgerArea area,
                               const LedgerOptions& options = {});

}  // namespace fangan
