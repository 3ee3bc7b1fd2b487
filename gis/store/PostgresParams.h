#pragma once
// The statement parameters and result cells the PostGIS store's files share (internal to
// gis/store): text, NULL for an empty date or a missing id, dates read back.

#include <cstdint>
#include <optional>
#include <string>

#include "gis/model/Date.h"
#include "gis/store/Postgres.h"

namespace fangan::pg {

/// A text parameter.
inline Param text(const std::string& s) { return Param::of(std::optional<std::string>(s)); }
/// A date as ISO text, or NULL.
inline Param date(const std::optional<Date>& d) {
  return Param::of(d ? std::optional<std::string>(d->toString()) : std::nullopt);
}
/// An id, or NULL for 0 (no row).
inline Param idOrNull(std::int64_t id) {
  return Param::of(id > 0 ? std::optional<std::string>(std::to_string(id)) : std::nullopt);
}
/// A date cell, or std::nullopt for NULL.
inline std::optional<Date> readDate(const Result& r, int row, int col) {
  return r.isNull(row, col) ? std::nullopt : Date::parse(r.text(row, col));
}

}  // namespace fangan::pg
