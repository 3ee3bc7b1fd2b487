#include "layers/layout/LayoutTemplate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutError.h"

namespace fangan {
namespace {

[[noreturn]] void fail(const QString& where, const QString& message) {
  throw LayoutError(QStringLiteral("%1: %2").arg(where, message).toStdString());
}

QMarginsF readMargins(const QJsonValue& value, const QString& where) {
  if (value.isUndefined()) return QMarginsF(10, 10, 10, 10);
  if (value.isDouble()) {
    const double m = value.toDouble();
    return QMarginsF(m, m, m, m);
  }
  const QJsonArray a = value.toArray();
  if (!value.isArray() || a.size() != 4) {
    fail(where, QStringLiteral("page.margins_mm 应为一个数或 [左, 上, 右, 下] 四个数"));
  }
  for (const QJsonValue& v : a) {
    if (!v.isDouble() || v.toDouble() < 0)
      fail(where, QStringLiteral("page.margins_mm 应为非负数"));
  }
  return QMarginsF(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble());
}

}  // namespace

LayoutTemplate LayoutTemplate::parse(const QByteArray& json, const QString& origin) {
  const QString file = QFileInfo(origin).fileName();
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (error.error != QJsonParseError::NoError) {
    // Give a line number: offsets mean nothing to someone editing in Notepad.
    const int line = static_cast<int>(json.left(error.offset).count('\n')) + 1;
    fail(QStringLiteral("%1:%2").arg(file).arg(line),
         QStringLiteral("JSON 格式错误：%1").arg(error.errorString()));
  }
  if (!doc.isObject()) fail(file, QStringLiteral("模板应为一个 JSON 对象"));
  const QJsonObject root = doc.object();
  const ItemProperties top(root, file);

  LayoutTemplate t;
  t.origin = origin;
  t.name = top.text(QStringLiteral("name"), QFileInfo(origin).completeBaseName());
  t.title = top.text(QStringLiteral("title"));
  t.description = top.text(QStringLiteral("description"));
  t.fontFamily = top.text(QStringLiteral("font"), t.fontFamily);

  const QJsonObject page = root.value(QStringLiteral("page")).toObject();
  const ItemProperties pageProperties(page, file + QStringLiteral(" page"));
  const QString size = pageProperties.choice(
      QStringLiteral("size"), {QStringLiteral("A4"), QStringLiteral("A3")}, QStringLiteral("A4"));
  t.page.paper = *paperSizeFromName(size);
  t.page.orientation = *orientationFromName(pageProperties.choice(
      QStringLiteral("orientation"), {QStringLiteral("portrait"), QStringLiteral("landscape")},
      QStringLiteral("landscape")));
  t.page.marginsMm = readMargins(page.value(QStringLiteral("margins_mm")), file);

  const QJsonValue items = root.value(QStringLiteral("items"));
  if (!items.isArray() || items.toArray().isEmpty()) {
    fail(file, QStringLiteral("缺少 items（页面元素列表）"));
  }
  int index = 0;
  for (const QJsonValue& v : items.toArray()) {
    ++index;
    if (!v.isObject()) fail(file, QStringLiteral("第 %1 项应为 JSON 对象").arg(index));
    const QJsonObject item = v.toObject();
    const QString type = item.value(QStringLiteral("type")).toString();
    if (type.isEmpty()) fail(file, QStringLiteral("第 %1 项缺少 type").arg(index));
    t.items.push_back(
        {type, item, QStringLiteral("%1 第 %2 项 (%3)").arg(file).arg(index).arg(type)});
  }
  return t;
}

LayoutTemplate LayoutTemplate::load(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    throw LayoutError(
        QStringLiteral("无法读取模板 %1：%2").arg(path, file.errorString()).toStdString());
  }
  return parse(file.readAll(), path);
}

}  // namespace fangan
