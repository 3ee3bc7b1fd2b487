#include "app/cli/RowIssues.h"

#include "app/cli/RefusalText.h"

namespace fangan::cli {

void printRowIssues(std::ostream& out, const char* title, const std::vector<ResultRowIssue>& issues,
                    std::size_t limit) {
  out << title << "：" << issues.size() << "\n";
  for (std::size_t k = 0; k < issues.size() && k < limit; ++k) {
    const auto& i = issues[k];
    const std::string reason =
        i.refusal.code != RefusalCode::None ? refusalText(i.refusal).toStdString() : i.reason;
    out << "  第 " << i.row << " 行 " << (i.code.empty() ? "—" : i.code) << "：" << reason << "\n";
  }
  if (issues.size() > limit) out << "  …另有 " << issues.size() - limit << " 行\n";
}

}  // namespace fangan::cli
