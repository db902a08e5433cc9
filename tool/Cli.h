//===--- Cli.h - the backdoor-scan command line ----------------*- C++ -*-===//
//
// The whole CLI as a library function, so the executable is a thin main and
// the unit tests link the same code.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TOOL_CLI_H
#define BACKDOOR_TOOL_CLI_H

namespace backdoor {

/// Runs `backdoor-scan` with these arguments; returns the exit code.
int runCli(int Argc, const char **Argv);

} // namespace backdoor

#endif
