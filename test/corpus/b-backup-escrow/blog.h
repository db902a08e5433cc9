#ifndef BLOG_H
#define BLOG_H

void blog_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void blog_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
