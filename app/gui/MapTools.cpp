#include "app/gui/MapTools.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>

namespace fangan {
namespace gui {

MapTools::MapTools(MapCanvas* canvas, QObject* parent)
    : QObject(parent), canvas_(canvas), group_(new QActionGroup(this)) {
  group_->setExclusive(true);
  addTool(MapCanvas::Tool::Pan, tr("平移"),
          tr("平移：拖动移动地图，单击查看房屋；按住 Shift 拖动可拉框放大，方向键平移，+/- 缩放"),
          QKeySequence(Qt::Key_P));
  addTool(MapCanvas::Tool::ZoomBox, tr("拉框放大"), tr("拉框放大：拖出矩形，放大到该范围"),
          QKeySequence(Qt::Key_Z));
  addTool(MapCanvas::Tool::SelectBox, tr("框选"), tr("框选：拖出矩形选择；按住 Ctrl 或 Shift 加选"),
          QKeySequence(Qt::Key_S));
  addTool(MapCanvas::Tool::SelectPolygon, tr("多边形选择"),
          tr("多边形选择：单击添加顶点，双击或回车完成，Backspace 删除上一个顶点，Esc 取消；"
             "按住 Ctrl 或 Shift 完成则加选"),
          QKeySequence(Qt::Key_G));
  action(canvas_->tool())->setChecked(true);
  connect(canvas_, &MapCanvas::toolChanged, this,
          [this](MapCanvas::Tool tool) { action(tool)->setChecked(true); });
}

QAction* MapTools::addTool(MapCanvas::Tool tool, const QString& text, const QString& toolTip,
                           const QKeySequence& shortcut) {
  auto* a = new QAction(text, group_);
  a->setCheckable(true);
  a->setData(static_cast<int>(tool));
  a->setShortcut(shortcut);
  a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  a->setToolTip(tr("%1（%2）").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
  // A widget-scoped shortcut needs the action on that widget; the toolbar only shows it.
  canvas_->addAction(a);
  connect(a, &QAction::triggered, canvas_, [this, tool]() { canvas_->setTool(tool); });
  return a;
}

QList<QAction*> MapTools::actions() const { return group_->actions(); }

QAction* MapTools::action(MapCanvas::Tool tool) const {
  for (QAction* a : group_->actions()) {
    if (a->data().toInt() == static_cast<int>(tool)) return a;
  }
  return nullptr;
}

}  // namespace gui
}  // namespace fangan
