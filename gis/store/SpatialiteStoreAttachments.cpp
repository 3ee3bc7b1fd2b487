// SpatialiteStore: the photos and documents of building archives (table attachments).

#include "gis/store/SpatialiteStore.h"
#include "gis/store/UtcTimestamp.h"

namespace fangan {

namespace {

std::optional<std::string> textCell(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

// Columns read back, in this order; `bytes` last so that lists can leave it out.
const char* kColumns =
    "id, building_id, event_id, kind, file_name, media_type, sha256, size, thumbnail, width, "
    "height, exif_time, latitude, longitude, added_at, added_by";

Attachment readAttachment(const sqlite::Statement& s) {
  Attachment a;
  a.id = s.integer(0);
  a.buildingId = s.integer(1);
  if (!s.isNull(2)) a.eventId = s.integer(2);
  a.kind = attachmentKindFromKey(s.text(3));
  a.fileName = s.text(4);
  a.mediaType = s.text(5);
  a.sha256 = s.text(6);
  a.size = s.integer(7);
  if (!s.isNull(8)) a.thumbnail = s.blob(8);
  a.width = s.isNull(9) ? 0 : static_cast<int>(s.integer(9));
  a.height = s.isNull(10) ? 0 : static_cast<int>(s.integer(10));
  a.exifTime = s.text(11);
  if (!s.isNull(12)) a.latitude = s.real(12);
  if (!s.isNull(13)) a.longitude = s.real(13);
  a.addedAt = s.text(14);
  a.addedBy = s.text(15);
  return a;
}

}  // namespace

std::int64_t SpatialiteStore::insertAttachment(const Attachment& a) {
  std::int64_t id = 0;
  write([&] {
    sqlite::Statement s(*db_,
                        "INSERT INTO attachments(building_id, event_id, kind, file_name, "
                        "media_type, sha256, size, bytes, thumbnail, width, height, exif_time, "
                        "latitude, longitude, added_at, added_by) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, a.buildingId)
        .bind(2, a.eventId)
        .bind(3, toKey(a.kind))
        .bind(4, a.fileName)
        .bind(5, a.mediaType)
        .bind(6, a.sha256)
        .bind(7, static_cast<std::int64_t>(a.bytes.size()))
        .bindStatic(8, a.bytes);
    if (a.thumbnail.empty()) {
      s.bindNull(9);
    } else {
      s.bindStatic(9, a.thumbnail);
    }
    if (a.width > 0) {
      s.bind(10, a.width).bind(11, a.height);
    } else {
      s.bindNull(10).bindNull(11);
    }
    s.bind(12, textCell(a.exifTime));
    if (a.latitude && a.longitude) {
      s.bind(13, *a.latitude).bind(14, *a.longitude);
    } else {
      s.bindNull(13).bindNull(14);
    }
    s.bind(15, a.addedAt.empty() ? utcTimestamp() : a.addedAt).bind(16, a.addedBy).run();
    id = db_->lastInsertId();
  });
  return id;
}

std::vector<Attachment> SpatialiteStore::attachments(std::int64_t buildingId) const {
  std::vector<Attachment> out;
  sqlite::Statement s(*db_, std::string("SELECT ") + kColumns +
                                " FROM attachments WHERE building_id = ? ORDER BY id");
  s.bind(1, buildingId);
  while (s.step()) out.push_back(readAttachment(s));
  return out;
}

std::optional<Attachment> SpatialiteStore::attachment(std::int64_t id) const {
  sqlite::Statement s(*db_,
                      std::string("SELECT ") + kColumns + ", bytes FROM attachments WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  Attachment a = readAttachment(s);
  a.bytes = s.blob(16);
  return a;
}

std::vector<std::int64_t> SpatialiteStore::attachmentIds() const {
  std::vector<std::int64_t> out;
  sqlite::Statement s(*db_, "SELECT id FROM attachments ORDER BY id");
  while (s.step()) out.push_back(s.integer(0));
  return out;
}

}  // namespace fangan
