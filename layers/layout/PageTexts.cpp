#include "layers/layout/PageTexts.h"

namespace fangan {

QString chineseDate(const QDate& date) {
  return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QHash<QString, QString> PageTexts::variables() const {
  QHash<QString, QString> v;
  if (!note.isEmpty()) v.insert(QStringLiteral("note"), note);
  if (!source.isEmpty()) v.insert(QStringLiteral("source"), source);
  if (!district.isEmpty()) v.insert(QStringLiteral("district"), district);
  if (date.isValid()) v.insert(QStringLiteral("date"), chineseDate(date));
  return v;
}

QHash<QString, QString> PageTexts::roleTexts() const {
  QHash<QString, QString> r;
  if (!title.isEmpty()) r.insert(QStringLiteral("title"), title);
  if (!subtitle.isEmpty()) r.insert(QStringLiteral("subtitle"), subtitle);
  return r;
}

}  // namespace fangan
