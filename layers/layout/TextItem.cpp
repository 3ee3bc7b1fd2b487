#include "layers/layout/TextItem.h"

namespace fangan {

TextItem::TextItem(ItemPlacement placement, const ItemProperties& p) : LayoutItem(placement) {
  role_ = p.choice(QStringLiteral("role"),
                   {QString(), QStringLiteral("title"), QStringLiteral("subtitle"),
                    QStringLiteral("date"), QStringLiteral("source"), QStringLiteral("note")},
                   QString());
  text_ = p.text(QStringLiteral("text"));
  fontPt_ = p.number(QStringLiteral("font_pt"), fontPt_, 3);
  bold_ = p.flag(QStringLiteral("bold"), bold_);
  const QString h =
      p.choice(QStringLiteral("align"),
               {QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")},
               QStringLiteral("left"));
  const QString v =
      p.choice(QStringLiteral("valign"),
               {QStringLiteral("top"), QStringLiteral("center"), QStringLiteral("bottom")},
               QStringLiteral("top"));
  align_ = (h == QLatin1String("center")  ? Qt::AlignHCenter
            : h == QLatin1String("right") ? Qt::AlignRight
                                          : Qt::AlignLeft) |
           (v == QLatin1String("center")   ? Qt::AlignVCenter
            : v == QLatin1String("bottom") ? Qt::AlignBottom
                                           : Qt::AlignTop);
  color_ = p.color(QStringLiteral("color"), color_);
}

QString TextItem::resolvedText(const LayoutContext& context) const {
  const auto it =
      role_.isEmpty() ? context.roleTexts.constEnd() : context.roleTexts.constFind(role_);
  return context.expand(it != context.roleTexts.constEnd() ? *it : text_).trimmed();
}

void TextItem::paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const {
  const QString text = resolvedText(context);
  if (text.isEmpty()) return;
  const int flags = static_cast<int>(align_) | Qt::TextWordWrap;
  painter.save();
  painter.setPen(color_);
  // Shrink in 5 % steps until the wrapped text fits, down to half the template's size.
  for (double pt = fontPt_;; pt *= 0.95) {
    painter.setFont(context.units.font(context.fontFamily, pt, bold_));
    const QRectF needed = painter.boundingRect(rect, flags, text);
    if ((needed.height() <= rect.height() + 0.5 && needed.width() <= rect.width() + 0.5) ||
        pt < fontPt_ * 0.5) {
      break;
    }
  }
  painter.drawText(rect, flags, text);
  painter.restore();
}

}  // namespace fangan
