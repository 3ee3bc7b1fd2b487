#include "layers/SpatialIndex.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "gis/store/PackedBytes.h"

namespace fangan {
namespace {

double centerX(const Extent& e) { return (e.minX + e.maxX) * 0.5; }
double centerY(const Extent& e) { return (e.minY + e.maxY) * 0.5; }

}  // namespace

SpatialIndex::SpatialIndex(const std::vector<Extent>& boxes) {
  nodes_.reserve(boxes.size() + boxes.size() / (kNodeCapacity - 1) + 2);
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    if (boxes[i].isEmpty()) continue;
    Node entry;
    entry.box = boxes[i];
    entry.first = static_cast<std::int32_t>(i);
    nodes_.push_back(entry);
  }
  itemCount_ = nodes_.size();
  if (nodes_.empty()) return;

  // Each pass sorts the current level into tiles (STR) and appends one parent per run of
  // kNodeCapacity nodes, until a level has a single node: the root.
  std::size_t levelBegin = 0;
  std::size_t levelEnd = nodes_.size();
  while (levelEnd - levelBegin > 1) {
    const auto begin = nodes_.begin() + static_cast<std::ptrdiff_t>(levelBegin);
    const auto end = nodes_.begin() + static_cast<std::ptrdiff_t>(levelEnd);
    const std::size_t count = levelEnd - levelBegin;
    const std::size_t parents = (count + kNodeCapacity - 1) / kNodeCapacity;
    const auto slices =
        static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(parents))));
    const std::size_t sliceSize = slices * kNodeCapacity;
    std::sort(begin, end,
              [](const Node& a, const Node& b) { return centerX(a.box) < centerX(b.box); });
    for (std::size_t s = 0; s < count; s += sliceSize) {
      const auto sliceEnd = begin + static_cast<std::ptrdiff_t>(std::min(count, s + sliceSize));
      std::sort(begin + static_cast<std::ptrdiff_t>(s), sliceEnd,
                [](const Node& a, const Node& b) { return centerY(a.box) < centerY(b.box); });
    }
    for (std::size_t c = levelBegin; c < levelEnd; c += kNodeCapacity) {
      Node parent;
      parent.first = static_cast<std::int32_t>(c);
      parent.count = static_cast<std::int32_t>(std::min<std::size_t>(kNodeCapacity, levelEnd - c));
      for (std::size_t k = c; k < c + static_cast<std::size_t>(parent.count); ++k) {
        parent.box.include(nodes_[k].box);
      }
      nodes_.push_back(parent);  // reserve() above keeps `begin`/`end` unused past this point
    }
    levelBegin = levelEnd;
    levelEnd = nodes_.size();
  }
}

std::vector<int> SpatialIndex::query(const Extent& box) const {
  std::vector<int> items;
  int last = -1;
  query(box, [&items, &last](int item) {
    items.push_back(item);
    last = std::max(last, item);
    return true;
  });
  // Ascending (drawing order). A wide view hits most items: they are ordered through a bitmap
  // up to the highest one in one linear pass (a million: 125 KB, against a sort of a million
  // ints). Items are numbered as the boxes given, empty ones left out, so the highest can be
  // beyond the count.
  if (items.empty() || items.size() < itemCount_ / 32) {
    std::sort(items.begin(), items.end());
    return items;
  }
  std::vector<std::uint64_t> bits(static_cast<std::size_t>(last) / 64 + 1, 0);
  for (const int item : items) {
    const auto i = static_cast<std::size_t>(item);
    bits[i / 64] |= std::uint64_t{1} << (i % 64);
  }
  std::size_t next = 0;
  for (std::size_t w = 0; w < bits.size(); ++w) {
    for (std::uint64_t word = bits[w]; word != 0; word &= word - 1) {
      items[next++] = static_cast<int>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(word)));
    }
  }
  items.resize(next);  // each item is once in the tree: only a forged cache could repeat one
  return items;
}

void SpatialIndex::appendTo(std::vector<unsigned char>& out) const {
  ByteWriter w(out);
  w.put(static_cast<std::uint64_t>(itemCount_));
  w.put(static_cast<std::uint64_t>(nodes_.size()));
  for (const Node& n : nodes_) {
    w.put(n.box.minX);
    w.put(n.box.minY);
    w.put(n.box.maxX);
    w.put(n.box.maxY);
    w.put(n.first);
    w.put(n.count);
  }
}

std::optional<SpatialIndex> SpatialIndex::fromBytes(const unsigned char* data, std::size_t size,
                                                    std::size_t itemLimit) {
  ByteReader r(data, size);
  const auto items = r.get<std::uint64_t>();
  const auto count = r.get<std::uint64_t>();
  constexpr std::size_t kNodeBytes = 4 * sizeof(double) + 2 * sizeof(std::int32_t);
  if (!r.ok() || items > itemLimit || count > r.remaining() / kNodeBytes || items > count ||
      r.remaining() != count * kNodeBytes) {
    return std::nullopt;
  }
  SpatialIndex index;
  index.itemCount_ = static_cast<std::size_t>(items);
  index.nodes_.resize(static_cast<std::size_t>(count));
  for (std::size_t i = 0; i < index.nodes_.size(); ++i) {
    Node& n = index.nodes_[i];
    n.box.minX = r.get<double>();
    n.box.minY = r.get<double>();
    n.box.maxX = r.get<double>();
    n.box.maxY = r.get<double>();
    n.first = r.get<std::int32_t>();
    n.count = r.get<std::int32_t>();
    const bool item = n.count == 0;
    if (item ? (n.first < 0 || static_cast<std::size_t>(n.first) >= itemLimit)
             : (n.count < 0 || n.first < 0 || static_cast<std::size_t>(n.first) >= i ||
                static_cast<std::size_t>(n.count) > i - static_cast<std::size_t>(n.first))) {
      return std::nullopt;
    }
  }
  if (!r.ok()) return std::nullopt;
  return index;
}

}  // namespace fangan
