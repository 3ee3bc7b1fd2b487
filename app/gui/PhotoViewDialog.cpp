#include "app/gui/PhotoViewDialog.h"

#include <QDialogButtonBox>
#include <QPixmap>
#include <QVBoxLayout>

#include "app/gui/AttachmentGallery.h"

namespace fangan {
namespace gui {

PhotoViewDialog::PhotoViewDialog(const Attachment& photo, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("照片：%1").arg(QString::fromStdString(photo.fileName)));
  image_ = QImage::fromData(photo.bytes.data(), static_cast<int>(photo.bytes.size()));
  auto* layout = new QVBoxLayout(this);
  picture_ = new QLabel(this);
  picture_->setAlignment(Qt::AlignCenter);
  picture_->setMinimumSize(320, 240);
  layout->addWidget(picture_, 1);
  caption_ =
      new QLabel(AttachmentGallery::caption(photo).replace('\n', QStringLiteral("　")), this);
  caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(caption_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  if (image_.isNull()) picture_->setText(tr("照片无法显示"));
  resize(900, 700);
}

void PhotoViewDialog::resizeEvent(QResizeEvent* event) {
  QDialog::resizeEvent(event);
  fit();
}

void PhotoViewDialog::fit() {
  if (image_.isNull()) return;
  const QSize room = picture_->size().boundedTo(image_.size());
  picture_->setPixmap(
      QPixmap::fromImage(image_.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

}  // namespace gui
}  // namespace fangan
