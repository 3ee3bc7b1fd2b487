#pragma once
// An iterator over a container read by index (`c[i]`, by value or by reference): the feature
// lists of layers/FeatureValues.h and layers/FeaturePaths.h, which hold no array to point into.

#include <QtGlobal>

namespace fangan {

template <typename Container>
class IndexIterator {
 public:
  IndexIterator(const Container* c, qsizetype i) : c_(c), i_(i) {}
  decltype(auto) operator*() const { return (*c_)[i_]; }
  IndexIterator& operator++() {
    ++i_;
    return *this;
  }
  bool operator!=(const IndexIterator& o) const { return i_ != o.i_; }
  bool operator==(const IndexIterator& o) const { return i_ == o.i_; }

 private:
  const Container* c_;
  qsizetype i_;
};

}  // namespace fangan
