#pragma once
// Which source categories make which key-zone type (重点区域, docs/rules.md#key-zones:
// surroundings of schools, labour-intensive enterprises, hospitals and big construction projects,
// both sides of railways and roads, slope building clusters, markets, …) and with which distance.
// The campaign documents name the zones but give no distances: the defaults in
// data/rules/zones.rules are Fangan's, documented there, and an office edits that file. Format
// (also at the top of that file):
//   # comment                 ('#' as first non-blank character; blank lines ignored)
//   <type> <method> <categories> <value> [key=value ...]
// type: a key-zone type of keyZoneTypes(). method: `buffer` (around POIs, points or polygons,
// value = distance in metres), `corridor` (along lines, value = metres on each side) or `slope`
// (DEM cells whose slope ≥ value degrees; categories must be `-`). categories: comma-separated
// source categories as imported (compared lower-case; Chinese allowed), no spaces. Options:
// segments=N (buffer/corridor: segments per quarter circle, 1–64, default 8) and min_area=M
// (slope: smallest polygon kept, m², default 2000; holes smaller than that are filled).
// A type may have several lines (rail_road: railways 50 m, main roads 30 m); a category may
// appear only once per type. Errors stop loading with "<file>:<line>: <reason>".

#include <nlohmann/json_fwd.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace fangan {

/// How a zone is derived.
enum class ZoneMethod { Buffer, Corridor, Slope };

/// One line of the rules file.
struct ZoneRule {
  std::string type;
  ZoneMethod method = ZoneMethod::Buffer;
  std::vector<std::string> categories;  ///< normalised (lower-case ASCII, trimmed)
  double distance = 0;                  ///< buffer/corridor: metres
  int segments = 8;                     ///< buffer/corridor: segments per quarter circle
  double thresholdDegrees = 0;          ///< slope: cells at or above this slope
  double minArea = 2000;                ///< slope: m²
  int line = 0;                         ///< line in the rules file, for messages
};

/// A parsed rules file, in file order.
struct ZoneRules {
  std::vector<ZoneRule> rules;
  std::string source;  ///< file the rules came from (for messages and settings)

  /// Zone types with at least one rule, in first-appearance order.
  std::vector<std::string> types() const;
  /// The rules of one type, in file order.
  std::vector<ZoneRule> forType(const std::string& type) const;
};

/// A rules file that cannot be used; the message names the file and line.
class ZoneRulesError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The key-zone type keys (docs/rules.md#key-zones: school … geohazard).
const std::vector<std::string>& keyZoneTypes();
/// "buffer", "corridor" or "slope".
std::string zoneMethodName(ZoneMethod method);

/// Parses rules text; `sourceName` prefixes error messages.
ZoneRules parseZoneRules(const std::string& text, const std::string& sourceName);
/// Reads and parses a rules file.
ZoneRules loadZoneRules(const std::string& path);
/// data/rules/zones.rules of the installation.
std::string defaultZoneRulesPath();

/// The derivation parameters of one rule as the JSON object stored in each zone's `params`
/// (e.g. {"method":"buffer","layer":"pois","categories":["school"],"distance_m":200,
/// "segments":8}); slope rules add the DEM path. Keys in a fixed order, so equal rules give
/// equal text.
std::string ruleParamsJson(const ZoneRule& rule, const std::string& demPath = "");
/// The same object as a document, for callers that put it inside a larger one.
nlohmann::ordered_json ruleParams(const ZoneRule& rule, const std::string& demPath = "");

}  // namespace fangan
