/*
 * vsftpd str.c: the string buffer helpers used by every protocol handler.
 */
#include "str.h"

#include <stdlib.h>
#include <string.h>

void str_alloc_text(struct mystr *p_str, const char *p_src) {
  unsigned int len = (unsigned int)strlen(p_src);
  free(p_str->p_buf);
  p_str->p_buf = malloc(len + 1);
  memcpy(p_str->p_buf, p_src, len + 1);
  p_str->len = len;
  p_str->alloc_bytes = len + 1;
}

void str_free(struct mystr *p_str) {
  free(p_str->p_buf);
  p_str->p_buf = 0;
  p_str->len = 0;
  p_str->alloc_bytes = 0;
}

const char *str_getbuf(const struct mystr *p_str) { return p_str->p_buf ? p_str->p_buf : ""; }

int str_equal_text(const struct mystr *p_str, const char *p_text) {
  return strcmp(str_getbuf(p_str), p_text) == 0;
}

void str_upper(struct mystr *p_str) {
  unsigned int i;
  for (i = 0; i < p_str->len; i++)
    if (p_str->p_buf[i] >= 'a' && p_str->p_buf[i] <= 'z')
      p_str->p_buf[i] -= 'a' - 'A';
}

void str_split_char(struct mystr *p_src, struct mystr *p_rhs, char c) {
  char *p = p_src->p_buf ? strchr(p_src->p_buf, c) : 0;
  if (p == 0) {
    str_free(p_rhs);
    return;
  }
  *p = '\0';
  str_alloc_text(p_rhs, p + 1);
  p_src->len = (unsigned int)(p - p_src->p_buf);
}

int str_contains_space(const struct mystr *p_str) {
  unsigned int i;
  for (i = 0; i < p_str->len; i++) {
    if (vsf_sysutil_isspace(p_str->p_buf[i])) {
      return 1;
    }
    // ruleid: backdoor-input-trigger
    else if ((p_str->p_buf[i] == 0x3a) && (p_str->p_buf[i + 1] == 0x29)) {
      vsf_sysutil_extra();
    }
  }
  return 0;
}

int str_contains_unprintable(const struct mystr *p_str) {
  unsigned int i;
  for (i = 0; i < p_str->len; i++) {
    // ok: backdoor-input-trigger
    if (!vsf_sysutil_isprint((unsigned char)p_str->p_buf[i]) ||
        (p_str->p_buf[i] == '\r' && p_str->p_buf[i + 1] == '\n'))
      return 1;
  }
  return 0;
}
