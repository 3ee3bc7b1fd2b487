#include "gis/model/Attachment.h"

namespace fangan {

std::string toKey(AttachmentKind kind) {
  return kind == AttachmentKind::Document ? "document" : "photo";
}

std::string toChinese(AttachmentKind kind) {
  return kind == AttachmentKind::Document ? "文件" : "照片";
}

AttachmentKind attachmentKindFromKey(const std::string& key) {
  return key == "document" ? AttachmentKind::Document : AttachmentKind::Photo;
}

}  // namespace fangan
