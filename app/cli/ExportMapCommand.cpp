// fangan export-map PROJECT --template NAME [--town T|--grid G] --out FILE.pdf|.png|.svg
//                   [--dpi N] [--title TEXT] [--subtitle TEXT] [--note TEXT] [--source TEXT]
//                   [--district NAME] [--date YYYY-MM-DD] [--paper A4|A3]
//                   [--orientation portrait|landscape] [--map auto|vector|image]
// One thematic map of the district, a town or a grid through a layout template
// (data/templates/NAME.json, or PROJECT's folder/templates/NAME.json, or a .json path).

#include <QElapsedTimer>
#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/LayoutArguments.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/PageTexts.h"
#include "layers/layout/SingleMapDocument.h"
#include "layers/layout/TemplateLibrary.h"

namespace fangan::cli {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

PageTexts textsFrom(const Arguments& a) {
  PageTexts t = sharedTextsFrom(a);
  t.title = q(a.value("--title"));
  t.subtitle = q(a.value("--subtitle"));
  return t;
}

void applyPaper(const Arguments& a, Layout& layout) {
  PageSetup page = layout.pageSetup();
  if (a.has("--paper")) {
    const auto paper = paperSizeFromName(q(a.value("--paper")));
    if (!paper) throw UsageError("--paper 应为 A4 或 A3");
    page.paper = *paper;
  }
  if (a.has("--orientation")) {
    const auto orientation = orientationFromName(q(a.value("--orientation")));
    if (!orientation) throw UsageError("--orientation 应为 portrait 或 landscape");
    page.orientation = *orientation;
  }
  layout.setPageSetup(page);
}

int runExportMap(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  if (!a.has("--template")) throw UsageError("需要 --template NAME");
  const std::string target = a.value("--out");
  if (target.empty()) throw UsageError("需要 --out FILE.pdf|.png|.svg");
  if (!exportFormatOf(q(target))) throw UsageError("--out 应以 .pdf、.png 或 .svg 结尾");
  if (a.has("--town") && a.has("--grid")) throw UsageError("--town 与 --grid 只能选一个");
  const double dpi = dpiFrom(a);
  const MapRendering rendering = renderingFrom(a);
  const PageTexts texts = textsFrom(a);

  QElapsedTimer timer;
  timer.start();
  HeadlessGui gui;
  const QString project = q(a.positional[0]);
  Layout layout = loadTemplateLayout(a, project, err);
  applyPaper(a, layout);
  auto store = openProject(a.positional[0]);
  const LayoutData data = LayoutData::load(*store);

  LayoutPage page;
  if (a.has("--town")) {
    page.area = townArea(data, q(a.value("--town")));
  } else if (a.has("--grid")) {
    page.area = gridArea(data, q(a.value("--grid")));
  } else {
    page.area =
        districtArea(data, texts.district.isEmpty() ? QStringLiteral("全区") : texts.district);
  }
  page.variables = texts.variables();
  page.roleTexts = texts.roleTexts();
  const SingleMapDocument document(std::move(layout), data, std::move(page));

  ExportOptions options;
  options.dpi = dpi;
  options.rendering = rendering;
  const ExportResult result = exportDocument(document, q(target), options);
  out << "已写出 " << target << "（" << result.pagesWritten << " 页，" << timer.elapsed()
      << " ms）\n";
  return 0;
}

const CommandRegistration registration(
    {"export-map",
     "export-map PROJECT --template NAME [--town T|--grid G] --out FILE.pdf|.png|.svg "
     "[--dpi N] [--title TEXT] [--subtitle TEXT] [--note TEXT] [--source TEXT] "
     "[--district NAME] [--date YYYY-MM-DD] [--paper A4|A3] [--orientation portrait|landscape] "
     "[--map auto|vector|image]",
     {},
     runExportMap});

}  // namespace
}  // namespace fangan::cli
