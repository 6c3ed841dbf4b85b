#!/usr/bin/env bash
# Inspects and smoke-tests the urbis Debian package built by CPack.
#
#   packaging/check-deb.sh BUILD_DIR        # newest urbis_*.deb directly in BUILD_DIR
#   packaging/check-deb.sh path/to/urbis_0.1.0_amd64.deb
#
# Checks: package metadata and file list (dpkg-deb --info / --contents), that the extracted
# usr/bin/urbis runs and prints "urbis <version>" matching the package version, that the desktop
# file, AppStream metainfo and icon are installed and agree with each other, and that no build
# leftovers (headers, static libraries, paths outside /usr) slipped in. Runs desktop-file-validate
# and appstreamcli when they are installed (they are optional). Needs no root and installs nothing.
# Exit status: 0 when every check passed, 1 otherwise (the first failure is named on stderr).
set -euo pipefail

fail() {
    echo "check-deb: FAIL: $*" >&2
    exit 1
}
note() { echo "check-deb: $*"; }

[[ $# -eq 1 ]] || { echo "usage: $0 BUILD_DIR|PACKAGE.deb" >&2; exit 1; }
command -v dpkg-deb >/dev/null || fail "dpkg-deb not found (install dpkg)"

target=$1
if [[ -f $target ]]; then
    deb=$target
elif [[ -d $target ]]; then
    # Newest urbis_*.deb directly in the build dir (CPack's output dir; _CPack_Packages is skipped).
    deb=$(find "$target" -maxdepth 1 -type f -name 'urbis_*.deb' -printf '%T@ %p\n' | sort -rn | head -n1 | cut -d' ' -f2-)
    [[ -n $deb ]] || fail "no urbis_*.deb in $target (build it with: cmake --build $target --target package)"
else
    fail "$target is neither a build directory nor a .deb file"
fi
note "checking $deb"
if [[ -f $deb.sha256 ]]; then
    (cd "$(dirname "$deb")" && sha256sum --check --status "$(basename "$deb").sha256") \
        || fail "$deb does not match its checksum file $deb.sha256"
fi

# ---- metadata -------------------------------------------------------------------------------------
info=$(dpkg-deb --info "$deb") || fail "dpkg-deb --info cannot read $deb"
echo "$info"
field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == urbis ]] || fail "Package is '$(field Package)', expected 'urbis'"
version=$(field Version)
[[ -n $version ]] || fail "the package has no Version"
[[ -n $(field Maintainer) ]] || fail "the package has no Maintainer"
[[ $(field Section) == science ]] || fail "Section is '$(field Section)', expected 'science'"
depends=$(field Depends)
[[ -n $depends ]] || fail "Depends is empty: was dpkg-shlibdeps run (CPACK_DEBIAN_PACKAGE_SHLIBDEPS)?"
for lib in libqt6core6 libsqlite3-0 libgdal; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib (got: $depends)"
done
[[ $depends != *libqt6sql6-sqlite* ]] || fail "Depends lists libqt6sql6-sqlite, which Urbis does not use"

# ---- file list ------------------------------------------------------------------------------------
contents=$(dpkg-deb --contents "$deb") || fail "dpkg-deb --contents cannot read $deb"
echo "$contents"
paths=$(awk '{print $NF}' <<<"$contents")
outside=$(grep -vE '^\./(usr(/.*)?)?$' <<<"$paths" || true)
[[ -z $outside ]] || fail "files outside /usr in the package:"$'\n'"$outside"
leftovers=$(grep -E '^\./usr/include/|\.a$|\.cmake$|/tests?/' <<<"$paths" || true)
[[ -z $leftovers ]] || fail "build leftovers in the package:"$'\n'"$leftovers"

# ---- extract and run ------------------------------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/urbis-check-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root" || fail "dpkg-deb -x failed"
root=$tmp/root

bin=$root/usr/bin/urbis
[[ -f $bin ]] || fail "usr/bin/urbis is missing from the package"
[[ -x $bin ]] || fail "usr/bin/urbis is not executable"
# --version is headless (QCoreApplication): no display, and it must not touch the user's data dir.
if ! out=$(cd "$tmp" && env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen \
           URBIS_DATA_DIR="$tmp/data" HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
           timeout 60 "$bin" --version 2>"$tmp/version.err"); then
    cat "$tmp/version.err" >&2
    fail "usr/bin/urbis --version exited with an error"
fi
echo "$out"
first=$(head -n1 <<<"$out")
[[ $first == "urbis "* ]] || fail "usr/bin/urbis --version printed '$first', expected a line starting with 'urbis '"
[[ $first == "urbis $version" ]] || fail "binary says '$first' but the package version is $version"

# ---- desktop integration --------------------------------------------------------------------------
shopt -s nullglob
desktops=("$root"/usr/share/applications/*.desktop)
metainfos=("$root"/usr/share/metainfo/*.xml)
shopt -u nullglob
[[ ${#desktops[@]} -gt 0 ]] || fail "no usr/share/applications/*.desktop in the package"
[[ ${#metainfos[@]} -gt 0 ]] || fail "no usr/share/metainfo/*.xml in the package"

for desktop in "${desktops[@]}"; do
    name=$(basename "$desktop")
    key() { sed -n "s/^$1=//p" "$desktop" | head -n1; }
    [[ $(head -n1 "$desktop") == "[Desktop Entry]" ]] || fail "$name does not start with [Desktop Entry]"
    [[ $(key Type) == Application ]] || fail "$name: Type is not Application"
    exe=$(key Exec | awk '{print $1}')
    [[ -x $root/usr/bin/$exe ]] || fail "$name: Exec program '$exe' is not in usr/bin"
    icon=$(key Icon)
    [[ -n $icon ]] || fail "$name has no Icon key"
    [[ -f $root/usr/share/icons/hicolor/scalable/apps/$icon.svg ]] \
        || fail "$name: Icon=$icon but usr/share/icons/hicolor/scalable/apps/$icon.svg is missing"
    grep -q "<launchable type=\"desktop-id\">$name</launchable>" "${metainfos[@]}" \
        || fail "no metainfo file names $name as its launchable"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" || fail "desktop-file-validate rejected $name"
        note "desktop-file-validate: $name ok"
    else
        note "desktop-file-validate not installed; skipped"
    fi
done

for xml in "${metainfos[@]}" "$root"/usr/share/icons/hicolor/scalable/apps/*.svg; do
    if command -v xmllint >/dev/null; then
        xmllint --noout "$xml" || fail "$(basename "$xml") is not well-formed XML"
    elif command -v python3 >/dev/null; then
        python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$xml" \
            || fail "$(basename "$xml") is not well-formed XML"
    fi
done

if command -v appstreamcli >/dev/null; then
    # validate-tree also checks that the launchable desktop file and the icon exist in the tree.
    appstreamcli validate-tree --no-net --no-color "$root" || fail "appstreamcli validate-tree reported errors"
    note "appstreamcli: ok"
else
    note "appstreamcli not installed; skipped"
fi

note "OK: $(basename "$deb") (urbis $version)"
