#pragma once
// The one error type of the layout engine: a bad template, an unknown area, a file that cannot
// be written. The message is for the user and names the file, item or key at fault.

#include <stdexcept>

namespace fangan {

/// Raised by template parsing, area lookup and export; what() is a one-line Chinese message.
class LayoutError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace fangan
