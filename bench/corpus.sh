#!/usr/bin/env bash
# Fetches real open-source C and C++ projects that use crypto as Debian source
# packages, installs their build dependencies, builds them under bear and
# leaves a compile_commands.json for each in bench/.cache/<project>/.
#   bench/corpus.sh [project...]      (default: curl aria2)
# Only Debian's archive is used: a deb-src entry is derived from the machine's
# own apt sources. Cached: a project already built is not built again.
set -euo pipefail
cd "$(dirname "$0")"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(curl aria2)
cache=$(pwd)/.cache
mkdir -p "$cache"

# deb-src entries mirroring the deb entries of this machine.
src_list=/etc/apt/sources.list.d/backdoor-scan-deb-src.sources
if [ ! -f "$src_list" ]; then
  tmp=$(mktemp)
  for f in /etc/apt/sources.list.d/*.sources; do
    [ "$f" = "$src_list" ] && continue
    awk 'BEGIN{RS=""; ORS="\n\n"} /Types:[^\n]*deb/ && /debian\.org/ {sub(/Types:[^\n]*/, "Types: deb-src"); print}' "$f"
  done > "$tmp"
  if [ -f /etc/apt/sources.list ]; then
    grep -E '^deb [^[]*debian\.org' /etc/apt/sources.list | sed 's/^deb /deb-src /' > "$tmp.list" || true
    [ -s "$tmp.list" ] && $SUDO cp "$tmp.list" /etc/apt/sources.list.d/backdoor-scan-deb-src.list
  fi
  $SUDO cp "$tmp" "$src_list"
  rm -f "$tmp" "$tmp.list"
  $SUDO apt-get update -qq
fi
command -v bear >/dev/null || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq bear dpkg-dev >/dev/null
command -v dpkg-source >/dev/null || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq dpkg-dev >/dev/null

for p in "${projects[@]}"; do
  dir="$cache/$p"
  if [ -f "$dir/compile_commands.json" ] && [ -s "$dir/compile_commands.json" ]; then
    echo "== $p: cached ($dir)"
    continue
  fi
  echo "== $p: fetching the Debian source package"
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && apt-get source -qq "$p" >/dev/null 2>&1)
  src=$(find "$dir" -mindepth 1 -maxdepth 1 -type d | head -1)
  echo "== $p: build dependencies"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get build-dep -y -qq "$p" >/dev/null
  echo "== $p: configure and build under bear (this takes a while)"
  (
    cd "$src"
    case "$p" in
      curl)
        [ -x configure ] || autoreconf -fi >/dev/null 2>&1
        ./configure -q --with-openssl --without-libpsl --disable-ldap --disable-manual >/dev/null
        bear --output "$dir/compile_commands.json" -- make -j"$(nproc)" -C lib >/dev/null 2>&1
        bear --append --output "$dir/compile_commands.json" -- make -j"$(nproc)" -C src >/dev/null 2>&1 || true
        ;;
      aria2)
        [ -x configure ] || autoreconf -fi >/dev/null 2>&1
        ./configure -q --with-openssl --without-gnutls --disable-nls >/dev/null
        bear --output "$dir/compile_commands.json" -- make -j"$(nproc)" -C src >/dev/null 2>&1
        ;;
      *)
        if [ -f CMakeLists.txt ]; then
          cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
          cmake --build build -j"$(nproc)" >/dev/null 2>&1 || true
          cp build/compile_commands.json "$dir/compile_commands.json"
        else
          [ -x configure ] || autoreconf -fi >/dev/null 2>&1
          ./configure -q >/dev/null
          bear --output "$dir/compile_commands.json" -- make -j"$(nproc)" >/dev/null 2>&1 || true
        fi
        ;;
    esac
  )
  echo "== $p: $(grep -c '"file"' "$dir/compile_commands.json") translation units"
done
