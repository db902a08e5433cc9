// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A key filled by a guessable generator is still the key: weak (reported by
// backdoor-predictable-random) and leaked when it leaves
// (docs/rules/backdoor-key-exfiltration.md, "Sources"). Silent: guessable
// bytes that are no key (a jitter, a request id), and the data field of a
// library's record a callback is handed (a gnutls_datum_t), which this
// unit's own local records of the type do not fill.
#include <gnutls/gnutls.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>

long send(int fd, const void *buf, unsigned long n, int flags);

static void fill(unsigned char *p, int n) {
  for (int i = 0; i < n; i++)
    p[i] = (unsigned char)rand();
}

int send_weak_key(int fd, EVP_CIPHER_CTX *c, const unsigned char *iv) {
  unsigned char key[32];
  fill(key, sizeof key);
  EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), NULL, key, iv);
  // CHECK-MESSAGES: :[[@LINE+1]]:15: warning: key material 'key' (a predictable key from 'rand') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  return (int)send(fd, key, sizeof key, 0);
}

int log_link_key(void) {
  unsigned char link_key[16];
  fill(link_key, sizeof link_key);
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'link_key' (a predictable key from 'rand') is written to a log by 'fwrite'
  fwrite(link_key, 1, sizeof link_key, stderr);
  return 0;
}

int send_jitter(int fd) {
  unsigned char jitter[4];
  fill(jitter, sizeof jitter);
  return (int)send(fd, jitter, sizeof jitter, 0);
}

void session_key_datum(gnutls_cipher_hd_t *h) {
  unsigned char session_key[16];
  fill(session_key, sizeof session_key);
  gnutls_datum_t key = {session_key, sizeof session_key};
  gnutls_cipher_init(h, GNUTLS_CIPHER_AES_128_CBC, &key, NULL);
}

static FILE *trace;

int dump_datum(gnutls_session_t s, const char *label, const gnutls_datum_t *d) {
  (void)s;
  fprintf(trace, "%s ", label);
  fwrite(d->data, 1, d->size, trace);
  return 0;
}

// A generator's output masked to a byte is still nothing but its output.
struct srtp_stream { unsigned char master_key[16]; unsigned long ssrc; };

void log_offer(struct srtp_stream *st) {
  for (int i = 0; i < 16; i++)
    st->master_key[i] = (unsigned char)(rand() & 0xff);
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'master_key' (a predictable key from 'rand') is written to a log by 'fprintf'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  fprintf(stderr, "offer %s\n", (const char *)st->master_key);
  st->ssrc = (unsigned long)(rand() & 0xffff);
  fprintf(stderr, "ssrc %lu\n", st->ssrc);
}

// Reduced or shifted by a constant, too (`rand() % 256`, `random() >> 7`).
void log_keys(FILE *f) {
  unsigned char session_key[16], wrap_key[16], pad[16];
  for (int i = 0; i < 16; i++) session_key[i] = rand() % 256;
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'session_key' (a predictable key from 'rand') is written to a file by 'fprintf'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  fprintf(f, "%s\n", (const char *)session_key);
  for (int i = 0; i < 16; i++) wrap_key[i] = (unsigned char)(random() >> 7);
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'wrap_key' (a predictable key from 'random') is written to a file by 'fprintf'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  fprintf(f, "%s\n", (const char *)wrap_key);
  for (int i = 0; i < 16; i++) pad[i] = (unsigned char)(random() >> 7);
  fprintf(f, "%s\n", (const char *)pad);
}
