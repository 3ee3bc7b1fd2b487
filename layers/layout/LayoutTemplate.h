#pragma once
// A layout template as read from a JSON file in data/templates/ (format: README.md there): the
// page, the font and the items with their properties. Parsing checks the structure; each item
// checks its own properties when the Layout is built, so every error names file, item and key.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <vector>

#include "layers/layout/PageSetup.h"

namespace fangan {

/// One item entry of a template.
struct LayoutItemSpec {
  QString type;            ///< "map", "text", "legend", ...
  QJsonObject properties;  ///< the whole JSON object of the item (position included)
  QString where;           ///< "hazard-grade.json 第 3 项 (legend)", for messages
};

struct LayoutTemplate {
  QString name;         ///< file base name ("hazard-grade")
  QString title;        ///< the map's title without the area ("房屋安全隐患等级分布图")
  QString description;  ///< one line for lists and the export dialog
  QString fontFamily = QStringLiteral("Noto Sans CJK SC");
  PageSetup page;
  std::vector<LayoutItemSpec> items;  ///< painted in this order (later items on top)
  QString origin;                     ///< file the template came from

  /// Parses template JSON; `origin` names it in messages and gives the default name.
  /// Throws LayoutError.
  static LayoutTemplate parse(const QByteArray& json, const QString& origin);
  /// Reads and parses a template file. Throws LayoutError.
  static LayoutTemplate load(const QString& path);
};

}  // namespace fangan
