#pragma once
// A case action the lifecycle refuses: a stable code (for tests, scripts and the audit) and the
// reason for the user, in Chinese.

#include <stdexcept>
#include <string>

#include "gis/model/Date.h"

namespace fangan {

/// Why an action on a problem or plan is refused.
struct CaseRefusal {
  std::string code;     ///< e.g. "transition_not_allowed" (docs/rules.md#problem, #plan)
  std::string message;  ///< Chinese
};

/// Thrown by the case services when the lifecycle refuses; nothing has been written then.
class CaseRefused : public std::runtime_error {
 public:
  explicit CaseRefused(CaseRefusal refusal)
      : std::runtime_error(refusal.message + " [" + refusal.code + "]"),
        refusal_(std::move(refusal)) {}
  const std::string& code() const { return refusal_.code; }
  const CaseRefusal& refusal() const { return refusal_; }

 private:
  CaseRefusal refusal_;
};

/// What a state change carries: its day, who made it, a note and evidence (佐证).
struct CaseStep {
  Date date;
  std::string who;
  std::string note;
  std::string evidence;
};

}  // namespace fangan
