// Import benchmark on the shared server: `postgis_import_bench FILE PG_URL` imports FILE's
// buildings with `fangan import`'s importer into a fresh PostGIS project (schema bench_import,
// COPY path) and into a fresh SpatiaLite file, and loads the same FILE with
// `ogr2ogr -f PostgreSQL` (schema bench_ogr) in the same run. Wall seconds of each (the server's
// own CPU is not in a client's rusage, so wall time is the comparison).

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "gis/io/Importer.h"
#include "gis/store/Postgres.h"
#include "gis/store/ProjectStore.h"

namespace {

template <typename F>
double timed(F&& body) {
  const auto start = std::chrono::steady_clock::now();
  body();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr
        << "usage: postgis_import_bench FILE PG_URL   (PG_URL: postgresql://user@host:port/db)\n";
    return 2;
  }
  const std::string input = argv[1];
  const std::string url = argv[2];
  try {
    const auto where = fangan::pg::parseLocation(url);
    fangan::pg::Connection admin(where.conninfo);
    admin.exec(
        "SET client_min_messages = warning; DROP SCHEMA IF EXISTS bench_import CASCADE; "
        "DROP SCHEMA IF EXISTS bench_ogr CASCADE; CREATE SCHEMA bench_ogr");
    const auto file = std::filesystem::temp_directory_path() / "postgis_import_bench.sqlite";
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + s);

    long long rows = 0;
    const double pg = timed([&] {
      auto store = fangan::createProject(url + "?schema=bench_import", 0);
      fangan::ImportOptions o;
      o.path = input;
      rows = fangan::importFile(*store, o).imported;
    });
    const double sl = timed([&] {
      auto store = fangan::createProject(file.string(), 0);
      fangan::ImportOptions o;
      o.path = input;
      fangan::importFile(*store, o);
    });
    // ogr2ogr takes a libpq URI after "PG:" as well.
    const std::string cmd = "ogr2ogr -f PostgreSQL 'PG:" + where.conninfo + "' '" + input +
                            "' -lco SCHEMA=bench_ogr -lco GEOMETRY_NAME=geom -nln buildings "
                            ">/dev/null 2>&1";
    int rc = 0;
    const double ogr = timed([&] { rc = std::system(cmd.c_str()); });
    std::printf("import of %lld buildings %21s\n", rows, "wall s");
    std::printf("%-34s %10.2f\n", "fangan → PostGIS (COPY)", pg);
    std::printf("%-34s %10.2f\n", "ogr2ogr -f PostgreSQL", ogr);
    std::printf("%-34s %10.2f\n", "fangan → SpatiaLite", sl);
    std::printf(
        "RESULT buildings=%lld fangan_pg_s=%.2f ogr2ogr_pg_s=%.2f fangan_sqlite_s=%.2f "
        "ratio_pg_ogr=%.2f (goal <= 1.0)\n",
        rows, pg, ogr, sl, pg / ogr);
    return rc == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "postgis_import_bench: " << e.what() << "\n";
    return 1;
  }
}
