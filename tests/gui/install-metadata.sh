#!/usr/bin/env bash
# The launcher and the software centre's page as installed: `cmake --install` into a scratch
# prefix, then desktop-file-validate and appstreamcli (validate, and validate-tree, which checks
# the page against its launcher). Skips (77) when a validator is missing.
# Usage: install-metadata.sh BUILD_DIR
set -euo pipefail
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$1" --prefix "$prefix" >/dev/null
desktop=$prefix/share/applications/nervefloss.desktop
metainfo=$(ls "$prefix"/share/metainfo/*.metainfo.xml)
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo"
appstreamcli validate-tree --no-net "$prefix"
# The page names the launcher that is installed, and the player's DesktopEntry (MPRIS) is its name.
grep -q '<launchable type="desktop-id">nervefloss.desktop</launchable>' "$metainfo"
echo "ok: $(basename "$desktop") and $(basename "$metainfo") are valid"
