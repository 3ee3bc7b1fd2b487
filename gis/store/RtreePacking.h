#pragma once
// A SQLite R*Tree (the spatial index SpatiaLite keeps for a geometry column) built in one pass
// from every box at once, instead of one R*Tree insertion per row: Sort-Tile-Recursive packing,
// written in the module's own format (sqlite/ext/rtree/rtree.c: a node is a 2-byte depth — in
// the root only —, a 2-byte cell count and cells of an 8-byte id and four 4-byte floats, all
// big-endian, padded to the node size; the %_rowid and %_parent tables map entries to leaves
// and nodes to parents; the root is node 1). An import of a million buildings builds its index
// in about a second instead of eight; `rtreecheck()` accepts the result (tests).

#include <cstdint>
#include <utility>
#include <vector>

namespace fangan {

/// One entry: a row id and its bounding box.
struct RtreeEntry {
  std::int64_t id = 0;
  double minX = 0, maxX = 0, minY = 0, maxY = 0;
};

/// The rows of an R*Tree's three shadow tables.
/// Each list is in key order (the order SQLite appends rows fastest).
struct PackedRtree {
  std::vector<std::pair<std::int64_t, std::vector<unsigned char>>> nodes;  ///< nodeno, data
  std::vector<std::pair<std::int64_t, std::int64_t>> rowids;               ///< entry id, its leaf
  std::vector<std::pair<std::int64_t, std::int64_t>> parents;              ///< node, its parent
};

/// Packs `entries` (any order; taken by value to be sorted) into nodes of `nodeSize` bytes, the
/// size of the tree's existing root node (which the module fixed when it created the table).
/// Boxes are stored as floats rounded outwards, exactly as the module rounds the rows it inserts.
/// Empty entries give an empty root.
PackedRtree packRtree(std::vector<RtreeEntry> entries, int nodeSize);

}  // namespace fangan
