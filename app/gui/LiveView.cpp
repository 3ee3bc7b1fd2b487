#include "app/gui/LiveView.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QStringList>

#include "gis/store/ChangeFeed.h"

namespace fangan::gui {

LiveView::LiveView(const std::string& location, const ProjectStore& store, QObject* parent)
    : QObject(parent), store_(store), feed_(std::make_unique<ChangeFeed>(location)) {
  notifier_ = new QSocketNotifier(feed_->socket(), QSocketNotifier::Read, this);
  connect(notifier_, &QSocketNotifier::activated, this, &LiveView::readFeed);
}

LiveView::~LiveView() = default;

void LiveView::readFeed() {
  ProjectChanges changes;
  try {
    changes = feed_->drain();
  } catch (const std::exception& e) {
    notifier_->setEnabled(false);
    emit lost(QString::fromStdString(e.what()));
    return;
  }
  if (changes.everything) {
    emit everythingChanged();
    return;
  }
  for (const std::int64_t id : changes.buildings) emit buildingChanged(id);
}

QString connectedRoleText(const std::string& role) {
  if (role == "admin") return QCoreApplication::translate("fangan::gui::LiveView", "区级管理员");
  if (role == "town") return QCoreApplication::translate("fangan::gui::LiveView", "镇街");
  if (role == "grid") return QCoreApplication::translate("fangan::gui::LiveView", "网格员");
  if (role == "viewer") return QCoreApplication::translate("fangan::gui::LiveView", "只读");
  return QCoreApplication::translate("fangan::gui::LiveView", "所有者");
}

QString LiveView::connectedText() const {
  QStringList names;
  try {
    for (const ConnectedUser& u : connectedUsers(store_)) {
      names << tr("%1（%2）").arg(QString::fromStdString(u.name), connectedRoleText(u.role));
    }
  } catch (const std::exception&) {
    return QString();
  }
  return tr("在线：%1").arg(names.join(tr("、")));
}

}  // namespace fangan::gui
