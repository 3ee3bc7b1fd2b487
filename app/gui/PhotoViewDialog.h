#pragma once
// A photo of a building's archive at a larger size (fitted to the dialog, up to its own size)
// with its caption: file name, EXIF time and GPS position.

#include <QDialog>
#include <QImage>
#include <QLabel>

#include "gis/model/Attachment.h"

namespace fangan {
namespace gui {

class PhotoViewDialog : public QDialog {
  Q_OBJECT

 public:
  /// `photo` with its bytes.
  explicit PhotoViewDialog(const Attachment& photo, QWidget* parent = nullptr);
  /// The decoded photo (null when it cannot be decoded).
  const QImage& image() const { return image_; }
  QString captionText() const { return caption_->text(); }

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void fit();

  QImage image_;
  QLabel* picture_ = nullptr;
  QLabel* caption_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
