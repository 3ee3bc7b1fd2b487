#pragma once
// Attaching photos and documents to a building (docs/rules.md#attachments). The files arrive
// already read and checked (layers/attach/AttachmentIntake.h decodes images and makes the
// thumbnail; gis/ has no image decoder); here they are tied to the building and, optionally, to
// one of its inspection events, duplicates are refused and every insert is audit-logged.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gis/model/Attachment.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Stores one attachment of building `buildingId` inside the transaction the caller holds.
/// Throws AttachmentError when the building already holds the same file (same SHA-256).
std::int64_t storeAttachment(ProjectStore& store, std::int64_t buildingId, Attachment file,
                             const std::optional<std::int64_t>& eventId, const std::string& who);

/// Attaches `files` to the building of `code` (and to event `eventId` of it, when given) in one
/// transaction; returns the new ids. Throws AttachmentError naming the file and the reason —
/// unknown building or event, a file already attached or given twice — and then writes nothing.
std::vector<std::int64_t> addAttachments(ProjectStore& store, const std::string& code,
                                         std::vector<Attachment> files,
                                         const std::optional<std::int64_t>& eventId,
                                         const std::string& who);

}  // namespace fangan
