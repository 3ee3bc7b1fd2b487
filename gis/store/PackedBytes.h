#pragma once
// Writing and reading the flat little-endian records of the map cache (docs/rules.md#map-cache).
// The reader checks every length against what is left, so a damaged or forged cache fails to
// read (ok() turns false) instead of reading out of bounds.

#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

namespace fangan {

using Bytes = std::vector<unsigned char>;

class ByteWriter {
 public:
  explicit ByteWriter(Bytes& out) : out_(out) {}
  /// Appends a trivially copyable value as its bytes (the cache is read on the machine
  /// kind that wrote it; the header's byte-order mark refuses others).
  template <typename T>
  void put(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>, "plain values only");
    append(&value, sizeof(T));
  }
  void append(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    out_.insert(out_.end(), p, p + size);
  }
  /// A length-prefixed run of UTF-16 code units (QString's storage), so reading is one copy.
  void putUtf16(const char16_t* data, std::uint32_t length) {
    put(length);
    append(data, length * sizeof(char16_t));
  }

 private:
  Bytes& out_;
};

class ByteReader {
 public:
  ByteReader(const unsigned char* data, std::size_t size) : p_(data), end_(data + size) {}
  explicit ByteReader(const Bytes& bytes) : ByteReader(bytes.data(), bytes.size()) {}

  /// False once a read ran past the end; every later read returns zeros.
  bool ok() const { return ok_; }
  std::size_t remaining() const { return ok_ ? static_cast<std::size_t>(end_ - p_) : 0; }
  bool atEnd() const { return ok_ && p_ == end_; }

  template <typename T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>, "plain values only");
    T value{};
    if (!take(sizeof(T))) return value;
    std::memcpy(&value, p_ - sizeof(T), sizeof(T));
    return value;
  }
  /// Pointer to the next `size` bytes, consumed; nullptr (and !ok()) when fewer are left.
  const unsigned char* take(std::size_t size) {
    if (!ok_ || static_cast<std::size_t>(end_ - p_) < size) {
      ok_ = false;
      return nullptr;
    }
    const unsigned char* at = p_;
    p_ += size;
    return at;
  }
  void fail() { ok_ = false; }

 private:
  const unsigned char* p_;
  const unsigned char* end_;
  bool ok_ = true;
};

}  // namespace fangan
