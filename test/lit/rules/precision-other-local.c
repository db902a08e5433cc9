// RUN: %run-both --checks=backdoor-constant-seed %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A member of a local object holds what is written into that object, not
// what another function writes into its own local of the same type (shape
// 11 of bench/false-shapes.md: a select() timeout and a seed from the clock).
#include <openssl/rand.h>

struct timeval { long tv_sec; long tv_usec; };
int gettimeofday(struct timeval *tv, void *tz);
int select(int n, void *r, void *w, void *e, struct timeval *timeout);

void wait_child(int fd) {
  struct timeval tv;
  tv.tv_sec = 2L;
  tv.tv_usec = 0L;
  select(fd + 1, 0, 0, 0, &tv);
}
void seed_more(void) {
  struct timeval tv;
  gettimeofday(&tv, 0);
  // ok: backdoor-constant-seed
  RAND_seed(&tv.tv_usec, sizeof tv.tv_usec);
}

// The true version: the same object is set to a constant.
void seed_fixed(void) {
  struct timeval tv;
  tv.tv_sec = 2L;
  tv.tv_usec = 0L;
  // ruleid: backdoor-constant-seed
  RAND_seed(&tv.tv_usec, sizeof tv.tv_usec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: constant data 'tv_usec' seeds 'RAND_seed'
}
