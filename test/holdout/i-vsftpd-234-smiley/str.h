#ifndef VSF_STR_H
#define VSF_STR_H

struct mystr {
  char *p_buf;
  unsigned int len;
  unsigned int alloc_bytes;
};

#define INIT_MYSTR {0, 0, 0}

void str_alloc_text(struct mystr *p_str, const char *p_src);
void str_free(struct mystr *p_str);
int str_contains_space(const struct mystr *p_str);
int str_contains_unprintable(const struct mystr *p_str);
int str_equal_text(const struct mystr *p_str, const char *p_text);
void str_upper(struct mystr *p_str);
void str_split_char(struct mystr *p_src, struct mystr *p_rhs, char c);
const char *str_getbuf(const struct mystr *p_str);

int vsf_sysutil_isspace(int c);
int vsf_sysutil_isprint(int c);
int vsf_sysutil_extra(void);

#endif
