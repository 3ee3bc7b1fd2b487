#pragma once
// The mapping between a BuildingRecord and the columns of the `buildings` table, defined once:
// each column's name, kind and the record member it reads and writes. Values cross the store as
// canonical text (INTEGER columns convert by SQLite affinity), which also gives the audit log
// its old → new strings; the store reads rows through the typed setters without that detour.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gis/model/Building.h"

namespace fangan::building_columns {

/// How a column's stored value maps to its record member.
enum class Kind { Text, Integer, Flag, Date, Key };

/// One attribute column of `buildings`.
struct Column {
  const char* name;
  Kind kind;
  /// The canonical text of the record's value; std::nullopt for unknown.
  std::optional<std::string> (*get)(const BuildingRecord&);
  /// Sets the record's value from canonical text (unparseable text becomes unknown).
  void (*setText)(BuildingRecord&, std::string_view);
  /// Sets an Integer or Flag column from a stored integer (other kinds: null).
  void (*setInteger)(BuildingRecord&, long long);
};

/// Attribute columns in table order (without id and geom).
const std::vector<Column>& columns();
/// The column of a name, or null.
const Column* find(const std::string& name);
/// Their names, in the same order.
const std::vector<std::string>& names();
/// The record's values in names() order; std::nullopt for unknown.
std::vector<std::optional<std::string>> values(const BuildingRecord& r);
/// Builds a record from values in names() order. Unparseable stored values become unknown.
BuildingRecord fromValues(const std::vector<std::optional<std::string>>& v);

}  // namespace fangan::building_columns
