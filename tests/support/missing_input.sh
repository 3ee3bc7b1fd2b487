# Sourced by the CLI test scripts: a missing input (a tool, the sample data) skips on a
# developer's machine — exit 77, which CTest reports as Skipped (SKIP_RETURN_CODE) — but fails
# under CI=true, where everything must be there (the shell side of MissingInput.h).
missing_input() {  # missing_input REASON
  if [ "${CI:-}" == "true" ]; then
    echo "FAIL: $1 (required when CI=true)"
    exit 1
  fi
  echo "SKIP: $1"
  exit 77
}
