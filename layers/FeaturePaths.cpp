#include "layers/FeaturePaths.h"

#include <algorithm>

namespace fangan {
namespace {

std::shared_ptr<const FeaturePaths::Store> storeOf(const QPolygonF* begin, const QPolygonF* end) {
  auto store = std::make_shared<FeaturePaths::Store>();
  std::size_t points = 0;
  for (const QPolygonF* p = begin; p != end; ++p) points += static_cast<std::size_t>(p->size());
  store->points.reserve(points);
  store->starts.reserve(static_cast<std::size_t>(end - begin) + 1);
  for (const QPolygonF* p = begin; p != end; ++p) {
    store->add(p->constData(), static_cast<std::size_t>(p->size()));
  }
  return store;
}

}  // namespace

FeaturePaths::FeaturePaths(const QVector<QPolygonF>& own)
    : store_(own.isEmpty() ? nullptr : storeOf(own.constData(), own.constData() + own.size())),
      count_(static_cast<std::uint32_t>(own.size())) {}

FeaturePaths::FeaturePaths(std::initializer_list<QPolygonF> own)
    : store_(own.size() == 0 ? nullptr : storeOf(own.begin(), own.end())),
      count_(static_cast<std::uint32_t>(own.size())) {}

QVector<QPolygonF> FeaturePaths::toVector() const {
  QVector<QPolygonF> out;
  out.reserve(size());
  for (const Ring ring : *this) out.append(ring.toPolygon());
  return out;
}

bool FeaturePaths::operator==(const FeaturePaths& o) const {
  if (size() != o.size()) return false;
  for (qsizetype i = 0; i < size(); ++i) {
    const Ring a = (*this)[i];
    const Ring b = o[i];
    if (a.size() != b.size() || !std::equal(a.begin(), a.end(), b.begin())) return false;
  }
  return true;
}

}  // namespace fangan
