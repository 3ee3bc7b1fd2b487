// fangan notice PROJECT (--code CODE [--code CODE …] | --town TOWN --new) --out DIR
//   Issues hazard notices 隐患通知书 (docs/rules.md#notice) on --date (default today) and writes
//   them to one PDF in DIR, an A4 page per building (layers/layout/HazardNoticePdf.h): for the
//   buildings named, or with --town T --new for every building of the town that needs a notice
//   and has none yet. A building noticed before keeps its number (a re-issue, recorded again).
//   The text comes from data/templates/notice/hazard-notice.json, a copy at
//   templates/notice/hazard-notice.json next to the project, or --template FILE.
//   Prints one CSV row per notice (number,code,town,deadline,issue) and the PDF path.
//   An unknown code, or a building that needs no notice, exits 1 naming it; nothing is written.

#include <filesystem>
#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "gis/io/Csv.h"
#include "layers/layout/HazardNoticeIssue.h"
#include "layers/layout/HeadlessGui.h"

namespace fangan::cli {
namespace {

int runNotice(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  if (!a.has("--out")) throw UsageError("需要 --out 输出文件夹");
  const std::vector<std::string> codes = a.values("--code");
  if (codes.empty() == !a.has("--town")) throw UsageError("需要 --code 或 --town（二选一）");
  if (a.has("--town") && !a.has("--new")) {
    throw UsageError("--town 需要 --new（为尚未下达通知书的隐患房屋批量下达）");
  }
  Date day = todayFrom("");
  if (a.has("--date")) {
    const auto d = Date::parse(a.value("--date"));
    if (!d) throw UsageError("--date 应为日期 YYYY-MM-DD");
    day = *d;
  }
  const std::string path = a.positional[0];
  const NoticeTemplate notice =
      NoticeTemplate::load(a.value("--template", NoticeTemplate::pathFor(path)));
  auto store = openSpatialiteProject(path);

  HeadlessGui gui;  // painting the PDF needs a Qt application for fonts
  const LayoutData data = LayoutData::load(*store);
  std::vector<BuildingRecord> buildings;
  if (!codes.empty()) {
    for (const std::string& code : codes) {
      const auto b = store->buildingByCode(code);
      if (!b) {
        err << "fangan: 房屋编码 " << code << " 不在项目中，未下达任何通知书\n";
        return 1;
      }
      buildings.push_back(*b);
    }
  } else {
    std::vector<BuildingRecord> all;
    store->forEachBuilding([&all](const BuildingRecord& r, const Wkb&) {
      all.push_back(r);
      return true;
    });
    buildings = buildingsAwaitingNotice(all, store->notices(), a.value("--town"));
    if (buildings.empty()) {
      out << "镇街 " << a.value("--town") << " 没有待下达隐患通知书的房屋\n";
      return 0;
    }
  }
  std::filesystem::create_directories(a.value("--out"));
  try {
    const std::string name = hazardNoticeFileName(buildings, store->notices(), day);
    const std::string pdf = (std::filesystem::path(a.value("--out")) / name).string();
    const NoticeIssueResult r =
        issueHazardNotices(*store, data, notice, buildings, day, a.value("--who", "fangan"), pdf);
    out << "number,code,town,deadline,issue\n";
    for (const NoticeContent& n : r.notices) {
      out << csvRow({n.number, n.code, n.town, n.deadline ? n.deadline->toString() : "",
                     n.reissue ? "reissued" : "issued"});
    }
    out << "wrote " << r.path << " (" << r.notices.size() << " 页)\n";
  } catch (const CaseRefused& e) {
    err << "fangan: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

const CommandRegistration registration(
    {"notice",
     "notice PROJECT [--code CODE …] [--town TOWN] [--new] [--date YYYY-MM-DD] "
     "[--template FILE] [--who NAME] --out DIR",
     {"--new"},
     runNotice});

}  // namespace
}  // namespace fangan::cli
