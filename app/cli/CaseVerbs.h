#pragma once
// What the case commands (`problems`, `plans`, ...) share: a verb after the project, dates as
// options, and refusals of the case rules or of a sheet reported as exit 1.

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/cli/Command.h"
#include "gis/model/Date.h"

namespace fangan::cli {

/// One verb of a case command and what it runs.
struct CaseVerb {
  std::string name;
  std::function<int()> run;
};

/// Runs the verb named after the project (PROJECT VERB): a refused case step or a bad sheet is
/// printed to `err` with exit 1; an unknown verb or a missing one is a usage error.
int runCaseVerb(const Arguments& a, std::ostream& err, const std::vector<CaseVerb>& verbs);

/// The date option `name` if given; UsageError when it is not a date.
std::optional<Date> dateOption(const Arguments& a, const std::string& name);

}  // namespace fangan::cli
