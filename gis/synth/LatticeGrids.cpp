#include "gis/synth/LatticeGrids.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>

namespace fangan::synth {

namespace {

using Cell = std::pair<long, long>;  // (column, row) of the lattice

struct Group {
  GeosGeometry geometry;
  std::vector<Cell> cells;
  std::size_t buildings = 0;
  double area = 0;
  bool alive = true;
};

GeosGeometry cellPolygon(const GeosContext& geos, const Cell& c, double size) {
  GEOSContextHandle_t h = geos.handle();
  const double x0 = c.first * size, y0 = c.second * size;
  GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, 5, 2);
  const double xs[5] = {x0, x0 + size, x0 + size, x0, x0};
  const double ys[5] = {y0, y0, y0 + size, y0 + size, y0};
  for (unsigned k = 0; k < 5; ++k) GEOSCoordSeq_setXY_r(h, seq, k, xs[k], ys[k]);
  GEOSGeometry* shell = GEOSGeom_createLinearRing_r(h, seq);
  return geos.own(GEOSGeom_createPolygon_r(h, shell, nullptr, 0), "lattice cell");
}

double sharedBoundary(const GeosContext& geos, const GEOSGeometry* a, const GEOSGeometry* b) {
  GEOSContextHandle_t h = geos.handle();
  if (GEOSIntersects_r(h, a, b) != 1) return 0;
  GeosGeometry common = geos.own(GEOSIntersection_r(h, a, b), "shared boundary");
  double length = 0;
  GEOSLength_r(h, common.get(), &length);
  return length;
}

// Only the polygons of a clip result: where the area just touches a cell, GEOS adds the touching
// lines and points, which are no part of a grid.
GeosGeometry polygonal(const GeosContext& geos, GeosGeometry g) {
  GEOSContextHandle_t h = geos.handle();
  const int type = GEOSGeomTypeId_r(h, g.get());
  if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) return g;
  std::vector<GEOSGeometry*> parts;
  const int n = GEOSGetNumGeometries_r(h, g.get());
  for (int k = 0; k < n; ++k) {
    const GEOSGeometry* part = GEOSGetGeometryN_r(h, g.get(), k);
    if (GEOSGeomTypeId_r(h, part) == GEOS_POLYGON) parts.push_back(GEOSGeom_clone_r(h, part));
  }
  return geos.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, parts.data(),
                                              static_cast<unsigned>(parts.size())),
                  "polygon parts");
}

}  // namespace

std::vector<LatticeGrid> latticeGrids(const GeosContext& geos, const GEOSGeometry* area,
                                      const std::vector<MetricPoint>& points,
                                      const LatticeRules& rules, std::vector<int>& pointGrid) {
  GEOSContextHandle_t h = geos.handle();
  const double size = rules.cell;
  auto cellOf = [&](const MetricPoint& p) {
    return Cell{static_cast<long>(std::floor(p.x / size)),
                static_cast<long>(std::floor(p.y / size))};
  };

  // Occupied cells, each clipped to the area (std::map: a fixed order, whatever the input order).
  std::map<Cell, int> groupOfCell;
  std::vector<Group> groups;
  for (const auto& p : points) groupOfCell.emplace(cellOf(p), -1);
  for (auto& [cell, index] : groupOfCell) {
    Group g;
    GeosGeometry square = cellPolygon(geos, cell, size);
    g.geometry = polygonal(geos, geos.own(GEOSIntersection_r(h, square.get(), area), "clip cell"));
    GEOSArea_r(h, g.geometry.get(), &g.area);
    g.cells.push_back(cell);
    index = static_cast<int>(groups.size());
    groups.push_back(std::move(g));
  }
  for (const auto& p : points) ++groups[static_cast<size_t>(groupOfCell[cellOf(p)])].buildings;

  // Merge tiny groups, smallest first, into the 4-neighbour group they share most boundary
  // with, else into the nearest group.
  auto tiny = [&](const Group& g) {
    return g.buildings < rules.minBuildings || g.area < rules.minAreaShare * size * size;
  };
  for (bool merged = true; merged;) {
    merged = false;
    std::vector<int> order;
    for (size_t k = 0; k < groups.size(); ++k) {
      if (groups[k].alive && tiny(groups[k])) order.push_back(static_cast<int>(k));
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      return groups[static_cast<size_t>(a)].buildings < groups[static_cast<size_t>(b)].buildings;
    });
    for (int k : order) {
      Group& g = groups[static_cast<size_t>(k)];
      if (!g.alive || !tiny(g)) continue;
      int best = -1;
      int nearest = -1;
      double bestLength = 0;
      for (const Cell& c : g.cells) {
        const Cell around[4] = {{c.first + 1, c.second},
                                {c.first - 1, c.second},
                                {c.first, c.second + 1},
                                {c.first, c.second - 1}};
        for (const Cell& n : around) {
          auto it = groupOfCell.find(n);
          if (it == groupOfCell.end() || it->second == k) continue;
          const double length = sharedBoundary(
              geos, g.geometry.get(), groups[static_cast<size_t>(it->second)].geometry.get());
          if (length > bestLength) bestLength = length, best = it->second;
        }
      }
      // An isolated hamlet or mountain hut joins the nearest grid as a detached part, as a
      // remote house belongs to the nearest village's grid rather than to a grid of its own.
      double bestDistance = 0;
      for (size_t other = 0; best < 0 && other < groups.size(); ++other) {
        if (!groups[other].alive || static_cast<int>(other) == k) continue;
        double d = 0;
        GEOSDistance_r(h, g.geometry.get(), groups[other].geometry.get(), &d);
        if (nearest < 0 || d < bestDistance) bestDistance = d, nearest = static_cast<int>(other);
      }
      if (best < 0) best = nearest;
      if (best < 0) continue;
      Group& into = groups[static_cast<size_t>(best)];
      into.geometry = geos.own(GEOSUnion_r(h, into.geometry.get(), g.geometry.get()), "merge");
      into.buildings += g.buildings;
      into.area += g.area;
      for (const Cell& c : g.cells) {
        into.cells.push_back(c);
        groupOfCell[c] = best;
      }
      g.alive = false;
      g.geometry.reset();
      merged = true;
    }
  }

  // Number the survivors like text: lattice rows from the north, then west to east, each by
  // its first (north-western-most) cell.
  std::vector<int> alive;
  std::map<int, Cell> anchor;
  for (size_t k = 0; k < groups.size(); ++k) {
    if (!groups[k].alive) continue;
    alive.push_back(static_cast<int>(k));
    Cell a = groups[k].cells.front();
    for (const Cell& c : groups[k].cells) {
      if (c.second > a.second || (c.second == a.second && c.first < a.first)) a = c;
    }
    anchor[static_cast<int>(k)] = a;
  }
  std::sort(alive.begin(), alive.end(), [&](int a, int b) {
    const Cell& ca = anchor[a];
    const Cell& cb = anchor[b];
    return ca.second != cb.second ? ca.second > cb.second : ca.first < cb.first;
  });
  std::map<int, int> finalIndex;
  std::vector<LatticeGrid> out;
  for (int k : alive) {
    finalIndex[k] = static_cast<int>(out.size());
    out.push_back({std::move(groups[static_cast<size_t>(k)].geometry),
                   groups[static_cast<size_t>(k)].buildings});
  }
  pointGrid.clear();
  for (const auto& p : points) pointGrid.push_back(finalIndex[groupOfCell[cellOf(p)]]);
  return out;
}

}  // namespace fangan::synth
