#pragma once
// Transparent huge pages for the window's memory (docs/rules.md#map-cache). Opening a large
// project writes several hundred megabytes of new memory (a million buildings: ~450 MB), and on
// a virtual machine most of that time is the kernel's page faults, one per 4 KB page. glibc's
// malloc asks for 2 MB pages when GLIBC_TUNABLES holds glibc.malloc.hugetlb=1, which it reads
// only as a process starts: so `fangan-app` is a launcher that sets it and starts the window
// program (fangan-window) beside it, and the window program, started on its own, runs itself
// again with it set before anything else happens (which loads its libraries twice: 0.1 s).
// Measured at 1 M buildings: the map ready in a third less time.

#include <string>

namespace fangan::gui {

/// Why the process was not started again (or kNone, when it was and this is the second run).
enum class HugePagesSkip {
  kNone,         ///< this process runs with the tunable set
  kDisabled,     ///< FANGAN_HUGE_PAGES=0
  kUserTunable,  ///< the user's GLIBC_TUNABLES already chooses glibc.malloc.hugetlb
  kNoKernel,     ///< the kernel offers no transparent huge pages ("never", or no such file)
  kSanitizer,    ///< a sanitizer's allocator replaces malloc
  kExecFailed    ///< the program could not be started again (it goes on as it is)
};

/// What restartWithHugePages() decides, from the environment it finds (`tunables`:
/// GLIBC_TUNABLES, `choice`: FANGAN_HUGE_PAGES, `restarted`: FANGAN_HUGE_PAGES_SET; null when
/// unset) and whether the kernel offers huge pages. `tunables` of the result is the
/// GLIBC_TUNABLES to start again with when `skip` is kNone and `restart` is set.
struct HugePagesPlan {
  HugePagesSkip skip = HugePagesSkip::kNone;
  bool restart = false;
  std::string tunables;
};
HugePagesPlan planHugePages(const char* tunables, const char* choice, const char* restarted,
                            bool kernelOffers);

/// Adds glibc.malloc.hugetlb=1 to this process's GLIBC_TUNABLES, for a program it starts
/// (the launcher, app/launcher/main.cpp), when nothing above says not to: kNone when added.
HugePagesSkip prepareHugePages();

/// Starts this program again (same arguments and environment) with glibc.malloc.hugetlb=1
/// added to GLIBC_TUNABLES, when the kernel offers transparent huge pages and nothing above
/// says not to. Returns only when it did not (or in the second run): call first in main().
HugePagesSkip restartWithHugePages(char** argv);

}  // namespace fangan::gui
