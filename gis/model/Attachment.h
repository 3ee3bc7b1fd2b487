#pragma once
// A photo or document in a building's archive (issue 15 item 6, docs/rules.md#attachments):
// the file's bytes are stored inside the project with a small thumbnail, the time and GPS
// position its EXIF data gives, and a SHA-256 digest that refuses the same file twice for one
// building.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace fangan {

enum class AttachmentKind { Photo, Document };

/// Stored key: "photo" / "document".
std::string toKey(AttachmentKind kind);
/// Chinese name: 照片 / 文件.
std::string toChinese(AttachmentKind kind);
/// The kind of a stored key (anything but "document" is a photo).
AttachmentKind attachmentKindFromKey(const std::string& key);

struct Attachment {
  std::int64_t id = 0;
  std::int64_t buildingId = 0;
  std::optional<std::int64_t> eventId;  ///< the inspection event it documents, if any
  AttachmentKind kind = AttachmentKind::Photo;
  std::string fileName;                  ///< original file name, without folders
  std::string mediaType;                 ///< image/jpeg, image/png, image/heic, application/pdf
  std::string sha256;                    ///< lower-case hex digest of `bytes`
  std::int64_t size = 0;                 ///< bytes of the file
  std::vector<unsigned char> bytes;      ///< the file; empty when read without contents
  std::vector<unsigned char> thumbnail;  ///< JPEG of at most 256 px a side; empty for documents
  int width = 0;                         ///< image size in pixels (0 for documents)
  int height = 0;
  std::string exifTime;            ///< EXIF DateTimeOriginal as YYYY-MM-DDTHH:MM:SS, empty if none
  std::optional<double> latitude;  ///< EXIF GPS, WGS 84 degrees (south negative)
  std::optional<double> longitude;
  std::string addedAt;  ///< ISO timestamp set by the store when empty (a copy keeps it)
  std::string addedBy;
};

/// A file that cannot be attached: not a JPEG/PNG/PDF, corrupt, unreadable or a duplicate.
/// The message is Chinese and names the file and the reason.
class AttachmentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace fangan
