#include "layers/layout/ItemProperties.h"

#include <QJsonArray>
#include <QJsonValue>

#include "layers/layout/LayoutError.h"

namespace fangan {

ItemProperties::ItemProperties(QJsonObject object, QString where)
    : object_(std::move(object)), where_(std::move(where)) {}

void ItemProperties::fail(const QString& key, const QString& expected) const {
  throw LayoutError(QStringLiteral("%1: \"%2\" %3").arg(where_, key, expected).toStdString());
}

double ItemProperties::number(const QString& key, double fallback, double minimum) const {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined()) return fallback;
  if (!v.isDouble()) fail(key, QStringLiteral("应为数字"));
  if (v.toDouble() < minimum) fail(key, QStringLiteral("不应小于 %1").arg(minimum));
  return v.toDouble();
}

QString ItemProperties::text(const QString& key, const QString& fallback) const {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined()) return fallback;
  if (!v.isString()) fail(key, QStringLiteral("应为文字"));
  return v.toString();
}

bool ItemProperties::flag(const QString& key, bool fallback) const {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined()) return fallback;
  if (!v.isBool()) fail(key, QStringLiteral("应为 true 或 false"));
  return v.toBool();
}

QString ItemProperties::choice(const QString& key, const QStringList& allowed,
                               const QString& fallback) const {
  const QString value = text(key, fallback);
  if (!allowed.contains(value)) fail(key, QStringLiteral("应为 %1 之一").arg(allowed.join(", ")));
  return value;
}

QStringList ItemProperties::list(const QString& key, const QStringList& fallback) const {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined()) return fallback;
  if (!v.isArray()) fail(key, QStringLiteral("应为文字列表"));
  QStringList out;
  for (const QJsonValue& e : v.toArray()) {
    if (!e.isString()) fail(key, QStringLiteral("应为文字列表"));
    out.append(e.toString());
  }
  return out;
}

QJsonObject ItemProperties::object(const QString& key) const {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined()) return QJsonObject();
  if (!v.isObject()) fail(key, QStringLiteral("应为 JSON 对象 {…}"));
  return v.toObject();
}

QColor ItemProperties::color(const QString& key, const QColor& fallback) const {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined()) return fallback;
  const QColor c(v.toString());
  if (!v.isString() || !c.isValid()) fail(key, QStringLiteral("应为颜色，如 \"#1f78b4\""));
  return c;
}

}  // namespace fangan
