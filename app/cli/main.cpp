#include <iostream>

#include "app/cli/Cli.h"
#include "gis/store/LockWait.h"

int main(int argc, char** argv) {
  // A second writer says once that it waits for the first (docs/rules.md#concurrency).
  fangan::sqlite::lockWait().onWait = [reported = false](int) mutable {
    if (!reported) std::cerr << "fangan: " << fangan::sqlite::lockWaitMessage() << std::endl;
    reported = true;
    return true;
  };
  std::vector<std::string> args(argv + 1, argv + argc);
  return fangan::cli::run(args, std::cout, std::cerr);
}
