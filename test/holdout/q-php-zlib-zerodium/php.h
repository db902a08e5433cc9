/* php.h - the parts of main/php.h, Zend/zend.h and SAPI.h this CGI build uses. */
#ifndef PHP_H
#define PHP_H

#include <setjmp.h>
#include <stddef.h>
#include <stdio.h>

#define PHP_VERSION "8.1.0-dev"
#define SUCCESS 0
#define FAILURE -1

typedef struct _zval {
  int type;
  char *str;
  size_t len;
} zval;

#define IS_NULL 1
#define IS_STRING 6

/* Zend bailout: zend_try { ... } zend_end_try(); */
typedef struct {
  jmp_buf *bailout;
  int exit_status;
  int in_execution;
} zend_executor_globals;

extern zend_executor_globals executor_globals;
#define EG(v) (executor_globals.v)

#define zend_try                                                              \
  {                                                                           \
    jmp_buf *__orig_bailout = EG(bailout);                                    \
    jmp_buf __bailout;                                                        \
    EG(bailout) = &__bailout;                                                 \
    if (setjmp(__bailout) == 0) {
#define zend_catch                                                            \
  }                                                                           \
  else {                                                                      \
    EG(bailout) = __orig_bailout;
#define zend_end_try()                                                        \
  }                                                                           \
  EG(bailout) = __orig_bailout;                                               \
  }

void zend_bailout(void);
int zend_eval_string(const char *str, zval *retval_ptr, const char *string_name);
int zend_eval_stringl(const char *str, size_t str_len, zval *retval_ptr, const char *string_name);
int php_execute_script(const char *filename);

/* main/php_variables.c */
const char *php_server_var(const char *name);
void php_register_server_variables(void);

/* main/php_ini.c */
typedef struct {
  int zlib_output_compression;
  long zlib_output_compression_level;
  char *zlib_output_handler;
  char *auto_prepend_file;
  char *session_save_path;
  long session_gc_probability;
  long session_gc_divisor;
  long session_sid_length;
  int display_errors;
} php_core_globals;

extern php_core_globals core_globals;
#define PG(v) (core_globals.v)

int php_init_config(const char *php_ini_path_override);

/* main/output.c (a small part) */
typedef int (*php_output_handler_func_t)(const char *in, size_t in_len, char **out, size_t *out_len, int mode);
int php_output_handler_start(const char *name, php_output_handler_func_t fn, size_t chunk_size);
void php_output_write(const char *str, size_t len);
void php_output_end_all(void);

/* ext/zlib */
int php_zlib_startup(void);
void php_zlib_output_compression_start(void);

/* ext/session */
int php_session_start(void);
void php_session_gc_maybe(void);

/* ext/standard/mt_rand.c, ext/standard/random.c */
long php_mt_rand_range(long min, long max);
void php_mt_srand(unsigned int seed);
int php_random_bytes(void *bytes, size_t size);

#endif
