#include <cpl_error.h>

#include <cstring>
#include <iostream>

#include "app/cli/Cli.h"
#include "app/gui/HugePages.h"
#include "gis/store/LockWait.h"

int main(int argc, char** argv) {
  // The commands that draw a whole district's map (its snapshot: hundreds of megabytes of new
  // memory) run with malloc's huge pages, as the window does (app/gui/HugePages.h); the
  // restart costs about 0.1 s, so the others do not.
  if (argc > 1 && (std::strcmp(argv[1], "export-map") == 0 || std::strcmp(argv[1], "atlas") == 0)) {
    fangan::gui::restartWithHugePages(argv);
  }
  // GDAL's own "ERROR 1: ..." lines stay off the terminal: each failure is reported once, as
  // one line naming the file, row and reason (the message is still read by the importer).
  CPLSetErrorHandler(CPLQuietErrorHandler);
  // A second writer says once that it waits for the first (docs/rules.md#concurrency).
  fangan::sqlite::lockWait().onWait = [reported = false](int) mutable {
    if (!reported) std::cerr << "fangan: " << fangan::sqlite::lockWaitMessage() << std::endl;
    reported = true;
    return true;
  };
  std::vector<std::string> args(argv + 1, argv + argc);
  return fangan::cli::run(args, std::cout, std::cerr);
}
