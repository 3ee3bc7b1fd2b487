#pragma once
// A feature's attribute values (MapFeature::values), parallel to MapLayer::fields(). Either a
// list of its own (features built one by one, an edited feature), or a row of a table shared by
// the features of one layer: a large layer read from the map cache keeps one index per value
// instead of one list per feature (a million buildings: ~300 MB less, and a million fewer
// allocations to make and free).

#include <QString>
#include <QVector>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <vector>

namespace fangan {

class FeatureValues {
 public:
  /// Values of many features: `width` per feature, each an index into `words`.
  struct Table {
    std::vector<QString> words;
    std::vector<std::uint32_t> rows;  ///< features × width
    qsizetype width = 0;
  };

  FeatureValues() = default;
  FeatureValues(QVector<QString> own) : own_(std::move(own)) {}  // NOLINT: a list converts
  FeatureValues(std::initializer_list<QString> own) : own_(own) {}
  /// Row `row` of `table`.
  FeatureValues(std::shared_ptr<const Table> table, std::uint32_t row)
      : table_(std::move(table)), row_(row) {}

  qsizetype size() const { return table_ ? table_->width : own_.size(); }
  bool isEmpty() const { return size() == 0; }
  /// Value `i` (0 <= i < size()).
  const QString& operator[](qsizetype i) const {
    return table_ ? table_->words[table_->rows[static_cast<std::size_t>(
                        static_cast<qsizetype>(row_) * table_->width + i)]]
                  : own_[i];
  }
  /// Value `i`, or an empty string when out of range.
  QString value(qsizetype i) const { return i >= 0 && i < size() ? (*this)[i] : QString(); }
  QVector<QString> toVector() const;
  bool contains(const QString& value) const;

  class const_iterator {
   public:
    const_iterator(const FeatureValues* v, qsizetype i) : v_(v), i_(i) {}
    const QString& operator*() const { return (*v_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const FeatureValues* v_;
    qsizetype i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  bool operator==(const FeatureValues& o) const;
  bool operator!=(const FeatureValues& o) const { return !(*this == o); }

 private:
  QVector<QString> own_;
  std::shared_ptr<const Table> table_;
  std::uint32_t row_ = 0;
};

}  // namespace fangan
