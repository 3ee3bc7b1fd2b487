#include "app/gui/ServerConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace fangan {
namespace gui {

namespace {

// A schema or database name as Fangan accepts it (it goes into SQL): a lower-case word.
bool isPlainName(const QString& name) {
  static const QRegularExpression word(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
  return word.match(name).hasMatch();
}

}  // namespace

ServerConnectDialog::ServerConnectDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("连接服务器"));
  host_ = new QLineEdit(QStringLiteral("127.0.0.1"), this);
  port_ = new QSpinBox(this);
  port_->setRange(1, 65535);
  port_->setValue(5432);
  database_ = new QLineEdit(QStringLiteral("fangan"), this);
  schema_ = new QLineEdit(this);
  schema_->setPlaceholderText(tr("项目名，如 haidian"));
  user_ = new QLineEdit(QString::fromLocal8Bit(qgetenv("USER")), this);
  password_ = new QLineEdit(this);
  password_->setEchoMode(QLineEdit::Password);
  password_->setPlaceholderText(tr("留空则使用 ~/.pgpass"));
  for (QLineEdit* edit : {host_, database_, schema_, user_, password_}) {
    edit->setMinimumWidth(220);
  }
  host_->setObjectName(QStringLiteral("serverHost"));
  schema_->setObjectName(QStringLiteral("serverSchema"));

  auto* form = new QFormLayout;
  form->addRow(tr("服务器："), host_);
  form->addRow(tr("端口："), port_);
  form->addRow(tr("数据库："), database_);
  form->addRow(tr("项目（方案）："), schema_);
  form->addRow(tr("用户名："), user_);
  form->addRow(tr("密码："), password_);
  error_ = new QLabel(this);
  error_->setObjectName(QStringLiteral("serverError"));
  error_->setStyleSheet(QStringLiteral("color: #b00000"));
  error_->setWordWrap(true);
  error_->hide();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("连接"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
  connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(error_);
  layout->addWidget(buttons);
}

bool ServerConnectDialog::setLocation(const QString& location) {
  const QUrl url(location);
  if (!url.isValid() ||
      (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
    return false;
  }
  host_->setText(url.host());
  port_->setValue(url.port(5432));
  database_->setText(url.path().mid(1));
  user_->setText(url.userName());
  schema_->setText(QUrlQuery(url).queryItemValue(QStringLiteral("schema")));
  return true;
}

QString ServerConnectDialog::problem() const {
  const QString host = host_->text().trimmed();
  if (host.isEmpty()) return tr("请填写服务器地址");
  if (host.contains(QRegularExpression(QStringLiteral("[\\s/@?#]")))) {
    return tr("服务器地址“%1”无效").arg(host);
  }
  if (!isPlainName(database_->text().trimmed())) {
    return tr("数据库名须为小写字母、数字或下划线，且不以数字开头");
  }
  if (!isPlainName(schema_->text().trimmed())) {
    return tr("项目名须为小写字母、数字或下划线，且不以数字开头");
  }
  if (user_->text().trimmed().isEmpty()) return tr("请填写用户名");
  return {};
}

QString ServerConnectDialog::location() const {
  if (!problem().isEmpty()) return {};
  QUrl url;
  url.setScheme(QStringLiteral("postgresql"));
  url.setUserName(user_->text().trimmed());
  url.setHost(host_->text().trimmed());
  url.setPort(port_->value());
  url.setPath(QLatin1Char('/') + database_->text().trimmed());
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("schema"), schema_->text().trimmed());
  url.setQuery(query);
  return url.toString(QUrl::FullyEncoded);
}

QString ServerConnectDialog::password() const { return password_->text(); }

void ServerConnectDialog::setPassword(const QString& password) { password_->setText(password); }

void ServerConnectDialog::accept() {
  const QString why = problem();
  error_->setText(why);
  error_->setVisible(!why.isEmpty());
  if (why.isEmpty()) QDialog::accept();
}

}  // namespace gui
}  // namespace fangan
