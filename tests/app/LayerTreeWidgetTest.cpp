// The layer tree as a layer manager, on the fixture project (layers zones, buildings, grids,
// towns, bottom first; buildings B001–B004 with 2–5 floors, all masonry; B002 not surveyed):
// each context-menu action is triggered as the user would, and must send its signal and show
// the result in the tree. Dialogs are answered from a timer while they run.

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QTranslator>
#include <functional>
#include <memory>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/DisplayText.h"
#include "app/gui/LayerFieldText.h"
#include "app/gui/LayerTreeWidget.h"
#include "app/gui/OpacityDialog.h"
#include "app/gui/ThematicDialog.h"
#include "layers/LayerLoader.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;

constexpr int kZones = 0;
constexpr int kBuildings = 1;
constexpr int kGrids = 2;
constexpr int kTowns = 3;

// Runs `act` on the dialog of type D that the next action opens (a child of `owner`).
template <typename D>
void answerDialog(QWidget* owner, std::function<void(D*)> act) {
  QTimer::singleShot(0, owner, [owner, act] {
    D* dialog = owner->findChild<D*>();
    if (!dialog) {
      ADD_FAILURE() << "no dialog opened";
      if (QWidget* modal = QApplication::activeModalWidget()) modal->close();
      return;
    }
    act(dialog);
  });
}

class LayerTreeWidgetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fixture_.isValid());
    store_ = openSpatialiteProject(fixture_.path().toStdString());
    map_ = ProjectMap::load(*store_, BuildingTheme::HazardGrade);
    ASSERT_EQ(map_.entries().size(), 4u);
    ASSERT_EQ(map_.entries()[kBuildings].kind, ProjectLayer::Buildings);
    tree_.setProjectMap(map_);
    QObject::connect(&tree_, &LayerTreeWidget::styleChosen, [this](int entry, const Style& style) {
      styles_.push_back({entry, style});
    });
  }

  // Triggers the action named `name` of the context menu of `entry`.
  void trigger(int entry, const QString& name) {
    const std::unique_ptr<QMenu> menu(tree_.layerMenu(entry));
    ASSERT_TRUE(menu);
    QAction* action = menu->findChild<QAction*>(name);
    ASSERT_NE(action, nullptr) << name.toStdString();
    ASSERT_TRUE(action->isEnabled()) << name.toStdString();
    action->trigger();
  }

  QStringList legendOf(int entry) const {
    QStringList out;
    const QTreeWidgetItem* item = tree_.itemOf(entry);
    if (!item) return out;
    for (int i = 0; i < item->childCount(); ++i) out << item->child(i)->text(0);
    return out;
  }

  QStringList topLevelTexts() const {
    QStringList out;
    for (int i = 0; i < tree_.topLevelItemCount(); ++i) out << tree_.topLevelItem(i)->text(0);
    return out;
  }

  ProjectFixture fixture_;
  std::unique_ptr<ProjectStore> store_;
  ProjectMap map_;
  LayerTreeWidget tree_;
  std::vector<std::pair<int, Style>> styles_;
};

TEST_F(LayerTreeWidgetTest, MenuOffersMovesOnlyWhereTheLayerCanGo) {
  const std::unique_ptr<QMenu> top(tree_.layerMenu(kTowns));
  ASSERT_TRUE(top);
  EXPECT_FALSE(top->findChild<QAction*>("moveUp")->isEnabled());
  EXPECT_TRUE(top->findChild<QAction*>("moveDown")->isEnabled());
  const std::unique_ptr<QMenu> bottom(tree_.layerMenu(kZones));
  EXPECT_TRUE(bottom->findChild<QAction*>("moveUp")->isEnabled());
  EXPECT_FALSE(bottom->findChild<QAction*>("moveDown")->isEnabled());
  EXPECT_EQ(tree_.layerMenu(4), nullptr);
  // The style submenu lists the presets of the kind, the current one checked.
  const std::unique_ptr<QMenu> buildings(tree_.layerMenu(kBuildings));
  EXPECT_EQ(buildings->findChild<QAction*>("preset0")->text(), QString::fromUtf8("按排查状态"));
  EXPECT_TRUE(buildings->findChild<QAction*>("preset1")->isChecked());  // hazard grade
  EXPECT_NE(buildings->findChild<QAction*>("preset2"), nullptr);
  EXPECT_EQ(buildings->findChild<QAction*>("preset3"), nullptr);
  const std::unique_ptr<QMenu> zones(tree_.layerMenu(kZones));
  EXPECT_EQ(zones->findChild<QAction*>("preset1")->text(), QString::fromUtf8("按类型晕线"));
}

TEST_F(LayerTreeWidgetTest, MovingUpAndDownReordersTheTreeAndSignals) {
  std::vector<std::pair<int, int>> moves;
  QObject::connect(&tree_, &LayerTreeWidget::orderChanged,
                   [&moves](int from, int to) { moves.emplace_back(from, to); });
  const QStringList buildingsLegend = legendOf(kBuildings);
  tree_.itemOf(kBuildings)->setExpanded(false);
  tree_.itemOf(kGrids)->setExpanded(true);

  trigger(kBuildings, "moveUp");  // over the grids
  ASSERT_EQ(moves.size(), 1u);
  EXPECT_EQ(moves[0], std::make_pair(kBuildings, kGrids));
  const QStringList order = topLevelTexts();
  ASSERT_EQ(order.size(), 4);
  EXPECT_TRUE(order[0].startsWith(QString::fromUtf8("镇街")));
  EXPECT_TRUE(order[1].startsWith(QString::fromUtf8("房屋")));
  EXPECT_TRUE(order[2].startsWith(QString::fromUtf8("网格")));
  EXPECT_TRUE(order[3].startsWith(QString::fromUtf8("重点区域")));
  // Items carry their new positions, legends and expansion move with them.
  EXPECT_EQ(tree_.itemOf(kGrids)->text(0), order[1]);
  EXPECT_EQ(legendOf(kGrids), buildingsLegend);
  EXPECT_FALSE(tree_.itemOf(kGrids)->isExpanded());
  EXPECT_TRUE(tree_.itemOf(kBuildings)->isExpanded());
  EXPECT_EQ(tree_.projectMap().entries()[kGrids].kind, ProjectLayer::Buildings);
  EXPECT_EQ(tree_.currentItem(), tree_.itemOf(kGrids));

  trigger(kGrids, "moveDown");  // and back
  ASSERT_EQ(moves.size(), 2u);
  EXPECT_EQ(moves[1], std::make_pair(kGrids, kBuildings));
  EXPECT_EQ(tree_.projectMap().entries()[kBuildings].kind, ProjectLayer::Buildings);

  // Visibility still reports the entry's current position.
  std::vector<std::pair<int, bool>> visibility;
  QObject::connect(
      &tree_, &LayerTreeWidget::visibilityChanged,
      [&visibility](int entry, bool visible) { visibility.emplace_back(entry, visible); });
  tree_.setLayerChecked(kBuildings, false);
  ASSERT_EQ(visibility.size(), 1u);
  EXPECT_EQ(visibility[0], std::make_pair(kBuildings, false));
  EXPECT_FALSE(tree_.projectMap().entries()[kBuildings].visible);
}

TEST_F(LayerTreeWidgetTest, PresetStylesRefillTheLegendAndFollowTheBuildingTheme) {
  std::vector<BuildingTheme> themes;
  QObject::connect(&tree_, &LayerTreeWidget::buildingThemeChosen,
                   [&themes](BuildingTheme theme) { themes.push_back(theme); });
  trigger(kBuildings, "preset0");
  ASSERT_EQ(styles_.size(), 1u);
  EXPECT_EQ(styles_[0].first, kBuildings);
  EXPECT_EQ(styles_[0].second.name, buildingsBySurveyStatus().name);
  EXPECT_EQ(themes, std::vector<BuildingTheme>{BuildingTheme::SurveyStatus});
  EXPECT_EQ(legendOf(kBuildings),
            (QStringList{QString::fromUtf8("已排查  3"), QString::fromUtf8("未排查  1")}));

  trigger(kZones, "preset1");
  ASSERT_EQ(styles_.size(), 2u);
  EXPECT_EQ(styles_[1].second.name, zonesByTypeHatched().name);
  EXPECT_TRUE(themes.size() == 1u);  // not a building theme
  EXPECT_EQ(legendOf(kZones), QStringList{QString::fromUtf8("学校周边  1")});
  EXPECT_EQ(tree_.projectMap().entries()[kZones].style.rules[0].symbolizer.hatch, Qt::BDiagPattern);
}

TEST_F(LayerTreeWidgetTest, CategorizedColoursByTheChosenFieldWithCounts) {
  int codeOffered = -2;
  answerDialog<ThematicDialog>(&tree_, [&codeOffered](ThematicDialog* dialog) {
    codeOffered = dialog->fieldBox()->findData(layer_field::kCode);
    dialog->fieldBox()->setCurrentIndex(dialog->fieldBox()->findData(layer_field::kFloors));
    dialog->accept();
  });
  trigger(kBuildings, "categorized");
  EXPECT_EQ(codeOffered, -1);  // one category per building would say nothing
  ASSERT_EQ(styles_.size(), 1u);
  const Style& style = styles_[0].second;
  ASSERT_EQ(style.rules.size(), 4);
  EXPECT_EQ(style.rules[0].field, layer_field::kFloors);
  EXPECT_EQ(style.rules[0].values, QStringList{"2"});
  EXPECT_EQ(style.rules[3].values, QStringList{"5"});
  EXPECT_EQ(legendOf(kBuildings), (QStringList{"2  1", "3  1", "4  1", "5  1"}));

  // Vocabulary values are shown by their labels.
  answerDialog<ThematicDialog>(&tree_, [](ThematicDialog* dialog) {
    dialog->fieldBox()->setCurrentIndex(dialog->fieldBox()->findData(layer_field::kStructure));
    dialog->accept();
  });
  trigger(kBuildings, "categorized");
  EXPECT_EQ(legendOf(kBuildings), QStringList{QString::fromUtf8("砖混  4")});
}

TEST_F(LayerTreeWidgetTest, CategorizedGridsKeepTheirLabels) {
  answerDialog<ThematicDialog>(&tree_, [](ThematicDialog* dialog) {
    dialog->fieldBox()->setCurrentIndex(dialog->fieldBox()->findData(layer_field::kTown));
    dialog->accept();
  });
  trigger(kGrids, "categorized");
  ASSERT_EQ(styles_.size(), 1u);
  EXPECT_EQ(styles_[0].second.labels.field, layer_field::kLabel);
  EXPECT_EQ(legendOf(kGrids), QStringList{QString::fromUtf8("测试镇  1")});
}

TEST_F(LayerTreeWidgetTest, GraduatedOffersNumericFieldsAndCutsClasses) {
  int offered = -1;
  answerDialog<ThematicDialog>(&tree_, [&offered](ThematicDialog* dialog) {
    offered = dialog->fieldBox()->count();  // floors only: codes are text, years all unknown
    dialog->fieldBox()->setCurrentIndex(dialog->fieldBox()->findData(layer_field::kFloors));
    dialog->classesBox()->setValue(2);
    dialog->methodBox()->setCurrentIndex(
        dialog->methodBox()->findData(static_cast<int>(ClassMethod::Quantile)));
    dialog->accept();
  });
  trigger(kBuildings, "graduated");
  EXPECT_EQ(offered, 1);
  ASSERT_EQ(styles_.size(), 1u);
  const Style& style = styles_[0].second;
  ASSERT_EQ(style.rules.size(), 2);
  EXPECT_EQ(style.rules[0].values, (QStringList{"2", "3"}));
  EXPECT_EQ(style.rules[1].values, (QStringList{"4", "5"}));
  EXPECT_EQ(legendOf(kBuildings),
            (QStringList{QString::fromUtf8("2 – 3  2"), QString::fromUtf8("4 – 5  2")}));
}

TEST_F(LayerTreeWidgetTest, CancellingAThematicDialogChangesNothing) {
  const QStringList before = legendOf(kBuildings);
  answerDialog<ThematicDialog>(&tree_, [](ThematicDialog* dialog) { dialog->reject(); });
  trigger(kBuildings, "graduated");
  EXPECT_TRUE(styles_.empty());
  EXPECT_EQ(legendOf(kBuildings), before);
}

TEST_F(LayerTreeWidgetTest, OpacityFollowsTheSliderLiveAndCancelRestoresIt) {
  std::vector<std::pair<int, double>> changes;
  QObject::connect(&tree_, &LayerTreeWidget::opacityChanged,
                   [&changes](int entry, double opacity) { changes.emplace_back(entry, opacity); });

  answerDialog<OpacityDialog>(&tree_, [this, &changes](OpacityDialog* dialog) {
    EXPECT_EQ(dialog->slider()->value(), 100);
    dialog->slider()->setValue(40);
    // Live: the tree's map already has it before the dialog closes.
    EXPECT_EQ(changes.size(), 1u);
    EXPECT_DOUBLE_EQ(tree_.projectMap().entries()[kBuildings].style.opacity, 0.4);
    dialog->accept();
  });
  trigger(kBuildings, "opacity");
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].first, kBuildings);
  EXPECT_DOUBLE_EQ(changes[0].second, 0.4);
  EXPECT_DOUBLE_EQ(tree_.projectMap().entries()[kBuildings].style.opacity, 0.4);
  EXPECT_EQ(tree_.itemOf(kBuildings)->childCount(), 9);  // legend kept, with its counts

  answerDialog<OpacityDialog>(&tree_, [](OpacityDialog* dialog) {
    EXPECT_EQ(dialog->slider()->value(), 40);
    dialog->slider()->setValue(10);
    dialog->reject();
  });
  trigger(kBuildings, "opacity");
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_DOUBLE_EQ(changes[1].second, 0.1);
  EXPECT_DOUBLE_EQ(changes[2].second, 0.4);  // back to where it was
  EXPECT_DOUBLE_EQ(tree_.projectMap().entries()[kBuildings].style.opacity, 0.4);
}

TEST_F(LayerTreeWidgetTest, UpdateLegendTakesTheOwnersMap) {
  map_.setStyle(kBuildings, buildingsByHealthCode());
  tree_.updateLegend(map_, kBuildings);
  EXPECT_EQ(tree_.projectMap().entries()[kBuildings].style.name, buildingsByHealthCode().name);
  EXPECT_EQ(legendOf(kBuildings).size(), 4);
  const std::unique_ptr<QMenu> menu(tree_.layerMenu(kBuildings));
  EXPECT_TRUE(menu->findChild<QAction*>("preset2")->isChecked());
}

TEST_F(LayerTreeWidgetTest, MenuStyleAndFieldTextsHaveEnglishTranslations) {
  QTranslator english;
  ASSERT_TRUE(english.load(QStringLiteral(":/i18n/fangan_en.qm")));
  QCoreApplication::installTranslator(&english);
  struct Remove {
    QTranslator* translator;
    ~Remove() { QCoreApplication::removeTranslator(translator); }
  } remove{&english};

  const std::unique_ptr<QMenu> menu(tree_.layerMenu(kZones));
  EXPECT_EQ(menu->findChild<QAction*>("moveUp")->text(), "Move up");
  EXPECT_EQ(menu->findChild<QAction*>("opacity")->text(), QString::fromUtf8("Opacity…"));
  EXPECT_EQ(menu->findChild<QAction*>("categorized")->text(), QString::fromUtf8("Categorized…"));
  EXPECT_EQ(menu->findChild<QAction*>("preset0")->text(), "Filled by zone type");
  EXPECT_EQ(menu->findChild<QAction*>("preset1")->text(), "Hatched by zone type");
  for (const StyleRule& rule : zonesByTypeHatched().rules)
    EXPECT_NE(styleText(rule.label), rule.label);
  EXPECT_EQ(styleText(categorizedStyle(map_.entries()[kBuildings].layer, "f", 1).name),
            "Categorized");
  EXPECT_EQ(fieldTitle(layer_field::kYearBuilt), "Year built");
  EXPECT_EQ(valueLabeler(ProjectLayer::Buildings, layer_field::kStructure)("masonry"), "masonry");
  EXPECT_EQ(valueLabeler(ProjectLayer::Buildings, layer_field::kHazard)("D"), "Grade D");
}

}  // namespace
}  // namespace fangan::gui
