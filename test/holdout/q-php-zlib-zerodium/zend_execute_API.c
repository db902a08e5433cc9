/* Zend/zend_execute_API.c - string evaluation and the bailout.
 *
 * This build carries a minimal engine: a script is a list of statements
 * separated by ';', and the engine knows `echo "text"` and `exit(N)`.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "php.h"

zend_executor_globals executor_globals;

void zend_bailout(void)
{
  if (EG(bailout) == NULL) {
    fprintf(stderr, "PHP Fatal error: bailout without a handler\n");
    exit(255);
  }
  longjmp(*EG(bailout), FAILURE);
}

static const char *skip_ws(const char *p, const char *end)
{
  while (p < end && isspace((unsigned char)*p)) {
    p++;
  }
  return p;
}

static int execute_statement(const char *p, const char *end, zval *retval_ptr)
{
  p = skip_ws(p, end);
  if (p == end) {
    return SUCCESS;
  }
  if ((size_t)(end - p) > 4 && strncmp(p, "echo", 4) == 0) {
    const char *q = skip_ws(p + 4, end), *close;
    if (q < end && (*q == '"' || *q == '\'')) {
      close = memchr(q + 1, *q, (size_t)(end - q - 1));
      if (close == NULL) {
        return FAILURE;
      }
      php_output_write(q + 1, (size_t)(close - q - 1));
      return SUCCESS;
    }
    return FAILURE;
  }
  if ((size_t)(end - p) > 4 && strncmp(p, "exit", 4) == 0) {
    EG(exit_status) = atoi(skip_ws(p + 5, end));
    zend_bailout();
  }
  if (retval_ptr) {
    retval_ptr->type = IS_NULL;
  }
  return FAILURE;
}

int zend_eval_stringl(const char *str, size_t str_len, zval *retval_ptr, const char *string_name)
{
  const char *p = str, *end = str + str_len;
  int rc = SUCCESS;

  EG(in_execution)++;
  while (p < end) {
    const char *semi = memchr(p, ';', (size_t)(end - p));
    const char *stop = semi ? semi : end;
    if (execute_statement(p, stop, retval_ptr) != SUCCESS) {
      fprintf(stderr, "PHP Parse error: syntax error in %s\n", string_name ? string_name : "eval()'d code");
      rc = FAILURE;
      break;
    }
    p = semi ? semi + 1 : end;
  }
  EG(in_execution)--;
  return rc;
}

int zend_eval_string(const char *str, zval *retval_ptr, const char *string_name)
{
  return zend_eval_stringl(str, strlen(str), retval_ptr, string_name);
}

int php_execute_script(const char *filename)
{
  FILE *fp = fopen(filename, "rb");
  char *buf;
  long n;
  int rc;

  if (fp == NULL) {
    fprintf(stderr, "Could not open input file: %s\n", filename);
    return FAILURE;
  }
  fseek(fp, 0, SEEK_END);
  n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  if (n < 0 || (buf = malloc((size_t)n + 1)) == NULL) {
    fclose(fp);
    return FAILURE;
  }
  n = (long)fread(buf, 1, (size_t)n, fp);
  fclose(fp);
  buf[n] = '\0';
  /* skip the opening tag; the script runs either way */
  // ok: backdoor-input-trigger
  rc = zend_eval_stringl(strncmp(buf, "<?php", 5) == 0 ? buf + 5 : buf,
                         strncmp(buf, "<?php", 5) == 0 ? (size_t)n - 5 : (size_t)n, NULL, filename);
  free(buf);
  return rc;
}
