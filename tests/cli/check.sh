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
