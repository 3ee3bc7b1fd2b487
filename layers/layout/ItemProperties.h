#pragma once
// Typed reading of one template item's JSON properties. Every getter either returns the value,
// the fallback when the key is absent, or throws a LayoutError that names the template, the item
// and the key, so an office editing a copy of a template learns exactly what to fix.

#include <QColor>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fangan {

class ItemProperties {
 public:
  /// `where` names the item in messages, e.g. "patrol.json 第 3 项 (legend)".
  ItemProperties(QJsonObject object, QString where);

  const QString& where() const { return where_; }
  bool has(const QString& key) const { return object_.contains(key); }

  /// A number, at least `minimum`.
  double number(const QString& key, double fallback, double minimum = -1e300) const;
  /// A string.
  QString text(const QString& key, const QString& fallback = QString()) const;
  /// true / false.
  bool flag(const QString& key, bool fallback) const;
  /// One of `allowed`.
  QString choice(const QString& key, const QStringList& allowed, const QString& fallback) const;
  /// An array of strings.
  QStringList list(const QString& key, const QStringList& fallback = {}) const;
  /// A nested object (empty when absent).
  QJsonObject object(const QString& key) const;
  /// A colour as "#rrggbb", "#aarrggbb" or an SVG colour name.
  QColor color(const QString& key, const QColor& fallback) const;

 private:
  [[noreturn]] void fail(const QString& key, const QString& expected) const;

  QJsonObject object_;
  QString where_;
};

}  // namespace fangan
