#include "app/cli/RefusalText.h"

#include <QCoreApplication>
#include <QDateTime>

#include "gis/model/Vocabulary.h"
#include "gis/patrol/FieldResult.h"

namespace fangan {
namespace {

QString tr(const char* source) { return QCoreApplication::translate("Refusal", source); }

// Vocabulary names go through the app's vocabulary translations (app/gui/DisplayText.cpp).
QString vocabulary(const std::string& chinese) {
  return QCoreApplication::translate("DisplayText", chinese.c_str());
}

}  // namespace

QString refusalText(const Refusal& r) {
  const QString grade = vocabulary(toChinese(r.grade));
  const QString result = r.result ? vocabulary(fieldResultChinese(*r.result)) : QString();
  switch (r.code) {
    case RefusalCode::None:
      return QString();
    case RefusalCode::Demolished:
      if (r.result) return tr("房屋已拆除，不能登记“%1”（只能登记销号或无法进入）").arg(result);
      return tr("房屋已拆除，只能登记销号");
    case RefusalCode::ResultNotOffered:
      return tr("该类检查不能登记“%1”").arg(result);
    case RefusalCode::AwaitingAppraisal:
      return tr("已初判有隐患、待鉴定，巡查不能改为无隐患（须技术复核或鉴定）");
    case RefusalCode::CDNotRectified:
      return tr("%1危房未完成工程措施，巡查不能改为无隐患").arg(grade);
    case RefusalCode::NoInitialHazard:
      return tr("未初判有隐患，无需技术复核");
    case RefusalCode::AlreadyAppraised:
      return tr("已鉴定为%1，技术复核不能替代鉴定结论").arg(grade);
    case RefusalCode::NothingAwaitingAppraisal:
      return tr("没有待鉴定的隐患，无需责成鉴定");
    case RefusalCode::NoControlMeasure:
      return tr("未记录管控措施，无法核实管控");
    case RefusalCode::NotUnderControl:
      return tr("未处于管控状态，无需解除管控");
    case RefusalCode::ControlBeforeRectification:
      return tr("整治完成前不得解除管控措施");
    case RefusalCode::NoMeasureRecorded:
      return tr("未记录整治措施，无法登记整治完成");
    case RefusalCode::CDClosureWithoutEngineering:
      return tr("%1危房未完成工程措施，不得销号（仅管理措施不能销号）").arg(grade);
    case RefusalCode::NoClosureBasis:
      return tr("无销号依据（须技术复核无隐患、鉴定为A/B级或完成工程措施）");
    case RefusalCode::NoGradeChosen:
      return tr("请选择鉴定等级");
    case RefusalCode::NotSurveyed:
      return tr("房屋尚未排查，须先排查再鉴定");
    case RefusalCode::CDGradedAway:
      return tr("%1危房未完成工程措施，不能改鉴定为A/B级").arg(grade);
    case RefusalCode::NoMeasureChosen:
      return tr("请选择整治措施");
    case RefusalCode::NothingToRectify:
      return tr("未初判有隐患也未鉴定，无需整治");
    case RefusalCode::AlreadyClosed:
      return tr("已销号，无需整治");
  }
  return QString();
}

QString referralRefusalText(const CaseRefusal& r) {
  struct Text {
    const char* code;
    const char* text;
  };
  static const Text texts[] = {
      {"unknown_kind", QT_TRANSLATE_NOOP("Refusal", "移送类别不在移送类别清单中")},
      {"missing_department", QT_TRANSLATE_NOOP("Refusal", "移送须写明接收部门")},
      {"missing_subject", QT_TRANSLATE_NOOP("Refusal", "移送须指明房屋编码或问题台账中的问题")},
      {"missing_date", QT_TRANSLATE_NOOP("Refusal", "缺少移送日期")},
      {"transition_not_allowed",
       QT_TRANSLATE_NOOP("Refusal", "移送不能改为该状态（已办结不能再改）")},
      {"feedback_needs_text", QT_TRANSLATE_NOOP("Refusal", "已反馈须填写反馈意见")},
      {"feedback_before_referral", QT_TRANSLATE_NOOP("Refusal", "反馈或办结日期早于移送日期")},
      {"close_without_feedback", QT_TRANSLATE_NOOP("Refusal", "接收部门尚未反馈，不能办结")},
      {"date_before_last_change", QT_TRANSLATE_NOOP("Refusal", "日期早于上次状态变更")},
      {"unknown_referral", QT_TRANSLATE_NOOP("Refusal", "移送记录不存在")},
  };
  for (const Text& t : texts) {
    if (r.code == t.code) {
      return tr(t.text) + QStringLiteral(" [") + QString::fromStdString(r.code) +
             QStringLiteral("]");
    }
  }
  return QString::fromStdString(r.message) + QStringLiteral(" [") + QString::fromStdString(r.code) +
         QStringLiteral("]");
}

QString staleEditText(const StaleEdit& stale) {
  const QString code = QString::fromStdString(stale.code);
  if (stale.who.empty()) return tr("此房屋已被其他用户修改（%1），请重新载入").arg(code);
  const QDateTime at = QDateTime::fromString(QString::fromStdString(stale.when), Qt::ISODate);
  const QString when = at.isValid()
                           ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                           : QString::fromStdString(stale.when);
  return tr("此房屋已被 %1 于 %2 修改").arg(QString::fromStdString(stale.who), when);
}

}  // namespace fangan
