#include "gis/analysis/spatial/DerivedZones.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "gis/analysis/spatial/SlopeZones.h"
#include "gis/geos/GeosContext.h"
#include "gis/io/Json.h"

namespace fangan {

namespace {

const char* kSourcePrefixImport = "import:";

/// FNV-1a, 64 bit: a cheap fingerprint of what a rule read, not a security hash.
class Digest {
 public:
  void add(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
      hash_ ^= p[i];
      hash_ *= 1099511628211ULL;
    }
  }
  void add(const std::string& s) {
    add(s.data(), s.size());
    add("\x1f", 1);  // separator, so "ab"+"c" and "a"+"bc" differ
  }
  void add(std::int64_t v) { add(&v, sizeof v); }
  std::string hex() const {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash_));
    return buf;
  }

 private:
  std::uint64_t hash_ = 1469598103934665603ULL;
};

ProjectLayer layerOf(const ZoneRule& rule) {
  return rule.method == ZoneMethod::Buffer ? ProjectLayer::Pois : ProjectLayer::Lines;
}

bool selects(const ZoneRule& rule, const std::string& category) {
  return std::find(rule.categories.begin(), rule.categories.end(), category) !=
         rule.categories.end();
}

/// Parameters + inputs of a type's rules: equal signatures mean equal zones.
std::string typeSignature(const ProjectStore& store, const std::vector<ZoneRule>& rules,
                          const std::string& demPath) {
  Json params = Json::array();
  Digest input;
  for (const auto& rule : rules) {
    params.push_back(ruleParams(rule, demPath));
    if (rule.method == ZoneMethod::Slope) {
      // A DEM is large: its size and modification time stand in for its content.
      std::error_code ec;
      input.add(demPath);
      input.add(static_cast<std::int64_t>(std::filesystem::file_size(demPath, ec)));
      const auto t = std::filesystem::last_write_time(demPath, ec);
      input.add(static_cast<std::int64_t>(t.time_since_epoch().count()));
      input.add(static_cast<std::int64_t>(store.srid()));
    } else {
      store.forEachSource(layerOf(rule), [&](const SourceFeature& f, const Wkb& g) {
        if (!selects(rule, f.category)) return true;
        input.add(f.id);
        input.add(f.category);
        input.add(f.name);
        input.add(g.data(), g.size());
        return true;
      });
    }
  }
  return jsonText(Json{{"rules", params}, {"input", input.hex()}});
}

std::string signatureKey(const std::string& type) { return "zones.signature." + type; }

struct ExistingZones {
  std::int64_t derived = 0;
  std::vector<std::pair<ZoneRecord, Wkb>> imported;
};

std::map<std::string, ExistingZones> existingZones(const ProjectStore& store) {
  std::map<std::string, ExistingZones> out;
  store.forEachZone([&](const ZoneRecord& z, const Wkb& g) {
    auto& e = out[z.type];
    if (z.source.rfind(kSourcePrefixImport, 0) == 0) {
      e.imported.emplace_back(z, g);
    } else {
      ++e.derived;
    }
    return true;
  });
  return out;
}

/// Deletes a type's derived zones. The store can only delete a whole type, so the imported ones
/// are put back (with new ids; their building links are rebuilt by the zone join anyway).
std::int64_t deleteDerived(ProjectStore& store, const std::string& type,
                           const ExistingZones& existing) {
  (void)existing;
  return store.deleteDerivedZones(type);
}

std::string slopeName(const ZoneRule& rule) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "坡度≥%g°", rule.thresholdDegrees);
  return buf;
}

}  // namespace

std::vector<DerivedZone> bufferZones(const ProjectStore& store, const ZoneRule& rule) {
  std::vector<DerivedZone> out;
  if (rule.method == ZoneMethod::Slope) return out;
  GeosContext context;
  const auto h = context.handle();
  const std::string params = ruleParamsJson(rule);
  const std::string source = rule.method == ZoneMethod::Buffer ? "derived:pois" : "derived:lines";
  store.forEachSource(layerOf(rule), [&](const SourceFeature& f, const Wkb& g) {
    if (!selects(rule, f.category)) return true;
    GeosGeometry geometry(nullptr, GeosGeometryDeleter{h});
    try {
      geometry = context.read(g);
    } catch (const GeosError&) {
      return true;  // the importer validated sources; an unreadable one makes no zone
    }
    // Round caps and joins: the surroundings of a point are a disc, and consecutive road
    // segments then join without gaps or spikes.
    GeosGeometry zone =
        context.own(GEOSBuffer_r(h, geometry.get(), rule.distance, rule.segments), "缓冲区");
    if (GEOSisEmpty_r(h, zone.get())) return true;
    DerivedZone z;
    z.record.type = rule.type;
    z.record.name = f.name.empty() ? f.category : f.name;
    z.record.source = source;
    z.record.params = params;
    z.polygon = context.writeMultiPolygon(zone.get());
    out.push_back(std::move(z));
    return true;
  });
  return out;
}

DerivedZoneReport rebuildDerivedZones(ProjectStore& store, const ZoneRules& rules,
                                      const DerivedZoneOptions& options) {
  auto existing = existingZones(store);
  std::vector<std::string> types = rules.types();
  for (const auto& [type, e] : existing) {
    if (std::find(types.begin(), types.end(), type) == types.end()) types.push_back(type);
  }

  DerivedZoneReport report;
  for (const auto& type : types) {
    const ExistingZones& before = existing[type];
    ZoneTypeRebuild t;
    t.type = type;
    t.imported = static_cast<std::int64_t>(before.imported.size());
    const auto typeRules = rules.forType(type);
    if (typeRules.empty()) {
      if (before.derived > 0) {
        t.deleted = deleteDerived(store, type, before);
        t.action = "removed";
        t.note = "规则文件中已没有此类型";
        store.setSetting(signatureKey(type), "");
      } else {
        t.action = "unchanged";
      }
      report.types.push_back(t);
      continue;
    }
    const bool needsDem = std::any_of(typeRules.begin(), typeRules.end(), [](const ZoneRule& r) {
      return r.method == ZoneMethod::Slope;
    });
    if (needsDem && options.demPath.empty()) {
      t.action = "skipped";
      t.derived = before.derived;
      t.note = "没有 DEM";
      t.needsDem = true;
      report.types.push_back(t);
      continue;
    }
    const std::string signature = typeSignature(store, typeRules, options.demPath);
    if (!options.force && store.setting(signatureKey(type)).value_or("") == signature) {
      t.action = "unchanged";
      t.derived = before.derived;
      report.types.push_back(t);
      continue;
    }
    t.deleted = before.derived > 0 ? deleteDerived(store, type, before) : 0;
    for (const auto& rule : typeRules) {
      if (rule.method != ZoneMethod::Slope) {
        for (const auto& z : bufferZones(store, rule)) {
          store.insertZone(z.record, z.polygon);
          ++t.derived;
        }
        continue;
      }
      SlopeZoneOptions so;
      so.thresholdDegrees = rule.thresholdDegrees;
      so.minArea = rule.minArea;
      const SlopeZoneResult slope = slopeZones(options.demPath, store.srid(), so);
      ZoneRecord record;
      record.type = rule.type;
      record.name = slopeName(rule);
      record.source = "derived:dem";
      record.params = ruleParamsJson(rule, options.demPath);
      for (const auto& polygon : slope.polygons) {
        store.insertZone(record, polygon);
        ++t.derived;
      }
      char note[160];
      std::snprintf(note, sizeof note, "栅格 %.1f×%.1f m%s, 陡坡栅格 %lld, 小于最小面积舍去 %lld",
                    slope.cellWidth, slope.cellHeight, slope.warped ? " (已投影到项目坐标系)" : "",
                    static_cast<long long>(slope.steepCells),
                    static_cast<long long>(slope.droppedSmall));
      t.note = note;
    }
    store.setSetting(signatureKey(type), signature);
    t.action = "rebuilt";
    report.types.push_back(t);
  }
  return report;
}

}  // namespace fangan
