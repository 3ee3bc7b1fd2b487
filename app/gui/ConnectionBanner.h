#pragma once
// The banner over the map when a server project's connection drops (issue 12, "Bad input and
// faults"): it says why in one line, tries to connect again every few seconds (and at once on
// 立即重试), and hides when the server answers. The window keeps every open form meanwhile: a
// form whose save met the drop stays open with its error, and saving again after the banner is
// gone writes it.

#include <QFrame>
#include <QString>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace fangan {
namespace gui {

class ConnectionBanner : public QFrame {
  Q_OBJECT
 public:
  /// `reconnect` tries once and throws std::exception with the reason while it cannot.
  ConnectionBanner(std::function<void()> reconnect, QWidget* parent = nullptr);

  /// Shows the banner for a drop (`why`: the store's one-line message) and starts retrying.
  void connectionLost(const QString& why);
  /// Hides the banner and stops retrying (the project was closed).
  void dismiss();
  /// Whether the banner is up (a drop not yet recovered).
  bool lost() const { return lost_; }
  /// The banner's text, for tests and the accessibility name.
  QString text() const;
  /// Milliseconds between attempts (3000 by default).
  void setRetryInterval(int ms);

 signals:
  /// The connection is back; the window restarts its live view and offers a reload.
  void reconnected();

 private:
  void retry();

  std::function<void()> reconnect_;
  QLabel* label_ = nullptr;
  QPushButton* retryButton_ = nullptr;
  QTimer* timer_ = nullptr;
  QString why_;
  int attempts_ = 0;
  bool lost_ = false;
};

}  // namespace gui
}  // namespace fangan
