#include "app/cli/LayoutArguments.h"

#include <QDate>
#include <ostream>

#include "layers/layout/HeadlessGui.h"
#include "layers/layout/TemplateLibrary.h"

namespace fangan::cli {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

double dpiFrom(const Arguments& a) {
  const std::string text = a.value("--dpi", "300");
  try {
    std::size_t used = 0;
    const double dpi = std::stod(text, &used);
    if (used == text.size() && dpi >= 72 && dpi <= 1200) return dpi;
  } catch (const std::exception&) {
  }
  throw UsageError("--dpi 应为 72 到 1200 之间的数");
}

MapRendering renderingFrom(const Arguments& a) {
  const std::string map = a.value("--map", "auto");
  if (map == "auto") return MapRendering::Auto;
  if (map == "vector") return MapRendering::Vector;
  if (map == "image") return MapRendering::Image;
  throw UsageError("--map 应为 auto、vector 或 image");
}

PageTexts sharedTextsFrom(const Arguments& a) {
  PageTexts t;
  t.note = q(a.value("--note"));
  t.source = q(a.value("--source"));
  t.district = q(a.value("--district"));
  if (a.has("--date")) {
    t.date = QDate::fromString(q(a.value("--date")), QStringLiteral("yyyy-MM-dd"));
    if (!t.date.isValid()) throw UsageError("--date 应为 YYYY-MM-DD");
  }
  return t;
}

Layout loadTemplateLayout(const Arguments& a, const QString& project, std::ostream& err) {
  Layout layout =
      Layout::fromTemplate(loadTemplate(q(a.value("--template")), templateFolders(project)));
  if (!HeadlessGui::fontInstalled(layout.fontFamily())) {
    err << "fangan: 警告：未安装字体 " << layout.fontFamily().toStdString()
        << "（fonts-noto-cjk），中文可能显示为方框\n";
  }
  return layout;
}

}  // namespace fangan::cli
