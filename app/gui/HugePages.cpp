#include "app/gui/HugePages.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace fangan::gui {
namespace {

constexpr const char* kTunable = "glibc.malloc.hugetlb";

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
  return true;
#else
  return false;
#endif
#else
  return false;
#endif
}

// "always [madvise] never": the bracketed word is the kernel's setting; malloc's hugetlb=1
// advises its memory, which both "always" and "madvise" honour.
bool kernelOffersHugePages() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string setting;
  if (!std::getline(in, setting)) return false;
  return setting.find("[always]") != std::string::npos ||
         setting.find("[madvise]") != std::string::npos;
}

}  // namespace

HugePagesPlan planHugePages(const char* tunables, const char* choice, const char* restarted,
                            bool kernelOffers) {
  HugePagesPlan plan;
  if (choice && std::string(choice) == "0") {
    plan.skip = HugePagesSkip::kDisabled;
    return plan;
  }
  const std::string current = tunables ? tunables : "";
  // Set by the first run (this is the second), or by the user: either way it stands.
  if (current.find(kTunable) != std::string::npos) {
    plan.skip = restarted ? HugePagesSkip::kNone : HugePagesSkip::kUserTunable;
    return plan;
  }
  if (!kernelOffers) {
    plan.skip = HugePagesSkip::kNoKernel;
  } else {
    plan.restart = true;
    plan.tunables = (current.empty() ? std::string() : current + ":") + kTunable + "=1";
  }
  return plan;
}

namespace {

// The plan for this process's environment; when it says to restart, the tunable is set.
HugePagesPlan applyPlan() {
  HugePagesPlan plan;
  if (sanitized()) {
    plan.skip = HugePagesSkip::kSanitizer;
    return plan;
  }
  plan = planHugePages(std::getenv("GLIBC_TUNABLES"), std::getenv("FANGAN_HUGE_PAGES"),
                       std::getenv("FANGAN_HUGE_PAGES_SET"), kernelOffersHugePages());
  if (plan.restart && (setenv("GLIBC_TUNABLES", plan.tunables.c_str(), 1) != 0 ||
                       setenv("FANGAN_HUGE_PAGES_SET", "1", 1) != 0)) {
    plan.restart = false;
    plan.skip = HugePagesSkip::kExecFailed;
  }
  return plan;
}

}  // namespace

HugePagesSkip prepareHugePages() { return applyPlan().skip; }

HugePagesSkip restartWithHugePages(char** argv) {
  const char* current = std::getenv("GLIBC_TUNABLES");
  const bool hadTunables = current != nullptr;
  const std::string saved = hadTunables ? current : "";
  const HugePagesPlan plan = applyPlan();
  // Not to restart: started with it (by the launcher or a first run), or not to have it.
  if (!plan.restart) return plan.skip;
  execv("/proc/self/exe", argv);
  // Still here: the environment goes back to what it was, and the program runs as it is.
  if (hadTunables) {
    setenv("GLIBC_TUNABLES", saved.c_str(), 1);
  } else {
    unsetenv("GLIBC_TUNABLES");
  }
  unsetenv("FANGAN_HUGE_PAGES_SET");
  return HugePagesSkip::kExecFailed;
}

}  // namespace fangan::gui
