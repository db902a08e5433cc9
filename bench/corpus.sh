#!/usr/bin/env bash
# Fetches real open-source C and C++ projects that use crypto as Debian source
# packages, installs their build dependencies, builds them under bear and
# leaves a compile_commands.json for each in bench/.cache/<project>/.
#   bench/corpus.sh [project...]      (default: curl aria2)
#   bench/corpus.sh all               (the reviewed corpus of docs/real-world.md)
# Only Debian's archive is used: a deb-src entry is derived from the machine's
# own apt sources. Cached: a project already built is not built again. Two
# build jobs (BACKDOOR_CORPUS_JOBS). A project whose build fails is reported
# and skipped; the others go on (its log is bench/.cache/<project>/build.log).
# Builds use make -k: a unit that fails to compile still leaves the others'
# compile commands, which is all the scanner needs.
set -euo pipefail
cd "$(dirname "$0")"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(curl aria2)
# The reviewed corpus: libraries and network daemons that use cryptography or
# authenticate users, C and C++, chosen to build in minutes on 2 cores.
all=(curl aria2 wget libssh libzip dropbear tinc ngircd vsftpd lighttpd openvpn
     nginx sudo openssh proftpd-dfsg)
if [ "${projects[0]}" = all ]; then projects=("${all[@]}"); fi
jobs=${BACKDOOR_CORPUS_JOBS:-2}
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

build_one() { # $1 project, $2 output dir; runs in the unpacked source
  local p=$1 dir=$2 cdb=$2/compile_commands.json
  case "$p" in
    curl)
      [ -x configure ] || autoreconf -fi
      ./configure -q --with-openssl --without-libpsl --disable-ldap --disable-manual
      bear --output "$cdb" -- make -k -j"$jobs" -C lib || true
      bear --append --output "$cdb" -- make -k -j"$jobs" -C src || true
      ;;
    aria2)
      [ -x configure ] || autoreconf -fi
      ./configure -q --with-openssl --without-gnutls --disable-nls
      bear --output "$cdb" -- make -k -j"$jobs" -C src || true
      ;;
    wget)      # GnuTLS, as Debian builds it
      ./configure -q --disable-nls
      bear --output "$cdb" -- make -k -j"$jobs" -C lib || true
      bear --append --output "$cdb" -- make -k -j"$jobs" -C src || true
      ;;
    libssh)    # OpenSSL back end, with the server side
      cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DWITH_SERVER=ON \
        -DWITH_EXAMPLES=ON -DUNIT_TESTING=OFF -DWITH_GSSAPI=OFF
      cmake --build build -j"$jobs" -- -k || true
      cp build/compile_commands.json "$cdb"
      ;;
    libzip)    # AES and traditional PKWARE encryption through OpenSSL
      cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DENABLE_GNUTLS=OFF \
        -DENABLE_MBEDTLS=OFF -DENABLE_OPENSSL=ON -DBUILD_REGRESS=OFF -DBUILD_DOC=OFF
      cmake --build build -j"$jobs" -- -k || true
      cp build/compile_commands.json "$cdb"
      ;;
    lighttpd)  # OpenSSL TLS module and the auth modules
      cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DWITH_OPENSSL=ON
      cmake --build build -j"$jobs" -- -k || true
      cp build/compile_commands.json "$cdb"
      ;;
    vsftpd)    # plain Makefile; Debian enables SSL in builddefs.h
      sed -i 's|^#undef VSF_BUILD_SSL|#define VSF_BUILD_SSL|' builddefs.h
      bear --output "$cdb" -- make -k -j"$jobs" LIBS="-lcrypt -lcap -lpam -lssl -lcrypto -lwrap" || true
      ;;
    ngircd)    # TLS through OpenSSL, PAM authentication
      ./configure -q --with-openssl --with-pam --with-ident
      bear --output "$cdb" -- make -k -j"$jobs" || true
      ;;
    nginx)     # not autoconf: nginx's own configure script
      ./configure --with-http_ssl_module --with-http_v2_module --with-mail \
        --with-mail_ssl_module --with-stream --with-stream_ssl_module \
        --with-http_auth_request_module --with-http_secure_link_module
      bear --output "$cdb" -- make -k -j"$jobs" || true
      ;;
    proftpd-dfsg) # TLS and SFTP modules
      ./configure -q --enable-openssl --with-modules=mod_tls:mod_sftp:mod_auth_pam
      bear --output "$cdb" -- make -k -j"$jobs" || true
      ;;
    openssh)
      ./configure -q --with-pam --without-selinux
      bear --output "$cdb" -- make -k -j"$jobs" || true
      ;;
    *)         # dropbear, tinc, openvpn, sudo and other autoconf projects
      if [ -f CMakeLists.txt ] && [ ! -f configure ]; then
        cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
        cmake --build build -j"$jobs" -- -k || true
        cp build/compile_commands.json "$cdb"
      else
        [ -x configure ] || autoreconf -fi
        ./configure -q
        bear --output "$cdb" -- make -k -j"$jobs" || true
      fi
      ;;
  esac
}

failed=()
for p in "${projects[@]}"; do
  dir="$cache/$p"
  if [ -f "$dir/compile_commands.json" ] && [ -s "$dir/compile_commands.json" ]; then
    echo "== $p: cached ($dir)"
    continue
  fi
  start=$(date +%s)
  echo "== $p: fetching the Debian source package"
  rm -rf "$dir" && mkdir -p "$dir"
  if ! (cd "$dir" && apt-get source -qq "$p" > "$dir/fetch.log" 2>&1); then
    echo "== $p: FAILED to fetch (see $dir/fetch.log)"; failed+=("$p"); continue
  fi
  src=$(find "$dir" -mindepth 1 -maxdepth 1 -type d | head -1)
  echo "== $p: build dependencies"
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get build-dep -y -qq "$p" >> "$dir/fetch.log" 2>&1; then
    echo "== $p: FAILED to install build dependencies (see $dir/fetch.log)"; failed+=("$p"); continue
  fi
  echo "== $p: configure and build under bear (this takes a while)"
  if ! (cd "$src" && set -e && build_one "$p" "$dir") > "$dir/build.log" 2>&1 \
     || [ ! -s "$dir/compile_commands.json" ]; then
    rm -f "$dir/compile_commands.json"
    echo "== $p: FAILED to build (see $dir/build.log)"; failed+=("$p"); continue
  fi
  echo "== $p: $(grep -c '"file"' "$dir/compile_commands.json") translation units, $(( $(date +%s) - start )) s"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "== failed: ${failed[*]}"
  exit 1
fi
