# Sourced by scripts/test-asan.sh and bench/fuzz.sh: how the sanitizer builds report. Every
# finding stops the process with a non-zero exit (the test fails). Suppressions cover only
# third-party libraries, each entry in tests/sanitizers/ with the reason.
_fangan_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:halt_on_error=1:detect_odr_violation=2"
export LSAN_OPTIONS="suppressions=${_fangan_root}/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
unset _fangan_root
