# Sourced by the CLI test scripts: counts of passed and failed checks, and `check`, which compares
# an expected value with an actual one and names the check when they differ.
passed=0
failed=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1: expected [$2] got [$3]"
  fi
}
# check_showing NAME EXPECTED ACTUAL FILE...: check, and when it fails also print what the FILEs
# hold (a tool's error output) and the free space where they are, so a failure on another machine
# says why.
check_showing() {
  local before=$failed
  check "$1" "$2" "$3"
  if [ "$failed" -ne "$before" ]; then
    shift 3
    local f
    for f in "$@"; do
      echo "  -- $f:"
      if [ -s "$f" ]; then sed 's/^/  | /' "$f" | head -20; else echo "  | (empty or missing)"; fi
    done
    [ $# -gt 0 ] && df -h "$(dirname "$1")" | sed 's/^/  | /'
  fi
  return 0
}
