#pragma once
// A packed R-tree (Sort-Tile-Recursive bulk load) over the bounding boxes of a layer snapshot.
// Built once when a layer is loaded, then only queried, so it can be packed: every node is full
// and all nodes live in one contiguous vector, level after level, root last.

#include <cstdint>
#include <optional>
#include <vector>

#include "gis/model/Geometry.h"

namespace fangan {

class SpatialIndex {
 public:
  /// Children per node. 16 keeps a node's boxes within a few cache lines.
  static constexpr int kNodeCapacity = 16;

  /// An empty index.
  SpatialIndex() = default;
  /// Indexes `boxes`; item i is boxes[i]. Empty boxes are left out (they meet nothing).
  explicit SpatialIndex(const std::vector<Extent>& boxes);

  /// Number of indexed items.
  std::size_t size() const { return itemCount_; }

  /// Calls `visit(int item)` for every item whose box meets `box` (touching counts), in no
  /// particular order; stops early when `visit` returns false.
  template <typename Visitor>
  void query(const Extent& box, Visitor&& visit) const;

  /// Items whose box meets `box`, ascending.
  std::vector<int> query(const Extent& box) const;

  /// Appends the packed nodes to `out` (the map cache stores the index, docs/rules.md#map-cache).
  void appendTo(std::vector<unsigned char>& out) const;
  /// Reads an index written by appendTo(). std::nullopt unless it is well formed over items
  /// below `itemLimit`: every child stored before its parent and every item in range, so that a
  /// damaged cache can neither loop a query nor point outside the layer.
  static std::optional<SpatialIndex> fromBytes(const unsigned char* data, std::size_t size,
                                               std::size_t itemLimit);

 private:
  struct Node {
    Extent box;
    std::int32_t first = 0;  ///< item (for an entry of the bottom level) or first child node
    std::int32_t count = 0;  ///< children; 0 for an item entry
  };

  std::vector<Node> nodes_;
  std::size_t itemCount_ = 0;
};

template <typename Visitor>
void SpatialIndex::query(const Extent& box, Visitor&& visit) const {
  if (nodes_.empty() || box.isEmpty()) return;
  // Depth is log16(n), so a small fixed stack would do; a vector keeps it simple and safe.
  std::vector<std::int32_t> stack;
  stack.reserve(64);
  stack.push_back(static_cast<std::int32_t>(nodes_.size() - 1));
  while (!stack.empty()) {
    const Node& node = nodes_[static_cast<std::size_t>(stack.back())];
    stack.pop_back();
    if (!node.box.intersects(box)) continue;
    if (node.count == 0) {
      if (!visit(static_cast<int>(node.first))) return;
      continue;
    }
    for (std::int32_t c = node.first; c < node.first + node.count; ++c) stack.push_back(c);
  }
}

}  // namespace fangan
