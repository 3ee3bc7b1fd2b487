#include "app/gui/DisplayText.h"

#include <QCoreApplication>

#include "gis/model/Vocabulary.h"
#include "gis/store/LayerRegistry.h"

namespace fangan {
namespace gui {
namespace {

// The Chinese labels gis/model/Vocabulary and gis/analysis/HealthCode return, listed so that
// lupdate collects them for translation (the vocabulary itself lives below Qt, in gis/).
// TranslationTest checks that each of them has an English translation.
[[maybe_unused]] const char* const kVocabularyLabels[] = {
    QT_TRANSLATE_NOOP("DisplayText", "未知"),
    QT_TRANSLATE_NOOP("DisplayText", "砖混"),
    QT_TRANSLATE_NOOP("DisplayText", "砖木"),
    QT_TRANSLATE_NOOP("DisplayText", "框架"),
    QT_TRANSLATE_NOOP("DisplayText", "钢结构"),
    QT_TRANSLATE_NOOP("DisplayText", "木结构"),
    QT_TRANSLATE_NOOP("DisplayText", "土木"),
    QT_TRANSLATE_NOOP("DisplayText", "其他"),
    QT_TRANSLATE_NOOP("DisplayText", "居住"),
    QT_TRANSLATE_NOOP("DisplayText", "经营"),
    QT_TRANSLATE_NOOP("DisplayText", "公共"),
    QT_TRANSLATE_NOOP("DisplayText", "混合"),
    QT_TRANSLATE_NOOP("DisplayText", "工业"),
    QT_TRANSLATE_NOOP("DisplayText", "未排查"),
    QT_TRANSLATE_NOOP("DisplayText", "已排查"),
    QT_TRANSLATE_NOOP("DisplayText", "无"),
    QT_TRANSLATE_NOOP("DisplayText", "有"),
    QT_TRANSLATE_NOOP("DisplayText", "存疑"),
    QT_TRANSLATE_NOOP("DisplayText", "未鉴定"),
    QT_TRANSLATE_NOOP("DisplayText", "A级"),
    QT_TRANSLATE_NOOP("DisplayText", "B级"),
    QT_TRANSLATE_NOOP("DisplayText", "C级"),
    QT_TRANSLATE_NOOP("DisplayText", "D级"),
    QT_TRANSLATE_NOOP("DisplayText", "停止使用"),
    QT_TRANSLATE_NOOP("DisplayText", "清人封房"),
    QT_TRANSLATE_NOOP("DisplayText", "维修"),
    QT_TRANSLATE_NOOP("DisplayText", "加固"),
    QT_TRANSLATE_NOOP("DisplayText", "局部拆除"),
    QT_TRANSLATE_NOOP("DisplayText", "拆除"),
    QT_TRANSLATE_NOOP("DisplayText", "重建"),
    QT_TRANSLATE_NOOP("DisplayText", "搬迁"),
    QT_TRANSLATE_NOOP("DisplayText", "复核无隐患"),
    QT_TRANSLATE_NOOP("DisplayText", "鉴定AB级"),
    QT_TRANSLATE_NOOP("DisplayText", "工程措施"),
    QT_TRANSLATE_NOOP("DisplayText", "管理措施"),
    // Health codes and their reasons (gis/analysis/HealthCode).
    QT_TRANSLATE_NOOP("DisplayText", "C/D级危房未完成工程整治"),
    QT_TRANSLATE_NOOP("DisplayText", "C/D级已工程整治并销号"),
    QT_TRANSLATE_NOOP("DisplayText", "仅管理措施销号，待专业复核"),
    QT_TRANSLATE_NOOP("DisplayText", "初判存疑，待鉴定"),
    QT_TRANSLATE_NOOP("DisplayText", "初判有隐患，待鉴定"),
    QT_TRANSLATE_NOOP("DisplayText", "工程措施整治并销号"),
    QT_TRANSLATE_NOOP("DisplayText", "已工程整治，待销号"),
    QT_TRANSLATE_NOOP("DisplayText", "已销号"),
    QT_TRANSLATE_NOOP("DisplayText", "技术复核无隐患"),
    QT_TRANSLATE_NOOP("DisplayText", "排查无隐患"),
    QT_TRANSLATE_NOOP("DisplayText", "排查结论缺失"),
    QT_TRANSLATE_NOOP("DisplayText", "无码"),
    QT_TRANSLATE_NOOP("DisplayText", "直接工程措施整治中"),
    QT_TRANSLATE_NOOP("DisplayText", "管控中：停止使用"),
    QT_TRANSLATE_NOOP("DisplayText", "管控中：清人封房"),
    QT_TRANSLATE_NOOP("DisplayText", "红码"),
    QT_TRANSLATE_NOOP("DisplayText", "经营性房屋排查结论缺失"),
    QT_TRANSLATE_NOOP("DisplayText", "经营性房屋未排查"),
    QT_TRANSLATE_NOOP("DisplayText", "绿码"),
    QT_TRANSLATE_NOOP("DisplayText", "鉴定为A/B级"),
    QT_TRANSLATE_NOOP("DisplayText", "黄码"),
};

QString localized(const char* source) { return QCoreApplication::translate("DisplayText", source); }

}  // namespace

QString vocabularyText(const std::string& chinese) {
  if (chinese.empty()) return QString();
  return QCoreApplication::translate("DisplayText", chinese.c_str());
}

QString displayValue(Structure v) { return vocabularyText(toChinese(v)); }
QString displayValue(BuildingUse v) { return vocabularyText(toChinese(v)); }
QString displayValue(SurveyStatus v) { return vocabularyText(toChinese(v)); }
QString displayValue(InitialHazard v) { return vocabularyText(toChinese(v)); }
QString displayValue(AppraisalGrade v) { return vocabularyText(toChinese(v)); }
QString displayValue(ControlMeasure v) { return vocabularyText(toChinese(v)); }
QString displayValue(Rectification v) { return vocabularyText(toChinese(v)); }
QString displayValue(ClosureBasis v) { return vocabularyText(toChinese(v)); }

QString displayYesNo(const std::optional<bool>& v) {
  if (!v) return QString();
  return *v ? localized(QT_TRANSLATE_NOOP("DisplayText", "是"))
            : localized(QT_TRANSLATE_NOOP("DisplayText", "否"));
}

QString layerTitle(ProjectLayer kind) { return vocabularyText(layerInfo(kind).chinese); }

QString eventKindTitle(const QString& key) {
  struct Kind {
    const char* key;
    const char* title;
  };
  static const Kind kinds[] = {
      {"self_check", QT_TRANSLATE_NOOP("DisplayText", "自查")},
      {"survey", QT_TRANSLATE_NOOP("DisplayText", "排查")},
      {"department_check", QT_TRANSLATE_NOOP("DisplayText", "部门检查")},
      {"verification", QT_TRANSLATE_NOOP("DisplayText", "核查")},
      {"spot_check", QT_TRANSLATE_NOOP("DisplayText", "抽查")},
      {"appraisal", QT_TRANSLATE_NOOP("DisplayText", "鉴定")},
      {"control", QT_TRANSLATE_NOOP("DisplayText", "管控")},
      {"rectification", QT_TRANSLATE_NOOP("DisplayText", "整治")},
      {"closure", QT_TRANSLATE_NOOP("DisplayText", "销号")},
      {"patrol", QT_TRANSLATE_NOOP("DisplayText", "巡查")},
      {"import", QT_TRANSLATE_NOOP("DisplayText", "导入")},
      {"correction", QT_TRANSLATE_NOOP("DisplayText", "更正")},
      {"resurvey_order", QT_TRANSLATE_NOOP("DisplayText", "责令重新排查")},
      {"resurvey_cancel", QT_TRANSLATE_NOOP("DisplayText", "撤销重新排查")},
  };
  for (const Kind& k : kinds) {
    if (key == QLatin1String(k.key)) return localized(k.title);
  }
  return key;
}

QString styleText(const QString& source) {
  return QCoreApplication::translate("PresetStyles", source.toUtf8().constData());
}

}  // namespace gui
}  // namespace fangan
