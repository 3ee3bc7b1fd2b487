#pragma once
// Which source column feeds which interchange key. Columns named as in INTERCHANGE.md (English
// key or Chinese alias) match by themselves; common other spellings are guessed; anything else
// comes from a mapping file of `key = source column` lines.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fangan {

/// The interchange layers `fangan import --layer` accepts.
enum class ImportLayer { Buildings, Survey, Zones, Grids, Towns, Pois, Lines };

/// Parses "buildings", "survey", ...; std::nullopt for anything else.
std::optional<ImportLayer> parseImportLayer(const std::string& name);
/// The interchange name of a layer.
std::string importLayerName(ImportLayer layer);

/// Interchange keys of a layer's attributes, in INTERCHANGE.md order.
std::vector<std::string> interchangeKeys(ImportLayer layer);

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
std::map<std::string, std::string> readMappingFile(const std::string& path, ImportLayer layer);
/// Parses the text of a mapping file; `path` names it in messages. Throws as readMappingFile.
std::map<std::string, std::string> parseMappingText(const std::string& text,
                                                    const std::string& path, ImportLayer layer);

/// Resolves source field names against the layer's keys: explicit mapping first, then the
/// English key, the Chinese alias, then guesses. Throws std::runtime_error when an explicit
/// mapping names a column the source lacks.
ColumnMapping resolveColumns(ImportLayer layer, const std::vector<std::string>& sourceFields,
                             const std::map<std::string, std::string>& explicitMapping);

}  // namespace fangan
