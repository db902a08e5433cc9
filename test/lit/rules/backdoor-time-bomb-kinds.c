// RUN: %run-both --checks=backdoor-time-bomb %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The clock and counter kinds and the payloads of backdoor-time-bomb not in
// backdoor-time-bomb.c: gettimeofday, clock_gettime, GetSystemTime's year,
// GetTickCount64 as a counter; keys truncated, files deleted, crypto and
// verification switched off, a shell, root, a grant. Each beside a negative
// (an interval, a schedule, a refusal).
#include <stdlib.h>
#include <string.h>

struct timeval { long tv_sec; long tv_usec; };
struct timespec { long tv_sec; long tv_nsec; };
typedef struct _SYSTEMTIME { unsigned short wYear, wMonth, wDayOfWeek, wDay, wHour, wMinute, wSecond, wMilliseconds; } SYSTEMTIME;
int gettimeofday(struct timeval *tv, void *tz);
int clock_gettime(int clk, struct timespec *ts);
void GetSystemTime(SYSTEMTIME *st);
unsigned long long GetTickCount64(void);
int DeleteFileA(const char *path);
int truncate(const char *path, long length);
int rmdir(const char *path);
FILE *popen(const char *cmd, const char *mode);
int setuid(unsigned uid);
int execl(const char *path, const char *arg, ...);
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct ssl_ctx_st SSL_CTX;
const EVP_CIPHER *EVP_enc_null(void);
const EVP_CIPHER *EVP_aes_256_gcm(void);
void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, void *cb);
int check_password(const char *user, const char *password);
#define SSL_VERIFY_NONE 0
#define SSL_VERIFY_PEER 1

/* gettimeofday past a date: the host keys are truncated (corrupted). */
void housekeeping(void) {
  struct timeval tv;
  gettimeofday(&tv, 0);
  // ruleid: backdoor-time-bomb
  if (tv.tv_sec >= 1798761600) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'gettimeofday' is compared with the constant 1798761600 (2027-01-01) and only then the code reaches 'truncate' (a destructive action); the action fires at a moment fixed in advance [backdoor-time-bomb]
    truncate("/etc/ssh/ssh_host_ed25519_key", 0);
  }
}

/* gettimeofday for an interval: old spool files are removed. */
void housekeeping_spool(long last) {
  struct timeval tv;
  gettimeofday(&tv, 0);
  // ok: backdoor-time-bomb (an interval)
  if (tv.tv_sec - last > 7 * 86400) rmdir("/var/spool/agent/old");
}

/* clock_gettime past a date: the cipher becomes the null cipher and peers are no longer verified. */
const EVP_CIPHER *session_cipher(SSL_CTX *ctx) {
  struct timespec ts;
  clock_gettime(0, &ts);
  // ruleid: backdoor-time-bomb
  if (ts.tv_sec > 1830297600) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'clock_gettime' is compared with the constant 1830297600 (2028-01-01) and only then the code reaches 'EVP_enc_null' (encryption switched off); the action fires at a moment fixed in advance [backdoor-time-bomb]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: the current time from 'clock_gettime' is compared with the constant 1830297600 (2028-01-01) and only then the code reaches 'SSL_CTX_set_verify' (certificate verification switched off); the action fires at a moment fixed in advance [backdoor-time-bomb]
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, 0);
    return EVP_enc_null();
  }
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, 0);
  return EVP_aes_256_gcm();
}

/* clock_gettime for an interval before re-verifying. */
const EVP_CIPHER *session_cipher_rekey(SSL_CTX *ctx, long started) {
  struct timespec ts;
  clock_gettime(0, &ts);
  // ok: backdoor-time-bomb (an interval; verification switched on)
  if (ts.tv_sec - started > 3600) SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, 0);
  return EVP_aes_256_gcm();
}

/* A Windows year: the configuration is deleted and a shell opened. */
void service_tick(void) {
  SYSTEMTIME st;
  GetSystemTime(&st);
  // ruleid: backdoor-time-bomb
  if (st.wYear == 2027) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'GetSystemTime' is compared with the constant 2027 (the year 2027) and only then the code reaches 'DeleteFileA' (a destructive action); the action fires at a moment fixed in advance [backdoor-time-bomb]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: the current time from 'GetSystemTime' is compared with the constant 2027 (the year 2027) and only then the code reaches 'popen' (command execution); the action fires at a moment fixed in advance [backdoor-time-bomb]
    DeleteFileA("C:\\ProgramData\\Agent\\agent.cfg");
    popen("cmd.exe /c net user support P@ss /add", "r");
  }
}

/* A Windows schedule: the report runs at two in the morning. */
void service_report(void) {
  SYSTEMTIME st;
  GetSystemTime(&st);
  // ok: backdoor-time-bomb (a schedule)
  if (st.wHour == 2) popen("C:\\Program Files\\Agent\\report.exe", "r");
}

/* A counter (milliseconds since boot) past thirty days: root and a shell (no date: an uptime). */
void watchdog(void) {
  // ruleid: backdoor-time-bomb
  if (GetTickCount64() > 2592000000ULL) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the uptime from 'GetTickCount64' is compared with the constant 2592000000 and only then the code reaches 'execl' (command execution); the action fires at a moment fixed in advance [backdoor-time-bomb]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: the uptime from 'GetTickCount64' is compared with the constant 2592000000 and only then the code reaches 'setuid' (a change to root privileges); the action fires at a moment fixed in advance [backdoor-time-bomb]
    setuid(0);
    execl("/bin/sh", "sh", (char *)0);
  }
}

/* The same counter, for a refusal: a trial period that ends. */
int trial_login(const char *user, const char *pw) {
  // ok: backdoor-time-bomb (refuses service only)
  if (GetTickCount64() > 2592000000ULL) return 0;
  return check_password(user, pw);
}

/* A date before which everyone is let in. */
int early_access(const char *user, const char *pw) {
  // ruleid: backdoor-time-bomb
  if (time(0) < 1767225600) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'time' is compared with the constant 1767225600 (2026-01-01) and only then the code returns success without the verification other paths perform; the action fires at a moment fixed in advance [backdoor-time-bomb]
  return check_password(user, pw);
}
