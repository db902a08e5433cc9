// Mock of <sys/time.h> for backdoor-scan tests.
#ifndef MOCK_SYS_TIME_H
#define MOCK_SYS_TIME_H
struct timeval {
  long tv_sec;
  long tv_usec;
};
int gettimeofday(struct timeval *tv, void *tz);
#endif
