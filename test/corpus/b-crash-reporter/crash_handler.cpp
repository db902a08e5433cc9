#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include <ucontext.h>
#include <unistd.h>

#include "crash_reporter.hpp"

namespace crashrep {

namespace {

StateDumper* g_dumper = nullptr;

void fill_registers(const ucontext_t* uc, RegisterDump& regs) {
  std::memset(&regs, 0, sizeof regs);
#if defined(__x86_64__)
  for (int i = 0; i < 16; ++i) regs.gpr[i].u64 = static_cast<std::uint64_t>(uc->uc_mcontext.gregs[i]);
  regs.rip.u64 = static_cast<std::uint64_t>(uc->uc_mcontext.gregs[REG_RIP]);
  regs.rsp.u64 = static_cast<std::uint64_t>(uc->uc_mcontext.gregs[REG_RSP]);
#else
  (void)uc;
#endif
}

void on_fatal(int sig, siginfo_t*, void* ctx) {
  RegisterDump regs;
  fill_registers(static_cast<ucontext_t*>(ctx), regs);
  // ok: backdoor-predictable-random
  unsigned crash_id = static_cast<unsigned>(std::rand()) ^ static_cast<unsigned>(std::time(nullptr));
  std::string path = "/var/crash/app/" + std::to_string(crash_id) + ".dump";
  if (g_dumper != nullptr) g_dumper->write_dump(path, regs);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

void install_crash_handler(StateDumper* dumper) {
  g_dumper = dumper;
  std::srand(static_cast<unsigned>(getpid()));
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fatal;
  sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (int s : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) sigaction(s, &sa, nullptr);
}

}  // namespace crashrep
