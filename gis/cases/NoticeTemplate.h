#pragma once
// The editable text of the hazard notice (docs/rules.md#notice):
// data/templates/notice/hazard-notice.json, or a copy at templates/notice/hazard-notice.json
// next to the project file. Read with the project's JSON helper (gis/io/Json.h).

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace fangan {

/// A template that cannot be read; the message names the file and the key.
class NoticeTemplateError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct NoticeTemplate {
  std::string office;                   ///< the issuing office (header and signature)
  std::string title;                    ///< 房屋安全隐患通知书
  std::string salutation;               ///< "{owner}："
  std::string opening;                  ///< paragraph with {address} and {code}
  std::vector<std::string> legalBasis;  ///< paragraphs
  /// Required actions by key: "D", "C" (appraisal grade), "hazard", "suspect" (initial check).
  std::map<std::string, std::vector<std::string>> actions;
  /// Days from issue to the deadline by the same keys.
  std::map<std::string, int> deadlineDays;
  std::string closing;  ///< paragraph with {deadline}
  std::string receipt;  ///< the owner's signature line
  std::string seal;     ///< the seal place

  /// Reads a template. Throws NoticeTemplateError naming the file and the key.
  static NoticeTemplate load(const std::string& path);
  /// The template for a project: the copy next to it when present, else the shipped one.
  static std::string pathFor(const std::string& projectPath);
};

/// `text` with every {name} replaced by its value.
std::string fillPlaceholders(std::string text, const std::map<std::string, std::string>& values);

}  // namespace fangan
