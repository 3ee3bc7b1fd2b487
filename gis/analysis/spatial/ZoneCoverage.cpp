#include "gis/analysis/spatial/ZoneCoverage.h"

#include <algorithm>
#include <map>
#include <memory>
#include <unordered_map>

#include "gis/analysis/spatial/BuildingScan.h"
#include "gis/analysis/spatial/SurveyCheck.h"
#include "gis/geos/GeosContext.h"

namespace fangan {

namespace {

/// Thrown inside a worker to stop the scan; scanBuildings() rethrows it on the calling thread.
struct Cancelled {};

bool raised(const std::atomic<bool>* cancel) {
  return cancel && cancel->load(std::memory_order_relaxed);
}

/// All the scan keeps of a building: 16 bytes, so a million buildings take 16 MB.
struct BuildingCheck {
  std::int64_t id = 0;
  bool checked = false;
};

class CheckSink : public BuildingSink {
 public:
  CheckSink(const SurveyEvidence& evidence, const std::atomic<bool>* cancel)
      : evidence_(evidence), cancel_(cancel) {}

  void begin() override {
    context_ = std::make_unique<GeosContext>();
    checker_ = std::make_unique<SurveyChecker>(*context_, evidence_);
  }

  void consume(const std::vector<BuildingItem>& batch) override {
    if (raised(cancel_)) throw Cancelled{};
    for (const auto& item : batch) {
      bool unreadable = false;
      const CheckedBy by = checker_->check(item.record, item.footprint, &unreadable);
      if (unreadable) ++unreadable_;
      out_.push_back({item.record.id, by != CheckedBy::None});
    }
  }

  const SurveyEvidence& evidence_;
  const std::atomic<bool>* cancel_;
  std::unique_ptr<GeosContext> context_;
  std::unique_ptr<SurveyChecker> checker_;
  std::vector<BuildingCheck> out_;
  std::int64_t unreadable_ = 0;
};

void count(CoverageRow& row, bool checked) {
  ++row.total;
  if (checked) ++row.checked;
}

/// Every building's check, sorted by id; empty, with `report.cancelled` set, when cancelled.
std::vector<BuildingCheck> checkBuildings(const ProjectStore& store,
                                          const ZoneCoverageOptions& options,
                                          ZoneCoverageReport& report) {
  const SurveyEvidence evidence = SurveyEvidence::load(store);
  std::vector<std::unique_ptr<CheckSink>> sinks;
  std::vector<BuildingSink*> raw;
  for (int i = 0; i < analysisThreadCount(options.threads); ++i) {
    sinks.push_back(std::make_unique<CheckSink>(evidence, options.cancel));
    raw.push_back(sinks.back().get());
  }
  try {
    report.buildings = scanBuildings(store, raw);
  } catch (const Cancelled&) {
    report.cancelled = true;
    return {};
  }
  std::vector<BuildingCheck> all;
  std::size_t size = 0;
  for (const auto& s : sinks) size += s->out_.size();
  all.reserve(size);
  for (auto& s : sinks) {
    all.insert(all.end(), s->out_.begin(), s->out_.end());
    report.unreadableBuildings += s->unreadable_;
    s->out_ = {};  // free as we go: the merged copy is the only one kept
  }
  // Each worker took whole batches in id order, so this is a merge of sorted runs in practice.
  std::sort(all.begin(), all.end(),
            [](const BuildingCheck& a, const BuildingCheck& b) { return a.id < b.id; });
  return all;
}

}  // namespace

bool biggerCoverageGap(const CoverageRow& a, const CoverageRow& b) {
  if (a.unchecked() != b.unchecked()) return a.unchecked() > b.unchecked();
  // A rate above 1 for "no buildings" puts those areas after the fully checked ones.
  return a.rate().value_or(2.0) < b.rate().value_or(2.0);
}

ZoneCoverageReport computeZoneCoverage(const ProjectStore& store,
                                       const ZoneCoverageOptions& options) {
  ZoneCoverageReport report;
  report.inAnyZone.area = "*";

  // Zones are the small side: rows for all of them, types numbered in key order.
  std::unordered_map<std::int64_t, std::size_t> rowOfZone;
  std::map<std::string, std::size_t> typeIndex;
  store.forEachZone([&](const ZoneRecord& z, const Wkb&) {
    rowOfZone[z.id] = report.zones.size();
    ZoneCoverageRow row;
    row.zoneId = z.id;
    row.type = z.type;
    row.name = z.name;
    row.coverage.area = z.name;
    report.zones.push_back(std::move(row));
    typeIndex[z.type] = 0;
    return true;
  });
  for (auto& [type, index] : typeIndex) {
    index = report.byType.size();
    report.byType.push_back(CoverageRow{type, 0, 0});
  }
  std::vector<std::size_t> typeOfRow(report.zones.size());
  for (std::size_t i = 0; i < report.zones.size(); ++i) {
    typeOfRow[i] = typeIndex[report.zones[i].type];
  }

  // Without zones or links every figure is zero: skip reading a million buildings for that.
  bool anyLink = false;
  store.forEachBuildingZone([&](std::int64_t, std::int64_t) {
    anyLink = true;
    return false;
  });
  if (anyLink && !report.zones.empty()) {
    const std::vector<BuildingCheck> checks = checkBuildings(store, options, report);
    if (report.cancelled) return report;

    // The links come in building order, so one building's zones arrive together: its zone types
    // are collected and counted once each when the next building starts.
    std::size_t cursor = 0;
    std::int64_t current = 0;
    bool started = false, known = false, checked = false;
    std::vector<std::size_t> types;
    const auto finishBuilding = [&] {
      if (types.empty()) return;
      std::sort(types.begin(), types.end());
      types.erase(std::unique(types.begin(), types.end()), types.end());
      for (const auto t : types) count(report.byType[t], checked);
      count(report.inAnyZone, checked);
      types.clear();
    };
    store.forEachBuildingZone([&](std::int64_t building, std::int64_t zone) {
      // Polling every link would cost more than the count itself; every 64k is a few ms apart.
      if ((++report.links & 0xFFFF) == 0 && raised(options.cancel)) {
        report.cancelled = true;
        return false;
      }
      if (!started || building != current) {
        finishBuilding();
        started = true;
        current = building;
        while (cursor < checks.size() && checks[cursor].id < building) ++cursor;
        known = cursor < checks.size() && checks[cursor].id == building;
        checked = known && checks[cursor].checked;
      }
      // A link to a building or zone that no longer exists (the join is older) counts nowhere.
      if (!known) return true;
      const auto row = rowOfZone.find(zone);
      if (row == rowOfZone.end()) return true;
      count(report.zones[row->second].coverage, checked);
      types.push_back(typeOfRow[row->second]);
      return true;
    });
    finishBuilding();
    if (report.cancelled) return report;
  }

  std::stable_sort(report.zones.begin(), report.zones.end(),
                   [](const ZoneCoverageRow& a, const ZoneCoverageRow& b) {
                     if (a.type != b.type) return a.type < b.type;
                     if (biggerCoverageGap(a.coverage, b.coverage)) return true;
                     if (biggerCoverageGap(b.coverage, a.coverage)) return false;
                     return a.zoneId < b.zoneId;
                   });
  return report;
}

}  // namespace fangan
