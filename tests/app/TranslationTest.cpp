#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

#include "app/gui/DisplayText.h"
#include "gis/model/Vocabulary.h"
#include "layers/PresetStyles.h"

namespace fangan::gui {
namespace {

// Installs the English translation for one test.
class EnglishInterface : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(translator_.load(QStringLiteral(":/i18n/fangan_en.qm")));
    QCoreApplication::installTranslator(&translator_);
  }
  void TearDown() override { QCoreApplication::removeTranslator(&translator_); }

  QTranslator translator_;
};

TEST(Translations, BothLanguagesAreEmbedded) {
  QTranslator zh;
  EXPECT_TRUE(zh.load(QStringLiteral(":/i18n/fangan_zh_CN.qm")));
  QTranslator en;
  EXPECT_TRUE(en.load(QStringLiteral(":/i18n/fangan_en.qm")));
}

TEST(Translations, ChineseIsTheSourceLanguage) {
  EXPECT_EQ(displayValue(Structure::Masonry), "砖混");
  EXPECT_EQ(layerTitle(ProjectLayer::Buildings), "房屋");
}

TEST_F(EnglishInterface, TranslatesWindowTextsValuesAndLegends) {
  EXPECT_EQ(QCoreApplication::translate("fangan::gui::MainWindow", "图层"), "Layers");
  EXPECT_EQ(displayValue(Structure::Masonry), "masonry");
  EXPECT_EQ(displayValue(AppraisalGrade::C), "Grade C");
  EXPECT_EQ(layerTitle(ProjectLayer::Grids), "Grids");
  EXPECT_EQ(eventKindTitle("spot_check"), "spot check");
  EXPECT_EQ(styleText(buildingsByHazardGrade().name), "By hazard grade");
}

// Every label the vocabulary and the preset styles produce has an English translation: a new
// enum value or rule without one would show Chinese in the English interface.
TEST_F(EnglishInterface, EveryVocabularyLabelAndRuleLabelIsTranslated) {
  auto expectTranslated = [](const QString& source, const QString& shown) {
    EXPECT_NE(source, shown) << "untranslated: " << source.toStdString();
  };
  for (Structure v :
       {Structure::Unknown, Structure::Masonry, Structure::BrickWood, Structure::Frame,
        Structure::Steel, Structure::Timber, Structure::Earth, Structure::Other}) {
    expectTranslated(QString::fromStdString(toChinese(v)), displayValue(v));
  }
  for (BuildingUse v :
       {BuildingUse::Unknown, BuildingUse::Residential, BuildingUse::Commercial,
        BuildingUse::Public, BuildingUse::Mixed, BuildingUse::Industrial, BuildingUse::Other}) {
    expectTranslated(QString::fromStdString(toChinese(v)), displayValue(v));
  }
  for (ControlMeasure v :
       {ControlMeasure::None, ControlMeasure::StopUse, ControlMeasure::EvacuatedSealed}) {
    expectTranslated(QString::fromStdString(toChinese(v)), displayValue(v));
  }
  for (Rectification v : {Rectification::None, Rectification::Repair, Rectification::Reinforce,
                          Rectification::PartialDemolition, Rectification::Demolition,
                          Rectification::Rebuild, Rectification::Relocate}) {
    expectTranslated(QString::fromStdString(toChinese(v)), displayValue(v));
  }
  for (ClosureBasis v : {ClosureBasis::RecheckNoHazard, ClosureBasis::GradeAB,
                         ClosureBasis::Engineering, ClosureBasis::ManagementOnly}) {
    expectTranslated(QString::fromStdString(toChinese(v)), displayValue(v));
  }
  for (BuildingTheme theme : buildingThemes()) {
    const Style style = buildingStyle(theme);
    expectTranslated(style.name, styleText(style.name));
    for (const StyleRule& rule : style.rules) expectTranslated(rule.label, styleText(rule.label));
  }
  for (const StyleRule& rule : zonesByType().rules)
    expectTranslated(rule.label, styleText(rule.label));
}

}  // namespace
}  // namespace fangan::gui
