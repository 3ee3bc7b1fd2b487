// fangan copy SRC DST: copies a whole project between a file and a server (either way, or
// file to file): a district moves its laptop project to the server, a town takes a copy home.

#include <filesystem>
#include <ostream>

#include "app/cli/Command.h"
#include "gis/store/ProjectCopy.h"
#include "gis/store/ProjectStore.h"

namespace fangan::cli {
namespace {

int runCopy(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 2)
    throw UsageError("需要源项目和目标项目 (文件路径或 postgresql://…)");
  const std::string& src = a.positional[0];
  const std::string& dst = a.positional[1];
  const auto from = openProject(src);
  auto to = createProject(dst, from->srid());
  try {
    copyProject(*from, *to);
  } catch (...) {
    // The copy rolled back; a new file holding nothing is removed again.
    if (!isServerProject(dst)) {
      to.reset();
      std::filesystem::remove(dst);
      std::filesystem::remove(dst + "-wal");
      std::filesystem::remove(dst + "-shm");
    }
    throw;
  }
  out << "已复制项目 " << src << " → " << dst << "\n";
  const auto before = from->summary();
  const auto after = to->summary();
  for (size_t i = 0; i < after.size() && i < before.size(); ++i) {
    out << "  " << layerName(after[i].layer) << ": " << after[i].count << "\n";
    if (after[i].count != before[i].count) {
      throw StoreError("复制后 " + layerName(after[i].layer) + " 数量不符: " +
                       std::to_string(before[i].count) + " → " + std::to_string(after[i].count));
    }
  }
  return 0;
}

const CommandRegistration registration({"copy", "copy SRC DST", {}, runCopy});

}  // namespace
}  // namespace fangan::cli
