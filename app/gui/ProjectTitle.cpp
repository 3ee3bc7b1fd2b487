#include "app/gui/ProjectTitle.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

QString projectTitle(const QString& location) {
  if (!isServerProject(location.toStdString())) return QFileInfo(location).fileName();
  const QUrl url(location);
  QString schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
  if (schema.isEmpty()) schema = QStringLiteral("public");
  return schema + QLatin1Char('@') + url.host();
}

}  // namespace gui
}  // namespace fangan
