#!/usr/bin/env bash
# The event-loop stall bounds that used to live in unit tests (issue 13, item 9): panning the
# canvas may stall the loop at most 50 ms, opening a project in the background at most 250 ms.
# Run on an otherwise idle machine; FANGAN_PROBE_PROJECT=FILE.sqlite probes a real project.
# usage: event_loop_probe.sh BUILD_DIR
set -euo pipefail
build="${1:-build}"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR"
FANGAN_PROBE_MAX_STALL_MS=50 "$build/tests/fangan_qt_tests" --gtest_filter='*PanProbe*'
FANGAN_PROBE_MAX_STALL_MS=250 "$build/tests/fangan_qt_tests" \
  --gtest_filter='BackgroundOpen.OpensWhileTheWindowKeepsRunning'
