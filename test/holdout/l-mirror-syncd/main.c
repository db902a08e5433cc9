/* mirror-syncd main loop: configuration, keys, one sync per interval. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <openssl/pem.h>

#include "mirror.h"

static int foreground;

void mirror_log(int prio, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  if (foreground)
    vfprintf(stderr, fmt, ap);
  else
    vsyslog(prio, fmt, ap);
  va_end(ap);
}

static void set_str(char *dst, size_t cap, const char *v)
{
  snprintf(dst, cap, "%s", v);
}

static int load_config(const char *path, struct mirror_opts *o)
{
  char line[512], k[64], v[256];
  FILE *f = fopen(path, "r");

  if (f == NULL)
    return -1;
  while (fgets(line, sizeof line, f) != NULL) {
    if (line[0] == '#' || sscanf(line, " %63[^= ] = %255s", k, v) != 2)
      continue;
    if (strcmp(k, "upstream") == 0)
      set_str(o->upstream_host, sizeof o->upstream_host, v);
    else if (strcmp(k, "spool") == 0)
      set_str(o->spool_dir, sizeof o->spool_dir, v);
    else if (strcmp(k, "bundle_key") == 0)
      set_str(o->key_file, sizeof o->key_file, v);
    else if (strcmp(k, "signing_key") == 0)
      set_str(o->signing_key, sizeof o->signing_key, v);
    else if (strcmp(k, "bundle_cipher") == 0)
      set_str(o->bundle_cipher, sizeof o->bundle_cipher, v);
    else if (strcmp(k, "ca_file") == 0)
      set_str(o->ca_file, sizeof o->ca_file, v);
    else if (strcmp(k, "legacy_peers") == 0)
      o->legacy_peers = atoi(v);
    else if (strcmp(k, "same_site") == 0)
      o->same_site = strcmp(v, "yes") == 0;
  }
  fclose(f);
  return 0;
}

static int read_bundle_key(const char *path, unsigned char key[MIRROR_KEY_LEN])
{
  FILE *f = fopen(path, "rb");
  size_t n;

  if (f == NULL)
    return -1;
  n = fread(key, 1, MIRROR_KEY_LEN, f);
  fclose(f);
  return n == MIRROR_KEY_LEN ? 0 : -1;
}

static int write_bundle(const struct mirror_opts *o, const char *name, const unsigned char *b,
                        size_t n)
{
  char path[512];
  FILE *f;

  snprintf(path, sizeof path, "%s/%s", o->spool_dir, name);
  if ((f = fopen(path, "wb")) == NULL)
    return -1;
  fwrite(b, 1, n, f);
  return fclose(f);
}

static int sync_once(SSL_CTX *ctx, const struct mirror_opts *o, EVP_PKEY *signer,
                     const unsigned char key[MIRROR_KEY_LEN])
{
  static unsigned char manifest[MIRROR_MAX_BUNDLE], sealed[MIRROR_MAX_BUNDLE + 64];
  unsigned char sig[512];
  size_t siglen = sizeof sig, outlen;
  long n = fetch_manifest(ctx, o, manifest, sizeof manifest);

  if (n <= 0)
    return -1;
  if (manifest_sign(signer, MANIFEST_V2, manifest, (size_t)n, sig, &siglen) != 0)
    return -1;
  if (bundle_seal(o, key, manifest, (size_t)n, sealed, &outlen) == 0)
    write_bundle(o, "Manifest.v2.bundle", sealed, outlen);
  if (o->legacy_peers > 0) {
    siglen = sizeof sig;
    if (manifest_sign(signer, MANIFEST_V1, manifest, (size_t)n, sig, &siglen) == 0 &&
        bundle_seal_v1(key, manifest, (size_t)n, sealed, &outlen) == 0)
      write_bundle(o, "Manifest.v1.bundle", sealed, outlen);
  }
  if (o->same_site && bundle_seal_same_site(key, manifest, (size_t)n, sealed, &outlen) == 0)
    write_bundle(o, "Manifest.local.bundle", sealed, outlen);
  return 0;
}

int main(int argc, char **argv)
{
  struct mirror_opts o = {.upstream_port = 443};
  unsigned char key[MIRROR_KEY_LEN];
  EVP_PKEY *signer;
  SSL_CTX *ctx;
  FILE *f;

  foreground = argc > 2 && strcmp(argv[2], "-f") == 0;
  openlog("mirror-syncd", LOG_PID, LOG_DAEMON);
  set_str(o.spool_dir, sizeof o.spool_dir, "/var/spool/mirror-syncd");
  if (load_config(argc > 1 ? argv[1] : "/etc/mirror-syncd/mirror.conf", &o) != 0) {
    mirror_log(LOG_ERR, "cannot read configuration: %s", strerror(errno));
    return 1;
  }
  if (read_bundle_key(o.key_file, key) != 0) {
    mirror_log(LOG_ERR, "cannot read the bundle key %s", o.key_file);
    return 1;
  }
  if ((f = fopen(o.signing_key, "r")) == NULL)
    return 1;
  signer = PEM_read_PrivateKey(f, NULL, NULL, NULL);
  fclose(f);
  if (signer == NULL || (ctx = fetch_ctx_new(&o)) == NULL)
    return 1;
  for (;;) {
    if (sync_once(ctx, &o, signer, key) != 0)
      mirror_log(LOG_WARNING, "sync failed, retrying later");
    sleep(900);
  }
}
