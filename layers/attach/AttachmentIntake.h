#pragma once
// Reading a file to attach to a building's archive (docs/rules.md#attachments). The type is
// judged by the file's contents, never its name: JPEG and PNG photos (HEIC when this machine's
// Qt has a reader for it) and PDF documents; anything else is refused, and so is an image that
// is cut short or does not decode. A photo gets a JPEG thumbnail of at most 256 px a side
// (decoded at reduced size, so a 20 MB photo stays fast), its pixel size and the EXIF time and
// GPS position. Needs Qt Gui (image decoding), hence layers/, not gis/.

#include <string>
#include <vector>

#include "gis/model/Attachment.h"

namespace fangan {

/// Longest side of a thumbnail, pixels.
inline constexpr int kThumbnailSide = 256;

/// Whether this machine's Qt reads HEIC photos (an image-format plugin for it is installed).
bool heicSupported();

/// An attachment of `bytes` named `fileName` (without folders). Throws AttachmentError
/// ("无法添加 NAME：REASON") for a type that is not accepted or a corrupt file.
Attachment attachmentFromBytes(std::vector<unsigned char> bytes, const std::string& fileName);

/// Reads the file at `path` and makes an attachment of it (attachmentFromBytes). Throws
/// AttachmentError also when the file cannot be read.
Attachment readAttachmentFile(const std::string& path);

}  // namespace fangan
