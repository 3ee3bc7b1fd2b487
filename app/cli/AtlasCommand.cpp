// fangan atlas PROJECT --by grid|town --template NAME --out FILE.pdf [--pages LIST]
//              [--town T] [--dpi N] [--title TEXT] [--note TEXT] [--source TEXT]
//              [--district NAME] [--date YYYY-MM-DD] [--map auto|vector|image]
// One page per grid (only the grids of --town T when given) or per town, after a contents
// page, in a single PDF. --pages "1,3-5" writes only those pages, numbered as in the whole atlas.

#include <QElapsedTimer>
#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/LayoutArguments.h"
#include "layers/layout/AtlasDocument.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/PageList.h"
#include "layers/layout/PageTexts.h"
#include "layers/layout/TemplateLibrary.h"

namespace fangan::cli {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// "网格巡查图" → "全区网格巡查图集".
QString atlasTitle(const QString& district, const QString& mapTitle) {
  return district + mapTitle +
         (mapTitle.endsWith(QStringLiteral("图")) ? QStringLiteral("集") : QStringLiteral("图集"));
}

int runAtlas(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  if (!a.has("--template")) throw UsageError("需要 --template NAME");
  const std::string by = a.value("--by", "grid");
  if (by != "grid" && by != "town") throw UsageError("--by 应为 grid 或 town");
  const std::string target = a.value("--out");
  if (target.empty()) throw UsageError("需要 --out FILE.pdf");
  if (!exportFormatOf(q(target))) throw UsageError("--out 应以 .pdf（或逐页的 .png、.svg）结尾");
  const double dpi = dpiFrom(a);
  const MapRendering rendering = renderingFrom(a);

  const PageTexts texts = sharedTextsFrom(a);

  QElapsedTimer timer;
  timer.start();
  HeadlessGui gui;
  const QString project = q(a.positional[0]);
  Layout layout = loadTemplateLayout(a, project, err);
  auto store = openProject(a.positional[0]);
  const LayoutData data = LayoutData::load(*store);
  std::vector<LayoutArea> areas = AtlasDocument::areas(
      data, by == "grid" ? AtlasBy::Grid : AtlasBy::Town, q(a.value("--town")));
  const QString title =
      a.has("--title")
          ? q(a.value("--title"))
          : atlasTitle(texts.district.isEmpty()
                           ? (a.has("--town") ? q(a.value("--town")) : QStringLiteral("全区"))
                           : texts.district,
                       layout.title());
  const AtlasDocument atlas(std::move(layout), data, std::move(areas), texts.variables(), title);

  ExportOptions options;
  options.dpi = dpi;
  options.rendering = rendering;
  if (a.has("--pages")) options.pages = parsePageList(q(a.value("--pages")), atlas.pageCount());
  const ExportResult result = exportDocument(atlas, q(target), options);
  out << "已写出 " << target << "（" << result.pagesWritten << " 页，图集共 " << atlas.pageCount()
      << " 页：目录 " << atlas.contentsPageCount() << " 页，" << atlas.areas().size()
      << (by == "grid" ? " 个网格" : " 个镇街") << "；" << timer.elapsed() << " ms）\n";
  return 0;
}

const CommandRegistration registration(
    {"atlas",
     "atlas PROJECT --by grid|town --template NAME --out FILE.pdf [--pages LIST] [--town T] "
     "[--dpi N] [--title TEXT] [--note TEXT] [--source TEXT] [--district NAME] "
     "[--date YYYY-MM-DD] [--map auto|vector|image]",
     {},
     runAtlas});

}  // namespace
}  // namespace fangan::cli
