#pragma once
// The map tools as checkable, mutually exclusive actions bound to a canvas: pan, box zoom, box
// selection and polygon selection. The actions follow the canvas (a tool set in code checks
// its action) and set the canvas's tool when triggered, so a toolbar and a menu can share them.

#include <QList>
#include <QObject>

#include "app/gui/MapCanvas.h"

class QAction;
class QActionGroup;

namespace fangan {
namespace gui {

class MapTools : public QObject {
  Q_OBJECT

 public:
  /// Creates the actions for `canvas`. Their single-key shortcuts are scoped to the canvas
  /// (they work while the map has the focus) so that typing into a table or a field elsewhere
  /// in the window is not taken for a tool switch.
  explicit MapTools(MapCanvas* canvas, QObject* parent = nullptr);

  /// The exclusive group holding the actions.
  QActionGroup* group() const { return group_; }
  /// The actions in toolbar order: pan, box zoom, box selection, polygon selection.
  QList<QAction*> actions() const;
  /// The action of one tool.
  QAction* action(MapCanvas::Tool tool) const;

 private:
  QAction* addTool(MapCanvas::Tool tool, const QString& text, const QString& toolTip,
                   const QKeySequence& shortcut);

  MapCanvas* canvas_;
  QActionGroup* group_;
};

}  // namespace gui
}  // namespace fangan
