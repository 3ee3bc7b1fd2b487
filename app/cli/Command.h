#pragma once
// A `fangan` sub-command. Each command lives in its own file and registers itself with a
// static CommandRegistration, so adding a command touches no shared file.

#include <functional>
#include <iosfwd>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace fangan::cli {

/// Parsed arguments: positionals in order, and --name value / --flag options.
struct Arguments {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  ///< "--crs" → "EPSG:4547"; flags map to "1"
  /// Every value of an option the usage line shows as repeatable ("[--code CODE …]"), in order;
  /// `options` holds the last.
  std::map<std::string, std::vector<std::string>> repeated;
  std::vector<std::string> values(const std::string& name) const {
    auto it = repeated.find(name);
    if (it != repeated.end()) return it->second;
    auto one = options.find(name);
    return one == options.end() ? std::vector<std::string>{}
                                : std::vector<std::string>{one->second};
  }
  bool has(const std::string& name) const { return options.count(name) > 0; }
  std::string value(const std::string& name, const std::string& fallback = "") const {
    auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
};

/// Raised for bad usage; the message is printed as `fangan: <message>` with exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CommandSpec {
  std::string name;
  std::string usage;               ///< one line, shown by `fangan help`
  std::vector<std::string> flags;  ///< options that take no value (e.g. "--json")
  std::function<int(const Arguments&, std::ostream& out, std::ostream& err)> run;
};

/// All registered commands by name.
std::map<std::string, CommandSpec>& commandRegistry();

/// Registers a command at static-initialisation time.
struct CommandRegistration {
  explicit CommandRegistration(CommandSpec spec);
};

}  // namespace fangan::cli
