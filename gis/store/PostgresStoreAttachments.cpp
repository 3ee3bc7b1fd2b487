// PostgresStore: the photos and documents of building archives (table attachments), with the
// semantics of SpatialiteStoreAttachments.cpp. Bytes and thumbnails travel as binary bytea.

#include <cstdio>

#include "gis/store/PostgresParams.h"
#include "gis/store/PostgresStore.h"
#include "gis/store/UtcTimestamp.h"

namespace fangan {

namespace {

using pg::Param;
using Text = std::optional<std::string>;

using pg::text;
Param textOrNull(const std::string& s) { return Param::of(s.empty() ? Text() : Text(s)); }
// A double as text that reads back to the same value.
Param real(std::optional<double> v) {
  if (!v) return Param::of(Text());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", *v);
  return Param::of(Text(buf));
}
// A bytea parameter; an empty one goes as text "" (libpq would send a binary one as NULL).
Param blob(const std::vector<unsigned char>& b) {
  return b.empty() ? Param::of(Text("")) : Param::of(b);
}

// Columns read back, in this order; `bytes` last so that lists can leave it out.
const char* kColumns =
    "id, building_id, event_id, kind, file_name, media_type, sha256, size, thumbnail, width, "
    "height, exif_time, latitude, longitude, added_at, added_by";

Attachment readAttachment(const pg::Result& r, int i) {
  Attachment a;
  a.id = r.integer(i, 0);
  a.buildingId = r.integer(i, 1);
  if (!r.isNull(i, 2)) a.eventId = r.integer(i, 2);
  a.kind = attachmentKindFromKey(r.text(i, 3));
  a.fileName = r.text(i, 4);
  a.mediaType = r.text(i, 5);
  a.sha256 = r.text(i, 6);
  a.size = r.integer(i, 7);
  if (!r.isNull(i, 8)) a.thumbnail = r.bytes(i, 8);
  a.width = r.isNull(i, 9) ? 0 : static_cast<int>(r.integer(i, 9));
  a.height = r.isNull(i, 10) ? 0 : static_cast<int>(r.integer(i, 10));
  a.exifTime = r.text(i, 11);
  if (!r.isNull(i, 12)) a.latitude = r.real(i, 12);
  if (!r.isNull(i, 13)) a.longitude = r.real(i, 13);
  a.addedAt = r.text(i, 14);
  a.addedBy = r.text(i, 15);
  return a;
}

}  // namespace

std::int64_t PostgresStore::insertAttachment(const Attachment& a) {
  std::int64_t id = 0;
  write([&] {
    const bool sized = a.width > 0;
    const bool placed = a.latitude && a.longitude;
    const auto r = db().query(
        "INSERT INTO attachments(building_id, event_id, kind, file_name, media_type, sha256, "
        "size, bytes, thumbnail, width, height, exif_time, latitude, longitude, added_at, "
        "added_by) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) "
        "RETURNING id",
        {Param::of(a.buildingId), a.eventId ? Param::of(*a.eventId) : Param::of(Text()),
         text(toKey(a.kind)), text(a.fileName), text(a.mediaType), text(a.sha256),
         Param::of(static_cast<std::int64_t>(a.bytes.size())), blob(a.bytes),
         a.thumbnail.empty() ? Param::of(Text()) : Param::of(a.thumbnail),
         sized ? Param::of(std::int64_t{a.width}) : Param::of(Text()),
         sized ? Param::of(std::int64_t{a.height}) : Param::of(Text()), textOrNull(a.exifTime),
         real(placed ? a.latitude : std::nullopt), real(placed ? a.longitude : std::nullopt),
         text(a.addedAt.empty() ? utcTimestamp() : a.addedAt), text(a.addedBy)});
    id = r.integer(0, 0);
  });
  return id;
}

std::vector<Attachment> PostgresStore::attachments(std::int64_t buildingId) const {
  const auto r = db().query(
      std::string("SELECT ") + kColumns + " FROM attachments WHERE building_id = $1 ORDER BY id",
      {Param::of(buildingId)});
  std::vector<Attachment> out;
  for (int i = 0; i < r.rows(); ++i) out.push_back(readAttachment(r, i));
  return out;
}

std::optional<Attachment> PostgresStore::attachment(std::int64_t id) const {
  const auto r =
      db().query(std::string("SELECT ") + kColumns + ", bytes FROM attachments WHERE id = $1",
                 {Param::of(id)});
  if (r.rows() == 0) return std::nullopt;
  Attachment a = readAttachment(r, 0);
  a.bytes = r.bytes(0, 16);
  return a;
}

std::vector<std::int64_t> PostgresStore::attachmentIds() const {
  const auto r = db().query("SELECT id FROM attachments ORDER BY id");
  std::vector<std::int64_t> out;
  for (int i = 0; i < r.rows(); ++i) out.push_back(r.integer(i, 0));
  return out;
}

}  // namespace fangan
