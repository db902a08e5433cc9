# lit configuration of backdoor-scan's end-to-end tests.
import os
import shutil

import lit.formats

config.name = "backdoor-scan"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".cc", ".m", ".mm", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in"]
config.substitutions.append(("%inputs", os.path.join(os.path.dirname(__file__), "cli", "Inputs")))
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.backdoor_obj_root, "test", "lit")

# FileCheck, not, split-file from this LLVM; python3 for helpers.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ("HOME", "TMPDIR", "LANG"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

src = config.backdoor_src_root
tools = os.path.join(src, "test", "tools")
mock = os.path.join(src, "test", "mock", "include")
python = shutil.which("python3") or "python3"
# The system python has Debian's python3-jsonschema for SARIF validation.
sys_python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else python

# %mock-apple: the mocks after the system headers (the Apple mocks,
# CommonCrypto/, Security/, CoreFoundation/, beside GNUstep's Foundation,
# which needs the real libc headers rather than the libc mocks).
config.substitutions.append(("%mock-apple", "-idirafter " + mock))
config.substitutions.append(("%mock", "-isystem " + mock))
config.substitutions.append(
    ("%run-both", "%s %s --clang-tidy %s --plugin %s --cli %s"
     % (python, os.path.join(tools, "run-both.py"), config.clang_tidy, config.plugin, config.cli)))
config.substitutions.append(("%expect-exit", "%s %s" % (python, os.path.join(tools, "expect-exit.py"))))
config.substitutions.append(("%clang-tidy", config.clang_tidy))
config.substitutions.append(("%plugin", config.plugin))
config.substitutions.append(("%backdoor-scan", config.cli))
config.substitutions.append(("%python", python))
config.substitutions.append(("%sys-python", sys_python))
config.substitutions.append(("%sarif-validate", "%s %s %s" % (
    sys_python, os.path.join(tools, "validate-sarif.py"),
    os.path.join(src, "test", "schemas", "sarif-schema-2.1.0.json"))))
config.substitutions.append(("%sarif-results", "%s %s" % (python, os.path.join(tools, "sarif-results.py"))))
config.substitutions.append(("%rules", os.path.join(src, "rules")))
config.substitutions.append(("%src", src))
config.substitutions.append(("%build", config.backdoor_obj_root))
config.substitutions.append(("%llvm-major", config.llvm_major))
# A clang-tidy of the other major, for the version guard test.
other = {"19": "22", "22": "19"}.get(config.llvm_major)
other_tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % other if other else ""
if other_tidy and os.path.exists(other_tidy):
    config.available_features.add("other-clang-tidy")
    config.substitutions.append(("%other-clang-tidy", other_tidy))
if os.path.exists("/usr/include/openssl/evp.h"):
    config.available_features.add("openssl-headers")
if os.path.exists("/usr/include/mbedtls/cipher.h"):
    config.available_features.add("mbedtls-headers")
for feature, header in (("sodium-headers", "/usr/include/sodium.h"),
                        ("gcrypt-headers", "/usr/include/gcrypt.h"),
                        ("gnutls-headers", "/usr/include/gnutls/crypto.h"),
                        ("wolfssl-headers", "/usr/include/wolfssl/options.h"),
                        ("cryptopp-headers", "/usr/include/crypto++/aes.h"),
                        ("botan-headers", "/usr/include/botan-2/botan/symkey.h")):
    if os.path.exists(header):
        config.available_features.add(feature)
# Objective-C Foundation on Linux: GNUstep's headers (Debian's
# libgnustep-base-dev) with the GNU runtime's (from GCC). %gnustep holds the
# flags; the test chooses -x objective-c or -x objective-c++.
gnustep_runtime = "/usr/lib/gcc/x86_64-linux-gnu/12/include"
if os.path.exists("/usr/include/GNUstep/Foundation/Foundation.h") and \
        os.path.exists(os.path.join(gnustep_runtime, "objc", "objc.h")):
    config.available_features.add("gnustep-headers")
    config.substitutions.append(("%gnustep", "-fobjc-runtime=gcc -I/usr/include/GNUstep -I%s "
                                 "-DGNUSTEP -DGNUSTEP_BASE_LIBRARY=1 -DGNU_RUNTIME=1" % gnustep_runtime))
# A sanitized build (ASan and UBSan): its plugin cannot load into Debian's
# unsanitized clang-tidy, so %run-both runs the CLI only and tests that run
# clang-tidy themselves are unsupported ("cli-only"). Any sanitizer report
# fails the test: UBSan halts, ASan aborts.
if getattr(config, "sanitized", False):
    config.available_features.add("cli-only")
    config.environment["BACKDOOR_CLI_ONLY"] = "1"
    config.environment["ASAN_OPTIONS"] = "abort_on_error=1:detect_leaks=0:allocator_may_return_null=1"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"

# The result cache of the tests stays in the build tree.
config.environment["BACKDOOR_SCAN_CACHE"] = os.path.join(config.test_exec_root, "cache")

import shutil
if shutil.which("git"):
    config.available_features.add("git")
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if chromium:
    config.available_features.add("chromium")
    config.substitutions.append(("%chromium", chromium))
strace = shutil.which("strace")
if strace:
    config.available_features.add("strace")
    config.substitutions.append(("%strace", strace))
if shutil.which("cmake") and shutil.which("ninja"):
    config.available_features.add("cmake")
# The Bazel aspect's test (test/lit/bazel), with Debian's bazel-bootstrap.
if shutil.which("bazel"):
    config.available_features.add("bazel")
