#!/usr/bin/env bash
# Builds a release into build-package/ and makes the Debian package with CPack:
# build-package/nervefloss_<version>_<arch>.deb. Dependencies come from dpkg-shlibdeps (dpkg-dev)
# plus espeak-ng-data (see cmake/Install.cmake). Assumes scripts/setup.sh has run.
#   --test   then install it with apt-get (as root), run `nervefloss --version`, `list` and a
#            one-rep headless session from the installed copy, and remove it again.
set -euo pipefail
cd "$(dirname "$0")/.."
test_install=0
[ "${1:-}" = --test ] && test_install=1

cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=Release -DNERVEFLOSS_BUILD_TESTS=OFF >/dev/null
cmake --build build-package -j "$(nproc)"
(cd build-package && cpack -G DEB >/dev/null)
deb=$(ls -t build-package/nervefloss_*.deb | head -n 1)
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends | sed 's/^/package: /'

if ((test_install)); then
  [ "$(id -u)" = 0 ] || { echo "package: --test needs root" >&2; exit 1; }
  if dpkg-query -W -f='${Status}' nervefloss 2>/dev/null | grep -q "install ok installed"; then
    echo "package: nervefloss is already installed; not touching it" >&2; exit 1
  fi
  trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq nervefloss >/dev/null' EXIT
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
  home=$(mktemp -d)
  # The installed program, with a fresh home, outside the source tree.
  (cd / && export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data ALSOFT_DRIVERS=null
   unset NERVEFLOSS_ASSETS
   /usr/bin/nervefloss --version
   /usr/bin/nervefloss list >/dev/null
   /usr/bin/nervefloss run nerve-floss --headless --quiet --reps 1 --sets 1 --lead-in 0 </dev/null)
  rm -rf "$home"
  echo "package: installed, ran --version, list and a headless session, removed"
fi
