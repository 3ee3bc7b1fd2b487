#include <gtest/gtest.h>

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include "app/gui/MapTools.h"

namespace fangan::gui {
namespace {

TEST(MapTools, ActionsAreExclusiveAndFollowTheCanvas) {
  MapCanvas canvas;
  MapTools tools(&canvas);
  const QList<QAction*> actions = tools.actions();
  ASSERT_EQ(actions.size(), 4);
  EXPECT_TRUE(tools.group()->isExclusive());
  EXPECT_EQ(actions[0]->text(), "平移");
  EXPECT_EQ(actions[3]->text(), "多边形选择");
  for (QAction* a : actions) {
    EXPECT_TRUE(a->isCheckable());
    EXPECT_FALSE(a->shortcut().isEmpty());
    EXPECT_TRUE(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)));
  }
  EXPECT_TRUE(tools.action(MapCanvas::Tool::Pan)->isChecked());

  tools.action(MapCanvas::Tool::SelectBox)->trigger();
  EXPECT_EQ(canvas.tool(), MapCanvas::Tool::SelectBox);
  EXPECT_FALSE(tools.action(MapCanvas::Tool::Pan)->isChecked());

  canvas.setTool(MapCanvas::Tool::ZoomBox);
  EXPECT_TRUE(tools.action(MapCanvas::Tool::ZoomBox)->isChecked());
  EXPECT_FALSE(tools.action(MapCanvas::Tool::SelectBox)->isChecked());
  // The shortcuts work while the map has the focus.
  EXPECT_TRUE(canvas.actions().contains(tools.action(MapCanvas::Tool::Pan)));
}

TEST(MapTools, ShortcutsSwitchToolsWhileTheMapHasTheFocus) {
  MapCanvas canvas;
  MapTools tools(&canvas);
  canvas.resize(300, 200);
  canvas.show();
  canvas.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&canvas));
  canvas.setFocus();
  QTest::keyClick(&canvas, Qt::Key_G);
  EXPECT_EQ(canvas.tool(), MapCanvas::Tool::SelectPolygon);
  EXPECT_TRUE(tools.action(MapCanvas::Tool::SelectPolygon)->isChecked());
  QTest::keyClick(&canvas, Qt::Key_P);
  EXPECT_EQ(canvas.tool(), MapCanvas::Tool::Pan);
}

TEST(MapTools, EnglishTexts) {
  QTranslator translator;
  ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/fangan_en.qm")));
  QCoreApplication::installTranslator(&translator);
  MapCanvas canvas;
  MapTools tools(&canvas);
  QStringList texts;
  for (QAction* a : tools.actions()) texts << a->text();
  QCoreApplication::removeTranslator(&translator);
  EXPECT_EQ(texts, QStringList({"Pan", "Zoom to box", "Select by box", "Select by polygon"}));
  EXPECT_TRUE(tools.action(MapCanvas::Tool::SelectPolygon)->toolTip().startsWith("Select by"));
}

}  // namespace
}  // namespace fangan::gui
