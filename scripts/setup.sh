#!/usr/bin/env bash
# Installs what is missing on a Debian 12 machine (as root, or with sudo), then configures and
# builds nervefloss into build/. Extra arguments go to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake ninja-build pkg-config
  libsfml-dev libspdlog-dev libgtest-dev libtomlplusplus-dev libcli11-dev libsqlite3-dev
  libespeak-ng-dev espeak-ng-data
  # the live sound output (its own OpenAL buffer queue)
  libopenal-dev
  # the desktop module (MPRIS, screen saver and logind inhibitors) and its private-bus tests
  libsdbus-c++-dev dbus python3-dbusmock
  xvfb xauth xdotool x11-utils imagemagick sox python3
  # the check-in smoke reads the history back with the sqlite3 shell
  sqlite3
  # the plan's command-line tests run the program on other days (libfaketime)
  faketime
  # the clinician's PDF report (cairo and pango), and its tests read it back (poppler-utils)
  libcairo2-dev libpango1.0-dev poppler-utils
  # scripts/sanitize.sh, fuzz.sh (libFuzzer is in libclang-rt), lint.sh, format.sh, package.sh, the icon
  clang libclang-rt-14-dev clang-tidy clang-format cppcheck dpkg-dev file desktop-file-utils appstream librsvg2-bin
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  as_root=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
  fi
  echo "setup: installing ${missing[*]}"
  # A fresh machine may have empty package lists.
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja "$@" >/dev/null
cmake --build build -j "$(nproc)"
