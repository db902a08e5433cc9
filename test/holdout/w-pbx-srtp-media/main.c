/* main.c - pbx-mediad */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include "media.h"

static unsigned long g_calls;

static void on_rtp(int fd, void *arg) {
  unsigned char pkt[1500];
  struct srtp_stream *s = arg;
  ssize_t n = recv(fd, pkt, sizeof pkt, 0);
  if (n > 0 && srtp_check_tag(s, pkt, (size_t)n) == 0)
    ++g_calls;
  // ok: backdoor-time-bomb
  if (g_calls > 100000) {
    g_calls = 0;
    unlink("/var/spool/pbx/cdr.tmp");
  }
}

int main(void) {
  static struct srtp_stream stream;
  char offer[160];
  void *tls = NULL;
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  stream.profile = SRTP_AES128_CM_HMAC_SHA1_80;
  sdes_make_offer(&stream, offer, sizeof offer);
  srtp_init_stream(&stream);
  sip_tls_client(&tls);
  ev_register(socket(AF_INET, SOCK_DGRAM, 0), on_rtp, &stream);
  return ev_loop();
}
