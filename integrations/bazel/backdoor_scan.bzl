"""backdoor-scan as a Bazel aspect.

For every target with `CcInfo` and `srcs` (cc_library, cc_binary, cc_test,
objc_library, ...), and along `deps`, one action per C, C++ and Objective-C
source runs the backdoor-scan CLI with the target's own include paths and
defines, and writes one JSON report:

    bazel build //... \\
        --aspects=@backdoor_scan//:backdoor_scan.bzl%backdoor_scan \\
        --output_groups=backdoor_scan
    find bazel-bin/ -name '*.backdoor-scan.json' \\
        -exec backdoor-scan merge --format sarif -o backdoor-scan.sarif {} +

No shell runs: each path, include directory and define is one argv entry of
`ctx.actions.run`, handed to `backdoor_scan_action.py`, which runs the CLI
directly (exit 1, findings, is a result; exit 2, a tool error, fails the
action) and makes the report's paths relative to the execution root.

Settings (Starlark flags of this repository):
  --@backdoor_scan//:cli=PATH      the backdoor-scan binary (default: found in
                                   the actions' PATH)
  --@backdoor_scan//:config=YAML   the clang-tidy configuration (CheckOptions);
                                   default `{}`, so `.clang-tidy` files, which
                                   are not inputs of the action, never count
"""

BackdoorScanReportsInfo = provider(
    doc = "The reports of a target and of its deps, transitively.",
    fields = {"reports": "depset of the JSON reports"},
)

BackdoorScanSettingInfo = provider(
    doc = "The value of one of the aspect's string settings.",
    fields = {"value": "the string given on the command line, or the default"},
)

def _setting_impl(ctx):
    return [BackdoorScanSettingInfo(value = ctx.build_setting_value)]

backdoor_scan_setting = rule(
    implementation = _setting_impl,
    build_setting = config.string(flag = True),
    doc = "A string setting of the aspect (the CLI's path, the configuration).",
)

# The sources clang reads as C, C++ or Objective-C; headers are scanned
# through the sources that include them.
_SOURCE_EXTENSIONS = ["c", "cc", "cpp", "cxx", "c++", "C", "m", "mm"]

def _report_name(target_name, src):
    # Sources of other repositories have short paths "../repo/..."; declared
    # outputs must stay under the package.
    path = src.short_path
    if path.startswith("../"):
        path = "external/" + path[3:]
    return "_backdoor_scan/%s/%s.backdoor-scan.json" % (target_name, path)

def _as_operand(path):
    # An execution-root path never starts with "-" unless the file sits at the
    # workspace root; "./" keeps such a name from being read as an option.
    return "./" + path if path.startswith("-") else path

def _copts(ctx):
    # The target's copts, tokenized as Bazel tokenizes them for the compiler;
    # those with make variables or $(location) are left out (an aspect cannot
    # expand them the way the rule does).
    out = []
    for copt in getattr(ctx.rule.attr, "copts", []):
        if "$" in copt:
            continue
        out.extend(ctx.tokenize(copt) if hasattr(ctx, "tokenize") else [copt])
    return out

def _backdoor_scan_impl(target, ctx):
    # The reports of the deps come along, so that building one target with
    # the aspect scans what it is built from.
    transitive = [
        dep[BackdoorScanReportsInfo].reports
        for dep in getattr(ctx.rule.attr, "deps", [])
        if BackdoorScanReportsInfo in dep
    ]
    srcs = []
    if CcInfo in target and hasattr(ctx.rule.files, "srcs"):
        srcs = [f for f in ctx.rule.files.srcs if f.extension in _SOURCE_EXTENSIONS]
    if not srcs:
        reports = depset(transitive = transitive)
        return [BackdoorScanReportsInfo(reports = reports), OutputGroupInfo(backdoor_scan = reports)]
    cc = target[CcInfo].compilation_context
    cli = ctx.attr._cli[BackdoorScanSettingInfo].value
    config = ctx.attr._config[BackdoorScanSettingInfo].value

    # Compiler arguments, each one argv entry, the option joined to its value
    # so that a value starting with "-" cannot become an option of its own.
    flags = ctx.actions.args()
    flags.add_all(cc.quote_includes, format_each = "-iquote%s")
    flags.add_all(cc.includes, format_each = "-I%s")
    flags.add_all(cc.system_includes, format_each = "-isystem%s")
    flags.add_all(cc.framework_includes, format_each = "-F%s")
    flags.add_all(cc.defines, format_each = "-D%s")
    if hasattr(cc, "local_defines"):
        flags.add_all(cc.local_defines, format_each = "-D%s")
    flags.add_all(_copts(ctx))

    reports = []
    for src in srcs:
        report = ctx.actions.declare_file(_report_name(ctx.label.name, src))
        command = ctx.actions.args()
        command.add(report)  # for backdoor_scan_action.py: the report to relativize
        command.add(cli)
        command.add_all(["--no-cache", "--no-progress", "--format", "json"])
        command.add("--config", config)
        command.add("-o", report)
        command.add(_as_operand(src.path))
        command.add("--")
        ctx.actions.run(
            executable = ctx.executable._action,
            arguments = [command, flags],
            inputs = depset([src], transitive = [cc.headers]),
            outputs = [report],
            mnemonic = "BackdoorScan",
            progress_message = "Scanning %s for backdoors" % src.short_path,
            # PATH (to find the CLI and python3) and --action_env values.
            use_default_shell_env = True,
        )
        reports.append(report)
    reports = depset(reports, transitive = transitive)
    return [BackdoorScanReportsInfo(reports = reports), OutputGroupInfo(backdoor_scan = reports)]

backdoor_scan = aspect(
    implementation = _backdoor_scan_impl,
    attr_aspects = ["deps"],
    attrs = {
        "_action": attr.label(
            default = Label("//:backdoor_scan_action.py"),
            allow_single_file = True,
            executable = True,
            cfg = "exec",
        ),
        "_cli": attr.label(default = Label("//:cli")),
        "_config": attr.label(default = Label("//:config")),
    },
    doc = "Scans the C, C++ and Objective-C sources of cc_* targets with backdoor-scan.",
)
