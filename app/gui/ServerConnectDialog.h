#pragma once
// 连接服务器…: opens a project on the district's PostgreSQL/PostGIS server. The user fills in
// host, port, database, the project's schema and the user name; the dialog makes the location
// `postgresql://user@host:port/db?schema=NAME` that every Fangan command takes. The password
// never goes into the location (nor into the recent-projects list): it is empty when
// ~/.pgpass holds it, otherwise the window hands it to libpq for this process only.

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace fangan {
namespace gui {

class ServerConnectDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ServerConnectDialog(QWidget* parent = nullptr);

  /// Fills the form from a location (`postgresql://…?schema=…`); false when it is not one.
  bool setLocation(const QString& location);
  /// The location the form describes; empty while the form is incomplete or invalid.
  QString location() const;
  /// What is wrong with the form, empty when nothing.
  QString problem() const;
  QString password() const;
  void setPassword(const QString& password);

  QLineEdit* hostEdit() const { return host_; }
  QSpinBox* portBox() const { return port_; }
  QLineEdit* databaseEdit() const { return database_; }
  QLineEdit* schemaEdit() const { return schema_; }
  QLineEdit* userEdit() const { return user_; }

 public slots:
  /// Closes with the location when the form is valid; otherwise shows the problem.
  void accept() override;

 private:
  QLineEdit* host_ = nullptr;
  QSpinBox* port_ = nullptr;
  QLineEdit* database_ = nullptr;
  QLineEdit* schema_ = nullptr;
  QLineEdit* user_ = nullptr;
  QLineEdit* password_ = nullptr;
  QLabel* error_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
