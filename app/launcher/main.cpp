// fangan-app [ARGS...]: starts the window program (fangan-window, beside this file) with huge
// pages for malloc (app/gui/HugePages.h), passing every argument on. A launcher of its own, with
// no library beyond the C runtime, so that GLIBC_TUNABLES is set before the window's process
// starts and its libraries are loaded once.

#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>

#include "app/gui/HugePages.h"

int main(int argc, char** argv) {
  (void)argc;
  char self[PATH_MAX];
  const ssize_t length = readlink("/proc/self/exe", self, sizeof(self) - 1);
  if (length <= 0) {
    std::fprintf(stderr, "fangan-app: cannot find where this program is: %s\n",
                 std::strerror(errno));
    return 127;
  }
  std::string window(self, static_cast<std::size_t>(length));
  window = window.substr(0, window.rfind('/') + 1) + "fangan-window";
  fangan::gui::prepareHugePages();
  execv(window.c_str(), argv);
  std::fprintf(stderr, "fangan-app: cannot start %s: %s\n", window.c_str(), std::strerror(errno));
  return 127;
}
