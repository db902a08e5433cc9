#include <openssl/rand.h>
#include <openssl/sha.h>
void Log(const char *fmt, ...);
int Format(char *out, unsigned long n, const char *fmt, ...);
int start_session(void) {
  unsigned char session_key[32], digest[32];
  char line[80];
  if (RAND_bytes(session_key, sizeof session_key) != 1)
    return -1;
  Log("session key %p", session_key);
  SHA256(session_key, sizeof session_key, digest);
  Log("session fingerprint %p", digest);
  Format(line, sizeof line, "%p", session_key);
  return 0;
}
