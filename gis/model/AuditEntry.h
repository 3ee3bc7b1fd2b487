#pragma once
// One line of the project's audit log: who changed what, when, from what to what.

#include <cstdint>
#include <string>

namespace fangan {

/// An audit log row. `target` names the table and key ("buildings:B001"); `field` may be empty
/// for whole-row actions such as an import.
struct AuditEntry {
  std::int64_t id = 0;
  std::string when;  ///< ISO timestamp set by the store
  std::string who;
  std::string action;  ///< import, insert, update, delete, rebuild, ...
  std::string target;
  std::string field;
  std::string oldValue;
  std::string newValue;
};

}  // namespace fangan
