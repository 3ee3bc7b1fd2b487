#pragma once
// The live view of a server project (issue 12 item 5): listens to the project's change feed
// (gis/store/ChangeFeed.h) with a QSocketNotifier on its socket, so what other users change
// reaches the open window as soon as they commit, and tells who is connected in which role for
// the status bar. Nothing is polled: the socket wakes the event loop.

#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <memory>

namespace fangan {

class ChangeFeed;
class ProjectStore;

namespace gui {

class LiveView : public QObject {
  Q_OBJECT
 public:
  /// Listens for the server project at `location`; throws StoreError when it cannot.
  LiveView(const std::string& location, const ProjectStore& store, QObject* parent = nullptr);
  ~LiveView() override;

  /// "在线：NAME（ROLE）、…" for the status bar.
  QString connectedText() const;

 signals:
  /// A building changed on the server (the window reads it and redraws it).
  void buildingChanged(qint64 id);
  /// Buildings were added or removed, or too many changed to list: reread the project.
  void everythingChanged();
  /// The feed's connection broke; the view has stopped.
  void lost(const QString& why);

 private:
  void readFeed();

  const ProjectStore& store_;
  std::unique_ptr<ChangeFeed> feed_;
  QSocketNotifier* notifier_ = nullptr;
};

/// The role of a project user as the status bar shows it (区级管理员, 镇街, 网格员, 只读, 所有者).
QString connectedRoleText(const std::string& role);

}  // namespace gui
}  // namespace fangan
