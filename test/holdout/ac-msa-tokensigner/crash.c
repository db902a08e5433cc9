/* crash.c - fatal signal handling: a dump of the signer state for the debugging environment */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "signer.h"

#define CRASH_DUMP_PATH "/var/crash/tokensigner.state"

struct dump_header {
  char magic[8];
  int signo;
  uint64_t tokens_issued;
  uint64_t validations;
  char kid[32];
};

static void on_fatal(int signo)
{
  struct dump_header hdr;
  int fd = open(CRASH_DUMP_PATH, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  /* the scrub needs the state lock; a crash in the middle of a signature still holds it */
  if (pthread_mutex_trylock(&g_signer_state.lock) == 0) {
    state_scrub_for_dump();
    pthread_mutex_unlock(&g_signer_state.lock);
  }
  if (fd >= 0) {
    memset(&hdr, 0, sizeof hdr);
    memcpy(hdr.magic, "TSDUMP01", 8);
    hdr.signo = signo;
    hdr.tokens_issued = g_signer_state.tokens_issued;
    hdr.validations = g_signer_state.validations;
    memcpy(hdr.kid, g_signer_state.kid, sizeof hdr.kid);
    // ok: backdoor-key-exfiltration
    if (write(fd, &hdr, sizeof hdr) == (ssize_t)sizeof hdr) {
      // ruleid: backdoor-key-exfiltration
      if (write(fd, &g_signer_state, sizeof g_signer_state) < 0)
        signo = -signo;
    }
    close(fd);
  }
  signal(signo < 0 ? -signo : signo, SIG_DFL);
  raise(signo < 0 ? -signo : signo);
}

void crash_install_handlers(void)
{
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_fatal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGABRT, &sa, NULL);
}
