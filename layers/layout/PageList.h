#pragma once
// Page choices as people type them in print dialogs: "1,3-5" (1-based, as printed).

#include <QString>
#include <vector>

namespace fangan {

/// The 0-based page indexes of `text` ("1,3-5" → 0, 2, 3, 4), sorted and without duplicates.
/// Items are page numbers or ranges "a-b" (a ≤ b) separated by commas; spaces are ignored.
/// Throws LayoutError for anything else or a page outside 1..`pageCount`.
std::vector<int> parsePageList(const QString& text, int pageCount);

}  // namespace fangan
