#include "gis/store/RtreePacking.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace fangan {
namespace {

constexpr int kHeaderBytes = 4;
constexpr int kCellBytes = 8 + 4 * 4;  // id, then min x, max x, min y, max y

// A box as the module stores it: floats, min rounded down and max rounded up, so that the stored
// box always holds the true one. A value a float does not hold exactly is scaled by 1 ∓ 2^-23
// towards the outside before it is rounded to the nearest float, as the module does for rows
// it inserts itself: a packed tree answers every query as one built row by row would.
struct FloatBox {
  float minX, maxX, minY, maxY;
};

constexpr double kTowardsZero = 1.0 - 1.0 / 8388608.0;
constexpr double kAwayFromZero = 1.0 + 1.0 / 8388608.0;

float down(double v) {
  const auto f = static_cast<float>(v);
  if (static_cast<double>(f) <= v) return f;
  return static_cast<float>(v * (v < 0 ? kAwayFromZero : kTowardsZero));
}

float up(double v) {
  const auto f = static_cast<float>(v);
  if (static_cast<double>(f) >= v) return f;
  return static_cast<float>(v * (v < 0 ? kTowardsZero : kAwayFromZero));
}

void putInt64(unsigned char* p, std::int64_t v) {
  const auto u = static_cast<std::uint64_t>(v);
  for (int i = 0; i < 8; ++i) p[i] = static_cast<unsigned char>(u >> (56 - 8 * i));
}

void putFloat(unsigned char* p, float f) {
  std::uint32_t u = 0;
  std::memcpy(&u, &f, 4);
  for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>(u >> (24 - 8 * i));
}

struct Cell {
  std::int64_t id;  // a row id in a leaf, a node number above
  FloatBox box;
};

double centreX(const Cell& c) { return (static_cast<double>(c.box.minX) + c.box.maxX) * 0.5; }
double centreY(const Cell& c) { return (static_cast<double>(c.box.minY) + c.box.maxY) * 0.5; }

// Sort-Tile-Recursive order: vertical slices of about sqrt(n / perNode) nodes each by x, each
// slice by y. Consecutive runs of perNode cells then make compact nodes.
void strOrder(std::vector<Cell>& cells, std::size_t perNode) {
  std::sort(cells.begin(), cells.end(),
            [](const Cell& a, const Cell& b) { return centreX(a) < centreX(b); });
  const std::size_t nodes = (cells.size() + perNode - 1) / perNode;
  const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
  const std::size_t perSlice = std::max<std::size_t>(1, (nodes + slices - 1) / slices) * perNode;
  for (std::size_t from = 0; from < cells.size(); from += perSlice) {
    const auto to = static_cast<std::ptrdiff_t>(std::min(cells.size(), from + perSlice));
    std::sort(cells.begin() + static_cast<std::ptrdiff_t>(from), cells.begin() + to,
              [](const Cell& a, const Cell& b) { return centreY(a) < centreY(b); });
  }
}

std::vector<unsigned char> nodeData(const Cell* cells, std::size_t count, int nodeSize, int depth) {
  std::vector<unsigned char> data(static_cast<std::size_t>(nodeSize), 0);
  data[0] = static_cast<unsigned char>(depth >> 8);
  data[1] = static_cast<unsigned char>(depth & 0xff);
  data[2] = static_cast<unsigned char>(count >> 8);
  data[3] = static_cast<unsigned char>(count & 0xff);
  for (std::size_t i = 0; i < count; ++i) {
    unsigned char* p = data.data() + kHeaderBytes + i * kCellBytes;
    putInt64(p, cells[i].id);
    putFloat(p + 8, cells[i].box.minX);
    putFloat(p + 12, cells[i].box.maxX);
    putFloat(p + 16, cells[i].box.minY);
    putFloat(p + 20, cells[i].box.maxY);
  }
  return data;
}

FloatBox unionOf(const Cell* cells, std::size_t count) {
  FloatBox b = cells[0].box;
  for (std::size_t i = 1; i < count; ++i) {
    b.minX = std::min(b.minX, cells[i].box.minX);
    b.maxX = std::max(b.maxX, cells[i].box.maxX);
    b.minY = std::min(b.minY, cells[i].box.minY);
    b.maxY = std::max(b.maxY, cells[i].box.maxY);
  }
  return b;
}

}  // namespace

PackedRtree packRtree(std::vector<RtreeEntry> entries, int nodeSize) {
  const auto perNode = static_cast<std::size_t>((nodeSize - kHeaderBytes) / kCellBytes);
  PackedRtree tree;
  std::vector<Cell> level;
  level.reserve(entries.size());
  for (const RtreeEntry& e : entries) {
    level.push_back({e.id, {down(e.minX), up(e.maxX), down(e.minY), up(e.maxY)}});
  }
  entries = {};
  if (perNode < 2 || level.size() <= perNode) {
    // One leaf: the root itself.
    for (const Cell& c : level) tree.rowids.emplace_back(c.id, 1);
    std::sort(tree.rowids.begin(), tree.rowids.end());
    tree.nodes.emplace_back(1, nodeData(level.data(), level.size(), nodeSize, 0));
    return tree;
  }
  // Levels from the leaves up; the root (node 1) is written last, the others numbered from 2.
  std::int64_t nextNode = 2;
  int depth = 0;
  while (level.size() > perNode) {
    strOrder(level, perNode);
    std::vector<Cell> above;
    for (std::size_t from = 0; from < level.size(); from += perNode) {
      const std::size_t count = std::min(perNode, level.size() - from);
      const Cell* cells = level.data() + from;
      const std::int64_t node = nextNode++;
      tree.nodes.emplace_back(node, nodeData(cells, count, nodeSize, 0));
      for (std::size_t i = 0; i < count; ++i) {
        if (depth == 0) {
          tree.rowids.emplace_back(cells[i].id, node);
        } else {
          tree.parents.emplace_back(cells[i].id, node);
        }
      }
      above.push_back({node, unionOf(cells, count)});
    }
    level = std::move(above);
    ++depth;
  }
  tree.nodes.emplace_back(1, nodeData(level.data(), level.size(), nodeSize, depth));
  for (const Cell& c : level) tree.parents.emplace_back(c.id, 1);
  // In key order: the shadow tables are then written by appending.
  std::sort(tree.nodes.begin(), tree.nodes.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::sort(tree.rowids.begin(), tree.rowids.end());
  std::sort(tree.parents.begin(), tree.parents.end());
  return tree;
}

}  // namespace fangan
