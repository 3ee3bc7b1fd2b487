#include "layers/layout/ItemPlacement.h"

#include <QJsonValue>
#include <algorithm>
#include <utility>

#include "layers/layout/LayoutError.h"

namespace fangan {
namespace {

// One axis: start and length of the item within [0, available].
std::pair<double, double> resolveAxis(const std::optional<double>& start,
                                      const std::optional<double>& end,
                                      const std::optional<double>& size, double available) {
  double from = 0;
  double length = available;
  if (start && end) {
    from = *start;
    length = available - *start - *end;
  } else if (start && size) {
    from = *start;
    length = *size;
  } else if (end && size) {
    length = *size;
    from = available - *end - *size;
  } else if (size) {
    length = *size;
    from = (available - *size) / 2;
  } else if (start) {
    from = *start;
    length = available - *start;
  } else if (end) {
    length = available - *end;
  }
  return {from, std::max(0.0, length)};
}

}  // namespace

QRectF ItemPlacement::resolve(const QRectF& content) const {
  const auto [x, w] = resolveAxis(left, right, width, content.width());
  const auto [y, h] = resolveAxis(top, bottom, height, content.height());
  return QRectF(content.x() + x, content.y() + y, w, h);
}

ItemPlacement ItemPlacement::fromJson(const QJsonObject& item, const QString& where,
                                      bool required) {
  ItemPlacement p;
  bool any = false;
  const auto read = [&](const char* key, std::optional<double>& target) {
    const QJsonValue v = item.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return;
    if (!v.isDouble()) {
      throw LayoutError(QStringLiteral("%1: \"%2\" 应为毫米数").arg(where, key).toStdString());
    }
    target = v.toDouble();
    any = true;
  };
  read("left", p.left);
  read("top", p.top);
  read("right", p.right);
  read("bottom", p.bottom);
  read("width", p.width);
  read("height", p.height);
  if (!any && required) {
    throw LayoutError(QStringLiteral("%1: 缺少位置 (left/top/right/bottom/width/height)")
                          .arg(where)
                          .toStdString());
  }
  return p;
}

}  // namespace fangan
