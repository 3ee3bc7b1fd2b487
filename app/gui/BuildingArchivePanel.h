#pragma once
// The building archive (一楼一档) of one building: every attribute under its Chinese label, the
// derived health code, the key zones it lies in, its responsible parties and approvals, its
// 一栋一策 plan and registered problems, its inspection history and a gallery of its photos and
// documents (docs/rules.md#attachments). The buttons ask the window to edit the responsible
// parties and the plan, to issue a hazard notice, to add photos/files and to export the archive
// as one PDF.

#include <QLabel>
#include <QPushButton>
#include <QString>
#include <QStringList>
#include <QTableWidget>
#include <QTreeWidget>
#include <QWidget>
#include <vector>

#include "app/gui/AttachmentGallery.h"
#include "gis/model/Attachment.h"
#include "gis/model/Building.h"
#include "gis/model/CaseRecords.h"
#include "gis/model/InspectionEvent.h"

namespace fangan {
namespace gui {

class BuildingArchivePanel : public QWidget {
  Q_OBJECT

 public:
  explicit BuildingArchivePanel(QWidget* parent = nullptr);

  /// Shows a building's record, the names of its key zones and its history (oldest first).
  void showBuilding(const BuildingRecord& record, const QStringList& zones,
                    const std::vector<InspectionEvent>& events);
  /// Adds the building's plans and problems (after showBuilding), judged overdue on `today`.
  void showCases(const std::vector<RectificationPlan>& plans, const std::vector<Problem>& problems,
                 const Date& today);
  /// Shows the building's photos and documents in the gallery (after showBuilding). `supported`
  /// false (a server project): the gallery stays empty and 添加照片/文件… is disabled.
  void showAttachments(const std::vector<Attachment>& attachments, bool supported = true);
  /// Shows the "click a building" hint instead of a record.
  void clear();
  QPushButton* responsibilityButton() const { return editPeople_; }
  QPushButton* planButton() const { return editPlan_; }
  QPushButton* attachButton() const { return attach_; }
  QPushButton* exportButton() const { return export_; }
  AttachmentGallery* gallery() const { return gallery_; }
  QPushButton* noticeButton() const { return issueNotice_; }
  /// Adds the building's hazard notices (after showBuilding): a row with the number and first
  /// issue, and each issue of `events` (case events of the notices) in the history.
  void showNotices(const std::vector<HazardNotice>& notices, const std::vector<CaseEvent>& events);
  /// Number of history rows shown.
  int historyCount() const { return history_->topLevelItemCount(); }
  /// Text of a history cell.
  QString historyText(int row, int column) const;

  /// Code of the building shown; empty when none.
  QString shownCode() const { return code_; }
  /// Value shown for a field label (as displayed, e.g. tr("房屋编码")); empty when absent.
  QString valueOf(const QString& label) const;
  /// Number of attribute rows shown.
  int rowCount() const { return table_->rowCount(); }

 signals:
  /// 编辑责任人与手续… was clicked for the building shown.
  void responsibilityRequested(const QString& code);
  /// 一栋一策… was clicked for the building shown.
  void planRequested(const QString& code);
  /// 添加照片/文件… was clicked for the building shown.
  void attachRequested(const QString& code);
  /// 导出档案 PDF… was clicked for the building shown.
  void exportRequested(const QString& code);
  /// A gallery item was opened: the attachment's id.
  void attachmentOpened(qint64 id);
  /// 下达隐患通知书… was clicked for the building shown.
  void noticeRequested(const QString& code);

 private:
  void addRow(const QString& label, const QString& value);

  QString code_;
  QLabel* title_ = nullptr;
  QTableWidget* table_ = nullptr;
  QTreeWidget* history_ = nullptr;
  QPushButton* editPeople_ = nullptr;
  QPushButton* editPlan_ = nullptr;
  QPushButton* attach_ = nullptr;
  QPushButton* export_ = nullptr;
  AttachmentGallery* gallery_ = nullptr;
  QPushButton* issueNotice_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
