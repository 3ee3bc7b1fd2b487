#pragma once
// What a case record leaves besides itself: the dated entries of its history (case_events,
// append-only) and its rows in the audit log. Problems, plans, notices and referrals
// (docs/rules.md#problem, #plan, #notice, #referral) write both the same way through it.

#include <cstdint>
#include <string>

#include "gis/cases/CaseRefusal.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

class CaseTrail {
 public:
  /// The trail of record `id` of `subject`, audited as "<table>:<id>".
  CaseTrail(ProjectStore& store, CaseSubject subject, std::string table, std::int64_t id);

  /// One dated history entry, from state `from` (empty for a registration) to `to`.
  void event(const Date& date, const std::string& from, const std::string& to,
             const std::string& who, const std::string& note,
             const std::string& evidence = "") const;
  /// One audit row on the record; an update that changes nothing writes none.
  void audit(const std::string& who, const std::string& action, const std::string& field,
             const std::string& before, const std::string& after) const;
  /// A state step: the history entry and the audit row of the field "state".
  void stateStep(const CaseStep& step, const std::string& from, const std::string& to) const;

 private:
  ProjectStore& store_;
  CaseSubject subject_;
  std::string target_;
  std::int64_t id_;
};

}  // namespace fangan
