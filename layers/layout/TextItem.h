#pragma once
// A block of text: title, subtitle, date, data source, free note, page footer. The text may hold
// placeholders ({area}, {title}, {date}, {scale}, {project}, {srid}, {district}, {town},
// {manager}, {phone}, {page}, {pages}; see data/templates/README.md) and is drawn as text, so
// a PDF keeps it selectable. Too long for its box, it wraps, then shrinks to at most half size.
//
// Template properties: "text" (required unless a role supplies it), "role": "title" |
// "subtitle" | "date" | "source" | "note" | "" (the export can replace a role's text, e.g.
// `--title`), "font_pt": 10, "bold": false, "align": "left" | "center" | "right",
// "valign": "top" | "center" | "bottom", "color": "#000000".

#include <QColor>

#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutItem.h"

namespace fangan {

class TextItem : public LayoutItem {
 public:
  TextItem(ItemPlacement placement, const ItemProperties& properties);

  QString type() const override { return QStringLiteral("text"); }
  /// The role whose text an export may replace ("" for none).
  const QString& role() const { return role_; }
  /// The text after role replacement and placeholder expansion.
  QString resolvedText(const LayoutContext& context) const;
  void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const override;

 private:
  QString text_;
  QString role_;
  double fontPt_ = 10;
  bool bold_ = false;
  Qt::Alignment align_ = Qt::AlignLeft | Qt::AlignTop;
  QColor color_ = Qt::black;
};

}  // namespace fangan
