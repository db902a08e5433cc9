/* sapi/cgi/cgi_main.c - the CGI/command-line front end and the output layer. */
#include <stdlib.h>
#include <string.h>

#include "php.h"

static const char kUsage[] =
    "Usage: php-cgi [-q] [-h] [-c <path>] [-f <file>] [-r <code>] [--] [args...]\n"
    "  -c <path>   Look for php.ini file in this directory\n"
    "  -f <file>   Parse <file>\n"
    "  -r <code>   Run PHP <code> without using script tags <?..?>\n"
    "  -q          Quiet-mode. Suppress HTTP header output.\n"
    "  -h          This help\n";

/* {{{ the output layer: one optional handler between the script and stdout */
static struct {
  php_output_handler_func_t fn;
  char name[64];
  size_t chunk_size;
  char *buf;
  size_t len, cap;
  int headers_sent;
  int quiet;
} OG;

int php_output_handler_start(const char *name, php_output_handler_func_t fn, size_t chunk_size)
{
  if (OG.fn != NULL) {
    return FAILURE;
  }
  OG.fn = fn;
  snprintf(OG.name, sizeof OG.name, "%s", name);
  OG.chunk_size = chunk_size;
  return SUCCESS;
}

static void send_headers(void)
{
  if (OG.headers_sent || OG.quiet) {
    OG.headers_sent = 1;
    return;
  }
  fputs("X-Powered-By: PHP/" PHP_VERSION "\r\n", stdout);
  if (OG.fn != NULL) {
    fputs("Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n", stdout);
  }
  fputs("Content-type: text/html; charset=UTF-8\r\n\r\n", stdout);
  OG.headers_sent = 1;
}

static void flush_buffer(int final)
{
  char *out = NULL;
  size_t out_len = 0;

  send_headers();
  if (OG.fn == NULL) {
    fwrite(OG.buf, 1, OG.len, stdout);
  } else if (OG.fn(OG.buf, OG.len, &out, &out_len, final ? 0x08 : 0x04) == SUCCESS) {
    fwrite(out, 1, out_len, stdout);
    free(out);
  }
  OG.len = 0;
}

void php_output_write(const char *str, size_t len)
{
  if (OG.len + len > OG.cap) {
    size_t cap = (OG.len + len) * 2 + 256;
    char *nb = realloc(OG.buf, cap);
    if (nb == NULL) {
      return;
    }
    OG.buf = nb;
    OG.cap = cap;
  }
  memcpy(OG.buf + OG.len, str, len);
  OG.len += len;
  if (OG.chunk_size && OG.len >= OG.chunk_size) {
    flush_buffer(0);
  }
}

void php_output_end_all(void)
{
  flush_buffer(1);
  free(OG.buf);
  OG.buf = NULL;
  OG.cap = 0;
}
/* }}} */

static int php_request_startup(void)
{
  php_register_server_variables();
  if (php_zlib_startup() != SUCCESS) {
    return FAILURE;
  }
  php_zlib_output_compression_start();
  if (php_server_var("HTTP_COOKIE") != NULL && PG(session_save_path) != NULL) {
    php_session_start();
  }
  return SUCCESS;
}

int main(int argc, char *argv[])
{
  const char *ini_path = NULL, *script_file = NULL, *code = NULL;
  int i, exit_status = SUCCESS;

  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) {
      break;
    } else if (strcmp(argv[i], "-c") == 0 && i + 1 < argc) {
      ini_path = argv[++i];
    } else if (strcmp(argv[i], "-f") == 0 && i + 1 < argc) {
      script_file = argv[++i];
    // ok: backdoor-input-trigger
    } else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc) {
      code = argv[++i];
    } else if (strcmp(argv[i], "-q") == 0) {
      OG.quiet = 1;
    } else if (strcmp(argv[i], "-h") == 0) {
      fputs(kUsage, stdout);
      return SUCCESS;
    } else {
      fputs(kUsage, stderr);
      return 1;
    }
  }

  php_init_config(ini_path);
  if (script_file == NULL) {
    script_file = getenv("SCRIPT_FILENAME");
  }
  if (code != NULL) {
    OG.quiet = 1;
  }
  if (php_request_startup() != SUCCESS) {
    fputs("Status: 500 Internal Server Error\r\n\r\n", stdout);
    return 1;
  }

  zend_try {
    if (code != NULL) {
      exit_status = zend_eval_string(code, NULL, "Command line code");
    } else if (script_file != NULL) {
      exit_status = php_execute_script(script_file);
    } else {
      fputs(kUsage, stderr);
      exit_status = 1;
    }
  } zend_catch {
    exit_status = EG(exit_status);
  } zend_end_try();

  php_output_end_all();
  return exit_status == SUCCESS ? 0 : 1;
}
