#include "gis/patrol/PatrolPlan.h"

#include <ogr_geometry.h>

#include <memory>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "gis/analysis/ResurveyOrder.h"
#include "gis/analysis/SpotCheck.h"
#include "gis/patrol/DayPlanner.h"
#include "gis/patrol/RoadNetwork.h"
#include "gis/patrol/RouteOrder.h"
#include "gis/patrol/TravelDistances.h"
#include "gis/store/BuildingZoneTypes.h"

namespace fangan {

namespace {

// The representative point of a footprint: its centroid, else the middle of its envelope.
std::optional<RoutePoint> centreOf(const Wkb& wkb) {
  if (wkb.empty()) return std::nullopt;
  OGRGeometry* g = nullptr;
  if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &g, wkb.size()) != OGRERR_NONE || !g) {
    return std::nullopt;
  }
  std::unique_ptr<OGRGeometry> owned(g);
  if (g->IsEmpty()) return std::nullopt;
  OGRPoint c;
  if (g->Centroid(&c) == OGRERR_NONE && !c.IsEmpty()) return RoutePoint{c.getX(), c.getY()};
  OGREnvelope e;
  g->getEnvelope(&e);
  return RoutePoint{(e.MinX + e.MaxX) / 2, (e.MinY + e.MaxY) / 2};
}

// The due buildings of one grid as the scan finds them, before ranking.
struct GridBucket {
  GridRecord record;
  std::optional<RoutePoint> centre;  // of the grid polygon: stand-in for a footprint without one
  std::vector<BuildingRecord> records;
  std::vector<std::optional<RoutePoint>> locations;
};

DayRoute routeDay(const GridPlan& plan, int day, const Date& date,
                  const std::vector<std::size_t>& stops, const TravelDistances& travel,
                  bool withLine) {
  DayRoute route;
  route.day = day;
  route.date = date;
  if (stops.empty()) return route;
  // Node 0 is the office when there is one, else the day's most urgent stop; nodes then follow
  // the priority order, so the identity order is "visit in priority order".
  std::vector<RoutePoint> points;
  if (plan.office) points.push_back(*plan.office);
  for (const std::size_t s : stops) points.push_back(plan.locations[s]);
  const DistanceMatrix d = travel.matrix(points);
  std::vector<std::size_t> identity(points.size());
  std::iota(identity.begin(), identity.end(), std::size_t{0});
  const std::vector<std::size_t> order = shortRoute(d);
  route.length = pathLength(d, order);
  route.priorityOrderLength = pathLength(d, identity);
  const std::size_t first = plan.office ? 1 : 0;
  for (const std::size_t node : order) {
    if (node >= first) route.stops.push_back(stops[node - first]);
  }
  if (withLine) {
    route.line.push_back(points[order[0]]);
    for (std::size_t k = 1; k < order.size(); ++k) {
      const std::vector<RoutePoint> leg = travel.leg(points[order[k - 1]], points[order[k]]);
      route.line.insert(route.line.end(), leg.begin() + 1, leg.end());
    }
  }
  return route;
}

}  // namespace

std::size_t GridPlan::scheduledCount() const {
  std::size_t n = 0;
  for (const auto& d : days) n += d.stops.size();
  return n;
}

double GridPlan::totalLength() const {
  double t = 0;
  for (const auto& d : days) t += d.length;
  return t;
}

double GridPlan::totalPriorityOrderLength() const {
  double t = 0;
  for (const auto& d : days) t += d.priorityOrderLength;
  return t;
}

PatrolPlan planPatrols(const ProjectStore& store, const PatrolPlanOptions& options) {
  if (!options.rules) throw PatrolPlanError("内部错误: 未提供优先级规则");
  if (options.days < 1) throw PatrolPlanError("巡查天数应至少为1");
  if (!options.grid.empty() && !options.town.empty()) {
    throw PatrolPlanError("巡查范围只能是一个网格或一个镇街，不能同时指定");
  }
  PatrolPlan plan;
  plan.srid = store.srid();
  plan.start = options.start;
  plan.days = options.days;

  // Grids of the plan. Buildings may name a grid the grids layer does not hold (imported
  // ledgers): such a grid is planned with the default capacity and no manager.
  std::map<std::string, GridBucket> buckets;
  std::map<std::string, std::pair<GridRecord, std::optional<RoutePoint>>> layer;
  store.forEachGrid([&](const GridRecord& g, const Wkb& wkb) {
    layer[g.grid] = {g, centreOf(wkb)};
    return true;
  });
  auto takeGrid = [&](const std::string& id) -> GridBucket& {
    auto it = buckets.find(id);
    if (it != buckets.end()) return it->second;
    GridBucket& b = buckets[id];
    auto l = layer.find(id);
    if (l != layer.end()) {
      b.record = l->second.first;
      b.centre = l->second.second;
    } else {
      b.record.grid = id;
    }
    return b;
  };
  for (const auto& [id, entry] : layer) {
    const bool wanted =
        options.grid.empty() && options.town.empty()
            ? true
            : (!options.grid.empty() ? id == options.grid : entry.first.town == options.town);
    if (wanted) takeGrid(id);
  }

  // One pass over the buildings keeps only what the plan needs (a district holds a million
  // records; the plan needs a fraction): the due buildings of the planned grids, and for the
  // spot-check draw the eligible records. The sample is the district's (every town's eligible
  // buildings), so a grid's share is the same whichever part of the district is planned; its
  // drawn buildings that are not due otherwise wait in `candidates` until the draw.
  const bool sampling = options.sampleSeed.has_value();
  std::vector<BuildingRecord> eligible;
  struct SpotCandidate {
    GridBucket* bucket;  // nullptr: in scope but without a grid
    BuildingRecord record;
    std::optional<RoutePoint> location;
  };
  std::vector<SpotCandidate> candidates;
  bool anyInScope = false;
  // Buildings of towns ordered to re-survey stay due until a survey follows the order.
  const std::set<std::string> resurvey = openResurveyCodes(store);
  store.forEachBuilding([&](const BuildingRecord& b, const Wkb& footprint) {
    const bool spotEligible = sampling && isSpotCheckEligible(b, SpotCheckScope::CommercialOnly);
    // The sample size counts the town's whole base, not only the drawable pool.
    if (sampling && isSpotCheckBase(b, SpotCheckScope::CommercialOnly)) eligible.push_back(b);
    GridBucket* bucket = nullptr;
    if (!options.grid.empty()) {
      if (b.grid != options.grid) return true;
      bucket = &takeGrid(b.grid);
    } else {
      const bool inTown = options.town.empty() || b.town == options.town;
      auto it = buckets.find(b.grid);
      if (it != buckets.end()) {
        bucket = &it->second;
      } else if (inTown && !b.grid.empty() && layer.count(b.grid) == 0) {
        bucket = &takeGrid(b.grid);
      } else if (!inTown || !b.grid.empty()) {
        return true;  // another town's grid
      }
    }
    anyInScope = true;
    if (dueReasons(b, options.start, false, resurvey.count(b.code) > 0).empty()) {
      if (spotEligible)
        candidates.push_back({bucket, b, bucket ? centreOf(footprint) : std::nullopt});
      return true;
    }
    if (!bucket) {
      ++plan.unassignedDue;
      return true;
    }
    bucket->records.push_back(b);
    bucket->locations.push_back(centreOf(footprint));
    return true;
  });

  std::set<std::string> sampled;
  if (sampling) {
    SpotCheckOptions so;
    so.seed = *options.sampleSeed;
    so.rate = options.sampleRate;
    try {
      for (const auto& town : drawSpotCheckSample(eligible, so).towns) {
        sampled.insert(town.codes.begin(), town.codes.end());
      }
    } catch (const std::invalid_argument&) {
      throw PatrolPlanError("抽查比例应在0.10与1之间（种子004：不少于10%）");
    }
    eligible.clear();
    for (auto& c : candidates) {
      if (!sampled.count(c.record.code)) continue;
      if (!c.bucket) {
        ++plan.unassignedDue;
        continue;
      }
      c.bucket->records.push_back(std::move(c.record));
      c.bucket->locations.push_back(c.location);
    }
  }
  if (buckets.empty() && !anyInScope) {
    if (!options.grid.empty()) throw PatrolPlanError("网格不存在: " + options.grid);
    if (!options.town.empty()) throw PatrolPlanError("镇街不存在或没有网格: " + options.town);
  }

  // Key-zone membership of the due buildings only.
  std::unordered_set<std::int64_t> dueIds;
  for (const auto& [id, bucket] : buckets) {
    for (const auto& r : bucket.records) dueIds.insert(r.id);
  }
  const std::unordered_map<std::int64_t, std::vector<std::string>> zoneTypes =
      zoneTypesOfBuildings(store, dueIds);

  RoadNetwork network;
  if (options.useRoads) network = RoadNetwork::fromStore(store, options.snapTolerance);
  plan.onRoads = !network.empty();
  plan.roadNodes = plan.onRoads ? network.nodeCount() : 0;
  StraightLineDistances straight;
  std::unique_ptr<RoadDistances> roads;
  if (plan.onRoads) roads = std::make_unique<RoadDistances>(network);
  const TravelDistances& travel =
      plan.onRoads ? static_cast<const TravelDistances&>(*roads) : straight;

  DueOptions dueOptions;
  dueOptions.today = options.start;
  dueOptions.spotCheckCodes = sampled;
  dueOptions.resurveyCodes = resurvey;
  dueOptions.rules = options.rules;
  dueOptions.zoneTypesOf = [&](const BuildingRecord& r) {
    auto it = zoneTypes.find(r.id);
    return it == zoneTypes.end() ? std::vector<std::string>{} : it->second;
  };

  for (auto& [id, bucket] : buckets) {
    GridPlan g;
    g.grid = bucket.record;
    g.capacity = effectiveCapacity(bucket.record.capacityPerDay);
    auto office = options.offices.find(id);
    if (office != options.offices.end()) {
      g.office = office->second;
    } else if (options.office) {
      g.office = options.office;
    }
    g.due = selectDue(bucket.records, dueOptions);
    for (const auto& d : g.due) {
      // A footprint without a usable geometry is placed at its grid's centre (or the office),
      // so it still gets a day; the audit lists the geometry itself.
      RoutePoint p = bucket.locations[d.input].value_or(
          bucket.centre.value_or(g.office.value_or(RoutePoint{})));
      g.locations.push_back(p);
      if (d.hasReason(DueReasonKind::SpotCheck)) ++plan.spotChecks;
    }
    const DaySchedule schedule = planDays(g.due.size(), options.days, g.capacity);
    for (std::size_t k = 0; k < schedule.days.size(); ++k) {
      const int day = static_cast<int>(k) + 1;
      g.days.push_back(routeDay(g, day, options.start.plusDays(day - 1), schedule.days[k], travel,
                                options.routeLines));
    }
    g.unscheduled = schedule.unscheduled;
    plan.grids.push_back(std::move(g));
  }
  return plan;
}

}  // namespace fangan
