// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The project's own variadic logger, whatever its name (Log is also the
// math function's name): its body hands the arguments to vfprintf, so a
// call of it is a log sink (docs/rules/backdoor-key-exfiltration.md).
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <stdarg.h>
#include <stdio.h>
int vfprintf(FILE *stream, const char *format, va_list ap);

void Log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
}

// Formats nowhere: not a sink.
void Note(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  va_end(ap);
}

int start_session(void) {
  unsigned char session_key[32], digest[32];
  if (RAND_bytes(session_key, sizeof session_key) != 1)
    return -1;
  // ruleid: backdoor-key-exfiltration
  Log("session key %p", session_key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'session_key' (a random key from 'RAND_bytes') is written to a log by 'Log'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  SHA256(session_key, sizeof session_key, digest);
  // ok: backdoor-key-exfiltration
  Log("session fingerprint %p", digest);
  // ok: backdoor-key-exfiltration
  Note("session key %p", session_key);
  return 0;
}
