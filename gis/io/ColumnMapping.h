#pragma once
// Which source column feeds which interchange key. Columns named as the interchange schema
// names them (docs/rules.md#interchange: English key or Chinese alias) match by themselves; common
// other spellings are guessed; anything else comes from a mapping file of `key = source column`
// lines.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gis/store/LayerRegistry.h"

namespace fangan {

/// Interchange keys of a layer's attributes, in the schema's order (docs/rules.md#interchange;
/// the layer registry's importKeys).
const std::vector<std::string>& interchangeKeys(ProjectLayer layer);

/// A resolved mapping: interchange key → index of the source field, plus geometry columns for
/// table formats (CSV/XLSX) where geometry is text or lon/lat.
struct ColumnMapping {
  std::map<std::string, int> fields;
  /// Further guessed columns for a key, tried in order when the chosen one is empty in a row
  /// (OSM extracts spread a category over amenity / healthcare / shop / highway / railway).
  std::map<std::string, std::vector<int>> fallbacks;
  int wktField = -1;
  int lonField = -1;
  int latField = -1;
  /// Human-readable lines "key ← source column (how)", for the import report.
  std::vector<std::string> explanation;

  /// Field index of a key, or -1 when the source lacks it.
  int field(const std::string& key) const {
    auto it = fields.find(key);
    return it == fields.end() ? -1 : it->second;
  }
};

/// Reads a mapping file (`key = source column` lines, `#` comments, UTF-8). Throws
/// std::runtime_error naming the file and line for a malformed line or unknown key.
std::map<std::string, std::string> readMappingFile(const std::string& path, ProjectLayer layer);
/// Parses the text of a mapping file; `path` names it in messages. Throws as readMappingFile.
std::map<std::string, std::string> parseMappingText(const std::string& text,
                                                    const std::string& path, ProjectLayer layer);

/// Resolves source field names against the layer's keys: explicit mapping first, then the
/// English key, the Chinese alias, then guesses. Throws std::runtime_error when an explicit
/// mapping names a column the source lacks.
ColumnMapping resolveColumns(ProjectLayer layer, const std::vector<std::string>& sourceFields,
                             const std::map<std::string, std::string>& explicitMapping);

}  // namespace fangan
