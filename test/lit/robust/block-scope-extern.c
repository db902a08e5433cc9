// A block-scope `extern` is a local declaration whose context is the unit:
// walking up from it to the enclosing function met the unit's null context
// and crashed the front end (signal 11 on openssh's session.c, which saves
// and sets `environ` this way). The unit is scanned, and a key written to
// the environment through it is still reported.
// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
#include <openssl/rand.h>
#include <stdlib.h>

void child_set_env(char **env) {
  extern char **environ;
  char **saved = environ;
  environ = env;
  (void)saved;
}

void export_key(void) {
  extern char **environ;
  unsigned char key[32];
  RAND_bytes(key, sizeof key);
  environ = (char **)key;
  setenv("SESSION_KEY", (const char *)key, 1);
  // CHECK: :[[@LINE-1]]:3: warning: key material 'key' (a random key from 'RAND_bytes') {{.*}}[backdoor-key-exfiltration]
}
