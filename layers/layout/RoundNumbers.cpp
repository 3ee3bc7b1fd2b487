#include "layers/layout/RoundNumbers.h"

#include <cmath>

namespace fangan {
namespace {

// The first step × 10ⁿ (from the sorted `steps` in [1, 10)) that is ≥ value.
double roundUp(double value, const double* steps, int count) {
  if (!(value > 0)) return 0;
  double decade = std::pow(10.0, std::floor(std::log10(value)));
  // log10 can land a hair below an exact power of ten.
  if (decade * 10 <= value) decade *= 10;
  for (int i = 0; i < count; ++i) {
    if (steps[i] * decade >= value * (1 - 1e-12)) return steps[i] * decade;
  }
  return decade * 10;
}

// The last step × 10ⁿ that is ≤ value.
double roundDown(double value, const double* steps, int count) {
  if (!(value > 0)) return 0;
  double decade = std::pow(10.0, std::floor(std::log10(value)));
  if (decade * 10 <= value) decade *= 10;
  for (int i = count - 1; i >= 0; --i) {
    if (steps[i] * decade <= value * (1 + 1e-12)) return steps[i] * decade;
  }
  return decade;
}

}  // namespace

double roundScaleDenominator(double minimum) {
  static const double steps[] = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8};
  return roundUp(minimum, steps, 9);
}

double roundLengthAtMost(double maximum) {
  static const double steps[] = {1, 2, 5};
  return roundDown(maximum, steps, 3);
}

double roundGridSpacing(double span, int lines) {
  static const double steps[] = {1, 2, 2.5, 5};
  if (!(span > 0) || lines < 1) return 0;
  return roundUp(span / lines, steps, 4);
}

}  // namespace fangan
