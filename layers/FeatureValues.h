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
#include <initializer_list>
#include <memory>
#include <vector>

#include "layers/IndexIterator.h"

namespace fangan {

class FeatureValues {
 public:
  /// Values of many features: `width` per feature, each an index into `words`.
  struct Table {
    std::vector<QString> words;
    qsizetype width = 0;
    std::vector<std::uint32_t> wide;    ///< features × width indexes, while filled
    std::vector<std::uint16_t> narrow;  ///< the same in 16 bits, after pack() when they fit
    /// Index of value `i` of row `row`.
    std::uint32_t at(std::uint32_t row, qsizetype i) const {
      const auto k = static_cast<std::size_t>(static_cast<qsizetype>(row) * width + i);
      return narrow.empty() ? wide[k] : narrow[k];
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
  /// Value `i` (0 <= i < size()).
  const QString& operator[](qsizetype i) const { return table_->words[table_->at(row_, i)]; }
  /// Value `i`, or an empty string when out of range.
  QString value(qsizetype i) const { return i >= 0 && i < size() ? (*this)[i] : QString(); }
  QVector<QString> toVector() const;
  bool contains(const QString& value) const;

  using const_iterator = IndexIterator<FeatureValues>;
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  bool operator==(const FeatureValues& o) const;
  bool operator!=(const FeatureValues& o) const { return !(*this == o); }

 private:
  std::shared_ptr<const Table> table_;
  std::uint32_t row_ = 0;
};

}  // namespace fangan
