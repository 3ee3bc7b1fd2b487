#include "layers/layout/LayoutContext.h"

namespace fangan {

QString LayoutContext::expand(const QString& text) const {
  QString out;
  out.reserve(text.size());
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    if (c == QLatin1Char('{') && i + 1 < text.size() && text[i + 1] == QLatin1Char('{')) {
      out += c;
      ++i;
      continue;
    }
    if (c == QLatin1Char('{')) {
      const qsizetype end = text.indexOf(QLatin1Char('}'), i + 1);
      if (end > i) {
        const QString name = text.mid(i + 1, end - i - 1);
        const auto it = variables.constFind(name);
        if (it != variables.constEnd()) {
          out += *it;
          i = end;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace fangan
