// Attaching a large photo (issue 15 item 6: a 20 MB photo stored and thumbnailed in < 1 s).
// Makes a noisy JPEG of about 20 MB (random pixels at quality 100), then times reading and
// checking it with its thumbnail and EXIF (layers/attach/AttachmentIntake.h) and storing it in
// a fresh SpatiaLite project in one transaction. Prints the file size and the times (median of
// --runs, default 5; each run attaches to another building of the project).
// usage: attach_bench [--runs N] [--keep DIR]

#include <QBuffer>
#include <QImage>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gis/archive/AttachmentRegister.h"
#include "gis/store/ProjectStore.h"
#include "layers/attach/AttachmentIntake.h"
#include "layers/layout/HeadlessGui.h"

using namespace fangan;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

Wkb squareAt(double x) {
  // WKB multipolygon of one 10 m square, little endian.
  std::vector<unsigned char> w;
  auto u32 = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) w.push_back(static_cast<unsigned char>(v >> (8 * i)));
  };
  auto f64 = [&](double d) {
    unsigned char b[8];
    std::memcpy(b, &d, 8);
    w.insert(w.end(), b, b + 8);
  };
  w.push_back(1);
  u32(6);
  u32(1);
  w.push_back(1);
  u32(3);
  u32(1);
  u32(5);
  const double xs[5] = {x, x + 10, x + 10, x, x};
  const double ys[5] = {0, 0, 10, 10, 0};
  for (int i = 0; i < 5; ++i) {
    f64(380000 + xs[i]);
    f64(4710000 + ys[i]);
  }
  return w;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::string keep;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
    if (a == "--keep") keep = argv[i + 1];
  }
  const HeadlessGui gui;
  const std::filesystem::path dir =
      keep.empty() ? std::filesystem::temp_directory_path() / "fangan-attach-bench"
                   : std::filesystem::path(keep);
  std::filesystem::create_directories(dir);
  const std::string photo = (dir / "big.jpg").string();
  const std::string project = (dir / "bench.sqlite").string();
  std::filesystem::remove(project);

  QImage image(3600, 2900, QImage::Format_RGB32);
  std::uint32_t state = 12345;
  for (int y = 0; y < image.height(); ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < image.width(); ++x) {
      state = state * 1664525u + 1013904223u;
      line[x] = 0xFF000000u | (state >> 8);
    }
  }
  QByteArray jpeg;
  QBuffer buffer(&jpeg);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "JPEG", 100);
  std::ofstream(photo, std::ios::binary).write(jpeg.constData(), jpeg.size());

  auto store = createSpatialiteProject(project, 32631);
  {
    const auto tx = store->begin();
    for (int i = 0; i < runs; ++i) {
      BuildingRecord r;
      r.code = "B" + std::to_string(i + 1);
      store->upsertBuilding(r, squareAt(20.0 * i), "bench");
    }
    tx->commit();
  }

  std::vector<double> intake, storing, total;
  Attachment last;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    Attachment a = readAttachmentFile(photo);
    const auto t1 = Clock::now();
    last = a;
    addAttachments(*store, "B" + std::to_string(i + 1), {std::move(a)}, std::nullopt, "bench");
    const auto t2 = Clock::now();
    intake.push_back(ms(t1 - t0));
    storing.push_back(ms(t2 - t1));
    total.push_back(ms(t2 - t0));
  }
  std::printf("photo: %s, %.1f MB, %dx%d, thumbnail %zu bytes\n", photo.c_str(), jpeg.size() / 1e6,
              last.width, last.height, last.thumbnail.size());
  std::printf("runs: %d (median)\n", runs);
  std::printf("read+check+thumbnail+EXIF: %.0f ms\n", median(intake));
  std::printf("store (one transaction):   %.0f ms\n", median(storing));
  std::printf("total:                     %.0f ms (goal < 1000 ms)\n", median(total));
  return 0;
}
