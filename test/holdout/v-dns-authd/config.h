/* config.h.  Generated from config.h.in by configure.  */
#define PACKAGE_NAME "dnsd"
#define PACKAGE_VERSION "2.4.1"
#define HAVE_EPOLL 1
#define HAVE_OPENSSL_HMAC_H 1
#define HAVE_SYSLOG_H 1
#define DNSD_RUNDIR "/run/dnsd"
#define DNSD_CONFDIR "/etc/dnsd"
#define DNSD_CONTROL_PORT 8953
/* #undef DNSD_DEBUG_XFR */
