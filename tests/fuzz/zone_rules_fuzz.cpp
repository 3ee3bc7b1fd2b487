// Fuzz target `zone_rules`: a zones.rules file (gis/analysis/spatial/ZoneRules.h). Input: the
// file's text. Invariants: a file either loads or fails with ZoneRulesError; every loaded rule
// keeps the documented ranges and gives its parameters as JSON.

#include "FuzzTarget.h"
#include "gis/analysis/spatial/ZoneRules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fangan;
  ZoneRules rules;
  try {
    rules = parseZoneRules(fuzz::text(data, size), "fuzz.rules");
  } catch (const ZoneRulesError&) {
    return 0;
  }
  for (const ZoneRule& rule : rules.rules) {
    if (rule.method == ZoneMethod::Slope) {
      fuzz::check(rule.thresholdDegrees > 0 && rule.thresholdDegrees < 90, "slope in (0, 90)");
      fuzz::check(rule.minArea >= 0, "min_area not negative");
      fuzz::check(rule.categories.empty(), "slope rules have no categories");
    } else {
      fuzz::check(rule.distance > 0 && rule.distance <= 5000, "distance in (0, 5000]");
      fuzz::check(rule.segments >= 1 && rule.segments <= 64, "segments in 1–64");
      fuzz::check(!rule.categories.empty(), "buffer/corridor rules have categories");
    }
    const std::string json = ruleParamsJson(rule, "dem.tif");
    fuzz::check(!json.empty() && json.front() == '{' && json.back() == '}',
                "params are a JSON object");
  }
  std::size_t total = 0;
  for (const std::string& type : rules.types()) total += rules.forType(type).size();
  fuzz::check(total == rules.rules.size(), "every rule belongs to one type");
  return 0;
}
