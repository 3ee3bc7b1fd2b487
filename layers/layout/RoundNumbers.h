#pragma once
// The round numbers printed maps are made of: the map scale, the scale-bar length and the
// coordinate-grid spacing. Readers measure with these, so they must be numbers a person can
// multiply in their head.

namespace fangan {

/// The smallest round scale denominator (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) that is at least
/// `minimum`: the frame then shows at least what was asked, at a scale such as 1:25 000. The
/// steps are finer than the classic 1-2-5 so that at most a quarter of the frame is given away.
double roundScaleDenominator(double minimum);

/// The longest round length (1, 2, 5 × 10ⁿ map units) not longer than `maximum`; 0 when
/// `maximum` is not positive.
double roundLengthAtMost(double maximum);

/// A round spacing (1, 2, 2.5, 5 × 10ⁿ) giving about `lines` grid lines over `span`.
double roundGridSpacing(double span, int lines);

}  // namespace fangan
