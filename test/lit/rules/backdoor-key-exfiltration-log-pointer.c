// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A call through a function pointer field named `log` (a plugin's logger,
// set elsewhere) is a log: libm's `log` is a function, never a pointer, and
// answers a double. Quiet: a pointer named `log` that answers a double.
#include <sodium.h>
#include <stdio.h>

struct plugin {
  const char *name;
  void (*log)(const char *line);
  double (*logf)(double x);
};

void run_archive(const struct plugin *self) {
  unsigned char data_key[32];
  char key_hex[65], line[128];
  randombytes_buf(data_key, sizeof data_key);
  sodium_bin2hex(key_hex, sizeof key_hex, data_key, sizeof data_key);
  snprintf(line, sizeof line, "archive key %s", key_hex);
  // ruleid: backdoor-key-exfiltration
  self->log(line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'line' (a random key 'data_key' from 'randombytes_buf') is written to a log by 'log'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
}

/* Negative case. */
double scale(const struct plugin *self) {
  unsigned char data_key[32];
  randombytes_buf(data_key, sizeof data_key);
  // ok: backdoor-key-exfiltration
  return self->logf((double)data_key[0]);
}
