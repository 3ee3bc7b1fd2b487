#pragma once
// The photos and documents of a building's archive as a gallery of thumbnails
// (docs/rules.md#attachments): each item shows the thumbnail (a page symbol for a PDF), the file
// name, the EXIF time and, when the photo has one, its GPS position. Activating an item (click
// or Enter) asks for the larger view.

#include <QListWidget>
#include <vector>

#include "gis/model/Attachment.h"

namespace fangan {
namespace gui {

class AttachmentGallery : public QListWidget {
  Q_OBJECT

 public:
  explicit AttachmentGallery(QWidget* parent = nullptr);

  /// Shows these attachments (with thumbnails; bytes are not needed), in order.
  void setAttachments(const std::vector<Attachment>& attachments);
  /// The caption of an attachment: name, EXIF time and position ("拍摄时间不详" without EXIF).
  static QString caption(const Attachment& attachment);

 signals:
  /// An item was clicked or activated: the attachment's id.
  void attachmentOpened(qint64 id);
};

}  // namespace gui
}  // namespace fangan
