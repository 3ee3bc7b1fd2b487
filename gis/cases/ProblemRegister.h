#pragma once
// Writes to the problem register (问题台账, docs/rules.md#problem) through a ProjectStore: every
// change checked by ProblemLifecycle.h, recorded as a dated case event and audit-logged
// (target "problems:<id>"). Call these inside a Transaction; a refusal throws CaseRefused
// before anything is written.
//
// Registration refusals: missing_description, missing_location (neither a building code nor a
// location), unknown_building (the code names no stored building), missing_found_date.

#include <optional>
#include <string>

#include "gis/cases/CaseRefusal.h"
#include "gis/model/CaseRecords.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Registers `problem` as 待确认 with a registration event dated its found date. A building
/// code fills in the building id and (when empty) the town. Returns the new id.
std::int64_t registerProblem(ProjectStore& store, Problem problem, const std::string& who);

/// The stored problem of an id, or std::nullopt.
std::optional<Problem> problemById(const ProjectStore& store, std::int64_t id);

/// Moves problem `id` to `to` (ProblemLifecycle.h). Returns the problem as stored after.
Problem moveProblem(ProjectStore& store, std::int64_t id, ProblemState to, const CaseStep& step);

/// Sets who is responsible and the deadline; an empty text or std::nullopt keeps the stored
/// value. Each changed field is audit-logged. Returns the problem as stored after.
Problem assignProblem(ProjectStore& store, std::int64_t id, const std::string& unit,
                      const std::string& person, const std::optional<Date>& deadline,
                      const std::string& who);

}  // namespace fangan
