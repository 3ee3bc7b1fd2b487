#include "layers/layout/PageList.h"

#include <QStringList>
#include <set>

#include "layers/layout/LayoutError.h"

namespace fangan {
namespace {

[[noreturn]] void fail(const QString& message) { throw LayoutError(message.toStdString()); }

int pageNumber(const QString& text, const QString& whole, int pageCount) {
  bool ok = false;
  const int n = text.toInt(&ok);
  if (!ok) fail(QStringLiteral("页码列表 \"%1\" 中的 \"%2\" 不是页码").arg(whole, text));
  if (n < 1 || n > pageCount) {
    fail(QStringLiteral("页码 %1 超出范围（共 %2 页）").arg(n).arg(pageCount));
  }
  return n;
}

}  // namespace

std::vector<int> parsePageList(const QString& text, int pageCount) {
  QString compact = text;
  compact.remove(QLatin1Char(' '));
  if (compact.isEmpty()) fail(QStringLiteral("页码列表为空"));
  std::set<int> pages;
  for (const QString& item : compact.split(QLatin1Char(','))) {
    const qsizetype dash = item.indexOf(QLatin1Char('-'));
    if (dash < 0) {
      pages.insert(pageNumber(item, text, pageCount) - 1);
      continue;
    }
    const int from = pageNumber(item.left(dash), text, pageCount);
    const int to = pageNumber(item.mid(dash + 1), text, pageCount);
    if (from > to) fail(QStringLiteral("页码范围 \"%1\" 应从小到大").arg(item));
    for (int p = from; p <= to; ++p) pages.insert(p - 1);
  }
  return std::vector<int>(pages.begin(), pages.end());
}

}  // namespace fangan
