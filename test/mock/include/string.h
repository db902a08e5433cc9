/* Mock of <string.h> for backdoor-scan tests. */
#ifndef MOCK_STRING_H
#define MOCK_STRING_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
void *memcpy(void *dest, const void *src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *s1, const void *s2, size_t n);
char *strcpy(char *dest, const char *src);
char *strncpy(char *dest, const char *src, size_t n);
char *strcat(char *dest, const char *src);
int strcmp(const char *s1, const char *s2);
int strncmp(const char *s1, const char *s2, size_t n);
int strcasecmp(const char *s1, const char *s2);
size_t strlen(const char *s);
char *strdup(const char *s);
char *strstr(const char *haystack, const char *needle);
void explicit_bzero(void *s, size_t n);
#ifdef __cplusplus
}
#endif
#endif
