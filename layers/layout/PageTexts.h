#pragma once
// The texts a person supplies for an export (command-line options, export dialog fields):
// title and subtitle that replace the template's, a note, the data source, the district's name
// and the map date. Empty fields keep what the template and the project give.

#include <QDate>
#include <QHash>
#include <QString>

namespace fangan {

struct PageTexts {
  QString title;     ///< replaces the text of the "title" item (placeholders still work)
  QString subtitle;  ///< replaces the "subtitle" item
  QString note;      ///< the {note} placeholder
  QString source;    ///< the {source} placeholder (default: the project file name)
  QString district;  ///< the {district} placeholder and the whole project's area name
  QDate date;        ///< the {date} placeholder (default: today)

  /// Placeholder values for LayoutPage::variables.
  QHash<QString, QString> variables() const;
  /// Role replacements for LayoutPage::roleTexts.
  QHash<QString, QString> roleTexts() const;
};

/// A date as maps print it: "2024年6月1日".
QString chineseDate(const QDate& date);

}  // namespace fangan
