#pragma once
// Whether another process changed a project (docs/rules.md#concurrency).

#include <cstdint>

#include "gis/store/ProjectStore.h"

namespace fangan {

/// A number that changes when another connection or process commits to the project (SQLite's
/// PRAGMA data_version); the app offers to refresh then. 0 always for stores that cannot tell.
std::int64_t projectDataVersion(const ProjectStore& store);

}  // namespace fangan
