#pragma once
// How `fangan results` and `fangan spotcheck --from` list the rows of a returned sheet they did
// not take: a title with the count, then one line a row ("  第 R 行 CODE：reason") up to a limit.

#include <cstddef>
#include <ostream>
#include <vector>

#include "gis/patrol/ResultsImport.h"

namespace fangan::cli {

void printRowIssues(std::ostream& out, const char* title, const std::vector<ResultRowIssue>& issues,
                    std::size_t limit);

}  // namespace fangan::cli
