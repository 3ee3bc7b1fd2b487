#include "app/gui/AttachmentGallery.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include "layers/attach/AttachmentIntake.h"

namespace fangan {
namespace gui {
namespace {

constexpr int kIconSide = 96;

// A page symbol for documents.
QPixmap documentIcon() {
  QPixmap pixmap(kIconSide, kIconSide);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(QColor(90, 90, 90), 2));
  painter.setBrush(Qt::white);
  painter.drawRect(QRectF(20, 8, 56, 80));
  painter.setPen(QColor(190, 30, 30));
  QFont font = painter.font();
  font.setBold(true);
  font.setPixelSize(16);
  painter.setFont(font);
  painter.drawText(QRectF(20, 8, 56, 80), Qt::AlignCenter, QStringLiteral("PDF"));
  return pixmap;
}

}  // namespace

AttachmentGallery::AttachmentGallery(QWidget* parent) : QListWidget(parent) {
  setViewMode(QListView::IconMode);
  setIconSize(QSize(kIconSide, kIconSide));
  setResizeMode(QListView::Adjust);
  setMovement(QListView::Static);
  setWordWrap(true);
  setGridSize(QSize(kIconSide + 48, kIconSide + 56));
  setSelectionMode(QAbstractItemView::SingleSelection);
  connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
    emit attachmentOpened(item->data(Qt::UserRole).toLongLong());
  });
  connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    emit attachmentOpened(item->data(Qt::UserRole).toLongLong());
  });
}

QString AttachmentGallery::caption(const Attachment& a) {
  QString text = QString::fromStdString(a.fileName);
  if (a.kind == AttachmentKind::Photo) {
    text += QStringLiteral("\n") + (a.exifTime.empty()
                                        ? tr("拍摄时间不详")
                                        : QString::fromStdString(a.exifTime).replace('T', ' '));
  }
  if (a.latitude && a.longitude) {
    text += QStringLiteral("\n%1, %2").arg(*a.latitude, 0, 'f', 5).arg(*a.longitude, 0, 'f', 5);
  }
  return text;
}

void AttachmentGallery::setAttachments(const std::vector<Attachment>& attachments) {
  clear();
  for (const Attachment& a : attachments) {
    QPixmap pixmap;
    if (!a.thumbnail.empty()) {
      pixmap.loadFromData(a.thumbnail.data(), static_cast<uint>(a.thumbnail.size()), "JPEG");
    }
    if (pixmap.isNull()) pixmap = documentIcon();
    auto* item = new QListWidgetItem(QIcon(pixmap), caption(a), this);
    item->setData(Qt::UserRole, static_cast<qlonglong>(a.id));
    item->setToolTip(caption(a));
  }
}

}  // namespace gui
}  // namespace fangan
