#include "app/gui/ConnectionBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <exception>

namespace fangan {
namespace gui {

ConnectionBanner::ConnectionBanner(std::function<void()> reconnect, QWidget* parent)
    : QFrame(parent), reconnect_(std::move(reconnect)) {
  setObjectName(QStringLiteral("connectionBanner"));
  setStyleSheet(QStringLiteral(
      "#connectionBanner { background: #fff3cd; border-bottom: 1px solid #e0b000; }"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(10, 4, 10, 4);
  label_ = new QLabel(this);
  label_->setObjectName(QStringLiteral("connectionBannerText"));
  label_->setWordWrap(true);
  layout->addWidget(label_, 1);
  retryButton_ = new QPushButton(tr("立即重试"), this);
  retryButton_->setObjectName(QStringLiteral("connectionRetryButton"));
  connect(retryButton_, &QPushButton::clicked, this, &ConnectionBanner::retry);
  layout->addWidget(retryButton_);
  timer_ = new QTimer(this);
  timer_->setInterval(3000);
  connect(timer_, &QTimer::timeout, this, &ConnectionBanner::retry);
  hide();
}

void ConnectionBanner::setRetryInterval(int ms) { timer_->setInterval(ms); }

QString ConnectionBanner::text() const { return label_->text(); }

namespace {

// The store's message without its own "与服务器的连接已断开…:" head, which the banner says.
QString cause(QString why) {
  for (const QString& head : {QStringLiteral("与服务器的连接已断开，本次操作未写入"),
                              QStringLiteral("与服务器的连接已断开")}) {
    if (why.startsWith(head)) {
      why = why.mid(head.size());
      break;
    }
  }
  while (!why.isEmpty() && (why[0] == u':' || why[0] == u'：' || why[0] == u' ')) why.remove(0, 1);
  return why.isEmpty() ? QStringLiteral("—") : why;
}

}  // namespace

void ConnectionBanner::connectionLost(const QString& why) {
  if (!lost_) attempts_ = 0;
  lost_ = true;
  why_ = cause(why);
  label_->setText(tr("与服务器的连接已断开：%1。正在重新连接…… "
                     "已填写但未保存的内容仍在窗口中，连接恢复后再保存即可。")
                      .arg(why_));
  show();
  timer_->start();
}

void ConnectionBanner::dismiss() {
  lost_ = false;
  timer_->stop();
  hide();
}

void ConnectionBanner::retry() {
  if (!lost_) return;
  ++attempts_;
  try {
    reconnect_();
  } catch (const std::exception& e) {
    label_->setText(tr("与服务器的连接已断开。第 %1 "
                       "次重新连接未成功：%2。稍后自动再试；已填写但未保存的内容仍在窗口中。")
                        .arg(attempts_)
                        .arg(QString::fromStdString(e.what())));
    return;
  }
  dismiss();
  emit reconnected();
}

}  // namespace gui
}  // namespace fangan
