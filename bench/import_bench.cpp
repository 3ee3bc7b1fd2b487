// Import benchmark: `import_bench FILE.gpkg [WORKDIR]` imports FILE's buildings into a fresh
// Fangan project, and converts the same FILE with `ogr2ogr -f SQLite -dsco SPATIALITE=YES` in the
// same run. Each runs in its own child process so wall time and peak RSS are measured alike.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "gis/io/Importer.h"
#include "gis/store/ProjectStore.h"

namespace {

struct Measure {
  double seconds = 0;
  double cpuSeconds = 0;  // user + system: steadier than wall time on a shared machine
  long peakKb = 0;
  int exitCode = 0;
};

template <typename F>
Measure inChild(F&& body) {
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) _exit(body());
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Measure m;
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.peakKb = usage.ru_maxrss;
  m.cpuSeconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
                 usage.ru_stime.tv_usec / 1e6;
  m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return m;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: import_bench FILE [WORKDIR]\n";
    return 2;
  }
  const std::string input = argv[1];
  const std::filesystem::path work = argc > 2 ? argv[2] : std::filesystem::temp_directory_path();
  const auto project = (work / "bench-import.sqlite").string();
  const auto reference = (work / "bench-ogr2ogr.sqlite").string();
  for (const auto& p : {project, reference}) {
    std::filesystem::remove(p);
    std::filesystem::remove(p + "-wal");
    std::filesystem::remove(p + "-shm");
  }

  long long imported = 0;
  const Measure fangan = inChild([&] {
    try {
      auto store = fangan::createSpatialiteProject(project, 0);
      fangan::ImportOptions o;
      o.path = input;
      const auto r = fangan::importFile(*store, o);
      std::printf("fangan: read %lld imported %lld repaired %lld rejected %lld\n",
                  static_cast<long long>(r.read), static_cast<long long>(r.imported),
                  static_cast<long long>(r.repaired), static_cast<long long>(r.rejected));
      return 0;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "fangan import failed: %s\n", e.what());
      return 1;
    }
  });
  (void)imported;
  const std::string cmd = "ogr2ogr -f SQLite -dsco SPATIALITE=YES '" + reference + "' '" + input +
                          "' > /dev/null 2>&1";
  const Measure ogr = inChild([&] { return std::system(cmd.c_str()) == 0 ? 0 : 1; });

  std::printf("%-28s %10s %10s %12s %6s\n", "tool", "wall s", "cpu s", "peak RSS MB", "exit");
  std::printf("%-28s %10.2f %10.2f %12.1f %6d\n", "fangan import", fangan.seconds,
              fangan.cpuSeconds, fangan.peakKb / 1024.0, fangan.exitCode);
  std::printf("%-28s %10.2f %10.2f %12.1f %6d\n", "ogr2ogr SQLite SPATIALITE", ogr.seconds,
              ogr.cpuSeconds, ogr.peakKb / 1024.0, ogr.exitCode);
  std::printf("ratio fangan/ogr2ogr: wall %.2f, cpu %.2f  (issue 14 goal <= 0.8)\n",
              fangan.seconds / ogr.seconds, fangan.cpuSeconds / ogr.cpuSeconds);
  return fangan.exitCode == 0 && ogr.exitCode == 0 ? 0 : 1;
}
