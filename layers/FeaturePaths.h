#pragma once
// A feature's geometry for drawing (MapFeature::paths): its polygon rings (odd-even), line strings
// or single points, each a run of points in a coordinate array. A large layer (the buildings,
// from the map cache or the store) shares one array among its features — one allocation per
// cache part instead of two per building (the list of rings and the ring) —; a feature built on
// its own (a small layer, an edited building, a test) has an array of its own.

#include <QPointF>
#include <QPolygonF>
#include <QVector>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <vector>

#include "layers/IndexIterator.h"

namespace fangan {

class FeaturePaths {
 public:
  /// The rings of many features: ring i holds points[starts[i]] up to points[starts[i + 1]].
  struct Store {
    std::vector<QPointF> points;
    std::vector<std::uint32_t> starts{0};
    /// Appends a ring.
    void add(const QPointF* begin, std::size_t count) {
      points.insert(points.end(), begin, begin + count);
      starts.push_back(static_cast<std::uint32_t>(points.size()));
    }
    std::uint32_t rings() const { return static_cast<std::uint32_t>(starts.size() - 1); }
  };

  /// One ring (or line string, or point): a view of its points.
  class Ring {
   public:
    Ring(const QPointF* begin, const QPointF* end) : begin_(begin), end_(end) {}
    qsizetype size() const { return end_ - begin_; }
    bool isEmpty() const { return begin_ == end_; }
    const QPointF& operator[](qsizetype i) const { return begin_[i]; }
    const QPointF& first() const { return *begin_; }
    const QPointF& last() const { return end_[-1]; }
    const QPointF* begin() const { return begin_; }
    const QPointF* end() const { return end_; }
    const QPointF* data() const { return begin_; }
    QPolygonF toPolygon() const { return QPolygonF(QVector<QPointF>(begin_, end_)); }

   private:
    const QPointF* begin_;
    const QPointF* end_;
  };

  FeaturePaths() = default;
  FeaturePaths(const QVector<QPolygonF>& own);  // NOLINT: a list converts
  FeaturePaths(std::initializer_list<QPolygonF> own);
  /// Rings first .. first + count - 1 of `store`.
  FeaturePaths(std::shared_ptr<const Store> store, std::uint32_t first, std::uint32_t count)
      : store_(std::move(store)), first_(first), count_(count) {}

  qsizetype size() const { return count_; }
  bool isEmpty() const { return count_ == 0; }
  Ring operator[](qsizetype i) const {
    const std::uint32_t ring = first_ + static_cast<std::uint32_t>(i);
    const QPointF* points = store_->points.data();
    return Ring(points + store_->starts[ring], points + store_->starts[ring + 1]);
  }
  Ring first() const { return (*this)[0]; }
  QVector<QPolygonF> toVector() const;
  operator QVector<QPolygonF>() const { return toVector(); }  // NOLINT: converts for cold paths

  using const_iterator = IndexIterator<FeaturePaths>;
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  bool operator==(const FeaturePaths& o) const;
  bool operator!=(const FeaturePaths& o) const { return !(*this == o); }

 private:
  std::shared_ptr<const Store> store_;
  std::uint32_t first_ = 0;
  std::uint32_t count_ = 0;
};

}  // namespace fangan
