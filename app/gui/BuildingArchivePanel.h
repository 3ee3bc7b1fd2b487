#pragma once
// The building archive (一楼一档) of one building: every attribute under its Chinese label, the
// derived health code, the key zones it lies in, and its inspection history.

#include <QLabel>
#include <QString>
#include <QStringList>
#include <QTableWidget>
#include <QTreeWidget>
#include <QWidget>
#include <vector>

#include "gis/model/Building.h"
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
  /// Shows the "click a building" hint instead of a record.
  void clear();

  /// Code of the building shown; empty when none.
  QString shownCode() const { return code_; }
  /// Value shown for a field label (as displayed, e.g. tr("房屋编码")); empty when absent.
  QString valueOf(const QString& label) const;
  /// Number of attribute rows shown.
  int rowCount() const { return table_->rowCount(); }

 private:
  void addRow(const QString& label, const QString& value);

  QString code_;
  QLabel* title_ = nullptr;
  QTableWidget* table_ = nullptr;
  QTreeWidget* history_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
