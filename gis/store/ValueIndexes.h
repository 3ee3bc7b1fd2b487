#pragma once
// Per-building indexes into an attribute column's distinct values (AttributeColumn::rows), each
// as wide as the number of values needs: one byte for a grade or a town, two for the grids, four
// for the codes. A million buildings: 1 MB for most columns instead of 4.

#include <cstdint>
#include <cstring>
#include <vector>

namespace fangan {

class ValueIndexes {
 public:
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  /// Bytes per index: 1, 2 or 4.
  std::uint8_t width() const { return width_; }

  std::uint32_t operator[](std::size_t i) const {
    if (width_ == 1) return bytes_[i];
    if (width_ == 2) {
      std::uint16_t v = 0;
      std::memcpy(&v, bytes_.data() + 2 * i, 2);
      return v;
    }
    std::uint32_t v = 0;
    std::memcpy(&v, bytes_.data() + 4 * i, 4);
    return v;
  }

  /// Appends `index`, widening the indexes held so far when it needs more bytes.
  void push_back(std::uint32_t index);
  /// Replaces the indexes with `count` indexes of `width` bytes (1, 2 or 4) read from `data`.
  void assign(std::uint8_t width, const unsigned char* data, std::size_t count);

  /// Equal indexes, whatever their widths.
  bool operator==(const ValueIndexes& o) const;
  bool operator!=(const ValueIndexes& o) const { return !(*this == o); }

 private:
  void widen(std::uint8_t width);

  std::vector<unsigned char> bytes_;
  std::size_t size_ = 0;
  std::uint8_t width_ = 1;
};

}  // namespace fangan
