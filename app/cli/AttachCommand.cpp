// fangan attach PROJECT --code C FILE… [--event ID]
//   Attaches photos (JPEG/PNG, HEIC where Qt reads it) and PDF documents to a building's archive
//   (docs/rules.md#attachments), all in one transaction: one refused file (wrong type, corrupt,
//   duplicate) leaves the project unchanged. Output, one line per file:
//     attached 3 photo IMG_0001.jpg 2024-05-06T14:03:22 30.123456,120.123456
// fangan attachments PROJECT --code C [--json]
//   Lists a building's attachments:
//     1 photo IMG_0001.jpg image/jpeg 2048 B 4000x3000 2024-05-06T14:03:22 30.123456,120.123456
//   --json: an array of {id, kind, file_name, media_type, size, width, height, sha256,
//   exif_time, latitude, longitude, event_id, added_at, added_by}.
// Exit 1 for a refused file or an unknown building (nothing written), 2 for bad usage.

#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "app/cli/Command.h"
#include "gis/archive/AttachmentRegister.h"
#include "layers/attach/AttachmentIntake.h"
#include "layers/layout/HeadlessGui.h"

namespace fangan::cli {
namespace {

std::string position(const Attachment& a) {
  if (!a.latitude || !a.longitude) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f,%.6f", *a.latitude, *a.longitude);
  return buf;
}

int runAttach(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() < 2) throw UsageError("需要项目文件路径和至少一个文件");
  if (!a.has("--code")) throw UsageError("缺少 --code C");
  std::optional<std::int64_t> eventId;
  if (a.has("--event")) {
    try {
      eventId = std::stoll(a.value("--event"));
    } catch (const std::exception&) {
      throw UsageError("--event 需要检查记录编号（整数）");
    }
  }
  const HeadlessGui gui;  // image decoding
  std::vector<Attachment> files;
  for (std::size_t i = 1; i < a.positional.size(); ++i) {
    files.push_back(readAttachmentFile(a.positional[i]));
  }
  auto store = openProject(a.positional[0]);
  const std::vector<Attachment> shown = files;  // names and facts for the output
  const auto ids =
      addAttachments(*store, a.value("--code"), std::move(files), eventId, "cli:attach");
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const Attachment& f = shown[i];
    out << "attached " << ids[i] << " " << toKey(f.kind) << " " << f.fileName;
    if (!f.exifTime.empty()) out << " " << f.exifTime;
    if (!position(f).empty()) out << " " << position(f);
    out << "\n";
  }
  return 0;
}

int runAttachments(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  if (!a.has("--code")) throw UsageError("缺少 --code C");
  auto store = openProject(a.positional[0]);
  const auto building = store->buildingByCode(a.value("--code"));
  if (!building) throw std::runtime_error("房屋编码不存在：" + a.value("--code"));
  const auto list = store->attachments(building->id);
  if (a.has("--json")) {
    nlohmann::json rows = nlohmann::json::array();
    for (const Attachment& f : list) {
      nlohmann::json row = {{"id", f.id},
                            {"kind", toKey(f.kind)},
                            {"file_name", f.fileName},
                            {"media_type", f.mediaType},
                            {"size", f.size},
                            {"width", f.width},
                            {"height", f.height},
                            {"sha256", f.sha256},
                            {"exif_time", f.exifTime},
                            {"latitude", nullptr},
                            {"longitude", nullptr},
                            {"event_id", nullptr},
                            {"added_at", f.addedAt},
                            {"added_by", f.addedBy}};
      if (f.latitude) row["latitude"] = *f.latitude;
      if (f.longitude) row["longitude"] = *f.longitude;
      if (f.eventId) row["event_id"] = *f.eventId;
      rows.push_back(row);
    }
    out << rows.dump(2) << "\n";
    return 0;
  }
  for (const Attachment& f : list) {
    out << f.id << " " << toKey(f.kind) << " " << f.fileName << " " << f.mediaType << " " << f.size
        << " B";
    if (f.width > 0) out << " " << f.width << "x" << f.height;
    if (!f.exifTime.empty()) out << " " << f.exifTime;
    if (!position(f).empty()) out << " " << position(f);
    out << "\n";
  }
  return 0;
}

const CommandRegistration attach(
    {"attach", "attach PROJECT --code C FILE... [--event ID]", {}, runAttach});
const CommandRegistration attachments(
    {"attachments", "attachments PROJECT --code C [--json]", {"--json"}, runAttachments});

}  // namespace
}  // namespace fangan::cli
