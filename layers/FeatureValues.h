#pragma once
// A feature's attribute values (MapFeature::values), parallel to MapLayer::fields(): a row of a
// table of values. A large layer (the buildings, from the map cache or the store) shares one
// table among its features, which keeps one index per value and feature instead of a list of
// strings per feature (a million buildings: ~350 MB less, and a million fewer allocations to
// make and free); a feature built on its own (a small layer, an edited building) has a
// one-row table of its own.

#include <QString>
#include <QVector>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <vector>

#include "layers/IndexIterator.h"

namespace fangan {

class FeatureValues {
 public:
  /// Values of many features: `width` per feature, each an index into `words`, except the
  /// fields kept inline (a building's code, its own), whose text is held one value after
  /// another in `text` instead of a string each (a million buildings: ~50 MB and a million
  /// allocations less).
  struct Table {
    std::vector<QString> words;
    qsizetype width = 0;
    std::vector<std::uint32_t> wide;    ///< features × width indexes, while filled
    std::vector<std::uint16_t> narrow;  ///< the same in 16 bits, after pack() when they fit
    /// Per field: its place among the inline fields, or -1 (looked up in `words`).
    std::vector<int> inlineSlot;
    int inlineCount = 0;
    std::vector<char16_t> text;  ///< the inline values, features × inlineCount, in order
    /// Value k (row × inlineCount + slot) is text[starts[k], starts[k + 1]).
    std::vector<std::uint32_t> textStarts{0};

    /// Index of value `i` of row `row` (not an inline field).
    std::uint32_t at(std::uint32_t row, qsizetype i) const {
      const auto k = static_cast<std::size_t>(static_cast<qsizetype>(row) * width + i);
      return narrow.empty() ? wide[k] : narrow[k];
    }
    /// Makes field `field` of a `width`-wide table inline (before any row is added).
    void setInline(qsizetype field);
    /// Appends an inline value of `length` UTF-16 units at `utf16` (any alignment: packed
    /// bytes too); rows in order, each row's inline fields in field order.
    void appendText(const void* utf16, std::size_t length) {
      const std::size_t before = text.size();
      text.resize(before + length);
      if (length > 0) std::memcpy(text.data() + before, utf16, length * sizeof(char16_t));
      textStarts.push_back(static_cast<std::uint32_t>(text.size()));
    }
    /// Keeps the indexes in 16 bits when there are few enough words (call once filled).
    void pack();
  };

  FeatureValues() = default;
  FeatureValues(const QVector<QString>& own);  // NOLINT: a list converts
  FeatureValues(std::initializer_list<QString> own);
  /// Row `row` of `table`.
  FeatureValues(std::shared_ptr<const Table> table, std::uint32_t row)
      : table_(std::move(table)), row_(row) {}

  qsizetype size() const { return table_ ? table_->width : 0; }
  bool isEmpty() const { return size() == 0; }
  /// Value `i` (0 <= i < size()): a shared string, or a new one for an inline field.
  QString operator[](qsizetype i) const {
    const int slot = inlineSlotOf(i);
    if (slot < 0) return table_->words[table_->at(row_, i)];
    const std::size_t k = inlineIndex(slot);
    const std::uint32_t begin = table_->textStarts[k];
    return QString(reinterpret_cast<const QChar*>(table_->text.data() + begin),
                   static_cast<qsizetype>(table_->textStarts[k + 1] - begin));
  }
  /// Value `i`, or an empty string when out of range.
  QString value(qsizetype i) const { return i >= 0 && i < size() ? (*this)[i] : QString(); }
  /// An address that stands for value `i` while the table is held: equal for the same shared
  /// string, different for different values (equal values may differ too).
  const void* identity(qsizetype i) const {
    const int slot = inlineSlotOf(i);
    if (slot < 0) return table_->words[table_->at(row_, i)].constData();
    return table_->textStarts.data() + inlineIndex(slot);
  }
  QVector<QString> toVector() const;
  bool contains(const QString& value) const;

  using const_iterator = IndexIterator<FeatureValues>;
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  bool operator==(const FeatureValues& o) const;
  bool operator!=(const FeatureValues& o) const { return !(*this == o); }

 private:
  int inlineSlotOf(qsizetype i) const {
    return table_->inlineCount == 0 ? -1 : table_->inlineSlot[static_cast<std::size_t>(i)];
  }
  std::size_t inlineIndex(int slot) const {
    return std::size_t{row_} * static_cast<std::size_t>(table_->inlineCount) +
           static_cast<std::size_t>(slot);
  }

  std::shared_ptr<const Table> table_;
  std::uint32_t row_ = 0;
};

}  // namespace fangan
