/*
 * socat option parsing for the OpenSSL address types (reduced).
 */
#include "xio-openssl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void Warn(const char *fmt, ...) {
  va_list ap;
  fputs("socat W ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void Error(const char *fmt, ...) {
  va_list ap;
  fputs("socat E ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int xioopts_openssl_parse(struct opt_openssl *o, int argc, char **argv) {
  int i;
  memset(o, 0, sizeof *o);
  o->verify = 1;
  for (i = 0; i < argc; i++) {
    char *eq = strchr(argv[i], '=');
    const char *val = eq ? eq + 1 : "";
    size_t klen = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
    if (klen == 4 && strncmp(argv[i], "cert", 4) == 0)
      o->certificate = val;
    else if (klen == 3 && strncmp(argv[i], "key", 3) == 0)
      o->key = val;
    else if (klen == 6 && strncmp(argv[i], "cafile", 6) == 0)
      o->cafile = val;
    else if (klen == 7 && strncmp(argv[i], "dhparam", 7) == 0)
      o->dhparam = val;
    else if (klen == 6 && strncmp(argv[i], "verify", 6) == 0)
      o->verify = atoi(val);
    else if (klen == 6 && strncmp(argv[i], "cipher", 6) == 0)
      o->cipherlist = val;
    else if (klen == 6 && strncmp(argv[i], "server", 6) == 0)
      o->server = 1;
    else {
      Error("unknown OpenSSL option \"%s\"", argv[i]);
      return -1;
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  struct opt_openssl o;
  SSL_CTX *ctx;
  if (xioopts_openssl_parse(&o, argc - 1, argv + 1) != 0)
    return 1;
  ctx = _xioopen_openssl_prepare(&o);
  if (ctx == NULL)
    return 1;
  SSL_CTX_free(ctx);
  return 0;
}
