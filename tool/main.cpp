//===--- main.cpp - the backdoor-scan executable --------------------------===//
//
// Everything lives in the tool library (Cli.cpp and the pipeline beside it).
//
//===----------------------------------------------------------------------===//
#include "Cli.h"

int main(int Argc, const char **Argv) { return backdoor::runCli(Argc, Argv); }
