#include "layers/FeatureValues.h"

namespace fangan {

QVector<QString> FeatureValues::toVector() const {
  if (!table_) return own_;
  QVector<QString> out;
  out.reserve(size());
  for (const QString& v : *this) out.append(v);
  return out;
}

bool FeatureValues::contains(const QString& value) const {
  for (const QString& v : *this) {
    if (v == value) return true;
  }
  return false;
}

bool FeatureValues::operator==(const FeatureValues& o) const {
  if (size() != o.size()) return false;
  for (qsizetype i = 0; i < size(); ++i) {
    if ((*this)[i] != o[i]) return false;
  }
  return true;
}

}  // namespace fangan
