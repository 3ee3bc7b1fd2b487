#include "gis/store/ValueIndexes.h"

namespace fangan {

void ValueIndexes::widen(std::uint8_t width) {
  std::vector<unsigned char> wider(size_ * width);
  for (std::size_t i = 0; i < size_; ++i) {
    const std::uint32_t v = (*this)[i];
    if (width == 2) {
      const auto narrow = static_cast<std::uint16_t>(v);
      std::memcpy(wider.data() + 2 * i, &narrow, 2);
    } else {
      std::memcpy(wider.data() + 4 * i, &v, 4);
    }
  }
  bytes_ = std::move(wider);
  width_ = width;
}

void ValueIndexes::push_back(std::uint32_t index) {
  const std::uint8_t needed = index <= 0xff ? 1 : (index <= 0xffff ? 2 : 4);
  if (needed > width_) widen(needed);
  const std::size_t at = bytes_.size();
  bytes_.resize(at + width_);
  if (width_ == 1) {
    bytes_[at] = static_cast<unsigned char>(index);
  } else if (width_ == 2) {
    const auto v = static_cast<std::uint16_t>(index);
    std::memcpy(bytes_.data() + at, &v, 2);
  } else {
    std::memcpy(bytes_.data() + at, &index, 4);
  }
  ++size_;
}

void ValueIndexes::assign(std::uint8_t width, const unsigned char* data, std::size_t count) {
  width_ = width;
  size_ = count;
  bytes_.assign(data, data + count * width);
}

bool ValueIndexes::operator==(const ValueIndexes& o) const {
  if (size_ != o.size_) return false;
  if (width_ == o.width_) return bytes_ == o.bytes_;
  for (std::size_t i = 0; i < size_; ++i) {
    if ((*this)[i] != o[i]) return false;
  }
  return true;
}

}  // namespace fangan
