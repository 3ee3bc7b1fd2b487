#include "app/gui/BasemapMenu.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalBlocker>
#include <algorithm>

#include "layers/Basemaps.h"

namespace fangan {
namespace gui {

BasemapMenu::BasemapMenu(QWidget* parent) : QMenu(tr("底图(&B)"), parent) {
  setObjectName(QStringLiteral("basemapMenu"));
  setToolTipsVisible(true);  // the per-basemap actions show their full path
  addAction_ = addAction(tr("添加底图…"), this, &BasemapMenu::chooseBasemap);
  addAction_->setObjectName(QStringLiteral("addBasemapAction"));
  addSeparator();
  listEnd_ = addSeparator();
  removeMenu_ = addMenu(tr("移除底图"));
  removeMenu_->setObjectName(QStringLiteral("removeBasemapMenu"));
  rebuild();
}

void BasemapMenu::setProject(ProjectStore* store) {
  store_ = store;
  entries_.clear();
  hidden_.clear();
  QStringList failures;
  if (store_) {
    for (LoadedBasemap& b : loadBasemaps(*store_)) {
      Entry e{QString::fromStdString(b.path), std::move(b.raster), QString::fromStdString(b.error)};
      if (!e.raster) failures.append(e.error);
      entries_.push_back(std::move(e));
    }
  }
  rebuild();
  emit changed();
  if (!failures.isEmpty()) emit unavailable(failures);
}

bool BasemapMenu::addBasemap(const QString& path, QString* error) {
  if (!store_) {
    if (error) *error = tr("没有打开的项目");
    return false;
  }
  try {
    auto raster = fangan::addBasemap(*store_, path.toStdString());
    entries_.push_back(Entry{path, std::move(raster), QString()});
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  hidden_.erase(path);
  rebuild();
  emit changed();
  return true;
}

bool BasemapMenu::removeBasemap(const QString& path) {
  if (!store_) return false;
  try {
    if (!fangan::removeBasemap(*store_, path.toStdString())) return false;
  } catch (const std::exception& e) {
    QMessageBox::warning(parentWidget(), tr("无法移除底图"),
                         tr("无法移除底图“%1”：%2")
                             .arg(QFileInfo(path).fileName(), QString::fromStdString(e.what())));
    return false;
  }
  entries_.erase(std::remove_if(entries_.begin(), entries_.end(),
                                [&](const Entry& e) { return e.path == path; }),
                 entries_.end());
  hidden_.erase(path);
  rebuild();
  emit changed();
  return true;
}

QStringList BasemapMenu::basemapPaths() const {
  QStringList out;
  for (const Entry& e : entries_) out.append(e.path);
  return out;
}

void BasemapMenu::setBasemapVisible(const QString& path, bool visible) {
  if (visible == isBasemapVisible(path)) return;
  if (visible) {
    hidden_.erase(path);
  } else {
    hidden_.insert(path);
  }
  for (QAction* a : listed_) {
    if (a->isCheckable() && a->data().toString() == path) {
      const QSignalBlocker block(a);
      a->setChecked(visible);
    }
  }
  emit changed();
}

bool BasemapMenu::isBasemapVisible(const QString& path) const {
  return hidden_.find(path) == hidden_.end();
}

std::vector<RenderLayer> BasemapMenu::renderLayers() const {
  std::vector<RenderLayer> layers;
  for (const Entry& e : entries_) {
    if (!e.raster || !isBasemapVisible(e.path)) continue;
    RenderLayer layer;
    layer.style.name = QFileInfo(e.path).fileName();
    layer.style.opacity = kBasemapOpacity;
    layer.raster = e.raster;
    layers.push_back(std::move(layer));
  }
  return layers;
}

void BasemapMenu::chooseBasemap() {
  if (!store_) return;
  const QString folder = QFileInfo(QString::fromStdString(store_->location())).absolutePath();
  const QString path = QFileDialog::getOpenFileName(
      parentWidget(), tr("添加底图"), folder,
      tr("栅格 (*.tif *.tiff *.mbtiles *.jp2 *.png *.jpg);;所有文件 (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (!addBasemap(path, &error)) {
    QMessageBox::warning(parentWidget(), tr("无法添加底图"),
                         tr("无法添加底图“%1”：%2").arg(QFileInfo(path).fileName(), error));
  }
}

void BasemapMenu::showUnavailable(const QStringList& messages) {
  if (messages.isEmpty()) return;
  QMessageBox::warning(parentWidget(), tr("底图无法打开"),
                       tr("以下底图无法打开，未显示（可在“移除底图”中移除）：\n%1")
                           .arg(messages.join(QLatin1Char('\n'))));
}

void BasemapMenu::rebuild() {
  // The old actions go later, not now: rebuild() may run inside one of their triggered signals
  // (removing a basemap from the 移除底图 submenu).
  for (QAction* a : listed_) {
    removeAction(a);
    removeMenu_->removeAction(a);
    a->deleteLater();
  }
  listed_.clear();
  addAction_->setEnabled(store_ != nullptr);

  for (const Entry& e : entries_) {
    const QString name = QFileInfo(e.path).fileName();
    auto* show = new QAction(this);
    show->setData(e.path);
    if (e.raster) {
      show->setText(name);
      show->setToolTip(e.path);
      show->setCheckable(true);
      show->setChecked(isBasemapVisible(e.path));
      const QString path = e.path;
      connect(show, &QAction::toggled, this,
              [this, path](bool on) { setBasemapVisible(path, on); });
    } else {
      show->setText(tr("%1（无法打开）").arg(name));
      show->setToolTip(e.error);
      show->setEnabled(false);
    }
    insertAction(listEnd_, show);
    listed_.push_back(show);

    auto* remove = new QAction(name, this);
    remove->setData(e.path);
    remove->setToolTip(e.path);
    const QString path = e.path;
    connect(remove, &QAction::triggered, this, [this, path] { removeBasemap(path); });
    removeMenu_->addAction(remove);
    listed_.push_back(remove);
  }
  if (entries_.empty()) {
    auto* none = new QAction(tr("（无底图）"), this);
    none->setEnabled(false);
    insertAction(listEnd_, none);
    listed_.push_back(none);
  }
  removeMenu_->setEnabled(!entries_.empty());
}

}  // namespace gui
}  // namespace fangan
