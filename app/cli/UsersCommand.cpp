// fangan users PROJECT add NAME --role admin|town|grid|viewer [--town T] [--grid G]
// fangan users PROJECT list | remove NAME
// The users of a server project and what each may do (gis/store/PostgresSecurity.h). A new
// user's password comes from FANGAN_USER_PASSWORD when set (never from the command line);
// without it the administrator sets one in psql (\password NAME).

#include <cstdlib>
#include <ostream>

#include "app/cli/Command.h"
#include "gis/store/PostgresSecurity.h"

namespace fangan::cli {
namespace {

const char* roleLabel(ServerRole r) {
  switch (r) {
    case ServerRole::Admin:
      return "区级管理员";
    case ServerRole::Town:
      return "镇街";
    case ServerRole::Grid:
      return "网格员";
    case ServerRole::Viewer:
      return "只读";
  }
  return "";
}

int runUsers(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() < 2) throw UsageError("需要项目和子命令 add、list 或 remove");
  const std::string& project = a.positional[0];
  const std::string& verb = a.positional[1];
  if (verb == "list") {
    if (a.positional.size() != 2) throw UsageError("list 不带其他参数");
    for (const auto& u : serverUsers(project)) {
      out << u.name << "\t" << serverRoleKey(u.role) << "\t" << roleLabel(u.role);
      if (!u.town.empty()) out << "\t镇街=" << u.town;
      if (!u.grid.empty()) out << "\t网格=" << u.grid;
      out << "\n";
    }
    return 0;
  }
  if (a.positional.size() != 3) throw UsageError(verb + " 需要一个用户名");
  const std::string& name = a.positional[2];
  if (verb == "add") {
    if (!a.has("--role")) throw UsageError("add 需要 --role admin|town|grid|viewer");
    ServerUser u;
    u.name = name;
    try {
      u.role = parseServerRole(a.value("--role"));
    } catch (const std::exception& e) {
      throw UsageError(e.what());
    }
    u.town = a.value("--town");
    u.grid = a.value("--grid");
    if (u.role == ServerRole::Town && u.town.empty()) throw UsageError("镇街用户须指定 --town");
    if (u.role == ServerRole::Grid && u.grid.empty()) throw UsageError("网格员须指定 --grid");
    const char* password = std::getenv("FANGAN_USER_PASSWORD");
    addServerUser(project, u, password ? password : "");
    out << "已添加用户 " << name << " (" << roleLabel(u.role) << ")\n";
    return 0;
  }
  if (verb == "remove") {
    if (!removeServerUser(project, name)) {
      out << "项目中没有用户 " << name << "\n";
      return 1;
    }
    out << "已移除用户 " << name << "\n";
    return 0;
  }
  throw UsageError("未知的子命令: " + verb + " (应为 add、list 或 remove)");
}

const CommandRegistration registration(
    {"users",
     "users PROJECT add|list|remove [NAME] [--role admin|town|grid|viewer] [--town T] [--grid G]",
     {},
     runUsers});

}  // namespace
}  // namespace fangan::cli
