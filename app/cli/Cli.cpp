#include "app/cli/Cli.h"

#include <ostream>
#include <regex>
#include <set>
#include <stdexcept>

#include "app/cli/Command.h"

namespace fangan::cli {

std::map<std::string, CommandSpec>& commandRegistry() {
  static std::map<std::string, CommandSpec> registry;
  return registry;
}

CommandRegistration::CommandRegistration(CommandSpec spec) {
  commandRegistry()[spec.name] = std::move(spec);
}

namespace {

void printUsage(std::ostream& out) {
  out << "用法 / usage: fangan COMMAND ...\n";
  for (const auto& [name, spec] : commandRegistry()) out << "  " << spec.usage << "\n";
}

/// The options a command knows: every --name its usage line shows.
std::set<std::string> knownOptions(const CommandSpec& spec) {
  std::set<std::string> known(spec.flags.begin(), spec.flags.end());
  static const std::regex option("--[A-Za-z0-9][A-Za-z0-9-]*");
  for (std::sregex_iterator it(spec.usage.begin(), spec.usage.end(), option), end; it != end;
       ++it) {
    known.insert(it->str());
  }
  return known;
}

/// The options the usage line shows as repeatable: "[--code CODE …]" (or "...").
std::set<std::string> repeatableOptions(const CommandSpec& spec) {
  std::set<std::string> repeatable;
  static const std::regex option(R"(\[(--[A-Za-z0-9][A-Za-z0-9-]*)[^\]]*(…|\.\.\.)\])");
  for (std::sregex_iterator it(spec.usage.begin(), spec.usage.end(), option), end; it != end;
       ++it) {
    repeatable.insert((*it)[1].str());
  }
  return repeatable;
}

Arguments parse(const CommandSpec& spec, const std::vector<std::string>& args) {
  const std::set<std::string> known = knownOptions(spec);
  const std::set<std::string> repeatable = repeatableOptions(spec);
  Arguments a;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& s = args[i];
    if (s.rfind("--", 0) == 0 && s.size() > 2) {
      const auto eq = s.find('=');
      const std::string name = s.substr(0, eq);
      if (!known.count(name)) throw UsageError("未知选项 / unknown option: " + name);
      const bool again = repeatable.count(name) > 0;
      if (a.options.count(name) && !again) {
        throw UsageError("选项 " + name + " 重复 / given twice");
      }
      if (eq != std::string::npos) {
        a.options[s.substr(0, eq)] = s.substr(eq + 1);
        if (again) a.repeated[name].push_back(s.substr(eq + 1));
        continue;
      }
      bool isFlag = false;
      for (const auto& f : spec.flags) isFlag = isFlag || f == s;
      if (isFlag) {
        a.options[s] = "1";
      } else {
        // "--from --json": the value is missing, not "--json".
        if (i + 1 >= args.size() || known.count(args[i + 1].substr(0, args[i + 1].find('=')))) {
          throw UsageError("选项 " + s + " 缺少取值 / needs a value");
        }
        a.options[s] = args[++i];
        if (again) a.repeated[s].push_back(args[i]);
      }
    } else {
      a.positional.push_back(s);
    }
  }
  return a;
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    printUsage(args.empty() ? err : out);
    return args.empty() ? 2 : 0;
  }
  auto it = commandRegistry().find(args[0]);
  if (it == commandRegistry().end()) {
    err << "fangan: 未知命令 / unknown command: " << args[0] << "\n";
    return 2;
  }
  try {
    return it->second.run(parse(it->second, args), out, err);
  } catch (const UsageError& e) {
    err << "fangan: " << e.what() << "\n  usage: " << it->second.usage << "\n";
    return 2;
  } catch (const std::exception& e) {
    err << "fangan: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace fangan::cli
