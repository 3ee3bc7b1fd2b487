// The key-zones dock in the window: computed when first shown (not while hidden behind another
// tab), and a double-clicked zone shown on the map.

#include <gtest/gtest.h>

#include <QDockWidget>
#include <QSignalSpy>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/KeyZonesPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapCanvas.h"
#include "support/OpenedProjectTest.h"

namespace fangan::gui {
namespace {

using fangan::testing::waitUntil;

class MainWindowKeyZonesTest : public OpenedProjectTest {};

TEST_F(MainWindowKeyZonesTest, ComputesWhenShownAndZoomsToADoubleClickedZone) {
  KeyZonesPanel* panel = window_.keyZonesPanel();
  ASSERT_NE(panel, nullptr);
  // Behind the archive's tab: nothing computed yet.
  EXPECT_TRUE(panel->projectPath().isEmpty());
  EXPECT_FALSE(panel->isComputing());

  auto* dock = window_.findChild<QDockWidget*>(QStringLiteral("keyZonesDock"));
  ASSERT_NE(dock, nullptr);
  QSignalSpy computed(panel, &KeyZonesPanel::computed);
  dock->raise();
  ASSERT_TRUE(waitUntil([&computed]() { return computed.count() > 0; }));
  EXPECT_EQ(panel->projectPath(), fixture_.path());

  // The fixture's one zone, double-clicked: the view shows it whole.
  const int zones = window_.projectMap().indexOf(ProjectLayer::Zones);
  ASSERT_GE(zones, 0);
  const MapFeature& zone =
      window_.projectMap().entries()[static_cast<std::size_t>(zones)].layer.features().front();
  window_.canvas()->zoomToExtent(Extent{0, 0, 10, 10});
  emit panel->zoneActivated(zone.id);
  const Extent view = window_.canvas()->viewport().extent();
  EXPECT_LE(view.minX, zone.bounds.minX);
  EXPECT_GE(view.maxX, zone.bounds.maxX);
  EXPECT_LE(view.minY, zone.bounds.minY);
  EXPECT_GE(view.maxY, zone.bounds.maxY);
}

}  // namespace
}  // namespace fangan::gui
