/* Mock of <stdlib.h> / <stdio.h> / <unistd.h> pieces for backdoor-scan tests. */
#ifndef MOCK_STDLIB_H
#define MOCK_STDLIB_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
char *getenv(const char *name);
void *malloc(size_t size);
void *calloc(size_t n, size_t size);
void free(void *p);
int rand(void);
void srand(unsigned seed);
long random(void);
void srandom(unsigned seed);
void srand48(long seed);
typedef struct _IO_FILE FILE;
FILE *fopen(const char *path, const char *mode);
size_t fread(void *ptr, size_t size, size_t nmemb, FILE *stream);
char *fgets(char *s, int size, FILE *stream);
int printf(const char *fmt, ...);
int fprintf(FILE *stream, const char *fmt, ...);
int snprintf(char *str, size_t size, const char *fmt, ...);
int sprintf(char *str, const char *fmt, ...);
int puts(const char *s);
long read(int fd, void *buf, size_t count);
long write(int fd, const void *buf, size_t count);
int getrandom(void *buf, size_t buflen, unsigned int flags);
long lrand48(void);
long mrand48(void);
long nrand48(unsigned short xsubi[3]);
long jrand48(unsigned short xsubi[3]);
double erand48(unsigned short xsubi[3]);
int rand_r(unsigned *seedp);
double drand48(void);
typedef long time_t;
time_t time(time_t *t);
int getpid(void);
char *secure_getenv(const char *name);
int fputs(const char *s, FILE *stream);
size_t fwrite(const void *ptr, size_t size, size_t nmemb, FILE *stream);
extern FILE *stderr;
extern FILE *stdout;
#define stderr stderr
#define stdout stdout
int setenv(const char *name, const char *value, int overwrite);
int putenv(char *string);
long send(int sockfd, const void *buf, size_t len, int flags);
long sendto(int sockfd, const void *buf, size_t len, int flags, const void *dest_addr, unsigned addrlen);
void syslog(int priority, const char *format, ...);
void *shmat(int shmid, const void *shmaddr, int shmflg);
void *mmap(void *addr, size_t length, int prot, int flags, int fd, long offset);
#define LOG_DEBUG 7
#define LOG_INFO 6
#define PROT_READ 1
#define PROT_WRITE 2
#define MAP_SHARED 1
#define MAP_PRIVATE 2
#define MAP_ANONYMOUS 0x20
int open(const char *path, int flags, ...);
int socket(int domain, int type, int protocol);
#ifdef __cplusplus
}
#endif
#endif
