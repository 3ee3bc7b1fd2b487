#pragma once
// The editable list of referral kinds (docs/rules.md#referral): data/rules/referral-kinds.json,
// or a copy in a folder `rules/` next to the project file. The seed's five kinds ship: structural
// safety, illegal construction, illegal approval, business licensing, fire safety.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace fangan {

struct ReferralKind {
  std::string key;         ///< stored in the project
  std::string name;        ///< Chinese
  std::string department;  ///< default receiving department; may be empty
};

/// A kinds file that cannot be read: the message names the file and the reason.
class ReferralKindsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ReferralKinds {
 public:
  ReferralKinds() = default;
  explicit ReferralKinds(std::vector<ReferralKind> kinds) : kinds_(std::move(kinds)) {}
  /// Reads a kinds file. Throws ReferralKindsError naming the file and the entry.
  static ReferralKinds load(const std::string& path);
  /// The file for a project: `rules/referral-kinds.json` next to it when present, else the
  /// shipped one.
  static std::string pathFor(const std::string& projectPath);

  const std::vector<ReferralKind>& all() const { return kinds_; }
  /// The kind with this key or Chinese name (spaces ignored), or nothing.
  std::optional<ReferralKind> find(const std::string& keyOrName) const;
  /// The Chinese name of a key, or the key itself when the list no longer has it.
  std::string nameOf(const std::string& key) const;

 private:
  std::vector<ReferralKind> kinds_;
};

}  // namespace fangan
