#pragma once
// The time stamps the stores write (audit rows, recorded_at of histories).

#include <string>

namespace fangan {

/// Now, in UTC, as ISO 8601 to the second: "2026-12-04T19:51:33Z".
std::string utcTimestamp();

}  // namespace fangan
