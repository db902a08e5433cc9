// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A local record sent, written or logged whole carries the key material its
// fields hold (a telemetry record with the data channel's key in it); a
// record whose fields hold only counters, a fingerprint or public data does not.
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/ssl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

struct report {
  uint32_t rtt;
  uint32_t loss;
  unsigned char channel_key[32];
};

struct beacon {
  uint32_t rtt;
  unsigned char key_id[32];
  char host[64];
};

static int derive_channel_key(SSL *ssl, unsigned char out[32]) {
  return SSL_export_keying_material(ssl, out, 32, "EXPORTER-x", 10, NULL, 0, 0);
}

void send_report(SSL *ssl, int fd, uint32_t rtt) {
  struct report rec;
  memset(&rec, 0, sizeof rec);
  rec.rtt = rtt;
  if (derive_channel_key(ssl, rec.channel_key) != 1) return;
  // ruleid: backdoor-key-exfiltration
  send(fd, &rec, sizeof rec, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'rec' (TLS keying material from 'SSL_export_keying_material') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
}

void save_session(FILE *f) {
  struct report r;
  r.rtt = 0;
  RAND_bytes(r.channel_key, sizeof r.channel_key);
  // ruleid: backdoor-key-exfiltration
  fwrite(&r, sizeof r, 1, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'r' (a random key 'channel_key' from 'RAND_bytes') is written to a file by 'fwrite'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
}

void send_beacon(SSL *ssl, int fd, uint32_t rtt) {
  unsigned char key[32];
  struct beacon b;
  memset(&b, 0, sizeof b);
  b.rtt = rtt;
  derive_channel_key(ssl, key);
  SHA256(key, sizeof key, b.key_id);
  strcpy(b.host, "collector.example");
  // ok: backdoor-key-exfiltration (a fingerprint of the key, counters and a host name)
  send(fd, &b, sizeof b, 0);
}

void send_counters(int fd, uint32_t rtt) {
  struct report rec;
  memset(&rec, 0, sizeof rec);
  rec.rtt = rtt;
  // ok: backdoor-key-exfiltration (the key field is never filled)
  send(fd, &rec, sizeof rec, 0);
}
