// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Input decoded by a table lookup before the match: a base64 decoder whose
// bits are the position of each character in its alphabet (`strchr(kB64, c)
// - kB64`) writes data of its input, not of the alphabet. The position of a
// constant in a constant (`strchr(kSep, ':') - kSep`) is no input, and a
// decoded constant is not what a client sent.
#include <stdlib.h>
#include <string.h>

long recv(int fd, void *buf, size_t n, int flags);
char *strchr(const char *s, int c);
int system(const char *cmd);

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_decode(const char *in, unsigned char *out, size_t cap) {
  unsigned acc = 0;
  int bits = 0;
  size_t n = 0;
  for (; *in && *in != '='; in++) {
    const char *p = strchr(kB64, *in);
    if (!p) return -1;
    acc = (acc << 6) | (unsigned)(p - kB64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n == cap) return -1;
      out[n++] = (unsigned char)(acc >> bits);
    }
  }
  return (int)n;
}

int service_login(int fd) {
  char hdr[128], svc[96];
  long n = recv(fd, hdr, sizeof hdr - 1, 0);
  if (n <= 0) return -1;
  hdr[n] = '\0';
  int k = b64_decode(hdr, (unsigned char *)svc, sizeof svc - 1);
  if (k <= 0) return -1;
  svc[k] = '\0';
  if (strcmp(svc, "FSVC-7d0c41#2291") == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "FSVC-7d0c41#2291" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    return system("/bin/sh -i");
  return 0;
}

/* The same decoder over a compiled-in string: the match compares constants. */
static const char kBanner[] = "U0VSVklDRQ==";

int banner_selftest(void) {
  char out[32];
  int k = b64_decode(kBanner, (unsigned char *)out, sizeof out - 1);
  if (k <= 0) return -1;
  out[k] = '\0';
  // ok: backdoor-input-trigger (the decoded data is the program's own)
  if (strcmp(out, "SERVICE") == 0) return system("/usr/sbin/selftest");
  return 0;
}

/* A position in a constant: which separator a constant uses. */
static const char kSep[] = "=:";

int separator_kind(int fd) {
  char line[64];
  if (recv(fd, line, sizeof line, 0) <= 0) return -1;
  long pos = strchr(kSep, ':') - kSep;
  // ok: backdoor-input-trigger (a position computed from constants only)
  if (pos == 1) return system("/usr/sbin/reload");
  return 0;
}
