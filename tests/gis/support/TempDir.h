#pragma once
// A fresh folder per test, removed afterwards.

#include <filesystem>
#include <string>

namespace fangan::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  /// Path of `name` inside the folder.
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace fangan::testing
