#!/usr/bin/env bash
# Installs what backdoor-scan needs on Debian 12 from Debian's own packages.
#   scripts/install-deps.sh            LLVM 19 toolchain, yaml-cpp, OpenSSL headers (to build and scan)
#   scripts/install-deps.sh --all      also LLVM 22 and everything the test suites use
# Idempotent: packages already installed are not fetched again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi

pkgs=(cmake ninja-build python3 libyaml-cpp-dev libssl-dev
      clang-19 clang-tidy-19 libclang-19-dev llvm-19-dev llvm-19-tools)
if [ "${1:-}" = "--all" ]; then
  pkgs+=(clang-22 clang-tidy-22 libclang-22-dev llvm-22-dev llvm-22-tools
         libgtest-dev python3-jsonschema python3-yaml libmbedtls-dev libwolfssl-dev libsodium-dev
         libgcrypt20-dev libgnutls28-dev libcrypto++-dev libbotan-2-dev libcurl4-openssl-dev git chromium
         bazel-bootstrap strace libgnustep-base-dev
         liblua5.4-dev libpam0g-dev # headers some test/holdout programs include
         libclang-rt-19-dev) # sanitizer and libFuzzer runtimes: the fuzzers and the ASan/UBSan build
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
